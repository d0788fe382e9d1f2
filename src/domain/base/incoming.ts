/**
 * Values that come from outside the sheet (an imported CSV file, a form's answer) judged by the base's own limits
 * before they are written: a value the check would reject as out of limits (a date in 9999, a 50,000-character
 * name) or that is not text at all (control characters, the replacement mark of a wrong encoding) is named with
 * what to do; a value that would read as a formula is kept as text and named. Pure: imports only leaves of the
 * domain.
 */
import { isIsoDate, isoToRu } from "../cells";
import { fill, type L, type Locale } from "../i18n";
import { dateRange, MAX_TEXT, maxLength } from "./limits";

export const INCOMING_TEXT = {
  tooLong: {
    ru: "в столбце «{column}» {length} знаков, а допустимо не больше {max}",
    en: "the “{column}” column holds {length} characters; at most {max} are allowed",
  },
  dateOutOfRange: {
    ru: "в столбце «{column}» дата {value} вне разумных пределов (допустимо с {from} по {to}): вероятно, опечатка в годе",
    en: "the “{column}” column holds the date {value}, out of range (allowed: {from} to {to}): probably a slip in the year",
  },
  garbage: {
    ru: "в столбце «{column}» непечатаемые символы: вероятно, текст в другой кодировке или повреждён",
    en: "the “{column}” column holds unprintable characters: probably another encoding, or damaged text",
  },
  formula: {
    ru: "в столбце «{column}» значение начинается как формула; оно записано как текст, без вычисления. Проверьте его на листе",
    en: "the “{column}” column holds a value that starts like a formula; it was written as text, not calculated. Check it on the tab",
  },
} as const satisfies Record<string, L>;

/** Control characters other than tab and line breaks, lone surrogates, and U+FFFD (a byte the decoder could not read). */
const GARBAGE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/** What Sheets would read as a formula (src/domain/cells.ts neutralizeFormula writes such a value as text). */
const FORMULA_START = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-][\d\s().,/+-]*$/;

/** Reads `dd.mm.yyyy` or `yyyy-mm-dd` with any year (the range is judged after). */
function isoOf(text: string): string | undefined {
  const t = text.trim();
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4,})$/.exec(t);
  if (ru) return `${ru[3]}-${ru[2]!.padStart(2, "0")}-${ru[1]!.padStart(2, "0")}`;
  const iso = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(t);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

export interface IncomingVerdict {
  /** skip: the row is not written; note: written (as text) and named. */
  readonly action: "skip" | "note";
  readonly reason: string;
}

/**
 * Judges one incoming text value of a column of that kind. `column` is the name shown to the curator (the file's
 * header). Undefined when the value may be written as it is (the check may still mark ordinary mistakes).
 */
export function judgeIncoming(
  kind: string,
  raw: string,
  column: string,
  opts: { locale: Locale; today?: string; earliest?: string },
): IncomingVerdict | undefined {
  const t = INCOMING_TEXT;
  const max = maxLength(kind) ?? MAX_TEXT;
  if (raw.length > max)
    return { action: "skip", reason: fill(t.tooLong[opts.locale], { column, length: raw.length, max }) };
  if (GARBAGE.test(raw)) return { action: "skip", reason: fill(t.garbage[opts.locale], { column }) };
  if (kind === "date") {
    const iso = isoOf(raw);
    const range = dateRange(opts.today, opts.earliest);
    // A real calendar day out of the range, or a year of five digits: both are slips. 31.02 is left to the check.
    const out =
      iso !== undefined && (iso.indexOf("-") > 4 || (isIsoDate(iso) && (iso < range.from || iso > range.to)));
    if (out)
      return {
        action: "skip",
        reason: fill(t.dateOutOfRange[opts.locale], {
          column,
          value: raw.trim(),
          from: isoToRu(range.from),
          to: isoToRu(range.to),
        }),
      };
  }
  if (FORMULA_START.test(raw) && !SIGNED_NUMBER.test(raw))
    return { action: "note", reason: fill(t.formula[opts.locale], { column }) };
  return undefined;
}
