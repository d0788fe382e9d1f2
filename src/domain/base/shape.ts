import { type Cell, columnLetter, isBlank } from "../cells";
import { enumIndex } from "../enums";
import type { Locale } from "../i18n";
import { PROBLEMS, type Problem, type ProblemCode } from "../problems";
import type { ColumnSpec, TableKey, TableSpec } from "../tables";
import { normHeader, type TableData } from "./table";

/**
 * Shape drift (docs/architecture.md, «Careless and hostile input → Shape drift»): a tab whose header row is gone
 * or moved, a column whose visible header names another of our columns, a column whose values are of another
 * kind, and rows that hold nothing a person typed. Pure: it reads what a tab read gave.
 */

/** What a tab read gives: row 1 as displayed text, the rows below, our columns' 0-based indices. */
export type ShapeInput = TableData;

/** A cell a person typed something into: an unticked checkbox (false), an empty string or formatting is not. */
export function isTyped(value: Cell | undefined): boolean {
  return value !== false && !isBlank(value);
}

const norm = normHeader;

const EMAIL_LIKE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;
/** Looks like a person's name: two or more words of letters, no @ and no digits. */
const NAME_LIKE = /^[\p{L}'’-]+(?: [\p{L}'’.-]+)+$/u;

/** Which of the spec's columns a header text names (either language), if any. */
function headerNames(spec: TableSpec): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of spec.columns) {
    for (const h of [c.header.ru, c.header.en]) if (!out.has(norm(h))) out.set(norm(h), c.key);
  }
  return out;
}

/** A value in row 1 that a header would not hold but a data row of this column would. */
function looksLikeValue(c: ColumnSpec, text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  switch (c.kind) {
    case "checkbox":
      return t === "true" || t === "false" || t === "TRUE" || t === "FALSE";
    case "id":
    case "ref":
      return /^\p{L}{1,3}-\d+$/u.test(t);
    case "email":
      return EMAIL_LIKE.test(t);
    case "int":
      return /^-?\d+$/.test(t);
    case "phone":
      return /^\+?[\d\s()-]{6,}$/.test(t);
    case "date":
      return /^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{2}-\d{2}|\d{4} \d{2}:\d{2}:\d{2}/.test(t);
    case "enum":
    case "enumList":
      return (
        c.enumDef !== undefined &&
        enumIndex(c.enumDef).labels("ru").concat(enumIndex(c.enumDef).labels("en")).includes(t)
      );
    default:
      return false;
  }
}

export type HeaderState =
  | { readonly state: "ok" }
  /** Row 1 holds a data row: the header row was deleted (or pasted over). */
  | { readonly state: "missing"; readonly column: number; readonly value: string }
  /** Row 1 names none of our columns; the row that does is `row` (a row inserted above, a sort that took it along). */
  | { readonly state: "moved"; readonly row: number };

/** How many rows below row 1 are searched for a header row that moved. */
const MOVED_SEARCH = 20;

/** Where the tab's header row is. A tab whose row 1 names at least one of our columns has it in place. */
export function headerState(spec: TableSpec, data: ShapeInput): HeaderState {
  const names = headerNames(spec);
  const ours = spec.columns
    .map((c) => ({ c, i: data.columns[c.key] }))
    .filter((x): x is { c: ColumnSpec; i: number } => x.i !== undefined);
  if (ours.length === 0) return { state: "ok" };
  if (ours.some(({ i }) => names.has(norm(data.headers[i])))) return { state: "ok" };
  const need = Math.min(2, ours.length);
  const rows = data.rows.slice(0, MOVED_SEARCH);
  for (let r = 0; r < rows.length; r++) {
    const hits = ours.filter(({ i }) => names.has(norm(rows[r]![i]))).length;
    if (hits >= need) return { state: "moved", row: data.firstRow + r };
  }
  const value = ours.find(({ c, i }) => looksLikeValue(c, String(data.headers[i] ?? "")));
  if (value) return { state: "missing", column: value.i + 1, value: String(data.headers[value.i]) };
  return { state: "ok" };
}

/**
 * Row 1 empty under every column of ours (the header texts cleared, or an update stopped between inserting the
 * header row and writing it). The rows below read as data all the same; the update writes the headers back.
 */
export function headerBlank(spec: TableSpec, data: ShapeInput): boolean {
  const ours = spec.columns.map((c) => data.columns[c.key]).filter((i): i is number => i !== undefined);
  return ours.length > 0 && ours.every((i) => String(data.headers[i] ?? "").trim() === "");
}

export interface Mismatch {
  /** The key the column's metadata holds. */
  readonly key: string;
  /** 1-based sheet column. */
  readonly column: number;
  /** The header as the curator sees it. */
  readonly shown: string;
  /** The other column of ours that header names. */
  readonly names: string;
}

/** Columns of ours whose visible header names another of our columns (and not its own). */
export function headerMismatches(spec: TableSpec, data: ShapeInput): Mismatch[] {
  const names = headerNames(spec);
  const out: Mismatch[] = [];
  for (const c of spec.columns) {
    const i = data.columns[c.key];
    if (i === undefined) continue;
    const shown = String(data.headers[i] ?? "");
    const own = [norm(c.header.ru), norm(c.header.en)];
    const named = names.get(norm(shown));
    if (named !== undefined && named !== c.key && !own.includes(norm(shown)))
      out.push({ key: c.key, column: i + 1, shown, names: named });
  }
  return out;
}

/**
 * The keys the visible headers give, when they settle every mismatch without doubt: each mismatched column's
 * header names a column of ours no other header of the tab names, and the columns named are exactly the keys the
 * mismatched columns held (a swap, or a rotation). Null otherwise: then nothing is re-keyed.
 */
export function rekeyPlan(spec: TableSpec, data: ShapeInput): { column: number; key: string }[] | null {
  const mismatches = headerMismatches(spec, data);
  if (mismatches.length === 0) return null;
  const names = headerNames(spec);
  const named = new Map<string, number>();
  for (const i of Object.values(data.columns)) {
    if (i === undefined) continue;
    const k = names.get(norm(data.headers[i]));
    if (k !== undefined) named.set(k, (named.get(k) ?? 0) + 1);
  }
  if (mismatches.some((m) => named.get(m.names) !== 1)) return null;
  const held = new Set(mismatches.map((m) => m.key));
  const wanted = new Set(mismatches.map((m) => m.names));
  if (held.size !== wanted.size || [...held].some((k) => !wanted.has(k))) return null;
  return mismatches.map((m) => ({ column: m.column, key: m.names }));
}

export interface WrongKind {
  readonly key: string;
  readonly column: number;
  /** What the values look like instead. */
  readonly looks: Looks;
  readonly count: number;
  readonly total: number;
}

/** Columns a name lives in: text columns whose key names a person (fullName, mentorName…). */
const isNameColumn = (c: ColumnSpec) => (c.kind === "text" || c.kind === "longText") && /name/i.test(c.key);

type Looks = "email" | "name" | "phone" | "date" | "number";

const PHONE_LIKE = /^\+?[\d\s()-]{7,}$/;
const DATE_LIKE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
const NUMBER_LIKE = /^-?\d+(?:[.,]\d+)?$/;

/** What a value in a name column looks like when it is not a name. */
function notAName(v: Cell): Looks | null {
  if (v instanceof Date) return "date";
  if (typeof v === "number") return "number";
  const t = String(v).trim();
  if (EMAIL_LIKE.test(t)) return "email";
  if (DATE_LIKE.test(t)) return "date";
  if (NUMBER_LIKE.test(t)) return "number";
  if (PHONE_LIKE.test(t) && t.replace(/\D/g, "").length >= 7) return "phone";
  return null;
}

/**
 * Columns whose values are mostly of another kind: e-mail addresses, phone numbers, dates or numbers in a name
 * column, names in an e-mail column (at least two values of that kind, and at least half of those typed). Columns
 * of dates, numbers, phones and lists are judged cell by cell by the check.
 */
export function wrongKinds(spec: TableSpec, data: ShapeInput): WrongKind[] {
  const out: WrongKind[] = [];
  for (const c of spec.columns) {
    const i = data.columns[c.key];
    if (i === undefined || !(c.kind === "email" || isNameColumn(c))) continue;
    const kinds = new Map<Looks, number>();
    let total = 0;
    for (const row of data.rows) {
      const v = row[i];
      if (!isTyped(v)) continue;
      total++;
      const looks = c.kind === "email" ? (NAME_LIKE.test(String(v).trim()) ? "name" : null) : notAName(v!);
      if (looks) kinds.set(looks, (kinds.get(looks) ?? 0) + 1);
    }
    const [looks, count] = [...kinds].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (looks && count >= 2 && count * 2 >= total)
      out.push({ key: c.key, column: i + 1, looks, count, total });
  }
  return out;
}

const KIND_WORDS = {
  email: { ru: "адреса электронной почты", en: "e-mail addresses" },
  name: { ru: "имена людей, а не адреса почты", en: "people's names, not e-mail addresses" },
  phone: { ru: "номера телефонов", en: "phone numbers" },
  date: { ru: "даты", en: "dates" },
  number: { ru: "числа", en: "numbers" },
} as const;

function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function problem(
  table: TableKey,
  row: number,
  column: string | undefined,
  code: ProblemCode,
  params: Record<string, string | number>,
  locale: Locale,
): Problem {
  const def = PROBLEMS[code];
  return { table, row, column, code, severity: def.severity, message: fill(def.message[locale], params) };
}

/** Every shape problem of a tab, as the check reports them (row 1, or the row the header moved to). */
export function shapeProblems(spec: TableSpec, data: ShapeInput, locale: Locale): Problem[] {
  const tab = data.sheetName;
  const header = headerState(spec, data);
  const keyAt = (column: number) => spec.columns.find((c) => data.columns[c.key] === column - 1)?.key;
  const title = (key: string) => spec.columns.find((c) => c.key === key)?.header[locale] ?? key;
  if (header.state === "missing")
    return [
      problem(
        spec.key,
        1,
        keyAt(header.column),
        "headerMissing",
        {
          tab,
          cell: `${columnLetter(header.column)}1`,
          value: header.value.slice(0, 60),
        },
        locale,
      ),
    ];
  if (header.state === "moved")
    return [problem(spec.key, 1, undefined, "headerMoved", { tab, row: header.row }, locale)];
  const out: Problem[] = [];
  for (const m of headerMismatches(spec, data))
    out.push(
      problem(
        spec.key,
        1,
        m.key,
        "headerMismatch",
        {
          tab,
          letter: columnLetter(m.column),
          shown: m.shown,
          expected: title(m.key),
        },
        locale,
      ),
    );
  // Output tabs hold what the add-on wrote; form answers hold whatever people answered.
  if (spec.output) return out;
  for (const w of wrongKinds(spec, data))
    out.push(
      problem(
        spec.key,
        1,
        w.key,
        "wrongKind",
        {
          tab,
          column: title(w.key),
          letter: columnLetter(w.column),
          count: w.count,
          total: w.total,
          kind: KIND_WORDS[w.looks][locale],
        },
        locale,
      ),
    );
  return out;
}
