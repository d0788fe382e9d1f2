import { alternativesCount, EdgeList, Shortlist, solveEdges } from "./core";
import { byId } from "./prepare";
import { pairKey } from "./score";
import { MatchError } from "./texts";
import type { GraphInput, MatchResult, PairRef, ProposedPair, Reason, UnmatchedMentee } from "./types";

const fail = (ru: string, en: string): never => {
  throw new MatchError({ ru, en });
};

/** Decimal places needed to write x exactly (at most 6). */
function decimals(x: number): number {
  for (let d = 0; d < 6; d++) {
    const y = x * 10 ** d;
    if (Math.abs(y - Math.round(y)) <= 1e-9 * Math.max(1, Math.abs(y))) return d;
  }
  return 6;
}

function checkRef(kind: { ru: string; en: string }, ref: PairRef, i: number): void {
  if (typeof ref?.mentorId !== "string" || typeof ref?.menteeId !== "string")
    fail(
      `${kind.ru} №${i + 1}: нужны mentorId и menteeId (строки).`,
      `${kind.en} #${i + 1}: mentorId and menteeId (strings) are needed.`,
    );
}

/**
 * Optimal matching on an explicit graph: only the listed pairs are allowed, each with its score (any finite
 * number; decimals are kept exactly to six places). Same objective and pins as `matchBase`.
 */
export function matchGraph(input: GraphInput): MatchResult {
  const K = alternativesCount(input.alternatives);
  const capacities = input.capacities ?? {};
  const mentorIds = Object.keys(capacities).sort(byId);
  const mentorIndex = new Map(mentorIds.map((id, i) => [id, i]));
  const free = mentorIds.map((id) => {
    const c = capacities[id];
    if (typeof c !== "number" || !Number.isInteger(c) || c < 0)
      fail(
        `Число мест наставника «${id}» должно быть целым и не меньше 0, указано ${String(c)}.`,
        `The capacity of the mentor “${id}” must be a whole number not below 0, got ${String(c)}.`,
      );
    return c as number;
  });

  const excluded = new Set<string>();
  (input.exclusions ?? []).forEach((x, i) => {
    checkRef({ ru: "Исключение", en: "Exclusion" }, x, i);
    excluded.add(pairKey(x.mentorId, x.menteeId));
  });

  // Allowed pairs, by mentee.
  const menteeSet = new Set<string>(input.mentees ?? []);
  const scores = new Map<string, number>();
  let scale = 1;
  (input.edges ?? []).forEach((edge, i) => {
    checkRef({ ru: "Ребро", en: "Edge" }, edge, i);
    const { mentorId, menteeId, score } = edge;
    if (!mentorIndex.has(mentorId))
      fail(
        `Ребро «${mentorId}» → «${menteeId}»: наставника «${mentorId}» нет в capacities.`,
        `Edge “${mentorId}” → “${menteeId}”: the mentor “${mentorId}” is not in capacities.`,
      );
    if (typeof score !== "number" || !Number.isFinite(score) || Math.abs(score) > 1e9)
      fail(
        `Ребро «${mentorId}» → «${menteeId}»: оценка должна быть числом (по модулю не больше 10^9), указано ${String(score)}.`,
        `Edge “${mentorId}” → “${menteeId}”: the score must be a number (at most 10^9 in magnitude), got ${String(score)}.`,
      );
    const key = pairKey(mentorId, menteeId);
    if (scores.has(key))
      fail(
        `Ребро «${mentorId}» → «${menteeId}» указано дважды.`,
        `The edge “${mentorId}” → “${menteeId}” is listed twice.`,
      );
    menteeSet.add(menteeId);
    if (excluded.has(key)) return;
    scores.set(key, score);
    scale = Math.max(scale, 10 ** decimals(score));
  });
  const byMentee = new Map<string, { mentor: number; gain: number }[]>();
  for (const [key, score] of scores) {
    const [mentorId, menteeId] = key.split("\u0000") as [string, string];
    const list = byMentee.get(menteeId) ?? [];
    list.push({ mentor: mentorIndex.get(mentorId)!, gain: Math.round(score * scale) });
    byMentee.set(menteeId, list);
  }
  const gainOf = (mentor: number, menteeId: string) =>
    byMentee.get(menteeId)?.find((x) => x.mentor === mentor)?.gain;
  const menteeIds = [...menteeSet].sort(byId);
  let span = 0;
  for (const list of byMentee.values()) for (const x of list) span = Math.max(span, Math.abs(x.gain));
  if (8 * (span + 1) * (menteeIds.length + mentorIds.length + 3) >= Number.MAX_SAFE_INTEGER)
    fail(
      "Оценки слишком велики или заданы со слишком многими знаками после запятой.",
      "The scores are too large or have too many decimal places.",
    );

  const pinOf = new Map<string, number>();
  (input.pins ?? []).forEach((pin, i) => {
    checkRef({ ru: "Закрепление", en: "Pin" }, pin, i);
    const where = {
      ru: `Закреплённая пара «${pin.mentorId}» → «${pin.menteeId}»`,
      en: `Pinned pair “${pin.mentorId}” → “${pin.menteeId}”`,
    };
    const mi = mentorIndex.get(pin.mentorId);
    if (mi === undefined)
      fail(
        `${where.ru}: наставника «${pin.mentorId}» нет в capacities.`,
        `${where.en}: the mentor “${pin.mentorId}” is not in capacities.`,
      );
    const before = pinOf.get(pin.menteeId);
    if (before === mi) return;
    if (before !== undefined)
      fail(
        `Наставляемый «${pin.menteeId}» закреплён за двумя наставниками: «${mentorIds[before]}» и «${pin.mentorId}».`,
        `The mentee “${pin.menteeId}” is pinned to two mentors: “${mentorIds[before]}” and “${pin.mentorId}”.`,
      );
    if (excluded.has(pairKey(pin.mentorId, pin.menteeId)))
      fail(
        `${where.ru} нарушает обязательное условие: куратор исключил эту пару.`,
        `${where.en} breaks a hard rule: the curator excluded this pair.`,
      );
    if (gainOf(mi!, pin.menteeId) === undefined)
      fail(
        `${where.ru} нарушает обязательное условие: такой пары нет среди допустимых (edges).`,
        `${where.en} breaks a hard rule: this pair is not among the allowed ones (edges).`,
      );
    pinOf.set(pin.menteeId, mi!);
  });
  const pinCount = mentorIds.map(() => 0);
  for (const mi of pinOf.values()) pinCount[mi]!++;
  mentorIds.forEach((id, i) => {
    if (pinCount[i]! > free[i]!)
      fail(
        `У наставника «${id}» закреплено пар: ${pinCount[i]}, а мест ${free[i]}.`,
        `The mentor “${id}” has ${pinCount[i]} pinned pairs but ${free[i]} places.`,
      );
    free[i]! -= pinCount[i]!;
  });

  const toMatch: string[] = [];
  const edges = new EdgeList();
  const shortlists = new Map<string, Shortlist>();
  for (const id of menteeIds) {
    const list = new Shortlist(K + 1);
    shortlists.set(id, list);
    const options = (byMentee.get(id) ?? []).slice().sort((a, b) => a.mentor - b.mentor);
    for (const x of options) list.offer(x.mentor, x.gain);
    if (pinOf.has(id)) continue;
    const left = toMatch.length;
    toMatch.push(id);
    for (const x of options) if (free[x.mentor]! > 0) edges.add(left, x.mentor, x.gain);
  }
  const mentorOf = solveEdges(toMatch.length, free, edges);
  const assigned = new Map<string, number>(pinOf);
  toMatch.forEach((id, k) => {
    if (mentorOf[k]! >= 0) assigned.set(id, mentorOf[k]!);
  });
  const freeAfter = free.slice();
  for (const [id, mi] of assigned) if (!pinOf.has(id)) freeAfter[mi]!--;

  const show = (gain: number) => gain / scale;
  const pairs: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let total = 0;
  for (const id of menteeIds) {
    const mi = assigned.get(id);
    const alternatives = shortlists.get(id)!.candidates(mi ?? -1, K, mentorIds, freeAfter, show);
    if (mi === undefined) {
      const options = byMentee.get(id) ?? [];
      const withRoom = options.filter((x) => free[x.mentor]! > 0).length;
      const reason: UnmatchedMentee["reason"] =
        options.length === 0
          ? { code: "no_edges", params: {} }
          : withRoom === 0
            ? { code: "mentors_full", params: { count: options.length } }
            : { code: "taken_by_others", params: { count: withRoom } };
      unmatched.push({ menteeId: id, reason, alternatives });
      continue;
    }
    const gain = gainOf(mi, id)!;
    total += gain;
    const score = show(gain);
    const reasons: Reason[] = [];
    const pinned = pinOf.has(id);
    if (pinned) reasons.push({ code: "pinned", effect: "note", params: {} });
    reasons.push({ code: "given_score", effect: "note", params: { score } });
    pairs.push({ mentorId: mentorIds[mi]!, menteeId: id, score, pinned, reasons, alternatives });
  }
  pairs.sort((a, b) => byId(a.mentorId, b.mentorId) || byId(a.menteeId, b.menteeId));
  return { pairs, unmatched, skipped: [], totalScore: show(total) };
}
