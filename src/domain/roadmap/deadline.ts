import { fill, type L } from "../i18n";

/**
 * The deadline a curator types on «Дорожная карта», read into the concrete due dates of one academic year
 * (1 September of `startYear` – 31 August of the next). Tolerant: case, «ё», dashes, «до», «г.», a space after a
 * dot and either language's month names do not matter. What cannot be read is a problem, never a guess.
 */
export interface Deadline {
  /** date: one day; period: from … to; dates: several days (e.g. «декабрь, июнь»); yearRound: the whole year. */
  readonly kind: "date" | "period" | "dates" | "yearRound";
  /** The first day of a period or of the year, ISO. */
  readonly from?: string;
  /** The days it is due, ISO, in order; never empty. */
  readonly due: readonly string[];
}

export type DeadlineRead = { readonly ok: Deadline } | { readonly problem: L };

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^(янв|jan)/, 1],
  [/^(фев|feb)/, 2],
  [/^(мар|mar)/, 3],
  [/^(апр|apr)/, 4],
  [/^(ма[йяе]|may)/, 5],
  [/^(июн|jun)/, 6],
  [/^(июл|jul)/, 7],
  [/^(авг|aug)/, 8],
  [/^(сен|sep)/, 9],
  [/^(окт|oct)/, 10],
  [/^(ноя|nov)/, 11],
  [/^(дек|dec)/, 12],
];

const YEAR_ROUND =
  /в течени|постоянн|весь период|всего периода|учебн\w* год|уч\.? ?год|ежемесячн|по мере|throughout|all year|ongoing|during the year|monthly/;

/** Words that say nothing of when: a segment of only these is skipped («ежегодно, ноябрь»). */
const FILLER =
  /^(?:\s|ежегодно|каждый год|annually|every year|yearly|до|не позднее|by|no later than|с|from|\.)*$/;

/** A point of a deadline: a day, or a whole month (day undefined). */
interface Point {
  readonly day?: number;
  readonly month: number;
  readonly year?: number;
  /** Where it ends in the text, to see what stands between two points. */
  readonly end: number;
  readonly start: number;
}

function monthOf(word: string): number | undefined {
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

const POINT =
  /(\d{1,2})\.(\d{1,2})(?:\.\s?(\d{4}|\d{2})(?!\d))?|(\d{1,2})\s+([a-zа-я]+)(?:\s+(\d{4}))?|([a-zа-я]+)(?:\s+(\d{4}))?/g;

function pointsOf(segment: string): Point[] {
  const out: Point[] = [];
  for (const m of segment.matchAll(POINT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      out.push({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]), start, end });
    } else if (m[4] !== undefined) {
      const month = monthOf(m[5]!);
      if (month !== undefined) out.push({ day: Number(m[4]), month, year: fullYear(m[6]), start, end });
    } else {
      const month = monthOf(m[7]!);
      if (month !== undefined && m[7]!.length >= 3) out.push({ month, year: fullYear(m[8]), start, end });
    }
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year a month falls in within the academic year: September–December the first, January–August the second. */
function yearFor(p: Point, startYear: number): number {
  return p.year ?? (p.month >= 9 ? startYear : startYear + 1);
}

const firstOf = (p: Point, y: number) => iso(y, p.month, p.day ?? 1);
const lastOf = (p: Point, y: number) => iso(y, p.month, p.day ?? lastDay(y, p.month));

/** One segment (between commas): a date, a month, a range of either, or a few of them. */
function readSegment(segment: string, startYear: number): Deadline | "yearRound" | "filler" | null {
  const points = pointsOf(segment);
  if (points.length === 0) {
    if (YEAR_ROUND.test(segment)) return "yearRound";
    return FILLER.test(segment) ? "filler" : null;
  }
  if (
    points.length === 2 &&
    /^\s*(-|по|to|till|until)\s*$/.test(segment.slice(points[0]!.end, points[1]!.start))
  ) {
    const [a, b] = points as [Point, Point];
    const toYear = yearFor(b, startYear);
    let fromYear = a.year ?? (b.year !== undefined ? toYear : yearFor(a, startYear));
    const to = lastOf(b, toYear);
    let from = firstOf(a, fromYear);
    if (from && to && from > to && a.year === undefined) from = firstOf(a, --fromYear);
    if (!from || !to || from > to) return null;
    return { kind: "period", from, due: [to] };
  }
  const days: string[] = [];
  for (const p of points) {
    const y = yearFor(p, startYear);
    const day = lastOf(p, y);
    if (!day) return null;
    days.push(day);
  }
  if (points.length === 1 && points[0]!.day === undefined) {
    const p = points[0]!;
    return { kind: "period", from: firstOf(p, yearFor(p, startYear))!, due: days };
  }
  return { kind: days.length === 1 ? "date" : "dates", due: days };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const UNREADABLE: L = {
  ru: "Срок «{text}» не читается. Напишите дату (до 15.10.2025), месяц (октябрь), период (01.09–30.09, май – июнь), несколько месяцев через запятую (декабрь, июнь) или «в течение года».",
  en: "The deadline “{text}” cannot be read. Write a date (by 15.10.2025), a month (October), a period (01.09–30.09, May – June), months separated by commas (December, June) or “throughout the year”.",
};

/** Reads a deadline for the academic year that starts in September of `startYear`. */
export function parseDeadline(text: string, startYear: number): DeadlineRead {
  const clean = normalise(text);
  const unreadable = { problem: { ru: fill(UNREADABLE.ru, { text }), en: fill(UNREADABLE.en, { text }) } };
  if (clean === "") return unreadable;
  const days = new Set<string>();
  let from: string | undefined;
  let periods = 0;
  let yearRound = false;
  for (const segment of clean.split(/[,;\n]|\sи\s|\sand\s/)) {
    if (segment.trim() === "") continue;
    const read = readSegment(segment, startYear);
    if (read === null) return unreadable;
    if (read === "filler") continue;
    if (read === "yearRound") {
      yearRound = true;
      continue;
    }
    for (const d of read.due) days.add(d);
    if (read.kind === "period") {
      periods++;
      from = from === undefined || read.from! < from ? read.from : from;
    }
  }
  const due = [...days].sort();
  if (due.length === 0) {
    if (!yearRound) return unreadable;
    return { ok: { kind: "yearRound", from: `${startYear}-09-01`, due: [`${startYear + 1}-08-31`] } };
  }
  if (due.length === 1 && periods === 1) return { ok: { kind: "period", from: from!, due } };
  return { ok: { kind: due.length === 1 ? "date" : "dates", due } };
}
