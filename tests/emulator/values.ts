/**
 * Cell values: what a write stores (Sheets' string parsing), what getDisplayValues shows, colours.
 */
import { gasError, isDate } from "./core";
import { isValidDay, MONTHS, zonedFields, zonedToUtc } from "./tz";

export type CellValue = string | number | boolean | Date;

/** Shown by getValues()/getDisplayValues() for a formula cell: the emulator evaluates nothing. */
export const FORMULA_PLACEHOLDER = "#FORMULA!";

/** getNumberFormat() of a cell nobody formatted ("Automatic"), as Google returns it. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

export type CellInput =
  | { kind: "empty" }
  | { kind: "value"; value: CellValue }
  | { kind: "formula"; formula: string };

const NUMBER_RE = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const DMY_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDate(text: string, timeZone: string): Date | undefined {
  let y: number;
  let mo: number;
  let d: number;
  let time: Array<string | undefined>;
  const dmy = DMY_RE.exec(text);
  const ymd = dmy ? null : YMD_RE.exec(text);
  if (dmy) {
    [d, mo, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    time = dmy.slice(4);
  } else if (ymd) {
    [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    time = ymd.slice(4);
  } else {
    return undefined;
  }
  if (!isValidDay(y, mo, d)) return undefined;
  const [h, mi, s] = time.map((t) => (t === undefined ? 0 : Number(t)));
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return undefined;
  return new Date(zonedToUtc(timeZone, y, mo, d, h, mi, s));
}

/** What Sheets stores when a script writes the string `text` into a cell without plain-text format. */
export function parseString(text: string, timeZone: string): CellInput {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  if (NUMBER_RE.test(trimmed)) return { kind: "value", value: Number(trimmed.replace(",", ".")) };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toLowerCase() === "true" };
  const date = parseDate(trimmed, timeZone);
  if (date) return { kind: "value", value: date };
  return { kind: "value", value: text };
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "an array";
  return `a value of type ${typeof value}`;
}

/**
 * Validates one value written by setValue(s)/appendRow and says what the cell will hold. Strict: undefined,
 * objects, arrays, functions, NaN, Infinity and invalid Dates throw (Sheets would store garbage).
 */
export function toCellInput(
  value: unknown,
  numberFormat: string | undefined,
  timeZone: string,
  where: string,
): CellInput {
  if (value === null) return { kind: "empty" };
  if (typeof value === "string") {
    if (numberFormat === "@") return value === "" ? { kind: "empty" } : { kind: "value", value };
    return parseString(value, timeZone);
  }
  if (typeof value === "number") {
    if (Number.isFinite(value)) return { kind: "value", value };
  } else if (typeof value === "boolean") {
    return { kind: "value", value };
  } else if (isDate(value)) {
    const t = value.getTime();
    if (!Number.isNaN(t)) return { kind: "value", value: new Date(t) };
    throw gasError(`Invalid value for cell ${where}: an invalid Date.`);
  }
  throw gasError(
    `Invalid value for cell ${where}: ${describe(value)}. A cell holds a string, number, boolean or Date ` +
      `(use "" or null for an empty cell).`,
  );
}

// ---------------------------------------------------------------------------------------------- display

interface LocaleSeparators {
  decimal: string;
  group: string;
  dayFirst: boolean;
}

const separators = new Map<string, LocaleSeparators>();

function localeSeparators(locale: string): LocaleSeparators {
  const cached = separators.get(locale);
  if (cached) return cached;
  let result: LocaleSeparators = { decimal: ".", group: ",", dayFirst: false };
  try {
    const tag = locale.replace("_", "-");
    const parts = new Intl.NumberFormat(tag).formatToParts(12345.5);
    result = {
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      dayFirst: !/^en[-_]US$/i.test(locale) && !/^en$/i.test(locale),
    };
  } catch {
    // unknown locale: en_US conventions
  }
  separators.set(locale, result);
  return result;
}

function generalNumber(n: number, sep: LocaleSeparators): string {
  let s = String(Number(n.toPrecision(15)));
  if (s.includes("e")) {
    const [mantissa, exponent] = s.split("e");
    const exp = Number(exponent);
    s = `${mantissa}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return s.replace(".", sep.decimal);
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
}

const NUMBER_PATTERN_RE = /^([^0#?]*?)([#0,]*0|#)(?:\.([0#]*))?([^0#]*)$/;

function patternNumber(n: number, pattern: string, sep: LocaleSeparators): string | undefined {
  const section = pattern.split(";")[0] ?? "";
  const m = NUMBER_PATTERN_RE.exec(section);
  if (!m) return undefined;
  const prefix = unquote(m[1] ?? "");
  const intPattern = m[2] ?? "0";
  const decPattern = m[3] ?? "";
  const suffix = unquote(m[4] ?? "");
  const value = suffix.includes("%") ? n * 100 : n;
  const minDec = (decPattern.match(/0/g) ?? []).length;
  const maxDec = decPattern.length;
  let [intDigits, decDigits = ""] = Math.abs(value).toFixed(maxDec).split(".") as [string, string?];
  while (decDigits.length > minDec && decDigits.endsWith("0")) decDigits = decDigits.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (intPattern.includes(",")) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const negative = value < 0 && /[1-9]/.test(intDigits + decDigits);
  const body = decDigits === "" ? intDigits : `${intDigits}${sep.decimal}${decDigits}`;
  return `${negative ? "-" : ""}${prefix}${body}${suffix}`;
}

export function formatNumber(n: number, numberFormat: string | undefined, locale: string): string {
  const sep = localeSeparators(locale);
  const fmt = numberFormat ?? "";
  if (fmt === "" || fmt === DEFAULT_NUMBER_FORMAT || /^general$/i.test(fmt) || fmt === "@") {
    return generalNumber(n, sep);
  }
  return patternNumber(n, fmt, sep) ?? generalNumber(n, sep);
}

const SHEETS_DATE_TOKEN_RE = /(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|\\.)/gi;

/** True for Sheets date/time number formats such as "dd.mm.yyyy" or "hh:mm". */
export function isDateFormat(fmt: string): boolean {
  const stripped = fmt.replace(/"[^"]*"|\\./g, "");
  return /[dyhs]/i.test(stripped) && !/[0#]/.test(stripped);
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Renders a Date with a Sheets date format ("dd.mm.yyyy hh:mm"; m is minutes next to h or s). */
export function formatSheetsDate(date: Date, fmt: string, timeZone: string): string {
  const f = zonedFields(date.getTime(), timeZone);
  const tokens = fmt.split(SHEETS_DATE_TOKEN_RE).filter((t) => t !== "");
  const isToken = (t: string | undefined): boolean => t !== undefined && /^(y+|m+|d+|h+|s+|am\/pm)$/i.test(t);
  const kinds = tokens.map((t) => (isToken(t) ? t.toLowerCase().charAt(0) : ""));
  const twelveHour = tokens.some((t) => /^am\/pm$/i.test(t));
  const p2 = (n: number): string => String(n).padStart(2, "0");
  return tokens
    .map((token, i) => {
      if (!isToken(token)) return token.startsWith('"') ? token.slice(1, -1) : token.replace(/^\\/, "");
      const t = token.toLowerCase();
      const prev = kinds
        .slice(0, i)
        .filter((k) => k !== "")
        .pop();
      const next = kinds.slice(i + 1).find((k) => k !== "");
      switch (t.charAt(0)) {
        case "y":
          return t.length <= 2 ? p2(f.year % 100) : String(f.year);
        case "m": {
          if ((t.length <= 2 && prev === "h") || (t.length <= 2 && next === "s")) {
            return t.length === 2 ? p2(f.minute) : String(f.minute);
          }
          if (t.length >= 4) return MONTHS[f.month - 1] ?? "";
          if (t.length === 3) return SHORT_MONTHS[f.month - 1] ?? "";
          return t.length === 2 ? p2(f.month) : String(f.month);
        }
        case "d":
          if (t.length >= 4) return LONG_DAYS[f.weekday] ?? "";
          if (t.length === 3) return SHORT_DAYS[f.weekday] ?? "";
          return t.length === 2 ? p2(f.day) : String(f.day);
        case "h": {
          const hour = twelveHour ? f.hour % 12 || 12 : f.hour;
          return t.length === 2 ? p2(hour) : String(hour);
        }
        case "s":
          return t.length === 2 ? p2(f.second) : String(f.second);
        default:
          return f.hour < 12 ? "AM" : "PM";
      }
    })
    .join("");
}

export function formatDateDefault(date: Date, locale: string, timeZone: string): string {
  const f = zonedFields(date.getTime(), timeZone);
  const midnight = f.hour === 0 && f.minute === 0 && f.second === 0;
  const p2 = (n: number): string => String(n).padStart(2, "0");
  const day = localeSeparators(locale).dayFirst
    ? `${p2(f.day)}.${p2(f.month)}.${f.year}`
    : `${f.month}/${f.day}/${f.year}`;
  return midnight ? day : `${day} ${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}`;
}

export interface DisplayContext {
  locale: string;
  timeZone: string;
}

export function displayValue(
  value: CellValue | undefined,
  formula: string | undefined,
  numberFormat: string | undefined,
  ctx: DisplayContext,
): string {
  if (formula !== undefined) return FORMULA_PLACEHOLDER;
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return formatNumber(value, numberFormat, ctx.locale);
  if (numberFormat !== undefined && isDateFormat(numberFormat)) {
    return formatSheetsDate(value, numberFormat, ctx.timeZone);
  }
  return formatDateDefault(value, ctx.locale, ctx.timeZone);
}

// ---------------------------------------------------------------------------------------------- colours

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  cyan: "#00ffff",
  aqua: "#00ffff",
  magenta: "#ff00ff",
  fuchsia: "#ff00ff",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  maroon: "#800000",
  olive: "#808000",
  navy: "#000080",
  purple: "#800080",
  teal: "#008080",
  orange: "#ffa500",
  pink: "#ffc0cb",
};

/** Google returns colours as lower-case "#rrggbb" whatever CSS form was set. */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}
