/**
 * The undated checkbox «Участие в конкурсах» of older bases, carried once into «Конкурсы и достижения»: a dated
 * entry per ticked person, dated 1 September of the academic year, with a remark saying where it came from.
 * Pure: imports only leaves of the domain. docs/architecture.md, «The staff register and contests», says why a
 * stop at any call neither loses nor doubles an entry.
 */
import { type Cell, cellText, isoToDateCell } from "../cells";
import type { Locale } from "../i18n";
import type { TableData } from "./table";

/** Set (document property) once every tick is on the contests tab; from then on the old column is not read. */
export const CONTEST_CARRIED_KEY = "mentor-base.contestCarried";

/** The event a carried entry gets; the curator corrects it to the real contest. */
export const CARRIED_EVENT = {
  ru: "Участие в конкурсах профессионального мастерства (перенесено из отметки)",
  en: "Took part in professional skills contests (carried over from the checkbox)",
} as const;

/**
 * The remark of a carried entry: it names the participant row the tick was on. The tag (what precedes the id)
 * is how a run that follows a stopped one finds the entries that run already wrote.
 */
const TAG = {
  ru: "Перенесено из отметки «Участие в конкурсах»",
  en: "Carried over from the checkbox “Took part in contests”",
} as const;
const remarkOf = (locale: Locale, participantId: string) =>
  `${TAG[locale]} (${participantId}). ${
    locale === "ru"
      ? "Дата условная — начало учебного года: исправьте дату и название конкурса."
      : "The date stands for the start of the academic year: correct the date and the contest's name."
  }`;

const ticked = (v: Cell | undefined) =>
  v === true ||
  ["true", "да", "yes", "1", "истина"].includes(
    String(v ?? "")
      .trim()
      .toLowerCase(),
  );
const text = (v: Cell | undefined) => cellText(v ?? "").trim();

/** 1 September of the academic year «2026/2027» (ISO), or null for anything else. */
export function yearStartOf(academicYear: string): string | null {
  const m = /^(\d{4})\s*[/\-–—]\s*(\d{4})$/.exec(academicYear.trim());
  return m && Number(m[2]) === Number(m[1]) + 1 ? `${m[1]}-09-01` : null;
}

export interface CarryPlan {
  /** New rows of «Конкурсы и достижения», cells by column key. */
  readonly rows: Record<string, Cell>[];
  /** Entries a stopped run already wrote (found by their remark): carried, but the curator was not told. */
  readonly found: number;
  /** Ticked rows left for now because the participant has no id yet (given on this run; carried on the next). */
  readonly waiting: number;
}

/**
 * The entries to write: one per person whose box is ticked on «Наставники» or «Наставляемые» (the person is the
 * participant's «ID в коллективе» when set, else the participant's own id; one entry however many rows name them),
 * less those already on the contests tab with our remark.
 */
export function planContestCarry(
  people: readonly TableData[],
  achievements: TableData,
  yearStart: string,
  locale: Locale,
  offsetMinutes: number,
): CarryPlan {
  const remarks = achievements.columns.remarks;
  const personCol = achievements.columns.personId;
  const done = new Set<string>();
  let found = 0;
  for (const r of achievements.rows) {
    const remark = remarks === undefined ? "" : text(r[remarks]);
    const tag = [TAG.ru, TAG.en].find((t) => remark.startsWith(t));
    if (!tag) continue;
    const participant = /\(([^)]+)\)/.exec(remark.slice(tag.length))?.[1]?.trim();
    if (participant) done.add(participant);
    if (personCol !== undefined && text(r[personCol])) done.add(`person:${text(r[personCol])}`);
    found++;
  }
  const rows: Record<string, Cell>[] = [];
  let waiting = 0;
  for (const data of people) {
    const c = data.columns;
    if (c.contest === undefined) continue;
    for (const r of data.rows) {
      if (!ticked(r[c.contest])) continue;
      const own = c.id === undefined ? "" : text(r[c.id]);
      if (!own) {
        waiting++;
        continue;
      }
      const staff = c.staffId === undefined ? "" : text(r[c.staffId]);
      const person = staff || own;
      if (done.has(own) || done.has(`person:${person}`)) continue;
      done.add(own);
      done.add(`person:${person}`);
      rows.push({
        personId: person,
        personName: c.fullName === undefined ? "" : text(r[c.fullName]),
        event: CARRIED_EVENT[locale],
        date: isoToDateCell(yearStart, offsetMinutes),
        remarks: remarkOf(locale, own),
      });
    }
  }
  return { rows, found, waiting };
}
