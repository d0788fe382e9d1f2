import type { Form } from "../enums";
import { alternativesCount, EdgeList, Shortlist, solveEdges } from "./core";
import {
  byId,
  FORM_INDEX,
  type PreparedMentee,
  type PreparedMentor,
  prepareMentees,
  prepareMentors,
  prepareRules,
  prepareWeights,
} from "./prepare";
import {
  experienceFails,
  type HardFailure,
  hardFailure,
  maxScore,
  organizationFails,
  pairKey,
  samePerson,
  scorePair,
} from "./score";
import { MatchError } from "./texts";
import type {
  MatchInput,
  MatchResult,
  PairRef,
  ProposedPair,
  Reason,
  Rules,
  SkippedMentee,
  UnmatchedMentee,
  UnmatchedReason,
} from "./types";
import { Vocabulary } from "./words";

const fail = (ru: string, en: string): never => {
  throw new MatchError({ ru, en });
};

function checkRef(kind: { ru: string; en: string }, ref: PairRef, i: number): void {
  if (typeof ref?.mentorId !== "string" || typeof ref?.menteeId !== "string")
    fail(
      `${kind.ru} №${i + 1}: нужны mentorId и menteeId (строки).`,
      `${kind.en} #${i + 1}: mentorId and menteeId (strings) are needed.`,
    );
}

function pinBroken(
  why: HardFailure,
  rules: Rules,
  m: PreparedMentor,
  e: PreparedMentee,
): { ru: string; en: string } {
  const form = e.form;
  const formRu = form ? FORM_INDEX.label(form, "ru") : "";
  const formEn = form ? FORM_INDEX.label(form, "en") : "";
  switch (why) {
    case "inactive":
      return m.active
        ? { ru: "наставляемый не участвует в программе", en: "the mentee is not taking part" }
        : { ru: "наставник не участвует в программе", en: "the mentor is not taking part" };
    case "form":
      return form === undefined
        ? {
            ru: "у наставляемого не указана форма наставничества",
            en: "the mentee's form of mentoring is not given",
          }
        : {
            ru: `наставник не ведёт форму «${formRu}»`,
            en: `the mentor does not accept the form “${formEn}”`,
          };
    case "experience": {
      const min = form ? rules.minExperience[form] : 0;
      const has = m.experience === undefined ? "не указан" : String(m.experience);
      const hasEn = m.experience === undefined ? "not given" : String(m.experience);
      return {
        ru: `для формы «${formRu}» нужен стаж наставника от ${min} лет, а у него ${has}`,
        en: `the form “${formEn}” needs a mentor with at least ${min} years of experience, the mentor's is ${hasEn}`,
      };
    }
    case "organization":
      return {
        ru: `в форме «${formRu}» наставник и наставляемый должны быть из одной организации («${m.organizationText}» и «${e.organizationText}»)`,
        en: `in the form “${formEn}” mentor and mentee must be of the same organisation (“${m.organizationText}” and “${e.organizationText}”)`,
      };
    case "self":
      return { ru: "это один и тот же человек", en: "this is one and the same person" };
    case "excluded":
      return { ru: "куратор исключил эту пару", en: "the curator excluded this pair" };
  }
}

/**
 * Optimal matching of a base's mentees to its mentors: as many mentees placed as the hard rules allow, then the
 * largest total score, with the curator's pins kept. Throws MatchError on bad input or a pin that breaks a rule.
 */
export function matchBase(input: MatchInput): MatchResult {
  const weights = prepareWeights(input.weights);
  const rules = prepareRules(input.rules);
  const vocabulary = new Vocabulary();
  const mentors = prepareMentors(input.mentors ?? [], vocabulary);
  const mentees = prepareMentees(input.mentees ?? [], vocabulary);
  const K = alternativesCount(input.alternatives);
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map(mentees.map((e, i) => [e.id, i]));
  const mentorIds = mentors.map((m) => m.id);

  const used = mentors.map(() => 0);
  for (const [id, n] of Object.entries(input.used ?? {})) {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      fail(
        `Занятые места наставника «${id}» (used) должны быть целым числом не меньше 0, указано ${String(n)}.`,
        `Places taken of the mentor “${id}” (used) must be a whole number not below 0, got ${String(n)}.`,
      );
    const i = mentorIndex.get(id);
    if (i !== undefined) used[i] = n;
  }
  const free = mentors.map((m, i) => Math.max(0, m.capacity - used[i]!));
  const alreadyPaired = new Set(input.alreadyPaired ?? []);
  const excluded = new Set<string>();
  /** Excluded mentors by mentee, as indices. */
  const excludedFor = new Map<number, Set<number>>();
  (input.exclusions ?? []).forEach((x, i) => {
    checkRef({ ru: "Исключение", en: "Exclusion" }, x, i);
    excluded.add(pairKey(x.mentorId, x.menteeId));
    const mi = mentorIndex.get(x.mentorId);
    const ei = menteeIndex.get(x.menteeId);
    if (mi === undefined || ei === undefined) return;
    const set = excludedFor.get(ei) ?? new Set<number>();
    set.add(mi);
    excludedFor.set(ei, set);
  });

  // Pins: checked against every hard rule, then their places are taken before the optimisation.
  const pinOf = new Map<number, number>();
  (input.pins ?? []).forEach((pin, n) => {
    checkRef({ ru: "Закрепление", en: "Pin" }, pin, n);
    const where = {
      ru: `Закреплённая пара «${pin.mentorId}» → «${pin.menteeId}»`,
      en: `Pinned pair “${pin.mentorId}” → “${pin.menteeId}”`,
    };
    const mi = mentorIndex.get(pin.mentorId);
    const ei = menteeIndex.get(pin.menteeId);
    if (mi === undefined)
      fail(
        `${where.ru}: наставника с id «${pin.mentorId}» нет.`,
        `${where.en}: there is no mentor with the id “${pin.mentorId}”.`,
      );
    if (ei === undefined)
      fail(
        `${where.ru}: наставляемого с id «${pin.menteeId}» нет.`,
        `${where.en}: there is no mentee with the id “${pin.menteeId}”.`,
      );
    const m = mentors[mi!]!;
    const e = mentees[ei!]!;
    const before = pinOf.get(ei!);
    if (before === mi) return;
    if (before !== undefined)
      fail(
        `Наставляемый «${e.id}» закреплён за двумя наставниками: «${mentors[before]!.id}» и «${m.id}».`,
        `The mentee “${e.id}” is pinned to two mentors: “${mentors[before]!.id}” and “${m.id}”.`,
      );
    if (alreadyPaired.has(e.id))
      fail(
        `${where.ru}: наставляемый уже в действующей паре.`,
        `${where.en}: the mentee is already in a current pair.`,
      );
    const why = hardFailure(rules, excluded, m, e);
    if (why !== null) {
      const text = pinBroken(why, rules, m, e);
      fail(
        `${where.ru} нарушает обязательное условие: ${text.ru}.`,
        `${where.en} breaks a hard rule: ${text.en}.`,
      );
    }
    pinOf.set(ei!, mi!);
  });
  const pinCount = mentors.map(() => 0);
  for (const mi of pinOf.values()) pinCount[mi]!++;
  mentors.forEach((m, i) => {
    if (pinCount[i]! > free[i]!)
      fail(
        `У наставника «${m.id}» закреплено пар: ${pinCount[i]}, а свободных мест ${free[i]} (мест ${m.capacity}, занято действующими парами ${used[i]}).`,
        `The mentor “${m.id}” has ${pinCount[i]} pinned pairs but ${free[i]} free places (capacity ${m.capacity}, taken by current pairs ${used[i]}).`,
      );
    free[i]! -= pinCount[i]!;
  });

  // Mentors who may take a mentee of each form (taking part, the form accepted, experience enough); with the
  // same-organisation rule, per organisation too.
  const qualified = new Map<string, number[]>();
  const ofForm = new Map<Form, number[]>();
  mentors.forEach((m, i) => {
    if (!m.active) return;
    for (const form of m.forms) {
      const all = ofForm.get(form);
      if (all) all.push(i);
      else ofForm.set(form, [i]);
      if (experienceFails(rules, form, m)) continue;
      const key = rules.sameOrganization.includes(form) ? `${form}\u0000${m.organization}` : form;
      const list = qualified.get(key);
      if (list) list.push(i);
      else qualified.set(key, [i]);
    }
  });
  const qualifiedFor = (e: PreparedMentee): readonly number[] => {
    if (e.form === undefined) return [];
    const key = rules.sameOrganization.includes(e.form) ? `${e.form}\u0000${e.organization}` : e.form;
    return qualified.get(key) ?? [];
  };

  const skipped: SkippedMentee[] = [];
  const considered: number[] = [];
  mentees.forEach((e, i) => {
    if (alreadyPaired.has(e.id) && !pinOf.has(i)) skipped.push({ menteeId: e.id, why: "already_paired" });
    else if (!e.active && !pinOf.has(i)) skipped.push({ menteeId: e.id, why: "inactive" });
    else considered.push(i);
  });

  // The sparse graph: allowed pairs of the mentees still to be placed, with their scores.
  const toMatch: number[] = [];
  const edges = new EdgeList();
  const shortlists = new Map<number, Shortlist>();
  for (const ei of considered) {
    const e = mentees[ei]!;
    const pinned = pinOf.has(ei);
    if (!pinned && e.requests.length === 0) continue;
    const list = new Shortlist(K + 1);
    shortlists.set(ei, list);
    const left = pinned ? -1 : toMatch.length;
    if (!pinned) toMatch.push(ei);
    const out = excludedFor.get(ei);
    for (const mi of qualifiedFor(e)) {
      const m = mentors[mi]!;
      if (out?.has(mi) || samePerson(m, e)) continue;
      const score = scorePair(weights, vocabulary, m, e);
      list.offer(mi, score);
      if (left >= 0 && free[mi]! > 0) edges.add(left, mi, score);
    }
  }
  const mentorOf = solveEdges(toMatch.length, free, edges);

  const assigned = new Map<number, number>(pinOf);
  toMatch.forEach((ei, k) => {
    if (mentorOf[k]! >= 0) assigned.set(ei, mentorOf[k]!);
  });
  const freeAfter = free.slice();
  for (const [ei, mi] of assigned) if (!pinOf.has(ei)) freeAfter[mi]!--;

  const pairs: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let totalScore = 0;
  for (const ei of considered) {
    const e = mentees[ei]!;
    const mi = assigned.get(ei);
    const list = shortlists.get(ei);
    const alternatives = list ? list.candidates(mi ?? -1, K, mentorIds, freeAfter) : [];
    if (mi === undefined) {
      unmatched.push({ menteeId: e.id, reason: whyUnmatched(e), alternatives });
      continue;
    }
    const m = mentors[mi]!;
    const reasons: Reason[] = [];
    const pinned = pinOf.has(ei);
    if (pinned) reasons.push({ code: "pinned", effect: "note", params: {} });
    const score = scorePair(weights, vocabulary, m, e, reasons);
    totalScore += score;
    pairs.push({ mentorId: m.id, menteeId: e.id, score, pinned, reasons, alternatives });
  }
  pairs.sort((a, b) => byId(a.mentorId, b.mentorId) || byId(a.menteeId, b.menteeId));
  return { pairs, unmatched, skipped, totalScore, maxScore: maxScore(weights) };

  /** The first of the reasons, in the order a curator would fix them. */
  function whyUnmatched(e: PreparedMentee): UnmatchedReason {
    if (e.form === undefined) return { code: "no_form", params: {} };
    const form: Form = e.form;
    if (e.requests.length === 0) return { code: "empty_request", params: {} };
    const candidates = (ofForm.get(form) ?? []).map((i) => mentors[i]!);
    if (candidates.length === 0) return { code: "no_mentor_of_form", params: { form } };
    const experienced = candidates.filter((m) => !experienceFails(rules, form, m));
    if (experienced.length === 0)
      return { code: "no_experienced_mentor", params: { form, years: rules.minExperience[form] ?? 0 } };
    const inOrganization = experienced.filter((m) => !organizationFails(rules, form, m, e));
    if (inOrganization.length === 0)
      return { code: "no_mentor_in_organization", params: { form, organization: e.organizationText } };
    const allowed = inOrganization.filter((m) => !samePerson(m, e) && !excluded.has(pairKey(m.id, e.id)));
    if (allowed.length === 0) return { code: "all_excluded", params: { count: inOrganization.length } };
    const withRoom = allowed.filter((m) => free[mentorIndex.get(m.id)!]! > 0);
    if (withRoom.length === 0) return { code: "mentors_full", params: { count: allowed.length } };
    return { code: "taken_by_others", params: { count: withRoom.length } };
  }
}
