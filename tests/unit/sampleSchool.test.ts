import {
  DEFAULT_MENTEES,
  DEFAULT_MENTORS,
  feminineSurname,
  mulberry32,
  patronymicOf,
  SAMPLE_MISTAKES,
  type SampleSchool,
  sampleSchool,
  sampleSheetValues,
  transliterate,
} from "../../scripts/sampleSchool";
import type { Cell } from "../../src/domain/cells";
import {
  type EnumDef,
  enumIndex,
  FORM_SIDES,
  FORMS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
} from "../../src/domain/enums";
import { SETTINGS_SPEC } from "../../src/domain/settings";
import { MENTEES, MENTORS, TABLES, type TableKey, type TableSpec } from "../../src/domain/tables";
import { type BaseData, type TableData, validateBase } from "../../src/domain/validate";

type Table = "mentors" | "mentees";
const SPEC: Record<Table, TableSpec> = { mentors: MENTORS, mentees: MENTEES };

const demo = sampleSchool();
const clean = sampleSchool(2026, { mistakes: false });

const mistakeAt = (table: Table, index: number) =>
  SAMPLE_MISTAKES.some((m) => m.table === table && m.index === index);
const rowsOf = (s: SampleSchool, table: Table) => (table === "mentors" ? s.mentors : s.mentees);
const str = (v: unknown) => (v === undefined ? "" : String(v));
const items = (v: unknown) =>
  str(v)
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);

const labelOf = <K extends string>(def: EnumDef<K>, key: K) => def.values[key].ru;
const mentorCat = (k: keyof typeof MENTOR_CATEGORIES.values) => labelOf(MENTOR_CATEGORIES, k);
const menteeCat = (k: keyof typeof MENTEE_CATEGORIES.values) => labelOf(MENTEE_CATEGORIES, k);
const formIndex = enumIndex(FORMS);

const FULL_NAME = /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична)$/;
const PHONE = /^\+7 9\d\d \d{3}-\d{2}-\d{2}$/;
const EMAIL = /^[a-z0-9][a-z0-9.-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** Days since epoch of a dd.MM.yyyy string, for comparisons. */
function day(text: unknown): number {
  const m = RU_DATE.exec(str(text));
  if (!m) throw new Error(`not a date: ${str(text)}`);
  return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) / 86_400_000;
}

/**
 * Finds every row that breaks one of the rules the deliberate mistakes break, by looking at the data only. With
 * the mistakes on it must find exactly SAMPLE_MISTAKES; on clean data, nothing.
 */
function scan(s: SampleSchool): string[] {
  const found: string[] = [];
  for (const table of ["mentors", "mentees"] as const) {
    const seen = new Map<string, number>();
    rowsOf(s, table).forEach((r, i) => {
      const add = (column: string) => found.push(`${table}:${i}:${column}`);
      if (r.experienceYears !== "" && typeof r.experienceYears !== "number") add("experienceYears");
      const forms = table === "mentors" ? items(r.forms) : items(r.form);
      if (forms.some((f) => formIndex.parse(f) === undefined)) add(table === "mentors" ? "forms" : "form");
      if (!EMAIL.test(str(r.email))) add("email");
      if (!PHONE.test(str(r.phone))) add("phone");
      if (/^[=+\-@]/.test(str(r.fullName))) add("fullName");
      if (r.minor === true && (str(r.guardianName) === "" || r.guardianConsent !== true))
        add("guardianConsent");
      if (table === "mentees") {
        if (str(r.requests) === "") add("requests");
        if (r.category === menteeCat("young_specialist") && Number(r.experienceYears) > 3)
          add("experienceYears");
        const form = formIndex.parse(str(r.form));
        const cat = enumIndex(MENTEE_CATEGORIES).parse(str(r.category));
        if (form && cat && !FORM_SIDES[form].mentees.includes(cat)) add("form");
      }
      const key = `${str(r.fullName)}|${str(r.email)}`;
      if (seen.has(key)) add("fullName");
      else seen.set(key, i);
    });
  }
  return found.sort();
}

describe("sampleSchool: determinism and size", () => {
  test("the same seed gives the same school, another seed another school", () => {
    expect(sampleSchool(2026)).toEqual(demo);
    expect(sampleSchool(7, { mentors: 30, mentees: 30 })).toEqual(
      sampleSchool(7, { mentors: 30, mentees: 30 }),
    );
    const other = sampleSchool(2027);
    expect(other.mentors.map((r) => r.fullName)).not.toEqual(demo.mentors.map((r) => r.fullName));
    expect(other.mentees.map((r) => r.email)).not.toEqual(demo.mentees.map((r) => r.email));
  });

  test("the PRNG is deterministic and spreads over [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  test("default sizes are about 40 mentors and 60 mentees", () => {
    expect(demo.mentors).toHaveLength(DEFAULT_MENTORS);
    expect(demo.mentees).toHaveLength(DEFAULT_MENTEES);
    expect(DEFAULT_MENTORS).toBe(40);
    expect(DEFAULT_MENTEES).toBe(60);
  });

  test.each([
    [100, 100],
    [1000, 1000],
    [0, 3],
    [1, 0],
  ])("generates exactly %i mentors and %i mentees", (mentors, mentees) => {
    const s = sampleSchool(5, { mentors, mentees, mistakes: false });
    expect(s.mentors).toHaveLength(mentors);
    expect(s.mentees).toHaveLength(mentees);
    expect(s.invalidRows).toEqual([]);
  });

  test("5,000 rows each: clean, with unique names, e-mails and phones", () => {
    const s = sampleSchool(11, { mentors: 5000, mentees: 5000, mistakes: false });
    expect(s.mentors).toHaveLength(5000);
    expect(s.mentees).toHaveLength(5000);
    expect(scan(s)).toEqual([]);
    const people = [...s.mentors, ...s.mentees];
    for (const key of ["fullName", "email", "phone"]) {
      expect(new Set(people.map((r) => r[key])).size).toBe(people.length);
    }
  });

  test("a wrong size is refused", () => {
    expect(() => sampleSchool(1, { mentors: -1 })).toThrow(RangeError);
    expect(() => sampleSchool(1, { mentees: 2.5 })).toThrow(RangeError);
  });
});

describe("sampleSchool: the deliberate mistakes", () => {
  test("every mistake is where SAMPLE_MISTAKES says, and nothing else is wrong", () => {
    expect(scan(demo)).toEqual(SAMPLE_MISTAKES.map((m) => `${m.table}:${m.index}:${m.column}`).sort());
    expect(demo.invalidRows).toEqual([...SAMPLE_MISTAKES]);
  });

  test("clean data has no mistakes, and the other rows are the same in both modes", () => {
    expect(scan(clean)).toEqual([]);
    expect(clean.invalidRows).toEqual([]);
    expect(clean.settings).toEqual(demo.settings);
    for (const table of ["mentors", "mentees"] as const) {
      rowsOf(clean, table).forEach((row, i) => {
        if (!mistakeAt(table, i)) expect(rowsOf(demo, table)[i]).toEqual(row);
        else expect(rowsOf(demo, table)[i]).not.toEqual(row);
      });
    }
  });

  test("each mistake is the one described", () => {
    const m = demo.mentors;
    const e = demo.mentees;
    expect(m[4]?.experienceYears).toBe("пять лет");
    expect(m[11]?.forms).toBe("педагог-ученик");
    expect(m[18]?.email).toBe("ivanova@school");
    expect(str(m[18]?.fullName)).toMatch(/^Иванова [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+вна$/);
    expect(m[25]?.phone).toBe("12-34");
    expect(str(m[33]?.fullName).startsWith("=HYPERLINK(")).toBe(true);
    expect(e[3]).toMatchObject({ category: menteeCat("pupil"), minor: true, guardianConsent: false });
    expect(e[10]?.requests).toBe("");
    expect(e[17]).toMatchObject({ category: menteeCat("young_specialist"), experienceYears: 12 });
    expect(e[24]).toMatchObject({ category: menteeCat("pupil"), form: "педагог – педагог", minor: true });
    expect(e[41]?.fullName).toBe(e[8]?.fullName);
    expect(e[41]?.email).toBe(e[8]?.email);
    for (const mistake of SAMPLE_MISTAKES) expect(mistake.what.length).toBeGreaterThan(10);
  });

  test("short lists keep only the mistakes that fit", () => {
    const s = sampleSchool(3, { mentors: 12, mentees: 5 });
    expect(s.invalidRows.map((m) => `${m.table}:${m.index}`)).toEqual([
      "mentors:4",
      "mentors:11",
      "mentees:3",
    ]);
    expect(scan(s)).toEqual(["mentees:3:guardianConsent", "mentors:11:forms", "mentors:4:experienceYears"]);
  });

  test("the base check finds every mistake at its cell and nothing on the clean rows", () => {
    const problems = (s: SampleSchool) =>
      validateBase(baseOf(s), { locale: "ru", offsetMinutes: 180 }).problems.filter(
        (p) => p.table === "mentors" || p.table === "mentees",
      );
    expect(problems(clean)).toEqual([]);
    const found = problems(demo);
    for (const m of SAMPLE_MISTAKES) {
      if (!m.code) continue;
      expect(found).toContainEqual(
        expect.objectContaining({ table: m.table, row: m.index + 2, column: m.column, code: m.code }),
      );
    }
    for (const p of found) expect(mistakeAt(p.table as Table, p.row - 2)).toBe(true);
  });
});

/** The sample as the validator reads the sheets: Russian headers, the spec's column order, data from row 2. */
function baseOf(s: SampleSchool): BaseData {
  const tab = (spec: TableSpec, rows: Record<string, Cell>[]): TableData => {
    const columns: Record<string, number> = {};
    spec.columns.forEach((c, i) => {
      columns[c.key] = i;
    });
    return {
      key: spec.key,
      sheetName: spec.title.ru,
      headers: spec.columns.map((c) => c.header.ru),
      columns,
      rows: rows.map((r) => spec.columns.map((c) => r[c.key] ?? "")),
      firstRow: 2,
    };
  };
  const base: BaseData = {};
  for (const spec of TABLES) base[spec.key as TableKey] = tab(spec, []);
  base.mentors = tab(MENTORS, s.mentors);
  base.mentees = tab(MENTEES, s.mentees);
  base.settings = tab(
    TABLES.find((t) => t.key === "settings")!,
    Object.entries(s.settings).map(([key, value]) => ({ key, value })),
  );
  return base;
}

describe("sampleSchool: cells as a curator types them", () => {
  test.each(["mentors", "mentees"] as const)(
    "%s rows have exactly the table's columns (no id) with typed cells",
    (table) => {
      const spec = SPEC[table];
      const keys = spec.columns.map((c) => c.key).filter((k) => k !== "id");
      rowsOf(demo, table).forEach((row, i) => {
        expect(Object.keys(row).sort()).toEqual([...keys].sort());
        for (const c of spec.columns) {
          const v = row[c.key];
          if (c.kind === "id") continue;
          if (c.kind === "checkbox") expect(typeof v).toBe("boolean");
          else if (c.kind === "int" && !(mistakeAt(table, i) && c.key === "experienceYears")) {
            expect(v === "" || Number.isInteger(v)).toBe(true);
          } else if (c.kind === "date") expect(v === "" || RU_DATE.test(str(v))).toBe(true);
          else if (c.kind !== "int") expect(typeof v).toBe("string");
        }
      });
    },
  );

  test.each(["mentors", "mentees"] as const)("%s enumerations hold Russian labels from enums.ts", (table) => {
    const spec = SPEC[table];
    rowsOf(clean, table).forEach((row) => {
      for (const c of spec.columns) {
        if (!c.enumDef) continue;
        const labels = new Set(Object.values(c.enumDef.values).map((l) => (l as { ru: string }).ru));
        const values = c.kind === "enumList" ? str(row[c.key]).split("; ") : [str(row[c.key])];
        for (const v of values) if (v !== "") expect(labels).toContain(v);
        if (c.required) expect(str(row[c.key])).not.toBe("");
      }
    });
  });

  test("sampleSheetValues lays rows out in the column order under Russian headers", () => {
    const values = sampleSheetValues(MENTORS, demo.mentors.slice(0, 3));
    expect(values).toHaveLength(4);
    expect(values[0]).toEqual(MENTORS.columns.map((c) => c.header.ru));
    const nameAt = MENTORS.columns.findIndex((c) => c.key === "fullName");
    expect(values[1]?.[0]).toBe("");
    expect(values[1]?.[nameAt]).toBe(demo.mentors[0]?.fullName);
  });
});

describe("sampleSchool: a plausible school", () => {
  test("settings fill every setting of the add-on", () => {
    const s = demo.settings;
    for (const spec of SETTINGS_SPEC) {
      expect(Object.keys(s)).toContain(spec.key);
      if (spec.required) expect(s[spec.key]).not.toBe("");
    }
    expect(s["program.year"]).toBe("2026/2027");
    expect(s["org.name"]).toMatch(/«Средняя общеобразовательная школа № \d+» города [А-ЯЁ][а-яё]+$/);
    expect(s["org.shortName"]).toMatch(/^МБОУ «СОШ № \d+»/);
    expect(s["head.name"]).toMatch(FULL_NAME);
    expect(s["curator.name"]).toMatch(FULL_NAME);
    expect(s["curator.email"]).toMatch(EMAIL);
    expect(s["org.type"]).toBe("школа");
  });

  test("mentors: mostly teachers of 4–35 years, heads, pupils with guardians, external employers", () => {
    const m = clean.mentors;
    const of = (k: keyof typeof MENTOR_CATEGORIES.values) => m.filter((r) => r.category === mentorCat(k));
    const teachers = of("teacher");
    expect(teachers.length).toBeGreaterThanOrEqual(28);
    for (const t of teachers) {
      expect(t.experienceYears).toBeGreaterThanOrEqual(4);
      expect(t.experienceYears).toBeLessThanOrEqual(35);
      expect(t.minor).toBe(false);
    }
    expect(of("head").length).toBeGreaterThanOrEqual(1);
    expect(of("head").map((r) => r.fullName)).toContain(clean.settings["curator.name"]);
    const pupils = of("pupil");
    expect(pupils.length).toBeGreaterThanOrEqual(3);
    for (const p of pupils) {
      expect(p).toMatchObject({ minor: true, guardianConsent: true, forms: "ученик – ученик" });
      expect(str(p.position)).toMatch(/^1[01] «[А-Г]» класс$/);
    }
    const employers = of("employer");
    expect(employers.length).toBeGreaterThanOrEqual(2);
    for (const e of employers) expect(str(e.organization)).not.toBe("");
    const capacities = m.map((r) => Number(r.capacity));
    expect(capacities.filter((c) => c === 1).length).toBeGreaterThan(m.length / 2);
    expect(capacities.some((c) => c >= 2 && c <= 3)).toBe(true);
    expect(Math.max(...capacities)).toBeLessThanOrEqual(3);
    expect(new Set(m.map((r) => r.subjects)).size).toBeGreaterThanOrEqual(8);
    for (const r of m) expect(items(r.competencies).length).toBeGreaterThanOrEqual(2);
  });

  test("mentees: young specialists 0–3 years, teachers with a model, newcomers, pupils 5–9, college students", () => {
    const e = clean.mentees;
    const of = (k: keyof typeof MENTEE_CATEGORIES.values) => e.filter((r) => r.category === menteeCat(k));
    const young = of("young_specialist");
    expect(young.length).toBeGreaterThanOrEqual(12);
    for (const y of young) expect([0, 1, 2, 3]).toContain(y.experienceYears);
    const struggling = of("teacher");
    expect(struggling.map((r) => r.model)).toContain("лидер сообщества – педагог с трудностями в общении");
    expect(of("new_employee").length).toBeGreaterThanOrEqual(3);
    const pupils = of("pupil");
    expect(pupils.length).toBeGreaterThanOrEqual(15);
    for (const p of pupils) {
      expect(Number(/^(\d+) /.exec(str(p.position))?.[1])).toBeGreaterThanOrEqual(5);
      expect(Number(/^(\d+) /.exec(str(p.position))?.[1])).toBeLessThanOrEqual(9);
      expect(["ученик – ученик", "работодатель – ученик"]).toContain(p.form);
    }
    const students = of("student");
    expect(students.length).toBeGreaterThanOrEqual(2);
    for (const s of students) {
      expect(s.form).toBe("работодатель – студент");
      expect(str(s.organization)).toMatch(/колледж/);
    }
    for (const r of e) {
      if (r.form === "педагог – педагог") expect(str(r.model)).not.toBe("");
      else expect(r.model).toBe("");
    }
  });

  test("requests mostly match what some mentor can help with", () => {
    for (const seed of [1, 2, 3, 2026]) {
      const s = sampleSchool(seed, { mistakes: false });
      const offered = new Set(s.mentors.flatMap((m) => items(m.competencies)));
      const asked = s.mentees.flatMap((m) => items(m.requests));
      const met = asked.filter((r) => offered.has(r)).length;
      expect(met / asked.length).toBeGreaterThan(0.7);
    }
  });

  test("consent is given before entry, entries are in September 2026", () => {
    for (const r of [...clean.mentors, ...clean.mentees]) {
      expect(r.consent).toBe(true);
      expect(str(r.entryDate)).toMatch(/^\d{2}\.09\.2026$/);
      expect(day(r.consentDate)).toBeLessThanOrEqual(day(r.entryDate));
      expect(day(r.entryDate) - day(r.consentDate)).toBeLessThanOrEqual(10);
    }
  });

  test("contacts are distinct and well-formed, on reserved .example domains", () => {
    const people = [...clean.mentors, ...clean.mentees];
    expect(new Set(people.map((r) => r.email)).size).toBe(people.length);
    expect(new Set(people.map((r) => r.phone)).size).toBe(people.length);
    for (const r of people) {
      expect(str(r.email)).toMatch(EMAIL);
      expect(str(r.email).endsWith(".example")).toBe(true);
      expect(str(r.phone)).toMatch(PHONE);
    }
  });
});

describe("sampleSchool: names", () => {
  const gender = (name: string) => (/(вна|чна)$/.test(name) ? "f" : "m");

  test("every name is a Russian full name with agreeing feminine forms", () => {
    const names = [...demo.mentors, ...demo.mentees]
      .map((r) => str(r.fullName))
      .filter((n) => !n.startsWith("="))
      .concat([...clean.mentors, ...clean.mentees].map((r) => str(r.guardianName)).filter(Boolean));
    expect(names.length).toBeGreaterThan(120);
    for (const name of names) {
      expect(name).toMatch(FULL_NAME);
      const [surname = "", first = ""] = name.split(" ");
      if (gender(name) === "f") {
        expect(surname).not.toMatch(/(ов|ев|ёв|ин|ский)$/);
        expect(first).toMatch(/[аяь]$/);
      } else {
        expect(surname).not.toMatch(/(ова|ева|ёва|ина|ская)$/);
      }
    }
  });

  test("names are unique apart from the deliberate duplicate", () => {
    const names = [...demo.mentors, ...demo.mentees].map((r) => r.fullName);
    expect(new Set(names).size).toBe(names.length - 1);
  });

  test("a father as guardian gives the pupil's patronymic and surname", () => {
    let fathers = 0;
    for (const r of [...clean.mentors, ...clean.mentees]) {
      const guardian = str(r.guardianName);
      if (!guardian || gender(guardian) === "f") continue;
      fathers++;
      const [gSurname = "", gFirst = ""] = guardian.split(" ");
      const [surname = "", , patronymic = ""] = str(r.fullName).split(" ");
      expect(patronymic).toBe(patronymicOf(gFirst, gender(str(r.fullName))));
      expect(gender(str(r.fullName)) === "f" ? feminineSurname(gSurname) : gSurname).toBe(surname);
    }
    expect(fathers).toBeGreaterThan(0);
  });

  test("name helpers", () => {
    expect(patronymicOf("Сергей", "m")).toBe("Сергеевич");
    expect(patronymicOf("Сергей", "f")).toBe("Сергеевна");
    expect(patronymicOf("Николай", "f")).toBe("Николаевна");
    expect(patronymicOf("Юрий", "m")).toBe("Юрьевич");
    expect(patronymicOf("Дмитрий", "f")).toBe("Дмитриевна");
    expect(patronymicOf("Игорь", "m")).toBe("Игоревич");
    expect(patronymicOf("Илья", "f")).toBe("Ильинична");
    expect(patronymicOf("Пётр", "m")).toBe("Петрович");
    expect(patronymicOf("Артём", "f")).toBe("Артёмовна");
    expect(feminineSurname("Соловьёв")).toBe("Соловьёва");
    expect(feminineSurname("Покровский")).toBe("Покровская");
    expect(feminineSurname("Шевченко")).toBe("Шевченко");
    expect(feminineSurname("Черных")).toBe("Черных");
    expect(transliterate("Щербакова")).toBe("shcherbakova");
    expect(transliterate("Юлия")).toBe("yuliya");
  });

  test("with a staff register: every teacher and head of the lists is on it once, and more who are not in the programme", () => {
    const plain = sampleSchool(2026);
    const school = sampleSchool(2026, { staff: true });
    expect(plain.staff).toEqual([]);
    // The register changes nothing else in the lists.
    const unlinked = (rows: SampleSchool["mentors"]) => rows.map((r) => ({ ...r, staffId: "" }));
    expect(unlinked(school.mentors)).toEqual(unlinked(plain.mentors));
    const ids = school.staff.map((_, i) => `СТ-${String(i + 1).padStart(4, "0")}`);
    const teachers = [
      ...school.mentors.filter((r) => ["педагог", "руководитель"].includes(String(r.category))),
      ...school.mentees.filter((r) =>
        ["молодой специалист", "педагог", "новый сотрудник"].includes(String(r.category)),
      ),
    ];
    // Rows holding a deliberate mistake are not on the register (a duplicate registration points to the first).
    const mistaken = new Set(
      school.invalidRows
        .filter((m) => m.sameAs === undefined)
        .map((m) => (m.table === "mentors" ? school.mentors : school.mentees)[m.index]),
    );
    for (const r of teachers) {
      if (mistaken.has(r)) {
        expect(r.staffId).toBe("");
        continue;
      }
      const at = ids.indexOf(String(r.staffId));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(school.staff[at]!.fullName).toBe(r.fullName);
    }
    for (const r of [...school.mentors, ...school.mentees].filter((x) => !teachers.includes(x)))
      expect(r.staffId).toBe("");
    const linked = new Set(teachers.map((r) => r.staffId).filter((id) => id !== ""));
    const outside = ids.filter((id) => !linked.has(id));
    expect(outside.length).toBeGreaterThanOrEqual(20);
    expect(school.staff.filter((r) => r.leaveReason === "ушёл из профессии")).toHaveLength(1);
    expect(school.staff.filter((r) => r.leaveReason === "перешёл в другую организацию")).toHaveLength(1);
    // Young specialists outside the programme, for the curator to find.
    const young = outside.filter((id) => {
      const r = school.staff[ids.indexOf(id)]!;
      return Number(r.teachingYears) <= 3 && !r.leaveDate;
    });
    expect(young.length).toBeGreaterThanOrEqual(3);
    // Contests point at people on the register, under their names, this year and last.
    expect(school.achievements.length).toBeGreaterThan(5);
    for (const a of school.achievements) {
      const at = ids.indexOf(String(a.personId));
      expect(at).toBeGreaterThanOrEqual(0);
      expect(school.staff[at]!.fullName).toBe(a.personName);
    }
    const iso = (d: unknown) => String(d).split(".").reverse().join("-");
    expect(school.achievements.some((a) => iso(a.date) < "2026-09-01")).toBe(true);
    expect(school.achievements.filter((a) => iso(a.date) >= "2026-09-01").length).toBeGreaterThan(5);
  });
});
