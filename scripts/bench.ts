/**
 * `npm run bench`: «Создать / обновить базу» and «Проверить базу» on the built add-on in the emulator, at 100,
 * 1,000 and 5,000 rows on each of the people tabs. Prints, per action: the real time here, the time Apps Script
 * would take by the emulator's cost model (virtual), the Spreadsheet calls and the heap it used; for
 * «Создать / обновить базу», its figures against those before its calls were batched and against the target. The reference,
 * measured in the same run on the same data, is the naive way: reading the same tabs cell by cell. Then the
 * matching of mentees to mentors against a plain O(n³) Hungarian on the same random instances (benchMatch.ts),
 * the calls per document of «Сформировать документы» (benchDocs.ts), and the year's actions at 200 pairs with 2,000
 * meetings against a small school in the same run (benchYear.ts).
 * Figures only; nothing here passes or fails.
 */
import { join } from "node:path";
import { MENTEES, MENTORS, TABLES, type TableSpec } from "../src/domain/tables";
import { createEmulator } from "../tests/emulator";
import { loadBundle } from "../tests/emulator/vmHost";
import { benchDocuments } from "./benchDocs";
import { benchMatching } from "./benchMatch";
import { benchYear } from "./benchYear";
import { buildAll } from "./build";
import { type SampleRow, sampleSchool } from "./sampleSchool";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Emu = ReturnType<typeof createEmulator>;

interface Figure {
  realMs: number;
  virtualS: number;
  calls: number;
  /** Every service's calls: Sheets, Properties, Lock, Session. */
  allCalls: number;
  heapMb: number;
}

/**
 * «Создать / обновить базу» before its Sheets calls were batched (this bench on commit d3555eb, the same data),
 * and the targets (TARGETS below).
 */
const BEFORE = {
  create: { calls: 1387, allCalls: 1433, virtualS: { 100: 56.8, 1000: 56.8, 5000: 56.8 } },
  update: { calls: 735, allCalls: 754, virtualS: { 100: 30.5, 1000: 30.9, 5000: 34.0 } },
} as const;
/** Phase 1 of issue 10's batching (commit 304776d, the same data): every tab made by the create. */
const PHASE1 = {
  create: { calls: 675, virtualS: "28.6" },
  update: { calls: 434, virtualS: "18–22" },
} as const;
/**
 * Issue 10's target was ≤ 300 calls and ≤ 15 s for both, with 95 columns. Issue 14's two tabs added 26 columns (a
 * metadata call each that nothing batches; issue 15 two more): the create's target is ≤ 372 calls and ≤ 16.5 s (docs/architecture.md,
 * «Figures»); the update's stays.
 */
const TARGETS = { create: { calls: 372, virtualS: 16.5 }, update: { calls: 300, virtualS: 15 } } as const;

function againstTarget(
  action: "create" | "update",
  n: 100 | 1000 | 5000,
  f: Figure,
  create?: Figure,
): string {
  const before = BEFORE[action];
  const TARGET = TARGETS[action];
  const callsOk = f.calls <= TARGET.calls && (!create || f.calls <= create.calls);
  const timeOk = f.virtualS <= TARGET.virtualS && (!create || f.virtualS <= create.virtualS);
  return (
    `  ${action}: ${f.calls} Sheets calls (${f.allCalls} with Properties), ${f.virtualS.toFixed(1)} s; ` +
    `before batching ${before.calls} (${before.allCalls}), ${before.virtualS[n].toFixed(1)} s; ` +
    `phase 1 ${PHASE1[action].calls}, ${PHASE1[action].virtualS} s; ` +
    `target ≤ ${TARGET.calls} calls ${callsOk ? "met" : "NOT met"}, ≤ ${TARGET.virtualS} s ${timeOk ? "met" : "NOT met"}` +
    (create ? ", and no more than create" : "")
  );
}

function measure(emu: Emu, fn: () => void): Figure {
  emu.calls.reset();
  const heap = process.memoryUsage().heapUsed;
  const v0 = emu.clock.now();
  const t0 = performance.now();
  fn();
  return {
    realMs: performance.now() - t0,
    virtualS: (emu.clock.now() - v0) / 1000,
    calls: emu.calls.total("SpreadsheetApp"),
    allCalls: emu.calls.total(),
    heapMb: Math.max(0, process.memoryUsage().heapUsed - heap) / 1e6,
  };
}

function paste(ss: Spreadsheet, spec: TableSpec, rows: readonly SampleRow[]): void {
  const sheet = ss.getSheetByName(spec.title.ru)!;
  const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
  const need = values.length + 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
}

/** The reference: the same two tabs read one cell at a time, as a script written without batching would. */
function naiveRead(ss: Spreadsheet): void {
  for (const name of [MENTORS.title.ru, MENTEES.title.ru]) {
    const sheet = ss.getSheetByName(name)!;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) sheet.getRange(r, c).getValue();
  }
}

const row = (label: string, f: Figure) =>
  `${label.padEnd(34)} ${f.realMs.toFixed(0).padStart(8)} ${f.virtualS.toFixed(1).padStart(10)} ${String(f.calls).padStart(8)} ${f.heapMb.toFixed(1).padStart(8)}`;

async function main(): Promise<void> {
  const files = await buildAll();
  for (const f of files) console.log(`${f.file}: ${(f.bytes / 1024).toFixed(1)} KB`);
  const dist = join(__dirname, "..", "dist");
  console.log(
    `\n${"".padEnd(34)} ${"real ms".padStart(8)} ${"virtual s".padStart(10)} ${"calls".padStart(8)} ${"heap MB".padStart(8)}`,
  );
  for (const n of [100, 1000, 5000] as const) {
    const school = sampleSchool(2026, { mentors: n, mentees: n, mistakes: true });
    // A day-long limit: the figures show what the actions would cost, the reference included.
    const emu = createEmulator({
      user: { email: "curator@sosh7.example", locale: "ru" },
      executionLimitMs: 86_400_000,
    });
    const host = loadBundle(dist, emu);
    const ss = emu.activeSpreadsheet as unknown as Spreadsheet;
    host.call("onOpen", { authMode: "FULL" });
    console.log(`\n${n} mentors + ${n} mentees`);
    const create = measure(emu, () => host.clickMenu("Наставничество", "Создать / обновить базу"));
    console.log(row("create (empty spreadsheet)", create));
    // The tabs the actions make when they first write, made by those actions on the empty base, so that the
    // update below runs on a base with every tab.
    for (const fn of [
      "reviewPairs",
      "makeDocuments",
      "collectSurveyAnswers",
      "computeIndicators",
      "takeKpiSnapshot",
    ])
      host.call(fn, ...(fn === "reviewPairs" ? [null] : []));
    const tabs = ss.getSheets().length - 1;
    if (tabs !== TABLES.length)
      console.log(`  (only ${tabs} of ${TABLES.length} tabs: the update below lacks some)`);
    paste(ss, MENTORS, school.mentors);
    paste(ss, MENTEES, school.mentees);
    const grown = measure(emu, () => host.clickMenu("Наставничество", "Создать / обновить базу"));
    console.log(row("update (people pasted, ids given)", grown));
    const update = measure(emu, () => host.clickMenu("Наставничество", "Создать / обновить базу"));
    console.log(row("update (filled base, every tab)", update));
    console.log(againstTarget("create", n, create));
    console.log(againstTarget("update", n, update, create));
    const first = measure(emu, () => host.call("recheckBase"));
    console.log(row("check (ids given, marks written)", first));
    const again = measure(emu, () => host.call("recheckBase"));
    console.log(row("check again (nothing changed)", again));
    const reference = measure(emu, () => emu.execution.run(() => naiveRead(ss)));
    console.log(row("reference: read cell by cell", reference));
    const limit = `; the reference needs ${(reference.virtualS / 360).toFixed(1)}× the 6-minute execution limit`;
    console.log(
      `  check again / reference: ${(again.virtualS / reference.virtualS).toFixed(4)} of the virtual time, ` +
        `${(again.calls / reference.calls).toFixed(4)} of the calls${limit}`,
    );
  }
}

main()
  .then(() => {
    console.log("\nMatching (mentees × mentors), ours against a plain dense Hungarian on the same instance:");
    return benchMatching();
  })
  .then(async () => {
    console.log("\nDocuments («Сформировать документы»), ours against building each document from scratch:");
    const dist = join(__dirname, "..", "dist");
    await benchDocuments(dist);
    await benchDocuments(dist, true);
  })
  .then(() => {
    console.log(
      "\nThe programme year: «Ход работы пар», «План работы», «Аналитическая справка» at 200+ pairs:",
    );
    benchYear(join(__dirname, "..", "dist"));
  })
  .catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
