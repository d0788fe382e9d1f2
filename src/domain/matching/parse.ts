import type { Form } from "../enums";
import type { Locale } from "../i18n";
import { matchBase } from "./base";
import { matchGraph } from "./graph";
import { MatchError, reasonText, unmatchedText } from "./texts";
import type { GraphInput, MatchInput, MatchMentee, MatchMentor, MatchResult } from "./types";

/**
 * The JSON contract of `npm run match`: a problem as text in, the result as plain JSON out. Every shape is checked
 * here, so a wrong type is reported with the path of the field rather than failing somewhere inside.
 */

type Json = Record<string, unknown>;

const fail = (ru: string, en: string): never => {
  throw new MatchError({ ru, en });
};

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function wrong(path: string, ru: string, en: string, value: unknown): never {
  return fail(
    `Поле «${path}» должно быть ${ru}, а указано ${show(value)}.`,
    `The field “${path}” must be ${en}, got ${show(value)}.`,
  );
}

function object(v: unknown, path: string): Json {
  if (!isObject(v)) wrong(path, "объектом {…}", "an object {…}", v);
  return v as Json;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) wrong(path, "списком […]", "a list […]", v);
  return v as unknown[];
}

function string(v: unknown, path: string): string {
  if (typeof v !== "string") wrong(path, "строкой", "a string", v);
  return v as string;
}

function optString(v: unknown, path: string): string | undefined {
  return v === undefined || v === null ? undefined : string(v, path);
}

function optNumber(v: unknown, path: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) wrong(path, "числом", "a number", v);
  return v as number;
}

function textList(v: unknown, path: string): string[] | string | undefined {
  if (v === undefined || v === null || typeof v === "string") return v ?? undefined;
  return array(v, path).map((x, i) => string(x, `${path}[${i}]`));
}

function graphMentees(v: unknown): string[] | undefined {
  const list = textList(v, "mentees");
  return typeof list === "string" ? [list] : list;
}

function refs(v: unknown, path: string): { mentorId: string; menteeId: string }[] | undefined {
  if (v === undefined || v === null) return undefined;
  return array(v, path).map((x, i) => {
    const o = object(x, `${path}[${i}]`);
    return {
      mentorId: string(o.mentorId, `${path}[${i}].mentorId`),
      menteeId: string(o.menteeId, `${path}[${i}].menteeId`),
    };
  });
}

function numbers(v: unknown, path: string): Record<string, number> | undefined {
  if (v === undefined || v === null) return undefined;
  const o = object(v, path);
  const out: Record<string, number> = {};
  for (const key of Object.keys(o)) {
    const n = optNumber(o[key], `${path}.${key}`);
    if (n === undefined) wrong(`${path}.${key}`, "числом", "a number", o[key]);
    Object.defineProperty(out, key, { value: n, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function only(o: Json, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(o))
    if (!allowed.includes(key))
      fail(
        `Неизвестное поле «${path ? `${path}.` : ""}${key}» (допустимо: ${allowed.join(", ")}).`,
        `Unknown field “${path ? `${path}.` : ""}${key}” (allowed: ${allowed.join(", ")}).`,
      );
}

function mentor(v: unknown, path: string): MatchMentor {
  const o = object(v, path);
  return {
    id: string(o.id, `${path}.id`),
    fullName: optString(o.fullName, `${path}.fullName`),
    forms: textList(o.forms, `${path}.forms`),
    capacity: optNumber(o.capacity, `${path}.capacity`),
    competencies: textList(o.competencies, `${path}.competencies`),
    subjects: textList(o.subjects, `${path}.subjects`),
    experienceYears: optNumber(o.experienceYears, `${path}.experienceYears`),
    organization: optString(o.organization, `${path}.organization`),
    format: optString(o.format, `${path}.format`),
    email: optString(o.email, `${path}.email`),
    phone: optString(o.phone, `${path}.phone`),
    status: optString(o.status, `${path}.status`),
    preferredMentee: optString(o.preferredMentee, `${path}.preferredMentee`),
  };
}

function mentee(v: unknown, path: string): MatchMentee {
  const o = object(v, path);
  return {
    id: string(o.id, `${path}.id`),
    fullName: optString(o.fullName, `${path}.fullName`),
    form: optString(o.form, `${path}.form`),
    requests: textList(o.requests, `${path}.requests`),
    subject: optString(o.subject, `${path}.subject`),
    experienceYears: optNumber(o.experienceYears, `${path}.experienceYears`),
    organization: optString(o.organization, `${path}.organization`),
    format: optString(o.format, `${path}.format`),
    preferredMentor: optString(o.preferredMentor, `${path}.preferredMentor`),
    email: optString(o.email, `${path}.email`),
    phone: optString(o.phone, `${path}.phone`),
    status: optString(o.status, `${path}.status`),
  };
}

export type MatchProblem = { kind: "base"; input: MatchInput } | { kind: "graph"; input: GraphInput };

/** Reads a problem from parsed JSON: a base-level one (mentors, mentees) or an explicit graph (capacities, edges). */
export function parseMatchProblem(json: unknown): MatchProblem {
  const root = object(json, "(корень)");
  const isGraph = "capacities" in root || "edges" in root;
  const isBase = "mentors" in root || ("mentees" in root && !isGraph);
  if (isBase && isGraph)
    fail(
      "Во входных данных и наставники (mentors), и граф (capacities, edges): нужно что-то одно.",
      "The input has both mentors (mentors) and a graph (capacities, edges): give one of them.",
    );
  if (!isBase && !isGraph)
    fail(
      "Во входных данных нет ни людей (mentors, mentees), ни графа (capacities, edges).",
      "The input has neither people (mentors, mentees) nor a graph (capacities, edges).",
    );
  const alternatives = optNumber(root.alternatives, "alternatives");
  if (isGraph) {
    only(root, ["capacities", "edges", "pins", "exclusions", "mentees", "alternatives"], "");
    const edges = array(root.edges ?? [], "edges").map((x, i) => {
      const o = object(x, `edges[${i}]`);
      const score = optNumber(o.score, `edges[${i}].score`);
      if (score === undefined) wrong(`edges[${i}].score`, "числом", "a number", o.score);
      return {
        mentorId: string(o.mentorId, `edges[${i}].mentorId`),
        menteeId: string(o.menteeId, `edges[${i}].menteeId`),
        score: score as number,
      };
    });
    return {
      kind: "graph",
      input: {
        capacities: numbers(root.capacities ?? {}, "capacities") ?? {},
        edges,
        pins: refs(root.pins, "pins"),
        exclusions: refs(root.exclusions, "exclusions"),
        mentees: graphMentees(root.mentees),
        alternatives,
      },
    };
  }
  only(
    root,
    ["mentors", "mentees", "pins", "exclusions", "used", "alreadyPaired", "weights", "rules", "alternatives"],
    "",
  );
  let rules: MatchInput["rules"];
  if (root.rules !== undefined && root.rules !== null) {
    const r = object(root.rules, "rules");
    only(r, ["minExperience", "sameOrganization"], "rules");
    const same = textList(r.sameOrganization, "rules.sameOrganization");
    rules = {
      minExperience: numbers(r.minExperience, "rules.minExperience") as
        | Partial<Record<Form, number>>
        | undefined,
      // Labels are read by prepareRules, which accepts either language or the key.
      sameOrganization: (typeof same === "string" ? [same] : same) as Form[] | undefined,
    };
  }
  const alreadyPaired = textList(root.alreadyPaired, "alreadyPaired");
  return {
    kind: "base",
    input: {
      mentors: array(root.mentors ?? [], "mentors").map((x, i) => mentor(x, `mentors[${i}]`)),
      mentees: array(root.mentees ?? [], "mentees").map((x, i) => mentee(x, `mentees[${i}]`)),
      pins: refs(root.pins, "pins"),
      exclusions: refs(root.exclusions, "exclusions"),
      used: numbers(root.used, "used"),
      alreadyPaired: typeof alreadyPaired === "string" ? [alreadyPaired] : alreadyPaired,
      weights: numbers(root.weights, "weights"),
      rules,
      alternatives,
    },
  };
}

export function solveProblem(problem: MatchProblem): MatchResult {
  return problem.kind === "base" ? matchBase(problem.input) : matchGraph(problem.input);
}

/** The result as the command line prints it: reasons as text in one language. */
export interface PlainResult {
  pairs: { mentorId: string; menteeId: string; score: number; reasons: string[] }[];
  unmatched: { menteeId: string; reason: string }[];
  totalScore: number;
}

export function plainResult(result: MatchResult, locale: Locale = "ru"): PlainResult {
  return {
    pairs: result.pairs.map((p) => ({
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      score: p.score,
      reasons: p.reasons.map((r) => reasonText(r, locale)),
    })),
    unmatched: result.unmatched.map((u) => ({
      menteeId: u.menteeId,
      reason: unmatchedText(u.reason, locale),
    })),
    totalScore: result.totalScore,
  };
}

/** JSON text in, plain result out; throws MatchError on bad input (including text that is not JSON). */
export function matchJson(text: string, locale: Locale = "ru"): PlainResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
    fail(
      `Входные данные — не JSON (разбор остановился: ${detail}).`,
      `The input is not JSON (parsing stopped: ${detail}).`,
    );
  }
  return plainResult(solveProblem(parseMatchProblem(json)), locale);
}
