import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { CONTEST_CARRIED_KEY } from "../../src/domain/base/contestCarry";
import { gasWorld, rowsOf, settingCell, snapshotDiff, stableSnapshot, typeRow } from "../support/gas";
import { CONTEST, oldBaseWithTicks } from "../support/oldBase";

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

const entries = () => rowsOf(w.ss, "Конкурсы и достижения").filter((r) => r["ID участника"] !== "");
const lastAlert = () => {
  const a = w.emu.ui.alerts.at(-1) as { prompt?: string } | undefined;
  return a?.prompt ?? JSON.stringify(a);
};

describe("the old checkbox «Участие в конкурсах» carried to «Конкурсы и достижения»", () => {
  test("a new base has no such column on either people tab", () => {
    w.run(() => initBase(w.ports()));
    for (const tab of ["Наставники", "Наставляемые"]) {
      const sheet = w.ss.getSheetByName(tab)!;
      expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).not.toContain(CONTEST);
    }
    expect(w.ss.getSheetByName("Педагогический коллектив")).not.toBeNull();
    expect(w.ss.getSheetByName("Конкурсы и достижения")).not.toBeNull();
  });

  test("each ticked person gets one dated entry, the staff id where set, and the curator is told", () => {
    oldBaseWithTicks(w);
    const before = {
      mentors: rowsOf(w.ss, "Наставники").map((r) => r[CONTEST]),
      mentees: rowsOf(w.ss, "Наставляемые").map((r) => r[CONTEST]),
    };
    w.run(() => initBase(w.ports()));
    const got = entries();
    expect(got.map((r) => [r.ID, r["ID участника"], r.ФИО])).toEqual([
      ["КД-0001", "СТ-0001", "Петрова Анна Сергеевна"],
      ["КД-0002", "НС-0002", "Орлова Мария Ивановна"],
      ["КД-0003", "НЯ-0001", "Соколов Илья Андреевич"],
      ["КД-0004", "НЯ-0002", "Лебедева Ольга"],
    ]);
    for (const r of got) {
      expect(r.Мероприятие).toBe("Участие в конкурсах профессионального мастерства (перенесено из отметки)");
      // «Настройки» says 2026/2027: 1 September 2026.
      expect((r.Дата as Date).toISOString()).toBe("2026-08-31T21:00:00.000Z");
      expect(String(r.Примечание)).toMatch(/^Перенесено из отметки «Участие в конкурсах» \((НС|НЯ)-000\d\)/);
    }
    expect(lastAlert()).toContain("записей 4, с датой 01.09.2026");
    expect(lastAlert()).toContain("Исправьте в них даты и названия конкурсов");
    // The old column and every value in it stay as the curator left them.
    expect(rowsOf(w.ss, "Наставники").map((r) => r[CONTEST])).toEqual(before.mentors);
    expect(rowsOf(w.ss, "Наставляемые").map((r) => r[CONTEST])).toEqual(before.mentees);
    // The check reads the entries and says nothing of the old column (no drift, no missing column).
    const report = w.run(() => checkBase(w.ports()))!;
    expect(report.byCode.map((c) => c.code)).not.toContain("missingColumn");
    expect(report.problems.filter((p) => p.tab === "Конкурсы и достижения")).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(CONTEST);
  });

  test("once: a second run, and a tick added later, add nothing; nothing else changes", () => {
    oldBaseWithTicks(w);
    w.run(() => initBase(w.ports()));
    expect(w.run(() => w.ports().properties.get(CONTEST_CARRIED_KEY))).toBe("1");
    const snapshot = stableSnapshot(w.emu, w.ss);
    w.run(() => initBase(w.ports()));
    expect(snapshotDiff(stableSnapshot(w.emu, w.ss), snapshot)).toEqual([]);
    expect(lastAlert()).not.toContain("перенесены");
    typeRow(w.ss, "Наставники", { ФИО: "Новиков Олег", [CONTEST]: true });
    w.run(() => initBase(w.ports()));
    expect(entries()).toHaveLength(4);
  });

  test("without a year on «Настройки», the entries are dated 1 September of today's academic year", () => {
    oldBaseWithTicks(w);
    settingCell(w.ss, "program.year").setValue("");
    w.run(() => initBase(w.ports()));
    const dates = entries().map((r) => (r.Дата as Date).toISOString());
    // The world's clock is in the 2026/2027 academic year too; a year typed as 2025/2026 would move it.
    expect(new Set(dates)).toEqual(new Set(["2026-08-31T21:00:00.000Z"]));
  });

  test("a year typed on «Настройки» dates them", () => {
    oldBaseWithTicks(w);
    settingCell(w.ss, "program.year").setValue("2025/2026");
    w.run(() => initBase(w.ports()));
    expect(new Set(entries().map((r) => (r.Дата as Date).toISOString()))).toEqual(
      new Set(["2025-08-31T21:00:00.000Z"]),
    );
    expect(lastAlert()).toContain("01.09.2025");
  });

  test("a base as an earlier version left it (no register, no contests tab, no «ID в коллективе» or «Работает с группой», the old ticks): one update brings it all, nothing typed lost", () => {
    oldBaseWithTicks(w);
    // What the base looked like before: the two tabs and the two columns did not exist yet.
    for (const tab of ["Педагогический коллектив", "Конкурсы и достижения"])
      w.ss.deleteSheet(w.ss.getSheetByName(tab)!);
    for (const [tab, headers] of [
      ["Наставники", ["ID в коллективе", "Работает с группой"]],
      ["Наставляемые", ["ID в коллективе"]],
    ] as const) {
      const sheet = w.ss.getSheetByName(tab)!;
      for (const h of headers) {
        const row = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
        sheet.deleteColumn(row.indexOf(h) + 1);
      }
    }
    const typed = (tab: string) =>
      rowsOf(w.ss, tab).map((r) => [r.ID, r.ФИО, r["E-mail"] ?? "", r[CONTEST]].map((v) => String(v)));
    const before = { mentors: typed("Наставники"), mentees: typed("Наставляемые") };
    w.run(() => initBase(w.ports()));
    // The two tabs are made, the two columns added at the end, every typed value where it was.
    expect(w.ss.getSheetByName("Педагогический коллектив")).not.toBeNull();
    const mentorsHead = w.ss.getSheetByName("Наставники")!.getDataRange().getValues()[0]!;
    expect([...mentorsHead.slice(-2)].sort()).toEqual(["ID в коллективе", "Работает с группой"]);
    expect(typed("Наставники")).toEqual(before.mentors);
    // (The second mentee was typed after the last update: she gets her id now, the rest of her row as typed.)
    expect(typed("Наставляемые").slice(0, 1)).toEqual(before.mentees.slice(0, 1));
    expect(typed("Наставляемые")[1]!.slice(1)).toEqual(before.mentees[1]!.slice(1));
    // With no register yet, every tick is carried under the participant's own id.
    expect(entries().map((r) => r["ID участника"])).toEqual(["НС-0001", "НС-0002", "НЯ-0001", "НЯ-0002"]);
    expect(lastAlert()).toContain("записей 4, с датой 01.09.2026");
    // The check finds the upgraded base whole: no missing tab or column, nothing about the old column.
    const report = w.run(() => checkBase(w.ports()))!;
    expect(report.byCode.map((c) => c.code)).not.toContain("missingColumn");
    expect(report.byCode.map((c) => c.code)).not.toContain("missingTable");
  });
});
