import type { EvidenceKind, RoadmapItem } from "./items";

/** What the add-on saw done this academic year, for one kind of evidence: when, and a link to show it. */
export interface Evidence {
  readonly date: string;
  /** A link to the document, or the tab and row that show it (e.g. «Пары и группы», a Drive URL). */
  readonly link: string;
}

export type EvidenceFacts = Partial<Record<EvidenceKind, Evidence>>;

/** Cells to fill on one row; only those that were empty. */
export interface AutoTick {
  readonly index: number;
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly status?: "done";
  readonly doneDate?: string;
  readonly evidence?: string;
}

/**
 * The rows the add-on can tick: an item that names a kind of evidence the add-on has seen, whose status cell is
 * empty. A status the curator set (выполнено, or «не выполнено» to say the add-on is wrong) is never changed; the
 * done date and the evidence link are filled only where empty. Nothing is ever un-ticked.
 */
export function autoTicks(items: readonly RoadmapItem[], facts: EvidenceFacts): AutoTick[] {
  const out: AutoTick[] = [];
  for (const item of items) {
    if (item.auto === "" || item.status !== "") continue;
    const fact = facts[item.auto];
    if (!fact) continue;
    out.push({
      index: item.index,
      id: item.id,
      kind: item.auto,
      status: "done",
      ...(item.doneDate === "" ? { doneDate: fact.date } : {}),
      ...(item.evidence === "" && fact.link !== "" ? { evidence: fact.link } : {}),
    });
  }
  return out;
}
