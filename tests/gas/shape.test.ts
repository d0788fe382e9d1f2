/**
 * Shape drift (issue 13, docs/architecture.md «Careless and hostile input → Shape drift»): a deleted header row,
 * headers swapped over their columns' keys, and whole columns of unticked checkboxes, on the emulator.
 */
import { checkBase } from "../../src/app/checkBase";
import { importPeople, previewImport } from "../../src/app/importPeople";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
import type { CheckReport } from "../../src/domain/report";
import { MENTORS } from "../../src/domain/tables";
import { ANNA, gasWorld, typeRow } from "../support/gas";
import { typedSchool } from "../support/school";

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

const mentors = () => w.ss.getSheetByName("Наставники")!;
const grid = () => mentors().getDataRange().getValues();
const check = () => w.run(() => checkBase(w.ports()))!;
const codes = (r: CheckReport) => r.byCode.map((x) => x.code);
const mentorRows = (r: CheckReport) => r.tabs.find((t) => t.table === "mentors")!.rows;
const column = (header: string) => MENTORS.columns.findIndex((c) => c.header.ru === header) + 1;
/** What the «Пары» sidebar's first action answers: the view, or the refusal's text. */
const pairsAnswer = () => w.run(() => reviewPairs(w.ports(), { type: "acceptAll" }));
const INTERNAL = /TypeError|Invalid time value|undefined|at \w+ \(/;

describe("the header row of «Наставники» deleted", () => {
  test("the check and an action say so, the update inserts it back above the data, and nothing typed moves", () => {
    typedSchool(w);
    check();
    const before = grid();
    mentors().deleteRow(1);
    const typed = grid();
    expect(typed[0]).toEqual(before[1]); // the first mentor now sits in row 1

    const report = check();
    expect(codes(report)).toContain("headerMissing");
    const problem = report.problems.find((x) => x.message.includes("строке 1"))!;
    expect(problem.tab).toBe("Наставники");
    expect(problem.message).toContain("Создать / обновить базу");
    expect(problem.message).toContain(String(before[1]![0])); // the value found in row 1: the first mentor's id

    const refused = pairsAnswer();
    expect(refused).toHaveProperty("error");
    const text = (refused as { error: string }).error;
    expect(text).toContain("«Наставники»");
    expect(text).toContain("Ничего не записано");
    expect(text).not.toMatch(INTERNAL);
    expect(grid()).toEqual(typed); // the refusal wrote nothing

    w.run(() => initBase(w.ports()));
    expect(w.emu.ui.alerts.at(-1)?.prompt ?? JSON.stringify(w.emu.ui.alerts.at(-1))).toContain(
      "возвращена строка заголовков",
    );
    const after = grid();
    expect(after[0]!.slice(0, MENTORS.columns.length)).toEqual(MENTORS.columns.map((c) => c.header.ru));
    expect(after.slice(1)).toEqual(typed); // every typed row, the first mentor's included, one row lower
    expect(mentors().getFrozenRows()).toBe(1);
    expect(mentors().getRange(1, 2).getNote()).toContain("Фамилия, имя, отчество");

    const again = check();
    expect(codes(again)).not.toContain("headerMissing");
    expect(mentorRows(again)).toBe(4);
    expect(pairsAnswer()).toHaveProperty("ok");
    // A second update finds the base in shape and changes nothing.
    const settled = grid();
    w.run(() => initBase(w.ports()));
    expect(grid()).toEqual(settled);
  });

  test("a header row moved down (a row inserted above it) is named with its row, and nothing is rewritten", () => {
    typedSchool(w);
    check();
    mentors().insertRowBefore(1);
    const typed = grid();
    const report = check();
    expect(codes(report)).toContain("headerMoved");
    expect(report.problems.find((x) => x.tab === "Наставники")!.message).toContain("строке 2");
    expect(pairsAnswer()).toHaveProperty("error");
    w.run(() => initBase(w.ports()));
    expect(JSON.stringify(w.emu.ui.alerts.at(-1))).toContain("строке 2");
    expect(grid()).toEqual(typed);
  });

  test("an empty header row (cleared, or an update stopped after inserting it) gets our headers back", () => {
    typedSchool(w);
    check();
    const width = MENTORS.columns.length;
    mentors().getRange(1, 1, 1, width).clearContent();
    const rows = grid().slice(1);
    expect(mentorRows(check())).toBe(4); // row 1 is not data: the mentors below are read all the same
    w.run(() => initBase(w.ports()));
    expect(grid()[0]!.slice(0, width)).toEqual(MENTORS.columns.map((c) => c.header.ru));
    expect(grid().slice(1)).toEqual(rows);
  });

  test("headers a curator renamed to words of their own are not taken for a missing header row", () => {
    typedSchool(w);
    const sheet = mentors();
    const width = MENTORS.columns.length;
    sheet.getRange(1, 1, 1, width).setValues([MENTORS.columns.map((_, i) => `Мой столбец ${i + 1}`)]);
    const report = check();
    expect(codes(report)).not.toContain("headerMissing");
    expect(codes(report)).not.toContain("headerMoved");
    expect(mentorRows(report)).toBe(4);
  });
});

describe("«ФИО» and «E-mail» swapped by cut and paste of their cells", () => {
  const swap = () => {
    const sheet = mentors();
    const rows = sheet.getLastRow();
    const name = sheet.getRange(1, column("ФИО"), rows, 1);
    const mail = sheet.getRange(1, column("E-mail"), rows, 1);
    const n = name.getValues();
    const m = mail.getValues();
    name.setValues(m);
    mail.setValues(n);
  };

  test("the check names both columns, actions refuse, and the update re-keys the columns by their headers", () => {
    typedSchool(w);
    check();
    swap();
    const typed = grid();
    const report = check();
    expect(codes(report)).toContain("headerMismatch");
    const b = report.problems.find((x) => x.message.includes("столбец B"))!;
    expect(b.message).toContain("«E-mail»");
    expect(b.message).toContain("«ФИО»");
    expect(b.tab).toBe("Наставники");
    const refused = pairsAnswer() as { error: string };
    expect(refused.error).toContain("столбец B");
    expect(refused.error).not.toMatch(INTERNAL);

    w.run(() => initBase(w.ports()));
    expect(JSON.stringify(w.emu.ui.alerts.at(-1))).toContain("сверены с заголовками");
    expect(grid()).toEqual(typed); // no value moved or rewritten: only the keys

    const again = check();
    expect(codes(again)).not.toContain("headerMismatch");
    expect(codes(again)).not.toContain("wrongKind");
    expect(codes(again)).not.toContain("badEmail");
    const view = pairsAnswer();
    expect(view).toHaveProperty("ok");
    // Names are names again: the view shows no e-mail address where a mentor's name goes.
    expect(JSON.stringify(view)).not.toMatch(/"(mentor|mentee)Name":"[^"]*@/);
  });

  test("e-mail addresses pasted into «ФИО» under its own header are reported as values of another kind", () => {
    typedSchool(w);
    const sheet = mentors();
    const rows = sheet.getLastRow() - 1;
    const mails = sheet.getRange(2, column("E-mail"), rows, 1).getValues();
    sheet.getRange(2, column("ФИО"), rows, 1).setValues(mails);
    const report = check();
    expect(codes(report)).toContain("wrongKind");
    const p = report.problems.find((x) => x.message.includes("похожи на адреса"))!;
    expect(p.message).toContain("«ФИО» (B)");
    expect(p.message).toContain(`${rows} из ${rows}`);
    expect((pairsAnswer() as { error: string }).error).toContain("«ФИО» (B)");
  });

  test("headers that do not settle it (one of ours named twice) are reported and left for the curator", () => {
    typedSchool(w);
    check();
    const sheet = mentors();
    sheet.getRange(1, column("E-mail")).setValue("ФИО");
    const typed = grid();
    w.run(() => initBase(w.ports()));
    const alert = JSON.stringify(w.emu.ui.alerts.at(-1));
    expect(alert).toContain("Не исправлено автоматически");
    expect(alert).not.toContain("сверены с заголовками");
    expect(grid()).toEqual(typed);
    expect(codes(check())).toContain("headerMismatch");
  });
});

describe("Insert → Checkbox on a whole column", () => {
  test("rows holding only unticked boxes get no id, are not checked and not counted", () => {
    w.run(() => initBase(w.ports()));
    typeRow(w.ss, "Наставники", ANNA);
    const sheet = mentors();
    sheet.getRange(2, column("Согласие на обработку ПДн"), sheet.getMaxRows() - 1, 1).insertCheckboxes();
    sheet.getRange(2, column("Несовершеннолетний"), sheet.getMaxRows() - 1, 1).insertCheckboxes();
    const report = check();
    expect(report.idsAssigned).toBe(1);
    expect(mentorRows(report)).toBe(1);
    expect(report.problems.filter((x) => x.table === "mentors" && x.row > 2)).toEqual([]);
    const ids = sheet
      .getRange(2, 1, sheet.getMaxRows() - 1, 1)
      .getValues()
      .flat()
      .filter((v) => v !== "");
    expect(ids).toHaveLength(1);
    // A ticked box alone is something a person did: that row counts.
    sheet.getRange(5, column("Согласие на обработку ПДн")).setValue(true);
    const ticked = check();
    expect(mentorRows(ticked)).toBe(2);
  });

  test("pairs confirmed into a tab with a whole column of boxes go right under the last pair, not 1,000 rows down", () => {
    typedSchool(w);
    const pairs = w.ss.getSheetByName("Пары и группы")!;
    // The curator's own column of boxes («Проверено») down the whole tab, right of ours.
    const own = pairs.getLastColumn() + 1;
    // Our columns fill the new tab's 26: the curator adds one first, as Sheets asks.
    if (pairs.getMaxColumns() < own) pairs.insertColumnAfter(pairs.getMaxColumns());
    pairs.getRange(1, own).setValue("Проверено");
    pairs.getRange(2, own, pairs.getMaxRows() - 1, 1).insertCheckboxes();
    check();
    expect(pairsAnswer()).toHaveProperty("ok");
    const confirmed = w.run(() => confirmPairs(w.ports(), "2026-12-01"));
    expect(confirmed).toHaveProperty("ok");
    const n = (confirmed as { ok: { confirmed: number } }).ok.confirmed;
    expect(n).toBeGreaterThan(0);
    const ids = pairs
      .getRange(2, 1, n + 1, 1)
      .getValues()
      .flat();
    expect(ids.slice(0, n).every((v) => /^П-\d{4}$/.test(String(v)))).toBe(true);
    expect(ids[n]).toBe("");
    expect(pairs.getMaxRows()).toBe(1000);
    // The boxes stay boxes under and beside the pairs.
    expect(pairs.getRange(2, own).getValue()).toBe(false);
  });

  test("people imported under a whole column of boxes go right under the last person, each with an id", () => {
    w.run(() => initBase(w.ports()));
    typeRow(w.ss, "Наставники", ANNA);
    const sheet = mentors();
    sheet.getRange(2, column("Согласие на обработку ПДн"), sheet.getMaxRows() - 1, 1).insertCheckboxes();
    const csv =
      "ФИО;E-mail\nИванов Пётр Ильич;ivanov@school7.ru\nСидорова Ольга Петровна;sidorova@school7.ru\n";
    const mapping = w.run(() => previewImport(w.ports(), "mentors", csv)).mapping;
    const r = w.run(() => importPeople(w.ports(), "mentors", csv, mapping));
    // Anna, typed without an id, gets hers too.
    expect(r).toMatchObject({ added: 2, firstRow: 3, lastRow: 4, idsAssigned: 3 });
    const rows = sheet.getRange(2, 1, 3, 2).getValues();
    expect(rows.map((x) => x[1])).toEqual([ANNA["ФИО"], "Иванов Пётр Ильич", "Сидорова Ольга Петровна"]);
    expect(rows.every((x) => /^НС-\d{4}$/.test(String(x[0])))).toBe(true);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getRange(5, 1).getValue()).toBe("");
  });
});
