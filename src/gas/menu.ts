import type { L, Locale } from "../domain/i18n";
import { escapeHtml } from "../domain/surveys";

/** The privacy policy's page in dist/ (built from docs/privacy.md), opened from the Help dialog. */
export const PRIVACY_PAGE = "privacy";

export const PRIVACY_TITLE: L = {
  ru: "Политика конфиденциальности и условия использования",
  en: "Privacy policy and terms of use",
};

export const MENU_TITLE: Record<Locale, string> = { ru: "Наставничество", en: "Mentoring" };

interface Item {
  readonly caption: L;
  /** The top-level function the item calls (an export of entrypoints.ts). */
  readonly fn: string;
}

const ITEMS: readonly (Item | "separator")[] = [
  { caption: { ru: "Создать / обновить базу", en: "Create / update the base" }, fn: "menuInitBase" },
  { caption: { ru: "Проверить базу", en: "Check the base" }, fn: "menuCheckBase" },
  { caption: { ru: "Импорт участников из CSV…", en: "Import participants from CSV…" }, fn: "menuImport" },
  {
    caption: { ru: "Добавить выбранных в наставники", en: "Add the selected staff as mentors" },
    fn: "menuEnrolMentors",
  },
  {
    caption: { ru: "Добавить выбранных в наставляемые", en: "Add the selected staff as mentees" },
    fn: "menuEnrolMentees",
  },
  "separator",
  { caption: { ru: "Подобрать пары", en: "Match pairs" }, fn: "menuProposePairs" },
  "separator",
  { caption: { ru: "Сформировать документы", en: "Make documents" }, fn: "menuDocuments" },
  { caption: { ru: "Свой шаблон документа…", en: "Own document template…" }, fn: "menuTemplatePicker" },
  { caption: { ru: "Поля шаблонов документов", en: "Document template fields" }, fn: "menuTemplateFields" },
  "separator",
  { caption: { ru: "Анкеты…", en: "Surveys…" }, fn: "menuSurveys" },
  {
    caption: {
      ru: "Отправить наставникам ссылки на журнал встреч",
      en: "Send mentors their meeting journal links",
    },
    fn: "menuMeetingJournal",
  },
  { caption: { ru: "Рассчитать показатели", en: "Compute indicators" }, fn: "menuKpi" },
  { caption: { ru: "Ход работы пар", en: "Pairs' progress" }, fn: "menuJourney" },
  {
    caption: { ru: "Завершить выбранные пары…", en: "Complete the selected pairs…" },
    fn: "menuCompletePairs",
  },
  { caption: { ru: "Благодарности наставникам", en: "Letters of thanks to mentors" }, fn: "menuThanks" },
  { caption: { ru: "Портфолио наставников", en: "Mentors' portfolios" }, fn: "menuPortfolio" },
  { caption: { ru: "Аналитическая справка", en: "Analytic report" }, fn: "menuAnalyticReport" },
  { caption: { ru: "План работы", en: "Plan of work" }, fn: "menuRoadmap" },
  {
    caption: { ru: "Напоминания по плану работы: включить/выключить", en: "Plan of work reminders: on/off" },
    fn: "menuRoadmapReminders",
  },
  {
    caption: { ru: "Новый учебный год: дорожная карта", en: "New academic year: roadmap" },
    fn: "menuRoadmapNewYear",
  },
  "separator",
  { caption: { ru: "Справка", en: "Help" }, fn: "menuHelp" },
];

export function menuItems(locale: Locale): ({ caption: string; fn: string } | "separator")[] {
  return ITEMS.map((i) => (i === "separator" ? i : { caption: i.caption[locale], fn: i.fn }));
}

export const HELP = {
  title: { ru: "Наставничество: с чего начать", en: "Mentoring: getting started" },
  body: {
    ru: [
      "1. «Создать / обновить базу» — создаёт листы, которые заполняет куратор: наставники, наставляемые, педагогический коллектив, конкурсы и достижения, пары и группы, программы, встречи, цели показателей, настройки. Листы, которые пишет сама надстройка (предложенные пары, документы, анкеты и ответы, показатели, их история и численность), появляются при первом запуске своего действия. Повторный запуск только добавляет недостающее и ничего не меняет в данных.",
      "2. Заполните лист «Настройки»: организация, руководитель, куратор, учебный год.",
      "3. Внесите наставников и наставляемых (вручную или вставкой). Столбцы можно переименовывать, переставлять и добавлять свои — надстройка находит свои столбцы сама.",
      "4. Списки из Excel: сохраните их как CSV и выберите «Импорт участников из CSV…». Надстройка сама сопоставит столбцы, пропустит тех, кто уже есть в базе, и выдаст ID новым строкам. Сотрудники школы ведутся на листе «Педагогический коллектив»: выделите строки нужных людей и выберите «Добавить выбранных в наставники» или «… в наставляемые» — надстройка перенесёт ФИО, должность, предмет, стаж, контакты и согласие, свяжет строку с реестром и назовёт столбцы, которые осталось заполнить.",
      "5. «Проверить базу» — проверяет каждую строку. Проблемы отмечаются в ячейках (красный — ошибка, жёлтый — предупреждение) и перечисляются на боковой панели. Надстройка не меняет то, что вы ввели.",
      "6. «Подобрать пары» — предлагает пары и группы на листе «Предложенные пары» с объяснением каждой и открывает панель «Пары». На панели пару можно принять, закрепить, отклонить (в этот раз предложить другого наставника), исключить навсегда или сменить наставника; подбор сразу пересчитывается, решения сохраняются на листе.",
      "7. «Утвердить принятые» на панели «Пары» записывает принятые пары на лист «Пары и группы» с датой начала, статусом и кодом утверждения (по нему готовится приказ). Повторное утверждение не создаёт дублей.",
      "8. «Сформировать документы» делает Google Документы: соглашение и индивидуальную программу для каждой утверждённой пары и приказ на каждое утверждение. Они складываются в папку на Диске (Наставничество / учебный год / вид документа), ссылки появляются в строках пар и на листе «Документы». Свой шаблон выберите в «Свой шаблон документа…» (окно выбора Google); поля для него — «Поля шаблонов документов».",
      "9. «Анкеты…» — формы удовлетворённости и мониторинга: личные ссылки уходят участникам пар с согласием и e-mail, «Напомнить» — тем, кто не ответил; ответы приходят сами, «Собрать ответы» — на всякий случай. Там же ссылки на формы регистрации наставников и наставляемых.",
      "10. «Рассчитать показатели» — показатели программы, как их определяют дорожная карта и приказ: по всему педагогическому коллективу (лист «Педагогический коллектив»), датированным конкурсам («Конкурсы и достижения») и анкетам, с формулами и целями с листа «Цели показателей»; диаграммы, численность участников и участие коллектива, молодые специалисты вне программ — поимённо; на панели «Показатели» — «Зафиксировать срез» (декабрь и июнь или январь и июль, см. «Настройки»).",
      "11. «Ход работы пар» — по журналу «Встречи» (пара, дата, этап, тема) у каждой пары на листе «Пары и группы» появляются текущий этап, число встреч и дата последней. На панели видно, какие пары требуют внимания и почему: нет встреч столько недель, сколько указано на «Настройках», или дольше; плановая дата окончания прошла, а пара активна; через месяц после начала нет встречи-планирования. Фильтры: все, требуют внимания, в норме, рано судить; «К строке» открывает строку пары. «Завершить…» у пары (или «Завершить выбранные пары…» на выделенных строках листа «Пары и группы») записывает дату окончания, итог и рефлексию и отправляет итоговые анкеты; «Благодарности наставникам» делает благодарность наставнику каждой завершённой пары, «Портфолио наставников» — портфолио каждого наставника с парами за учебный год (пары, конкурсы, средние оценки в анкетах удовлетворённости).",
      "12. «План работы» — дорожная карта на учебный год на листе «Дорожная карта»: при первом запуске надстройка вносит готовый план по разделам со сроками из «Настроек», дальше его можно менять как угодно. На панели — сроки по разделам (просроченное красным, ближайшие две недели отдельно), «Выполнено» с датой и ссылкой на подтверждение; то, что надстройка видит сама (базы без ошибок, пары, приказ и соглашения, анкеты, срезы), она отмечает только в пустых ячейках. «Напоминания по плану работы: включить/выключить» — ежедневное письмо ответственным (с e-mail и согласием) о просроченных пунктах и пунктах на ближайшие 7 дней. «Новый учебный год: дорожная карта» — после смены учебного года на листе «Настройки» добавляет карту на новый год ниже прошлогодней, со сдвинутыми сроками.",
    ].join("\n\n"),
    en: [
      "1. “Create / update the base” creates the tabs a curator fills in: mentors, mentees, teaching staff, contests and achievements, pairs and groups, programmes, meetings, indicator targets, settings. The tabs the add-on writes itself (proposed pairs, documents, surveys and answers, indicators, their history and counts) appear when their action first runs. Running it again only adds what is missing and never changes data.",
      "2. Fill in the Settings tab: organisation, head, curator, academic year.",
      "3. Enter mentors and mentees (by hand or by pasting). You may rename, reorder and add your own columns: the add-on finds its columns itself.",
      "4. Lists from Excel: save them as CSV and choose “Import participants from CSV…”. The add-on matches the columns, skips people already in the base and gives ids to new rows. The school's staff are kept on the “Staff” tab: select the people's rows and choose “Add the selected staff as mentors” or “… as mentees”; the add-on copies the name, position, subject, experience, contacts and consent, links the row to the register and names the columns left to fill.",
      "5. “Check the base” checks every row. Problems are marked in their cells (red: error, yellow: warning) and listed in the sidebar. The add-on never changes what you typed.",
      "6. “Match pairs” proposes pairs and groups on the “Proposed pairs” tab, each explained, and opens the Pairs sidebar. There a pair can be accepted, pinned, rejected (propose another mentor this time), excluded for good, or given another mentor; the proposal is recomputed at once and the decisions are kept on the tab.",
      "7. “Confirm accepted” in the Pairs sidebar writes the accepted pairs to the “Pairs and groups” tab with the start date, status and confirmation code (the order is made from it). Confirming again never duplicates a pair.",
      "8. “Make documents” makes Google Docs: an agreement and a personal programme for each confirmed pair and an order for each confirmation, in a Drive folder (Mentoring / academic year / kind), linked from the pairs' rows and the Documents tab. Choose your own template with “Own document template…” (Google's picker); its fields are under “Document template fields”.",
      "9. “Surveys…”: satisfaction and monitoring forms; personal links go to the participants with consent and an e-mail, “Remind” to those who have not answered; answers come in by themselves, “Collect answers” just in case. Registration form links for mentors and mentees are there too.",
      "10. “Compute indicators”: the programme's indicators as the roadmap and the order define them: over the whole teaching staff (the Teaching staff tab), dated contests (Contests and achievements) and the surveys, with formulas and the targets from the “Indicator targets” tab; charts, participant counts and the staff's involvement, young specialists in no programme by name; “Take a snapshot” in the Indicators sidebar (December and June, or January and July: see Settings).",
      "11. “Pairs' progress”: from the journal on the Meetings tab (pair, date, stage, topic), each pair's row on the “Pairs and groups” tab gets its current stage, number of meetings and last meeting date. The sidebar shows which pairs need attention and why: no meeting for as many weeks as Settings say, or longer; the planned end has passed while the pair is active; no planning meeting a month after the start. Filters: all, need attention, on track, too early to tell; “To row” opens the pair's row. “Complete…” under a pair (or “Complete the selected pairs…” on rows selected on the “Pairs and groups” tab) records the end date, result and reflections and sends the closing surveys; “Letters of thanks to mentors” makes a letter for the mentor of every completed pair, “Mentors' portfolios” a portfolio for every mentor with pairs in the academic year (pairs, contests, mean satisfaction scores).",
      "12. “Plan of work”: the year's roadmap on the “Roadmap” tab. The first run puts in a ready plan by section, dated for the year on Settings; change it as you like afterwards. The sidebar shows the deadlines by section (overdue in red, the next two weeks apart) and “Done” with a date and an evidence link; what the add-on sees itself (bases without errors, pairs, the order and agreements, surveys, snapshots) it ticks in empty cells only. “Plan of work reminders: on/off”: a daily mail to the people responsible (with an e-mail and consent) of the items overdue and due within 7 days. “New academic year: roadmap”: once the year on Settings is changed, adds the new year's roadmap below last year's, deadlines moved on.",
    ].join("\n\n"),
  },
} as const satisfies Record<string, L>;

const PRIVACY = {
  heading: { ru: "Персональные данные", en: "Personal data" },
  body: {
    ru: "Все данные остаются в Google-аккаунте вашей школы: в этой таблице, в её папке на Диске и в её формах. Разработчики надстройки ничего не получают; письма уходят с адреса куратора. Для несовершеннолетних нужно согласие законного представителя.",
    en: "All data stays in your school's Google account: this spreadsheet, its Drive folder and its forms. The add-on's developers receive nothing; mail is sent from the curator's address. Minors need the consent of a legal representative.",
  },
} as const satisfies Record<string, L>;

/**
 * The Help dialog's page: the eleven steps, a word on personal data, and a button that opens the privacy policy
 * (the add-on's own page, so it needs no site and always matches the version installed).
 */
export function helpHtml(locale: Locale): string {
  const steps = HELP.body[locale]
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("");
  const title = escapeHtml(HELP.title[locale]);
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title><style>` +
    "body{font:13px/1.5 Roboto,Arial,sans-serif;margin:0;color:#202124}main{padding:4px 12px 12px}" +
    "h1{font-size:16px;margin:8px 0}h2{font-size:14px;margin:16px 0 4px}" +
    "button{font:inherit;color:#fff;background:#1a73e8;border:0;border-radius:4px;padding:6px 14px;cursor:pointer}" +
    "button:focus-visible{outline:2px solid #174ea6;outline-offset:2px}" +
    `</style></head><body><main><h1>${title}</h1>${steps}` +
    `<h2>${escapeHtml(PRIVACY.heading[locale])}</h2><p>${escapeHtml(PRIVACY.body[locale])}</p>` +
    `<p><button type="button" id="privacy">${escapeHtml(PRIVACY_TITLE[locale])}</button></p></main>` +
    // The button asks the server to open the policy's dialog in place of this one.
    '<script>document.getElementById("privacy").addEventListener("click",function(){' +
    "this.disabled=true;google.script.run.withFailureHandler(function(){" +
    'document.getElementById("privacy").disabled=false}).showPrivacy()})</script></body></html>'
  );
}
