import { fill, type L } from "../i18n";
import {
  answersOfKind,
  isExternalMentor,
  isTeacherMentee,
  isTeacherMentor,
  isYoungSpecialist,
  later,
  latestAnswers,
  normaliseOrganisation,
  ourNames,
} from "./people";
import { dayOf, inYear, normaliseYear, pairsInYear, yearBounds } from "./period";
import type {
  IndicatorDef,
  IndicatorKey,
  IndicatorResult,
  KpiData,
  KpiMentee,
  KpiMentor,
  KpiOptions,
  KpiPair,
} from "./types";

/**
 * The programme's indicators (показатели эффективности). The facts come from the schools' planned results
 * (seeds 000 and 001: what each share counts, in which order); the wording is ours. Every share is
 * numerator / denominator × 100 with one decimal; an empty denominator gives no figure, never NaN or Infinity.
 *
 * «Taking part in a year» is read from the pairs, not from a person's current status: whoever was in a pair at
 * some time between 1 September and 31 August counts for that year, even if they left in the middle of it.
 */

export const DEFAULT_SATISFACTION_THRESHOLD = 7;

/** numerator / denominator × 100 to one decimal; null for no or a zero denominator. */
export function percentOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || !Number.isFinite(numerator)) return null;
  if (!Number.isFinite(denominator) || denominator <= 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

const NOTES = {
  badYear: {
    ru: "Учебный год «{year}» не распознан: нужен вид 2025/2026.",
    en: "The academic year “{year}” is not recognised: it should look like 2025/2026.",
  },
  noYoungCount: {
    ru: "Нет данных: укажите на листе «Цели показателей» в столбце «Всего в организации», сколько молодых специалистов (стаж 0–3 года) работает в организации в {year} учебном году.",
    en: "No data: enter on the Indicator targets tab, in the column “Total in the organisation”, how many young specialists (0–3 years) work in the organisation in {year}.",
  },
  moreYoungThanCounted: {
    ru: "В программах {numerator} молодых специалистов, а работающих указано {denominator}: проверьте число на листе «Цели показателей».",
    en: "{numerator} young specialists are in programmes but {denominator} are entered as working: check the number on the Indicator targets tab.",
  },
  noTeacherMentees: {
    ru: "Нет данных: в {year} учебном году в парах не было наставляемых-педагогов.",
    en: "No data: no teacher mentees were in pairs in {year}.",
  },
  noMonitoring: {
    ru: "Нет данных: в {year} учебном году ни у одного молодого специалиста нет итогового мониторинга вместе с входным.",
    en: "No data: in {year} no young specialist has an exit monitoring answer together with an entry one.",
  },
  noTeachers: {
    ru: "Нет данных: в {year} учебном году в парах не было педагогов.",
    en: "No data: no teachers were in pairs in {year}.",
  },
  noYoung: {
    ru: "Нет данных: в {year} учебном году в парах не было молодых специалистов.",
    en: "No data: no young specialists were in pairs in {year}.",
  },
  noSatisfaction: {
    ru: "Нет данных: за {year} учебный год нет ответов на анкету удовлетворённости.",
    en: "No data: no answers to the satisfaction survey in {year}.",
  },
  noPartnerCount: {
    ru: "Нет данных: укажите на листе «Цели показателей» в столбце «Всего в организации», со сколькими организациями-партнёрами работает программа в {year} учебном году.",
    en: "No data: enter on the Indicator targets tab, in the column “Total in the organisation”, how many partner organisations the programme works with in {year}.",
  },
  morePartnersThanCounted: {
    ru: "Наставников дали {numerator} организаций, а партнёров указано {denominator}: проверьте число на листе «Цели показателей».",
    en: "{numerator} organisations provided mentors but {denominator} partners are entered: check the number on the Indicator targets tab.",
  },
  noEndedPairs: {
    ru: "Нет данных: у пар, начатых в {year} учебном году, срок ещё не вышел.",
    en: "No data: no pair started in {year} has reached its end yet.",
  },
} as const satisfies Record<string, L>;

function note(text: L, params: Record<string, string | number>): L {
  return { ru: fill(text.ru, params), en: fill(text.en, params) };
}

function result(
  numerator: number | null,
  denominator: number | null,
  rows: string[],
  why?: L,
): IndicatorResult {
  const percent = percentOf(numerator, denominator);
  return percent === null && why
    ? { numerator, denominator, percent, rows, note: why }
    : { numerator, denominator, percent, rows };
}

/** The year's bounds, or a result saying the year is not one. */
function boundsOr(year: string): { start: string; end: string } | IndicatorResult {
  return (
    yearBounds(year) ?? {
      numerator: null,
      denominator: null,
      percent: null,
      rows: [],
      note: note(NOTES.badYear, { year }),
    }
  );
}

const isResult = (x: object): x is IndicatorResult => "percent" in x;

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id.trim(), x]));
}

/** Mentors and mentees in pairs that took part in the year, as records (ids without a record are left out). */
function peopleInYear(
  data: KpiData,
  bounds: { start: string; end: string },
): { mentors: KpiMentor[]; mentees: KpiMentee[]; pairs: KpiPair[] } {
  const pairs = pairsInYear(data.pairs, bounds, data.today);
  const mentorsById = byId(data.mentors);
  const menteesById = byId(data.mentees);
  const mentors = new Map<string, KpiMentor>();
  const mentees = new Map<string, KpiMentee>();
  for (const p of pairs) {
    const mentor = mentorsById.get(p.mentorId.trim());
    if (mentor) mentors.set(mentor.id.trim(), mentor);
    const mentee = menteesById.get(p.menteeId.trim());
    if (mentee) mentees.set(mentee.id.trim(), mentee);
  }
  return { mentors: [...mentors.values()], mentees: [...mentees.values()], pairs };
}

/** A figure the curator enters: a finite number ≥ 0, or null. */
function entered(
  counts: Readonly<Record<string, number | null | undefined>> | undefined,
  year: string,
): number | null {
  if (!counts) return null;
  const v = counts[normaliseYear(year)] ?? counts[year];
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id.trim());

// ---- the indicators --------------------------------------------------------------------------------------------

function youngInProgrammes(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const young = peopleInYear(data, b).mentees.filter(isYoungSpecialist);
  const numerator = young.length;
  const denominator = entered(data.counts?.youngSpecialists, year);
  const rows = ids(young);
  if (denominator === null) return result(numerator, null, rows, note(NOTES.noYoungCount, { year }));
  const r = result(numerator, denominator, rows, note(NOTES.noYoungCount, { year }));
  return numerator > denominator
    ? { ...r, note: note(NOTES.moreYoungThanCounted, { numerator, denominator }) }
    : r;
}

function leftProfession(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const teachers = peopleInYear(data, b).mentees.filter(isTeacherMentee);
  const left = teachers.filter((m) => m.status === "left");
  return result(left.length, teachers.length, ids(left), note(NOTES.noTeacherMentees, { year }));
}

function levelRose(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const menteesById = byId(data.mentees);
  const exits = latestAnswers(data, "exit", year);
  const entries = answersOfKind(data, "entry");
  const compared: string[] = [];
  const rose: string[] = [];
  for (const [personId, exit] of exits) {
    const mentee = menteesById.get(personId);
    if (!mentee || !isYoungSpecialist(mentee)) continue;
    // The entry the exit is compared with: the person's latest entry answer given before it, this year or earlier.
    let entry: (typeof entries)[number] | undefined;
    for (const e of entries) {
      if (e.personId !== personId) continue;
      if (e.date !== undefined && exit.date !== undefined && e.date > exit.date) continue;
      if (!entry || later(e, entry)) entry = e;
    }
    if (!entry) continue;
    compared.push(personId);
    if (exit.score > entry.score) rose.push(personId);
  }
  return result(rose.length, compared.length, rose, note(NOTES.noMonitoring, { year }));
}

function contests(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const people = peopleInYear(data, b);
  const teachers: (KpiMentor | KpiMentee)[] = [
    ...people.mentors.filter(isTeacherMentor),
    ...people.mentees.filter(isTeacherMentee),
  ];
  const took = teachers.filter((p) => p.contest === true);
  return result(took.length, teachers.length, ids(took), note(NOTES.noTeachers, { year }));
}

function contestsYoung(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const young = peopleInYear(data, b).mentees.filter(isYoungSpecialist);
  const took = young.filter((p) => p.contest === true);
  return result(took.length, young.length, ids(took), note(NOTES.noYoung, { year }));
}

function satisfaction(kind: "satisfaction_mentee" | "satisfaction_mentor") {
  return (data: KpiData, year: string, options: KpiOptions = {}): IndicatorResult => {
    const b = boundsOr(year);
    if (isResult(b)) return b;
    const threshold = options.satisfactionThreshold ?? DEFAULT_SATISFACTION_THRESHOLD;
    const answers = [...latestAnswers(data, kind, year).values()];
    const satisfied = answers.filter((a) => a.score >= threshold).map((a) => a.personId);
    return result(satisfied.length, answers.length, satisfied, note(NOTES.noSatisfaction, { year }));
  };
}

function partnerOrganisations(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const ours = ourNames(data);
  const seen = new Map<string, string>();
  for (const m of peopleInYear(data, b).mentors) {
    const org = normaliseOrganisation(m.organization);
    if (org === "" || !isExternalMentor(m, ours)) continue;
    if (!seen.has(org)) seen.set(org, (m.organization ?? "").replace(/[\s\u00a0]+/g, " ").trim());
  }
  const rows = [...seen.values()];
  const numerator = rows.length;
  const denominator = entered(data.counts?.partners, year);
  if (denominator === null) return result(numerator, null, rows, note(NOTES.noPartnerCount, { year }));
  const r = result(numerator, denominator, rows, note(NOTES.noPartnerCount, { year }));
  return numerator > denominator
    ? { ...r, note: note(NOTES.morePartnersThanCounted, { numerator, denominator }) }
    : r;
}

function pairsCompleted(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const today = dayOf(data.today);
  const ofYear = data.pairs.filter((p) => {
    const start = dayOf(p.startDate);
    return start !== undefined && inYear(start, b);
  });
  const ended = ofYear.filter((p) => {
    if (p.status === "completed" || p.status === "terminated") return true;
    // An open pair past its end date should have ended: it counts against the share until it is closed.
    const end = dayOf(p.endDate);
    return end !== undefined && today !== undefined && end < today;
  });
  const completed = ended.filter((p) => p.status === "completed");
  return result(completed.length, ended.length, ids(completed), note(NOTES.noEndedPairs, { year }));
}

// ---- definitions -----------------------------------------------------------------------------------------------

const CURATOR_ENTERS: L = {
  ru: "куратор вносит на листе «Цели показателей», столбец «Всего в организации»",
  en: "the curator enters it on the Indicator targets tab, column “Total in the organisation”",
};

export const INDICATORS: readonly IndicatorDef[] = [
  {
    key: "youngInProgrammes",
    title: {
      ru: "Доля молодых специалистов, вошедших в программы наставничества в роли наставляемых",
      en: "Share of young specialists taking part in mentoring programmes as mentees",
    },
    formula: {
      ru: "число молодых специалистов (педагогов со стажем 0–3 года), бывших наставляемыми в парах за учебный год / число молодых специалистов, работающих в организации в этом году × 100",
      en: "young specialists (teachers with 0–3 years) who were mentees in pairs during the academic year / young specialists working in the organisation that year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: `«Пары» и «Наставляемые» (категория «молодой специалист» или педагог со стажем до 3 лет); знаменатель — число работающих молодых специалистов: ${CURATOR_ENTERS.ru}.`,
      en: `Pairs and Mentees (category young specialist, or a teacher with up to 3 years); the denominator, young specialists working in the organisation: ${CURATOR_ENTERS.en}.`,
    },
    compute: youngInProgrammes,
  },
  {
    key: "leftProfession",
    title: {
      ru: "Доля педагогов-наставляемых, оставивших профессию за время наставничества",
      en: "Share of teacher mentees who left the profession during mentoring",
    },
    formula: {
      ru: "число наставляемых-педагогов в парах за учебный год со статусом «выбыл» / число наставляемых-педагогов в парах за этот год × 100; чем меньше, тем лучше",
      en: "teacher mentees in pairs during the academic year whose status is “left” / teacher mentees in pairs that year × 100; lower is better",
    },
    unit: "%",
    direction: "down",
    source: {
      ru: "«Пары» и «Наставляемые»: категории «молодой специалист», «педагог», «новый сотрудник»; статус «выбыл» куратор ставит тому, кто ушёл из профессии.",
      en: "Pairs and Mentees: categories young specialist, teacher, new employee; the curator sets the status “left” for whoever left the profession.",
    },
    compute: leftProfession,
  },
  {
    key: "levelRose",
    title: {
      ru: "Доля молодых педагогов, у которых вырос профессиональный уровень",
      en: "Share of young teachers whose professional level rose",
    },
    formula: {
      ru: "число молодых специалистов, у которых итоговый мониторинг за учебный год выше входного (среднее по компетенциям) / число молодых специалистов, у которых есть оба мониторинга с итоговым за этот год × 100",
      en: "young specialists whose exit monitoring in the academic year scores higher than their entry one (mean of the competencies) / young specialists with both, the exit one in that year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Ответы анкет» и «Анкеты»: входной и итоговый мониторинг (самооценка компетенций по шкале 1–10); «Наставляемые» — кто молодой специалист.",
      en: "Survey answers and Surveys: entry and exit monitoring (self-assessed competencies, 1–10); Mentees: who is a young specialist.",
    },
    compute: levelRose,
  },
  {
    key: "contests",
    title: {
      ru: "Доля педагогов, участвовавших в конкурсах профессионального мастерства",
      en: "Share of teachers who took part in professional contests",
    },
    formula: {
      ru: "число педагогов — наставников и наставляемых в парах за учебный год — с отметкой «Участие в конкурсах» / число педагогов в парах за этот год × 100",
      en: "teachers (mentors and mentees in pairs during the academic year) ticked “Took part in contests” / teachers in pairs that year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Пары», «Наставники» (педагоги и руководители) и «Наставляемые» (педагогические категории): флажок «Участие в конкурсах».",
      en: "Pairs, Mentors (teachers and heads) and Mentees (teaching categories): the checkbox “Took part in contests”.",
    },
    compute: contests,
  },
  {
    key: "contestsYoung",
    title: {
      ru: "Доля молодых специалистов, участвовавших в конкурсах профессионального мастерства",
      en: "Share of young specialists who took part in professional contests",
    },
    formula: {
      ru: "число молодых специалистов в парах за учебный год с отметкой «Участие в конкурсах» / число молодых специалистов в парах за этот год × 100",
      en: "young specialists in pairs during the academic year ticked “Took part in contests” / young specialists in pairs that year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Пары» и «Наставляемые»: молодые специалисты и флажок «Участие в конкурсах».",
      en: "Pairs and Mentees: young specialists and the checkbox “Took part in contests”.",
    },
    compute: contestsYoung,
  },
  {
    key: "satisfactionMentees",
    title: {
      ru: "Уровень удовлетворённости наставляемых участием в программах наставничества",
      en: "Mentees' satisfaction with taking part in mentoring programmes",
    },
    formula: {
      ru: "число наставляемых, оценивших участие в программе не ниже порога (по умолчанию 7 из 10) / число наставляемых, ответивших на анкету удовлетворённости за учебный год × 100",
      en: "mentees who rated taking part at or above the threshold (7 of 10 by default) / mentees who answered the satisfaction survey in the academic year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "Анкета «Удовлетворённость наставляемого»: общая оценка 1–10, последний ответ каждого за учебный год («Ответы анкет», «Анкеты»).",
      en: "The mentee satisfaction survey: the overall 1–10 score, each person's latest answer in the year (Survey answers, Surveys).",
    },
    compute: satisfaction("satisfaction_mentee"),
  },
  {
    key: "satisfactionMentors",
    title: {
      ru: "Уровень удовлетворённости наставников участием в программах наставничества",
      en: "Mentors' satisfaction with taking part in mentoring programmes",
    },
    formula: {
      ru: "число наставников, оценивших участие в программе не ниже порога (по умолчанию 7 из 10) / число наставников, ответивших на анкету удовлетворённости за учебный год × 100",
      en: "mentors who rated taking part at or above the threshold (7 of 10 by default) / mentors who answered the satisfaction survey in the academic year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "Анкета «Удовлетворённость наставника»: общая оценка 1–10, последний ответ каждого за учебный год («Ответы анкет», «Анкеты»).",
      en: "The mentor satisfaction survey: the overall 1–10 score, each person's latest answer in the year (Survey answers, Surveys).",
    },
    compute: satisfaction("satisfaction_mentor"),
  },
  {
    key: "partnerOrganisations",
    title: {
      ru: "Доля организаций-партнёров, предоставивших своих наставников",
      en: "Share of partner organisations that provided mentors",
    },
    formula: {
      ru: "число разных сторонних организаций, чьи сотрудники были наставниками в парах за учебный год / число организаций-партнёров в этом году × 100",
      en: "distinct outside organisations whose staff were mentors in pairs during the academic year / partner organisations that year × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: `«Пары» и «Наставники»: столбец «Организация» (наша организация, пустые и место работы родителя не считаются; регистр, кавычки и пробелы не важны); знаменатель — число организаций-партнёров: ${CURATOR_ENTERS.ru}.`,
      en: `Pairs and Mentors: the Organisation column (ours, empty ones and a parent's workplace do not count; case, quotes and spaces do not matter); the denominator, partner organisations: ${CURATOR_ENTERS.en}.`,
    },
    compute: partnerOrganisations,
  },
  {
    key: "pairsCompleted",
    title: {
      ru: "Доля пар, завершивших программу наставничества",
      en: "Share of pairs that completed their mentoring programme",
    },
    formula: {
      ru: "число пар, начатых в учебном году, со статусом «завершена» / число пар этого года, чей срок вышел: завершённые, расторгнутые и незакрытые с прошедшей датой окончания × 100",
      en: "pairs started in the academic year with the status “completed” / pairs of that year whose term is over: completed, terminated, and open ones past their end date × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Пары»: дата начала, дата окончания и статус.",
      en: "Pairs: start date, end date and status.",
    },
    compute: pairsCompleted,
  },
];

export function indicator(key: IndicatorKey): IndicatorDef {
  const def = INDICATORS.find((d) => d.key === key);
  if (!def) throw new Error(`Unknown indicator ${key}`);
  return def;
}

export const INDICATOR_KEYS: readonly IndicatorKey[] = INDICATORS.map((d) => d.key);
