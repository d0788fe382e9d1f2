import { catalogue, type Texts as PageTexts } from "../lib/i18n";

/**
 * Wording of the «Свой шаблон документа» dialog. Every text has both languages; `{name}` marks a value filled in.
 * Texts in index.html are placeholders: the page replaces each `data-t` element's text from here.
 */
export const TEXT = {
  pageTitle: { ru: "Свой шаблон документа", en: "Own document template" },
  intro: {
    ru: "Выберите Google Документ с {{полями}}: по нему надстройка будет делать документы этого вида. Google даёт надстройке доступ только к документу, выбранному здесь.",
    en: "Choose a Google Doc with {{fields}}: the add-on will make documents of this kind from it. Google gives the add-on access only to the document chosen here.",
  },
  setupTitle: { ru: "Окно выбора Google ещё не настроено", en: "Google's picker is not set up yet" },
  setupMissing: {
    ru: "На листе «Настройки» не заполнено: {rows}. Как это сделать (один раз, минут десять):",
    en: "Not filled in on the Settings tab: {rows}. How to do it (once, about ten minutes):",
  },
  step1: {
    ru: "Расширения → Apps Script → «Настройки проекта» (шестерёнка) → «Проект Google Cloud Platform»: если проект по умолчанию, нажмите «Изменить проект» и укажите свой проект Google Cloud.",
    en: "Extensions → Apps Script → Project settings (the gear) → “Google Cloud Platform project”: if it is the default project, press “Change project” and give your own Google Cloud project.",
  },
  step2: {
    ru: "Скопируйте «Номер проекта» (только цифры) в строку «Выбор шаблона: номер проекта Google Cloud» листа «Настройки».",
    en: "Copy the “Project number” (digits only) into “Template picker: Google Cloud project number” on the Settings tab.",
  },
  step3: {
    ru: "В консоли Google Cloud этого проекта включите Google Picker API (APIs & Services → Library).",
    en: "In that project's Google Cloud console, enable the Google Picker API (APIs & Services → Library).",
  },
  step4: {
    ru: "APIs & Services → Credentials → Create credentials → API key; ограничьте ключ Google Picker API и скопируйте его в строку «Выбор шаблона: ключ API».",
    en: "APIs & Services → Credentials → Create credentials → API key; restrict the key to the Google Picker API and copy it into “Template picker: API key”.",
  },
  step5: { ru: "Откройте это окно снова.", en: "Open this window again." },
  builtinWork: {
    ru: "А пока документы делаются по встроенным шаблонам: настраивать для них ничего не нужно.",
    en: "Meanwhile the documents are made from the built-in templates, which need no set-up.",
  },
  kindLegend: { ru: "Для какого документа", en: "For which document" },
  currentBuiltin: { ru: "сейчас: встроенный шаблон", en: "now: the built-in template" },
  currentOwn: { ru: "сейчас: {value}", en: "now: {value}" },
  pick: { ru: "Выбрать Google Документ…", en: "Choose a Google Doc…" },
  close: { ru: "Закрыть", en: "Close" },
  closeBuiltin: { ru: "Закрыть (остаются встроенные шаблоны)", en: "Close (the built-in templates stay)" },
  done: { ru: "Готово", en: "Done" },
  replace: { ru: "Заменить", en: "Replace" },
  keep: { ru: "Оставить как было", en: "Keep it as it was" },
  chooseKind: {
    ru: "Выберите, для какого документа этот шаблон: соглашение, приказ или программа пары.",
    en: "Choose which document this template is for: the agreement, the order or the pair's programme.",
  },
  loading: { ru: "Открываю окно выбора Google…", en: "Opening Google's picker…" },
  loadFailed: {
    ru: "Не удалось загрузить окно выбора Google. Проверьте подключение к интернету и нажмите «Выбрать Google Документ…» ещё раз. Встроенные шаблоны работают и без него.",
    en: "Google's picker could not be loaded. Check the internet connection and press “Choose a Google Doc…” again. The built-in templates work without it.",
  },
  checking: { ru: "Проверяю выбранный документ…", en: "Checking the chosen document…" },
  cancelled: {
    ru: "Документ не выбран; ничего не изменилось.",
    en: "No document was chosen; nothing changed.",
  },
  unknownError: {
    ru: "Не удалось записать шаблон. Попробуйте ещё раз.",
    en: "The template could not be recorded. Try again.",
  },
  badData: {
    ru: "Окно открылось без данных. Закройте его и выберите «Наставничество → Свой шаблон документа…» ещё раз.",
    en: "The window opened without its data. Close it and choose “Mentoring → Own document template…” again.",
  },
} as const;

const PLURAL = {} as const;

export type TextKey = keyof typeof TEXT;
export type Texts = PageTexts<TextKey, never>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
