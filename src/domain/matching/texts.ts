import { own } from "../base/own";
import { FORMATS, FORMS } from "../enums";
import { fill, type L, type Locale, pluralRu } from "../i18n";
import type { Reason, ReasonCode, UnmatchedCode, UnmatchedReason } from "./types";

/** An error in the matching input: `text` says in Russian and English what is wrong and where. */
export class MatchError extends Error {
  readonly text: L;
  constructor(text: L) {
    super(`${text.ru}\n${text.en}`);
    this.name = "MatchError";
    this.text = text;
  }
}

const years = (n: number, locale: Locale): string =>
  locale === "ru" ? `${n} ${pluralRu(n, "год", "года", "лет")}` : `${n} ${n === 1 ? "year" : "years"}`;

const formLabel = (key: unknown, locale: Locale): string =>
  (typeof key === "string" ? own<L>(FORMS.values, key)?.[locale] : undefined) ?? String(key);

const formatLabel = (key: unknown, locale: Locale): string =>
  (typeof key === "string" ? own<L>(FORMATS.values, key)?.[locale] : undefined) ?? String(key);

const REASONS: Record<ReasonCode, L> = {
  pinned: { ru: "пара закреплена куратором", en: "the curator fixed this pair" },
  given_score: { ru: "оценка пары из входных данных: {score}", en: "score given in the input: {score}" },
  request_covered: {
    ru: "запрос „{request}“ — в компетенциях наставника{competency}",
    en: "request “{request}” is among the mentor's competencies{competency}",
  },
  request_not_covered: {
    ru: "запрос „{request}“ не покрыт компетенциями наставника",
    en: "request “{request}” is not among the mentor's competencies",
  },
  no_request_covered: {
    ru: "ни один запрос не покрыт компетенциями наставника",
    en: "none of the requests is among the mentor's competencies",
  },
  same_subject: { ru: "тот же предмет: {subject}", en: "same subject: {subject}" },
  subject_differs: {
    ru: "другой предмет: у наставляемого «{subject}», у наставника «{subjects}»",
    en: "different subject: the mentee's is “{subject}”, the mentor's “{subjects}”",
  },
  same_format: { ru: "тот же формат: {mentee}", en: "same format: {mentee}" },
  format_fits: {
    ru: "формат подходит: у наставляемого {mentee}, у наставника {mentor}",
    en: "the format fits: the mentee's is {mentee}, the mentor's {mentor}",
  },
  format_differs: {
    ru: "разный формат: у наставляемого {mentee}, у наставника {mentor}",
    en: "different format: the mentee's is {mentee}, the mentor's {mentor}",
  },
  same_organization: { ru: "та же организация: {organization}", en: "same organisation: {organization}" },
  experience: { ru: "стаж наставника {years}{mentee}", en: "the mentor's experience is {years}{mentee}" },
  experience_gap_small: {
    ru: "стаж наставника {years} — не больше, чем у наставляемого ({menteeYears})",
    en: "the mentor's experience, {years}, is not more than the mentee's ({menteeYears})",
  },
  preferred_by_mentee: {
    ru: "наставляемый сам назвал этого наставника",
    en: "the mentee asked for this mentor",
  },
  preferred_by_mentor: {
    ru: "наставник сам назвал этого наставляемого",
    en: "the mentor asked for this mentee",
  },
};

/** A reason as a sentence fragment in the given language. */
export function reasonText(reason: Reason, locale: Locale = "ru"): string {
  const p = reason.params;
  const params: Record<string, string | number> = { ...p };
  switch (reason.code) {
    case "given_score":
      params.score = locale === "ru" ? String(p.score).replace(".", ",") : String(p.score);
      break;
    case "request_covered":
      params.competency =
        p.competency === undefined ? "" : locale === "ru" ? ` («${p.competency}»)` : ` (“${p.competency}”)`;
      break;
    case "same_format":
    case "format_fits":
    case "format_differs":
      params.mentee = formatLabel(p.mentee, locale);
      params.mentor = formatLabel(p.mentor, locale);
      break;
    case "experience":
      params.years = years(Number(p.years), locale);
      params.mentee =
        p.menteeYears === undefined
          ? ""
          : locale === "ru"
            ? ` (у наставляемого ${years(Number(p.menteeYears), locale)})`
            : ` (the mentee's ${years(Number(p.menteeYears), locale)})`;
      break;
    case "experience_gap_small":
      params.years = years(Number(p.years), locale);
      params.menteeYears = years(Number(p.menteeYears), locale);
      break;
    default:
      break;
  }
  return fill(REASONS[reason.code][locale], params);
}

const UNMATCHED: Record<UnmatchedCode, L> = {
  no_form: {
    ru: "Не указана форма наставничества: укажите её у наставляемого.",
    en: "The form of mentoring is not given: fill it in for the mentee.",
  },
  empty_request: {
    ru: "Запрос не заполнен: заполните запрос наставляемого, чтобы подобрать наставника по компетенциям.",
    en: "The request is empty: fill in the mentee's request so that a mentor can be chosen by competencies.",
  },
  no_mentor_of_form: {
    ru: "Ни один наставник не ведёт форму «{form}»: добавьте наставника этой формы или измените форму наставляемого.",
    en: "No mentor accepts the form “{form}”: add a mentor of this form or change the mentee's form.",
  },
  no_experienced_mentor: {
    ru:
      "Ни у одного наставника формы «{form}» нет стажа от {years}: добавьте наставника с таким стажем " +
      "или измените правило о стаже для этой формы.",
    en:
      "No mentor of the form “{form}” has {years} of experience or more: add such a mentor or change the rule " +
      "on experience for this form.",
  },
  no_mentor_in_organization: {
    ru:
      "В форме «{form}» наставник должен быть из той же организации ({organization}), а подходящего там нет: " +
      "добавьте наставника из этой организации или снимите правило для формы.",
    en:
      "In the form “{form}” the mentor must be of the same organisation ({organization}) and there is no " +
      "suitable one there: add a mentor from it or lift the rule for this form.",
  },
  all_excluded: {
    ru:
      "Все подходящие наставники ({count}) исключены куратором для этого наставляемого (или это он сам): " +
      "снимите исключение или добавьте наставника.",
    en:
      "All {count} suitable mentors are excluded by the curator for this mentee (or are the mentee): lift an " +
      "exclusion or add a mentor.",
  },
  mentors_full: {
    ru:
      "Все подходящие наставники ({count}) уже заняты: увеличьте число мест у одного из них или добавьте " +
      "наставника.",
    en: "All {count} suitable mentors are full: raise the capacity of one of them or add a mentor.",
  },
  taken_by_others: {
    ru:
      "Подходящих наставников было {count}, но при наилучшем распределении их места нужнее другим " +
      "наставляемым: увеличьте число мест у одного из них, добавьте наставника или закрепите пару вручную.",
    en:
      "There were {count} suitable mentors, but the optimal matching gave their places to other mentees: raise " +
      "a capacity, add a mentor or fix a pair by hand.",
  },
  no_edges: {
    ru: "Для наставляемого не задано ни одной допустимой пары: добавьте пару с ним во входные данные.",
    en: "No allowed pair is given for this mentee: add a pair with them to the input.",
  },
};

/** The same reasons when there was a single suitable mentor. */
const UNMATCHED_ONE: Partial<Record<UnmatchedCode, L>> = {
  all_excluded: {
    ru:
      "Единственный подходящий наставник исключён куратором для этого наставляемого (или это он сам): " +
      "снимите исключение или добавьте наставника.",
    en:
      "The only suitable mentor is excluded by the curator for this mentee (or is the mentee): lift the " +
      "exclusion or add a mentor.",
  },
  mentors_full: {
    ru: "Единственный подходящий наставник уже занят: увеличьте число его мест или добавьте наставника.",
    en: "The only suitable mentor is full: raise their capacity or add a mentor.",
  },
  taken_by_others: {
    ru:
      "Подходящий наставник был один, и при наилучшем распределении его место нужнее другому наставляемому: " +
      "увеличьте число его мест, добавьте наставника или закрепите пару вручную.",
    en:
      "There was one suitable mentor, and the optimal matching gave the place to another mentee: raise the " +
      "capacity, add a mentor or fix a pair by hand.",
  },
};

/** Why a mentee is unmatched and what would fix it, as a sentence in the given language. */
export function unmatchedText(reason: UnmatchedReason, locale: Locale = "ru"): string {
  const p = reason.params;
  const params: Record<string, string | number> = { ...p };
  if (p.form !== undefined) params.form = formLabel(p.form, locale);
  if (p.years !== undefined) params.years = years(Number(p.years), locale);
  if (p.organization === "") params.organization = locale === "ru" ? "наша организация" : "ours";
  const template = (p.count === 1 && UNMATCHED_ONE[reason.code]) || UNMATCHED[reason.code];
  return fill(template[locale], params);
}
