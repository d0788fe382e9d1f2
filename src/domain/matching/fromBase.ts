import type { Base } from "../model";
import type { Candidate, MatchInput, MatchResult } from "./types";

/** Pairs in these statuses hold their mentee and a place of their mentor. */
const CURRENT = new Set(["active", "paused"]);

/**
 * The matching input for a typed base: everyone in the base, current pairs (active or paused) holding their mentee
 * and a place of their mentor. Pins, exclusions, weights and rules are the curator's, passed through.
 */
export function matchInputFromBase(
  base: Pick<Base, "mentors" | "mentees" | "pairs">,
  curator: Pick<MatchInput, "pins" | "exclusions" | "weights" | "rules" | "alternatives"> = {},
): MatchInput {
  const used: Record<string, number> = {};
  const alreadyPaired: string[] = [];
  for (const pair of base.pairs) {
    if (!CURRENT.has(pair.status)) continue;
    used[pair.mentorId] = (used[pair.mentorId] ?? 0) + 1;
    alreadyPaired.push(pair.menteeId);
  }
  return { mentors: base.mentors, mentees: base.mentees, used, alreadyPaired, ...curator };
}

/**
 * The mentors a mentee could have instead of the proposed one, best first (for «сменить наставника»): the
 * proposed pair's alternatives, or an unmatched mentee's. Empty for a mentee not in the result.
 */
export function candidatesFor(result: MatchResult, menteeId: string): readonly Candidate[] {
  const pair = result.pairs.find((p) => p.menteeId === menteeId);
  if (pair) return pair.alternatives;
  return result.unmatched.find((u) => u.menteeId === menteeId)?.alternatives ?? [];
}
