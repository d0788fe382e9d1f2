import {
  allowedPairs,
  flowOnPairs,
  generateInstance,
  hungarianReference,
  prng,
} from "../../scripts/benchMatch";
import { FORMS, type Form } from "../../src/domain/enums";
import {
  type GraphInput,
  MatchError,
  type MatchInput,
  type MatchMentee,
  type MatchMentor,
  type MatchResult,
  matchBase,
  matchGraph,
} from "../../src/domain/matching";
import { solveFlow } from "../../src/domain/matching/flow";
import {
  prepareMentees,
  prepareMentors,
  prepareRules,
  prepareWeights,
} from "../../src/domain/matching/prepare";
import { scorePair } from "../../src/domain/matching/score";
import { Vocabulary } from "../../src/domain/matching/words";

/**
 * Optimality against brute force: every assignment of small random instances is enumerated (each mentee to no
 * one or to any allowed mentor with a place left), and the best number of pairs, then the best total score, must
 * equal what the matcher found. Instances include capacities 0–3, many equal scores, pins and exclusions.
 */

interface Edge {
  mentorId: string;
  menteeId: string;
  score: number;
}

function bruteForce(
  mentees: readonly string[],
  capacities: Record<string, number>,
  edges: readonly Edge[],
  pins: readonly { mentorId: string; menteeId: string }[],
): { count: number; total: number } {
  const left = { ...capacities };
  let count = 0;
  let total = 0;
  const pinned = new Set<string>();
  for (const p of pins) {
    left[p.mentorId]!--;
    pinned.add(p.menteeId);
    count++;
    total += edges.find((e) => e.mentorId === p.mentorId && e.menteeId === p.menteeId)!.score;
  }
  const free = mentees.filter((m) => !pinned.has(m));
  const options = free.map((m) => edges.filter((e) => e.menteeId === m));
  let best = { count: -1, total: Number.NEGATIVE_INFINITY };
  const walk = (i: number, c: number, t: number) => {
    if (i === free.length) {
      if (c > best.count || (c === best.count && t > best.total)) best = { count: c, total: t };
      return;
    }
    walk(i + 1, c, t);
    for (const e of options[i]!) {
      if (left[e.mentorId]! <= 0) continue;
      left[e.mentorId]!--;
      walk(i + 1, c + 1, t + e.score);
      left[e.mentorId]!++;
    }
  };
  walk(0, count, total);
  return best;
}

/** The result obeys the rules: listed pairs only, capacities, one mentor a mentee, pins kept. */
function checkValid(
  r: MatchResult,
  capacities: Record<string, number>,
  edges: readonly Edge[],
  pins: GraphInput["pins"],
) {
  const load: Record<string, number> = {};
  const seen = new Set<string>();
  for (const p of r.pairs) {
    expect(edges.some((e) => e.mentorId === p.mentorId && e.menteeId === p.menteeId)).toBe(true);
    expect(seen.has(p.menteeId)).toBe(false);
    seen.add(p.menteeId);
    load[p.mentorId] = (load[p.mentorId] ?? 0) + 1;
  }
  for (const [id, n] of Object.entries(load)) expect(n).toBeLessThanOrEqual(capacities[id]!);
  for (const pin of pins ?? [])
    expect(r.pairs.some((p) => p.mentorId === pin.mentorId && p.menteeId === pin.menteeId && p.pinned)).toBe(
      true,
    );
  const sorted = [...r.pairs].sort((a, b) =>
    a.mentorId === b.mentorId ? (a.menteeId < b.menteeId ? -1 : 1) : a.mentorId < b.mentorId ? -1 : 1,
  );
  expect(r.pairs).toEqual(sorted);
}

function randomGraph(rnd: () => number, decimals: boolean) {
  const int = (n: number) => Math.floor(rnd() * n);
  const mentorCount = 1 + int(4);
  const menteeCount = 1 + int(7);
  const capacities: Record<string, number> = {};
  for (let j = 0; j < mentorCount; j++) capacities[`m${j}`] = int(4);
  const mentees = Array.from({ length: menteeCount }, (_, i) => `e${i}`);
  const edges: Edge[] = [];
  const density = 0.3 + rnd() * 0.7;
  for (const e of mentees)
    for (const m of Object.keys(capacities))
      if (rnd() < density) {
        // Few distinct values, so that ties are common; sometimes negative or decimal.
        const base = int(4) - (rnd() < 0.15 ? 2 : 0);
        edges.push({ mentorId: m, menteeId: e, score: decimals ? base / 4 : base });
      }
  const pins: { mentorId: string; menteeId: string }[] = [];
  const used: Record<string, number> = {};
  const exclusions: { mentorId: string; menteeId: string }[] = [];
  for (const e of edges) {
    const r = rnd();
    if (
      r < 0.1 &&
      (used[e.mentorId] ?? 0) < capacities[e.mentorId]! &&
      !pins.some((p) => p.menteeId === e.menteeId)
    ) {
      pins.push({ mentorId: e.mentorId, menteeId: e.menteeId });
      used[e.mentorId] = (used[e.mentorId] ?? 0) + 1;
    } else if (r > 0.93) exclusions.push({ mentorId: e.mentorId, menteeId: e.menteeId });
  }
  return { capacities, mentees, edges, pins, exclusions };
}

describe("optimal against brute force", () => {
  test("explicit graphs: 1,500 random instances with capacities 0–3, ties, pins and exclusions", () => {
    const rnd = prng(2024);
    for (let t = 0; t < 1500; t++) {
      const g = randomGraph(rnd, t % 5 === 4);
      const r = matchGraph({ ...g, edges: g.edges, mentees: g.mentees });
      const allowed = g.edges.filter(
        (e) => !g.exclusions.some((x) => x.mentorId === e.mentorId && x.menteeId === e.menteeId),
      );
      const best = bruteForce(g.mentees, g.capacities, allowed, g.pins);
      checkValid(r, g.capacities, allowed, g.pins);
      expect({ t, count: r.pairs.length, total: r.totalScore }).toEqual({
        t,
        count: best.count,
        total: Math.round(best.total * 100) / 100,
      });
      expect(r.pairs.length + r.unmatched.length).toBe(g.mentees.length);
    }
  });

  test("the solver alone: larger random instances against the dense Hungarian reference", () => {
    const rnd = prng(77);
    for (let t = 0; t < 60; t++) {
      const mentees = 5 + Math.floor(rnd() * 40);
      const mentors = 1 + Math.floor(rnd() * 15);
      const capacities = Array.from({ length: mentors }, () => Math.floor(rnd() * 4));
      const pairs: { mentee: number; mentor: number; score: number }[] = [];
      for (let i = 0; i < mentees; i++)
        for (let j = 0; j < mentors; j++)
          if (rnd() < 0.3) pairs.push({ mentee: i, mentor: j, score: Math.floor(rnd() * 30) });
      expect(flowOnPairs(mentees, capacities, pairs)).toEqual(
        hungarianReference(mentees, capacities, pairs, 29),
      );
    }
  });

  test("the Hungarian reference itself agrees with brute force", () => {
    const rnd = prng(5);
    for (let t = 0; t < 300; t++) {
      const g = randomGraph(rnd, false);
      const ids = Object.keys(g.capacities);
      const pairs = g.edges.map((e) => ({
        mentee: g.mentees.indexOf(e.menteeId),
        mentor: ids.indexOf(e.mentorId),
        score: e.score + 2,
      }));
      const best = bruteForce(
        g.mentees,
        g.capacities,
        g.edges.map((e) => ({ ...e, score: e.score + 2 })),
        [],
      );
      expect(hungarianReference(g.mentees.length, Object.values(g.capacities), pairs, 5)).toEqual(best);
    }
  });

  test("a solver problem with no edges, no mentees or no places is solved as empty", () => {
    expect([...solveFlow({ left: 0, capacity: [], edgeLeft: [], edgeRight: [], edgeGain: [] })]).toEqual([]);
    expect([
      ...solveFlow({ left: 2, capacity: [0], edgeLeft: [0, 1], edgeRight: [0, 0], edgeGain: [1, 2] }),
    ]).toEqual([0, 0]);
  });
});

/** Small random bases: the same comparison, through matchBase and all its hard rules. */
describe("base-level problems against brute force", () => {
  const FORM_LABELS = ["педагог – педагог", "ученик – ученик", "руководитель – педагог"];
  const TOPICS = [
    "подготовка к ОГЭ",
    "работа с родителями",
    "классное руководство",
    "проектная деятельность",
    "театр",
  ];
  const ORGS = ["СОШ №1", "СОШ №2", ""];

  function randomBase(rnd: () => number): MatchInput {
    const int = (n: number) => Math.floor(rnd() * n);
    const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
    const some = (xs: readonly string[]) => xs.filter(() => rnd() < 0.35);
    const mentors: MatchMentor[] = Array.from({ length: 1 + int(4) }, (_, j) => ({
      id: `m${j}`,
      fullName: pick(["Иванова Анна", "Петров Пётр", "Сидорова Мария", `Наставник ${j}`]),
      forms: [pick(FORM_LABELS), ...(rnd() < 0.3 ? [pick(FORM_LABELS)] : [])],
      capacity: int(4),
      competencies: some(TOPICS),
      subjects: some(["математика", "физика"]),
      experienceYears: rnd() < 0.1 ? undefined : int(10),
      organization: pick(ORGS),
      format: pick(["очно", "дистанционно", "смешанный", ""]),
      status: rnd() < 0.1 ? "выбыл" : undefined,
    }));
    const mentees: MatchMentee[] = Array.from({ length: 1 + int(7) }, (_, i) => ({
      id: `e${i}`,
      fullName: pick(["Иванова Анна", "Петров Пётр", `Наставляемый ${i}`, `Наставляемый ${i + 1}`]),
      form: pick(FORM_LABELS),
      requests: rnd() < 0.1 ? [] : some(TOPICS).concat(pick(TOPICS)),
      subject: pick(["математика", "физика", ""]),
      experienceYears: int(5),
      organization: pick(ORGS),
      format: pick(["очно", "дистанционно", "смешанный", ""]),
      preferredMentor: rnd() < 0.2 ? `m${int(4)}` : undefined,
    }));
    const exclusions = [];
    for (let k = int(3); k > 0; k--)
      exclusions.push({ mentorId: pick(mentors).id, menteeId: pick(mentees).id });
    const used: Record<string, number> = {};
    for (const m of mentors) if (rnd() < 0.2) used[m.id] = int(3);
    const alreadyPaired = mentees.filter(() => rnd() < 0.1).map((e) => e.id);
    const keys = Object.keys(FORMS.values) as Form[];
    const rules = {
      minExperience: rnd() < 0.5 ? {} : { [pick(keys)]: int(6) },
      sameOrganization: keys.filter(() => rnd() < 0.3),
    };
    return { mentors, mentees, exclusions, used, alreadyPaired, rules, weights: { organization: int(10) } };
  }

  /** The hard rules written again, plainly, as the issue states them. */
  function allowedByHand(input: MatchInput, m: MatchMentor, e: MatchMentee): boolean {
    const forms = (m.forms as string[]).map((f) => f.replace("руководитель – педагог", "head_teacher"));
    const key =
      { "педагог – педагог": "teacher_teacher", "ученик – ученик": "pupil_pupil" }[e.form as string] ??
      "head_teacher";
    const formOk = forms.some((f) => f === e.form || f === key);
    const min =
      ((input.rules?.minExperience ?? {}) as Record<string, number>)[key] ??
      (key === "teacher_teacher" ? 4 : 0);
    const expOk = min <= 0 || (m.experienceYears !== undefined && m.experienceYears >= min);
    const orgOk =
      !(input.rules?.sameOrganization ?? []).includes(key as Form) || m.organization === e.organization;
    const self = m.id === e.id || m.fullName === e.fullName;
    const excluded = (input.exclusions ?? []).some((x) => x.mentorId === m.id && x.menteeId === e.id);
    const requests = ((e.requests as string[]) ?? []).length > 0;
    return formOk && expOk && orgOk && !self && !excluded && requests && m.status !== "выбыл";
  }

  test("500 random bases: hard rules as written, and the best count and score", () => {
    const rnd = prng(99);
    let pairsSeen = 0;
    let errorsSeen = 0;
    for (let t = 0; t < 500; t++) {
      const input = randomBase(rnd);
      // Scores as the matcher computes them, for every pair the hand-written rules allow.
      const vocabulary = new Vocabulary();
      const ms = prepareMentors(input.mentors, vocabulary);
      const es = prepareMentees(input.mentees, vocabulary);
      const w = prepareWeights(input.weights);
      prepareRules(input.rules);
      const capacities: Record<string, number> = {};
      for (const m of input.mentors)
        capacities[m.id] = Math.max(0, (m.capacity ?? 1) - (input.used?.[m.id] ?? 0));
      const edges: Edge[] = [];
      for (const e of input.mentees) {
        if (input.alreadyPaired?.includes(e.id)) continue;
        for (const m of input.mentors)
          if (allowedByHand(input, m, e)) {
            const score = scorePair(
              w,
              vocabulary,
              ms.find((x) => x.id === m.id)!,
              es.find((x) => x.id === e.id)!,
            );
            edges.push({ mentorId: m.id, menteeId: e.id, score });
          }
      }
      // Pin one allowed pair now and then.
      const pins = rnd() < 0.3 && edges.length > 0 ? [edges[Math.floor(rnd() * edges.length)]!] : [];
      const pinsOk = pins.every((p) => capacities[p.mentorId]! > 0);
      let r: MatchResult;
      try {
        r = matchBase({ ...input, pins: pins.map(({ mentorId, menteeId }) => ({ mentorId, menteeId })) });
      } catch (err) {
        expect(err).toBeInstanceOf(MatchError);
        expect(pinsOk).toBe(false);
        errorsSeen++;
        continue;
      }
      expect(pinsOk).toBe(true);
      checkValid(r, capacities, edges, pins);
      const mentees = input.mentees.map((e) => e.id).filter((id) => !input.alreadyPaired?.includes(id));
      const best = bruteForce(mentees, capacities, edges, pins);
      expect({ t, count: r.pairs.length, total: r.totalScore }).toEqual({
        t,
        count: best.count,
        total: best.total,
      });
      for (const p of r.pairs)
        expect(p.score).toBe(
          edges.find((e) => e.mentorId === p.mentorId && e.menteeId === p.menteeId)!.score,
        );
      pairsSeen += r.pairs.length;
    }
    expect(pairsSeen).toBeGreaterThan(300);
    expect(errorsSeen).toBeGreaterThan(0);
  });

  test("a generated school network: matchBase and the dense reference find the same optimum", () => {
    const { input } = generateInstance(7, 150, 50);
    const r = matchBase(input);
    const g = allowedPairs(input);
    expect(hungarianReference(g.mentees, g.capacities, g.pairs, g.maxScore)).toEqual({
      count: r.pairs.length,
      total: r.totalScore,
    });
  });
});
