import type { Locale } from "../i18n";
import { fillText } from "./render";
import type { Block, DocContext, DocKind, Template } from "./types";

/**
 * The built-in templates. The add-on turns each into a Google Doc once; a curator may then edit that copy or
 * point the add-on at a template of their own. The same rules fill both (see render.ts and docs/documents.md).
 */
const title = (text: string): Block => ({ kind: "title", text });
const heading = (text: string): Block => ({ kind: "heading", text });
const p = (
  text: string,
  extra: { align?: "left" | "center" | "right" | "justify"; bold?: boolean } = {},
): Block => ({
  kind: "paragraph",
  text,
  align: extra.align ?? "justify",
  ...(extra.bold ? { bold: true } : {}),
});
const center = (text: string, bold = false) => p(text, { align: "center", bold });
const left = (text: string, bold = false) => p(text, { align: "left", bold });
/** A table for layout only: no borders, no header. */
const layout = (rows: string[][]): Block => ({ kind: "table", rows, borders: false });
/** A table with borders and a header row. */
const grid = (rows: string[][]): Block => ({ kind: "table", rows, header: true, borders: true });

const SIGN = "____________";

const AGREEMENT_RU: Block[] = [
  title("Соглашение между наставником и наставляемым"),
  layout([["{{организация.город}}", "{{пара.дата_начала}}"]]),
  p(
    "Настоящее соглашение заключают участники программы наставничества {{организация.наименование}} (далее — Организация):",
  ),
  p("наставник — {{наставник.фио}}, {{наставник.должность}};"),
  p("{{наставник.представитель_строка}}"),
  p("наставляемый — {{наставляемый.фио}}, {{наставляемый.должность}};"),
  p("{{наставляемый.представитель_строка}}"),
  p(
    "далее вместе — Стороны. Законный представитель несовершеннолетней Стороны, если он назван выше, действует в её интересах и подписывает соглашение вместе с ней.",
  ),
  heading("1. Предмет соглашения"),
  p(
    "1.1. Стороны договорились работать вместе как наставническая пара {{пара.id}} в рамках целевой модели наставничества, принятой в Организации. Форма наставничества — «{{пара.форма}}», вид — {{пара.вид}}.",
  ),
  p("{{пара.модель_строка}}"),
  p("1.2. Задачи совместной работы:"),
  p("1.2.1. помочь наставляемому с его запросами: {{наставляемый.запросы}};"),
  p("1.2.2. развивать знания, умения и личные качества, нужные наставляемому в учёбе или работе;"),
  p("1.2.3. помочь наставляемому освоиться в коллективе Организации;"),
  p("1.2.4. передать наставляемому опыт и приёмы работы наставника;"),
  p("1.2.5. поддержать желание наставляемого учиться и развиваться самостоятельно."),
  p(
    "1.3. Задачи уточняются в индивидуальном плане пары с учётом формы наставничества, запросов наставляемого и возможностей наставника.",
  ),
  heading("2. Права и обязанности Сторон"),
  p("2.1. Наставник обязуется:"),
  p("2.1.1. вместе с наставляемым составить индивидуальный план работы пары и выполнять его;"),
  p("2.1.2. поддерживать наставляемого и помогать ему в решении поставленных задач;"),
  p("2.1.3. участвовать в мероприятиях программы наставничества Организации и в обучении наставников;"),
  p("2.1.4. по просьбе куратора рассказывать о ходе и результатах работы пары;"),
  p("2.1.5. относиться к наставляемому внимательно и уважительно."),
  p("2.2. Наставник вправе:"),
  p("2.2.1. вместе с куратором выбирать формы и методы работы с наставляемым;"),
  p("2.2.2. с согласия куратора привлекать других специалистов, чтобы расширить возможности наставляемого;"),
  p("2.2.3. предлагать куратору и руководителю Организации изменения в программу наставничества;"),
  p("2.2.4. участвовать в обсуждении того, как развивать наставничество в Организации."),
  p("2.3. Наставляемый обязуется:"),
  p("2.3.1. приходить на встречи и мероприятия, предусмотренные индивидуальным планом;"),
  p("2.3.2. в срок выполнять задания, согласованные с наставником;"),
  p("2.3.3. давать обратную связь после встреч и отвечать на анкеты программы;"),
  p("2.3.4. относиться к наставнику и другим участникам программы внимательно и уважительно."),
  p("2.4. Наставляемый вправе:"),
  p("2.4.1. предлагать изменения в индивидуальный план;"),
  p("2.4.2. обращаться к наставнику за советом и помощью;"),
  p("2.4.3. участвовать в мероприятиях программы наставничества Организации;"),
  p(
    "2.4.4. если работа в паре не складывается, просить куратора или руководителя Организации о замене наставника.",
  ),
  heading("3. Срок действия"),
  p(
    "3.1. Соглашение действует с {{пара.дата_начала}} по {{пара.дата_окончания}} включительно, то есть {{пара.срок}}.",
  ),
  p("3.2. По взаимному согласию Стороны могут продлить срок действия соглашения."),
  heading("4. Прекращение соглашения"),
  p(
    "4.1. Соглашение прекращается по истечении срока, по взаимному согласию Сторон или в одностороннем порядке, если другая Сторона систематически не выполняет обязанности, названные в разделе 2.",
  ),
  p(
    "4.2. Сторона, решившая прекратить соглашение досрочно, сообщает об этом другой Стороне и куратору программы.",
  ),
  heading("5. Заключительные положения"),
  p("5.1. Соглашение составлено на бумаге в двух экземплярах, по одному для каждой Стороны."),
  p(
    "5.2. Вопросы, которые соглашение не решает, Стороны обсуждают между собой при участии куратора программы наставничества (куратор — {{куратор.фио}}).",
  ),
  heading("6. Подписи Сторон"),
  layout([
    ["Наставник", "Наставляемый"],
    ["{{наставник.фио}}", "{{наставляемый.фио}}"],
    [`${SIGN} / {{наставник.фио_кратко}}`, `${SIGN} / {{наставляемый.фио_кратко}}`],
    ["{{наставник.представитель_подпись}}", "{{наставляемый.представитель_подпись}}"],
  ]),
];

const AGREEMENT_EN: Block[] = [
  title("Agreement between mentor and mentee"),
  layout([["{{org.city}}", "{{pair.start_date}}"]]),
  p(
    "This agreement is made between participants of the mentoring programme of {{org.name}} (the Organisation):",
  ),
  p("the mentor, {{mentor.name}}, {{mentor.position}};"),
  p("{{mentor.guardian_line}}"),
  p("the mentee, {{mentee.name}}, {{mentee.position}};"),
  p("{{mentee.guardian_line}}"),
  p(
    "together the Parties. The legal representative of a Party who is a minor, if named above, acts in that Party's interest and signs together with them.",
  ),
  heading("1. Subject"),
  p(
    "1.1. The Parties agree to work together as mentoring pair {{pair.id}} under the target model of mentoring adopted by the Organisation. Form of mentoring: {{pair.form}}; kind: {{pair.kind}}.",
  ),
  p("{{pair.model_line}}"),
  p("1.2. The aims of the work:"),
  p("1.2.1. to help the mentee with their requests: {{mentee.requests}};"),
  p("1.2.2. to develop the knowledge, skills and personal qualities the mentee needs in study or work;"),
  p("1.2.3. to help the mentee settle into the Organisation's team;"),
  p("1.2.4. to pass on the mentor's experience and ways of working;"),
  p("1.2.5. to support the mentee's wish to learn and grow on their own."),
  p(
    "1.3. The aims are made specific in the pair's individual plan, according to the form of mentoring, the mentee's requests and what the mentor can offer.",
  ),
  heading("2. Rights and obligations"),
  p("2.1. The mentor undertakes:"),
  p("2.1.1. to draw up the pair's individual plan together with the mentee and to follow it;"),
  p("2.1.2. to support the mentee and help them with the tasks set;"),
  p("2.1.3. to take part in the Organisation's mentoring events and in mentor training;"),
  p("2.1.4. to report on the pair's progress and results when the curator asks;"),
  p("2.1.5. to treat the mentee with attention and respect."),
  p("2.2. The mentor may:"),
  p("2.2.1. choose the ways of working with the mentee together with the curator;"),
  p("2.2.2. with the curator's consent, involve other specialists to widen the mentee's opportunities;"),
  p("2.2.3. propose changes to the mentoring programme to the curator and the head of the Organisation;"),
  p("2.2.4. take part in discussing how mentoring develops in the Organisation."),
  p("2.3. The mentee undertakes:"),
  p("2.3.1. to attend the meetings and events of the individual plan;"),
  p("2.3.2. to complete the tasks agreed with the mentor on time;"),
  p("2.3.3. to give feedback after meetings and answer the programme's surveys;"),
  p("2.3.4. to treat the mentor and other participants with attention and respect."),
  p("2.4. The mentee may:"),
  p("2.4.1. propose changes to the individual plan;"),
  p("2.4.2. ask the mentor for advice and help;"),
  p("2.4.3. take part in the Organisation's mentoring events;"),
  p(
    "2.4.4. if the pair does not work out, ask the curator or the head of the Organisation for another mentor.",
  ),
  heading("3. Term"),
  p(
    "3.1. The agreement is in force from {{pair.start_date}} to {{pair.end_date}} inclusive, that is {{pair.term}}.",
  ),
  p("3.2. The Parties may extend the term by mutual consent."),
  heading("4. Termination"),
  p(
    "4.1. The agreement ends when its term expires, by mutual consent, or unilaterally if the other Party systematically fails to meet the obligations of section 2.",
  ),
  p("4.2. A Party that decides to end the agreement early tells the other Party and the programme curator."),
  heading("5. Final provisions"),
  p("5.1. The agreement is made on paper in two copies, one for each Party."),
  p(
    "5.2. Questions the agreement does not settle are discussed by the Parties with the programme curator, {{curator.name}}.",
  ),
  heading("6. Signatures"),
  layout([
    ["Mentor", "Mentee"],
    ["{{mentor.name}}", "{{mentee.name}}"],
    [`${SIGN} / {{mentor.short_name}}`, `${SIGN} / {{mentee.short_name}}`],
    ["{{mentor.guardian_signature}}", "{{mentee.guardian_signature}}"],
  ]),
];

const ORDER_RU: Block[] = [
  center("{{организация.наименование}}", true),
  title("ПРИКАЗ"),
  layout([["от {{приказ.дата}}", "№ {{приказ.номер}}"]]),
  center("{{организация.город}}"),
  left("О закреплении наставнических пар и групп на {{учебный_год}} учебный год", true),
  p(
    "В соответствии с положением о системе наставничества {{организация.краткое}}, в целях реализации целевой модели наставничества и по итогам подбора наставников для наставляемых",
  ),
  left("ПРИКАЗЫВАЮ:", true),
  p("1. Закрепить наставнические пары и группы согласно таблице:"),
  grid([
    ["№", "Наставник", "Наставляемый", "Форма наставничества", "Вид / группа", "Дата начала"],
    [
      "{{пары.номер}}",
      "{{пары.наставник}}, {{пары.должность_наставника}}",
      "{{пары.наставляемый}}, {{пары.должность_наставляемого}}",
      "{{пары.форма}}",
      "{{пары.вид}}",
      "{{пары.дата_начала}}",
    ],
  ]),
  p(
    "2. Назначить куратором программы наставничества: {{куратор.фио}}, {{куратор.должность}}. Возложить на куратора ответственность за реализацию программы и мониторинг её результатов.",
  ),
  p(
    "3. Куратору программы обеспечить заключение соглашений между наставниками и наставляемыми и составление индивидуальных планов (персонализированных программ наставничества) для каждой пары и группы.",
  ),
  p("4. Контроль за исполнением приказа оставляю за собой."),
  layout([["{{руководитель.должность}}", `${SIGN} {{руководитель.фио_кратко}}`]]),
];

const ORDER_EN: Block[] = [
  center("{{org.name}}", true),
  title("ORDER"),
  layout([["of {{order.date}}", "No. {{order.number}}"]]),
  center("{{org.city}}"),
  left("On fixing the mentoring pairs and groups for the {{academic_year}} academic year", true),
  p(
    "Under the regulation on mentoring of {{org.short_name}}, to implement the target model of mentoring, and following the matching of mentors to mentees,",
  ),
  left("I ORDER:", true),
  p("1. To fix the mentoring pairs and groups listed in the table:"),
  grid([
    ["No.", "Mentor", "Mentee", "Form of mentoring", "Kind / group", "Start date"],
    [
      "{{pairs.no}}",
      "{{pairs.mentor}}, {{pairs.mentor_position}}",
      "{{pairs.mentee}}, {{pairs.mentee_position}}",
      "{{pairs.form}}",
      "{{pairs.kind}}",
      "{{pairs.start_date}}",
    ],
  ]),
  p(
    "2. To appoint {{curator.name}}, {{curator.position}}, curator of the mentoring programme, responsible for carrying it out and monitoring its results.",
  ),
  p(
    "3. The curator is to see that agreements between mentors and mentees are signed and that an individual plan (personal mentoring programme) is drawn up for every pair and group.",
  ),
  p("4. I reserve control over the execution of this order."),
  layout([["{{head.position}}", `${SIGN} {{head.short_name}}`]]),
];

const PLAN_RU: Block[] = [
  center("{{организация.наименование}}"),
  title("Индивидуальный план (персонализированная программа) наставничества"),
  center("Пара {{пара.id}}, {{учебный_год}} учебный год"),
  grid([
    ["Участник, условие", "Значение"],
    ["Наставник", "{{наставник.фио}}, {{наставник.должность}}"],
    ["Наставляемый", "{{наставляемый.фио}}, {{наставляемый.должность}}"],
    ["Форма наставничества", "{{пара.форма}}"],
    ["Вид наставничества", "{{пара.вид}}"],
    ["Срок", "с {{пара.дата_начала}} по {{пара.дата_окончания}} ({{пара.срок}})"],
  ]),
  p("{{пара.модель_строка}}"),
  p("{{наставник.представитель_строка}}"),
  p("{{наставляемый.представитель_строка}}"),
  heading("1. Цели работы"),
  p("Цели составлены по запросам наставляемого и уточняются на встрече-планировании."),
  grid([
    ["№", "Запрос / цель", "Ожидаемый результат"],
    ["{{цели.номер}}", "{{цели.запрос}}", "{{цели.результат}}"],
  ]),
  heading("2. Этапы работы"),
  grid([
    ["№", "Этап", "Сроки", "Что делается", "Результат"],
    [
      "{{этапы.номер}}",
      "{{этапы.название}}",
      "{{этапы.сроки}}",
      "{{этапы.содержание}}",
      "{{этапы.результат}}",
    ],
  ]),
  heading("3. Ожидаемые результаты"),
  p("— запросы наставляемого проработаны, по каждой цели видно, что изменилось;"),
  p("— наставляемый увереннее и самостоятельнее справляется с задачами, с которыми пришёл в программу;"),
  p("— встречи пары и обратная связь по ним записаны в журнал встреч;"),
  p("— итоги обсуждены на итоговой встрече, анкеты удовлетворённости и итогового мониторинга заполнены."),
  heading("4. Подписи"),
  layout([
    ["Наставник", `${SIGN} / {{наставник.фио_кратко}}`],
    ["Наставляемый", `${SIGN} / {{наставляемый.фио_кратко}}`],
    ["Куратор", `${SIGN} / {{куратор.фио_кратко}}`],
  ]),
  left("{{наставник.представитель_подпись}}"),
  left("{{наставляемый.представитель_подпись}}"),
  left("Дата составления: {{сегодня}}"),
];

const PLAN_EN: Block[] = [
  center("{{org.name}}"),
  title("Individual mentoring plan (personal mentoring programme)"),
  center("Pair {{pair.id}}, academic year {{academic_year}}"),
  grid([
    ["Participant, condition", "Value"],
    ["Mentor", "{{mentor.name}}, {{mentor.position}}"],
    ["Mentee", "{{mentee.name}}, {{mentee.position}}"],
    ["Form of mentoring", "{{pair.form}}"],
    ["Kind of mentoring", "{{pair.kind}}"],
    ["Term", "{{pair.start_date}} to {{pair.end_date}} ({{pair.term}})"],
  ]),
  p("{{pair.model_line}}"),
  p("{{mentor.guardian_line}}"),
  p("{{mentee.guardian_line}}"),
  heading("1. Goals"),
  p("The goals come from the mentee's requests and are made specific at the planning meeting."),
  grid([
    ["No.", "Request / goal", "Expected result"],
    ["{{goals.no}}", "{{goals.request}}", "{{goals.result}}"],
  ]),
  heading("2. Stages"),
  grid([
    ["No.", "Stage", "Dates", "What is done", "Result"],
    ["{{stages.no}}", "{{stages.name}}", "{{stages.dates}}", "{{stages.content}}", "{{stages.result}}"],
  ]),
  heading("3. Expected results"),
  p("— the mentee's requests are worked through, and for each goal it is clear what has changed;"),
  p("— the mentee handles the tasks they came with more confidently and on their own;"),
  p("— the pair's meetings and the feedback on them are in the meetings journal;"),
  p(
    "— the results are discussed at the final meeting; the satisfaction and exit monitoring surveys are filled in.",
  ),
  heading("4. Signatures"),
  layout([
    ["Mentor", `${SIGN} / {{mentor.short_name}}`],
    ["Mentee", `${SIGN} / {{mentee.short_name}}`],
    ["Curator", `${SIGN} / {{curator.short_name}}`],
  ]),
  left("{{mentor.guardian_signature}}"),
  left("{{mentee.guardian_signature}}"),
  left("Drawn up on {{today}}"),
];

/** The analytic report: its sections are block fields, each filled with its text and tables. */
const REPORT_RU: Block[] = [
  center("{{организация.наименование}}", true),
  title("Аналитическая справка"),
  center("{{справка.подзаголовок}}"),
  p("{{справка.период}}"),
  heading("1. Показатели эффективности"),
  p("{{справка.показатели}}"),
  heading("2. Численность участников"),
  p("{{справка.участники}}"),
  heading("3. Анкетирование: удовлетворённость участием"),
  p("{{справка.анкеты}}"),
  heading("4. Работа наставнических пар"),
  p("{{справка.пары}}"),
  heading("5. Ход работы пар"),
  p("{{справка.ход_работы}}"),
  heading("6. Выполнение дорожной карты"),
  p("{{справка.дорожная_карта}}"),
  heading("7. Выводы"),
  p("{{справка.выводы}}"),
  layout([["{{куратор.должность}}", `${SIGN} / {{куратор.фио_кратко}}`]]),
];

const REPORT_EN: Block[] = [
  center("{{org.name}}", true),
  title("Analytic report"),
  center("{{report.subtitle}}"),
  p("{{report.period}}"),
  heading("1. Performance indicators"),
  p("{{report.indicators}}"),
  heading("2. Participants"),
  p("{{report.participants}}"),
  heading("3. Surveys: satisfaction with taking part"),
  p("{{report.surveys}}"),
  heading("4. The mentoring pairs"),
  p("{{report.pairs}}"),
  heading("5. How the pairs are doing"),
  p("{{report.journeys}}"),
  heading("6. The roadmap"),
  p("{{report.roadmap}}"),
  heading("7. Conclusions"),
  p("{{report.conclusions}}"),
  layout([["{{curator.position}}", `${SIGN} / {{curator.short_name}}`]]),
];

/** The letter of thanks: our own wording, for a mentor whose pairs completed their work this year. */
const THANKS_RU: Block[] = [
  center("{{организация.наименование}}", true),
  center("{{организация.город}}"),
  title("БЛАГОДАРНОСТЬ"),
  center("{{наставник.фио}}", true),
  center("{{наставник.должность}}"),
  p(
    "Администрация {{организация.краткое}} благодарит Вас за работу наставником в {{учебный_год}} учебном году: за время, знания и опыт, которыми Вы поделились, за внимание и терпение, за поддержку коллег на первых шагах.",
  ),
  p("Итоги Вашей работы с наставляемыми:"),
  grid([
    ["Наставляемый", "Дата начала", "Дата окончания", "Результат"],
    ["{{пары.наставляемый}}", "{{пары.дата_начала}}", "{{пары.дата_окончания}}", "{{пары.результат}}"],
  ]),
  p(
    "Пусть опыт наставничества и дальше приносит радость Вам и тем, кто учится рядом с Вами. Желаем новых профессиональных успехов!",
  ),
  layout([["{{руководитель.должность}}", `${SIGN} {{руководитель.фио_кратко}}`]]),
  left("{{сегодня}}"),
];

const THANKS_EN: Block[] = [
  center("{{org.name}}", true),
  center("{{org.city}}"),
  title("LETTER OF THANKS"),
  center("{{mentor.name}}", true),
  center("{{mentor.position}}"),
  p(
    "The administration of {{org.short_name}} thanks you for your work as a mentor in the {{academic_year}} academic year: for the time, knowledge and experience you shared, for your care and patience, and for supporting colleagues in their first steps.",
  ),
  p("What your work with your mentees achieved:"),
  grid([
    ["Mentee", "Start date", "End date", "Result"],
    ["{{pairs.mentee}}", "{{pairs.start_date}}", "{{pairs.end_date}}", "{{pairs.result}}"],
  ]),
  p(
    "May mentoring keep bringing joy to you and to those who learn beside you. We wish you new professional success!",
  ),
  layout([["{{head.position}}", `${SIGN} {{head.short_name}}`]]),
  left("{{today}}"),
];

/**
 * The mentor's portfolio for the academic year: who the mentor is, the pairs of the year, the contests, and what
 * the satisfaction surveys say (scores only). Our own wording.
 */
const PORTFOLIO_RU: Block[] = [
  center("{{организация.наименование}}", true),
  title("ПОРТФОЛИО НАСТАВНИКА"),
  center("{{учебный_год}} учебный год"),
  heading("1. Сведения о наставнике"),
  layout([
    ["ФИО", "{{наставник.фио}}"],
    ["Должность", "{{наставник.должность}}"],
    ["Категория наставника", "{{наставник.категория}}"],
    ["Педагогический стаж", "{{наставник.стаж}}"],
  ]),
  heading("2. Наставнические пары"),
  p("Пар за учебный год: {{портфолио.пар}}."),
  grid([
    ["№", "Наставляемый", "Форма, вид", "Начало", "Окончание", "Статус", "Результат"],
    [
      "{{пары.номер}}",
      "{{пары.наставляемый}}",
      "{{пары.форма}}, {{пары.вид}}",
      "{{пары.дата_начала}}",
      "{{пары.дата_окончания}}",
      "{{пары.статус}}",
      "{{пары.результат}}",
    ],
  ]),
  heading("3. Конкурсы и достижения"),
  p("{{портфолио.конкурсы_строка}}"),
  grid([
    ["№", "Мероприятие", "Уровень", "Дата", "Результат"],
    [
      "{{конкурсы.номер}}",
      "{{конкурсы.мероприятие}}",
      "{{конкурсы.уровень}}",
      "{{конкурсы.дата}}",
      "{{конкурсы.результат}}",
    ],
  ]),
  heading("4. Отзывы участников"),
  p(
    "По анкетам удовлетворённости программой наставничества за учебный год (оценки от 1 до 10, без текстов ответов):",
  ),
  p("{{портфолио.отзывы_строка}}"),
  p("{{портфолио.самооценка_строка}}"),
  layout([["Куратор программы наставничества", `${SIGN} {{куратор.фио_кратко}}`]]),
  left("Составлено {{сегодня}}"),
];

const PORTFOLIO_EN: Block[] = [
  center("{{org.name}}", true),
  title("MENTOR'S PORTFOLIO"),
  center("Academic year {{academic_year}}"),
  heading("1. The mentor"),
  layout([
    ["Full name", "{{mentor.name}}"],
    ["Position", "{{mentor.position}}"],
    ["Mentor category", "{{mentor.category}}"],
    ["Teaching experience", "{{mentor.experience}}"],
  ]),
  heading("2. Mentoring pairs"),
  p("Pairs in the academic year: {{portfolio.pairs_count}}."),
  grid([
    ["No.", "Mentee", "Form, kind", "Start", "End", "Status", "Result"],
    [
      "{{pairs.no}}",
      "{{pairs.mentee}}",
      "{{pairs.form}}, {{pairs.kind}}",
      "{{pairs.start_date}}",
      "{{pairs.end_date}}",
      "{{pairs.status}}",
      "{{pairs.result}}",
    ],
  ]),
  heading("3. Contests and achievements"),
  p("{{portfolio.contests_line}}"),
  grid([
    ["No.", "Event", "Level", "Date", "Result"],
    [
      "{{contests.no}}",
      "{{contests.event}}",
      "{{contests.level}}",
      "{{contests.date}}",
      "{{contests.result}}",
    ],
  ]),
  heading("4. What the participants said"),
  p("From the year's satisfaction surveys of the mentoring programme (scores 1 to 10, no answers' texts):"),
  p("{{portfolio.feedback_line}}"),
  p("{{portfolio.self_line}}"),
  layout([["Mentoring programme curator", `${SIGN} {{curator.short_name}}`]]),
  left("Drawn up on {{today}}"),
];

export const TEMPLATES: Readonly<Record<DocKind, Template>> = {
  agreement: {
    kind: "agreement",
    name: { ru: "Соглашение между наставником и наставляемым", en: "Mentor–mentee agreement" },
    blocks: { ru: AGREEMENT_RU, en: AGREEMENT_EN },
    fileName: {
      ru: "Соглашение {{пара.id}} {{наставник.фио_кратко}} — {{наставляемый.фио_кратко}}",
      en: "Agreement {{pair.id}} {{mentor.short_name}} — {{mentee.short_name}}",
    },
  },
  order: {
    kind: "order",
    name: { ru: "Приказ о закреплении пар и групп", en: "Order fixing the pairs and groups" },
    blocks: { ru: ORDER_RU, en: ORDER_EN },
    fileName: {
      ru: "Приказ {{утверждение}} от {{приказ.дата}}",
      en: "Order {{batch}} of {{order.date}}",
    },
  },
  plan: {
    kind: "plan",
    name: { ru: "Индивидуальный план наставничества", en: "Individual mentoring plan" },
    blocks: { ru: PLAN_RU, en: PLAN_EN },
    fileName: {
      ru: "Программа {{пара.id}} {{наставник.фио_кратко}} — {{наставляемый.фио_кратко}}",
      en: "Plan {{pair.id}} {{mentor.short_name}} — {{mentee.short_name}}",
    },
  },
  report: {
    kind: "report",
    name: { ru: "Аналитическая справка", en: "Analytic report" },
    blocks: { ru: REPORT_RU, en: REPORT_EN },
    fileName: {
      ru: "Аналитическая справка {{учебный_год}} ({{справка.срез}})",
      en: "Analytic report {{academic_year}} ({{report.point}})",
    },
  },
  thanks: {
    kind: "thanks",
    name: { ru: "Благодарность наставнику", en: "Letter of thanks to a mentor" },
    blocks: { ru: THANKS_RU, en: THANKS_EN },
    fileName: {
      ru: "Благодарность {{наставник.фио_кратко}} {{учебный_год}}",
      en: "Letter of thanks {{mentor.short_name}} {{academic_year}}",
    },
  },
  portfolio: {
    kind: "portfolio",
    name: { ru: "Портфолио наставника", en: "Mentor's portfolio" },
    blocks: { ru: PORTFOLIO_RU, en: PORTFOLIO_EN },
    fileName: {
      ru: "Портфолио {{наставник.фио_кратко}} {{учебный_год}}",
      en: "Portfolio {{mentor.short_name}} {{academic_year}}",
    },
  },
};

/**
 * The file name of a document: the template's name pattern filled, with `/` and `\` made `-` and spaces
 * collapsed. The pair's id (or the confirmation code) makes it unique.
 */
export function documentFileName(kind: DocKind, locale: Locale, context: DocContext): string {
  return fillText(TEMPLATES[kind].fileName[locale], context)
    .replace(/[/\\]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
