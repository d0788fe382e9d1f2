import { type Cell, neutralizeFormula } from "../cells";
import { type EnumIndex, enumIndex } from "../enums";
import { fill, type L, type Locale } from "../i18n";
import { parseDateText } from "../schemas";
import { SURVEYS } from "./definitions";
import { isTokenShaped, normaliseToken } from "./tokens";
import type { Answers, Question, SurveyDef, SurveyProblem, SurveyProblemCode } from "./types";

/** A form item's title as compared: case, ё, dashes, spaces, a trailing asterisk or colon do not matter. */
export function normaliseTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[\s*:]+$/g, "")
    .trim();
}

/** The answer as a list of non-empty trimmed strings (a text item gives one, a checkbox item several). */
export function answerValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => String(v).trim()).filter((v) => v !== "");
}

/**
 * Maps a form response read as item title → answer back to question keys. Titles are recognised in either
 * language (and the key itself is accepted); items the survey does not know are left out, as are empty answers.
 */
export function answersByKey(def: SurveyDef, itemTitleToValue: Record<string, string | string[]>): Answers {
  const byTitle = new Map<string, string>();
  for (const q of def.questions) {
    if (q.type === "section") continue;
    for (const t of [q.key, q.title.ru, q.title.en]) byTitle.set(normaliseTitle(t), q.key);
  }
  const out: Answers = {};
  for (const [title, value] of Object.entries(itemTitleToValue)) {
    const key = byTitle.get(normaliseTitle(title));
    if (!key) continue;
    const values = answerValues(value);
    if (values.length === 0) continue;
    out[key] = Array.isArray(value) ? values : values[0]!;
  }
  return out;
}

const choiceIndexes = new WeakMap<Question, EnumIndex<string>>();

/** The key of the choice an answer names (its label in either language, or the key), tolerant as the base is. */
export function choiceKey(q: Question, text: string): string | undefined {
  if (!q.choices) return undefined;
  let index = choiceIndexes.get(q);
  if (!index) {
    index = enumIndex({ name: q.title, values: Object.fromEntries(q.choices.map((c) => [c.key, c.label])) });
    choiceIndexes.set(q, index);
  }
  return index.parse(text);
}

function choiceLabel(q: Question, text: string, locale: Locale): string {
  const key = choiceKey(q, text);
  return q.choices?.find((c) => c.key === key)?.label[locale] ?? text;
}

/** A whole number in [min, max] from an answer, or undefined. */
function wholeNumber(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

export function scaleValue(q: Question, value: string | string[] | undefined): number | undefined {
  if (!q.scale) return undefined;
  const values = answerValues(value);
  return values.length === 1 ? wholeNumber(values[0], q.scale.min, q.scale.max) : undefined;
}

/**
 * The questions shown to the person who gave these answers: a section with `showIf` (and everything up to the
 * next section) is shown only when its condition holds.
 */
export function visibleQuestions(def: SurveyDef, answers: Answers): Question[] {
  const out: Question[] = [];
  let shown = true;
  for (const q of def.questions) {
    if (q.type === "section") {
      const cond = q.showIf;
      if (!cond) shown = true;
      else {
        const on = def.questions.find((x) => x.key === cond.key);
        const given = answerValues(answers[cond.key])[0];
        shown = on !== undefined && given !== undefined && choiceKey(on, given) === cond.value;
      }
    }
    if (shown) out.push(q);
  }
  return out;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

export const SURVEY_TEXT = {
  required: {
    ru: "Нет ответа на обязательный вопрос «{title}».",
    en: "No answer to the required question “{title}”.",
  },
  scale: {
    ru: "Ответ на вопрос «{title}» — «{value}», а нужно целое число от {min} до {max}.",
    en: "The answer to “{title}” is “{value}”; a whole number from {min} to {max} is needed.",
  },
  number: {
    ru: "Ответ на вопрос «{title}» — «{value}», а нужно целое число от {min} до {max}.",
    en: "The answer to “{title}” is “{value}”; a whole number from {min} to {max} is needed.",
  },
  choice: {
    ru: "В вопросе «{title}» нет варианта «{value}».",
    en: "The question “{title}” has no choice “{value}”.",
  },
  email: {
    ru: "Ответ на вопрос «{title}» — «{value}» — не похож на адрес электронной почты.",
    en: "The answer to “{title}”, “{value}”, does not look like an e-mail address.",
  },
  date: {
    ru: "Ответ на вопрос «{title}» — «{value}» — не дата.",
    en: "The answer to “{title}”, “{value}”, is not a date.",
  },
  consent: {
    ru: "Нет ответа «да» на вопрос «{title}»: без согласия данные нельзя вносить в базу.",
    en: "The answer to “{title}” is not “yes”: without consent the data may not go into the base.",
  },
  token: {
    ru: "Код анкеты пустой или изменён: ответ нельзя связать с участником. Попросите заполнить анкету заново по ссылке из письма.",
    en: "The survey code is empty or changed: the answer cannot be linked to a participant. Ask for the survey to be filled in again from the link in the e-mail.",
  },
} as const satisfies Record<SurveyProblemCode, L>;

const shortValue = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * What is wrong with a response: required answers missing (only in the sections that were shown), scale and
 * number answers out of range, choices the survey does not offer, an e-mail or date that is not one, a consent
 * that is not "yes", a token that is missing or not token-shaped. Messages in both languages.
 */
export function validateAnswers(def: SurveyDef, answers: Answers): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const add = (q: Question, code: SurveyProblemCode, params: Record<string, string | number> = {}) =>
    problems.push({
      key: q.key,
      code,
      message: {
        ru: fill(SURVEY_TEXT[code].ru, { title: q.title.ru, ...params }),
        en: fill(SURVEY_TEXT[code].en, { title: q.title.en, ...params }),
      },
    });
  for (const q of visibleQuestions(def, answers)) {
    if (q.type === "section") continue;
    const values = answerValues(answers[q.key]);
    if (values.length === 0) {
      if (q.token) add(q, "token");
      else if (q.mustAccept) add(q, "consent");
      else if (q.required) add(q, "required");
      continue;
    }
    const first = values[0]!;
    switch (q.type) {
      case "scale": {
        const s = q.scale!;
        if (scaleValue(q, answers[q.key]) === undefined)
          add(q, "scale", { value: shortValue(values.join(", ")), min: s.min, max: s.max });
        break;
      }
      case "choice":
      case "list":
      case "checkboxes": {
        if (q.mustAccept) {
          if (values.length !== 1 || choiceKey(q, first) !== "yes") add(q, "consent");
          break;
        }
        const bad = values.filter((v) => choiceKey(q, v) === undefined);
        if (bad.length > 0) add(q, "choice", { value: shortValue(bad.join("; ")) });
        else if (q.type !== "checkboxes" && values.length > 1)
          add(q, "choice", { value: shortValue(values.join("; ")) });
        break;
      }
      case "email":
        if (!EMAIL.test(first)) add(q, "email", { value: shortValue(first) });
        break;
      case "date":
        if (!parseDateText(first)) add(q, "date", { value: shortValue(first) });
        break;
      default:
        if (q.token && !isTokenShaped(first)) add(q, "token");
        else if (q.number && wholeNumber(first, q.number.min, q.number.max) === undefined)
          add(q, "number", { value: shortValue(first), min: q.number.min, max: q.number.max });
    }
  }
  return problems;
}

/** The token of a response to a survey that carries one, normalised; undefined when missing or not a token. */
export function tokenOf(def: SurveyDef, answers: Answers): string | undefined {
  const q = def.questions.find((x) => x.token);
  return q ? normaliseToken(answerValues(answers[q.key])[0]) : undefined;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The survey's headline figure: for satisfaction the overall 1–10 answer; for entry and exit monitoring the
 * mean of the competency items answered, to one decimal; undefined for registration or when nothing to count.
 */
export function scoreOf(def: SurveyDef, answers: Answers): number | undefined {
  const score = def.score;
  if (!score) return undefined;
  const itemValue = (key: string) => {
    const q = def.questions.find((x) => x.key === key);
    return q ? scaleValue(q, answers[key]) : undefined;
  };
  if (score.method === "item") return itemValue(score.key);
  const values = score.keys.map(itemValue).filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : round1(values.reduce((a, b) => a + b, 0) / values.length);
}

export interface GrowthItem {
  readonly key: string;
  readonly entry?: number;
  readonly exit?: number;
  /** exit − entry, when both are known. */
  readonly delta?: number;
}

export interface Growth {
  /** Every 1–10 item of the monitoring, competencies first. */
  readonly items: GrowthItem[];
  /** The scores (mean of the competencies) at entry and exit, and their difference. */
  readonly entry?: number;
  readonly exit?: number;
  readonly delta?: number;
}

/** Entry against exit monitoring of one mentee, item by item: the instrument is the same, so are the keys. */
export function monitoringGrowth(entry: Answers, exit: Answers): Growth {
  const before = SURVEYS.entry;
  const after = SURVEYS.exit;
  const items: GrowthItem[] = before.questions
    .filter((q) => q.type === "scale")
    .map((q) => {
      const e = scaleValue(q, entry[q.key]);
      const qx = after.questions.find((x) => x.key === q.key);
      const x = qx ? scaleValue(qx, exit[q.key]) : undefined;
      return { key: q.key, entry: e, exit: x, delta: e !== undefined && x !== undefined ? x - e : undefined };
    });
  const e = scoreOf(before, entry);
  const x = scoreOf(after, exit);
  return { items, entry: e, exit: x, delta: e !== undefined && x !== undefined ? round1(x - e) : undefined };
}

export const ANSWER_TEXT_MAX = 300;
export const ANSWERS_TEXT_MAX = 3000;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An answer as one line of text: choices by their label in `locale`, line breaks and runs of spaces as one. */
function answerLine(q: Question, value: string | string[] | undefined, locale: Locale): string {
  const values = answerValues(value).map((v) => (q.choices ? choiceLabel(q, v, locale) : v));
  return values.join(", ").replace(/\s+/g, " ").trim();
}

/**
 * A readable one-cell summary «Вопрос: ответ; …» of the answered questions (the token and sections left out).
 * Each answer is cut to {@link ANSWER_TEXT_MAX} characters and made inert with `neutralizeFormula`; the whole to
 * {@link ANSWERS_TEXT_MAX}.
 */
export function answersText(def: SurveyDef, answers: Answers, locale: Locale): string {
  const parts: string[] = [];
  for (const q of def.questions) {
    if (q.type === "section" || q.token) continue;
    const line = answerLine(q, answers[q.key], locale);
    if (line === "") continue;
    const safe = String(neutralizeFormula(clip(line, ANSWER_TEXT_MAX)) as Cell);
    parts.push(`${q.title[locale].replace(/[?:…]+$/, "")}: ${safe}`);
  }
  return String(neutralizeFormula(clip(parts.join("; "), ANSWERS_TEXT_MAX)));
}
