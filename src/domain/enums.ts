import type { L } from "./i18n";

/**
 * The enumerations of the target model of mentoring. Keys are stable (stored nowhere but code); the base stores
 * the label of the language it was created in, and reading accepts the label in either language or the key.
 */
export interface EnumDef<K extends string> {
  readonly name: L;
  readonly values: Readonly<Record<K, L>>;
}

function defineEnum<K extends string>(name: L, values: Record<K, L>): EnumDef<K> {
  return { name, values };
}

export const FORMS = defineEnum(
  { ru: "форма наставничества", en: "form of mentoring" },
  {
    teacher_teacher: { ru: "педагог – педагог", en: "teacher – teacher" },
    head_teacher: { ru: "руководитель – педагог", en: "head – teacher" },
    employer_student: { ru: "работодатель – студент", en: "employer – student" },
    pupil_pupil: { ru: "ученик – ученик", en: "pupil – pupil" },
    student_pupil: { ru: "студент – ученик", en: "student – pupil" },
    employer_pupil: { ru: "работодатель – ученик", en: "employer – pupil" },
  },
);
export type Form = keyof typeof FORMS.values;

/** Models of interaction inside the form «педагог – педагог». */
export const MODELS = defineEnum(
  { ru: "модель", en: "model" },
  {
    experienced_young: {
      ru: "опытный педагог – молодой специалист",
      en: "experienced teacher – young specialist",
    },
    leader_struggling: {
      ru: "лидер сообщества – педагог с трудностями в общении",
      en: "community leader – teacher with communication difficulties",
    },
    innovator_conservative: {
      ru: "педагог-новатор – консервативный педагог",
      en: "innovator – conservative teacher",
    },
    expert_novice_subject: {
      ru: "опытный предметник – неопытный предметник",
      en: "experienced subject teacher – novice subject teacher",
    },
  },
);
export type Model = keyof typeof MODELS.values;

export const KINDS = defineEnum(
  { ru: "вид наставничества", en: "kind of mentoring" },
  {
    traditional: { ru: "традиционное", en: "traditional" },
    group: { ru: "в группе", en: "group" },
    virtual: { ru: "виртуальное", en: "virtual" },
    short_term: { ru: "краткосрочное", en: "short-term" },
    reverse: { ru: "реверсивное", en: "reverse" },
    situational: { ru: "ситуационное", en: "situational" },
    speed: { ru: "скоростное", en: "speed" },
  },
);
export type Kind = keyof typeof KINDS.values;

export const FORMATS = defineEnum(
  { ru: "формат", en: "format" },
  {
    in_person: { ru: "очно", en: "in person" },
    remote: { ru: "дистанционно", en: "remote" },
    mixed: { ru: "смешанный", en: "mixed" },
  },
);
export type Format = keyof typeof FORMATS.values;

export const MENTOR_CATEGORIES = defineEnum(
  { ru: "категория наставника", en: "mentor category" },
  {
    teacher: { ru: "педагог", en: "teacher" },
    head: { ru: "руководитель", en: "head" },
    pupil: { ru: "обучающийся", en: "pupil" },
    student: { ru: "студент", en: "student" },
    graduate: { ru: "выпускник", en: "graduate" },
    parent: { ru: "родитель", en: "parent" },
    employer: { ru: "представитель работодателя", en: "employer's representative" },
  },
);
export type MentorCategory = keyof typeof MENTOR_CATEGORIES.values;

export const MENTEE_CATEGORIES = defineEnum(
  { ru: "категория наставляемого", en: "mentee category" },
  {
    young_specialist: { ru: "молодой специалист", en: "young specialist" },
    teacher: { ru: "педагог", en: "teacher" },
    new_employee: { ru: "новый сотрудник", en: "new employee" },
    pupil: { ru: "обучающийся", en: "pupil" },
    student: { ru: "студент", en: "student" },
  },
);
export type MenteeCategory = keyof typeof MENTEE_CATEGORIES.values;

export const QUALIFICATIONS = defineEnum(
  { ru: "квалификационная категория", en: "qualification category" },
  {
    none: { ru: "без категории", en: "none" },
    conformity: { ru: "соответствие должности", en: "conformity with the post" },
    first: { ru: "первая", en: "first" },
    highest: { ru: "высшая", en: "highest" },
  },
);
export type Qualification = keyof typeof QUALIFICATIONS.values;

export const PERSON_STATUSES = defineEnum(
  { ru: "статус участника", en: "participant status" },
  {
    candidate: { ru: "кандидат", en: "candidate" },
    active: { ru: "участвует", en: "taking part" },
    paused: { ru: "приостановлено", en: "paused" },
    finished: { ru: "завершил программу", en: "finished the programme" },
    left: { ru: "выбыл", en: "left" },
  },
);
export type PersonStatus = keyof typeof PERSON_STATUSES.values;

export const PAIR_STATUSES = defineEnum(
  { ru: "статус пары", en: "pair status" },
  {
    active: { ru: "активна", en: "active" },
    paused: { ru: "приостановлена", en: "paused" },
    completed: { ru: "завершена", en: "completed" },
    terminated: { ru: "расторгнута", en: "terminated" },
  },
);
export type PairStatus = keyof typeof PAIR_STATUSES.values;

export const PROGRAMME_STATUSES = defineEnum(
  { ru: "статус программы", en: "programme status" },
  {
    draft: { ru: "проект", en: "draft" },
    approved: { ru: "утверждена", en: "approved" },
    running: { ru: "реализуется", en: "running" },
    completed: { ru: "завершена", en: "completed" },
  },
);
export type ProgrammeStatus = keyof typeof PROGRAMME_STATUSES.values;

/** The stages of a pair's work (the roadmaps' sequence of meetings). */
export const STAGES = defineEnum(
  { ru: "этап", en: "stage" },
  {
    acquaintance: { ru: "встреча-знакомство", en: "introductory meeting" },
    trial: { ru: "пробная встреча", en: "trial meeting" },
    planning: { ru: "встреча-планирование", en: "planning meeting" },
    joint_work: { ru: "совместная работа", en: "joint work" },
    final: { ru: "итоговая встреча", en: "final meeting" },
    completion: { ru: "завершение", en: "completion" },
  },
);
export type Stage = keyof typeof STAGES.values;

export const SURVEY_KINDS = defineEnum(
  { ru: "анкета", en: "survey" },
  {
    registration_mentor: { ru: "регистрация наставника", en: "mentor registration" },
    registration_mentee: { ru: "регистрация наставляемого", en: "mentee registration" },
    satisfaction_mentee: { ru: "удовлетворённость наставляемого", en: "mentee satisfaction" },
    satisfaction_mentor: { ru: "удовлетворённость наставника", en: "mentor satisfaction" },
    entry: { ru: "входной мониторинг", en: "entry monitoring" },
    exit: { ru: "итоговый мониторинг", en: "exit monitoring" },
    meeting_journal: { ru: "журнал встреч наставника", en: "mentor's meeting journal" },
  },
);
export type SurveyKind = keyof typeof SURVEY_KINDS.values;

export const SURVEY_STATUSES = defineEnum(
  { ru: "статус анкеты", en: "survey status" },
  {
    pending: { ru: "не отправлена", en: "not sent" },
    sending: { ru: "отправляется", en: "sending" },
    sent: { ru: "отправлена", en: "sent" },
    uncertain: { ru: "не известно, ушло ли письмо", en: "not known whether the mail went" },
    answered: { ru: "ответ получен", en: "answered" },
  },
);

export const RESPONSE_STATUSES = defineEnum(
  { ru: "статус ответа", en: "answer status" },
  {
    counted: { ru: "учтён", en: "counted" },
    replaced: { ru: "заменён", en: "replaced" },
    unknown: { ru: "неизвестный код", en: "unknown code" },
    foreign: { ru: "код другой анкеты", en: "another survey's code" },
    registered: { ru: "внесён в базу", en: "added to the base" },
    review: { ru: "проверьте", en: "check it" },
  },
);

/** The programme's indicators (definitions and formulas: src/domain/kpi). */
export const KPI_INDICATORS = defineEnum(
  { ru: "показатель", en: "indicator" },
  {
    youngInProgrammes: { ru: "молодые специалисты в программах", en: "young specialists in programmes" },
    leftProfession: { ru: "оставили профессию", en: "left the profession" },
    levelRose: { ru: "вырос профессиональный уровень", en: "professional level rose" },
    contests: { ru: "участие педагогов в конкурсах", en: "teachers in contests" },
    contestsYoung: { ru: "участие молодых педагогов в конкурсах", en: "young teachers in contests" },
    satisfactionMentees: { ru: "удовлетворённость наставляемых", en: "mentee satisfaction" },
    satisfactionMentors: { ru: "удовлетворённость наставников", en: "mentor satisfaction" },
    partnerOrganisations: {
      ru: "организации-партнёры с наставниками",
      en: "partner organisations with mentors",
    },
    pairsCompleted: { ru: "пары, завершившие программу", en: "pairs that completed" },
  },
);
export type KpiIndicator = keyof typeof KPI_INDICATORS.values;

/** Why a member of staff left the organisation («Педагогический коллектив», «Причина ухода»). */
export const LEAVE_REASONS = defineEnum(
  { ru: "причина ухода", en: "reason for leaving" },
  {
    other_organisation: { ru: "перешёл в другую организацию", en: "moved to another organisation" },
    left_profession: { ru: "ушёл из профессии", en: "left the profession" },
    other: { ru: "другое", en: "other" },
  },
);
export type LeaveReason = keyof typeof LEAVE_REASONS.values;

/** The level of a contest or other professional event («Конкурсы и достижения»). */
export const CONTEST_LEVELS = defineEnum(
  { ru: "уровень мероприятия", en: "level of the event" },
  {
    organisation: { ru: "в организации", en: "in the organisation" },
    municipal: { ru: "муниципальный", en: "municipal" },
    regional: { ru: "региональный", en: "regional" },
    federal: { ru: "федеральный", en: "federal" },
    international: { ru: "международный", en: "international" },
  },
);
export type ContestLevel = keyof typeof CONTEST_LEVELS.values;

/** What a person achieved at a contest. Taking part is enough for the contest indicators. */
export const CONTEST_RESULTS = defineEnum(
  { ru: "результат", en: "result" },
  {
    participant: { ru: "участник", en: "participant" },
    laureate: { ru: "лауреат", en: "laureate" },
    prize: { ru: "призёр", en: "prize-winner" },
    winner: { ru: "победитель", en: "winner" },
  },
);
export type ContestResult = keyof typeof CONTEST_RESULTS.values;

export const ROLES = defineEnum(
  { ru: "роль", en: "role" },
  {
    mentor: { ru: "наставник", en: "mentor" },
    mentee: { ru: "наставляемый", en: "mentee" },
    curator: { ru: "куратор", en: "curator" },
    head: { ru: "руководитель", en: "head" },
    council: { ru: "методический совет", en: "methodical council" },
  },
);
export type Role = keyof typeof ROLES.values;

export const YES_NO = defineEnum(
  { ru: "да или нет", en: "yes or no" },
  {
    yes: { ru: "да", en: "yes" },
    no: { ru: "нет", en: "no" },
  },
);

export const DOC_KINDS = defineEnum(
  { ru: "вид документа", en: "document kind" },
  {
    agreement: { ru: "соглашение", en: "agreement" },
    order: { ru: "приказ", en: "order" },
    plan: { ru: "программа", en: "programme" },
    report: { ru: "аналитическая справка", en: "analytic report" },
    thanks: { ru: "благодарность", en: "letter of thanks" },
    portfolio: { ru: "портфолио", en: "portfolio" },
  },
);
export type DocKindKey = keyof typeof DOC_KINDS.values;

export const DOC_STATUSES = defineEnum(
  { ru: "состояние документа", en: "document state" },
  {
    ready: { ru: "готов", en: "ready" },
    failed: { ru: "ошибка", en: "failed" },
  },
);

export const ORG_TYPES = defineEnum(
  { ru: "тип организации", en: "organisation type" },
  {
    school: { ru: "школа", en: "school" },
    kindergarten: { ru: "детский сад", en: "kindergarten" },
    college: { ru: "колледж", en: "college" },
    additional: { ru: "дополнительное образование", en: "additional education" },
  },
);

/** What the curator decides about a proposed pair, on the «Предложенные пары» tab or in the sidebar. */
export const DECISIONS = defineEnum(
  { ru: "решение куратора", en: "curator's decision" },
  {
    accept: { ru: "принять", en: "accept" },
    pin: { ru: "закрепить", en: "pin" },
    reject: { ru: "отклонить", en: "reject" },
    exclude: { ru: "исключить", en: "exclude" },
  },
);
export type Decision = keyof typeof DECISIONS.values;

/**
 * Who may stand on each side of a form. Used by the base check (a pupil registered for «педагог – педагог» is a
 * mistake worth showing) and by matching.
 */
export const FORM_SIDES: Readonly<Record<Form, { mentors: MentorCategory[]; mentees: MenteeCategory[] }>> = {
  teacher_teacher: { mentors: ["teacher", "head"], mentees: ["young_specialist", "teacher", "new_employee"] },
  head_teacher: { mentors: ["head"], mentees: ["young_specialist", "teacher", "new_employee"] },
  employer_student: { mentors: ["teacher", "head", "employer"], mentees: ["student"] },
  pupil_pupil: { mentors: ["pupil"], mentees: ["pupil"] },
  student_pupil: { mentors: ["student"], mentees: ["pupil"] },
  employer_pupil: { mentors: ["employer", "parent", "graduate"], mentees: ["pupil"] },
};

/** Young specialists are teachers with 0–3 years of experience (the seeds' KPI definition). */
export const YOUNG_SPECIALIST_MAX_YEARS = 3;

function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[‐‑‒–—―-]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export interface EnumIndex<K extends string> {
  parse(text: string): K | undefined;
  label(key: K, locale: "ru" | "en"): string;
  labels(locale: "ru" | "en"): string[];
  keys: K[];
}

/** Builds a tolerant reader: dashes, case, ё and spacing do not matter; either language or the key is accepted. */
export function enumIndex<K extends string>(def: EnumDef<K>): EnumIndex<K> {
  const lookup = new Map<string, K>();
  const keys = Object.keys(def.values) as K[];
  for (const key of keys) {
    lookup.set(normaliseLabel(key), key);
    lookup.set(normaliseLabel(def.values[key].ru), key);
    lookup.set(normaliseLabel(def.values[key].en), key);
  }
  return {
    keys,
    parse: (text) => lookup.get(normaliseLabel(text)),
    label: (key, locale) => def.values[key][locale],
    labels: (locale) => keys.map((k) => def.values[k][locale]),
  };
}
