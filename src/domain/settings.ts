import { FORMS, ORG_TYPES, YES_NO } from "./enums";
import type { L } from "./i18n";
import { QUIET_WEEKS_ROW } from "./journey/view";
import { KPI_SETTING_ROWS } from "./kpi/settings";
import { THRESHOLD_ROW } from "./kpi/targets";
import type { ColumnKind } from "./tables";

/**
 * The rows of the «Настройки» tab: one parameter a row, found by its code in the first column, so the curator may
 * reorder rows and add their own. Later capabilities (matching weights, KPI targets) add their parameters here.
 */
export interface SettingSpec {
  readonly key: string;
  readonly label: L;
  readonly hint: L;
  readonly kind:
    | Extract<ColumnKind, "text" | "email" | "int" | "enum" | "enumList" | "date">
    | "academicYear";
  readonly min?: number;
  readonly max?: number;
  readonly required?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: any enum fits
  readonly enumDef?: import("./enums").EnumDef<any>;
  /** The value a new row starts with; a function of the date the base is created. */
  readonly initial?: (today: Date, locale: "ru" | "en") => string | number;
}

/** 2025/2026 for any date from September 2025 to August 2026. */
export function academicYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 8 ? y : y - 1;
  return `${start}/${start + 1}`;
}

export const SETTINGS_SPEC: readonly SettingSpec[] = [
  {
    key: "org.name",
    kind: "text",
    required: true,
    label: { ru: "Полное наименование организации", en: "Organisation's full name" },
    hint: { ru: "Как в уставе; попадает в документы.", en: "As in the charter; used in documents." },
  },
  {
    key: "org.shortName",
    kind: "text",
    label: { ru: "Краткое наименование", en: "Short name" },
    hint: { ru: "Например, МБОУ СОШ № 2.", en: "E.g. School No. 2." },
  },
  {
    key: "org.type",
    kind: "enum",
    enumDef: ORG_TYPES,
    label: { ru: "Тип организации", en: "Organisation type" },
    hint: {
      ru: "Школа, детский сад, колледж, дополнительное образование.",
      en: "School, kindergarten, college, additional education.",
    },
    initial: (_d, locale) => ORG_TYPES.values.school[locale],
  },
  {
    key: "org.city",
    kind: "text",
    label: { ru: "Населённый пункт", en: "Town" },
    hint: { ru: "Город или посёлок для шапки документов.", en: "Town for document headers." },
  },
  {
    key: "head.name",
    kind: "text",
    required: true,
    label: { ru: "Руководитель (ФИО)", en: "Head (full name)" },
    hint: { ru: "Подписывает приказ о закреплении пар.", en: "Signs the order fixing the pairs." },
  },
  {
    key: "head.position",
    kind: "text",
    label: { ru: "Должность руководителя", en: "Head's position" },
    hint: { ru: "Директор, заведующий и т. п.", en: "Director, head teacher, etc." },
    initial: (_d, locale) => (locale === "ru" ? "Директор" : "Director"),
  },
  {
    key: "curator.name",
    kind: "text",
    required: true,
    label: { ru: "Куратор (ФИО)", en: "Curator (full name)" },
    hint: { ru: "Отвечает за программу наставничества.", en: "Responsible for the mentoring programme." },
  },
  {
    key: "curator.position",
    kind: "text",
    label: { ru: "Должность куратора", en: "Curator's position" },
    hint: { ru: "Например, заместитель директора по УВР.", en: "E.g. deputy head for teaching." },
  },
  {
    key: "curator.email",
    kind: "email",
    label: { ru: "E-mail куратора", en: "Curator's e-mail" },
    hint: { ru: "Для ответов участников.", en: "For participants' replies." },
  },
  {
    key: "program.year",
    kind: "academicYear",
    required: true,
    label: { ru: "Учебный год", en: "Academic year" },
    hint: { ru: "В виде 2025/2026.", en: "As 2025/2026." },
    initial: (today) => academicYearOf(today),
  },
  {
    key: "match.weight.requests",
    kind: "int",
    min: 0,
    max: 100,
    label: {
      ru: "Подбор: вес «запросы наставляемого закрыты компетенциями наставника»",
      en: "Matching: weight of “the mentee's requests are covered by the mentor's competencies”",
    },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 40,
  },
  {
    key: "match.weight.subject",
    kind: "int",
    min: 0,
    max: 100,
    label: { ru: "Подбор: вес «тот же предмет»", en: "Matching: weight of “the same subject”" },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 20,
  },
  {
    key: "match.weight.format",
    kind: "int",
    min: 0,
    max: 100,
    label: { ru: "Подбор: вес «тот же формат работы»", en: "Matching: weight of “the same way of working”" },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 10,
  },
  {
    key: "match.weight.organization",
    kind: "int",
    min: 0,
    max: 100,
    label: { ru: "Подбор: вес «та же организация»", en: "Matching: weight of “the same organisation”" },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 5,
  },
  {
    key: "match.weight.experience",
    kind: "int",
    min: 0,
    max: 100,
    label: {
      ru: "Подбор: вес «наставник опытнее на 3 года и больше»",
      en: "Matching: weight of “the mentor has 3 or more years more”",
    },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 10,
  },
  {
    key: "match.weight.preference",
    kind: "int",
    min: 0,
    max: 100,
    label: {
      ru: "Подбор: вес «кто-то из пары назвал другого»",
      en: "Matching: weight of “one side asked for the other”",
    },
    hint: {
      ru: "Число от 0 до 100: чем больше, тем важнее это при подборе пар. 0 — не учитывать.",
      en: "0 to 100: the larger, the more it counts when matching. 0 ignores it.",
    },
    initial: () => 15,
  },
  {
    key: "match.minExperience.teacher_teacher",
    kind: "int",
    min: 0,
    max: 50,
    label: {
      ru: "Подбор: наименьший стаж наставника для «педагог – педагог», полных лет",
      en: "Matching: least mentor experience for teacher – teacher, full years",
    },
    hint: {
      ru: "По умолчанию 4: наставник со стажем больше 3 лет.",
      en: "4 by default: a mentor with more than 3 years.",
    },
    initial: () => 4,
  },
  {
    key: "match.sameOrganization",
    kind: "enumList",
    enumDef: FORMS,
    label: {
      ru: "Подбор: формы, где наставник из той же организации",
      en: "Matching: forms where the mentor must be of the same organisation",
    },
    hint: {
      ru: "Через точку с запятой, например «ученик – ученик». Пусто — без этого правила.",
      en: "Separated by semicolons. Empty: no such rule.",
    },
  },
  {
    key: "docs.folder",
    kind: "text",
    label: { ru: "Документы: папка на Диске", en: "Documents: Drive folder" },
    hint: {
      ru: "Папка в «Моём диске», куда складываются документы: <папка> / <учебный год> / <вид документа>.",
      en: "Folder in My Drive for the documents: <folder> / <academic year> / <document kind>.",
    },
    initial: (_d, locale) => (locale === "ru" ? "Наставничество" : "Mentoring"),
  },
  {
    key: "docs.termMonths",
    kind: "int",
    min: 1,
    max: 36,
    label: { ru: "Документы: срок соглашения, месяцев", en: "Documents: agreement term, months" },
    hint: {
      ru: "Сколько месяцев действует соглашение и рассчитана программа пары, если у пары не указана дата окончания.",
      en: "How long the agreement and the pair's programme last when the pair has no end date.",
    },
    initial: () => 9,
  },
  {
    key: "docs.pdf",
    kind: "enum",
    enumDef: YES_NO,
    label: { ru: "Документы: сохранять также PDF", en: "Documents: also save a PDF" },
    hint: {
      ru: "«да» — рядом с каждым документом появится его PDF.",
      en: "“yes” puts a PDF next to each document.",
    },
    initial: (_d, locale) => YES_NO.values.no[locale],
  },
  {
    key: "docs.share",
    kind: "enum",
    enumDef: YES_NO,
    label: {
      ru: "Документы: открыть участникам для просмотра",
      en: "Documents: share with the participants to view",
    },
    hint: {
      ru: "«да» — соглашение и программа открываются наставнику и наставляемому по их e-mail, только при отмеченном согласии (для несовершеннолетнего — и согласии представителя).",
      en: "“yes” shares the agreement and programme with the mentor and mentee by e-mail, only with their recorded consent (for a minor, the representative's too).",
    },
    initial: (_d, locale) => YES_NO.values.no[locale],
  },
  {
    key: "docs.template.agreement",
    kind: "text",
    label: { ru: "Документы: свой шаблон соглашения", en: "Documents: own agreement template" },
    hint: {
      ru: "Заполняется кнопкой «Наставничество → Свой шаблон документа…» (окно выбора Google даёт надстройке доступ к документу). Пусто — встроенный шаблон. Список полей: «Наставничество → Поля шаблонов».",
      en: "Filled by “Mentoring → Own document template…” (Google's picker gives the add-on access to the document). Empty: the built-in template. Fields: “Mentoring → Template fields”.",
    },
  },
  {
    key: "docs.template.order",
    kind: "text",
    label: { ru: "Документы: свой шаблон приказа", en: "Documents: own order template" },
    hint: {
      ru: "Ссылка на Google Документ с {{полями}}; строка таблицы с полями {{пары.…}} повторяется для каждой пары. Пусто — встроенный шаблон.",
      en: "Link to a Google Doc with {{fields}}; a table row with {{pairs.…}} fields repeats for each pair. Empty: the built-in template.",
    },
  },
  {
    key: "docs.template.plan",
    kind: "text",
    label: { ru: "Документы: свой шаблон программы пары", en: "Documents: own pair programme template" },
    hint: {
      ru: "Ссылка на Google Документ с {{полями}}. Пусто — встроенный шаблон.",
      en: "Link to a Google Doc with {{fields}}. Empty: the built-in template.",
    },
  },
  {
    key: "docs.template.report",
    kind: "text",
    label: {
      ru: "Документы: свой шаблон аналитической справки",
      en: "Documents: own analytic report template",
    },
    hint: {
      ru: "Ссылка на Google Документ с {{полями}}; разделы справки — поля вида {{справка.показатели}}, каждое одно в своём абзаце. Пусто — встроенный шаблон.",
      en: "Link to a Google Doc with {{fields}}; the report's sections are fields like {{report.indicators}}, each alone in its paragraph. Empty: the built-in template.",
    },
  },
  {
    key: "docs.template.thanks",
    kind: "text",
    label: {
      ru: "Документы: свой шаблон благодарности наставнику",
      en: "Documents: own mentor's letter of thanks template",
    },
    hint: {
      ru: "Ссылка на Google Документ с {{полями}}; строка таблицы с полями {{пары.…}} повторяется для каждой завершённой пары наставника. Пусто — встроенный шаблон.",
      en: "Link to a Google Doc with {{fields}}; a table row with {{pairs.…}} fields repeats for each of the mentor's completed pairs. Empty: the built-in template.",
    },
  },
  {
    key: "docs.template.portfolio",
    kind: "text",
    label: {
      ru: "Документы: свой шаблон портфолио наставника",
      en: "Documents: own mentor's portfolio template",
    },
    hint: {
      ru: "Ссылка на Google Документ с {{полями}}; строка таблицы с полями {{пары.…}} повторяется для каждой пары наставника за учебный год, с полями {{конкурсы.…}} — для каждой его записи в «Конкурсах и достижениях». Пусто — встроенный шаблон.",
      en: "Link to a Google Doc with {{fields}}; a table row with {{pairs.…}} fields repeats for each of the mentor's pairs in the year, one with {{contests.…}} fields for each of the mentor's entries in Contests and achievements. Empty: the built-in template.",
    },
  },
  {
    key: "picker.appId",
    kind: "text",
    label: {
      ru: "Выбор шаблона: номер проекта Google Cloud",
      en: "Template picker: Google Cloud project number",
    },
    hint: {
      ru: "Нужен окну Google «Выбрать свой шаблон…». Расширения → Apps Script → Настройки проекта → «Проект Google Cloud Platform»: номер проекта (только цифры). Пусто — свои шаблоны не выбрать, встроенные работают. Пошагово: docs/documents.md, «Свой шаблон через окно выбора».",
      en: "Needed by Google's “Choose your own template…” window. Extensions → Apps Script → Project settings → “Google Cloud Platform project”: the project number (digits only). Empty: own templates cannot be chosen, the built-in ones work. Step by step: docs/documents.md, “Your own template through the picker”.",
    },
  },
  {
    key: "picker.apiKey",
    kind: "text",
    label: { ru: "Выбор шаблона: ключ API", en: "Template picker: API key" },
    hint: {
      ru: "Ключ API того же проекта Google Cloud (APIs & Services → Credentials → Create credentials → API key; ограничьте его Google Picker API). Пусто — свои шаблоны не выбрать, встроенные работают.",
      en: "An API key of the same Google Cloud project (APIs & Services → Credentials → Create credentials → API key; restrict it to the Google Picker API). Empty: own templates cannot be chosen, the built-in ones work.",
    },
  },
  THRESHOLD_ROW,
  ...KPI_SETTING_ROWS,
  {
    key: "kpi.countsDate",
    kind: "date",
    label: { ru: "Показатели: численность участников на дату", en: "Indicators: participant counts on" },
    hint: {
      ru: "Дата для листа «Численность участников» (статистическая отчётность), ДД.ММ.ГГГГ. Пусто — на сегодня.",
      en: "The date for the Participant counts tab (statistical reporting), DD.MM.YYYY. Empty: today.",
    },
  },
  QUIET_WEEKS_ROW,
];
