/**
 * What the fuzzer found after part B (issue 13, docs/architecture.md «Careless and hostile input → Fuzzing»): an
 * action refusing a drifted tab still made its own tab first, and the CSV import did not judge the tab's shape at
 * all, appending the file's people under a deleted header row or into swapped columns.
 */
import { checkBase } from "../../src/app/checkBase";
import { importPeople, previewImport } from "../../src/app/importPeople";
import { proposePairs } from "../../src/app/pairs";
import { MENTORS } from "../../src/domain/tables";
import { gasWorld } from "../support/gas";
import { typedSchool } from "../support/school";

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

const mentors = () => w.ss.getSheetByName("Наставники")!;
const grid = () => mentors().getDataRange().getValues();
const tabs = () => w.ss.getSheets().map((s) => s.getName());
const column = (header: string) => MENTORS.columns.findIndex((c) => c.header.ru === header) + 1;
const CSV = "ФИО;E-mail\nСоколова Анна Петровна;sokolova@school7.ru\n";
const INTERNAL = /TypeError|Invalid time value|undefined|at \w+ \(/;

const deleteHeader = () => mentors().deleteRow(1);
const swapNameAndMail = () => {
  const sheet = mentors();
  const rows = sheet.getLastRow();
  const name = sheet.getRange(1, column("ФИО"), rows, 1);
  const mail = sheet.getRange(1, column("E-mail"), rows, 1);
  const n = name.getValues();
  const m = mail.getValues();
  name.setValues(m);
  mail.setValues(n);
};

describe.each([
  ["the header row deleted", deleteHeader, "строку заголовков, похоже, удалили"],
  ["«ФИО» and «E-mail» swapped", swapNameAndMail, "но надстройка знает его как"],
])("«Наставники» with %s", (_, drift, words) => {
  beforeEach(() => {
    typedSchool(w);
    w.run(() => checkBase(w.ports()));
    drift();
  });

  test("«Подобрать пары» refuses without making «Предложенные пары»", () => {
    expect(tabs()).not.toContain("Предложенные пары");
    const typed = grid();
    w.run(() => proposePairs(w.ports()));
    const alert = w.emu.ui.alerts.at(-1)!;
    expect(alert.prompt).toContain("«Наставники»");
    expect(alert.prompt).toContain(words);
    expect(alert.prompt).toContain("Ничего не записано");
    expect(tabs()).not.toContain("Предложенные пары");
    expect(grid()).toEqual(typed);
  });

  test("the import's preview and the import refuse with the check's words and append nothing", () => {
    const typed = grid();
    const refusal = (fn: () => unknown): string => {
      try {
        w.run(fn);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("the call did not refuse");
    };
    for (const text of [
      refusal(() => previewImport(w.ports(), "mentors", CSV)),
      refusal(() => importPeople(w.ports(), "mentors", CSV, ["fullName", "email"])),
    ]) {
      expect(text).toContain("«Наставники»");
      expect(text).toContain(words);
      expect(text).toContain("Ничего не записано");
      expect(text).not.toMatch(INTERNAL);
    }
    expect(grid()).toEqual(typed);
  });
});

test("a base in shape still imports: the shape is judged, not the import refused", () => {
  typedSchool(w);
  const rows = mentors().getLastRow();
  const r = w.run(() => importPeople(w.ports(), "mentors", CSV, ["fullName", "email"]))!;
  expect(r.added).toBe(1);
  expect(mentors().getLastRow()).toBe(rows + 1);
});
