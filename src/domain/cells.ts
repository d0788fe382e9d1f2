/** What a spreadsheet cell holds, as Apps Script returns it: empty cells are "". */
export type Cell = string | number | boolean | Date;

/** Dates come from another realm (Apps Script's bridge, or the emulator in tests): never use instanceof. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function isBlank(value: unknown): boolean {
  return (
    value === "" ||
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "")
  );
}

const DAY_MS = 86_400_000;

/**
 * A calendar date as the spreadsheet shows it. Sheets stores a date as midnight in the spreadsheet's time zone;
 * `offsetMinutes` is that zone's offset. Rounding to the nearest day absorbs a daylight-saving hour.
 */
export function dateCellToIso(date: Date, offsetMinutes: number): string {
  const day = new Date(Math.round((date.getTime() + offsetMinutes * 60_000) / DAY_MS) * DAY_MS);
  // A date no calendar can hold (an invalid Date) reads as nothing rather than throwing «Invalid time value»;
  // a year past 9999 reads as "+010000-…", which no check takes for a date.
  return Number.isFinite(day.getTime()) ? day.toISOString().slice(0, 10) : "";
}

/** ДД.ММ.ГГГГ of a date cell, whatever its year (a year past 9999 too); "" for an invalid Date. */
function dateCellToRu(date: Date, offsetMinutes: number): string {
  const day = new Date(Math.round((date.getTime() + offsetMinutes * 60_000) / DAY_MS) * DAY_MS);
  if (!Number.isFinite(day.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day.getUTCDate())}.${two(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;
}

/** The Date that Sheets would store for an ISO calendar date in a zone with that offset. */
export function isoToDateCell(iso: string, offsetMinutes: number): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - offsetMinutes * 60_000);
}

/** A yyyy-MM-dd string that is a real calendar date (not 2026-02-30). */
export function isIsoDate(text: string | undefined): text is string {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === text;
}

export function isoToRu(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** How a value reads in a message: the way a curator typed or sees it. */
export function cellText(value: Cell, offsetMinutes = 0): string {
  if (isDate(value)) return dateCellToRu(value, offsetMinutes);
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Text from outside (imports, form answers) that begins with = + - @ (or a tab or carriage return, which some
 * spreadsheet programs skip before such a sign) could be read as a formula. A leading apostrophe makes Sheets
 * keep it as plain text, and the apostrophe itself is not part of the value. A sign followed only by digits,
 * spaces and punctuation (a phone, a negative number) calls no function and reads no cell, so it is left as it is:
 * phones live in plain-text columns, where an apostrophe would be ambiguous.
 */
export function neutralizeFormula(value: Cell): Cell {
  if (typeof value !== "string") return value;
  if (/^[+-][\d\s().,/+-]*$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

export function normaliseEmail(text: string): string {
  return text.trim().toLowerCase();
}

/** Digits of a phone in one canonical form (Russian 8XXXXXXXXXX and 7XXXXXXXXXX are the same number). */
export function normalisePhone(text: string): string {
  let digits = text.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("8")) digits = `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith("9")) digits = `7${digits}`;
  return digits;
}

/** Items of a list typed in one cell: separated by semicolons, commas or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Column number to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
