/**
 * What a school's base may sensibly hold: the range of its dates and the length of its texts. A value outside
 * these is a typing slip (9999 for 2025, a paste of a whole document into a name) that would make a later action
 * fail or produce nonsense (a document «действует до 30.09.10000», a mail Google refuses), so «Проверить базу»
 * marks it and the actions skip the row and say where it is. Pure: imports nothing but a leaf of the domain.
 */
import { isIsoDate } from "../cells";

/** The earliest date a school's mentoring records need: the target model dates from 2019; 2000 leaves room. */
export const EARLIEST_DATE = "2000-01-01";
/** How far ahead a planned date may go: a pair or a programme planned more than ten years ahead is a slip. */
export const YEARS_AHEAD = 10;
/** Without a known today (a pure caller that gives none), the latest date accepted. */
const LATEST_WITHOUT_TODAY = "2100-12-31";

/**
 * The longest text a cell of a name, position or short text column may hold. A name, a subject or a position is a
 * line; 1,000 characters is far beyond any real one and well within a Google Doc's line or a form's title.
 */
export const MAX_TEXT = 1_000;
/**
 * The longest text of a long-text column (requests, goals, results, remarks). A cell holds up to 50,000
 * characters; a mail body or a document paragraph of that size is not what a curator means, and MailApp refuses
 * bodies over its limit. 10,000 characters is several pages.
 */
export const MAX_LONG_TEXT = 10_000;

/**
 * The earliest date of a column that records a person's working life (hired, experience as of): a teacher with
 * forty years of service was hired in the 1980s. 1950 leaves room for any working teacher.
 */
export const EARLIEST_CAREER_DATE = "1950-01-01";

/**
 * The inclusive range of dates a base accepts, given today (yyyy-MM-dd) when known; `earliest` for a column whose
 * dates go further back than the programme's records (ColumnSpec.earliest).
 */
export function dateRange(today?: string, earliest: string = EARLIEST_DATE): { from: string; to: string } {
  if (!isIsoDate(today)) return { from: earliest, to: LATEST_WITHOUT_TODAY };
  const year = Number(today.slice(0, 4)) + YEARS_AHEAD;
  return { from: earliest, to: `${year}-12-31` };
}

/** Whether an ISO date lies in the base's range. */
export function dateInRange(iso: string, today?: string, earliest?: string): boolean {
  const { from, to } = dateRange(today, earliest);
  return isIsoDate(iso) && iso >= from && iso <= to;
}

/** The longest text a column of that kind may hold; undefined for kinds that are not free text. */
export function maxLength(kind: string): number | undefined {
  if (kind === "longText" || kind === "textList") return MAX_LONG_TEXT;
  if (kind === "text") return MAX_TEXT;
  return undefined;
}
