import { shapeProblems } from "../domain/base/shape";
import type { Cell } from "../domain/cells";
import { fill, type Locale } from "../domain/i18n";
import { type CsvTable, guessMapping, ImportError, parseCsv, planImport } from "../domain/importCsv";
import { tableSpec } from "../domain/tables";
import type { Ports, TableRead } from "../ports";
import { assignIds } from "./ids";
import { driftMessage, filledLength } from "./tabs";

/** The tabs a file of people may go to: the programme's people and the staff register. */
export const IMPORT_TABLES = ["mentors", "mentees", "staff"] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface ImportPreview {
  readonly table: ImportTable;
  readonly tab: string;
  readonly headers: string[];
  /** Guessed: our column key for each file column, or null. */
  readonly mapping: (string | null)[];
  /** The columns a file column may fill: key and header as it stands in the sheet. */
  readonly columns: { key: string; header: string; required: boolean }[];
  readonly sample: string[][];
  readonly rowCount: number;
}

export interface ImportResult {
  readonly tab: string;
  readonly added: number;
  /** Sheet rows the new people landed in. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly skipped: { line: number; reason: string }[];
  /** Lines added with a value to look at (a formula written as text): line of the file and the column. */
  readonly notes: { line: number; reason: string }[];
  readonly idsAssigned: number;
}

const TEXT = {
  noBase: {
    ru: "На листе «{tab}» нет базы. Сначала выполните «Наставничество → Создать / обновить базу».",
    en: "There is no “{tab}” tab yet. First run “Mentoring → Create / update the base”.",
  },
  badTable: {
    ru: "Импорт возможен только на листы «Наставники», «Наставляемые» и «Педагогический коллектив».",
    en: "Import goes only to the Mentors, Mentees or Staff tab.",
  },
  badColumn: {
    ru: "Неизвестный столбец «{key}» в соответствиях.",
    en: "Unknown column “{key}” in the matches.",
  },
  busy: {
    ru: "Сейчас с базой работает другое действие. Повторите импорт через минуту.",
    en: "Another action is working with the base. Try the import again in a minute.",
  },
} as const;

function spec(table: string, locale: Locale) {
  if (!(IMPORT_TABLES as readonly string[]).includes(table)) throw new ImportError(TEXT.badTable[locale]);
  return tableSpec(table as ImportTable);
}

function target(p: Ports, table: ImportTable) {
  const found = p.sheets.findTables()[table];
  if (!found) throw new ImportError(fill(TEXT.noBase[p.locale], { tab: tableSpec(table).title[p.locale] }));
  return found;
}

/**
 * The tab read, or a refusal when its shape drifted (docs/architecture.md, «Shape drift»): appending under a
 * deleted header row or into swapped columns would put the file's people in the wrong cells.
 */
function readTarget(p: Ports, table: ImportTable, found: ReturnType<typeof target>): TableRead {
  const read = p.sheets.readTable(found);
  const drift = shapeProblems(tableSpec(table), read, p.locale);
  if (drift.length > 0) throw new ImportError(driftMessage(p.locale, drift));
  return read;
}

/** Reads the file and guesses which of its columns is which of ours. Writes nothing. */
export function previewImport(p: Ports, table: ImportTable, text: string): ImportPreview {
  const s = spec(table, p.locale);
  const csv = parseCsv(text, p.locale);
  const found = target(p, table);
  const read = readTarget(p, table, found);
  return {
    table,
    tab: found.sheetName,
    headers: csv.headers,
    mapping: guessMapping(s, csv.headers),
    columns: s.columns
      .filter((c) => c.kind !== "id" && found.columns[c.key] !== undefined)
      .map((c) => ({
        key: c.key,
        header: String(read.headers[found.columns[c.key]! - 1] ?? c.header[p.locale]),
        required: Boolean(c.required),
      })),
    sample: csv.rows.slice(0, 5),
    rowCount: csv.rows.length,
  };
}

/**
 * Appends the file's people to the tab (each new row gets an id), skipping people already there and repeats in
 * the file. One read and one write of the tab, under the document lock; what was typed in the tab is untouched.
 */
export function importPeople(
  p: Ports,
  table: ImportTable,
  text: string,
  mapping: (string | null)[],
): ImportResult {
  const s = spec(table, p.locale);
  const csv: CsvTable = parseCsv(text, p.locale);
  for (const key of mapping) {
    if (key !== null && (key === "id" || !s.columns.some((c) => c.key === key))) {
      throw new ImportError(fill(TEXT.badColumn[p.locale], { key }));
    }
  }
  const run = p.lock.withDocumentLock((): ImportResult => {
    const found = target(p, table);
    const read = readTarget(p, table, found);
    const col = (key: string) => read.columns[key];
    const existing = read.rows
      .map((r, i) => ({ r, row: read.firstRow + i }))
      .filter(({ r }) => col("fullName") !== undefined && String(r[col("fullName")!] ?? "").trim() !== "")
      .map(({ r, row }) => ({
        row,
        fullName: String(r[col("fullName")!]),
        email: col("email") === undefined ? "" : String(r[col("email")!] ?? ""),
        phone: col("phone") === undefined ? "" : String(r[col("phone")!] ?? ""),
        position: col("position") === undefined ? "" : String(r[col("position")!] ?? ""),
      }));
    const usable = mapping.map((k) => (k !== null && col(k) !== undefined ? k : null));
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    const plan = planImport(s, csv, usable, existing, p.locale, today);
    const width = Math.max(read.headers.length, found.lastColumn);
    const rows: Cell[][] = plan.rows.map((values) => {
      const row: Cell[] = new Array<Cell>(width).fill("");
      for (const [key, v] of Object.entries(values)) row[col(key)!] = v;
      return row;
    });
    const lastFilled = filledLength(read);
    p.sheets.appendRows(found, rows);
    const after: TableRead = { ...read, rows: [...read.rows.slice(0, lastFilled), ...rows] };
    const { assigned } = assignIds(p, { [table]: found }, { [table]: after });
    return {
      tab: found.sheetName,
      added: rows.length,
      firstRow: read.firstRow + lastFilled,
      lastRow: read.firstRow + lastFilled + rows.length - 1,
      skipped: plan.skipped,
      notes: plan.notes,
      idsAssigned: assigned,
    };
  });
  if (run.busy) throw new ImportError(TEXT.busy[p.locale]);
  return run.value;
}
