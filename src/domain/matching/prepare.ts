import { normaliseEmail, normaliseName, normalisePhone, splitList } from "../cells";
import { type EnumIndex, enumIndex, FORMATS, FORMS, type Form, type Format, PERSON_STATUSES } from "../enums";
import { MatchError } from "./texts";
import type { MatchMentee, MatchMentor, Rules, Weights } from "./types";
import { type Phrase, type Vocabulary, words } from "./words";

/** The people and settings of a base-level problem, read once into the shape the matcher works with. */

export const FORM_INDEX = memoised(enumIndex(FORMS));
const FORMAT_INDEX = memoised(enumIndex(FORMATS));
const STATUS_INDEX = memoised(enumIndex(PERSON_STATUSES));

/** The same reader, remembering what it read: a base repeats a handful of labels thousands of times. */
function memoised<K extends string>(index: EnumIndex<K>): EnumIndex<K> {
  const known = new Map<string, K | undefined>();
  return {
    ...index,
    parse: (text) => {
      if (known.has(text)) return known.get(text);
      const key = index.parse(text);
      if (known.size < 1000) known.set(text, key);
      return key;
    },
  };
}

export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  requests: 40,
  subject: 20,
  format: 10,
  organization: 5,
  experience: 10,
  preference: 15,
};

/** «педагог – педагог»: more than 3 years, i.e. at least 4 full years (experience is kept in full years). */
export const DEFAULT_RULES: Readonly<Rules> = {
  minExperience: { teacher_teacher: 4 },
  sameOrganization: [],
};

export interface Person {
  readonly id: string;
  /** Numbers of the id, the normalised name (−1 when empty), e-mail and phone (−1 when not given). */
  readonly idKey: number;
  readonly nameKey: number;
  readonly emailKey: number;
  readonly phoneKey: number;
  /** Texts that name this person in a stated preference: the id, the full name, surname with initials. */
  readonly keys: readonly string[];
  readonly preferred: ReadonlySet<string>;
  readonly organization: string;
  readonly organizationText: string;
  readonly format: Format | undefined;
  readonly experience: number | undefined;
  readonly active: boolean;
  readonly status: string;
}

export interface PreparedMentor extends Person {
  readonly forms: ReadonlySet<Form>;
  readonly capacity: number;
  readonly competencies: readonly { text: string; phrase: Phrase }[];
  readonly competencyPhrases: readonly Phrase[];
  readonly subjects: readonly Phrase[];
  readonly subjectsText: string;
}

export interface PreparedMentee extends Person {
  readonly form: Form | undefined;
  /** Requests with at least one significant word. */
  readonly requests: readonly { text: string; phrase: Phrase }[];
  readonly subject: Phrase | undefined;
  readonly subjectText: string;
}

const fail = (ru: string, en: string): never => {
  throw new MatchError({ ru, en });
};

export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function list(value: readonly string[] | string | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === "string" ? splitList(value) : value.map((s) => s.trim());
  return items.filter((s) => s.length > 0);
}

function nameKeys(fullName: string): string[] {
  const w = words(fullName);
  if (w.length === 0) return [];
  const keys = [w.join(" ")];
  if (w.length > 1) keys.push([w[0], ...w.slice(1).map((x) => x[0])].join(" "));
  if (w.length > 2) keys.push(w.slice(0, 2).join(" "));
  return keys;
}

function preferenceSet(text: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const item of (text ?? "").split(/[;\n]+/)) {
    const trimmed = item.trim().toLowerCase();
    if (trimmed === "") continue;
    out.add(trimmed);
    out.add(words(item).join(" "));
  }
  return out;
}

function person(
  who: { ru: string; en: string },
  p: MatchMentor | MatchMentee,
  preferredText: string | undefined,
  vocabulary: Vocabulary,
): Person {
  const id = p.id;
  let format: Format | undefined;
  if (p.format !== undefined && p.format.trim() !== "") {
    format = FORMAT_INDEX.parse(p.format);
    if (format === undefined)
      fail(
        `${who.ru} «${id}»: неизвестный формат «${p.format}» (допустимо: ${FORMAT_INDEX.labels("ru").join(", ")}).`,
        `${who.en} “${id}”: unknown format “${p.format}” (allowed: ${FORMAT_INDEX.labels("en").join(", ")}).`,
      );
  }
  let experience: number | undefined;
  if (p.experienceYears !== undefined && p.experienceYears !== null) {
    if (typeof p.experienceYears !== "number" || !Number.isFinite(p.experienceYears) || p.experienceYears < 0)
      fail(
        `${who.ru} «${id}»: стаж должен быть числом лет не меньше 0, указано ${String(p.experienceYears)}.`,
        `${who.en} “${id}”: experience must be a number of years not below 0, got ${String(p.experienceYears)}.`,
      );
    experience = p.experienceYears;
  }
  let status = "active";
  if (p.status !== undefined && p.status.trim() !== "") {
    const parsed = STATUS_INDEX.parse(p.status);
    if (parsed === undefined)
      fail(
        `${who.ru} «${id}»: неизвестный статус «${p.status}».`,
        `${who.en} “${id}”: unknown status “${p.status}”.`,
      );
    status = parsed ?? "active";
  }
  const fullName = p.fullName ?? "";
  const key = (text: string) => (text === "" ? -1 : vocabulary.intern(text));
  return {
    id,
    idKey: vocabulary.intern(id),
    nameKey: key(normaliseName(fullName)),
    emailKey: key(normaliseEmail(p.email ?? "")),
    phoneKey: key(normalisePhone(p.phone ?? "")),
    keys: [id.trim().toLowerCase(), ...nameKeys(fullName)],
    preferred: preferenceSet(preferredText),
    organization: words(p.organization ?? "").join(" "),
    organizationText: (p.organization ?? "").trim(),
    format,
    experience,
    active: status === "active" || status === "candidate",
    status,
  };
}

function checkId(who: { ru: string; en: string }, id: unknown, seen: Set<string>): void {
  if (typeof id !== "string" || id.trim() === "")
    fail(`${who.ru}: не указан id.`, `${who.en}: the id is missing.`);
  if (seen.has(id as string))
    fail(`${who.ru} с id «${id}» указан дважды.`, `${who.en} with the id “${id}” is listed twice.`);
  seen.add(id as string);
}

export function prepareMentors(mentors: readonly MatchMentor[], vocabulary: Vocabulary): PreparedMentor[] {
  const who = { ru: "Наставник", en: "Mentor" };
  const seen = new Set<string>();
  const out = mentors.map((m): PreparedMentor => {
    checkId(who, m.id, seen);
    const forms = new Set<Form>();
    for (const label of list(m.forms)) {
      const form = FORM_INDEX.parse(label);
      if (form === undefined)
        fail(
          `Наставник «${m.id}»: неизвестная форма наставничества «${label}» (допустимо: ${FORM_INDEX.labels("ru").join("; ")}).`,
          `Mentor “${m.id}”: unknown form of mentoring “${label}” (allowed: ${FORM_INDEX.labels("en").join("; ")}).`,
        );
      else forms.add(form);
    }
    const capacity = m.capacity ?? 1;
    if (typeof capacity !== "number" || !Number.isInteger(capacity) || capacity < 0)
      fail(
        `Наставник «${m.id}»: число мест (capacity) должно быть целым и не меньше 0, указано ${String(capacity)}.`,
        `Mentor “${m.id}”: capacity must be a whole number not below 0, got ${String(capacity)}.`,
      );
    const subjects = list(m.subjects);
    const competencies = list(m.competencies).map((text) => ({ text, phrase: vocabulary.phrase(text) }));
    return {
      ...person(who, m, m.preferredMentee, vocabulary),
      forms,
      capacity,
      competencies,
      competencyPhrases: competencies.map((c) => c.phrase),
      subjects: subjects.map((s) => vocabulary.phrase(s)).filter((s) => s.stems.length > 0),
      subjectsText: subjects.join(", "),
    };
  });
  return out.sort((a, b) => byId(a.id, b.id));
}

export function prepareMentees(mentees: readonly MatchMentee[], vocabulary: Vocabulary): PreparedMentee[] {
  const who = { ru: "Наставляемый", en: "Mentee" };
  const seen = new Set<string>();
  const out = mentees.map((e): PreparedMentee => {
    checkId(who, e.id, seen);
    let form: Form | undefined;
    if (e.form !== undefined && e.form.trim() !== "") {
      form = FORM_INDEX.parse(e.form);
      if (form === undefined)
        fail(
          `Наставляемый «${e.id}»: неизвестная форма наставничества «${e.form}» (допустимо: ${FORM_INDEX.labels("ru").join("; ")}).`,
          `Mentee “${e.id}”: unknown form of mentoring “${e.form}” (allowed: ${FORM_INDEX.labels("en").join("; ")}).`,
        );
    }
    const subjectText = (e.subject ?? "").trim();
    const subject = vocabulary.phrase(subjectText);
    return {
      ...person(who, e, e.preferredMentor, vocabulary),
      form,
      requests: list(e.requests)
        .map((text) => ({ text, phrase: vocabulary.phrase(text) }))
        .filter((r) => r.phrase.stems.length > 0),
      subject: subject.stems.length > 0 ? subject : undefined,
      subjectText,
    };
  });
  return out.sort((a, b) => byId(a.id, b.id));
}

export function prepareWeights(weights: Partial<Weights> | undefined): Weights {
  const out: Weights = { ...DEFAULT_WEIGHTS };
  for (const [key, value] of Object.entries(weights ?? {})) {
    if (!(key in DEFAULT_WEIGHTS))
      fail(
        `Неизвестный вес «${key}» (допустимо: ${Object.keys(DEFAULT_WEIGHTS).join(", ")}).`,
        `Unknown weight “${key}” (allowed: ${Object.keys(DEFAULT_WEIGHTS).join(", ")}).`,
      );
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1e6)
      fail(
        `Вес «${key}» должен быть числом от 0 до 1 000 000, указано ${String(value)}.`,
        `Weight “${key}” must be a number from 0 to 1,000,000, got ${String(value)}.`,
      );
    out[key as keyof Weights] = value;
  }
  return out;
}

export function prepareRules(
  rules: { minExperience?: object; sameOrganization?: readonly string[] } | undefined,
): Rules {
  const minExperience: Partial<Record<Form, number>> = { ...DEFAULT_RULES.minExperience };
  for (const [label, value] of Object.entries(rules?.minExperience ?? {})) {
    const form = FORM_INDEX.parse(label);
    if (form === undefined)
      fail(
        `Правило о стаже: неизвестная форма наставничества «${label}».`,
        `Rule on experience: unknown form of mentoring “${label}”.`,
      );
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      fail(
        `Правило о стаже для формы «${label}»: нужно число лет не меньше 0, указано ${String(value)}.`,
        `Rule on experience for the form “${label}”: a number of years not below 0 is needed, got ${String(value)}.`,
      );
    minExperience[form as Form] = value as number;
  }
  const sameOrganization: Form[] = [];
  for (const label of rules?.sameOrganization ?? DEFAULT_RULES.sameOrganization) {
    const form = FORM_INDEX.parse(String(label));
    if (form === undefined)
      fail(
        `Правило об одной организации: неизвестная форма наставничества «${label}».`,
        `Rule on the same organisation: unknown form of mentoring “${label}”.`,
      );
    else if (!sameOrganization.includes(form)) sameOrganization.push(form);
  }
  return { minExperience, sameOrganization };
}
