import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { MARK_COLORS } from "../../src/domain/marks";
import { memoryPorts } from "../support/memory";
import { MENTEE, MENTOR, SETTINGS_ROWS } from "../support/tables";

function school() {
  const m = memoryPorts();
  initBase(m.ports);
  const settings = m.sheets.tabs.get("settings")!;
  for (const s of SETTINGS_ROWS) {
    const row = settings.grid.findIndex((r) => r[0] === s.key);
    settings.grid[row]![settings.columns.value! - 1] = s.value!;
  }
  return m;
}

describe("checkBase (use case)", () => {
  test("gives ids, marks each problem at its cell and reports it", () => {
    const { ports, sheets, properties } = school();
    const { id: _a, ...mentor } = MENTOR;
    const { id: _b, ...mentee } = MENTEE;
    const good = sheets.type("mentors", mentor);
    const bad = sheets.type("mentors", {
      ...mentor,
      fullName: "Орлова Вера Ивановна",
      email: "orlova@",
      phone: "",
      experienceYears: "пять лет",
    });
    const menteeRow = sheets.type("mentees", { ...mentee, requests: "" });
    const report = checkBase(ports)!;

    expect(sheets.cell("mentors", good, "id").value).toBe("НС-0001");
    expect(sheets.cell("mentors", bad, "id").value).toBe("НС-0002");
    expect(sheets.cell("mentees", menteeRow, "id").value).toBe("НЯ-0001");
    expect(properties.get("mentor-base.seq.mentors")).toBe("2");
    expect(report.idsAssigned).toBe(3);

    const exp = sheets.cell("mentors", bad, "experienceYears");
    expect(exp.value).toBe("пять лет");
    expect(exp.background).toBe(MARK_COLORS.error);
    expect(exp.note).toMatch(/^⚠ «пять лет» — не целое число/);
    expect(sheets.cell("mentors", bad, "email").note).toContain("orlova@");
    expect(sheets.cell("mentees", menteeRow, "requests").note).toContain("наставника не подобрать");
    expect(sheets.cell("mentors", good, "experienceYears").note).toBe("");

    expect(report.errors).toBe(3);
    expect(report.problems.map((p) => `${p.tab}!${p.cell} ${p.columnTitle}`)).toEqual([
      "Наставники!G3 Педагогический стаж, лет",
      "Наставники!N3 E-mail",
      "Наставляемые!H2 Запрос (с чем нужна помощь)",
    ]);
    expect(report.byCode.map((b) => [b.code, b.count])).toEqual([
      ["notInteger", 1],
      ["badEmail", 1],
      ["emptyRequest", 1],
    ]);
  });

  test("fixed cells lose their marks on the next check, and a clean check writes nothing", () => {
    const { ports, sheets } = school();
    const row = sheets.type("mentors", { ...MENTOR, experienceYears: "много" });
    checkBase(ports);
    expect(sheets.cell("mentors", row, "experienceYears").background).toBe(MARK_COLORS.error);
    sheets.put(sheets.tabs.get("mentors")!, row, sheets.tabs.get("mentors")!.columns.experienceYears!, 20);
    const report = checkBase(ports)!;
    expect(report.errors).toBe(0);
    expect(sheets.cell("mentors", row, "experienceYears")).toEqual({
      value: 20,
      note: "",
      background: "#ffffff",
    });
    const from = sheets.log.length;
    checkBase(ports);
    expect(sheets.log.slice(from).filter((m) => m.startsWith("write"))).toEqual([]);
  });

  test("marks on a row the curator emptied are lifted too", () => {
    const { ports, sheets } = school();
    sheets.type("mentors", MENTOR);
    const row = sheets.type("mentors", {
      ...MENTOR,
      id: "",
      fullName: "Орлова Вера",
      email: "bad",
      phone: "",
    });
    checkBase(ports);
    expect(sheets.cell("mentors", row, "email").note).not.toBe("");
    const tab = sheets.tabs.get("mentors")!;
    for (const c of Object.values(tab.columns)) sheets.put(tab, row, c, "");
    checkBase(ports);
    expect(sheets.cell("mentors", row, "email")).toEqual({ value: "", note: "", background: "#ffffff" });
  });

  test("values a person typed are never changed by the check", () => {
    const { ports, sheets } = school();
    sheets.type("mentors", { ...MENTOR, experienceYears: "=1+1", email: "x" });
    sheets.type("mentees", { ...MENTEE, form: "что-то" });
    const grids = () =>
      [...sheets.tabs.values()].map((t) => t.grid.map((r) => r.filter((_, i) => i !== t.columns.id! - 1)));
    const before = JSON.stringify(grids());
    checkBase(ports);
    checkBase(ports);
    expect(JSON.stringify(grids())).toBe(before);
  });

  test("busy lock: no report, nothing written", () => {
    const { ports, sheets, lock } = school();
    sheets.type("mentors", { ...MENTOR, id: "" });
    lock.busy = true;
    expect(checkBase(ports)).toBeNull();
    expect(sheets.cell("mentors", 2, "id").value).toBe("");
  });

  test("calls to the sheets stay the same for 10 and 500 rows", () => {
    const count = (n: number) => {
      const { ports, sheets } = school();
      for (let i = 0; i < n; i++)
        sheets.type("mentors", {
          ...MENTOR,
          id: "",
          fullName: `Учитель ${i}`,
          email: `t${i}@s.ru`,
          phone: "",
          experienceYears: i % 7 === 0 ? "x" : 5,
        });
      const before = sheets.calls;
      checkBase(ports);
      return sheets.calls - before;
    };
    expect(count(500)).toBe(count(10));
  });
});
