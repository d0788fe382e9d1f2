import {
  type EnumDef,
  FORMATS,
  FORMS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  QUALIFICATIONS,
  STAGES,
  type SurveyKind,
  YES_NO,
} from "../enums";
import type { L } from "../i18n";
import { columnSpec, MENTEES, MENTORS } from "../tables";
import type { Choice, Question, SurveyDef } from "./types";

/**
 * The six surveys of the programme. Registration forms fill the mentor and mentee bases; satisfaction surveys give
 * the two satisfaction indicators; entry and exit monitoring ask the same questions before and after the
 * programme so growth is measured item by item. Wording is ours; the facts come from the schools' roadmaps and
 * regulations (see docs/surveys.md).
 */

const choicesOf = <K extends string>(def: EnumDef<K>): Choice[] =>
  (Object.keys(def.values) as K[]).map((key) => ({ key, label: def.values[key] }));

const YES_ONLY: Choice[] = [{ key: "yes", label: YES_NO.values.yes }];

/** 1–10, required: satisfaction and monitoring use the same scale everywhere. */
function scale(key: string, title: L, minLabel: L, maxLabel: L, extra: Partial<Question> = {}): Question {
  return {
    key,
    type: "scale",
    title,
    required: true,
    scale: { min: 1, max: 10, minLabel, maxLabel },
    ...extra,
  };
}

export const TOKEN_QUESTION: Question = {
  key: "token",
  type: "text",
  token: true,
  required: true,
  title: {
    ru: "Код анкеты (заполнен автоматически, не меняйте)",
    en: "Survey code (filled in automatically, do not change)",
  },
  help: {
    ru: "По этому коду ответ связывается с вашей ссылкой. Если поле пустое, откройте анкету по ссылке из письма.",
    en: "This code links the answer to your link. If the field is empty, open the survey from the link in the e-mail.",
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Registration

type Side = "mentors" | "mentees";

const yearsRange = (table: Side) => {
  const spec = columnSpec(table === "mentors" ? MENTORS : MENTEES, "experienceYears");
  return { min: spec.min ?? 0, max: spec.max ?? 70 };
};

function fullName(table: Side): Question {
  return {
    key: "fullName",
    type: "text",
    required: true,
    column: { table, key: "fullName" },
    title: { ru: "Фамилия, имя, отчество", en: "Full name (surname, first name, patronymic)" },
    help: { ru: "Полностью, как в документах.", en: "In full, as in your documents." },
  };
}

function position(table: Side): Question {
  return {
    key: "position",
    type: "text",
    column: { table, key: "position" },
    title: { ru: "Должность или класс (курс)", en: "Position, or class (year) for pupils and students" },
    help: {
      ru: "Педагогу — должность, обучающемуся — класс, студенту — курс.",
      en: "A teacher gives the position, a pupil the class, a student the year.",
    },
  };
}

function organization(table: Side): Question {
  return {
    key: "organization",
    type: "text",
    column: { table, key: "organization" },
    title: {
      ru: "Организация, если вы работаете или учитесь не у нас",
      en: "Organisation, if you work or study elsewhere",
    },
    help:
      table === "mentors"
        ? {
            ru: "Представителю работодателя — обязательно. Сотрудникам нашей организации можно не заполнять.",
            en: "Required for an employer's representative. Our own staff may leave it empty.",
          }
        : {
            ru: "Например, колледж студента. Сотрудникам и обучающимся нашей организации можно не заполнять.",
            en: "E.g. a student's college. Our own staff and pupils may leave it empty.",
          },
  };
}

function experience(table: Side): Question {
  return {
    key: "experienceYears",
    type: "text",
    number: yearsRange(table),
    column: { table, key: "experienceYears" },
    title: { ru: "Педагогический стаж, полных лет", en: "Teaching experience, full years" },
    help: {
      ru: "Числом, например 4. Если вы не педагог, оставьте пустым.",
      en: "As a number, e.g. 4. Leave empty if you are not a teacher.",
    },
  };
}

function format(table: Side): Question {
  return {
    key: "format",
    type: "choice",
    choices: choicesOf(FORMATS),
    column: { table, key: "format" },
    title: { ru: "Как вам удобнее встречаться?", en: "How would you prefer to meet?" },
  };
}

function contacts(table: Side): Question[] {
  return [
    {
      key: "email",
      type: "email",
      required: true,
      column: { table, key: "email" },
      title: { ru: "Электронная почта", en: "E-mail" },
      help: {
        ru: "На этот адрес придут анкеты и документы программы.",
        en: "The programme's surveys and documents will come to this address.",
      },
    },
    {
      key: "phone",
      type: "text",
      column: { table, key: "phone" },
      title: { ru: "Мобильный телефон", en: "Mobile phone" },
      help: { ru: "Например, +7 914 123-45-67.", en: "E.g. +7 914 123-45-67." },
    },
  ];
}

/** Consent, the minor's question, and the legal representative's page shown only for a minor. */
function consentBlock(table: Side): Question[] {
  return [
    {
      key: "consent",
      type: "choice",
      required: true,
      mustAccept: true,
      choices: YES_ONLY,
      column: { table, key: "consent" },
      title: {
        ru: "Согласны ли вы на обработку ваших персональных данных для участия в программе наставничества?",
        en: "Do you consent to the processing of your personal data for taking part in the mentoring programme?",
      },
      help: {
        ru: "Данные из этой формы хранятся в базе программы и нужны, чтобы подобрать наставническую пару, присылать анкеты и готовить документы. Без согласия форму отправить нельзя.",
        en: "The data of this form are kept in the programme's base and are used to match pairs, send surveys and prepare documents. The form cannot be sent without consent.",
      },
    },
    {
      key: "minor",
      type: "choice",
      required: true,
      choices: choicesOf(YES_NO),
      column: { table, key: "minor" },
      title: { ru: "Вам меньше 18 лет?", en: "Are you under 18?" },
      help: {
        ru: "Если да, на следующей странице нужны данные и согласие родителя или законного представителя.",
        en: "If yes, the next page asks for a parent's or legal representative's details and consent.",
      },
    },
    {
      key: "guardian",
      type: "section",
      showIf: { key: "minor", value: "yes" },
      title: { ru: "Родитель (законный представитель)", en: "Parent (legal representative)" },
      help: {
        ru: "Эту страницу заполняет родитель или законный представитель участника младше 18 лет.",
        en: "This page is filled in by the parent or legal representative of a participant under 18.",
      },
    },
    {
      key: "guardianName",
      type: "text",
      required: true,
      column: { table, key: "guardianName" },
      title: {
        ru: "ФИО родителя (законного представителя)",
        en: "Full name of the parent (legal representative)",
      },
    },
    {
      key: "guardianContact",
      type: "text",
      required: true,
      column: { table, key: "guardianContact" },
      title: {
        ru: "Телефон или электронная почта родителя (законного представителя)",
        en: "Phone or e-mail of the parent (legal representative)",
      },
    },
    {
      key: "guardianConsent",
      type: "choice",
      required: true,
      mustAccept: true,
      choices: YES_ONLY,
      column: { table, key: "guardianConsent" },
      title: {
        ru: "Согласны ли вы, как родитель (законный представитель), на участие ребёнка в программе наставничества и обработку его персональных данных?",
        en: "As the parent (legal representative), do you consent to the child taking part in the mentoring programme and to the processing of the child's personal data?",
      },
    },
  ];
}

const REGISTRATION_MENTOR: SurveyDef = {
  kind: "registration_mentor",
  audience: "mentor",
  tokenQuestion: false,
  title: { ru: "Анкета наставника", en: "Mentor registration form" },
  description: {
    ru: "Расскажите о себе, чтобы войти в базу наставников: в чём вы можете помочь и в каких формах готовы работать. По этим ответам куратор подбирает наставнические пары. Заполнение займёт около 5 минут.",
    en: "Tell us about yourself to join the mentor base: what you can help with and in which forms you are ready to work. The curator matches mentoring pairs from these answers. It takes about 5 minutes.",
  },
  questions: [
    fullName("mentors"),
    {
      key: "category",
      type: "list",
      required: true,
      choices: choicesOf(MENTOR_CATEGORIES),
      column: { table: "mentors", key: "category" },
      title: { ru: "Вы участвуете в программе как…", en: "You take part as…" },
    },
    position("mentors"),
    organization("mentors"),
    experience("mentors"),
    {
      key: "qualification",
      type: "list",
      choices: choicesOf(QUALIFICATIONS),
      column: { table: "mentors", key: "qualification" },
      title: {
        ru: "Квалификационная категория (для педагогов)",
        en: "Qualification category (for teachers)",
      },
    },
    {
      key: "subjects",
      type: "text",
      column: { table: "mentors", key: "subjects" },
      title: { ru: "Предмет или направление работы", en: "Subject or field of work" },
      help: {
        ru: "Например: математика; начальные классы; робототехника.",
        en: "E.g. mathematics; primary school; robotics.",
      },
    },
    {
      key: "competencies",
      type: "paragraph",
      required: true,
      column: { table: "mentors", key: "competencies" },
      title: { ru: "В чём вы можете помочь наставляемому?", en: "What can you help a mentee with?" },
      help: {
        ru: "Через точку с запятой или каждое с новой строки, например: подготовка к ОГЭ; работа с родителями; дисциплина на уроке.",
        en: "Separated by semicolons or one per line, e.g. exam preparation; working with parents; classroom discipline.",
      },
    },
    {
      key: "forms",
      type: "checkboxes",
      required: true,
      choices: choicesOf(FORMS),
      column: { table: "mentors", key: "forms" },
      title: {
        ru: "В каких формах наставничества вы готовы работать?",
        en: "In which forms of mentoring are you ready to work?",
      },
      help: { ru: "Можно отметить несколько.", en: "You may tick several." },
    },
    {
      key: "capacity",
      type: "text",
      number: {
        min: columnSpec(MENTORS, "capacity").min ?? 1,
        max: columnSpec(MENTORS, "capacity").max ?? 30,
      },
      column: { table: "mentors", key: "capacity" },
      title: {
        ru: "Скольких наставляемых вы готовы вести одновременно?",
        en: "How many mentees can you take at a time?",
      },
      help: {
        ru: "Числом: 1 — индивидуальная работа, больше — наставничество в группе.",
        en: "As a number: 1 is one-to-one, more is group mentoring.",
      },
    },
    format("mentors"),
    ...contacts("mentors"),
    ...consentBlock("mentors"),
  ],
};

const REGISTRATION_MENTEE: SurveyDef = {
  kind: "registration_mentee",
  audience: "mentee",
  tokenQuestion: false,
  title: { ru: "Анкета наставляемого", en: "Mentee registration form" },
  description: {
    ru: "Расскажите, с чем вам нужна помощь: по вашему запросу куратор подберёт наставника. Заполнение займёт около 5 минут.",
    en: "Tell us what you need help with: the curator will find a mentor for your request. It takes about 5 minutes.",
  },
  questions: [
    fullName("mentees"),
    {
      key: "category",
      type: "list",
      required: true,
      choices: choicesOf(MENTEE_CATEGORIES),
      column: { table: "mentees", key: "category" },
      title: { ru: "Вы участвуете в программе как…", en: "You take part as…" },
      help: {
        ru: "Молодой специалист — педагог со стажем до 3 лет.",
        en: "A young specialist is a teacher with up to 3 years of experience.",
      },
    },
    position("mentees"),
    organization("mentees"),
    {
      key: "subject",
      type: "text",
      column: { table: "mentees", key: "subject" },
      title: { ru: "Предмет или направление работы", en: "Subject or field of work" },
    },
    experience("mentees"),
    {
      key: "requests",
      type: "paragraph",
      required: true,
      column: { table: "mentees", key: "requests" },
      title: { ru: "С чем вам нужна помощь наставника?", en: "What do you need a mentor's help with?" },
      help: {
        ru: "Затруднения или цели через точку с запятой или каждое с новой строки, например: дисциплина на уроке; подготовка открытого урока.",
        en: "Difficulties or goals, separated by semicolons or one per line, e.g. classroom discipline; preparing an open lesson.",
      },
    },
    {
      key: "form",
      type: "choice",
      required: true,
      choices: choicesOf(FORMS),
      column: { table: "mentees", key: "form" },
      title: { ru: "Какая форма наставничества вам подходит?", en: "Which form of mentoring suits you?" },
      help: {
        ru: "Если сомневаетесь, выберите ближайшую: куратор уточнит.",
        en: "If unsure, choose the closest one: the curator will check.",
      },
    },
    format("mentees"),
    {
      key: "preferredMentor",
      type: "text",
      column: { table: "mentees", key: "preferredMentor" },
      title: { ru: "Пожелания к наставнику", en: "Wishes about the mentor" },
      help: {
        ru: "ФИО, если вы хотели бы работать с определённым человеком. Иначе оставьте пустым.",
        en: "A full name if you would like to work with a particular person. Otherwise leave it empty.",
      },
    },
    ...contacts("mentees"),
    ...consentBlock("mentees"),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Satisfaction

const SATISFACTION_INTRO: L = {
  ru: "Ответы обобщаются для показателей удовлетворённости программой и помогают сделать её лучше. Заполнение займёт 3–5 минут.",
  en: "The answers are summed up for the programme's satisfaction indicators and help to improve it. It takes 3–5 minutes.",
};

function satisfaction(role: "mentee" | "mentor"): SurveyDef {
  const mentee = role === "mentee";
  return {
    kind: mentee ? "satisfaction_mentee" : "satisfaction_mentor",
    audience: role,
    tokenQuestion: true,
    score: { method: "item", key: "satisfaction.overall" },
    title: mentee
      ? {
          ru: "Удовлетворённость программой: анкета наставляемого",
          en: "Programme satisfaction: mentee survey",
        }
      : {
          ru: "Удовлетворённость программой: анкета наставника",
          en: "Programme satisfaction: mentor survey",
        },
    description: {
      ru: `${mentee ? "Оцените, пожалуйста, работу с наставником и программу в целом." : "Оцените, пожалуйста, работу с наставляемым и программу в целом."} ${SATISFACTION_INTRO.ru}`,
      en: `${mentee ? "Please rate the work with your mentor and the programme as a whole." : "Please rate the work with your mentee and the programme as a whole."} ${SATISFACTION_INTRO.en}`,
    },
    questions: [
      TOKEN_QUESTION,
      scale(
        "satisfaction.overall",
        {
          ru: "Насколько вы в целом удовлетворены участием в программе наставничества?",
          en: "Overall, how satisfied are you with taking part in the mentoring programme?",
        },
        { ru: "совсем не удовлетворён(а)", en: "not at all satisfied" },
        { ru: "полностью удовлетворён(а)", en: "fully satisfied" },
      ),
      scale(
        "satisfaction.engagement",
        mentee
          ? {
              ru: "Насколько ваш наставник был вовлечён в совместную работу?",
              en: "How engaged was your mentor in your work together?",
            }
          : {
              ru: "Насколько ваш наставляемый был вовлечён в совместную работу?",
              en: "How engaged was your mentee in your work together?",
            },
        { ru: "почти не участвовал(а)", en: "hardly took part" },
        { ru: "полностью вовлечён(а)", en: "fully engaged" },
      ),
      scale(
        "satisfaction.meetings",
        mentee
          ? {
              ru: "Насколько полезными были встречи с наставником?",
              en: "How useful were the meetings with your mentor?",
            }
          : {
              ru: "Насколько полезными, на ваш взгляд, были встречи для наставляемого?",
              en: "How useful, in your view, were the meetings for your mentee?",
            },
        { ru: "бесполезны", en: "useless" },
        { ru: "очень полезны", en: "very useful" },
      ),
      scale(
        "satisfaction.organisation",
        {
          ru: "Насколько хорошо была организована программа: график, материалы, помощь куратора?",
          en: "How well was the programme organised: schedule, materials, the curator's help?",
        },
        { ru: "плохо", en: "poorly" },
        { ru: "отлично", en: "excellently" },
      ),
      scale(
        "satisfaction.expectations",
        {
          ru: "Насколько оправдались ваши ожидания от программы?",
          en: "How far did the programme meet your expectations?",
        },
        { ru: "совсем не оправдались", en: "not at all" },
        { ru: "полностью оправдались", en: "fully" },
      ),
      {
        key: "satisfaction.future",
        type: "choice",
        required: true,
        choices: choicesOf(YES_NO),
        title: mentee
          ? {
              ru: "Хотели бы вы в будущем сами стать наставником?",
              en: "Would you like to become a mentor yourself one day?",
            }
          : {
              ru: "Готовы ли вы стать наставником в следующей программе?",
              en: "Are you ready to be a mentor in the next programme?",
            },
      },
      {
        key: "comment",
        type: "paragraph",
        title: {
          ru: "Что стоит изменить в программе? Ваши пожелания и комментарии",
          en: "What should change in the programme? Your wishes and comments",
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Entry and exit monitoring

const COMPETENCE_MIN: L = { ru: "пока не владею", en: "not yet" };
const COMPETENCE_MAX: L = {
  ru: "владею уверенно, могу помочь коллеге",
  en: "confidently, could help a colleague",
};

const competence = (key: string, title: L): Question =>
  scale(`competence.${key}`, title, COMPETENCE_MIN, COMPETENCE_MAX, { competence: true });

/** The instrument both monitoring surveys share, item for item. */
const MONITORING_QUESTIONS: readonly Question[] = [
  TOKEN_QUESTION,
  competence("planning", {
    ru: "Планирование уроков и занятий, рабочей программы",
    en: "Planning lessons and classes, the course programme",
  }),
  competence("methods", {
    ru: "Методика преподавания своего предмета, современные образовательные технологии",
    en: "Teaching methods of your subject, modern educational techniques",
  }),
  competence("classroom", {
    ru: "Организация работы класса (группы) и дисциплина",
    en: "Managing the class (group) and discipline",
  }),
  competence("differentiation", {
    ru: "Работа с детьми с разными образовательными потребностями",
    en: "Working with children with different educational needs",
  }),
  competence("assessment", {
    ru: "Оценивание результатов обучающихся и обратная связь им",
    en: "Assessing pupils' results and giving them feedback",
  }),
  competence("upbringing", {
    ru: "Воспитательная работа, классное руководство",
    en: "Pastoral work, form tutoring",
  }),
  competence("parents", {
    ru: "Взаимодействие с родителями",
    en: "Working with parents",
  }),
  competence("digital", {
    ru: "Цифровые инструменты и электронные образовательные ресурсы",
    en: "Digital tools and electronic learning resources",
  }),
  scale(
    "motivation",
    {
      ru: "Насколько вы сейчас мотивированы профессионально развиваться: учиться, пробовать новое?",
      en: "How motivated are you now to grow professionally: to learn, to try new things?",
    },
    { ru: "совсем не мотивирован(а)", en: "not at all" },
    { ru: "очень мотивирован(а)", en: "very much" },
  ),
  scale(
    "confidence",
    {
      ru: "Насколько уверенно вы чувствуете себя в профессии?",
      en: "How confident do you feel in your profession?",
    },
    { ru: "совсем не уверенно", en: "not at all" },
    { ru: "полностью уверенно", en: "fully" },
  ),
  scale(
    "involvement",
    {
      ru: "Насколько вы включены в жизнь коллектива: методические объединения, проекты, конкурсы?",
      en: "How involved are you in the staff's life: subject teams, projects, contests?",
    },
    { ru: "не включён(а)", en: "not involved" },
    { ru: "активно участвую", en: "actively involved" },
  ),
  {
    key: "planToMentor",
    type: "choice",
    required: true,
    choices: choicesOf(YES_NO),
    title: {
      ru: "Планируете ли вы в будущем стать наставником?",
      en: "Do you plan to become a mentor in the future?",
    },
  },
  {
    key: "difficulties",
    type: "paragraph",
    title: {
      ru: "Что в работе сейчас даётся вам труднее всего?",
      en: "What is hardest for you in your work now?",
    },
  },
];

export const COMPETENCE_KEYS: readonly string[] = MONITORING_QUESTIONS.filter((q) => q.competence).map(
  (q) => q.key,
);

function monitoring(kind: "entry" | "exit"): SurveyDef {
  const entry = kind === "entry";
  return {
    kind,
    audience: "mentee",
    tokenQuestion: true,
    score: { method: "mean", keys: COMPETENCE_KEYS },
    title: entry
      ? { ru: "Входной мониторинг: самооценка наставляемого", en: "Entry monitoring: mentee self-assessment" }
      : {
          ru: "Итоговый мониторинг: самооценка наставляемого",
          en: "Exit monitoring: mentee self-assessment",
        },
    description: entry
      ? {
          ru: "Перед началом работы с наставником оцените свои умения по шкале от 1 (пока не владею) до 10 (владею уверенно и могу помочь коллеге). Правильных ответов нет: важно, как вы сами это видите. В конце программы вы ответите на те же вопросы, и станет видно, что изменилось. Заполнение займёт около 5 минут.",
          en: "Before working with your mentor, rate your skills from 1 (not yet) to 10 (confidently, could help a colleague). There are no right answers: what matters is how you see it. At the end of the programme you will answer the same questions, so the change becomes visible. It takes about 5 minutes.",
        }
      : {
          ru: "Программа подходит к концу. Оцените свои умения ещё раз по шкале от 1 до 10 — это те же вопросы, что в начале, и по ним видно, что изменилось. Заполнение займёт около 5 минут.",
          en: "The programme is coming to its end. Rate your skills once more from 1 to 10: the questions are the ones from the start, so the change becomes visible. It takes about 5 minutes.",
        },
    questions: MONITORING_QUESTIONS,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The mentor's meeting journal (issue 15 §2): one personal link per pair, each answer one row of «Встречи».

/** The stages a mentor picks on the form: the journey's, without «завершение» (the curator's «Завершить пару»). */
export const JOURNAL_STAGES = ["acquaintance", "trial", "planning", "joint_work", "final"] as const;

export const MEETING_JOURNAL: SurveyDef = {
  kind: "meeting_journal",
  audience: "mentor",
  tokenQuestion: true,
  title: { ru: "Журнал встреч наставника", en: "Mentor's meeting journal" },
  description: {
    ru: "Запишите здесь каждую встречу с наставляемым: дату, этап, тему, что сделали и какой следующий шаг. Ссылка личная и относится к одной паре: пара определяется по коду, выбирать её не нужно. Одна встреча — один ответ; заполнение займёт 2–3 минуты.",
    en: "Record each meeting with your mentee here: the date, the stage, the topic, what was done and the next step. The link is personal and belongs to one pair: the code tells which, so there is nothing to choose. One meeting, one answer; it takes 2–3 minutes.",
  },
  questions: [
    {
      ...TOKEN_QUESTION,
      title: {
        ru: "Код пары (заполнен автоматически, не меняйте)",
        en: "Pair code (filled in automatically, do not change)",
      },
      help: {
        ru: "По этому коду встреча записывается вашей паре. Если поле пустое, откройте журнал по ссылке из письма.",
        en: "This code files the meeting under your pair. If the field is empty, open the journal from the link in the e-mail.",
      },
    },
    {
      key: "date",
      type: "date",
      required: true,
      title: { ru: "Дата встречи", en: "Date of the meeting" },
    },
    {
      key: "stage",
      type: "list",
      required: true,
      title: { ru: "Этап работы пары", en: "Stage of the pair's work" },
      help: {
        ru: "Первая встреча — знакомство; затем пробная и встреча-планирование; далее совместная работа; в конце — итоговая встреча.",
        en: "The first meeting is the introduction; then the trial and the planning meeting; then joint work; the final meeting closes it.",
      },
      choices: JOURNAL_STAGES.map((key) => ({ key, label: STAGES.values[key] })),
    },
    {
      key: "topic",
      type: "text",
      required: true,
      title: { ru: "Тема встречи", en: "Topic of the meeting" },
    },
    {
      key: "done",
      type: "paragraph",
      title: { ru: "Что сделали", en: "What was done" },
    },
    {
      key: "next",
      type: "paragraph",
      title: { ru: "Следующий шаг", en: "Next step" },
    },
  ],
};

export const SURVEYS: Readonly<Record<SurveyKind, SurveyDef>> = {
  registration_mentor: REGISTRATION_MENTOR,
  registration_mentee: REGISTRATION_MENTEE,
  satisfaction_mentee: satisfaction("mentee"),
  satisfaction_mentor: satisfaction("mentor"),
  entry: monitoring("entry"),
  exit: monitoring("exit"),
  meeting_journal: MEETING_JOURNAL,
};

export function isRegistration(kind: SurveyKind): kind is "registration_mentor" | "registration_mentee" {
  return kind === "registration_mentor" || kind === "registration_mentee";
}
