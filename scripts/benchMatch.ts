/**
 * `npx tsx scripts/benchMatch.ts`: the matcher on random instances of 300×100, 1,000×300 and 3,000×1,000
 * (mentees × mentors, 1–4 places each), against a plain O(n³) Hungarian method on the same instance in the same
 * run. Prints the solve times, their ratio, whether both found the same number of pairs and the same total score,
 * and the heap the matcher used. Figures only; nothing here passes or fails (timing never goes into tests).
 *
 * The instances are realistic in their sparsity: a municipal network of schools, each mentee with one form and a
 * few requests; for the school-internal forms the mentor must be of the mentee's school, so only some tens of
 * mentors are allowed for a mentee. Generated from a seeded PRNG, so every run sees the same instances.
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import type { Form } from "../src/domain/enums";
import { type MatchInput, type MatchMentee, type MatchMentor, matchBase } from "../src/domain/matching";
import { solveFlow } from "../src/domain/matching/flow";
import { prepareMentees, prepareMentors, prepareRules, prepareWeights } from "../src/domain/matching/prepare";
import { hardFailure, maxScore, pairKey, scorePair } from "../src/domain/matching/score";
import { Vocabulary } from "../src/domain/matching/words";
import { mulberry32 } from "./sampleSchool";

/** A small seeded generator, good enough for test data (the sample school's). */
export const prng = mulberry32;

const TOPICS = [
  "подготовка к ОГЭ",
  "подготовка к ЕГЭ",
  "классное руководство",
  "работа с родителями",
  "дисциплина на уроке",
  "проектная деятельность",
  "исследовательская работа учащихся",
  "олимпиады и конкурсы",
  "цифровые образовательные ресурсы",
  "функциональная грамотность",
  "инклюзивное образование",
  "работа с одарёнными детьми",
  "составление рабочей программы",
  "современный урок по ФГОС",
  "оценивание результатов обучения",
  "профилактика выгорания",
  "внеурочная деятельность",
  "школьный театр",
  "профориентация",
  "наставничество в проектах",
  "публичные выступления",
  "тайм-менеджмент",
  "адаптация в коллективе",
  "ведение электронного журнала",
  "школьное самоуправление",
  "волонтёрство",
  "программирование на Python",
  "робототехника",
  "финансовая грамотность",
  "подготовка к олимпиаде по математике",
];
const SUBJECTS = [
  "математика",
  "русский язык",
  "литература",
  "физика",
  "химия",
  "биология",
  "история",
  "информатика",
  "английский язык",
  "география",
  "начальные классы",
  "физическая культура",
];
const FORMS_BY_SHARE: [Form, number][] = [
  ["teacher_teacher", 0.45],
  ["pupil_pupil", 0.2],
  ["student_pupil", 0.1],
  ["head_teacher", 0.1],
  ["employer_student", 0.08],
  ["employer_pupil", 0.07],
];
const FORMATS = ["очно", "дистанционно", "смешанный"];
const SURNAMES = [
  "Иванов",
  "Петров",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Соколов",
  "Лебедев",
  "Козлов",
  "Новиков",
];
const NAMES = [
  "Анна",
  "Мария",
  "Ольга",
  "Елена",
  "Ирина",
  "Сергей",
  "Андрей",
  "Дмитрий",
  "Алексей",
  "Наталья",
];

export interface Instance {
  readonly input: MatchInput;
  readonly slots: number;
}

/** A base-level instance: `mentees` × `mentors`, capacities 1–4, from the seed. */
export function generateInstance(seed: number, mentees: number, mentors: number): Instance {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const form = (): Form => {
    let r = rnd();
    for (const [f, share] of FORMS_BY_SHARE) {
      r -= share;
      if (r < 0) return f;
    }
    return "teacher_teacher";
  };
  const some = (xs: readonly string[], lo: number, hi: number) => {
    const n = lo + Math.floor(rnd() * (hi - lo + 1));
    const out = new Set<string>();
    while (out.size < n) out.add(pick(xs));
    return [...out];
  };
  const schools = Math.max(3, Math.round(mentors / 30));
  const school = () => `МБОУ СОШ №${1 + Math.floor(rnd() * schools)}`;
  const name = () => `${pick(SURNAMES)} ${pick(NAMES)} ${pick(NAMES)}овна`;
  const mentorList: MatchMentor[] = [];
  let slots = 0;
  for (let i = 0; i < mentors; i++) {
    const forms = new Set([form()]);
    if (rnd() < 0.4) forms.add(form());
    const capacity = 1 + Math.floor(rnd() * 4);
    slots += capacity;
    mentorList.push({
      id: `НС-${String(i + 1).padStart(5, "0")}`,
      fullName: name(),
      forms: [...forms],
      capacity,
      competencies: some(TOPICS, 2, 5),
      subjects: some(SUBJECTS, 1, 2),
      experienceYears: Math.floor(rnd() * 35),
      organization: school(),
      format: pick(FORMATS),
    });
  }
  const menteeList: MatchMentee[] = [];
  for (let i = 0; i < mentees; i++) {
    const requests = some(TOPICS, 1, 4).map((t) => (rnd() < 0.3 ? `помощь: ${t.toLowerCase()}` : t));
    menteeList.push({
      id: `НЯ-${String(i + 1).padStart(5, "0")}`,
      fullName: name(),
      form: form(),
      requests,
      subject: pick(SUBJECTS),
      experienceYears: Math.floor(rnd() * 6),
      organization: school(),
      format: pick(FORMATS),
      preferredMentor: rnd() < 0.05 ? pick(mentorList).fullName : undefined,
    });
  }
  const exclusions = [];
  for (let i = 0; i < mentees / 50; i++)
    exclusions.push({ mentorId: pick(mentorList).id, menteeId: pick(menteeList).id });
  return {
    input: {
      mentors: mentorList,
      mentees: menteeList,
      exclusions,
      rules: { sameOrganization: ["teacher_teacher", "head_teacher", "pupil_pupil", "student_pupil"] },
    },
    slots,
  };
}

/** The allowed pairs of an instance with their scores, mentors expanded into places (no pins, nothing used). */
export function allowedPairs(input: MatchInput): {
  mentees: number;
  capacities: number[];
  pairs: { mentee: number; mentor: number; score: number }[];
  maxScore: number;
} {
  const w = prepareWeights(input.weights);
  const rules = prepareRules(input.rules);
  const vocabulary = new Vocabulary();
  const mentors = prepareMentors(input.mentors, vocabulary);
  const mentees = prepareMentees(input.mentees, vocabulary);
  const excluded = new Set((input.exclusions ?? []).map((x) => pairKey(x.mentorId, x.menteeId)));
  const pairs: { mentee: number; mentor: number; score: number }[] = [];
  mentees.forEach((e, i) => {
    if (e.requests.length === 0) return;
    mentors.forEach((m, j) => {
      if (m.capacity > 0 && hardFailure(rules, excluded, m, e) === null)
        pairs.push({ mentee: i, mentor: j, score: scorePair(w, vocabulary, m, e) });
    });
  });
  return {
    mentees: mentees.length,
    capacities: mentors.map((m) => m.capacity),
    pairs,
    maxScore: maxScore(w),
  };
}

/**
 * The reference: the Hungarian method (Kuhn–Munkres with potentials, O(n²·m)) on a dense matrix, each mentor
 * expanded into one column per place. A pair's weight is BIG + score when allowed and 0 otherwise, with BIG larger
 * than any total score, so the heaviest assignment first places the most mentees and then scores best.
 */
export function hungarianReference(
  mentees: number,
  capacities: readonly number[],
  pairs: readonly { mentee: number; mentor: number; score: number }[],
  maxPairScore: number,
): { count: number; total: number } {
  const slotMentor: number[] = [];
  capacities.forEach((c, j) => {
    for (let k = 0; k < c; k++) slotMentor.push(j);
  });
  const slots = slotMentor.length;
  const big = maxPairScore * Math.min(mentees, slots) + 1;
  // Rows are the smaller side (the method needs rows ≤ columns).
  const menteeRows = mentees <= slots;
  const n = menteeRows ? mentees : slots;
  const m = menteeRows ? slots : mentees;
  const top = big + maxPairScore;
  // Costs top − weight, so that all are non-negative; 1-based as the method is usually written.
  const a = new Float64Array((n + 1) * (m + 1)).fill(top);
  const firstSlot: number[] = [];
  let s = 0;
  for (const c of capacities) {
    firstSlot.push(s);
    s += c;
  }
  for (const p of pairs)
    for (let k = 0; k < capacities[p.mentor]!; k++) {
      const slot = firstSlot[p.mentor]! + k;
      const [row, col] = menteeRows ? [p.mentee, slot] : [slot, p.mentee];
      a[(row + 1) * (m + 1) + col + 1] = top - (big + p.score);
    }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1); // row holding each column, 0 for none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      const row = i0 * (m + 1);
      const ui = u[i0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a[row + j]! - ui - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let count = 0;
  let total = 0;
  for (let j = 1; j <= m; j++) {
    const i = owner[j]!;
    if (i === 0) continue;
    const weight = top - a[i * (m + 1) + j]!;
    if (weight > 0) {
      count++;
      total += weight - big;
    }
  }
  return { count, total };
}

/** The sparse solver alone on the same allowed pairs (for tests: it must agree with the reference). */
export function flowOnPairs(
  mentees: number,
  capacities: readonly number[],
  pairs: readonly { mentee: number; mentor: number; score: number }[],
): { count: number; total: number } {
  const chosen = solveFlow({
    left: mentees,
    capacity: capacities,
    edgeLeft: pairs.map((p) => p.mentee),
    edgeRight: pairs.map((p) => p.mentor),
    edgeGain: pairs.map((p) => p.score),
  });
  let count = 0;
  let total = 0;
  pairs.forEach((p, k) => {
    if (chosen[k]) {
      count++;
      total += p.score;
    }
  });
  return { count, total };
}

function gcFunction(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

/** The JS heap and the typed arrays' buffers (which live outside the heap). */
const heapNow = () => {
  const u = process.memoryUsage();
  return u.heapUsed + u.arrayBuffers;
};
function median<T>(runs: number, fn: () => T): { value: T; ms: number } {
  const times: number[] = [];
  let value = fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { value, ms: times[Math.floor(times.length / 2)]! };
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function benchMatching(): Promise<void> {
  const gc = gcFunction();
  const sizes: [number, number][] = [
    [300, 100],
    [1000, 300],
    [3000, 1000],
  ];
  console.log(
    "Matching: our min-cost flow (matchBase, end to end) against a dense O(n³) Hungarian reference\n",
  );
  for (const [menteeCount, mentorCount] of sizes) {
    const { input, slots } = generateInstance(20250 + menteeCount, menteeCount, mentorCount);
    const graph = allowedPairs(input);
    // Each is run a few times and the median is shown (the first runs also compile the code); the largest
    // reference only once, as it takes long.
    const runs = menteeCount >= 3000 ? 3 : 5;
    const oursRun = median(runs, () => matchBase(input));
    const result = oursRun.value;
    const ours = oursRun.ms;
    const solverRun = median(runs, () => flowOnPairs(graph.mentees, graph.capacities, graph.pairs));
    const flowOnly = solverRun.value;
    const solver = solverRun.ms;
    // The reference is given the allowed pairs and their scores ready: it is timed on the assignment alone,
    // while ours includes reading the people and scoring the pairs.
    const refRun = median(menteeCount >= 3000 ? 1 : 3, () =>
      hungarianReference(graph.mentees, graph.capacities, graph.pairs, graph.maxScore),
    );
    const ref = refRun.value;
    const theirs = refRun.ms;

    gc();
    gc();
    const heap0 = heapNow();
    const kept = matchBase(input);
    const heapRun = heapNow() - heap0;
    gc();
    gc();
    const heapKept = heapNow() - heap0;

    const same =
      ref.count === result.pairs.length &&
      ref.total === result.totalScore &&
      flowOnly.count === ref.count &&
      flowOnly.total === ref.total;
    const dense = Math.min(menteeCount, slots) * Math.max(menteeCount, slots) * 8;
    console.log(
      `${menteeCount} mentees × ${mentorCount} mentors: ${slots} places, ${graph.pairs.length} allowed pairs ` +
        `(${(graph.pairs.length / menteeCount).toFixed(1)} a mentee)`,
    );
    console.log(`  ours: matchBase, end to end      ${ms(ours).padStart(9)}`);
    console.log(
      `  ours: the flow solver alone      ${ms(solver).padStart(9)}   (same allowed pairs and scores)`,
    );
    console.log(`  reference: dense Hungarian       ${ms(theirs).padStart(9)}   (matrix ${mb(dense)})`);
    console.log(
      `  ours / reference: ${(ours / theirs).toFixed(3)} end to end, ${(solver / theirs).toFixed(3)} solver to solver`,
    );
    console.log(
      `  same optimum: ${same ? "yes" : "NO"} (ours ${result.pairs.length} pairs, total ${result.totalScore}; ` +
        `reference ${ref.count} pairs, total ${ref.total})`,
    );
    console.log(
      `  memory of ours (heap + typed arrays): ${mb(heapRun)} allocated in one run, ` +
        `${Math.round(heapRun / graph.pairs.length)} bytes an allowed pair; ` +
        `${mb(Math.max(0, heapKept))} kept after GC (the result, ${kept.pairs.length} pairs)\n`,
    );
  }
}

if (require.main === module) {
  benchMatching().catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
