import { EARLIEST_CAREER_DATE } from "./base/limits";
import {
  CONTEST_LEVELS,
  CONTEST_RESULTS,
  DECISIONS,
  DOC_KINDS,
  DOC_STATUSES,
  type EnumDef,
  FORMATS,
  FORMS,
  KINDS,
  KPI_INDICATORS,
  LEAVE_REASONS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  MODELS,
  PAIR_STATUSES,
  PERSON_STATUSES,
  PROGRAMME_STATUSES,
  QUALIFICATIONS,
  RESPONSE_STATUSES,
  ROLES,
  STAGES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
} from "./enums";
import type { L } from "./i18n";
import { ROADMAP_EVIDENCE, ROADMAP_STATUSES } from "./roadmap/items";

/**
 * The tabs of the base and their columns. The add-on finds a tab and a column by its stable key (kept in the
 * sheet's developer metadata), so a curator may rename, reorder and add columns; headers here are only what a new
 * column is given.
 */
export type ColumnKind =
  | "id"
  | "text"
  | "longText"
  | "textList"
  | "int"
  | "date"
  | "email"
  | "phone"
  | "enum"
  | "enumList"
  | "checkbox"
  | "ref";

export type TableKey =
  | "mentors"
  | "mentees"
  | "staff"
  | "achievements"
  | "pairs"
  | "programmes"
  | "meetings"
  | "surveys"
  | "kpi"
  | "settings"
  | "proposals"
  | "documents"
  | "responses"
  | "targets"
  | "kpiHistory"
  | "counts"
  | "roadmap";

export interface ColumnSpec {
  readonly key: string;
  readonly header: L;
  readonly note: L;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: any enum fits a column
  readonly enumDef?: EnumDef<any>;
  readonly ref?: TableKey;
  readonly min?: number;
  readonly max?: number;
  /** A date column whose dates may go back further than the programme's (limits.ts, EARLIEST_CAREER_DATE). */
  readonly earliest?: string;
  /**
   * Pixels; none keeps Google's default. Neighbours share a width where a few pixels make no difference to the
   * curator: each run of equal widths is set in one call when a tab is made.
   */
  readonly width?: number;
  /** Stored as text (format «@»): a text column whose values look like numbers, e.g. an item number «1.10». */
  readonly asText?: boolean;
}

export interface TableSpec {
  readonly key: TableKey;
  readonly title: L;
  readonly note: L;
  /** Prefix of the row ids the add-on gives, e.g. НС-0007. Tables without ids hold output or settings. */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnSpec[];
  /** Output tabs are written by the add-on only; the whole tab is protected (with a warning). */
  readonly output?: boolean;
  /**
   * Who makes the tab. "base": «Создать / обновить базу» (a tab a curator types into or the add-on reads from).
   * "action": the action that first writes it, when it is missing, exactly as the base would have made it; the
   * base's update still formats it once it exists, but never makes it (docs/architecture.md, «Tabs made lazily»).
   */
  readonly madeBy: "base" | "action";
  /**
   * Columns older bases have and new ones do not get: found (by their key, else their header) and read like ours,
   * never made, formatted, checked or reported as drift. What a person typed in them stays.
   */
  readonly legacy?: readonly ColumnSpec[];
}

const col = (
  key: string,
  kind: ColumnKind,
  header: L,
  note: L,
  extra: Partial<Omit<ColumnSpec, "key" | "kind" | "header" | "note">> = {},
): ColumnSpec => ({ key, kind, header, note, ...extra });

const ID_NOTE: L = {
  ru: "Код строки. Его ставит надстройка; не меняйте и не копируйте его в другие строки: по нему связаны листы.",
  en: "Row code. The add-on fills it; do not change it or copy it to other rows: tabs are linked by it.",
};
const CONTACTS = {
  email: (who: L) => col("email", "email", { ru: "E-mail", en: "E-mail" }, who, { width: 200 }),
  phone: col(
    "phone",
    "phone",
    { ru: "Телефон", en: "Phone" },
    { ru: "Мобильный телефон, например +7 914 123-45-67.", en: "Mobile phone, e.g. +7 914 123-45-67." },
    { width: 140 },
  ),
};
const CONSENT_COLUMNS: ColumnSpec[] = [
  col(
    "consent",
    "checkbox",
    { ru: "Согласие на обработку ПДн", en: "Personal data consent" },
    {
      ru: "Отметьте, когда подписанное согласие на обработку персональных данных получено. Без него участнику ничего не отправляется.",
      en: "Tick when the signed consent to personal data processing is received. Nothing is sent to a person without it.",
    },
  ),
  col(
    "consentDate",
    "date",
    { ru: "Дата согласия", en: "Consent date" },
    { ru: "Дата подписи согласия, ДД.ММ.ГГГГ.", en: "Date the consent was signed, DD.MM.YYYY." },
  ),
  col(
    "minor",
    "checkbox",
    { ru: "Несовершеннолетний", en: "Minor" },
    {
      ru: "Отметьте, если участнику нет 18 лет: тогда нужны данные и согласие законного представителя.",
      en: "Tick if the participant is under 18: the legal representative's details and consent are then required.",
    },
  ),
  col(
    "guardianName",
    "text",
    { ru: "Законный представитель (ФИО)", en: "Legal representative (full name)" },
    {
      ru: "Для несовершеннолетнего: ФИО родителя или законного представителя.",
      en: "For a minor: parent's or guardian's full name.",
    },
    { width: 180 },
  ),
  col(
    "guardianContact",
    "text",
    { ru: "Контакт представителя", en: "Representative's contact" },
    { ru: "Телефон или e-mail законного представителя.", en: "Phone or e-mail of the legal representative." },
    { width: 180 },
  ),
  col(
    "guardianConsent",
    "checkbox",
    { ru: "Согласие представителя", en: "Representative's consent" },
    {
      ru: "Отметьте, когда получено согласие законного представителя на участие и обработку данных.",
      en: "Tick when the legal representative's consent to participation and data processing is received.",
    },
  ),
];

const ID_COLUMN = col("id", "id", { ru: "ID", en: "ID" }, ID_NOTE, { width: 80 });

const POSITION = col(
  "position",
  "text",
  { ru: "Должность / класс", en: "Position / class" },
  { ru: "Должность педагога или класс обучающегося.", en: "Teacher's position or pupil's class." },
  { width: 180 },
);

const PERSON_FORMAT = col(
  "format",
  "enum",
  { ru: "Формат", en: "Format" },
  {
    ru: "Как удобнее работать: очно, дистанционно, смешанный.",
    en: "Preferred way of working: in person, remote, mixed.",
  },
  { enumDef: FORMATS, width: 200 },
);

const FULL_NAME = col(
  "fullName",
  "text",
  { ru: "ФИО", en: "Full name" },
  { ru: "Фамилия, имя, отчество полностью.", en: "Surname, first name, patronymic in full." },
  { required: true, width: 220 },
);

const ENTRY_DATE = col(
  "entryDate",
  "date",
  { ru: "Дата вхождения в программу", en: "Date of entry" },
  {
    ru: "Когда участник включён в программу наставничества, ДД.ММ.ГГГГ.",
    en: "When the person entered the programme, DD.MM.YYYY.",
  },
);

const PERSON_STATUS = col(
  "status",
  "enum",
  { ru: "Статус", en: "Status" },
  { ru: "Пусто — участвует. Выберите из списка.", en: "Empty means taking part. Choose from the list." },
  { enumDef: PERSON_STATUSES },
);

/**
 * The undated checkbox «Участие в конкурсах» that older bases have on both people tabs. No new base gets it: the
 * dated entries of «Конкурсы и достижения» replace it. «Создать / обновить базу» carries each tick over once
 * (src/domain/base/contestCarry.ts) and leaves the column and its values as the curator left them.
 */
export const LEGACY_CONTEST = col(
  "contest",
  "checkbox",
  { ru: "Участие в конкурсах", en: "Took part in contests" },
  {
    ru: "Отметьте, если в этом учебном году участвовал в конкурсах профессионального мастерства: это показатель программы.",
    en: "Tick if the person took part in professional skills contests this academic year: it is one of the programme's indicators.",
  },
);

/**
 * A participant who works here points to their row on «Педагогический коллектив»: one person, one id. The register
 * holds the person's staff details; the participant's row holds what the programme needs.
 */
export const STAFF_ID = col(
  "staffId",
  "ref",
  { ru: "ID в коллективе", en: "Staff ID" },
  {
    ru: "Для педагога и руководителя: код его строки на листе «Педагогический коллектив» (СТ-…). Ставится сам, когда сотрудника добавляют в программу из коллектива.",
    en: "For a teacher or head: the code of their row on the Staff tab (СТ-…). Set by itself when a member of staff is added to the programme from the register.",
  },
  { ref: "staff", width: 100 },
);

const REMARKS = col(
  "remarks",
  "longText",
  { ru: "Примечание", en: "Remarks" },
  { ru: "Свободные заметки куратора.", en: "The curator's free notes." },
  { width: 220 },
);

export const MENTORS: TableSpec = {
  key: "mentors",
  madeBy: "base",
  title: { ru: "Наставники", en: "Mentors" },
  note: { ru: "База наставников: кто и чем может помочь.", en: "Mentor base: who can help and how." },
  idPrefix: "НС",
  columns: [
    ID_COLUMN,
    FULL_NAME,
    col(
      "category",
      "enum",
      { ru: "Категория", en: "Category" },
      {
        ru: "Кто наставник: педагог, руководитель, обучающийся, студент, выпускник, родитель, работодатель.",
        en: "Who the mentor is: teacher, head, pupil, student, graduate, parent, employer.",
      },
      { required: true, enumDef: MENTOR_CATEGORIES },
    ),
    POSITION,
    col(
      "organization",
      "text",
      { ru: "Организация", en: "Organisation" },
      {
        ru: "Место работы или учёбы, если это не наша организация (обязательно для представителя работодателя).",
        en: "Place of work or study if not ours (required for an employer's representative).",
      },
      { width: 180 },
    ),
    col(
      "subjects",
      "text",
      { ru: "Предмет / направление", en: "Subject / field" },
      {
        ru: "Предмет или направление работы, например «математика».",
        en: "Subject or field, e.g. “mathematics”.",
      },
      { width: 180 },
    ),
    col(
      "experienceYears",
      "int",
      { ru: "Педагогический стаж, лет", en: "Teaching experience, years" },
      {
        ru: "Полных лет педагогического стажа, числом. Обязательно для педагогов и руководителей.",
        en: "Full years of teaching experience, as a number. Required for teachers and heads.",
      },
      { min: 0, max: 70 },
    ),
    col(
      "qualification",
      "enum",
      { ru: "Квалификационная категория", en: "Qualification category" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { enumDef: QUALIFICATIONS },
    ),
    col(
      "competencies",
      "textList",
      { ru: "Компетенции (чем может помочь)", en: "Competencies (can help with)" },
      {
        ru: "Через точку с запятой: в чём наставник силён и чему может научить.",
        en: "Separated by semicolons: what the mentor is good at and can teach.",
      },
      { required: true, width: 240 },
    ),
    col(
      "forms",
      "enumList",
      { ru: "Формы наставничества", en: "Forms of mentoring" },
      {
        ru: "Формы, в которых готов работать, через точку с запятой: {values}.",
        en: "Forms the mentor accepts, separated by semicolons: {values}.",
      },
      { required: true, enumDef: FORMS, width: 240 },
    ),
    col(
      "capacity",
      "int",
      { ru: "Сколько наставляемых может взять", en: "Mentees the mentor can take" },
      {
        ru: "Пусто — 1. Больше одного — отдельные пары с каждым, а если наставник занимается с ними вместе, отметьте «Работает с группой».",
        en: "Empty means 1. More than one: a separate pair with each, unless the mentor works with them together: then tick “Works with a group”.",
      },
      { min: 1, max: 30 },
    ),
    col(
      "groupWork",
      "checkbox",
      { ru: "Работает с группой", en: "Works with a group" },
      {
        ru: "Отметьте, если наставник занимается со своими наставляемыми вместе: тогда «Утвердить пары» объединит его пары в группу (вид «в группе», код Г-…). Без отметки каждая пара — традиционная.",
        en: "Tick if the mentor works with their mentees together: “Confirm pairs” then joins the mentor's pairs in a group (kind “group”, code Г-…). Unticked, each pair is traditional.",
      },
    ),
    PERSON_FORMAT,
    CONTACTS.email({
      ru: "Адрес электронной почты для анкет и документов.",
      en: "E-mail for surveys and documents.",
    }),
    CONTACTS.phone,
    ...CONSENT_COLUMNS,
    ENTRY_DATE,
    PERSON_STATUS,
    STAFF_ID,
    REMARKS,
  ],
  legacy: [LEGACY_CONTEST],
};

export const MENTEES: TableSpec = {
  key: "mentees",
  madeBy: "base",
  title: { ru: "Наставляемые", en: "Mentees" },
  note: { ru: "База наставляемых с картой запросов.", en: "Mentee base with the map of requests." },
  idPrefix: "НЯ",
  columns: [
    ID_COLUMN,
    FULL_NAME,
    col(
      "category",
      "enum",
      { ru: "Категория", en: "Category" },
      {
        ru: "Молодой специалист (стаж до 3 лет), педагог, новый сотрудник, обучающийся, студент.",
        en: "Young specialist (up to 3 years), teacher, new employee, pupil, student.",
      },
      { required: true, enumDef: MENTEE_CATEGORIES },
    ),
    POSITION,
    col(
      "organization",
      "text",
      { ru: "Организация", en: "Organisation" },
      {
        ru: "Место учёбы студента или работы, если это не наша организация.",
        en: "Student's college or place of work if not ours.",
      },
      { width: 180 },
    ),
    col(
      "subject",
      "text",
      { ru: "Предмет / направление", en: "Subject / field" },
      { ru: "Предмет или направление работы.", en: "Subject or field." },
      { width: 180 },
    ),
    col(
      "experienceYears",
      "int",
      { ru: "Педагогический стаж, лет", en: "Teaching experience, years" },
      {
        ru: "Полных лет стажа, числом. Обязательно для педагогов; у молодого специалиста — от 0 до 3.",
        en: "Full years, as a number. Required for teachers; 0–3 for a young specialist.",
      },
      { min: 0, max: 70 },
    ),
    col(
      "requests",
      "textList",
      { ru: "Запрос (с чем нужна помощь)", en: "Request (needs help with)" },
      {
        ru: "Через точку с запятой: какие затруднения или цели у наставляемого. По запросу подбирается наставник.",
        en: "Separated by semicolons: difficulties or goals. The mentor is matched to the request.",
      },
      { required: true, width: 280 },
    ),
    col(
      "form",
      "enum",
      { ru: "Форма наставничества", en: "Form of mentoring" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { required: true, enumDef: FORMS, width: 200 },
    ),
    col(
      "model",
      "enum",
      { ru: "Модель (для «педагог – педагог»)", en: "Model (teacher – teacher)" },
      {
        ru: "Для формы «педагог – педагог»: модель взаимодействия.",
        en: "For the teacher – teacher form: the model of interaction.",
      },
      { enumDef: MODELS, width: 200 },
    ),
    PERSON_FORMAT,
    col(
      "preferredMentor",
      "text",
      { ru: "Пожелания к наставнику", en: "Preferred mentor" },
      {
        ru: "ФИО или ID желаемого наставника, если есть.",
        en: "Full name or ID of a preferred mentor, if any.",
      },
      { width: 200 },
    ),
    CONTACTS.email({
      ru: "Адрес электронной почты для анкет и документов.",
      en: "E-mail for surveys and documents.",
    }),
    CONTACTS.phone,
    ...CONSENT_COLUMNS,
    ENTRY_DATE,
    PERSON_STATUS,
    STAFF_ID,
    REMARKS,
  ],
  legacy: [LEGACY_CONTEST],
};

/**
 * «Педагогический коллектив»: everyone who teaches or leads in the organisation, in the programme or not. The
 * indicators measure the school against it (young specialists, contests, leavers), not only the participants.
 */
export const STAFF: TableSpec = {
  key: "staff",
  madeBy: "base",
  title: { ru: "Педагогический коллектив", en: "Staff" },
  note: {
    ru: "Все педагоги и руководители организации — и те, кто в программе, и те, кто нет (персонифицированный учёт). По нему считаются показатели.",
    en: "Every teacher and head of the organisation, in the programme or not (personified records). The indicators are computed against it.",
  },
  idPrefix: "СТ",
  columns: [
    ID_COLUMN,
    FULL_NAME,
    col(
      "position",
      "text",
      { ru: "Должность", en: "Position" },
      {
        ru: "Например, «учитель математики», «воспитатель», «заместитель директора».",
        en: "E.g. “maths teacher”, “educator”, “deputy head”.",
      },
      { required: true, width: 200 },
    ),
    col(
      "subjects",
      "text",
      { ru: "Предмет / направление", en: "Subject / field" },
      { ru: "Что преподаёт или ведёт.", en: "What the person teaches or leads." },
      { width: 180 },
    ),
    col(
      "hireDate",
      "date",
      { ru: "Дата приёма", en: "Hired on" },
      {
        ru: "Когда принят в организацию, ДД.ММ.ГГГГ. Пусто — работает с начала учёта.",
        en: "When the person joined the organisation, DD.MM.YYYY. Empty: since records began.",
      },
      { earliest: EARLIEST_CAREER_DATE },
    ),
    col(
      "teachingYears",
      "int",
      { ru: "Педагогический стаж, лет", en: "Teaching experience, years" },
      {
        ru: "Полных лет педагогического стажа на дату в соседнем столбце, числом. По нему определяется молодой специалист.",
        en: "Full years of teaching experience on the date in the next column, as a number. It decides who is a young specialist.",
      },
      { min: 0, max: 70 },
    ),
    col(
      "experienceDate",
      "date",
      { ru: "Стаж на дату", en: "Experience as of" },
      {
        ru: "На какую дату указан стаж, ДД.ММ.ГГГГ. Пусто — на 1 сентября учебного года с листа «Настройки».",
        en: "The date the experience is given for, DD.MM.YYYY. Empty: 1 September of the academic year on the Settings tab.",
      },
      { earliest: EARLIEST_CAREER_DATE },
    ),
    col(
      "totalYears",
      "int",
      { ru: "Общий стаж, лет", en: "Total experience, years" },
      {
        ru: "Полных лет общего трудового стажа на ту же дату.",
        en: "Full years of total work experience on the same date.",
      },
      { min: 0, max: 70 },
    ),
    col(
      "qualification",
      "enum",
      { ru: "Квалификационная категория", en: "Qualification category" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { enumDef: QUALIFICATIONS },
    ),
    col(
      "leaveDate",
      "date",
      { ru: "Дата ухода", en: "Left on" },
      {
        ru: "Последний рабочий день, если сотрудник уволился, ДД.ММ.ГГГГ. Строку не удаляйте: по ней считаются показатели прошлых лет.",
        en: "The last working day if the person left, DD.MM.YYYY. Do not delete the row: past years' indicators use it.",
      },
    ),
    col(
      "leaveReason",
      "enum",
      { ru: "Причина ухода", en: "Reason for leaving" },
      {
        ru: "Перешёл в другую организацию, ушёл из профессии или другое. Нужна вместе с датой ухода.",
        en: "Moved to another organisation, left the profession or other. Needed with the date of leaving.",
      },
      { enumDef: LEAVE_REASONS, width: 220 },
    ),
    CONTACTS.email({
      ru: "Рабочий адрес электронной почты.",
      en: "Work e-mail.",
    }),
    CONTACTS.phone,
    CONSENT_COLUMNS[0]!,
    CONSENT_COLUMNS[1]!,
    REMARKS,
  ],
};

/**
 * «Конкурсы и достижения»: dated entries, one per person and event. They replace the undated checkbox
 * «Участие в конкурсах» of the people tabs, so each academic year counts its own contests.
 */
export const ACHIEVEMENTS: TableSpec = {
  key: "achievements",
  madeBy: "base",
  title: { ru: "Конкурсы и достижения", en: "Contests and achievements" },
  note: {
    ru: "Участие в конкурсах профессионального мастерства и других мероприятиях: строка на человека и мероприятие, с датой.",
    en: "Taking part in professional skills contests and other events: a row per person and event, dated.",
  },
  idPrefix: "КД",
  columns: [
    ID_COLUMN,
    col(
      "personId",
      "ref",
      { ru: "ID участника", en: "Person ID" },
      {
        ru: "Код человека: с листа «Педагогический коллектив» (СТ-…), а если его там нет — с листа «Наставники» или «Наставляемые».",
        en: "The person's code: from the Staff tab (СТ-…), or from Mentors or Mentees for someone not on it.",
      },
      { required: true, ref: "staff", width: 100 },
    ),
    col(
      "personName",
      "text",
      { ru: "ФИО", en: "Full name" },
      {
        ru: "ФИО — для удобства; проверка сверит его с кодом.",
        en: "Full name, for reading; the check compares it with the code.",
      },
      { width: 220 },
    ),
    col(
      "event",
      "text",
      { ru: "Мероприятие", en: "Event" },
      { ru: "Название конкурса или мероприятия.", en: "The contest's or event's name." },
      { required: true, width: 300 },
    ),
    col(
      "level",
      "enum",
      { ru: "Уровень", en: "Level" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { enumDef: CONTEST_LEVELS, width: 160 },
    ),
    col(
      "date",
      "date",
      { ru: "Дата", en: "Date" },
      {
        ru: "Когда человек участвовал, ДД.ММ.ГГГГ: по дате запись относится к учебному году.",
        en: "When the person took part, DD.MM.YYYY: the date puts the entry in an academic year.",
      },
      { required: true },
    ),
    col(
      "result",
      "enum",
      { ru: "Результат", en: "Result" },
      {
        ru: "Участник, лауреат, призёр или победитель.",
        en: "Participant, laureate, prize-winner or winner.",
      },
      { enumDef: CONTEST_RESULTS },
    ),
    REMARKS,
  ],
};

/** The two sides of a pair, on «Пары и группы» (both required) and «Предложенные пары» (a mentee may be alone). */
const mentorRef = (required: boolean) =>
  col(
    "mentorId",
    "ref",
    { ru: "ID наставника", en: "Mentor ID" },
    { ru: "Код из листа «Наставники».", en: "Code from the Mentors tab." },
    { required, ref: "mentors" },
  );
const menteeRef = (required: boolean) =>
  col(
    "menteeId",
    "ref",
    { ru: "ID наставляемого", en: "Mentee ID" },
    { ru: "Код из листа «Наставляемые».", en: "Code from the Mentees tab." },
    { required, ref: "mentees" },
  );
const MENTOR_NAME = col(
  "mentorName",
  "text",
  { ru: "Наставник", en: "Mentor" },
  { ru: "ФИО наставника.", en: "Mentor's full name." },
  { width: 200 },
);
const MENTEE_NAME = col(
  "menteeName",
  "text",
  { ru: "Наставляемый", en: "Mentee" },
  { ru: "ФИО наставляемого.", en: "Mentee's full name." },
  { width: 200 },
);

/** The pair's journey (issue 15 §2): written by «Ход работы пар» from «Встречи», never typed. */
const JOURNEY_COLUMNS: ColumnSpec[] = [
  col(
    "journeyStage",
    "text",
    { ru: "Текущий этап", en: "Current stage" },
    {
      ru: "Этап последней встречи пары на листе «Встречи». Ставит «Ход работы пар»; вписанное здесь будет заменено.",
      en: "The stage of the pair's last meeting on the Meetings tab. Set by “Pairs' progress”; anything typed here is replaced.",
    },
  ),
  col(
    "meetingCount",
    "int",
    { ru: "Встреч", en: "Meetings" },
    {
      ru: "Сколько встреч пары прошло (одна и та же пара, дата и этап — одна встреча). Ставит «Ход работы пар».",
      en: "How many meetings the pair has held (the same pair, date and stage is one meeting). Set by “Pairs' progress”.",
    },
    { min: 0 },
  ),
  col(
    "lastMeeting",
    "date",
    { ru: "Последняя встреча", en: "Last meeting" },
    {
      ru: "Дата последней прошедшей встречи пары. Ставит «Ход работы пар».",
      en: "The date of the pair's last meeting held. Set by “Pairs' progress”.",
    },
  ),
];

export const PAIRS: TableSpec = {
  key: "pairs",
  madeBy: "base",
  title: { ru: "Пары и группы", en: "Pairs and groups" },
  note: { ru: "Закреплённые наставнические пары и группы.", en: "Confirmed mentoring pairs and groups." },
  idPrefix: "П",
  columns: [
    ID_COLUMN,
    col(
      "groupId",
      "text",
      { ru: "Группа", en: "Group" },
      {
        ru: "Код группы, если наставник ведёт группу: у всех её строк он одинаковый.",
        en: "Group code when the mentor leads a group: the same in all its rows.",
      },
    ),
    mentorRef(true),
    MENTOR_NAME,
    menteeRef(true),
    MENTEE_NAME,
    col(
      "form",
      "enum",
      { ru: "Форма", en: "Form" },
      { ru: "Форма наставничества.", en: "Form of mentoring." },
      { required: true, enumDef: FORMS, width: 200 },
    ),
    col(
      "model",
      "enum",
      { ru: "Модель", en: "Model" },
      { ru: "Для «педагог – педагог».", en: "For teacher – teacher." },
      { enumDef: MODELS, width: 200 },
    ),
    col(
      "kind",
      "enum",
      { ru: "Вид", en: "Kind" },
      { ru: "Вид наставничества.", en: "Kind of mentoring." },
      { enumDef: KINDS },
    ),
    col(
      "programmeId",
      "ref",
      { ru: "ID программы", en: "Programme ID" },
      { ru: "Код из листа «Программы».", en: "Code from the Programmes tab." },
      { ref: "programmes" },
    ),
    col(
      "startDate",
      "date",
      { ru: "Дата начала", en: "Start date" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
    ),
    col(
      "endDate",
      "date",
      { ru: "Дата окончания", en: "End date" },
      { ru: "Плановая или фактическая, ДД.ММ.ГГГГ.", en: "Planned or actual, DD.MM.YYYY." },
    ),
    col(
      "status",
      "enum",
      { ru: "Статус", en: "Status" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { enumDef: PAIR_STATUSES },
    ),
    col(
      "batch",
      "text",
      { ru: "Утверждение", en: "Confirmation" },
      {
        ru: "Код утверждения (У-0001…): его ставит «Утвердить пары». Пары одного утверждения закрепляются одним приказом.",
        en: "Confirmation code (У-0001…), set by “Confirm pairs”. The pairs of one confirmation are fixed by one order.",
      },
    ),
    col(
      "orderNumber",
      "text",
      { ru: "Номер приказа", en: "Order number" },
      { ru: "Приказ о закреплении пары.", en: "The order that fixed the pair." },
    ),
    col(
      "orderDate",
      "date",
      { ru: "Дата приказа", en: "Order date" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
    ),
    col(
      "agreement",
      "text",
      { ru: "Соглашение", en: "Agreement" },
      {
        ru: "Ссылка на соглашение наставника и наставляемого. Ставит «Сформировать документы»; если вписать свою ссылку, надстройка соглашение для пары не создаёт.",
        en: "Link to the mentor–mentee agreement. Set by “Make documents”; with a link of your own the add-on makes no agreement for the pair.",
      },
      { width: 220 },
    ),
    col(
      "planDoc",
      "text",
      { ru: "Программа пары", en: "Pair programme" },
      {
        ru: "Ссылка на индивидуальную программу наставничества пары. Ставит «Сформировать документы».",
        en: "Link to the pair's personal mentoring programme. Set by “Make documents”.",
      },
      { width: 220 },
    ),
    col(
      "orderDoc",
      "text",
      { ru: "Приказ (документ)", en: "Order (document)" },
      {
        ru: "Ссылка на приказ о закреплении пар этого утверждения. Ставит «Сформировать документы».",
        en: "Link to the order fixing this confirmation's pairs. Set by “Make documents”.",
      },
      { width: 220 },
    ),
    col(
      "docStatus",
      "text",
      { ru: "Документы пары", en: "Pair's documents" },
      {
        ru: "Что с документами пары: «готовы», или какого документа нет и почему. Ставит «Сформировать документы»; подробности — на листе «Документы».",
        en: "Where the pair's documents stand: “ready”, or which is missing and why. Set by “Make documents”; details on the Documents tab.",
      },
      { width: 220 },
    ),
    col(
      "result",
      "longText",
      { ru: "Результат", en: "Result" },
      {
        ru: "Итог работы пары. «Завершить пару» вписывает итог из списка и пояснение (у расторгнутой пары — и причину), только если здесь пусто.",
        en: "What the pair achieved. “Complete a pair” writes the result from its list and the note (for a terminated pair, the reason too), only when this is empty.",
      },
      { width: 220 },
    ),
    col(
      "reflection",
      "text",
      { ru: "Рефлексия", en: "Reflection" },
      {
        ru: "Что наставник и наставляемый думают о работе пары по её окончании (по строке на каждого). Вписывает «Завершить пару», только если здесь пусто.",
        en: "What the mentor and the mentee think of the pair's work at its end (a line each). “Complete a pair” writes it only when this is empty.",
      },
    ),
    REMARKS,
    ...JOURNEY_COLUMNS,
  ],
};

export const PROGRAMMES: TableSpec = {
  key: "programmes",
  madeBy: "base",
  title: { ru: "Программы", en: "Programmes" },
  note: { ru: "Программы наставничества организации.", en: "The organisation's mentoring programmes." },
  idPrefix: "ПР",
  columns: [
    ID_COLUMN,
    col(
      "title",
      "text",
      { ru: "Название", en: "Title" },
      { ru: "Название программы.", en: "Programme title." },
      { required: true, width: 260 },
    ),
    col(
      "form",
      "enum",
      { ru: "Форма", en: "Form" },
      { ru: "Форма наставничества.", en: "Form of mentoring." },
      { required: true, enumDef: FORMS, width: 180 },
    ),
    col(
      "goals",
      "longText",
      { ru: "Цели и задачи", en: "Goals" },
      { ru: "Чего должна достичь программа.", en: "What the programme is to achieve." },
      { width: 280 },
    ),
    col(
      "startDate",
      "date",
      { ru: "Дата начала", en: "Start date" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
    ),
    col(
      "endDate",
      "date",
      { ru: "Дата окончания", en: "End date" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
    ),
    col(
      "responsible",
      "text",
      { ru: "Ответственный", en: "Responsible" },
      { ru: "ФИО ответственного.", en: "Responsible person." },
      { width: 200 },
    ),
    col(
      "status",
      "enum",
      { ru: "Статус", en: "Status" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { enumDef: PROGRAMME_STATUSES },
    ),
    REMARKS,
  ],
};

export const MEETINGS: TableSpec = {
  key: "meetings",
  madeBy: "base",
  title: { ru: "Встречи", en: "Meetings" },
  note: { ru: "Журнал встреч пар и групп.", en: "Journal of the pairs' meetings." },
  idPrefix: "ВС",
  columns: [
    ID_COLUMN,
    col(
      "pairId",
      "ref",
      { ru: "ID пары", en: "Pair ID" },
      { ru: "Код из листа «Пары и группы».", en: "Code from the Pairs tab." },
      { required: true, ref: "pairs" },
    ),
    col(
      "date",
      "date",
      { ru: "Дата", en: "Date" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
      { required: true },
    ),
    col(
      "stage",
      "enum",
      { ru: "Этап", en: "Stage" },
      { ru: "Этап работы пары.", en: "Stage of the pair's work." },
      { enumDef: STAGES, width: 180 },
    ),
    col(
      "topic",
      "text",
      { ru: "Тема", en: "Topic" },
      { ru: "О чём была встреча.", en: "What the meeting was about." },
      { width: 240 },
    ),
    col(
      "format",
      "enum",
      { ru: "Формат", en: "Format" },
      { ru: "Очно или дистанционно.", en: "In person or remote." },
      { enumDef: FORMATS },
    ),
    col(
      "feedback",
      "longText",
      { ru: "Обратная связь", en: "Feedback" },
      { ru: "Итог встречи и обратная связь.", en: "Outcome and feedback." },
      { width: 220 },
    ),
    col(
      "filledBy",
      "text",
      { ru: "Кто заполнил", en: "Filled in by" },
      {
        ru: "«наставник (форма)» — запись из журнала встреч наставника; пусто или ваше — запись куратора.",
        en: "“mentor (form)”: a row from the mentor's meeting journal; empty or your own: the curator's row.",
      },
      // As wide as its neighbours: one width call for the three (a width of its own costs one more).
      { width: 220 },
    ),
    REMARKS,
  ],
};

export const SURVEYS: TableSpec = {
  key: "surveys",
  madeBy: "action",
  title: { ru: "Анкеты", en: "Surveys" },
  note: {
    ru: "Кому какая анкета отправлена и что ответили: строка на участника, анкету и учебный год. Заполняют «Отправить анкеты» и «Собрать ответы».",
    en: "Who was sent which survey and what they answered: a row per participant, survey and academic year. Filled by “Send surveys” and “Collect answers”.",
  },
  idPrefix: "АН",
  columns: [
    ID_COLUMN,
    col(
      "survey",
      "enum",
      { ru: "Анкета", en: "Survey" },
      { ru: "Вид анкеты.", en: "Kind of survey." },
      { required: true, enumDef: SURVEY_KINDS, width: 200 },
    ),
    col(
      "year",
      "text",
      { ru: "Учебный год", en: "Academic year" },
      { ru: "Например, 2026/2027.", en: "E.g. 2026/2027." },
    ),
    col(
      "personId",
      "text",
      { ru: "ID участника", en: "Participant ID" },
      { ru: "Код наставника или наставляемого.", en: "Mentor's or mentee's code." },
      { required: true },
    ),
    col(
      "personName",
      "text",
      { ru: "Участник", en: "Participant" },
      { ru: "ФИО участника.", en: "The participant's full name." },
      { width: 200 },
    ),
    col(
      "role",
      "enum",
      { ru: "Роль", en: "Role" },
      { ru: "Наставник или наставляемый.", en: "Mentor or mentee." },
      { enumDef: ROLES },
    ),
    col(
      "pairId",
      "ref",
      { ru: "ID пары", en: "Pair ID" },
      { ru: "Код пары, если анкета о работе пары.", en: "Pair code if the survey is about a pair." },
      { ref: "pairs" },
    ),
    col(
      "status",
      "enum",
      { ru: "Статус", en: "Status" },
      { ru: "Не отправлена, отправлена или получен ответ.", en: "Not sent, sent or answered." },
      { enumDef: SURVEY_STATUSES },
    ),
    col("sentDate", "date", { ru: "Дата отправки", en: "Sent on" }, { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." }),
    col(
      "remindDate",
      "date",
      { ru: "Напоминание", en: "Reminded on" },
      { ru: "Когда последний раз отправлено напоминание.", en: "When the last reminder was sent." },
    ),
    col(
      "answerDate",
      "date",
      { ru: "Дата ответа", en: "Answered on" },
      { ru: "ДД.ММ.ГГГГ.", en: "DD.MM.YYYY." },
    ),
    col(
      "score",
      "int",
      { ru: "Оценка (0–10)", en: "Score (0–10)" },
      {
        ru: "Удовлетворённость — общая оценка по шкале до 10; мониторинг — средняя самооценка, округлённая.",
        en: "Satisfaction: the overall score out of 10; monitoring: the mean self-assessment, rounded.",
      },
      { min: 0, max: 10 },
    ),
    col(
      "answers",
      "longText",
      { ru: "Ответы", en: "Answers" },
      {
        ru: "Последний учтённый ответ, кратко. Все ответы — на листе «Ответы анкет».",
        en: "The latest answer counted, in short. All answers are on the Answers tab.",
      },
      { width: 320 },
    ),
    col(
      "token",
      "text",
      { ru: "Код ссылки", en: "Link code" },
      {
        ru: "Личный код в ссылке на анкету: по нему ответ находит участника. Не меняйте и никому не пересылайте.",
        en: "The personal code in the survey link: it ties the answer to the person. Do not change or share it.",
      },
      { width: 120 },
    ),
    col(
      "problem",
      "longText",
      { ru: "Почему не отправлена", en: "Why not sent" },
      {
        ru: "Например: нет согласия на обработку данных или e-mail. Исправьте в строке участника и отправьте снова.",
        en: "E.g. no consent or no e-mail. Fix it in the person's row and send again.",
      },
      { width: 240 },
    ),
    REMARKS,
  ],
};

export const RESPONSES: TableSpec = {
  key: "responses",
  madeBy: "action",
  title: { ru: "Ответы анкет", en: "Survey answers" },
  note: {
    ru: "Каждый ответ из Google Форм, как пришёл: по строке на ответ. Повторный ответ того же участника учитывается, прежний остаётся в истории.",
    en: "Every answer from Google Forms as it came, a row each. A repeated answer counts; the earlier stays as history.",
  },
  idPrefix: "ОТ",
  output: true,
  columns: [
    ID_COLUMN,
    col(
      "survey",
      "enum",
      { ru: "Анкета", en: "Survey" },
      { ru: "Вид анкеты.", en: "Kind of survey." },
      { enumDef: SURVEY_KINDS, width: 200 },
    ),
    col(
      "year",
      "text",
      { ru: "Учебный год", en: "Academic year" },
      { ru: "Учебный год анкеты.", en: "The survey's academic year." },
    ),
    col(
      "submitted",
      "date",
      { ru: "Получен", en: "Received" },
      { ru: "Когда ответ отправлен в форме.", en: "When the answer was submitted." },
    ),
    col(
      "personId",
      "text",
      { ru: "ID участника", en: "Participant ID" },
      { ru: "Чей ответ, по коду ссылки.", en: "Whose answer, by the link code." },
    ),
    col(
      "personName",
      "text",
      { ru: "Участник", en: "Participant" },
      { ru: "ФИО.", en: "Full name." },
      { width: 200 },
    ),
    col(
      "pairId",
      "text",
      { ru: "ID пары", en: "Pair ID" },
      { ru: "Пара участника.", en: "The person's pair." },
    ),
    col(
      "status",
      "enum",
      { ru: "Статус", en: "Status" },
      {
        ru: "учтён — последний ответ участника; заменён — был более поздний; неизвестный код или код другой анкеты — ответ не засчитан, проверьте его.",
        en: "counted: the person's latest; replaced: a later one came; unknown code or another survey's code: not counted, check it.",
      },
      { enumDef: RESPONSE_STATUSES, width: 150 },
    ),
    col(
      "score",
      "text",
      { ru: "Оценка", en: "Score" },
      {
        ru: "Итог анкеты (для мониторинга — среднее с десятыми).",
        en: "The survey's figure (monitoring: the mean, one decimal).",
      },
    ),
    col(
      "answers",
      "longText",
      { ru: "Ответы", en: "Answers" },
      { ru: "Вопросы и ответы.", en: "Questions and answers." },
      { width: 420 },
    ),
    col(
      "responseId",
      "text",
      { ru: "Код ответа в форме", en: "Form response ID" },
      {
        ru: "Служебный: по нему ответ не учитывается дважды.",
        en: "Internal: keeps an answer from counting twice.",
      },
      { width: 120 },
    ),
  ],
};

export const PROPOSALS: TableSpec = {
  key: "proposals",
  madeBy: "action",
  title: { ru: "Предложенные пары", en: "Proposed pairs" },
  note: {
    ru: "Пары, которые предлагает «Подобрать пары». Надстройка переписывает лист при каждом подборе; решения куратора сохраняются.",
    en: "Pairs proposed by “Match pairs”. The add-on rewrites the tab on every run; the curator's decisions are kept.",
  },
  columns: [
    mentorRef(false),
    MENTOR_NAME,
    menteeRef(false),
    MENTEE_NAME,
    col(
      "form",
      "enum",
      { ru: "Форма", en: "Form" },
      { ru: "Форма наставничества.", en: "Form of mentoring." },
      { enumDef: FORMS, width: 170 },
    ),
    col(
      "score",
      "int",
      { ru: "Соответствие, %", en: "Fit, %" },
      {
        ru: "Насколько пара подходит по весам из «Настроек»: 100 — лучшее возможное.",
        en: "How well the pair fits by the weights in Settings: 100 is the best possible.",
      },
      { min: 0, max: 100 },
    ),
    col(
      "reasons",
      "longText",
      { ru: "Почему", en: "Why" },
      {
        ru: "Что говорит за пару и против неё; для наставляемого без пары — причина и что поможет.",
        en: "What speaks for and against the pair; for a mentee left alone, the reason and what would help.",
      },
      { width: 420 },
    ),
    col(
      "alternatives",
      "longText",
      { ru: "Другие наставники", en: "Other mentors" },
      {
        ru: "Следующие по соответствию наставники и их свободные места.",
        en: "The next-best mentors and their free places.",
      },
      { width: 260 },
    ),
    col(
      "decision",
      "enum",
      { ru: "Решение куратора", en: "Curator's decision" },
      {
        ru: "«принять» — пара войдёт в «Утвердить пары» и останется при новом подборе; «закрепить» — останется при новом подборе, но ещё не принята; «отклонить» — в этот раз предложить другого наставника; «исключить» — эту пару больше никогда не предлагать. Пусто — решение за подбором.",
        en: "“accept”: confirmed by “Confirm pairs” and kept when matching again; “pin”: kept when matching again but not yet accepted; “reject”: propose another mentor this time; “exclude”: never propose this pair again. Empty leaves it to the matching.",
      },
      { enumDef: DECISIONS, width: 150 },
    ),
  ],
};

export const DOCUMENTS: TableSpec = {
  key: "documents",
  madeBy: "action",
  title: { ru: "Документы", en: "Documents" },
  note: {
    ru: "Реестр документов, которые сделала «Сформировать документы»: по строке на документ. Чтобы сделать документ заново, отметьте «Пересоздать».",
    en: "Register of the documents “Make documents” made, a row each. Tick “Remake” to make one again.",
  },
  idPrefix: "Д",
  columns: [
    ID_COLUMN,
    col(
      "kind",
      "enum",
      { ru: "Вид", en: "Kind" },
      { ru: "Соглашение, приказ или программа пары.", en: "Agreement, order or pair programme." },
      { enumDef: DOC_KINDS, width: 130 },
    ),
    col(
      "subject",
      "text",
      { ru: "Пара / утверждение", en: "Pair / confirmation" },
      {
        ru: "ID пары (для соглашения и программы) или код утверждения (для приказа).",
        en: "Pair ID (agreement, programme) or confirmation code (order).",
      },
      { width: 130 },
    ),
    col(
      "title",
      "text",
      { ru: "Название", en: "Title" },
      { ru: "Имя файла на Диске.", en: "File name in Drive." },
      { width: 320 },
    ),
    col(
      "link",
      "text",
      { ru: "Документ", en: "Document" },
      { ru: "Ссылка на Google Документ.", en: "Link to the Google Doc." },
      { width: 220 },
    ),
    col(
      "pdf",
      "text",
      { ru: "PDF", en: "PDF" },
      { ru: "Ссылка на PDF, если он сохранялся.", en: "Link to the PDF, if saved." },
      { width: 160 },
    ),
    col(
      "status",
      "enum",
      { ru: "Состояние", en: "State" },
      {
        ru: "готов — документ сделан; ошибка — см. «Что не так», документ будет сделан при следующем запуске.",
        en: "ready: made; failed: see “What went wrong”, it is tried again next time.",
      },
      { enumDef: DOC_STATUSES, width: 110 },
    ),
    col(
      "made",
      "date",
      { ru: "Сделан", en: "Made" },
      { ru: "Когда документ сделан, ДД.ММ.ГГГГ.", en: "When the document was made, DD.MM.YYYY." },
    ),
    col(
      "remake",
      "checkbox",
      { ru: "Пересоздать", en: "Remake" },
      {
        ru: "Отметьте, чтобы «Сформировать документы» сделала документ заново по текущим данным. Прежний файл останется на Диске с пометкой «заменён».",
        en: "Tick to have “Make documents” make it again from the current data. The old file stays in Drive marked “replaced”.",
      },
    ),
    col(
      "error",
      "longText",
      { ru: "Что не так", en: "What went wrong" },
      {
        ru: "Почему документ не сделан и что исправить.",
        en: "Why the document was not made and what to fix.",
      },
      { width: 300 },
    ),
    REMARKS,
  ],
};

export const KPI: TableSpec = {
  key: "kpi",
  madeBy: "action",
  title: { ru: "Показатели", en: "Indicators" },
  note: {
    ru: "Показатели программы; лист заполняет надстройка.",
    en: "Programme indicators; the add-on fills this tab.",
  },
  output: true,
  columns: [
    col(
      "indicator",
      "text",
      { ru: "Показатель", en: "Indicator" },
      { ru: "Название показателя.", en: "Indicator name." },
      { width: 320 },
    ),
    col(
      "formula",
      "text",
      { ru: "Как считается", en: "Formula" },
      { ru: "Числитель и знаменатель.", en: "Numerator and denominator." },
      { width: 320 },
    ),
    col(
      "numerator",
      "int",
      { ru: "Числитель", en: "Numerator" },
      { ru: "Сколько отвечает условию.", en: "How many meet the condition." },
    ),
    col(
      "denominator",
      "int",
      { ru: "Знаменатель", en: "Denominator" },
      { ru: "Из скольких.", en: "Out of how many." },
    ),
    col(
      "actual",
      "text",
      { ru: "Факт, %", en: "Actual, %" },
      { ru: "Числитель / знаменатель × 100.", en: "Numerator / denominator × 100." },
    ),
    col(
      "target",
      "text",
      { ru: "Цель, %", en: "Target, %" },
      { ru: "Плановое значение на учебный год.", en: "Target for the academic year." },
    ),
    col(
      "status",
      "text",
      { ru: "Статус", en: "Status" },
      { ru: "Достигнут / пока нет / нет данных.", en: "Reached / not yet / no data." },
    ),
    col(
      "beside",
      "longText",
      { ru: "Рядом с основным", en: "Beside the headline" },
      {
        ru: "Другие доли того же показателя: например, удовлетворённость среди ответивших и доля ответивших; показатель за год рядом с показателем за весь период.",
        en: "Other shares of the same indicator: e.g. satisfaction among those who answered and the response rate; the year's figure beside the whole period's.",
      },
      { width: 260 },
    ),
    col(
      "denominatorFrom",
      "text",
      { ru: "Знаменатель взят", en: "Denominator from" },
      {
        ru: "Откуда взят знаменатель: из листа «Педагогический коллектив», из числа, введённого на листе «Цели показателей», или из участников пар.",
        en: "Where the denominator comes from: the Staff tab, the number typed on the Indicator targets tab, or the participants of pairs.",
      },
      { width: 220 },
    ),
    col(
      "note",
      "longText",
      { ru: "Пояснение", en: "Note" },
      {
        ru: "Почему нет значения и что внести, или что проверить.",
        en: "Why there is no figure and what to enter, or what to check.",
      },
      { width: 260 },
    ),
    col(
      "basis",
      "longText",
      { ru: "На чём основано", en: "Data behind" },
      {
        ru: "Коды людей или пар, вошедших в числитель: по ним можно проверить расчёт.",
        en: "The ids of the people or pairs in the numerator, to check the figure.",
      },
      { width: 260 },
    ),
  ],
};

export const TARGETS: TableSpec = {
  key: "targets",
  madeBy: "base",
  title: { ru: "Цели показателей", en: "Indicator targets" },
  note: {
    ru: "Плановые значения показателей на каждый учебный год (как в дорожной карте) и численность, которой нет в базе. Строка на показатель и год.",
    en: "The indicators' targets for each academic year (as in the roadmap) and the totals the base does not hold. A row per indicator and year.",
  },
  columns: [
    col(
      "indicator",
      "enum",
      { ru: "Показатель", en: "Indicator" },
      { ru: "Выберите из списка.", en: "Choose from the list." },
      { required: true, enumDef: KPI_INDICATORS, width: 300 },
    ),
    col(
      "year",
      "text",
      { ru: "Учебный год", en: "Academic year" },
      { ru: "Например, 2026/2027.", en: "E.g. 2026/2027." },
      { required: true },
    ),
    col(
      "target",
      "int",
      { ru: "Цель, %", en: "Target, %" },
      {
        ru: "Плановое значение, от 0 до 100. Пусто — цели нет.",
        en: "The target, 0 to 100. Empty: no target.",
      },
      { min: 0, max: 100 },
    ),
    col(
      "total",
      "int",
      { ru: "Всего в организации", en: "Total in the organisation" },
      {
        ru: "Для доли организаций-партнёров: сколько всего организаций, которые могли бы дать наставников, работает на территории. Для доли молодых специалистов — только если лист «Педагогический коллектив» не ведётся: сколько их работает в организации.",
        en: "For the partner organisations' share: how many organisations that could provide mentors work in the area. For the young specialists' share, only if the Teaching staff tab is not kept: how many work here.",
      },
      { min: 0 },
    ),
    REMARKS,
  ],
};

export const KPI_HISTORY: TableSpec = {
  key: "kpiHistory",
  madeBy: "action",
  title: { ru: "История показателей", en: "Indicator history" },
  note: {
    ru: "Полугодовые срезы показателей (декабрь и июнь или январь и июль — см. «Настройки»): «Зафиксировать срез» добавляет строки и ничего не перезаписывает.",
    en: "Half-year snapshots of the indicators (December and June, or January and July: see Settings): “Take a snapshot” adds rows and overwrites nothing.",
  },
  output: true,
  columns: [
    col(
      "takenAt",
      "date",
      { ru: "Дата среза", en: "Taken on" },
      { ru: "Когда снят срез.", en: "When it was taken." },
    ),
    col(
      "half",
      "text",
      { ru: "Срез", en: "Point" },
      {
        ru: "Месяц среза: декабрь, январь, июнь или июль.",
        en: "The snapshot's month: December, January, June or July.",
      },
    ),
    col(
      "year",
      "text",
      { ru: "Учебный год", en: "Academic year" },
      { ru: "Учебный год.", en: "Academic year." },
    ),
    col(
      "indicator",
      "enum",
      { ru: "Показатель", en: "Indicator" },
      { ru: "Показатель программы.", en: "The programme's indicator." },
      { enumDef: KPI_INDICATORS, width: 300 },
    ),
    col(
      "numerator",
      "int",
      { ru: "Числитель", en: "Numerator" },
      { ru: "Сколько отвечает условию.", en: "How many meet it." },
    ),
    col(
      "denominator",
      "int",
      { ru: "Знаменатель", en: "Denominator" },
      { ru: "Из скольких.", en: "Out of how many." },
    ),
    col(
      "actual",
      "text",
      { ru: "Факт, %", en: "Actual, %" },
      { ru: "Значение на дату среза.", en: "The value on the day." },
    ),
    col(
      "target",
      "text",
      { ru: "Цель, %", en: "Target, %" },
      { ru: "Цель на учебный год.", en: "The year's target." },
    ),
    col(
      "status",
      "text",
      { ru: "Статус", en: "Status" },
      { ru: "Достигнут, пока нет или нет данных.", en: "Reached, not yet or no data." },
    ),
  ],
};

export const COUNTS: TableSpec = {
  key: "counts",
  madeBy: "action",
  title: { ru: "Численность участников", en: "Participant counts" },
  note: {
    ru: "Численность участников на дату: по ролям, формам наставничества и категориям — для статистической отчётности и персонифицированного учёта.",
    en: "Participants on a date by role, form and category: for statistical reporting and personified accounting.",
  },
  output: true,
  columns: [
    col(
      "group",
      "text",
      { ru: "Разрез", en: "Breakdown" },
      { ru: "По чему считаем.", en: "What is counted by." },
      { width: 200 },
    ),
    col(
      "label",
      "text",
      { ru: "Группа", en: "Group" },
      { ru: "Группа участников.", en: "The group." },
      { width: 280 },
    ),
    col("count", "int", { ru: "Человек", en: "People" }, { ru: "Сколько участников.", en: "How many." }),
    col("date", "date", { ru: "На дату", en: "On" }, { ru: "Дата подсчёта.", en: "The date counted for." }),
  ],
};

/** The year's plan (docs/architecture.md, «The roadmap»): made by «План работы» with the built-in roadmap. */
export const ROADMAP: TableSpec = {
  key: "roadmap",
  madeBy: "action",
  title: { ru: "Дорожная карта", en: "Roadmap" },
  note: {
    ru: "План работы на учебный год: мероприятия по разделам, сроки, ответственные, документы. Меняйте, добавляйте и удаляйте строки свободно. «План работы» сам отмечает то, что видит выполненным, только в пустых ячейках.",
    en: "The year's plan: measures by section, deadlines, who is responsible, documents. Edit, add and remove rows freely. “Plan of work” ticks what it sees done, in empty cells only.",
  },
  idPrefix: "ДК",
  columns: [
    ID_COLUMN,
    col(
      "number",
      "text",
      { ru: "№", en: "No." },
      { ru: "Номер пункта, например 3.2.", en: "Item number, e.g. 3.2." },
      { width: 60, asText: true },
    ),
    col(
      "section",
      "text",
      { ru: "Раздел", en: "Section" },
      {
        ru: "Раздел плана; панель «План работы» группирует по нему.",
        en: "The plan's section; the “Plan of work” panel groups by it.",
      },
      { width: 220 },
    ),
    col(
      "measure",
      "longText",
      { ru: "Мероприятие", en: "Measure" },
      { ru: "Что сделать.", en: "What to do." },
      { width: 320 },
    ),
    col(
      "deadline",
      "text",
      { ru: "Срок", en: "Deadline" },
      {
        ru: "Дата (до 15.10.2025), месяц (октябрь), период (с 01.09.2025 по 30.09.2025, май – июнь), несколько месяцев через запятую (декабрь, июнь) или «в течение года». Без года — год из «Настроек».",
        en: "A date (by 15.10.2025), a month (October), a period (from 01.09.2025 to 30.09.2025, May – June), months separated by commas (December, June) or “throughout the year”. Without a year, the year on Settings.",
      },
      { width: 180 },
    ),
    col(
      "responsible",
      "text",
      { ru: "Ответственные", en: "Responsible" },
      {
        ru: "Кто отвечает; несколько — через запятую.",
        en: "Who is responsible; several separated by commas.",
      },
      { width: 180 },
    ),
    col(
      "result",
      "longText",
      { ru: "Результат", en: "Result" },
      { ru: "Что должно получиться.", en: "What it should achieve." },
      { width: 220 },
    ),
    col(
      "document",
      "text",
      { ru: "Документ", en: "Document" },
      {
        ru: "Какой документ остаётся: приказ, положение, протокол…",
        en: "The document it leaves: order, regulations, minutes…",
      },
      { width: 180 },
    ),
    col(
      "status",
      "enum",
      { ru: "Статус", en: "Status" },
      {
        ru: "выполнено или не выполнено. Пусто — ещё не отмечено: надстройка может отметить сама. «не выполнено» запрещает ей отмечать пункт.",
        en: "done or not done. Empty: not marked yet, and the add-on may tick it. “not done” stops the add-on ticking it.",
      },
      { enumDef: ROADMAP_STATUSES, width: 120 },
    ),
    col(
      "doneDate",
      "date",
      { ru: "Дата выполнения", en: "Done on" },
      { ru: "Когда выполнено, ДД.ММ.ГГГГ.", en: "When it was done, DD.MM.YYYY." },
    ),
    col(
      "evidence",
      "text",
      { ru: "Подтверждение", en: "Evidence" },
      {
        ru: "Ссылка на документ или лист, который показывает выполнение.",
        en: "A link to the document or tab that shows it done.",
      },
      { width: 220 },
    ),
    col(
      "auto",
      "enum",
      { ru: "Отмечает надстройка", en: "Ticked by the add-on" },
      {
        ru: "Что надстройка проверяет, чтобы отметить пункт сама. Пусто — отмечаете только вы.",
        en: "What the add-on checks to tick the item itself. Empty: only you tick it.",
      },
      { enumDef: ROADMAP_EVIDENCE, width: 220 },
    ),
    REMARKS,
  ],
};

export const SETTINGS: TableSpec = {
  key: "settings",
  madeBy: "base",
  title: { ru: "Настройки", en: "Settings" },
  note: {
    ru: "Данные организации и параметры надстройки.",
    en: "Organisation details and add-on parameters.",
  },
  columns: [
    col(
      "key",
      "text",
      { ru: "Код", en: "Code" },
      {
        ru: "Код параметра для надстройки; не меняйте.",
        en: "Parameter code for the add-on; do not change.",
      },
      { width: 150 },
    ),
    col(
      "label",
      "text",
      { ru: "Параметр", en: "Parameter" },
      { ru: "Что это за параметр.", en: "What the parameter is." },
      { width: 320 },
    ),
    col(
      "value",
      "text",
      { ru: "Значение", en: "Value" },
      { ru: "Заполните значение.", en: "Fill in the value." },
      { width: 320 },
    ),
    col(
      "hint",
      "text",
      { ru: "Пояснение", en: "Hint" },
      { ru: "Как заполнять.", en: "How to fill it in." },
      { width: 360 },
    ),
  ],
};

/**
 * A document property (this prefix and the table's key) set while an action makes its tab and deleted once the
 * tab is made: a run cut in between left the tab half-made, and the next run finishes it.
 */
export const MAKING_KEY = "mentor-base.making.";

/** In the order the tabs are created. */
export const TABLES: readonly TableSpec[] = [
  MENTORS,
  MENTEES,
  STAFF,
  ACHIEVEMENTS,
  PAIRS,
  PROGRAMMES,
  MEETINGS,
  SURVEYS,
  RESPONSES,
  PROPOSALS,
  DOCUMENTS,
  KPI,
  TARGETS,
  KPI_HISTORY,
  COUNTS,
  ROADMAP,
  SETTINGS,
];

export function tableSpec(key: TableKey): TableSpec {
  const spec = TABLES.find((t) => t.key === key);
  if (!spec) throw new Error(`Unknown table ${key}`);
  return spec;
}

export function columnSpec(table: TableSpec, key: string): ColumnSpec {
  const spec = table.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`Unknown column ${table.key}.${key}`);
  return spec;
}
