import { type DocPorts, generateDocuments, readProgress } from "../../src/app/documents";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { runPendingTriggers } from "../support/cuts";
import { faultPoints, gasWorld, ok, rowsOf, snapshotDiff, stableText } from "../support/gas";
import { confirmedSchool } from "../support/school";

/**
 * «Сформировать документы» stopped at any call (issue 12): the register «Документы» is the record, and every run
 * makes the pairs' links and «Документы пары» agree with it; nothing made in Drive is left behind or made twice.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

const PAIRS_TAB = "Пары и группы";
const LINKS = ["Соглашение", "Программа пары", "Приказ (документ)"] as const;

/** A small school, every proposed pair confirmed in one confirmation; PDFs and sharing on when `full`. */
function school(opts: { mentors?: number; mentees?: number; full?: boolean; docsPerDay?: number } = {}) {
  const quotas = opts.docsPerDay ? { docsCreatedPerDay: opts.docsPerDay } : undefined;
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0), quotas });
  worlds.push(w);
  const full: Record<string, string> = opts.full ? { "docs.pdf": "да", "docs.share": "да" } : {};
  confirmedSchool(w, { mentors: opts.mentors ?? 4, mentees: opts.mentees ?? 6 }, full);
  const docPorts = (wrap?: (p: DocPorts) => DocPorts): DocPorts => {
    const p = w.ports();
    const d = { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
    return wrap ? wrap(d) : d;
  };
  const make = (wrap?: (p: DocPorts) => DocPorts) =>
    w.emu.execution.run(() => generateDocuments(docPorts(wrap), w.emu.clock.now()), { kind: "menu" });
  const pairs = () => rowsOf(w.ss, PAIRS_TAB).filter((r) => r["ID"] !== "");
  const register = () => rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  return { w, make, pairs, register, docPorts };
}

/** The cell of a pair's row (by its ID) under a header. */
function pairCell(w: World, id: string, header: string): GoogleAppsScript.Spreadsheet.Range {
  const sheet = w.ss.getSheetByName(PAIRS_TAB)!;
  const values = sheet.getDataRange().getValues();
  const headers = values[0]!.map(String);
  const row = values.findIndex((r) => r[0] === id);
  expect(row).toBeGreaterThan(0);
  return sheet.getRange(row + 1, headers.indexOf(header) + 1);
}

/**
 * What a run leaves, with Drive's ids (which a cut run, having made and trashed a copy, draws differently) put as
 * the file's place and name: the spreadsheet, the files not in the trash with their text and viewers, and the
 * pending triggers.
 */
function outcome(w: World): string {
  const files = w.emu.drive.files();
  const named = new Map(files.map((f) => [f.id, `${w.emu.drive.pathOf(f.id).join("/")}/${f.name}`]));
  const sheet = stableText(w.emu, w.ss).replace(
    /\/d\/([A-Za-z0-9_-]{10,})/g,
    (_, id: string) => `/d/<${named.get(id) ?? "?"}>`,
  );
  const drive = files
    .filter((f) => !f.trashed)
    .map((f) => ({
      file: named.get(f.id),
      mimeType: f.mimeType,
      viewers: [...f.viewers].sort(),
      text: f.mimeType === "application/vnd.google-apps.document" ? w.emu.docs.text(f.id) : "",
    }))
    .sort((a, b) => String(a.file).localeCompare(String(b.file)));
  const triggers = w.emu.triggers
    .list()
    .filter((t) => !t.fired)
    .map((t) => t.handlerFunction);
  return JSON.stringify({ sheet: JSON.parse(sheet), drive, triggers });
}

/** The sheets port with one write cut: `cut(table, writes)` says when to throw instead of writing. */
function cuttingWrites(cut: (tab: string) => boolean): (p: DocPorts) => DocPorts {
  return (p) => {
    const sheets = p.sheets;
    const cutting = Object.create(sheets) as typeof sheets;
    cutting.writeColumns = (table, writes) => {
      if (cut(table.sheetName)) throw new Error("Exceeded maximum execution time");
      sheets.writeColumns(table, writes);
    };
    return { ...p, sheets: cutting };
  };
}

describe("«Сформировать документы» stopped between its writes", () => {
  test("the issue: a stop after «Документы» is appended, before the links: the next run puts the links back", () => {
    // The clean run, for comparison (the services answer from the world made last: this one first).
    const clean = school();
    ok(clean.make());
    const expected = outcome(clean.w);
    const s = school();

    // Stopped at the first write into the pairs' tab after the register's rows were appended.
    let appended = false;
    const wrap = (p: DocPorts): DocPorts => {
      const cut = cuttingWrites((tab) => appended && tab === PAIRS_TAB)(p);
      const sheets = cut.sheets;
      const marking = Object.create(sheets) as typeof sheets;
      marking.appendRows = (table, rows) => {
        sheets.appendRows(table, rows);
        appended = true;
      };
      return { ...cut, sheets: marking };
    };
    expect(() => s.make(wrap)).toThrow("Exceeded maximum execution time");
    // The state of the issue: listed ready, no link in the pairs' rows.
    expect(s.register().length).toBeGreaterThan(0);
    expect(new Set(s.register().map((r) => r["Состояние"]))).toEqual(new Set(["готов"]));
    expect(s.pairs().every((p) => p["Соглашение"] === "")).toBe(true);

    const again = ok(s.make());
    expect(again).toMatchObject({ state: "done", failed: 0 });
    const links = new Map(s.register().map((r) => [`${r["Вид"]}|${r["Пара / утверждение"]}`, r["Документ"]]));
    for (const pair of s.pairs()) {
      expect(pair["Соглашение"]).toBe(links.get(`соглашение|${pair["ID"]}`));
      expect(pair["Программа пары"]).toBe(links.get(`программа|${pair["ID"]}`));
      expect(pair["Приказ (документ)"]).toBe(links.get(`приказ|${pair["Утверждение"]}`));
      expect(pair["Документы пары"]).toBe("готовы");
    }
    expect(outcome(s.w)).toBe(expected);
  });

  test("the day's quota runs out while a built-in template is made: tomorrow's trigger run makes the rest", () => {
    const s = school({ docsPerDay: 2 });
    const r = ok(s.make());
    expect(r).toMatchObject({ state: "quota", done: 0 });
    expect(r.message).toBe(
      "Дневной лимит Google на создание документов исчерпан: документы будут сделаны автоматически завтра.",
    );
    expect(s.w.emu.triggers.list().map((t) => t.handlerFunction)).toEqual(["continueDocuments"]);
    expect(runPendingTriggers(s.w, 10 * 86_400_000)).toEqual([]);
    const files = s.w.emu.drive.files().filter((f) => !f.trashed);
    expect(
      files
        .filter((f) => f.name.endsWith("— шаблон"))
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      "Индивидуальный план наставничества — шаблон",
      "Приказ о закреплении пар и групп — шаблон",
      "Соглашение между наставником и наставляемым — шаблон",
    ]);
    for (const p of s.pairs()) {
      for (const column of LINKS) expect(p[column]).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
      expect(p["Документы пары"]).toBe("готовы");
    }
    expect(new Set(s.register().map((r) => r["Состояние"]))).toEqual(new Set(["готов"]));
  });

  test("a base damaged by the old behaviour repairs itself on a run with nothing to make", () => {
    const s = school();
    ok(s.make());
    const before = s.pairs();
    const [first, second, third] = before;
    // Links lost by the old cut: an agreement, a programme, and the order of every pair.
    pairCell(s.w, String(first!["ID"]), "Соглашение").setValue("");
    pairCell(s.w, String(second!["ID"]), "Программа пары").setValue("");
    for (const p of before) pairCell(s.w, String(p["ID"]), "Приказ (документ)").setValue("");
    // The curator's own signed scan typed over one of ours: kept.
    const own = "https://drive.google.com/file/d/OwnSignedScan1234567/view";
    pairCell(s.w, String(third!["ID"]), "Соглашение").setValue(own);

    const r = ok(s.make());
    expect(r).toMatchObject({ state: "done", total: 0 });
    const after = s.pairs();
    for (const [i, p] of after.entries()) {
      for (const column of LINKS)
        expect(p[column]).toBe(i === 2 && column === "Соглашение" ? own : before[i]![column]);
      expect(p["Документы пары"]).toBe("готовы");
    }
  });

  test("a link the curator typed for a document the register does not have is never overwritten", () => {
    const s = school();
    const id = String(s.pairs()[0]!["ID"]);
    const own = "https://docs.google.com/document/d/TheSchoolsOwnProgramme99/edit";
    pairCell(s.w, id, "Программа пары").setValue(own);
    ok(s.make());
    ok(s.make());
    const pair = s.pairs().find((p) => p["ID"] === id)!;
    expect(pair["Программа пары"]).toBe(own);
    expect(pair["Документы пары"]).toBe("готовы");
    expect(s.register().some((r) => r["Вид"] === "программа" && r["Пара / утверждение"] === id)).toBe(false);
  });

  test("a remake stopped between the pair's link and the register: the new document is adopted, the old renamed once", () => {
    const s = school();
    ok(s.make());
    const sheet = s.w.ss.getSheetByName("Документы")!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const row = s.register().findIndex((r) => r["Вид"] === "соглашение") + 2;
    const oldLink = String(sheet.getRange(row, headers.indexOf("Документ") + 1).getValue());
    sheet.getRange(row, headers.indexOf("Пересоздать") + 1).setValue(true);
    const files = () => s.w.emu.drive.files().filter((f) => !f.trashed);
    const count = files().length;
    // The first write after the pair's links is the register's: cut there.
    let linked = false;
    const wrap = (p: DocPorts): DocPorts => {
      const sheets = p.sheets;
      const cutting = Object.create(sheets) as typeof sheets;
      cutting.writeColumns = (table, writes) => {
        if (linked && table.sheetName === "Документы") throw new Error("Exceeded maximum execution time");
        sheets.writeColumns(table, writes);
        if (table.sheetName === PAIRS_TAB) linked = true;
      };
      return { ...p, sheets: cutting };
    };
    expect(() => s.make(wrap)).toThrow("Exceeded maximum execution time");
    ok(s.make());
    const newLink = String(sheet.getRange(row, headers.indexOf("Документ") + 1).getValue());
    expect(newLink).not.toBe(oldLink);
    const subject = String(sheet.getRange(row, headers.indexOf("Пара / утверждение") + 1).getValue());
    expect(s.pairs().find((p) => p["ID"] === subject)!["Соглашение"]).toBe(newLink);
    expect(files()).toHaveLength(count + 1);
    const oldId = /\/d\/([^/]+)\//.exec(oldLink)![1]!;
    expect(s.w.emu.drive.files().find((f) => f.id === oldId)?.name).toMatch(/[^)] \(заменён 25\.11\.2026\)$/);
  });
});

/** Makes the n-th call of a Drive method take effect and then throw, as Google does when its reply is lost. */
function afterEffect(w: World, service: "Files" | "Permissions", method: string, n: number): void {
  const api = (w.emu.globals.Drive as unknown as Record<string, Record<string, unknown>>)[service]!;
  const original = api[method] as (...a: unknown[]) => unknown;
  let seen = 0;
  api[method] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    seen++;
    if (seen === n) throw new Error(`Drive ${method}: the reply was lost`);
    return result;
  };
}

/**
 * Every fault point with SOAK=1; otherwise `per` points of each method that changes something (the first, then
 * the last), so `npm test` stays quick. A read that fails (get…, as…) has no effect: it stops the action as a
 * failure of the next changing call does, which the sample cuts.
 */
function sampled(points: { method: string; n: number }[], per: 1 | 2): { method: string; n: number }[] {
  if (process.env.SOAK) return points;
  const by = new Map<string, { method: string; n: number }[]>();
  for (const p of points)
    if (!/\.(get|as|is)[A-Z]/.test(p.method)) by.set(p.method, [...(by.get(p.method) ?? []), p]);
  return [...by.values()].flatMap((list) =>
    per === 1 ? [list[0]!] : [...new Set([list[0]!, list.at(-1)!])],
  );
}

describe("«Сформировать документы» cut at every kind of call, then run again, ends as a clean run", () => {
  const cleanOutcome = () => {
    const clean = school({ mentors: 2, mentees: 3, full: true });
    clean.w.emu.calls.reset();
    ok(clean.make());
    return { expected: outcome(clean.w), calls: clean.w.emu.calls.byMethod() };
  };

  /** The re-run (and a second one when the first still had a document to retry) ends as the clean run. */
  function finish(s: ReturnType<typeof school>, expected: string, label: string): void {
    const r = s.make();
    if ("ok" in r && r.ok.failed > 0) s.make();
    expect(readProgress(s.docPorts())?.state).toBe("done");
    const got = outcome(s.w);
    if (got !== expected)
      expect({ label, diff: snapshotDiff(JSON.parse(got), JSON.parse(expected)) }).toEqual({
        label,
        diff: [],
      });
  }

  test("a failing call, before its effect, at every kind of call", () => {
    const { expected, calls } = cleanOutcome();
    const points = sampled(faultPoints(calls), 1);
    expect(points.length).toBeGreaterThan(20);
    for (const point of points) {
      const s = school({ mentors: 2, mentees: 3, full: true });
      s.w.emu.faults.failNth({ method: point.method, n: point.n, message: "Service failed" });
      try {
        s.make();
      } catch (err) {
        expect(String(err)).toContain("Service failed");
      }
      finish(s, expected, `${point.method}#${point.n}`);
      s.w.uninstall();
      worlds = worlds.filter((x) => x !== s.w);
    }
  });

  test("a Drive call that takes effect and loses its reply, at every kind of such call", () => {
    const { expected, calls } = cleanOutcome();
    const points = sampled(faultPoints(calls), 2).filter((p) =>
      /^(Files\.(copy|create|update)|Permissions\.create)$/.test(p.method),
    );
    expect(points.map((p) => p.method)).toEqual(
      expect.arrayContaining(["Files.copy", "Files.create", "Permissions.create"]),
    );
    for (const point of points) {
      const s = school({ mentors: 2, mentees: 3, full: true });
      const [service, method] = point.method.split(".") as ["Files" | "Permissions", string];
      afterEffect(s.w, service, method, point.n);
      try {
        s.make();
      } catch (err) {
        expect(String(err)).toContain("the reply was lost");
      }
      finish(s, expected, `${point.method}#${point.n} after its effect`);
      s.w.uninstall();
      worlds = worlds.filter((x) => x !== s.w);
    }
  });
});
