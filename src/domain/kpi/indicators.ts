import { DEFAULT_YOUNG_RULE, leftProfession as leftProfessionOn, type StaffMember } from "../base/staff";
import { fill, type L } from "../i18n";
import {
  answersOfKind,
  isExternalMentor,
  isTeacherMentee,
  isTeacherMentor,
  later,
  latestAnswers,
  normaliseOrganisation,
  ourNames,
} from "./people";
import { dayOf, inYear, normaliseYear, pairSpan, pairsInYear, yearBounds } from "./period";
import {
  contestantsDuring,
  registerOf,
  staffDuring,
  staffRowOf,
  youngMentee,
  youngOnStaff,
} from "./register";
import type {
  Basis,
  BesideFigure,
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
  withoutMonitoring: {
    ru: "Молодых специалистов без входного и итогового мониторинга за этот год: {missing}. Они считаются как не показавшие рост. Проведите мониторинг (лист «Анкеты»).",
    en: "{missing} young specialists lack an entry and an exit monitoring this year: they count as not shown to have risen. Run the monitoring (Surveys tab).",
  },
  noYoungOnStaff: {
    ru: "Нет данных: по листу «Педагогический коллектив» в {year} учебном году не работало ни одного молодого специалиста.",
    en: "No data: the Teaching staff tab has no young specialist working in {year}.",
  },
  noStaff: {
    ru: "Нет данных: по листу «Педагогический коллектив» в {year} учебном году не работало ни одного педагога.",
    en: "No data: the Teaching staff tab has nobody working in {year}.",
  },
  noTeacherMenteesEver: {
    ru: "Нет данных: до конца {year} учебного года в парах не было наставляемых-педагогов.",
    en: "No data: no teacher mentees were in pairs up to the end of {year}.",
  },
  noParticipants: {
    ru: "Нет данных: в {year} учебном году в парах никого не было.",
    en: "No data: nobody was in pairs in {year}.",
  },
  answersOutside: {
    ru: "Ответы за {year} учебный год от людей, не бывших в парах в этом году, не учтены (их {outside}). Проверьте даты пар на листе «Пары».",
    en: "Answers in {year} from people not in pairs that year are left out ({outside}). Check the pairs' dates on the Pairs tab.",
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
    ru: "Нет данных: укажите на листе «Цели показателей» в столбце «Всего в организации», сколько всего организаций, которые могли бы дать наставников, работает на территории (муниципалитете) в {year} учебном году.",
    en: "No data: enter on the Indicator targets tab, in the column “Total in the organisation”, how many organisations that could provide mentors work in the area (municipality) in {year}.",
  },
  morePartnersThanCounted: {
    ru: "Наставников дали {numerator} организаций, а всего организаций указано {denominator}: проверьте число на листе «Цели показателей».",
    en: "{numerator} organisations provided mentors but {denominator} organisations in all are entered: check the number on the Indicator targets tab.",
  },
  noEndedPairs: {
    ru: "Нет данных: у пар, начатых в {year} учебном году, срок ещё не вышел.",
    en: "No data: no pair started in {year} has reached its end yet.",
  },
  leftByStatus: {
    ru: "Листа «Педагогический коллектив» нет: ушедшие из профессии — по статусу «выбыл» у наставляемых, без даты, за этот учебный год.",
    en: "No Teaching staff tab: who left the profession is read from the mentees' status “left”, undated, for this academic year.",
  },
  oldTicks: {
    ru: "Листа «Конкурсы и достижения» нет: участие — по флажку «Участие в конкурсах» без даты. Обновите базу, чтобы флажки стали датированными записями.",
    en: "No Contests and achievements tab: taking part is read from the undated tick “Took part in contests”. Update the base to turn the ticks into dated entries.",
  },
} as const satisfies Record<string, L>;

const BESIDE = {
  amongAnswered: { ru: "среди ответивших", en: "among those who answered" },
  responseRate: { ru: "ответили на анкету", en: "answered the survey" },
  leftInYear: { ru: "за этот учебный год", en: "in this academic year" },
  amongCompared: { ru: "среди прошедших оба мониторинга", en: "among those with both monitorings" },
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

// ---- the register ---------------------------------------------------------------------------------------------

export const BASES: Readonly<Record<Basis, L>> = {
  register: {
    ru: "знаменатель — по листу «Педагогический коллектив»",
    en: "denominator from the Teaching staff tab",
  },
  typed: {
    ru: "знаменатель — число, введённое куратором на листе «Цели показателей»",
    en: "denominator typed by the curator on the Indicator targets tab",
  },
  participants: {
    ru: "знаменатель — участники пар (листа «Педагогический коллектив» нет)",
    en: "denominator from the pairs' participants (no Teaching staff tab)",
  },
  pairsAndRegister: {
    ru: "знаменатель — наставляемые-педагоги в парах; кто и когда ушёл из профессии — по листу «Педагогический коллектив»",
    en: "denominator: teacher mentees in pairs; who left the profession and when: the Teaching staff tab",
  },
};

const basisOf = (key: Basis) => ({ key, label: BASES[key] });

function beside(key: string, label: L, numerator: number, denominator: number): BesideFigure {
  return { key, label, numerator, denominator, percent: percentOf(numerator, denominator) };
}

const rule = (options: KpiOptions) => options.youngRule ?? DEFAULT_YOUNG_RULE;

/** The staff ids of the mentees (or mentors) of these pairs who are linked to the register. */
function linkedIds(
  pairs: readonly KpiPair[],
  people: readonly { id: string; staffId?: string }[],
  side: "mentorId" | "menteeId",
  register: ReadonlyMap<string, StaffMember>,
): Set<string> {
  const byIdMap = new Map(people.map((p) => [p.id.trim(), p]));
  const out = new Set<string>();
  for (const pair of pairs) {
    const person = byIdMap.get(pair[side].trim());
    const row = person ? staffRowOf(person, register) : undefined;
    if (row) out.add(row.id.trim());
  }
  return out;
}

// ---- the indicators --------------------------------------------------------------------------------------------

function youngInProgrammes(data: KpiData, year: string, options: KpiOptions = {}): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const register = registerOf(data);
  if (register.size > 0) {
    const young = staffDuring(register, b.start, b.end).filter((m) =>
      youngOnStaff(m, b, data, rule(options)),
    );
    const pairs = pairsInYear(data.pairs, b, data.today);
    const mentees = linkedIds(pairs, data.mentees, "menteeId", register);
    const inProgrammes = young.filter((m) => mentees.has(m.id.trim()));
    return {
      ...result(inProgrammes.length, young.length, ids(inProgrammes), note(NOTES.noYoungOnStaff, { year })),
      basis: basisOf("register"),
    };
  }
  const young = peopleInYear(data, b).mentees.filter((m) => youngMentee(m, rule(options)));
  const numerator = young.length;
  const denominator = entered(data.counts?.youngSpecialists, year);
  const rows = ids(young);
  const basis = basisOf("typed");
  if (denominator === null)
    return { ...result(numerator, null, rows, note(NOTES.noYoungCount, { year })), basis };
  const r = result(numerator, denominator, rows, note(NOTES.noYoungCount, { year }));
  return numerator > denominator
    ? { ...r, note: note(NOTES.moreYoungThanCounted, { numerator, denominator }), basis }
    : { ...r, basis };
}

function leftProfession(data: KpiData, year: string): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const register = registerOf(data);
  if (register.size === 0) {
    const teachers = peopleInYear(data, b).mentees.filter(isTeacherMentee);
    const left = teachers.filter((m) => m.status === "left");
    const r = result(left.length, teachers.length, ids(left), note(NOTES.noTeacherMentees, { year }));
    return { ...r, note: r.note ?? NOTES.leftByStatus, basis: basisOf("participants") };
  }
  // Every pair of a teacher mentee up to the end of the year, with its span.
  const menteesById = byId(data.mentees);
  const spans = new Map<string, { start: string; end: string }[]>();
  for (const p of data.pairs) {
    const span = pairSpan(p, data.today);
    const mentee = menteesById.get(p.menteeId.trim());
    if (!span || span.start > b.end || !mentee || !isTeacherMentee(mentee)) continue;
    const key = mentee.id.trim();
    spans.set(key, [...(spans.get(key) ?? []), span]);
  }
  const leftDuring = (menteeId: string, from: string) => {
    const row = staffRowOf(menteesById.get(menteeId) ?? {}, register);
    if (!row || !leftProfessionOn(row)) return false;
    const day = dayOf(row.leaveDate)!;
    if (day < from || day > b.end) return false;
    return (spans.get(menteeId) ?? []).some((s) => day >= s.start && day <= s.end);
  };
  const all = [...spans.keys()];
  const left = all.filter((id) => leftDuring(id, "0000-01-01"));
  const ofYear = all.filter((id) => (spans.get(id) ?? []).some((s) => s.end >= b.start));
  const leftInYear = ofYear.filter((id) => leftDuring(id, b.start));
  const r = result(left.length, all.length, left, note(NOTES.noTeacherMenteesEver, { year }));
  return {
    ...r,
    basis: basisOf("pairsAndRegister"),
    beside: [beside("year", BESIDE.leftInYear, leftInYear.length, ofYear.length)],
  };
}

function levelRose(data: KpiData, year: string, options: KpiOptions = {}): IndicatorResult {
  const b = boundsOr(year);
  if (isResult(b)) return b;
  const register = registerOf(data);
  const exits = latestAnswers(data, "exit", year);
  const entries = answersOfKind(data, "entry");
  // Young specialists mentored in the year: by the register when the mentee is linked to it, else by the mentee's row.
  const young = peopleInYear(data, b).mentees.filter((m) => {
    const row = staffRowOf(m, register);
    return row ? youngOnStaff(row, b, data, rule(options)) : youngMentee(m, rule(options));
  });
  const compared: string[] = [];
  const rose: string[] = [];
  for (const mentee of young) {
    const personId = mentee.id.trim();
    const exit = exits.get(personId);
    if (!exit) continue;
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
  const r = result(rose.length, young.length, rose, note(NOTES.noYoung, { year }));
  const missing = young.length - compared.length;
  return {
    ...r,
    ...(r.note === undefined && missing > 0 ? { note: note(NOTES.withoutMonitoring, { missing }) } : {}),
    beside: [beside("compared", BESIDE.amongCompared, rose.length, compared.length)],
  };
}

/** The contest shares: over the register's teachers (all, or the young ones) on staff during the year. */
function contestsOf(young: boolean) {
  return (data: KpiData, year: string, options: KpiOptions = {}): IndicatorResult => {
    const b = boundsOr(year);
    if (isResult(b)) return b;
    const register = registerOf(data);
    const contestants = contestantsDuring(data, b.start, b.end);
    if (register.size > 0) {
      const staff = staffDuring(register, b.start, b.end).filter(
        (m) => !young || youngOnStaff(m, b, data, rule(options)),
      );
      const took = staff.filter((m) => contestants.staffIds.has(m.id.trim()));
      const why = young ? NOTES.noYoungOnStaff : NOTES.noStaff;
      return {
        ...result(took.length, staff.length, ids(took), note(why, { year })),
        basis: basisOf("register"),
      };
    }
    // No register: the teachers in pairs that year, each person once (a mentor and a mentee with one staff id).
    const people = peopleInYear(data, b);
    const teachers: (KpiMentor | KpiMentee)[] = young
      ? people.mentees.filter((m) => youngMentee(m, rule(options)))
      : [...people.mentors.filter(isTeacherMentor), ...people.mentees.filter(isTeacherMentee)];
    const oldTicks = data.achievements === undefined;
    const byPerson = new Map<string, { id: string; took: boolean }>();
    for (const p of teachers) {
      const key = p.staffId?.trim() ? `staff|${p.staffId.trim()}` : `id|${p.id.trim()}`;
      const took = oldTicks
        ? p.contest === true
        : contestants.personIds.has(p.id.trim()) || contestants.personIds.has(p.staffId?.trim() ?? "");
      const before = byPerson.get(key);
      byPerson.set(key, { id: before?.id ?? p.id.trim(), took: (before?.took ?? false) || took });
    }
    const list = [...byPerson.values()];
    const took = list.filter((p) => p.took).map((p) => p.id);
    const r = result(
      took.length,
      list.length,
      took,
      note(young ? NOTES.noYoung : NOTES.noTeachers, { year }),
    );
    return {
      ...r,
      ...(r.note === undefined && oldTicks ? { note: NOTES.oldTicks } : {}),
      basis: basisOf("participants"),
    };
  };
}

function satisfaction(kind: "satisfaction_mentee" | "satisfaction_mentor") {
  return (data: KpiData, year: string, options: KpiOptions = {}): IndicatorResult => {
    const b = boundsOr(year);
    if (isResult(b)) return b;
    const threshold = options.satisfactionThreshold ?? DEFAULT_SATISFACTION_THRESHOLD;
    const people = peopleInYear(data, b);
    const tookPart = kind === "satisfaction_mentee" ? ids(people.mentees) : ids(people.mentors);
    const inYear = new Set(tookPart);
    const all = latestAnswers(data, kind, year);
    const answers = [...all.values()].filter((a) => inYear.has(a.personId));
    const satisfied = answers.filter((a) => a.score >= threshold).map((a) => a.personId);
    const outside = all.size - answers.length;
    if (answers.length === 0)
      return {
        numerator: null,
        denominator: tookPart.length,
        percent: null,
        rows: [],
        note: note(tookPart.length === 0 ? NOTES.noParticipants : NOTES.noSatisfaction, { year }),
      };
    const r = result(satisfied.length, tookPart.length, satisfied);
    return {
      ...r,
      ...(outside > 0 ? { note: note(NOTES.answersOutside, { outside, year }) } : {}),
      beside: [
        beside("answered", BESIDE.amongAnswered, satisfied.length, answers.length),
        beside("responseRate", BESIDE.responseRate, answers.length, tookPart.length),
      ],
    };
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
  const basis = basisOf("typed");
  if (denominator === null)
    return { ...result(numerator, null, rows, note(NOTES.noPartnerCount, { year })), basis };
  const r = result(numerator, denominator, rows, note(NOTES.noPartnerCount, { year }));
  return numerator > denominator
    ? { ...r, note: note(NOTES.morePartnersThanCounted, { numerator, denominator }), basis }
    : { ...r, basis };
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
      ru: "число молодых специалистов (стаж 0–3 года на 1 сентября), работавших в учебном году и бывших наставляемыми в парах / число молодых специалистов, работавших в организации в этом году (по листу «Педагогический коллектив»; без него — число, введённое куратором) × 100",
      en: "young specialists (0–3 years on 1 September) working during the academic year who were mentees in pairs / young specialists working in the organisation that year (from the Teaching staff tab; without it, the curator's number) × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: `«Педагогический коллектив» (стаж, даты приёма и ухода), «Пары», «Наставляемые» («ID в коллективе»). Без листа коллектива — категория или стаж наставляемых, а знаменатель ${CURATOR_ENTERS.ru}.`,
      en: `Teaching staff (experience, hire and leave dates), Pairs, Mentees (staff id). Without the staff tab: the mentees' category or experience, and the denominator: ${CURATOR_ENTERS.en}.`,
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
      ru: "число наставляемых-педагогов, ушедших из профессии в дату, когда они были в паре, за весь период наставничества до конца учебного года / число наставляемых-педагогов в парах за этот период × 100 (рядом — то же за учебный год); чем меньше, тем лучше",
      en: "teacher mentees who left the profession on a date while in a pair, over the whole period of mentoring up to the end of the academic year / teacher mentees in pairs over that period × 100 (beside: the same for the year); lower is better",
    },
    unit: "%",
    direction: "down",
    source: {
      ru: "«Педагогический коллектив» (дата и причина ухода «ушёл из профессии»), «Пары» (даты), «Наставляемые» (категории «молодой специалист», «педагог», «новый сотрудник»; «ID в коллективе»). Без листа коллектива — статус «выбыл» за учебный год.",
      en: "Teaching staff (leaving date and the reason “left the profession”), Pairs (dates), Mentees (categories young specialist, teacher, new employee; staff id). Without the staff tab: the status “left” in the academic year.",
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
      ru: "число молодых специалистов, у которых итоговый мониторинг за учебный год выше входного (среднее по компетенциям) / число молодых специалистов — наставляемых в парах за этот год × 100; без обоих мониторингов — не показал роста (рядом — доля среди прошедших оба)",
      en: "young specialists whose exit monitoring in the academic year scores higher than their entry one (mean of the competencies) / young specialists who were mentees in pairs that year × 100; without both monitorings, not shown to have risen (beside: the share among those with both)",
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
      ru: "число педагогов, работавших в учебном году, у которых есть запись о конкурсе с датой в этом году / число педагогов, работавших в этом году (по листу «Педагогический коллектив»; без него — педагоги в парах) × 100",
      en: "teachers working during the academic year with a contest entry dated in it / teachers working that year (from the Teaching staff tab; without it, teachers in pairs) × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Конкурсы и достижения» (человек, дата), «Педагогический коллектив». Без листа коллектива — наставники-педагоги и наставляемые-педагоги в парах; без листа конкурсов — флажок «Участие в конкурсах».",
      en: "Contests and achievements (person, date), Teaching staff. Without the staff tab: teacher mentors and mentees in pairs; without the contests tab: the tick “Took part in contests”.",
    },
    compute: contestsOf(false),
  },
  {
    key: "contestsYoung",
    title: {
      ru: "Доля молодых специалистов, участвовавших в конкурсах профессионального мастерства",
      en: "Share of young specialists who took part in professional contests",
    },
    formula: {
      ru: "число молодых специалистов, работавших в учебном году, у которых есть запись о конкурсе с датой в этом году / число молодых специалистов, работавших в этом году (по листу «Педагогический коллектив»; без него — молодые специалисты в парах) × 100",
      en: "young specialists working during the academic year with a contest entry dated in it / young specialists working that year (from the Teaching staff tab; without it, young specialists in pairs) × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: "«Конкурсы и достижения» (человек, дата), «Педагогический коллектив» (стаж). Без листа коллектива — молодые специалисты в парах; без листа конкурсов — флажок «Участие в конкурсах».",
      en: "Contests and achievements (person, date), Teaching staff (experience). Without the staff tab: young specialists in pairs; without the contests tab: the tick “Took part in contests”.",
    },
    compute: contestsOf(true),
  },
  {
    key: "satisfactionMentees",
    title: {
      ru: "Уровень удовлетворённости наставляемых участием в программах наставничества",
      en: "Mentees' satisfaction with taking part in mentoring programmes",
    },
    formula: {
      ru: "число наставляемых, оценивших участие в программе не ниже порога (по умолчанию 7 из 10) / число всех наставляемых, бывших в парах за учебный год × 100 (рядом — доля среди ответивших и доля ответивших)",
      en: "mentees who rated taking part at or above the threshold (7 of 10 by default) / all mentees in pairs during the academic year × 100 (beside: the share among those who answered, and the response rate)",
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
      ru: "число наставников, оценивших участие в программе не ниже порога (по умолчанию 7 из 10) / число всех наставников, бывших в парах за учебный год × 100 (рядом — доля среди ответивших и доля ответивших)",
      en: "mentors who rated taking part at or above the threshold (7 of 10 by default) / all mentors in pairs during the academic year × 100 (beside: the share among those who answered, and the response rate)",
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
      ru: "число разных сторонних организаций, чьи сотрудники были наставниками в парах за учебный год / число всех организаций, работающих на территории (муниципалитете), которые могли бы дать наставников, — его вводит куратор × 100",
      en: "distinct outside organisations whose staff were mentors in pairs during the academic year / all organisations working in the area (municipality) that could provide mentors, as the curator enters it × 100",
    },
    unit: "%",
    direction: "up",
    source: {
      ru: `«Пары» и «Наставники»: столбец «Организация» (наша организация, пустые и место работы родителя не считаются; регистр, кавычки и пробелы не важны); знаменатель — все организации территории, которые могли бы дать наставников (как в показателе: «от общего количества организаций, осуществляющих деятельность»): ${CURATOR_ENTERS.ru}.`,
      en: `Pairs and Mentors: the Organisation column (ours, empty ones and a parent's workplace do not count; case, quotes and spaces do not matter); the denominator, all organisations in the area that could provide mentors (the indicator's «of all organisations working»): ${CURATOR_ENTERS.en}.`,
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
