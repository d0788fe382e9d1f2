import { DOC_KINDS } from "../enums";
import type { L, Locale } from "../i18n";
import type { TableKey } from "../tables";
import type { DocKind, ListName, PlaceholderDef } from "./types";

const ALL: DocKind[] = ["agreement", "order", "plan", "report", "thanks", "portfolio"];
const PAIR_DOCS: DocKind[] = ["agreement", "order", "plan"];
const REPORT: DocKind[] = ["report"];
const PAIR: DocKind[] = ["agreement", "plan"];
/** The mentor's fields: a pair's documents, the mentor's letter of thanks and portfolio. */
const MENTOR: DocKind[] = ["agreement", "plan", "thanks", "portfolio"];
/** The pairs list: the order's pairs, the letter's completed pairs, the portfolio's pairs of the year. */
const PAIRS_LIST: DocKind[] = ["order", "thanks", "portfolio"];
/** A pair's end and result: the letter's and the portfolio's pairs. */
const CLOSING: DocKind[] = ["thanks", "portfolio"];
const PORTFOLIO: DocKind[] = ["portfolio"];
const ORDER: DocKind[] = ["order"];
const PLAN: DocKind[] = ["plan"];

type Extra = Partial<Pick<PlaceholderDef, "list" | "required" | "source" | "block">>;

const def = (
  key: string,
  names: L,
  description: L,
  kinds: DocKind[],
  example: string | L,
  extra: Extra = {},
): PlaceholderDef => ({ key, names, description, kinds, example, ...extra });

const at = (table: TableKey, column: string) => ({ source: { table, column } });
const req = (table: TableKey, column: string): Extra => ({ required: true, ...at(table, column) });

/** The same fields for the mentor («наставник») and the mentee («наставляемый»). */
function person(side: "mentor" | "mentee"): PlaceholderDef[] {
  const table: TableKey = side === "mentor" ? "mentors" : "mentees";
  const ru = side === "mentor" ? "наставник" : "наставляемый";
  const of: L =
    side === "mentor" ? { ru: "наставника", en: "mentor's" } : { ru: "наставляемого", en: "mentee's" };
  const p = (
    field: string,
    ruName: string,
    enName: string,
    description: (of: L) => L,
    example: string | L,
    extra: Extra = {},
  ) =>
    def(
      `${side}.${field}`,
      { ru: `${ru}.${ruName}`, en: `${side}.${enName}` },
      description(of),
      side === "mentor" ? MENTOR : PAIR,
      example,
      extra,
    );
  const young = side === "mentee";
  return [
    p(
      "fullName",
      "фио",
      "name",
      (o) => ({ ru: `ФИО ${o.ru} полностью.`, en: `The ${o.en} full name.` }),
      young ? "Смирнов Пётр Олегович" : "Иванова Анна Андреевна",
      req(table, "fullName"),
    ),
    p(
      "shortName",
      "фио_кратко",
      "short_name",
      (o) => ({ ru: `Фамилия и инициалы ${o.ru}.`, en: `The ${o.en} surname and initials.` }),
      young ? "Смирнов П. О." : "Иванова А. А.",
      req(table, "fullName"),
    ),
    p(
      "position",
      "должность",
      "position",
      (o) => ({ ru: `Должность или класс ${o.ru}.`, en: `The ${o.en} position or class.` }),
      young
        ? { ru: "учитель истории", en: "history teacher" }
        : { ru: "учитель математики", en: "maths teacher" },
      req(table, "position"),
    ),
    p(
      "organization",
      "организация",
      "organization",
      (o) => ({
        ru: `Организация ${o.ru}; если не указана — наша организация (краткое наименование).`,
        en: `The ${o.en} organisation; ours (short name) when not given.`,
      }),
      "МБОУ СОШ № 2",
    ),
    p(
      "category",
      "категория",
      "category",
      (o) => ({ ru: `Категория ${o.ru}.`, en: `The ${o.en} category.` }),
      young ? { ru: "молодой специалист", en: "young specialist" } : { ru: "педагог", en: "teacher" },
    ),
    p(
      "email",
      "почта",
      "email",
      (o) => ({ ru: `E-mail ${o.ru}.`, en: `The ${o.en} e-mail.` }),
      young ? "smirnov@school2.ru" : "ivanova@school2.ru",
    ),
    p(
      "phone",
      "телефон",
      "phone",
      (o) => ({ ru: `Телефон ${o.ru}.`, en: `The ${o.en} phone.` }),
      "+7 914 123-45-67",
    ),
    p(
      "experience",
      "стаж",
      "experience",
      (o) => ({
        ru: `Педагогический стаж ${o.ru} с единицей измерения.`,
        en: `The ${o.en} teaching experience.`,
      }),
      young ? { ru: "1 год", en: "1 year" } : { ru: "18 лет", en: "18 years" },
    ),
    side === "mentor"
      ? p(
          "subjects",
          "предмет",
          "subject",
          (o) => ({ ru: `Предмет или направление ${o.ru}.`, en: `The ${o.en} subject or field.` }),
          { ru: "математика", en: "mathematics" },
        )
      : p(
          "subject",
          "предмет",
          "subject",
          (o) => ({ ru: `Предмет или направление ${o.ru}.`, en: `The ${o.en} subject or field.` }),
          { ru: "история", en: "history" },
        ),
    side === "mentor"
      ? p(
          "competencies",
          "компетенции",
          "competencies",
          () => ({
            ru: "Чем наставник может помочь, через «; ».",
            en: "What the mentor can help with, by “; ”.",
          }),
          { ru: "планирование уроков; работа с родителями", en: "lesson planning; work with parents" },
        )
      : p(
          "requests",
          "запросы",
          "requests",
          () => ({
            ru: "Запросы наставляемого (с чем нужна помощь), через «; ».",
            en: "The mentee's requests (what help is needed), by “; ”.",
          }),
          { ru: "дисциплина на уроке; работа с родителями", en: "classroom discipline; work with parents" },
          req("mentees", "requests"),
        ),
    p(
      "minor",
      "несовершеннолетний",
      "minor",
      () => ({
        ru: `Несовершеннолетний ли ${ru}: «да» или «нет».`,
        en: `Whether the ${side} is a minor: “yes” or “no”.`,
      }),
      { ru: "нет", en: "no" },
    ),
    p(
      "guardianName",
      "представитель",
      "guardian",
      (o) => ({
        ru: `ФИО законного представителя ${o.ru}; пусто, если ${ru} совершеннолетний. Для несовершеннолетнего обязательно.`,
        en: `The ${o.en} legal representative; empty unless the ${side} is a minor. Required for a minor.`,
      }),
      "Смирнова Ольга Викторовна",
      req(table, "guardianName"),
    ),
    p(
      "guardianLine",
      "представитель_строка",
      "guardian_line",
      (o) => ({
        ru: `Готовая строка о законном представителе ${o.ru} для раздела о сторонах; пусто, если ${ru} совершеннолетний, и тогда абзац из одной этой метки исчезает.`,
        en: `A ready line naming the ${o.en} legal representative, for the parties; empty for an adult, so a paragraph made only of it disappears.`,
      }),
      {
        ru: `законный представитель ${of.ru} — Смирнова Ольга Викторовна;`,
        en: `the ${of.en} legal representative: Смирнова Ольга Викторовна;`,
      },
      req(table, "guardianName"),
    ),
    p(
      "guardianSignature",
      "представитель_подпись",
      "guardian_signature",
      (o) => ({
        ru: `Строка подписи законного представителя ${o.ru}; пусто, если ${ru} совершеннолетний, и тогда строка таблицы подписей из таких меток исчезает.`,
        en: `The signature line of the ${o.en} legal representative; empty for an adult, so a signature row made only of such placeholders disappears.`,
      }),
      {
        ru: `Законный представитель ${of.ru}: ____________ / Смирнова О. В.`,
        en: `The ${of.en} legal representative: ____________ / Смирнова О. В.`,
      },
      req(table, "guardianName"),
    ),
  ];
}

const pairsItem = (
  field: string,
  ru: string,
  en: string,
  description: L,
  example: string | L,
  extra: Extra = {},
  kinds: DocKind[] = PAIRS_LIST,
): PlaceholderDef =>
  def(`pairs.${field}`, { ru: `пары.${ru}`, en: `pairs.${en}` }, description, kinds, example, {
    list: "pairs",
    ...extra,
  });

const listItem = (
  list: Exclude<ListName, "pairs">,
  ruList: string,
  field: string,
  ru: string,
  en: string,
  description: L,
  example: string | L,
  extra: Extra = {},
  kinds: DocKind[] = PLAN,
): PlaceholderDef =>
  def(`${list}.${field}`, { ru: `${ruList}.${ru}`, en: `${list}.${en}` }, description, kinds, example, {
    list,
    ...extra,
  });

/** Every placeholder the documents know, in the order the reference lists them. */
export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  // The organisation, from «Настройки».
  def(
    "org.name",
    { ru: "организация.наименование", en: "org.name" },
    { ru: "Полное наименование организации.", en: "The organisation's full name." },
    ALL,
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»",
    req("settings", "org.name"),
  ),
  def(
    "org.shortName",
    { ru: "организация.краткое", en: "org.short_name" },
    {
      ru: "Краткое наименование; если не заполнено — полное.",
      en: "The short name; the full name when it is empty.",
    },
    ALL,
    "МБОУ СОШ № 2",
    at("settings", "org.shortName"),
  ),
  def(
    "org.city",
    { ru: "организация.город", en: "org.city" },
    { ru: "Населённый пункт, как он записан в настройках.", en: "The town, as written in the settings." },
    ALL,
    "г. Иркутск",
    at("settings", "org.city"),
  ),
  def(
    "org.type",
    { ru: "организация.тип", en: "org.type" },
    { ru: "Тип организации.", en: "The organisation type." },
    ALL,
    { ru: "школа", en: "school" },
    at("settings", "org.type"),
  ),
  def(
    "head.fullName",
    { ru: "руководитель.фио", en: "head.name" },
    { ru: "ФИО руководителя организации.", en: "The head's full name." },
    ALL,
    "Кузнецов Сергей Павлович",
    req("settings", "head.name"),
  ),
  def(
    "head.shortName",
    { ru: "руководитель.фио_кратко", en: "head.short_name" },
    { ru: "Фамилия и инициалы руководителя.", en: "The head's surname and initials." },
    ALL,
    "Кузнецов С. П.",
    req("settings", "head.name"),
  ),
  def(
    "head.position",
    { ru: "руководитель.должность", en: "head.position" },
    { ru: "Должность руководителя.", en: "The head's position." },
    ALL,
    { ru: "Директор", en: "Director" },
    req("settings", "head.position"),
  ),
  def(
    "curator.fullName",
    { ru: "куратор.фио", en: "curator.name" },
    { ru: "ФИО куратора программы наставничества.", en: "The programme curator's full name." },
    ALL,
    "Орлова Елена Николаевна",
    req("settings", "curator.name"),
  ),
  def(
    "curator.shortName",
    { ru: "куратор.фио_кратко", en: "curator.short_name" },
    { ru: "Фамилия и инициалы куратора.", en: "The curator's surname and initials." },
    ALL,
    "Орлова Е. Н.",
    req("settings", "curator.name"),
  ),
  def(
    "curator.position",
    { ru: "куратор.должность", en: "curator.position" },
    { ru: "Должность куратора.", en: "The curator's position." },
    ALL,
    { ru: "заместитель директора по УВР", en: "deputy head for teaching" },
    req("settings", "curator.position"),
  ),
  def(
    "year",
    { ru: "учебный_год", en: "academic_year" },
    { ru: "Учебный год программы.", en: "The programme's academic year." },
    ALL,
    "2025/2026",
    req("settings", "program.year"),
  ),
  def(
    "today",
    { ru: "сегодня", en: "today" },
    { ru: "Дата, когда документ сделан.", en: "The date the document is made." },
    ALL,
    "01.09.2025",
  ),
  def(
    "batch",
    { ru: "утверждение", en: "batch" },
    {
      ru: "Код утверждения пар (У-0001…): пары одного утверждения закрепляет один приказ.",
      en: "The confirmation code (У-0001…): one order fixes the pairs of one confirmation.",
    },
    PAIR_DOCS,
    "У-0001",
    at("pairs", "batch"),
  ),
  // The pair.
  def(
    "pair.id",
    { ru: "пара.id", en: "pair.id" },
    { ru: "Код пары.", en: "The pair's code." },
    PAIR,
    "П-0007",
  ),
  def(
    "pair.form",
    { ru: "пара.форма", en: "pair.form" },
    { ru: "Форма наставничества.", en: "The form of mentoring." },
    PAIR,
    { ru: "педагог – педагог", en: "teacher – teacher" },
    at("pairs", "form"),
  ),
  def(
    "pair.model",
    { ru: "пара.модель", en: "pair.model" },
    { ru: "Модель взаимодействия (для «педагог – педагог»).", en: "The model (for teacher – teacher)." },
    PAIR,
    { ru: "опытный педагог – молодой специалист", en: "experienced teacher – young specialist" },
    at("pairs", "model"),
  ),
  def(
    "pair.modelLine",
    { ru: "пара.модель_строка", en: "pair.model_line" },
    {
      ru: "Готовая строка о модели взаимодействия; пусто, если модели нет — тогда абзац из одной этой метки исчезает.",
      en: "A ready line naming the model; empty when there is none, so a paragraph made only of it disappears.",
    },
    PAIR,
    {
      ru: "Модель взаимодействия: опытный педагог – молодой специалист.",
      en: "Model: experienced teacher – young specialist.",
    },
    at("pairs", "model"),
  ),
  def(
    "pair.kind",
    { ru: "пара.вид", en: "pair.kind" },
    {
      ru: "Вид наставничества; если не указан — «в группе» для группы, иначе «традиционное».",
      en: "The kind of mentoring; when empty, “group” for a group and “traditional” otherwise.",
    },
    PAIR,
    { ru: "традиционное", en: "traditional" },
    at("pairs", "kind"),
  ),
  def(
    "pair.group",
    { ru: "пара.группа", en: "pair.group" },
    { ru: "Код группы, если наставник ведёт группу.", en: "The group code when the mentor leads a group." },
    PAIR,
    "Г-0002",
    at("pairs", "groupId"),
  ),
  def(
    "pair.startDate",
    { ru: "пара.дата_начала", en: "pair.start_date" },
    { ru: "Дата начала работы пары.", en: "The pair's start date." },
    PAIR,
    "01.09.2025",
    req("pairs", "startDate"),
  ),
  def(
    "pair.endDate",
    { ru: "пара.дата_окончания", en: "pair.end_date" },
    {
      ru: "Дата окончания: из листа пар, а если её нет — начало плюс срок.",
      en: "The end date: from the pairs tab, or the start plus the term.",
    },
    PAIR,
    "31.05.2026",
    req("pairs", "startDate"),
  ),
  def(
    "pair.termMonths",
    { ru: "пара.срок_месяцев", en: "pair.term_months" },
    { ru: "Срок работы пары, месяцев (числом).", en: "The pair's term in months (a number)." },
    PAIR,
    "9",
  ),
  def(
    "pair.term",
    { ru: "пара.срок", en: "pair.term" },
    { ru: "Срок работы пары словами.", en: "The pair's term in words." },
    PAIR,
    { ru: "9 месяцев", en: "9 months" },
  ),
  person("mentor"),
  person("mentee"),
  // The order.
  def(
    "order.number",
    { ru: "приказ.номер", en: "order.number" },
    {
      ru: "Номер приказа: из листа пар или заданный при создании; если его нет — «________» для записи от руки.",
      en: "The order number: from the pairs tab or given when made; “________” to write by hand when there is none.",
    },
    ORDER,
    "45-о",
    at("pairs", "orderNumber"),
  ),
  def(
    "order.date",
    { ru: "приказ.дата", en: "order.date" },
    {
      ru: "Дата приказа: заданная, из листа пар или дата начала пар утверждения.",
      en: "The order date: given, from the pairs tab, or the start date of the confirmation's pairs.",
    },
    ORDER,
    "01.09.2025",
    at("pairs", "orderDate"),
  ),
  pairsItem(
    "no",
    "номер",
    "no",
    { ru: "Номер строки в таблице пар.", en: "Row number in the pairs table." },
    "1",
  ),
  pairsItem("id", "id", "id", { ru: "Код пары.", en: "The pair's code." }, "П-0007"),
  pairsItem(
    "mentor",
    "наставник",
    "mentor",
    { ru: "ФИО наставника.", en: "The mentor's full name." },
    "Иванова Анна Андреевна",
    req("mentors", "fullName"),
  ),
  pairsItem(
    "mentorPosition",
    "должность_наставника",
    "mentor_position",
    { ru: "Должность наставника.", en: "The mentor's position." },
    { ru: "учитель математики", en: "maths teacher" },
    req("mentors", "position"),
  ),
  pairsItem(
    "mentee",
    "наставляемый",
    "mentee",
    { ru: "ФИО наставляемого.", en: "The mentee's full name." },
    "Смирнов Пётр Олегович",
    req("mentees", "fullName"),
  ),
  pairsItem(
    "menteePosition",
    "должность_наставляемого",
    "mentee_position",
    { ru: "Должность или класс наставляемого.", en: "The mentee's position or class." },
    { ru: "учитель истории", en: "history teacher" },
    req("mentees", "position"),
  ),
  pairsItem(
    "form",
    "форма",
    "form",
    { ru: "Форма наставничества.", en: "The form of mentoring." },
    { ru: "педагог – педагог", en: "teacher – teacher" },
  ),
  pairsItem(
    "model",
    "модель",
    "model",
    { ru: "Модель взаимодействия, если есть.", en: "The model, if any." },
    { ru: "опытный педагог – молодой специалист", en: "experienced teacher – young specialist" },
  ),
  pairsItem(
    "kind",
    "вид",
    "kind",
    { ru: "Вид наставничества и код группы в скобках.", en: "The kind of mentoring, with the group code." },
    { ru: "в группе (Г-0002)", en: "group (Г-0002)" },
  ),
  pairsItem("group", "группа", "group", { ru: "Код группы.", en: "The group code." }, "Г-0002"),
  pairsItem(
    "startDate",
    "дата_начала",
    "start_date",
    { ru: "Дата начала работы пары.", en: "The pair's start date." },
    "01.09.2025",
    req("pairs", "startDate"),
  ),
  pairsItem(
    "endDate",
    "дата_окончания",
    "end_date",
    { ru: "Дата окончания работы пары.", en: "The pair's end date." },
    "28.05.2026",
    at("pairs", "endDate"),
    CLOSING,
  ),
  pairsItem(
    "result",
    "результат",
    "result",
    { ru: "Итог работы пары (столбец «Результат»).", en: "What the pair achieved (the Result column)." },
    { ru: "Цели программы достигнуты.", en: "The programme's goals achieved." },
    at("pairs", "result"),
    CLOSING,
  ),
  pairsItem(
    "status",
    "статус",
    "status",
    { ru: "Статус пары: активна, приостановлена, завершена, расторгнута.", en: "The pair's status." },
    { ru: "завершена", en: "completed" },
    at("pairs", "status"),
    PORTFOLIO,
  ),
  // The portfolio: the mentor's contests of the year, and the satisfaction surveys' figures.
  listItem(
    "contests",
    "конкурсы",
    "no",
    "номер",
    "no",
    { ru: "Номер строки в таблице конкурсов.", en: "Row number in the contests table." },
    "1",
    {},
    PORTFOLIO,
  ),
  listItem(
    "contests",
    "конкурсы",
    "event",
    "мероприятие",
    "event",
    { ru: "Название конкурса или мероприятия.", en: "The contest's or event's name." },
    { ru: "Педагог года", en: "Teacher of the Year" },
    at("achievements", "event"),
    PORTFOLIO,
  ),
  listItem(
    "contests",
    "конкурсы",
    "level",
    "уровень",
    "level",
    { ru: "Уровень мероприятия.", en: "The event's level." },
    { ru: "муниципальный", en: "municipal" },
    at("achievements", "level"),
    PORTFOLIO,
  ),
  listItem(
    "contests",
    "конкурсы",
    "date",
    "дата",
    "date",
    { ru: "Дата участия.", en: "The date taken part." },
    "14.02.2026",
    at("achievements", "date"),
    PORTFOLIO,
  ),
  listItem(
    "contests",
    "конкурсы",
    "result",
    "результат",
    "result",
    { ru: "Результат: участник, лауреат, призёр, победитель.", en: "The result: participant … winner." },
    { ru: "призёр", en: "prize-winner" },
    at("achievements", "result"),
    PORTFOLIO,
  ),
  def(
    "portfolio.pairsCount",
    { ru: "портфолио.пар", en: "portfolio.pairs_count" },
    {
      ru: "Сколько пар было у наставника в учебном году (числом).",
      en: "The mentor's pairs in the year (a number).",
    },
    PORTFOLIO,
    "3",
  ),
  def(
    "portfolio.contestsLine",
    { ru: "портфолио.конкурсы_строка", en: "portfolio.contests_line" },
    {
      ru: "Фраза о числе записей в «Конкурсах и достижениях» за год (или что их нет).",
      en: "A sentence on the year's entries in Contests and achievements (or that there are none).",
    },
    PORTFOLIO,
    { ru: "Записей за учебный год: 2.", en: "Entries in the academic year: 2." },
  ),
  def(
    "portfolio.menteeScore",
    { ru: "портфолио.оценка_наставляемых", en: "portfolio.mentee_score" },
    {
      ru: "Средняя оценка (1–10) в анкетах удовлетворённости наставляемых этого наставника за год, один знак после запятой; пусто, если ответов нет.",
      en: "The mean score (1–10) of this mentor's mentees in the year's satisfaction surveys, one decimal; empty without answers.",
    },
    PORTFOLIO,
    "8,5",
  ),
  def(
    "portfolio.menteeAnswers",
    { ru: "портфолио.ответов_наставляемых", en: "portfolio.mentee_answers" },
    {
      ru: "Сколько наставляемых этого наставника ответили на анкету удовлетворённости за год (числом).",
      en: "How many of this mentor's mentees answered the satisfaction survey in the year (a number).",
    },
    PORTFOLIO,
    "2",
  ),
  def(
    "portfolio.mentorScore",
    { ru: "портфолио.оценка_наставника", en: "portfolio.mentor_score" },
    {
      ru: "Оценка (1–10) в собственной анкете удовлетворённости наставника за год; пусто, если он не ответил.",
      en: "The score (1–10) in the mentor's own satisfaction survey in the year; empty when not answered.",
    },
    PORTFOLIO,
    "9",
  ),
  def(
    "portfolio.feedbackLine",
    { ru: "портфолио.отзывы_строка", en: "portfolio.feedback_line" },
    {
      ru: "Фраза об оценках наставляемых: средняя оценка и число ответов, или что ответов нет.",
      en: "A sentence on the mentees' scores: the mean and the number of answers, or that there are none.",
    },
    PORTFOLIO,
    {
      ru: "Средняя оценка наставляемых — 8,5 из 10 (ответов: 2).",
      en: "The mentees' mean score: 8.5 of 10 (2 answers).",
    },
  ),
  def(
    "portfolio.selfLine",
    { ru: "портфолио.самооценка_строка", en: "portfolio.self_line" },
    {
      ru: "Фраза о собственной оценке наставника в анкете удовлетворённости; пусто (абзац исчезает), если он не ответил.",
      en: "A sentence on the mentor's own satisfaction score; empty (the paragraph vanishes) when not answered.",
    },
    PORTFOLIO,
    {
      ru: "Собственная оценка наставника — 9 из 10.",
      en: "The mentor's own score: 9 of 10.",
    },
  ),
  // The plan's lists.
  listItem("goals", "цели", "no", "номер", "no", { ru: "Номер цели.", en: "Goal number." }, "1"),
  listItem(
    "goals",
    "цели",
    "request",
    "запрос",
    "request",
    { ru: "Запрос наставляемого — цель работы.", en: "A request of the mentee: a goal." },
    { ru: "работа с родителями", en: "work with parents" },
    req("mentees", "requests"),
  ),
  listItem(
    "goals",
    "цели",
    "result",
    "результат",
    "result",
    { ru: "Ожидаемый результат по запросу.", en: "The expected result for the request." },
    {
      ru: "наставляемый самостоятельно справляется с задачей «работа с родителями»",
      en: "the mentee handles “work with parents” on their own",
    },
  ),
  listItem("stages", "этапы", "no", "номер", "no", { ru: "Номер этапа.", en: "Stage number." }, "1"),
  listItem(
    "stages",
    "этапы",
    "name",
    "название",
    "name",
    { ru: "Название этапа.", en: "The stage's name." },
    { ru: "встреча-знакомство", en: "introductory meeting" },
  ),
  listItem(
    "stages",
    "этапы",
    "dates",
    "сроки",
    "dates",
    { ru: "Сроки этапа: с … по ….", en: "The stage's dates: from … to …." },
    "01.09.2025 – 07.09.2025",
    req("pairs", "startDate"),
  ),
  listItem(
    "stages",
    "этапы",
    "from",
    "начало",
    "from",
    { ru: "Первый день этапа.", en: "The stage's first day." },
    "01.09.2025",
    req("pairs", "startDate"),
  ),
  listItem(
    "stages",
    "этапы",
    "to",
    "окончание",
    "to",
    { ru: "Последний день этапа.", en: "The stage's last day." },
    "07.09.2025",
    req("pairs", "startDate"),
  ),
  listItem(
    "stages",
    "этапы",
    "content",
    "содержание",
    "content",
    { ru: "Что делается на этапе.", en: "What is done at the stage." },
    {
      ru: "Знакомство, рассказ о себе и ожиданиях, договорённость о формате и частоте встреч.",
      en: "Getting acquainted, expectations, agreeing how and how often to meet.",
    },
  ),
  listItem(
    "stages",
    "этапы",
    "result",
    "результат",
    "result",
    { ru: "Результат этапа.", en: "The stage's result." },
    { ru: "Контакт установлен, график встреч согласован.", en: "Contact made, the meeting schedule agreed." },
  ),
  // The analytic report: its lines, and its sections as block fields.
  def(
    "report.subtitle",
    { ru: "справка.подзаголовок", en: "report.subtitle" },
    {
      ru: "Какое полугодие какого учебного года описывает справка.",
      en: "Which half of which year the report covers.",
    },
    REPORT,
    {
      ru: "о реализации программы наставничества за первое полугодие 2025/2026 учебного года",
      en: "on the mentoring programme, the first half of the 2025/2026 academic year",
    },
  ),
  def(
    "report.period",
    { ru: "справка.период", en: "report.period" },
    {
      ru: "Период справки, срез мониторинга и дата составления.",
      en: "The report's period, monitoring point and date.",
    },
    REPORT,
    {
      ru: "Период: с 01.09.2025 по 31.01.2026; срез мониторинга «декабрь». Справка составлена 20.12.2025.",
      en: "Period: 01.09.2025 to 31.01.2026; monitoring point: December. Made on 20.12.2025.",
    },
  ),
  def(
    "report.half",
    { ru: "справка.срез", en: "report.point" },
    {
      ru: "Срез мониторинга: декабрь или июнь (январь или июль).",
      en: "The monitoring point: December or June (January or July).",
    },
    REPORT,
    { ru: "декабрь", en: "December" },
  ),
  ...(
    [
      [
        "indicators",
        "показатели",
        "indicators",
        {
          ru: "Показатели с целями, статусом и динамикой по срезам: пояснение и таблица.",
          en: "The indicators with targets, status and trend: a note and a table.",
        },
      ],
      [
        "participants",
        "участники",
        "participants",
        {
          ru: "Численность участников по разрезам и вовлечённость коллектива: таблицы.",
          en: "Participants by breakdown and the staff's involvement: tables.",
        },
      ],
      [
        "surveys",
        "анкеты",
        "surveys",
        {
          ru: "Анкеты удовлетворённости: доля ответивших и удовлетворённых, распределение оценок.",
          en: "The satisfaction surveys: response rate, satisfied share, spread of scores.",
        },
      ],
      [
        "pairs",
        "пары",
        "pairs",
        { ru: "Работа пар за период: таблица.", en: "The pairs' work in the period: a table." },
      ],
      [
        "journeys",
        "ход_работы",
        "journeys",
        {
          ru: "Встречи за период и пары, требующие внимания.",
          en: "Meetings in the period and the pairs needing attention.",
        },
      ],
      [
        "roadmap",
        "дорожная_карта",
        "roadmap",
        {
          ru: "Выполнение дорожной карты и просроченные мероприятия.",
          en: "The roadmap done and its overdue measures.",
        },
      ],
      [
        "conclusions",
        "выводы",
        "conclusions",
        {
          ru: "Выводы: цели достигнутые и нет, на что обратить внимание.",
          en: "Conclusions: targets reached and not, what to act on.",
        },
      ],
    ] as const
  ).map(([key, ru, en, description]) =>
    def(
      `report.${key}`,
      { ru: `справка.${ru}`, en: `report.${en}` },
      description,
      REPORT,
      { ru: "(раздел справки)", en: "(a section of the report)" },
      {
        block: true,
      },
    ),
  ),
].flat();

/**
 * How names are compared: case, ё, spaces around the name and around dots do not matter; spaces and hyphens
 * inside a name read as `_` (so `фио кратко` is `фио_кратко`).
 */
export function normalisePlaceholder(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, "е")
    .trim()
    .replace(/\s*\.\s*/g, ".")
    .replace(/[\s‐‑‒–—-]+/g, "_");
}

const BY_NAME = new Map<string, PlaceholderDef>();
const BY_KEY = new Map<string, PlaceholderDef>();
for (const p of PLACEHOLDERS) {
  BY_KEY.set(p.key, p);
  for (const name of [p.names.ru, p.names.en]) BY_NAME.set(normalisePlaceholder(name), p);
}

/** The placeholder written as `name` (the text inside the braces), in either language. */
export function findPlaceholder(name: string): PlaceholderDef | undefined {
  return BY_NAME.get(normalisePlaceholder(name));
}

export function placeholderByKey(key: string): PlaceholderDef | undefined {
  return BY_KEY.get(key);
}

/** Matches one `{{…}}`; the inner text has no braces. Global: use with replace, match and matchAll only. */
export const PLACEHOLDER_RE = /\{\{([^{}]*)\}\}/g;

/** Every `{{…}}` in the text as written (the raw inner text), in order of first appearance, each once. */
export function placeholdersIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER_RE)) seen.add(m[1] ?? "");
  return [...seen];
}

export interface TemplateCheck {
  /** Names no placeholder has, as written. */
  unknown: string[];
  /** Known names that have no value in this kind of document, as written. */
  notForKind: string[];
  /** The known placeholders the text uses, each once, in order. */
  used: PlaceholderDef[];
}

/**
 * What a template's text uses. Whether list placeholders stand in table rows (and one list per row) cannot be
 * seen from plain text, so it is not checked here.
 */
export function checkTemplate(kind: DocKind, text: string): TemplateCheck {
  const unknown: string[] = [];
  const notForKind: string[] = [];
  const used = new Map<string, PlaceholderDef>();
  for (const raw of placeholdersIn(text)) {
    const p = findPlaceholder(raw);
    if (!p) unknown.push(raw);
    else if (!p.kinds.includes(kind)) notForKind.push(raw);
    else used.set(p.key, p);
  }
  return { unknown, notForKind, used: [...used.values()] };
}

/** The documents' short names, as the «Документы» tab writes them. */
export const KIND_LABELS: Readonly<Record<DocKind, L>> = DOC_KINDS.values;

const LIST_NOTES: Readonly<Record<ListName, L>> = {
  pairs: {
    ru: "Строка таблицы с этой меткой повторяется для каждой пары приказа (в благодарности — для каждой завершённой пары наставника, в портфолио — для каждой его пары учебного года).",
    en: "A table row with it is repeated for each pair of the order (in a letter of thanks: each completed pair of the mentor; in a portfolio: each of the mentor's pairs in the year).",
  },
  contests: {
    ru: "Строка таблицы с этой меткой повторяется для каждой записи наставника в «Конкурсах и достижениях» за учебный год.",
    en: "A table row with it is repeated for each of the mentor's entries in Contests and achievements in the year.",
  },
  goals: {
    ru: "Строка таблицы с этой меткой повторяется для каждого запроса наставляемого.",
    en: "A table row with it is repeated for each request of the mentee.",
  },
  stages: {
    ru: "Строка таблицы с этой меткой повторяется для каждого из пяти этапов.",
    en: "A table row with it is repeated for each of the five stages.",
  },
};

const BLOCK_NOTE: L = {
  ru: "Ставится одна в своём абзаце: абзац заменяется разделом (текст и таблицы).",
  en: "Stands alone in its paragraph: the paragraph is replaced by the section (text and tables).",
};

export interface ReferenceRow {
  /** As written in a template, with the braces. */
  name: string;
  description: string;
  /** The documents where it has a value. */
  kinds: string;
  example: string;
}

export function exampleText(p: PlaceholderDef, locale: Locale): string {
  return typeof p.example === "string" ? p.example : p.example[locale];
}

/** The «Справка по шаблонам»: one row per placeholder, in the catalogue's order. */
export function placeholderReference(locale: Locale): ReferenceRow[] {
  const required: L = { ru: "Обязательно заполнить.", en: "Must be filled in." };
  return PLACEHOLDERS.map((p) => ({
    name: `{{${p.names[locale]}}}`,
    description: [
      p.description[locale],
      p.list ? LIST_NOTES[p.list][locale] : "",
      p.block ? BLOCK_NOTE[locale] : "",
      p.required ? (p.key.includes(".guardian") ? "" : required[locale]) : "",
    ]
      .filter((s) => s !== "")
      .join(" "),
    kinds: p.kinds.map((k) => KIND_LABELS[k][locale]).join(", "),
    example: exampleText(p, locale),
  }));
}
