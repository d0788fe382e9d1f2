/**
 * `npm run bench`, documents: «Сформировать документы» on the built add-on in the emulator for schools with about
 * 20 and 60 confirmed pairs (an agreement and a programme per pair, an order per confirmation). Prints, per
 * document: the Drive and Docs round trips (Drive.Files.copy, open, save; reopen, getAs and Drive.Files.create
 * for a PDF when asked; target ≤ 6), all Drive API and DocumentApp calls (the edits on an open document included) and the virtual time by the emulator's cost model.
 * The reference, on the same emulator, builds each document from scratch (DocumentApp.create, then a call per
 * paragraph and table), the way a script without templates would. Figures only; nothing passes or fails.
 */
import { join } from "node:path";
import { renderBlocks, TEMPLATES } from "../src/domain/documents";
import { MENTEES, MENTORS, type TableSpec } from "../src/domain/tables";
import { GasDocuments } from "../src/gas/documents";
import { GasProperties } from "../src/gas/services";
import { createEmulator } from "../tests/emulator";
import { loadBundle } from "../tests/emulator/vmHost";
import { type SampleRow, sampleSchool } from "./sampleSchool";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Emu = ReturnType<typeof createEmulator>;

const ROUND_TRIPS = [
  "Files.copy",
  "Files.create",
  "DocumentApp.openById",
  "DocumentApp.create",
  "Document.saveAndClose",
  "Document.getAs",
];

function paste(ss: Spreadsheet, spec: TableSpec, rows: readonly SampleRow[]): void {
  const sheet = ss.getSheetByName(spec.title.ru)!;
  const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
  if (sheet.getMaxRows() < values.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), values.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
}

function setting(ss: Spreadsheet, key: string, value: unknown): void {
  const sheet = ss.getSheetByName("Настройки")!;
  const codes = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  sheet.getRange(codes.indexOf(key) + 1, 3).setValue(value);
}

interface Figures {
  docs: number;
  roundTrips: number;
  calls: number;
  virtualS: number;
}

function figures(emu: Emu, docs: number, v0: number): Figures {
  const by = emu.calls.byMethod();
  return {
    docs,
    roundTrips: ROUND_TRIPS.reduce((n, m) => n + (by[m] ?? 0), 0) / docs,
    calls: (emu.calls.total("Drive") + emu.calls.total("DriveApp") + emu.calls.total("DocumentApp")) / docs,
    virtualS: (emu.clock.now() - v0) / 1000 / docs,
  };
}

const row = (label: string, f: Figures) =>
  `${label.padEnd(40)} ${String(f.docs).padStart(5)} ${f.roundTrips.toFixed(1).padStart(12)} ${f.calls.toFixed(1).padStart(10)} ${f.virtualS.toFixed(2).padStart(10)}`;

export async function benchDocuments(dist: string, pdf = false): Promise<void> {
  console.log(
    `\n${"".padEnd(40)} ${"docs".padStart(5)} ${"round trips".padStart(12)} ${"all calls".padStart(10)} ${"virtual s".padStart(10)}   (per document)`,
  );
  for (const mentees of [30, 90]) {
    const school = sampleSchool(2026, { mentors: Math.round(mentees * 0.7), mentees });
    const emu = createEmulator({
      user: { email: "curator@sosh7.example", locale: "ru" },
      executionLimitMs: 86_400_000,
      quotas: { docsCreatedPerDay: 100_000 },
    });
    const host = loadBundle(dist, emu);
    const ss = emu.activeSpreadsheet as unknown as Spreadsheet;
    host.call("onOpen", { authMode: "FULL" });
    host.clickMenu("Наставничество", "Создать / обновить базу");
    for (const [k, v] of Object.entries(school.settings)) setting(ss, k, v);
    if (pdf) setting(ss, "docs.pdf", "да");
    paste(ss, MENTORS, school.mentors);
    paste(ss, MENTEES, school.mentees);
    host.call("recheckBase");
    host.callAs("sidebar", "reviewPairs", { type: "acceptAll" });
    host.callAs("sidebar", "confirmPairs", "2026-12-01");
    // The built-in templates are made once per school: made first, so the figures are those of documents.
    emu.calls.reset();
    let v0 = emu.clock.now();
    const made = host.callAs("sidebar", "makeDocuments") as { done: number; state: string };
    if (made.state !== "done") throw new Error(`the batch did not finish: ${made.state}`);
    const ours = figures(emu, made.done, v0);

    // The reference: the same number of documents built from scratch.
    let reference: Figures;
    const uninstall = emu.install(globalThis);
    try {
      const docs = new GasDocuments(new GasProperties());
      const blocks = renderBlocks(TEMPLATES.agreement.blocks.ru, { values: {}, lists: {} });
      const folder = emu.execution.run(() => docs.folder(["Эталон"]));
      emu.calls.reset();
      v0 = emu.clock.now();
      emu.execution.run(() => {
        for (let i = 0; i < made.done; i++) docs.createTemplate(folder, `Документ ${i + 1}`, blocks);
      });
      reference = figures(emu, made.done, v0);
    } finally {
      // install() put the emulator's console in place too: restore Node's before printing.
      uninstall();
    }
    console.log(row(`ours, ${mentees} mentees${pdf ? ", with PDF" : ""}`, ours));
    console.log(row("reference: built from scratch", reference));
    console.log(
      `  ours / reference: ${(ours.calls / reference.calls).toFixed(2)} of the calls, ${(ours.virtualS / reference.virtualS).toFixed(2)} of the virtual time`,
    );
  }
}

if (require.main === module) {
  benchDocuments(join(__dirname, "..", "dist"))
    .then(() => benchDocuments(join(__dirname, "..", "dist"), true))
    .catch((err) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    });
}
