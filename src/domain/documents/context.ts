import type { Achievement } from "../base/staff";
import {
  CONTEST_LEVELS,
  CONTEST_RESULTS,
  enumIndex,
  FORMS,
  KINDS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  MODELS,
  ORG_TYPES,
  PAIR_STATUSES,
  YES_NO,
} from "../enums";
import { fill, type L, type Locale, pluralRu } from "../i18n";
import type { Base, Mentee, Mentor, OrgSettings, Pair } from "../model";
import type { TableKey } from "../tables";
import { formatDate, isIsoDate, monthsBetween, normaliseTerm, planStages, termEnd } from "./dates";
import type { MentorFeedback } from "./feedback";
import { placeholderByKey } from "./placeholders";
import type { Built, DocContext, ListName, Missing, PlaceholderDef } from "./types";

export type PeopleAndSettings = Pick<Base, "mentors" | "mentees" | "settings">;

export interface PairDocOptions {
  locale: Locale;
  /** ISO date the document is made. */
  today: string;
  /** The term used when the pair has no end date of its own. */
  termMonths: number;
}

export interface OrderDocOptions {
  locale: Locale;
  today: string;
  /** Overrides the number found on the pairs tab; none at all gives a blank «№ ________». */
  orderNumber?: string;
  /** ISO; overrides the date on the pairs tab and the default (the earliest start date of the batch's pairs). */
  orderDate?: string;
}

/** Where a missing value is fixed; table and column default to the placeholder's source. */
interface Where {
  id: string;
  table?: TableKey;
  column?: string;
}

const BLANK_NUMBER = "________";

/** «Иванова Анна Андреевна» → «Иванова А. А.»; a double first name gives «А.-М.»; one word stays as it is. */
export function shortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const [surname, ...rest] = words;
  if (!surname) return "";
  const initial = (word: string) =>
    word
      .split("-")
      .filter(Boolean)
      .map((part) => `${part.charAt(0).toUpperCase()}.`)
      .join("-");
  return [surname, ...rest.slice(0, 2).map(initial)].join(" ");
}

function defOf(key: string): PlaceholderDef {
  const p = placeholderByKey(key);
  if (!p) throw new Error(`Unknown placeholder key ${key}`);
  return p;
}

/** Collects values and the required ones that are empty, each place reported once. */
class Collector {
  readonly values: Record<string, string> = {};
  readonly lists: DocContext["lists"] = {};
  readonly missing: Missing[] = [];
  private readonly seen = new Set<string>();

  /** `where` null: an empty value is not a problem here (e.g. an adult's representative). */
  check(key: string, value: string, where: Where | null): void {
    const p = defOf(key);
    if (!p.required || !where || value.trim() !== "") return;
    const m: Missing = {
      key,
      name: p.names,
      table: where.table ?? p.source?.table ?? "settings",
      id: where.id,
      column: where.column ?? p.source?.column ?? "",
    };
    const id = [m.key, m.table, m.id, m.column].join("\u0000");
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.missing.push(m);
  }

  put(key: string, value: string, where: Where | null): void {
    this.values[key] = value;
    this.check(key, value, where);
  }

  item(list: ListName, values: Record<string, string>): void {
    const items = this.lists[list] ?? [];
    items.push(values);
    this.lists[list] = items;
  }

  built(): Built {
    return { context: { values: this.values, lists: this.lists }, missing: this.missing };
  }
}

function yearsText(n: number, locale: Locale): string {
  return locale === "ru" ? `${n} ${pluralRu(n, "год", "года", "лет")}` : `${n} year${n === 1 ? "" : "s"}`;
}

function monthsText(n: number, locale: Locale): string {
  return locale === "ru"
    ? `${n} ${pluralRu(n, "месяц", "месяца", "месяцев")}`
    : `${n} month${n === 1 ? "" : "s"}`;
}

function orgShortName(settings: OrgSettings | null): string {
  return settings?.shortName?.trim() || settings?.name.trim() || "";
}

/** The organisation, its head and curator, the year and today: every document has them. */
function putCommon(c: Collector, settings: OrgSettings | null, locale: Locale, today: string): void {
  const at: Where = { id: "" };
  const s = settings;
  c.put("org.name", s?.name.trim() ?? "", at);
  c.put("org.shortName", orgShortName(s), at);
  c.put("org.city", s?.city?.trim() ?? "", at);
  c.put("org.type", s?.type ? enumIndex(ORG_TYPES).label(s.type, locale) : "", at);
  c.put("head.fullName", s?.headName.trim() ?? "", at);
  c.put("head.shortName", shortName(s?.headName ?? ""), at);
  c.put("head.position", s?.headPosition?.trim() ?? "", at);
  c.put("curator.fullName", s?.curatorName.trim() ?? "", at);
  c.put("curator.shortName", shortName(s?.curatorName ?? ""), at);
  c.put("curator.position", s?.curatorPosition?.trim() ?? "", at);
  c.put("year", s?.academicYear ?? "", at);
  c.put("today", formatDate(today, locale), null);
}

/** The organisation's, its head's and curator's values, the year and today: for a document built elsewhere. */
export function commonValues(
  settings: OrgSettings | null,
  locale: Locale,
  today: string,
): Record<string, string> {
  const c = new Collector();
  putCommon(c, settings, locale, today);
  return c.values;
}

const GUARDIAN_WORDS: Record<"mentor" | "mentee", L> = {
  mentor: { ru: "наставника", en: "mentor's" },
  mentee: { ru: "наставляемого", en: "mentee's" },
};

/** One side of the pair; `person` undefined when the pair's id points to nobody (fixed on the pairs tab). */
function putPerson(
  c: Collector,
  side: "mentor" | "mentee",
  person: Mentor | Mentee | undefined,
  pair: Pair,
  settings: OrgSettings | null,
  locale: Locale,
): void {
  const where: Where = person
    ? { id: person.id }
    : { table: "pairs", id: pair.id, column: side === "mentor" ? "mentorId" : "menteeId" };
  const k = (field: string) => `${side}.${field}`;
  const fullName = person?.fullName.trim() ?? "";
  c.put(k("fullName"), fullName, where);
  c.put(k("shortName"), shortName(fullName), where);
  c.put(k("position"), person?.position?.trim() ?? "", where);
  c.put(k("organization"), person?.organization?.trim() || orgShortName(settings), null);
  c.put(k("email"), person?.email?.trim() ?? "", null);
  c.put(k("phone"), person?.phone?.trim() ?? "", null);
  c.put(
    k("experience"),
    person?.experienceYears === undefined ? "" : yearsText(person.experienceYears, locale),
    null,
  );
  if (side === "mentor") {
    const m = person as Mentor | undefined;
    c.put(k("category"), m ? enumIndex(MENTOR_CATEGORIES).label(m.category, locale) : "", null);
    c.put(k("subjects"), m?.subjects?.trim() ?? "", null);
    c.put(k("competencies"), (m?.competencies ?? []).join("; "), null);
  } else {
    const m = person as Mentee | undefined;
    c.put(k("category"), m ? enumIndex(MENTEE_CATEGORIES).label(m.category, locale) : "", null);
    c.put(k("subject"), m?.subject?.trim() ?? "", null);
    c.put(
      k("requests"),
      (m?.requests ?? [])
        .map((r) => r.trim())
        .filter(Boolean)
        .join("; "),
      where,
    );
  }
  const minor = person?.minor === true;
  c.put(k("minor"), person ? YES_NO.values[minor ? "yes" : "no"][locale] : "", null);
  // A representative is a minor's only: an adult's stays empty, so the lines made of it vanish.
  const guardian = minor ? (person?.guardianName?.trim() ?? "") : "";
  const onlyForMinor = minor ? where : null;
  const of = GUARDIAN_WORDS[side][locale];
  c.put(k("guardianName"), guardian, onlyForMinor);
  c.put(
    k("guardianLine"),
    guardian &&
      (locale === "ru"
        ? `законный представитель ${of} — ${guardian};`
        : `the ${of} legal representative: ${guardian};`),
    onlyForMinor,
  );
  c.put(
    k("guardianSignature"),
    guardian &&
      (locale === "ru"
        ? `Законный представитель ${of}: ____________ / ${shortName(guardian)}`
        : `The ${of} legal representative: ____________ / ${shortName(guardian)}`),
    onlyForMinor,
  );
}

interface Term {
  start: string;
  end: string;
  months: number;
}

/** The pair's own end date wins (its term is then counted from the dates); otherwise start plus `termMonths`. */
function termOf(pair: Pair, termMonths: number): Term {
  const start = isIsoDate(pair.startDate) ? pair.startDate : "";
  const ownEnd = isIsoDate(pair.endDate) && start !== "" && pair.endDate >= start ? pair.endDate : "";
  if (ownEnd) return { start, end: ownEnd, months: monthsBetween(start, ownEnd) };
  const months = normaliseTerm(termMonths);
  return { start, end: start ? termEnd(start, months) : "", months };
}

function kindLabel(pair: Pair, locale: Locale): string {
  const kind = pair.kind ?? (pair.groupId?.trim() ? "group" : "traditional");
  return enumIndex(KINDS).label(kind, locale);
}

function putPair(c: Collector, pair: Pair, opts: PairDocOptions): Term {
  const { locale } = opts;
  const at: Where = { id: pair.id };
  const term = termOf(pair, opts.termMonths);
  const model = pair.model ? enumIndex(MODELS).label(pair.model, locale) : "";
  c.put("batch", pair.batch?.trim() ?? "", null);
  c.put("pair.id", pair.id, null);
  c.put("pair.form", enumIndex(FORMS).label(pair.form, locale), null);
  c.put("pair.model", model, null);
  c.put(
    "pair.modelLine",
    model && (locale === "ru" ? `Модель взаимодействия: ${model}.` : `Model of interaction: ${model}.`),
    null,
  );
  c.put("pair.kind", kindLabel(pair, locale), null);
  c.put("pair.group", pair.groupId?.trim() ?? "", null);
  c.put("pair.startDate", formatDate(term.start, locale), at);
  c.put("pair.endDate", formatDate(term.end, locale), at);
  c.put("pair.termMonths", String(term.months), null);
  c.put("pair.term", monthsText(term.months, locale), null);
  return term;
}

function pairBuilder(
  pair: Pair,
  base: PeopleAndSettings,
  opts: PairDocOptions,
): { c: Collector; term: Term } {
  const c = new Collector();
  putCommon(c, base.settings, opts.locale, opts.today);
  const term = putPair(c, pair, opts);
  const mentor = base.mentors.find((m) => m.id === pair.mentorId);
  const mentee = base.mentees.find((m) => m.id === pair.menteeId);
  putPerson(c, "mentor", mentor, pair, base.settings, opts.locale);
  putPerson(c, "mentee", mentee, pair, base.settings, opts.locale);
  return { c, term };
}

/** The values of a pair's agreement, and the required ones that are empty. */
export function agreementContext(pair: Pair, base: PeopleAndSettings, opts: PairDocOptions): Built {
  return pairBuilder(pair, base, opts).c.built();
}

const GOAL_RESULT: L = {
  ru: "наставляемый самостоятельно справляется с задачей «{request}»",
  en: "the mentee handles “{request}” on their own",
};

/** The values of a pair's individual plan: the agreement's, plus its goals (the mentee's requests) and stages. */
export function planContext(pair: Pair, base: PeopleAndSettings, opts: PairDocOptions): Built {
  const { c, term } = pairBuilder(pair, base, opts);
  const mentee = base.mentees.find((m) => m.id === pair.menteeId);
  const requests = (mentee?.requests ?? []).map((r) => r.trim()).filter(Boolean);
  c.lists.goals = [];
  requests.forEach((request, i) => {
    c.item("goals", {
      "goals.no": String(i + 1),
      "goals.request": request,
      "goals.result": GOAL_RESULT[opts.locale].replace("{request}", request),
    });
  });
  if (requests.length === 0) {
    c.check(
      "goals.request",
      "",
      mentee ? { id: mentee.id } : { table: "pairs", id: pair.id, column: "menteeId" },
    );
  }
  c.lists.stages = [];
  planStages(term.start, term.end, term.months, opts.locale).forEach((s, i) => {
    c.item("stages", {
      "stages.no": String(i + 1),
      "stages.name": s.name,
      "stages.dates": s.from && `${s.from} – ${s.to}`,
      "stages.from": s.from,
      "stages.to": s.to,
      "stages.content": s.content,
      "stages.result": s.result,
    });
  });
  for (const key of ["stages.dates", "stages.from", "stages.to"]) {
    c.check(key, term.start ? "x" : "", { id: pair.id });
  }
  return c.built();
}

/** Pairs in id order, those of one mentor (a group) kept together where the mentor first appears. */
function orderedPairs(pairs: readonly Pair[]): Pair[] {
  const byId = [...pairs].sort((a, b) => a.id.localeCompare(b.id, "ru", { numeric: true }));
  const byMentor = new Map<string, Pair[]>();
  for (const p of byId) {
    const key = p.groupId?.trim() || p.mentorId;
    byMentor.set(key, [...(byMentor.get(key) ?? []), p]);
  }
  return [...byMentor.values()].flat();
}

/**
 * The values of the order that fixes the pairs of one confirmation (`batch`; pairs of other batches are ignored):
 * the organisation, the order's number and date, and the pairs table.
 */
export function orderContext(
  batch: string,
  pairs: readonly Pair[],
  base: PeopleAndSettings,
  opts: OrderDocOptions,
): Built {
  const { locale } = opts;
  const c = new Collector();
  putCommon(c, base.settings, locale, opts.today);
  const mine = orderedPairs(pairs.filter((p) => (p.batch?.trim() ?? "") === batch.trim()));
  c.put("batch", batch.trim(), null);
  const number =
    opts.orderNumber?.trim() || mine.find((p) => p.orderNumber?.trim())?.orderNumber?.trim() || "";
  c.put("order.number", number || BLANK_NUMBER, null);
  const starts = mine
    .map((p) => p.startDate)
    .filter(isIsoDate)
    .sort();
  const date = [
    opts.orderDate,
    mine.find((p) => isIsoDate(p.orderDate))?.orderDate,
    starts[0],
    opts.today,
  ].find(isIsoDate);
  c.put("order.date", formatDate(date, locale), null);
  c.lists.pairs = [];
  mine.forEach((pair, i) => {
    const mentor = base.mentors.find((m) => m.id === pair.mentorId);
    const mentee = base.mentees.find((m) => m.id === pair.menteeId);
    const mentorAt: Where = mentor ? { id: mentor.id } : { table: "pairs", id: pair.id, column: "mentorId" };
    const menteeAt: Where = mentee ? { id: mentee.id } : { table: "pairs", id: pair.id, column: "menteeId" };
    const item = pairFields(pair, i, mentor, mentee, locale);
    // The order names each pair's group beside its kind.
    if (item["pairs.group"]) item["pairs.kind"] = `${item["pairs.kind"]} (${item["pairs.group"]})`;
    c.item("pairs", item);
    c.check("pairs.mentor", item["pairs.mentor"]!, mentorAt);
    c.check("pairs.mentorPosition", item["pairs.mentorPosition"]!, mentorAt);
    c.check("pairs.mentee", item["pairs.mentee"]!, menteeAt);
    c.check("pairs.menteePosition", item["pairs.menteePosition"]!, menteeAt);
    c.check("pairs.startDate", item["pairs.startDate"]!, { id: pair.id });
  });
  return c.built();
}

/** The fields a pairs list shares (the order's, the letter's and the portfolio's): who, the form, kind, start. */
function pairFields(
  pair: Pair,
  i: number,
  mentor: Mentor | undefined,
  mentee: Mentee | undefined,
  locale: Locale,
): Record<string, string> {
  return {
    "pairs.no": String(i + 1),
    "pairs.id": pair.id,
    "pairs.mentor": mentor?.fullName.trim() || pair.mentorName?.trim() || "",
    "pairs.mentorPosition": mentor?.position?.trim() ?? "",
    "pairs.mentee": mentee?.fullName.trim() || pair.menteeName?.trim() || "",
    "pairs.menteePosition": mentee?.position?.trim() ?? "",
    "pairs.form": enumIndex(FORMS).label(pair.form, locale),
    "pairs.model": pair.model ? enumIndex(MODELS).label(pair.model, locale) : "",
    "pairs.kind": kindLabel(pair, locale),
    "pairs.group": pair.groupId?.trim() ?? "",
    "pairs.startDate": formatDate(pair.startDate, locale),
  };
}

/** A mentor's pair as the letter of thanks and the portfolio list it: the order's fields, end, result, status. */
function mentorPairItem(
  c: Collector,
  pair: Pair,
  i: number,
  mentor: Mentor | undefined,
  base: PeopleAndSettings,
  locale: Locale,
): void {
  const mentee = base.mentees.find((m) => m.id === pair.menteeId);
  const menteeAt: Where = mentee ? { id: mentee.id } : { table: "pairs", id: pair.id, column: "menteeId" };
  const item: Record<string, string> = {
    ...pairFields(pair, i, mentor, mentee, locale),
    "pairs.endDate": formatDate(pair.endDate, locale),
    "pairs.result": pair.result?.trim() ?? "",
    "pairs.status": enumIndex(PAIR_STATUSES).label(pair.status, locale),
  };
  c.item("pairs", item);
  c.check("pairs.mentee", item["pairs.mentee"]!, menteeAt);
  c.check("pairs.startDate", item["pairs.startDate"]!, { id: pair.id });
}

/**
 * The values of the letter of thanks to one mentor: the organisation, the mentor (as in a pair's documents) and
 * the mentor's completed pairs (mentee, start and end date, result). `pairs` are the mentor's completed pairs.
 */
export function thanksContext(
  mentor: Mentor | undefined,
  pairs: readonly Pair[],
  base: PeopleAndSettings,
  opts: { locale: Locale; today: string },
): Built {
  return thanksLike(mentor, pairs, base, opts).built();
}

/** What the portfolio shows besides the mentor and the pairs: the year's contests and the surveys' scores. */
export interface PortfolioExtras {
  /** The mentor's entries on «Конкурсы и достижения» in the year. */
  readonly contests: readonly Achievement[];
  readonly feedback: MentorFeedback;
}

/** 8.5 as the locale writes it: «8,5» in Russian. */
function scoreText(n: number, locale: Locale): string {
  const text = String(Math.round(n * 10) / 10);
  return locale === "ru" ? text.replace(".", ",") : text;
}

const PORTFOLIO_LINES = {
  contests: { ru: "Записей за учебный год: {n}.", en: "Entries in the academic year: {n}." },
  noContests: {
    ru: "За учебный год записей об участии наставника в конкурсах и мероприятиях нет.",
    en: "No entries of the mentor taking part in contests or events in the academic year.",
  },
  feedback: {
    ru: "Средняя оценка наставляемых — {score} из 10 (ответов: {n}).",
    en: "The mentees' mean score: {score} of 10 ({n} answered).",
  },
  noFeedback: {
    ru: "Наставляемые этого наставника ещё не ответили на анкету удовлетворённости в этом учебном году.",
    en: "This mentor's mentees have not answered the satisfaction survey this academic year yet.",
  },
  self: {
    ru: "Собственная оценка наставника — {score} из 10.",
    en: "The mentor's own score: {score} of 10.",
  },
} as const satisfies Record<string, L>;

/**
 * The values of a mentor's portfolio for the academic year: the organisation, the mentor (as in a pair's
 * documents), the mentor's pairs of the year (any status), the year's contests (date order), and the
 * satisfaction surveys' scores (the mentees' mean and number of answers, the mentor's own score).
 */
export function portfolioContext(
  mentor: Mentor | undefined,
  pairs: readonly Pair[],
  extras: PortfolioExtras,
  base: PeopleAndSettings,
  opts: { locale: Locale; today: string },
): Built {
  const { locale } = opts;
  const c = thanksLike(mentor, pairs, base, opts);
  c.put("portfolio.pairsCount", String(pairs.length), null);
  const levels = enumIndex(CONTEST_LEVELS);
  const results = enumIndex(CONTEST_RESULTS);
  c.lists.contests = [];
  [...extras.contests]
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1))
    .forEach((a, i) => {
      c.item("contests", {
        "contests.no": String(i + 1),
        "contests.event": a.event.trim(),
        "contests.level": a.level ? levels.label(a.level, locale) : "",
        "contests.date": formatDate(a.date, locale),
        "contests.result": a.result ? results.label(a.result, locale) : "",
      });
    });
  const n = extras.contests.length;
  const lines = PORTFOLIO_LINES;
  c.put(
    "portfolio.contestsLine",
    n > 0 ? fill(lines.contests[locale], { n: String(n) }) : lines.noContests[locale],
    null,
  );
  const f = extras.feedback;
  const mean = f.menteeMean === undefined ? "" : scoreText(f.menteeMean, locale);
  const own = f.mentorScore === undefined ? "" : scoreText(f.mentorScore, locale);
  c.put("portfolio.menteeScore", mean, null);
  c.put("portfolio.menteeAnswers", String(f.menteeAnswers), null);
  c.put("portfolio.mentorScore", own, null);
  c.put(
    "portfolio.feedbackLine",
    mean
      ? fill(lines.feedback[locale], { score: mean, n: String(f.menteeAnswers) })
      : lines.noFeedback[locale],
    null,
  );
  c.put("portfolio.selfLine", own ? fill(lines.self[locale], { score: own }) : "", null);
  return c.built();
}

/** The organisation, the mentor and the mentor's pairs list: what the letter and the portfolio share. */
function thanksLike(
  mentor: Mentor | undefined,
  pairs: readonly Pair[],
  base: PeopleAndSettings,
  opts: { locale: Locale; today: string },
): Collector {
  const c = new Collector();
  putCommon(c, base.settings, opts.locale, opts.today);
  const ordered = orderedPairs(pairs);
  if (ordered[0]) putPerson(c, "mentor", mentor, ordered[0], base.settings, opts.locale);
  c.lists.pairs = [];
  ordered.forEach((pair, i) => {
    mentorPairItem(c, pair, i, mentor, base, opts.locale);
  });
  return c;
}

/** The missing values that matter: those of the placeholders a template uses. */
export function missingFor(used: readonly PlaceholderDef[], missing: readonly Missing[]): Missing[] {
  const keys = new Set(used.map((p) => p.key));
  return missing.filter((m) => keys.has(m.key));
}
