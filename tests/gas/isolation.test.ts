import { type DocPorts, generateDocuments } from "../../src/app/documents";
import { confirmPairs } from "../../src/app/pairs";
import { sendSurveys } from "../../src/app/surveys";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { gasWorld, ok, rowsOf } from "../support/gas";
import { acceptEveryPair, confirmedSchool, typedSchool } from "../support/school";
import { school as surveySchool } from "./surveyWorld";

/**
 * Isolation (issue 13): one item whose data cannot be used is skipped and reported with its tab, row and column;
 * every other item is processed. Internal error texts never reach the curator.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

const INTERNAL = /Invalid time value|TypeError|RangeError|undefined|NaN|at \w+ \(/;

function world(): World {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0) });
  worlds.push(w);
  return w;
}

function docs(w: World) {
  const docPorts = (): DocPorts => {
    const p = w.ports();
    return { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
  };
  return w.emu.execution.run(() => generateDocuments(docPorts(), w.emu.clock.now()), { kind: "menu" });
}

const pairRows = (w: World) => rowsOf(w.ss, "Пары и группы").filter((r) => r["ID"] !== "");

/** Types a value into one cell of «Пары и группы», by the pair's row (1-based among the pairs) and header. */
function typeInPair(w: World, index: number, header: string, value: unknown): number {
  const sheet = w.ss.getSheetByName("Пары и группы")!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const row = index + 2;
  sheet.getRange(row, headers.indexOf(header) + 1).setValue(value);
  return row;
}

describe("«Сформировать документы» with one pair's start date in the year 9999", () => {
  test.each([
    ["a date", new Date(Date.UTC(9999, 11, 31))],
    ["text", "31.12.9999"],
  ])("typed on «Пары и группы» (%s): that pair is skipped and named, the others get theirs", (_, value) => {
    const w = world();
    confirmedSchool(w);
    const pairs = pairRows(w);
    expect(pairs.length).toBeGreaterThan(1);
    const row = typeInPair(w, 0, "Дата начала", value);
    const bad = String(pairs[0]!["ID"]);
    const typed = pairRows(w)[0]!["Дата начала"];
    const batch = String(pairs[0]!["Утверждение"]);
    const progress = ok(docs(w));
    const others = pairs.length - 1;
    // Every other pair's agreement and programme; the order of the confirmation waits for the bad pair.
    expect(progress).toMatchObject({ state: "done", failed: 0, done: 2 * others });
    const texts = [progress.message, ...progress.problems.map((x) => x.message)].join("\n");
    expect(texts).not.toMatch(INTERNAL);
    const about = progress.problems.filter((x) => x.subject === bad);
    expect(about).toHaveLength(1);
    expect(about[0]!.message).toContain("лист «Пары и группы», строка " + row + ", столбец «Дата начала»");
    expect(about[0]!.message).toContain("31.12.9999");
    expect(about[0]!.message).toMatch(/Исправьте/);
    const order = progress.problems.filter((x) => x.subject === batch);
    expect(order).toHaveLength(1);
    expect(order[0]!.message).toContain(bad);
    const after = pairRows(w);
    for (const pair of after.slice(1)) {
      expect(String(pair["Соглашение"])).toMatch(/^https:\/\/docs\.google\.com/);
      expect(String(pair["Программа пары"])).toMatch(/^https:\/\/docs\.google\.com/);
      expect(pair["Документы пары"]).toBe("приказ: не хватает данных");
    }
    expect(after[0]!["Соглашение"]).toBe("");
    // What the curator typed is kept.
    expect(after[0]!["Дата начала"]).toEqual(typed);

    // Corrected, the next run makes the bad pair's documents and the order with every pair.
    typeInPair(w, 0, "Дата начала", new Date(Date.UTC(2026, 11, 1) - 3 * 3_600_000));
    const again = ok(docs(w));
    expect(again).toMatchObject({ state: "done", failed: 0, done: 3, problems: [] });
    for (const pair of pairRows(w)) expect(pair["Документы пары"]).toBe("готовы");
  });

  test("given to «Утвердить пары» from the sidebar: refused with the range to use, nothing confirmed", () => {
    const w = world();
    typedSchool(w);
    acceptEveryPair(w);
    for (const date of ["9999-12-31", "1900-01-01"]) {
      const out = w.run(() => confirmPairs(w.ports(), date));
      expect("error" in out ? out.error : "").toMatch(/с 01\.01\.2000 по 31\.12\.2036/);
    }
    expect(pairRows(w)).toHaveLength(0);
    expect("ok" in w.run(() => confirmPairs(w.ports(), "2036-12-31"))).toBe(true);
  });
});

describe("«Разослать анкеты» with one mentee's cell absurd", () => {
  test("a 50,000-character name: that mentee is not mailed and the reason names the row; the others are", () => {
    const s = surveySchool({ mentees: 6 });
    worlds.push(s.w);
    const pairs = pairRows(s.w);
    const menteeId = String(pairs[0]!["ID наставляемого"]);
    const sheet = s.w.ss.getSheetByName("Наставляемые")!;
    const ids = sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .map((r) => String(r[0]));
    const row = ids.indexOf(menteeId) + 1;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    sheet.getRange(row, headers.indexOf("ФИО") + 1).setValue("Я".repeat(50_000));
    const result = ok(s.run((p) => sendSurveys(p, "satisfaction_mentee", { type: "all" }, "send")));
    const people = new Set(pairs.map((x) => String(x["ID наставляемого"])));
    expect(result.sent).toBe(people.size - 1);
    const skipped = result.skipped.find((x) => x.personId === menteeId);
    expect(skipped?.why).toContain(`в строке ${row} листа «Наставляемые»`);
    expect(skipped?.why).toContain("50000");
    expect(`${result.message} ${skipped?.why}`).not.toMatch(INTERNAL);
    expect(s.w.emu.mail.sent().length).toBe(people.size - 1);
  });
});
