import { initBase } from "../../src/app/initBase";
import { BASE_LOCALE_KEY, readTabs } from "../../src/app/tabs";
import { SETTINGS_SPEC } from "../../src/domain/settings";
import { TABLES } from "../../src/domain/tables";
import { memoryPorts } from "../support/memory";
import { MENTOR } from "../support/tables";

describe("initBase (use case)", () => {
  test("creates every tab with its columns, the settings rows and tells the curator what was done", () => {
    const { ports, sheets, ui, properties } = memoryPorts();
    const r = initBase(ports);
    // The tabs a curator fills or reads; those only an action writes are made by that action.
    const base = TABLES.filter((t) => t.madeBy === "base");
    expect(r?.createdTables).toEqual(base.map((t) => t.title.ru));
    expect(r?.createdTables).toEqual([
      "Наставники",
      "Наставляемые",
      "Педагогический коллектив",
      "Конкурсы и достижения",
      "Пары и группы",
      "Программы",
      "Встречи",
      "Цели показателей",
      "Настройки",
    ]);
    for (const t of TABLES.filter((x) => x.madeBy === "action")) expect(sheets.tabs.has(t.key)).toBe(false);
    for (const t of base) {
      const tab = sheets.tabs.get(t.key)!;
      expect(Object.keys(tab.columns)).toEqual(t.columns.map((c) => c.key));
      expect(tab.grid[0]).toEqual(t.columns.map((c) => c.header.ru));
      expect(tab.formatted).toBe(1);
    }
    const settings = sheets.tabs.get("settings")!;
    expect(settings.grid.slice(1).map((row) => row[0])).toEqual(SETTINGS_SPEC.map((s) => s.key));
    expect(
      sheets.cell("settings", 1 + 1 + SETTINGS_SPEC.findIndex((s) => s.key === "program.year"), "value")
        .value,
    ).toBe("2026/2027");
    expect(ui.alerts[0]?.title).toBe("База готова");
    expect(ui.alerts[0]?.message).toContain("Созданы листы: «Наставники», «Наставляемые»");
    // The closing lines say how to get the year's roadmap (its tab is made by «План работы», not here).
    expect(ui.alerts[0]?.message).toMatch(
      /«Проверить базу»\.\nПлан работы на учебный год: меню «Наставничество» → «План работы»/,
    );
    expect(sheets.tabs.has("roadmap")).toBe(false);
    expect(properties.get(BASE_LOCALE_KEY)).toBe("ru");
  });

  test("an update never makes an action's tab, and formats the ones its action made", () => {
    const { ports, sheets } = memoryPorts();
    initBase(ports);
    initBase(ports);
    expect(sheets.tabs.has("proposals")).toBe(false);
    const made = readTabs(ports, ["proposals"], { make: ["proposals"] });
    expect(typeof made).not.toBe("string");
    expect(sheets.tabs.get("proposals")?.formatted).toBe(1);
    const r = initBase(ports);
    expect(r?.createdTables).toEqual([]);
    expect(sheets.tabs.get("proposals")?.formatted).toBe(2);
    expect(sheets.tabs.has("documents")).toBe(false);
  });

  test("an action's tab not made yet reads as made and empty; a missing base tab is named", () => {
    const { ports, sheets } = memoryPorts();
    initBase(ports);
    const r = readTabs(ports, ["settings", "surveys"]);
    if (typeof r === "string") throw new Error(r);
    expect(sheets.tabs.has("surveys")).toBe(false);
    expect(r.found.surveys).toBeUndefined();
    expect(r.reads.surveys?.rows).toEqual([]);
    expect(r.reads.surveys?.headers).toEqual(
      TABLES.find((t) => t.key === "surveys")!.columns.map((c) => c.header.ru),
    );
    sheets.tabs.delete("settings");
    expect(readTabs(ports, ["settings"], { make: ["proposals"] })).toContain("нет листа «Настройки»");
    expect(sheets.tabs.has("proposals")).toBe(false);
  });

  test("a second run changes nothing and says so", () => {
    const { ports, sheets, ui } = memoryPorts();
    initBase(ports);
    sheets.type("mentors", { id: "НС-0001", fullName: "Петрова Анна Сергеевна" });
    const before = JSON.stringify([...sheets.tabs.values()].map((t) => t.grid));
    const r = initBase(ports);
    expect(r).toEqual({
      createdTables: [],
      contests: null,
      addedColumns: [],
      addedSettings: 0,
      idsAssigned: 0,
      headersRestored: [],
      rekeyed: [],
      shapeLeft: [],
    });
    expect(JSON.stringify([...sheets.tabs.values()].map((t) => t.grid))).toBe(before);
    expect(ui.alerts[1]?.message).toContain("База уже была в порядке");
  });

  test("adds a deleted column at the end and a deleted settings row, keeping the data", () => {
    const { ports, sheets, ui } = memoryPorts();
    initBase(ports);
    const mentors = sheets.tabs.get("mentors")!;
    const phone = mentors.columns.phone!;
    for (const row of mentors.grid) row.splice(phone - 1, 1);
    for (const row of mentors.notes) row.splice(phone - 1, 1);
    for (const row of mentors.backgrounds) row.splice(phone - 1, 1);
    delete mentors.columns.phone;
    for (const [k, c] of Object.entries(mentors.columns)) if (c > phone) mentors.columns[k] = c - 1;
    const settings = sheets.tabs.get("settings")!;
    settings.grid.splice(1, 1);
    settings.notes.splice(1, 1);
    settings.backgrounds.splice(1, 1);
    const row = sheets.type("mentors", { fullName: MENTOR.fullName as string, email: "a@b.ru" });
    const r = initBase(ports)!;
    expect(r.addedColumns).toEqual([{ tab: "Наставники", columns: ["Телефон"] }]);
    expect(mentors.columns.phone).toBe(mentors.grid[0]!.length);
    expect(r.addedSettings).toBe(1);
    expect(sheets.cell("mentors", row, "email").value).toBe("a@b.ru");
    expect(r.idsAssigned).toBe(1);
    expect(ui.alerts[1]?.message).toContain("добавлены столбцы: «Телефон»");
  });

  test("when another action holds the lock, nothing is done and the curator is told to wait", () => {
    const { ports, sheets, lock, ui } = memoryPorts();
    lock.busy = true;
    expect(initBase(ports)).toBeNull();
    expect(sheets.tabs.size).toBe(0);
    expect(ui.alerts[0]?.message).toContain("Повторите через минуту");
  });

  test("a base created in English keeps English headers when a Russian user updates it", () => {
    const en = memoryPorts("en");
    initBase(en.ports);
    expect(en.sheets.tabs.get("mentors")?.name).toBe("Mentors");
    const ru = { ...en.ports, locale: "ru" as const };
    const mentors = en.sheets.tabs.get("mentors")!;
    for (const row of mentors.grid) row.pop();
    delete mentors.columns.remarks;
    initBase(ru);
    expect(mentors.grid[0]?.at(-1)).toBe("Remarks");
    expect(en.ui.alerts[1]?.title).toBe("База готова");
  });
});
