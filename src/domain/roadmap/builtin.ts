import type { L, Locale } from "../i18n";
import type { EvidenceKind } from "./items";
import type { PlannedItem } from "./nextYear";

/**
 * The built-in roadmap of an academic year, in our own wording: the sections the schools' and the city's plans
 * share, each item with a deadline dated for the year, the people responsible, the result and the kind of
 * document it leaves. Items the add-on can see done name their evidence. The curator edits it freely.
 */
interface Draft {
  readonly measure: L;
  /** The deadline for the year that starts in September of `y`. */
  readonly deadline: (y: number) => L;
  readonly responsible: L;
  readonly result: L;
  readonly document: L;
  readonly auto?: EvidenceKind;
}

interface SectionDraft {
  readonly title: L;
  readonly items: readonly Draft[];
}

const by =
  (d: string) =>
  (y: number): L => {
    const [day, month, next] = d.split(".") as [string, string, string?];
    const year = next === "+" ? y + 1 : y;
    return { ru: `до ${day}.${month}.${year}`, en: `by ${day}.${month}.${year}` };
  };
const span =
  (from: string, to: string) =>
  (y: number): L => {
    const f = from.split(".");
    const t = to.split(".");
    const fy = f[2] === "+" ? y + 1 : y;
    const ty = t[2] === "+" ? y + 1 : y;
    return {
      ru: `с ${f[0]}.${f[1]}.${fy} по ${t[0]}.${t[1]}.${ty}`,
      en: `from ${f[0]}.${f[1]}.${fy} to ${t[0]}.${t[1]}.${ty}`,
    };
  };
const yearRound = (): L => ({ ru: "в течение учебного года", en: "throughout the academic year" });
const months = (ru: string, en: string) => (): L => ({ ru, en });

const CURATOR: L = { ru: "куратор", en: "curator" };
const HEAD: L = { ru: "директор", en: "head of school" };
const HEAD_CURATOR: L = { ru: "директор, куратор", en: "head of school, curator" };
const DEPUTY_CURATOR: L = { ru: "заместитель директора по УВР, куратор", en: "deputy head, curator" };
const MENTORS_CURATOR: L = { ru: "наставники, куратор", en: "mentors, curator" };

const SECTIONS: readonly SectionDraft[] = [
  {
    title: { ru: "Нормативное обеспечение", en: "Normative basis" },
    items: [
      {
        measure: {
          ru: "Принять или обновить положение о наставничестве в организации",
          en: "Adopt or update the organisation's regulations on mentoring",
        },
        deadline: by("15.09"),
        responsible: HEAD,
        result: { ru: "Положение утверждено приказом", en: "Regulations approved by an order" },
        document: { ru: "положение, приказ", en: "regulations, order" },
      },
      {
        measure: {
          ru: "Назначить куратора программы наставничества",
          en: "Appoint the curator of the mentoring programme",
        },
        deadline: by("15.09"),
        responsible: HEAD,
        result: { ru: "Куратор назначен", en: "Curator appointed" },
        document: { ru: "приказ", en: "order" },
      },
      {
        measure: {
          ru: "Утвердить дорожную карту на учебный год",
          en: "Approve the roadmap for the academic year",
        },
        deadline: by("20.09"),
        responsible: HEAD_CURATOR,
        result: { ru: "Дорожная карта утверждена", en: "Roadmap approved" },
        document: { ru: "дорожная карта, приказ", en: "roadmap, order" },
      },
      {
        measure: {
          ru: "Издать приказ о закреплении наставнических пар и групп",
          en: "Issue the order assigning the mentoring pairs and groups",
        },
        deadline: by("20.10"),
        responsible: HEAD_CURATOR,
        result: { ru: "Пары и группы закреплены приказом", en: "Pairs and groups assigned by an order" },
        document: { ru: "приказ", en: "order" },
        auto: "order",
      },
    ],
  },
  {
    title: {
      ru: "Организационное и методическое сопровождение",
      en: "Organisational and methodical support",
    },
    items: [
      {
        measure: {
          ru: "Рассказать педагогам, обучающимся и родителям о программе наставничества (сайт, собрания)",
          en: "Tell teachers, pupils and parents about the mentoring programme (website, meetings)",
        },
        deadline: span("01.09", "30.09"),
        responsible: CURATOR,
        result: { ru: "Участники знают о программе", en: "Participants know of the programme" },
        document: { ru: "публикация на сайте", en: "post on the website" },
      },
      {
        measure: {
          ru: "Подготовить методические материалы: анкеты, форму соглашения, шаблон программы пары",
          en: "Prepare the methodical materials: questionnaires, the agreement form, the pair programme template",
        },
        deadline: by("30.09"),
        responsible: DEPUTY_CURATOR,
        result: { ru: "Материалы готовы к работе", en: "Materials ready for use" },
        document: { ru: "методические материалы", en: "methodical materials" },
      },
      {
        measure: {
          ru: "Составить перечень организаций-партнёров программы",
          en: "List the programme's partner organisations",
        },
        deadline: by("31.12"),
        responsible: HEAD_CURATOR,
        result: { ru: "Партнёры определены", en: "Partners identified" },
        document: { ru: "перечень партнёров", en: "list of partners" },
      },
    ],
  },
  {
    title: { ru: "Реализация: условия", en: "Implementation: conditions" },
    items: [
      {
        measure: {
          ru: "Определить время и место встреч пар, меры поощрения наставников",
          en: "Set the time and place of the pairs' meetings and the mentors' rewards",
        },
        deadline: by("30.09"),
        responsible: HEAD_CURATOR,
        result: { ru: "Условия для работы пар созданы", en: "Conditions for the pairs' work in place" },
        document: { ru: "локальный акт о мотивации наставников", en: "local act on mentors' rewards" },
      },
    ],
  },
  {
    title: { ru: "Реализация: база наставляемых", en: "Implementation: mentee base" },
    items: [
      {
        measure: {
          ru: "Сформировать базу наставляемых с картой запросов",
          en: "Form the mentee base with the map of requests",
        },
        deadline: span("01.09", "30.09"),
        responsible: CURATOR,
        result: { ru: "База наставляемых заполнена и проверена", en: "Mentee base filled in and checked" },
        document: { ru: "лист «Наставляемые»", en: "“Mentees” tab" },
        auto: "menteeBase",
      },
      {
        measure: {
          ru: "Провести входное анкетирование участников",
          en: "Run the entry questionnaire of the participants",
        },
        deadline: by("31.10"),
        responsible: CURATOR,
        result: { ru: "Анкеты разосланы, ответы собраны", en: "Questionnaires sent, answers collected" },
        document: { ru: "лист «Ответы анкет»", en: "“Survey answers” tab" },
        auto: "surveys",
      },
    ],
  },
  {
    title: { ru: "Реализация: база наставников", en: "Implementation: mentor base" },
    items: [
      {
        measure: {
          ru: "Сформировать базу наставников под запросы наставляемых",
          en: "Form the mentor base to meet the mentees' requests",
        },
        deadline: span("01.09", "30.09"),
        responsible: CURATOR,
        result: { ru: "База наставников заполнена и проверена", en: "Mentor base filled in and checked" },
        document: { ru: "лист «Наставники»", en: "“Mentors” tab" },
        auto: "mentorBase",
      },
    ],
  },
  {
    title: { ru: "Реализация: обучение наставников", en: "Implementation: training" },
    items: [
      {
        measure: {
          ru: "Провести обучение наставников (семинар, школа наставника)",
          en: "Train the mentors (a seminar, a mentors' school)",
        },
        deadline: months("октябрь", "October"),
        responsible: DEPUTY_CURATOR,
        result: { ru: "Наставники обучены", en: "Mentors trained" },
        document: {
          ru: "программа обучения, список участников",
          en: "training programme, list of attendees",
        },
      },
    ],
  },
  {
    title: { ru: "Реализация: формирование пар и групп", en: "Implementation: forming pairs" },
    items: [
      {
        measure: {
          ru: "Подобрать и утвердить наставнические пары и группы, провести встречи-знакомства",
          en: "Match and confirm the mentoring pairs and groups, hold the introductory meetings",
        },
        deadline: by("15.10"),
        responsible: CURATOR,
        result: { ru: "Пары и группы утверждены", en: "Pairs and groups confirmed" },
        document: { ru: "лист «Пары и группы»", en: "“Pairs and groups” tab" },
        auto: "pairs",
      },
      {
        measure: {
          ru: "Заключить соглашения между наставниками и наставляемыми",
          en: "Sign the agreements between mentors and mentees",
        },
        deadline: by("20.10"),
        responsible: CURATOR,
        result: { ru: "Соглашения подписаны", en: "Agreements signed" },
        document: { ru: "соглашения", en: "agreements" },
        auto: "agreements",
      },
    ],
  },
  {
    title: { ru: "Реализация: работа пар и групп", en: "Implementation: the pairs' work" },
    items: [
      {
        measure: {
          ru: "Составить программы (планы) работы пар и групп",
          en: "Draw up the pairs' and groups' work programmes",
        },
        deadline: by("31.10"),
        responsible: MENTORS_CURATOR,
        result: { ru: "У каждой пары есть план", en: "Every pair has a plan" },
        document: { ru: "программы пар", en: "pair programmes" },
      },
      {
        measure: {
          ru: "Встречи пар по плану, записи в журнале встреч",
          en: "The pairs meet as planned and record it in the meetings journal",
        },
        deadline: yearRound,
        responsible: MENTORS_CURATOR,
        result: { ru: "Встречи проходят и записаны", en: "Meetings held and recorded" },
        document: { ru: "лист «Встречи»", en: "“Meetings” tab" },
      },
      {
        measure: {
          ru: "Промежуточная встреча куратора с наставниками",
          en: "The curator's mid-year meeting with the mentors",
        },
        deadline: months("январь", "January"),
        responsible: CURATOR,
        result: {
          ru: "Трудности пар выявлены и решаются",
          en: "The pairs' difficulties found and addressed",
        },
        document: { ru: "протокол встречи", en: "minutes" },
      },
    ],
  },
  {
    title: { ru: "Реализация: завершение", en: "Implementation: completion" },
    items: [
      {
        measure: {
          ru: "Итоговые встречи пар, рефлексия наставников и наставляемых",
          en: "The pairs' final meetings, reflection of mentors and mentees",
        },
        deadline: by("20.05.+"),
        responsible: MENTORS_CURATOR,
        result: { ru: "Итоги работы пар подведены", en: "The pairs' results summed up" },
        document: { ru: "отчёты пар", en: "pair reports" },
      },
      {
        measure: {
          ru: "Педагогический совет по итогам года, поощрение лучших наставников",
          en: "The year's closing teachers' council, rewarding the best mentors",
        },
        deadline: months("май", "May"),
        responsible: HEAD_CURATOR,
        result: {
          ru: "Итоги программы обсуждены, наставники отмечены",
          en: "Results discussed, mentors rewarded",
        },
        document: { ru: "протокол педсовета, благодарности", en: "council minutes, letters of thanks" },
      },
    ],
  },
  {
    title: { ru: "Распространение лучших практик", en: "Spreading best practice" },
    items: [
      {
        measure: {
          ru: "Рассказывать о наставничестве на сайте и в сообществах школы",
          en: "Write about mentoring on the school's website and social pages",
        },
        deadline: yearRound,
        responsible: CURATOR,
        result: { ru: "Публикации о работе пар", en: "Posts about the pairs' work" },
        document: { ru: "публикации", en: "posts" },
      },
      {
        measure: {
          ru: "Участие наставников в конкурсах и конференциях",
          en: "Mentors take part in contests and conferences",
        },
        deadline: yearRound,
        responsible: DEPUTY_CURATOR,
        result: { ru: "Опыт наставников представлен", en: "Mentors' experience presented" },
        document: { ru: "лист «Конкурсы и достижения»", en: "“Contests and achievements” tab" },
      },
    ],
  },
  {
    title: { ru: "Мониторинг и оценка", en: "Monitoring and evaluation" },
    items: [
      {
        measure: {
          ru: "Срез показателей за первое полугодие",
          en: "Snapshot of the indicators for the first half-year",
        },
        deadline: by("31.12"),
        responsible: CURATOR,
        result: { ru: "Показатели за полугодие зафиксированы", en: "Half-year indicators recorded" },
        document: { ru: "лист «История показателей»", en: "“Indicator history” tab" },
        auto: "snapshotDecember",
      },
      {
        measure: {
          ru: "Срез показателей за учебный год, анкеты удовлетворённости",
          en: "Snapshot of the indicators for the year, satisfaction questionnaires",
        },
        deadline: by("30.06.+"),
        responsible: CURATOR,
        result: { ru: "Показатели за год зафиксированы", en: "The year's indicators recorded" },
        document: {
          ru: "лист «История показателей», аналитическая справка",
          en: "“Indicator history”, analytic report",
        },
        auto: "snapshotJune",
      },
    ],
  },
  {
    title: { ru: "Координация", en: "Coordination" },
    items: [
      {
        measure: {
          ru: "Заседания рабочей группы по наставничеству",
          en: "Meetings of the mentoring working group",
        },
        deadline: months("сентябрь, январь, май", "September, January, May"),
        responsible: HEAD_CURATOR,
        result: { ru: "Ход программы обсуждён", en: "The programme's progress discussed" },
        document: { ru: "протоколы", en: "minutes" },
      },
      {
        measure: {
          ru: "Отчёт куратора руководителю о ходе программы",
          en: "The curator's report to the head on the programme",
        },
        deadline: months("декабрь, июнь", "December, June"),
        responsible: CURATOR,
        result: { ru: "Руководитель знает, как идёт программа", en: "The head knows how the programme goes" },
        document: { ru: "справка", en: "report" },
      },
    ],
  },
];

/** The built-in roadmap for the academic year that starts in September of `startYear`, in `locale`. */
export function builtInRoadmap(startYear: number, locale: Locale): PlannedItem[] {
  return SECTIONS.flatMap((section, s) =>
    section.items.map((item, i) => ({
      number: `${s + 1}.${i + 1}`,
      section: section.title[locale],
      measure: item.measure[locale],
      deadline: item.deadline(startYear)[locale],
      responsible: item.responsible[locale],
      result: item.result[locale],
      document: item.document[locale],
      auto: item.auto ?? "",
    })),
  );
}

/** The year an academic year's name starts in: "2025/2026" → 2025; undefined when it is not one. */
export function startYearOf(academicYear: string): number | undefined {
  const m = /^\s*(\d{4})\s*[/\-–—]\s*(\d{4})\s*$/.exec(academicYear);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return undefined;
  return Number(m[1]);
}
