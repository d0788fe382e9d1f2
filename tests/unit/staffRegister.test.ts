import type { Cell } from "../../src/domain/cells";
import { baseFrom } from "../../src/domain/model";
import type { Problem } from "../../src/domain/problems";
import { type BaseData, validateBase } from "../../src/domain/validate";
import { everyTab, MENTEE, MENTOR, tableData } from "../support/tables";

const MSK = 180;
const TODAY = "2026-10-15";

const STAFF_ROW: Record<string, Cell> = {
  id: "СТ-0001",
  fullName: "Петрова Анна Сергеевна",
  position: "учитель математики",
  subjects: "математика",
  hireDate: "01.09.2010",
  teachingYears: 15,
  experienceDate: "01.09.2026",
  email: "petrova@school7.ru",
};
const YOUNG: Record<string, Cell> = {
  id: "СТ-0002",
  fullName: "Соколов Илья Андреевич",
  position: "учитель физики",
  hireDate: "01.09.2025",
  teachingYears: 1,
};
const ENTRY: Record<string, Cell> = {
  id: "КД-0001",
  personId: "СТ-0002",
  personName: "Соколов Илья Андреевич",
  event: "Учитель года",
  level: "муниципальный",
  date: "12.03.2027",
  result: "призёр",
};

function base(
  staff: Record<string, Cell>[],
  achievements: Record<string, Cell>[] = [],
  over: Partial<BaseData> = {},
) {
  // The mentor and the mentee are the register's people when it lists them: linked, as the check asks.
  const on = (id: string) => (staff.some((r) => r.id === id) ? id : "");
  const data = everyTab({
    mentors: tableData("mentors", [{ ...MENTOR, staffId: on("СТ-0001") }]),
    mentees: tableData("mentees", [{ ...MENTEE, staffId: on("СТ-0002") }]),
    staff: tableData("staff", staff),
    achievements: tableData("achievements", achievements),
    ...over,
  });
  return validateBase(data, { locale: "ru", offsetMinutes: MSK, today: TODAY });
}
const at = (problems: Problem[], table: string, row: number, column?: string) =>
  problems.filter((p) => p.table === table && p.row === row && (column === undefined || p.column === column));

describe("«Педагогический коллектив» checked", () => {
  test("a correct register and entry: no problems, typed staff and achievements in the model", () => {
    const r = base([STAFF_ROW, YOUNG], [ENTRY]);
    expect(r.problems).toEqual([]);
    const b = baseFrom(r);
    expect(b.staff).toEqual([
      expect.objectContaining({
        id: "СТ-0001",
        fullName: "Петрова Анна Сергеевна",
        hireDate: "2010-09-01",
        teachingYears: 15,
        experienceDate: "2026-09-01",
      }),
      expect.objectContaining({ id: "СТ-0002", teachingYears: 1 }),
    ]);
    expect(b.achievements).toEqual([
      expect.objectContaining({
        id: "КД-0001",
        personId: "СТ-0002",
        event: "Учитель года",
        level: "municipal",
        date: "2027-03-12",
        result: "prize",
      }),
    ]);
  });

  test("the full name and the position are required, each at its cell", () => {
    const r = base([{ ...STAFF_ROW, fullName: "", position: "" }]);
    expect(at(r.problems, "staff", 2, "fullName")[0]).toMatchObject({ code: "required", severity: "error" });
    expect(at(r.problems, "staff", 2, "position")[0]?.message).toBe("Заполните «Должность».");
    expect(baseFrom(r).staff).toEqual([]);
  });

  test("a leaving date without a reason, and a reason without a date, are errors naming the other column", () => {
    const r = base([
      { ...STAFF_ROW, leaveDate: "31.05.2027" },
      { ...YOUNG, leaveReason: "ушёл из профессии" },
    ]);
    const [noReason] = at(r.problems, "staff", 2, "leaveReason");
    expect(noReason).toMatchObject({ code: "leaveNoReason", severity: "error" });
    expect(noReason?.message).toContain("«Причина ухода»");
    const [noDate] = at(r.problems, "staff", 3, "leaveDate");
    expect(noDate).toMatchObject({ code: "reasonNoLeave", severity: "error" });
    expect(noDate?.message).toContain("«Дата ухода»");
    expect(baseFrom(r).staff).toEqual([]);
  });

  test("a leaving date and reason together are read: who left the profession, and when", () => {
    const r = base([{ ...YOUNG, leaveDate: "31.05.2027", leaveReason: "ушёл из профессии" }]);
    expect(r.problems).toEqual([]);
    expect(baseFrom(r).staff[0]).toMatchObject({ leaveDate: "2027-05-31", leaveReason: "left_profession" });
  });

  test("leaving before being hired is an error at the leaving date, naming the hiring date", () => {
    const r = base([{ ...STAFF_ROW, leaveDate: "31.05.2009", leaveReason: "перешёл в другую организацию" }]);
    const [p] = at(r.problems, "staff", 2, "leaveDate");
    expect(p).toMatchObject({ code: "leaveBeforeHire" });
    expect(p?.message).toContain("01.09.2010");
  });

  test("experience dated after today is an error at that cell; today itself is fine", () => {
    const ahead = base([{ ...STAFF_ROW, experienceDate: "01.09.2027" }]);
    expect(at(ahead.problems, "staff", 2, "experienceDate")[0]).toMatchObject({
      code: "experienceDateFuture",
    });
    expect(base([{ ...STAFF_ROW, experienceDate: "15.10.2026" }]).problems).toEqual([]);
  });

  test("a date outside the range (hire dates go back to 1950) and a reason not in the list are errors at their cells", () => {
    const r = base([
      { ...STAFF_ROW, hireDate: "01.09.1949", leaveDate: "01.01.2027", leaveReason: "уволен" },
    ]);
    expect(at(r.problems, "staff", 2, "hireDate")[0]).toMatchObject({ code: "dateOutOfRange" });
    expect(at(r.problems, "staff", 2, "leaveReason")[0]).toMatchObject({ code: "unknownValue" });
  });

  test("the same person twice: by name and e-mail, and by name and position; a namesake elsewhere is not", () => {
    const r = base([
      STAFF_ROW,
      { ...STAFF_ROW, id: "СТ-0002", position: "завуч" },
      { ...STAFF_ROW, id: "СТ-0003", email: "", fullName: "петрова анна сергеевна" },
      { ...STAFF_ROW, id: "СТ-0004", email: "other@school7.ru", position: "учитель химии" },
    ]);
    const dup = r.problems.filter((p) => p.code === "duplicateStaff");
    expect(dup.map((p) => [p.row, p.column])).toEqual([
      [3, "fullName"],
      [4, "fullName"],
    ]);
    expect(dup[0]?.message).toBe(
      "Петрова Анна Сергеевна уже есть в строке 2 с тем же e-mail. Оставьте одну строку, перенеся в неё нужные данные.",
    );
    expect(dup[1]?.message).toBe(
      "петрова анна сергеевна уже есть в строке 2 с той же должностью. Оставьте одну строку, перенеся в неё нужные данные.",
    );
    expect(baseFrom(r).staff.map((s) => s.id)).toEqual(["СТ-0001", "СТ-0004"]);
  });
});

describe("«Конкурсы и достижения» checked", () => {
  test("an entry may name a participant not on the register (mentor or mentee ids)", () => {
    const r = base(
      [STAFF_ROW],
      [
        { ...ENTRY, personId: "НС-0001", personName: "Петрова Анна Сергеевна" },
        { ...ENTRY, id: "КД-0002", personId: "НЯ-0001", personName: "" },
      ],
    );
    expect(r.problems).toEqual([]);
    expect(baseFrom(r).achievements.map((a) => a.personId)).toEqual(["НС-0001", "НЯ-0001"]);
  });

  test("an id on none of the three tabs is an error at the cell, naming the tabs", () => {
    const r = base([STAFF_ROW], [{ ...ENTRY, personId: "СТ-0099" }]);
    const [p] = at(r.problems, "achievements", 2, "personId");
    expect(p).toMatchObject({ code: "unknownRef", severity: "error" });
    expect(p?.message).toContain("Педагогический коллектив / Наставники / Наставляемые");
    expect(p?.message).toContain("СТ-0099");
    expect(baseFrom(r).achievements).toEqual([]);
  });

  test("a name that is not the person's is a warning: the entry is still read", () => {
    const r = base([STAFF_ROW, YOUNG], [{ ...ENTRY, personName: "Иванов Иван" }]);
    const [p] = at(r.problems, "achievements", 2, "personName");
    expect(p).toMatchObject({ code: "nameDisagrees", severity: "warning" });
    expect(p?.message).toContain("«Соколов Илья Андреевич»");
    expect(p?.message).toContain("«Иванов Иван»");
    expect(baseFrom(r).achievements).toHaveLength(1);
  });

  test("the person, event and date are required; the level and result come from their lists", () => {
    const r = base(
      [STAFF_ROW],
      [{ id: "КД-0001", personId: "", event: "", date: "", level: "всероссийский!" }],
    );
    for (const c of ["personId", "event", "date"])
      expect(at(r.problems, "achievements", 2, c)[0]).toMatchObject({ code: "required" });
    expect(at(r.problems, "achievements", 2, "level")[0]).toMatchObject({ code: "unknownValue" });
  });
});

describe("«ID в коллективе» on the people tabs", () => {
  test("a staff id that names a row of the register is read into the participant", () => {
    const r = base([STAFF_ROW], [], { mentors: tableData("mentors", [{ ...MENTOR, staffId: "СТ-0001" }]) });
    expect(r.problems).toEqual([]);
    expect(baseFrom(r).mentors[0]?.staffId).toBe("СТ-0001");
  });

  test("a staff id naming no row is an error at that cell, and the participant is left out", () => {
    const r = base([STAFF_ROW], [], { mentees: tableData("mentees", [{ ...MENTEE, staffId: "СТ-0042" }]) });
    const [p] = at(r.problems, "mentees", 2, "staffId");
    expect(p).toMatchObject({ code: "unknownRef", severity: "error" });
    expect(p?.message).toContain("«Педагогический коллектив»");
    expect(baseFrom(r).mentees).toEqual([]);
  });
});
