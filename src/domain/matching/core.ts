import { solveFlow } from "./flow";
import { MatchError } from "./texts";
import type { Candidate } from "./types";

/** What base-level and graph matching share: the solve over sparse edges and the lists of candidates. */

export const DEFAULT_ALTERNATIVES = 5;

export function alternativesCount(value: unknown): number {
  if (value === undefined) return DEFAULT_ALTERNATIVES;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100)
    throw new MatchError({
      ru: `Число кандидатов (alternatives) должно быть целым от 0 до 100, указано ${String(value)}.`,
      en: `The number of candidates (alternatives) must be a whole number from 0 to 100, got ${String(value)}.`,
    });
  return value;
}

/** Edges grouped by mentee (mentees 0 … n−1 in id order, mentors by index in id order). */
export class EdgeList {
  readonly left: number[] = [];
  readonly right: number[] = [];
  readonly gain: number[] = [];
  add(mentee: number, mentor: number, gain: number): void {
    this.left.push(mentee);
    this.right.push(mentor);
    this.gain.push(gain);
  }
}

/** The mentor chosen for each mentee, or −1; optimal as explained in flow.ts. */
export function solveEdges(mentees: number, free: readonly number[], edges: EdgeList): Int32Array {
  const chosen = solveFlow({
    left: mentees,
    capacity: free,
    edgeLeft: edges.left,
    edgeRight: edges.right,
    edgeGain: edges.gain,
  });
  const mentorOf = new Int32Array(mentees).fill(-1);
  for (let k = 0; k < chosen.length; k++) if (chosen[k]) mentorOf[edges.left[k]!] = edges.right[k]!;
  return mentorOf;
}

/** The best few mentors of one mentee: highest score first, then lower mentor index (= id order). */
export class Shortlist {
  readonly mentor: number[] = [];
  readonly score: number[] = [];
  constructor(private readonly size: number) {}
  offer(mentor: number, score: number): void {
    let i = this.mentor.length;
    while (
      i > 0 &&
      (this.score[i - 1]! < score || (this.score[i - 1] === score && this.mentor[i - 1]! > mentor))
    )
      i--;
    if (i >= this.size) return;
    this.mentor.splice(i, 0, mentor);
    this.score.splice(i, 0, score);
    if (this.mentor.length > this.size) {
      this.mentor.pop();
      this.score.pop();
    }
  }
  /** The list without `except`, as candidates. */
  candidates(
    except: number,
    limit: number,
    ids: readonly string[],
    freeAfter: ArrayLike<number>,
    show: (score: number) => number = (s) => s,
  ): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < this.mentor.length && out.length < limit; i++) {
      const m = this.mentor[i]!;
      if (m !== except) out.push({ mentorId: ids[m]!, score: show(this.score[i]!), free: freeAfter[m]! });
    }
    return out;
  }
}
