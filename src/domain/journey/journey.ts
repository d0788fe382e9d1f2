/**
 * Each pair's journey (issue 15 §2): from the pairs and the journal «Встречи», a pair's current stage, its number of
 * meetings, its last meeting, and its health. Pure; imports only leaves of the domain (enums, i18n), so it joins no
 * import cycle. The rules are exact and documented in docs/architecture.md «Each pair's journey».
 */
import { type PairStatus, STAGES, type Stage } from "../enums";

/** The order of the stages, as the seeds give them: a later stage is further on. */
export const STAGE_ORDER: readonly Stage[] = Object.keys(STAGES.values) as Stage[];

/** Weeks without a meeting after which an active pair needs attention, when «Настройки» says nothing. */
export const DEFAULT_QUIET_WEEKS = 3;

/** A pair as the journey needs it (dates yyyy-MM-dd). */
export interface JourneyPair {
  readonly id: string;
  readonly status: PairStatus;
  readonly startDate?: string;
  readonly endDate?: string;
}

/** A row of «Встречи» that the check could read (date yyyy-MM-dd). */
export interface JourneyMeeting {
  /** The sheet row, to name a duplicate. */
  readonly row: number;
  readonly pairId: string;
  readonly date: string;
  readonly stage?: Stage;
}

export type Health = "on_track" | "attention" | "too_early" | "not_judged";

/** Why a pair needs attention (or why it is not judged): a code and the values its words need. */
export type Reason =
  | { readonly code: "quiet"; readonly weeks: number; readonly since: string; readonly met: boolean }
  | { readonly code: "overdue"; readonly end: string }
  | { readonly code: "noPlanning"; readonly due: string }
  | { readonly code: "notStarted"; readonly start: string }
  | { readonly code: "noStart" }
  | { readonly code: "closed"; readonly status: PairStatus };

export interface Journey {
  readonly pairId: string;
  /** The stage of the last meeting that names one (see `currentStage`), or none. */
  readonly stage?: Stage;
  /** Meetings held (dated today or before), each pair, date and stage counted once. */
  readonly count: number;
  readonly last?: string;
  readonly health: Health;
  readonly reasons: readonly Reason[];
}

export interface JourneyOptions {
  /** Today, yyyy-MM-dd, in the spreadsheet's zone. */
  readonly today: string;
  readonly quietWeeks: number;
}

/** The key that makes two rows one meeting: the same pair, date and stage (a blank stage is a value too). */
export const meetingKey = (m: Pick<JourneyMeeting, "pairId" | "date" | "stage">): string =>
  `${m.pairId}\u0000${m.date}\u0000${m.stage ?? ""}`;

/**
 * The meetings that count: dated today or before (a date ahead is a plan, not a meeting held), each pair, date
 * and stage once (the first row of a repeated one), grouped by pair.
 */
export function heldMeetings(
  meetings: readonly JourneyMeeting[],
  today: string,
): Map<string, JourneyMeeting[]> {
  const seen = new Set<string>();
  const byPair = new Map<string, JourneyMeeting[]>();
  for (const m of meetings) {
    if (m.date > today) continue;
    const key = meetingKey(m);
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byPair.get(m.pairId) ?? [];
    list.push(m);
    byPair.set(m.pairId, list);
  }
  return byPair;
}

const rank = (s: Stage | undefined) => (s === undefined ? -1 : STAGE_ORDER.indexOf(s));

/**
 * The current stage: the stage of the latest dated meeting that names a stage; two such on the same day, the
 * further one. Meetings may go out of order (a trial meeting after planning): the latest wins, not the furthest.
 */
export function currentStage(meetings: readonly JourneyMeeting[]): Stage | undefined {
  let best: JourneyMeeting | undefined;
  for (const m of meetings) {
    if (m.stage === undefined) continue;
    if (!best || m.date > best.date || (m.date === best.date && rank(m.stage) > rank(best.stage))) best = m;
  }
  return best?.stage;
}

/** yyyy-MM-dd plus whole days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day a month later; the month's last day when it has no such day (31 January → 28/29 February). */
export function addMonth(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const lastDay = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Whole days from `from` to `to` (both yyyy-MM-dd). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A planning meeting was held, or a later stage was reached (pairs that skip the word still planned). */
const planned = (meetings: readonly JourneyMeeting[]) =>
  meetings.some((m) => rank(m.stage) >= STAGE_ORDER.indexOf("planning"));

/**
 * One pair's journey. Only an active pair is judged («приостановлена», «завершена», «расторгнута»: not judged).
 * For an active pair with start S (its «Дата начала», else its first meeting) and today T:
 * - needs attention when T − (its last meeting, else S) is at least the quiet weeks × 7 days; when its
 *   «Дата окончания» is before T; when T is on or after S plus one month and no planning meeting (or a later stage)
 *   was held;
 * - otherwise too early to tell while T is before S plus one month (or before S), on track after.
 * No start and no meeting: too early to tell, with the reason «no start date».
 */
export function journeyOf(
  pair: JourneyPair,
  meetings: readonly JourneyMeeting[],
  opts: JourneyOptions,
): Journey {
  const last = meetings.reduce<string | undefined>(
    (a, m) => (a === undefined || m.date > a ? m.date : a),
    undefined,
  );
  const base = { pairId: pair.id, stage: currentStage(meetings), count: meetings.length, last };
  if (pair.status !== "active")
    return { ...base, health: "not_judged", reasons: [{ code: "closed", status: pair.status }] };
  const first = meetings.reduce<string | undefined>(
    (a, m) => (a === undefined || m.date < a ? m.date : a),
    undefined,
  );
  const start = pair.startDate ?? first;
  if (start === undefined) return { ...base, health: "too_early", reasons: [{ code: "noStart" }] };
  if (opts.today < start) return { ...base, health: "too_early", reasons: [{ code: "notStarted", start }] };
  const reasons: Reason[] = [];
  const since = last ?? start;
  const quietDays = daysBetween(since, opts.today);
  if (quietDays >= opts.quietWeeks * 7)
    reasons.push({ code: "quiet", weeks: Math.floor(quietDays / 7), since, met: last !== undefined });
  if (pair.endDate !== undefined && pair.endDate < opts.today)
    reasons.push({ code: "overdue", end: pair.endDate });
  const due = addMonth(start);
  if (opts.today >= due && !planned(meetings)) reasons.push({ code: "noPlanning", due });
  if (reasons.length > 0) return { ...base, health: "attention", reasons };
  return { ...base, health: opts.today < due ? "too_early" : "on_track", reasons: [] };
}

/** Every pair's journey, in the pairs' order. */
export function journeys(
  pairs: readonly JourneyPair[],
  meetings: readonly JourneyMeeting[],
  opts: JourneyOptions,
): Journey[] {
  const held = heldMeetings(meetings, opts.today);
  return pairs.map((p) => journeyOf(p, held.get(p.id) ?? [], opts));
}
