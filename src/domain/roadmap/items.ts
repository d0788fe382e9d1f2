import type { EnumDef } from "../enums";
import type { L } from "../i18n";
import { type Deadline, parseDeadline } from "./deadline";

/** What the curator (or the add-on) says of an item. An empty cell says nothing yet. */
export const ROADMAP_STATUSES: EnumDef<"done" | "notDone"> = {
  name: { ru: "статус мероприятия", en: "item status" },
  values: {
    done: { ru: "выполнено", en: "done" },
    notDone: { ru: "не выполнено", en: "not done" },
  },
};
export type RoadmapStatus = keyof typeof ROADMAP_STATUSES.values;

/** What the add-on can see done, and so tick by itself (the column «Отмечает надстройка»). */
export const ROADMAP_EVIDENCE: EnumDef<
  | "menteeBase"
  | "mentorBase"
  | "pairs"
  | "order"
  | "agreements"
  | "surveys"
  | "snapshotDecember"
  | "snapshotJune"
> = {
  name: { ru: "что отмечает надстройка", en: "what the add-on ticks" },
  values: {
    menteeBase: { ru: "база наставляемых без ошибок", en: "mentee base without errors" },
    mentorBase: { ru: "база наставников без ошибок", en: "mentor base without errors" },
    pairs: { ru: "пары утверждены", en: "pairs confirmed" },
    order: { ru: "приказ сформирован", en: "order made" },
    agreements: { ru: "соглашения сформированы", en: "agreements made" },
    surveys: { ru: "анкеты разосланы", en: "surveys sent" },
    snapshotDecember: { ru: "срез за первое полугодие", en: "first half-year snapshot" },
    snapshotJune: { ru: "срез за учебный год", en: "whole-year snapshot" },
  },
};
export type EvidenceKind = keyof typeof ROADMAP_EVIDENCE.values;

/** A row of «Дорожная карта» as the domain sees it. Dates are ISO; "" where the cell is empty. */
export interface RoadmapItem {
  readonly id: string;
  /** The row's place among the read rows (0-based), to write back. */
  readonly index: number;
  readonly number: string;
  readonly section: string;
  readonly measure: string;
  readonly deadline: string;
  readonly responsible: string;
  readonly result: string;
  readonly document: string;
  readonly status: RoadmapStatus | "";
  readonly doneDate: string;
  readonly evidence: string;
  readonly auto: EvidenceKind | "";
}

/** Where an item stands on a day. */
export type RoadmapState = "done" | "overdue" | "soon" | "planned" | "undated";

export const SOON_DAYS = 14;

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The item's state on `today` (ISO): done when marked done; otherwise overdue once a due day has passed, soon when
 * the next due day is within `soonDays` or a period (not the whole year) has begun, planned before that. An item
 * with several days (декабрь, июнь) is overdue from the first day passed: mark it done when all are done, or split
 * it into rows, as the built-in roadmap does.
 */
export function stateOn(
  status: RoadmapStatus | "",
  deadline: Deadline | null,
  today: string,
  soonDays = SOON_DAYS,
): RoadmapState {
  if (status === "done") return "done";
  if (deadline === null) return "undated";
  if (deadline.due.some((d) => d < today)) return "overdue";
  const next = deadline.due[0]!;
  if (next <= addDaysIso(today, soonDays)) return "soon";
  if (deadline.kind === "period" && deadline.from !== undefined && deadline.from <= today) return "soon";
  return "planned";
}

/** The next due day on or after `today`, else the last one (passed); undefined without a deadline. */
export function nextDue(deadline: Deadline | null, today: string): string | undefined {
  if (deadline === null) return undefined;
  return deadline.due.find((d) => d >= today) ?? deadline.due[deadline.due.length - 1];
}

export interface ItemOnDay {
  readonly item: RoadmapItem;
  readonly deadline: Deadline | null;
  readonly problem?: L;
  readonly state: RoadmapState;
  readonly due?: string;
}

/** Every item read and placed on the day: its deadline (or the problem reading it), its state and next due day. */
export function itemsOnDay(items: readonly RoadmapItem[], startYear: number, today: string): ItemOnDay[] {
  return items.map((item) => {
    const read = parseDeadline(item.deadline, startYear);
    const deadline = "ok" in read ? read.ok : null;
    const base = {
      item,
      deadline,
      state: stateOn(item.status, deadline, today),
      due: nextDue(deadline, today),
    };
    return "problem" in read ? { ...base, problem: read.problem } : base;
  });
}

/** The people an item names as responsible: split at commas, semicolons and line breaks. */
export function responsibleOf(item: RoadmapItem): string[] {
  return item.responsible
    .split(/[,;\n]/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s !== "");
}

export interface Digest {
  readonly responsible: string;
  readonly overdue: readonly ItemOnDay[];
  readonly dueSoon: readonly ItemOnDay[];
}

/**
 * The seam of the daily reminder: per responsible person (as typed, case aside), what is overdue and what is due
 * within `days` (7 by default), not done and not marked «не выполнено» (the curator has decided on those). In the
 * order of the roadmap; a person with nothing to hear of is left out.
 */
export function remindersOn(items: readonly ItemOnDay[], today: string, days = 7): Digest[] {
  const byPerson = new Map<string, { responsible: string; overdue: ItemOnDay[]; dueSoon: ItemOnDay[] }>();
  const horizon = addDaysIso(today, days);
  for (const x of items) {
    if (x.item.status !== "" || x.deadline === null) continue;
    const overdue = x.state === "overdue";
    const soon = !overdue && x.deadline.due.some((d) => d >= today && d <= horizon);
    if (!overdue && !soon) continue;
    for (const who of responsibleOf(x.item)) {
      const key = who.toLowerCase().replace(/ё/g, "е");
      const entry = byPerson.get(key) ?? { responsible: who, overdue: [], dueSoon: [] };
      (overdue ? entry.overdue : entry.dueSoon).push(x);
      byPerson.set(key, entry);
    }
  }
  return [...byPerson.values()];
}
