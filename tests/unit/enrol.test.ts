import { planEnrol } from "../../src/domain/base/enrol";

const CTX = { today: "2026-11-20", yearStart: "2026-09-01" };
const staff = (row: number, values: Record<string, unknown>) => ({ row, values });

const IVANOVA = staff(2, {
  id: "СТ-0001",
  fullName: "Иванова Мария Петровна",
  position: "учитель начальных классов",
  subjects: "начальные классы",
  teachingYears: 3,
  experienceDate: "2026-09-01",
  email: "ivanova@school7.ru",
  phone: "+7 914 000-00-01",
  consent: true,
  consentDate: "2026-09-05",
});
const DIRECTOR = staff(3, {
  id: "СТ-0002",
  fullName: "Орлов Пётр Ильич",
  position: "Заместитель директора по УВР",
  teachingYears: 20,
});
const YOUNG = staff(4, {
  id: "СТ-0003",
  fullName: "Кузнецова Ольга Игоревна",
  position: "учитель истории",
  teachingYears: 4,
  experienceDate: "2027-09-01",
});

describe("planEnrol: adding selected members of staff to the programme", () => {
  test("copies what the register knows once, with the experience on today, and names what to fill", () => {
    const plan = planEnrol("mentees", [IVANOVA], [], CTX);
    expect(plan.add).toEqual([
      {
        staffRow: 2,
        values: {
          staffId: "СТ-0001",
          fullName: "Иванова Мария Петровна",
          category: "young_specialist",
          position: "учитель начальных классов",
          subjects: "начальные классы",
          experienceYears: 3,
          email: "ivanova@school7.ru",
          phone: "+7 914 000-00-01",
          consent: true,
          consentDate: "2026-09-05",
        },
      },
    ]);
    expect(plan.toFill).toEqual(["requests", "form"]);
    expect(planEnrol("mentors", [IVANOVA], [], CTX).toFill).toEqual(["competencies", "forms"]);
  });

  test("a mentee is a young specialist by experience at the start of the year; a mentor is a head by position", () => {
    // 4 years on 1 September 2027 is 3 on 1 September 2026: young (0–3 inclusive); not under «менее 3-х лет».
    expect(planEnrol("mentees", [YOUNG], [], CTX).add[0]?.values.category).toBe("young_specialist");
    expect(
      planEnrol("mentees", [YOUNG], [], { ...CTX, rule: { maxYears: 3, inclusive: false } }).add[0]?.values
        .category,
    ).toBe("teacher");
    expect(planEnrol("mentees", [DIRECTOR], [], CTX).add[0]?.values.category).toBe("teacher");
    expect(planEnrol("mentors", [DIRECTOR], [], CTX).add[0]?.values.category).toBe("head");
    expect(planEnrol("mentors", [IVANOVA], [], CTX).add[0]?.values.category).toBe("teacher");
  });

  test("someone already linked is skipped and named with their row; a run again adds nobody twice", () => {
    const plan = planEnrol(
      "mentors",
      [IVANOVA, DIRECTOR],
      [{ row: 7, values: { staffId: "СТ-0001", fullName: "Иванова М. П." } }],
      CTX,
    );
    expect(plan.add.map((a) => a.values.staffId)).toEqual(["СТ-0002"]);
    expect(plan.skipped).toEqual([{ staffRow: 2, name: "Иванова Мария Петровна", reason: "linked", row: 7 }]);
  });

  test("an unlinked participant of the same name (and e-mail when both have one) only gets the staff id", () => {
    const typed = [
      { row: 5, values: { fullName: "иванова  мария петровна", email: "other@mail.ru" } },
      { row: 6, values: { fullName: "Иванова Мария Петровна" } },
    ];
    const plan = planEnrol("mentors", [IVANOVA], typed, CTX);
    expect(plan.add).toEqual([]);
    expect(plan.link).toEqual([{ row: 6, staffId: "СТ-0001", staffRow: 2 }]);
    expect(plan.toFill).toEqual([]);
  });

  test("a member of staff who has left, a row without an id and the same row twice are handled", () => {
    const left = staff(8, { id: "СТ-0009", fullName: "Ушедший Иван", leaveDate: "2026-10-01" });
    const noId = staff(9, { fullName: "Новая Анна" });
    const plan = planEnrol("mentees", [left, noId, DIRECTOR, DIRECTOR], [], CTX);
    expect(plan.skipped).toEqual([
      { staffRow: 8, name: "Ушедший Иван", reason: "left" },
      { staffRow: 9, name: "Новая Анна", reason: "noId" },
    ]);
    expect(plan.add).toHaveLength(1);
  });
});
