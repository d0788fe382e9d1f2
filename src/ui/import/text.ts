import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Импорт участников из файла CSV» dialog. Every text has both languages; `{name}` marks a value
 * filled in. Texts in index.html are placeholders: the page replaces each `data-t` element's text from here.
 */
export const TEXT = {
  pageTitle: { ru: "Импорт участников из файла CSV", en: "Import participants from a CSV file" },
  tableLegend: { ru: "1. Куда добавить", en: "1. Add to" },
  tabMentors: { ru: "Наставники", en: "Mentors" },
  tabMentees: { ru: "Наставляемые", en: "Mentees" },
  tabStaff: { ru: "Педагогический коллектив", en: "Staff" },
  fileLegend: { ru: "2. Файл", en: "2. File" },
  chooseFile: { ru: "Выбрать файл…", en: "Choose a file…" },
  noFile: { ru: "Файл не выбран", en: "No file chosen" },
  dropHint: { ru: "или перетащите его в это окно", en: "or drop it into this window" },
  dropHere: { ru: "Отпустите файл, чтобы загрузить его", en: "Release the file to load it" },
  excelLead: { ru: "Как сохранить список из Excel:", en: "To save a list from Excel:" },
  excelPath: {
    ru: "Файл → Сохранить как → CSV (разделители — запятые/точка с запятой)",
    en: "File → Save As → CSV (comma/semicolon delimited)",
  },
  excelLimits: {
    ru: "Подойдут кодировки UTF-8 и Windows-1251, размер файла — до 2 МБ.",
    en: "UTF-8 and Windows-1251 encodings work; the file may be up to 2 MB.",
  },
  fileMeta: { ru: "{size}, {encoding}", en: "{size}, {encoding}" },
  sizeBytes: { ru: "{n} Б", en: "{n} B" },
  sizeKb: { ru: "{n} КБ", en: "{n} KB" },
  sizeMb: { ru: "{n} МБ", en: "{n} MB" },
  chooseTable: {
    ru: "Выберите, куда добавить людей из файла: на лист «Наставники», «Наставляемые» или «Педагогический коллектив».",
    en: "Choose where the people from the file go: the Mentors, the Mentees or the Staff tab.",
  },
  reading: { ru: "Читаю файл…", en: "Reading the file…" },
  tooBig: {
    ru: "Файл «{name}» слишком большой ({size}). Можно загрузить файл до 2 МБ: разделите список на несколько файлов и загрузите их по очереди.",
    en: "The file “{name}” is too large ({size}). Files up to 2 MB can be loaded: split the list into several files and load them one by one.",
  },
  excelFile: {
    ru: "«{name}» — это файл Excel, а нужен CSV. Откройте его в Excel и сохраните: Файл → Сохранить как → CSV (разделители — запятые/точка с запятой). Затем выберите сохранённый файл.",
    en: "“{name}” is an Excel workbook, not a CSV file. Open it in Excel and save it: File → Save As → CSV (comma/semicolon delimited). Then choose the saved file.",
  },
  notCsv: {
    ru: "«{name}» — не файл CSV. Выберите файл с расширением .csv или .txt.",
    en: "“{name}” is not a CSV file. Choose a file ending in .csv or .txt.",
  },
  readFailed: {
    ru: "Не удалось прочитать файл «{name}». Выберите его ещё раз.",
    en: "Could not read the file “{name}”. Choose it again.",
  },
  previewFailed: { ru: "Не удалось показать содержимое файла", en: "Could not show what the file holds" },
  importFailed: { ru: "Импорт не выполнен", en: "Nothing was imported" },
  fileProblem: { ru: "Файл не подходит", en: "This file does not fit" },
  retryPreview: {
    ru: "Когда исправите, выберите файл снова — закрывать это окно не нужно.",
    en: "When it is fixed, choose the file again; there is no need to close this window.",
  },
  retryImport: {
    ru: "Нажмите «Импортировать» ещё раз или выберите исправленный файл.",
    en: "Press “Import” again or choose the corrected file.",
  },
  unknownError: { ru: "неизвестная ошибка", en: "unknown error" },
  previewTitle: { ru: "3. Какие столбцы переносить", en: "3. Which columns to import" },
  mapIntro: {
    ru: "Они будут добавлены в конец листа «{tab}»; тех, кто уже есть на листе, импорт пропустит. Под каждым столбцом файла выберите, в какой столбец листа его перенести.",
    en: "They will be added at the end of the “{tab}” tab; people already there are skipped. Under each column of the file, choose the column of the tab it goes to.",
  },
  startShown: { ru: "Ниже — начало файла.", en: "The start of the file is shown below." },
  noRows: {
    ru: "В файле нет строк с людьми — только строка заголовков.",
    en: "The file has no rows of people, only the header row.",
  },
  skipOption: { ru: "— не переносить —", en: "— do not import —" },
  requiredMark: { ru: "{column} *", en: "{column} *" },
  requiredLegend: { ru: "* — обязательный столбец листа.", en: "* marks a required column of the tab." },
  missingRequired: {
    ru: "Не выбраны обязательные {list} — их можно будет заполнить на листе после импорта.",
    en: "Required columns not chosen: {list}; they can be filled in on the tab after the import.",
  },
  listQuote: { ru: "«{item}»", en: "“{item}”" },
  listSeparator: { ru: ", ", en: ", " },
  noHeader: { ru: "(без заголовка)", en: "(no header)" },
  columnN: { ru: "Столбец {n}", en: "Column {n}" },
  selectSuffix: { ru: " — в какой столбец листа", en: ": which column of the tab" },
  moved: {
    ru: "«{column}» теперь берётся из столбца файла «{to}». Для столбца «{from}» выбрано «не переносить».",
    en: "“{column}” now comes from the file column “{to}”. The file column “{from}” is set to “do not import”.",
  },
  importButton: { ru: "Импортировать", en: "Import" },
  importing: { ru: "Импортирую…", en: "Importing…" },
  importingNote: {
    ru: "Добавляю людей на лист «{tab}». Не закрывайте окно, это может занять до минуты.",
    en: "Adding the people to the “{tab}” tab. Keep this window open; it may take up to a minute.",
  },
  needName: {
    ru: "Кнопка станет доступна, когда вы выберете «{name}» под столбцом файла, где записаны фамилия, имя и отчество.",
    en: "The button becomes available once you choose “{name}” under the file column that holds the full names.",
  },
  noNameColumn: {
    ru: "На листе «{tab}» нет столбца «ФИО». Выполните «Наставничество → Создать / обновить базу» и выберите файл снова.",
    en: "The “{tab}” tab has no Full name column. Run “Mentoring → Create / update the base” and choose the file again.",
  },
  resultTitle: { ru: "Готово", en: "Done" },
  rowOne: { ru: " (строка {a})", en: " (row {a})" },
  rowRange: { ru: " (строки {a}–{b})", en: " (rows {a}–{b})" },
  idsGiven: { ru: ", выдано ID: {n}", en: ", IDs given: {n}" },
  noneAddedAllSkipped: {
    ru: "Никто не добавлен: все строки файла пропущены. Причины — ниже.",
    en: "Nobody was added: every row of the file was skipped. The reasons are below.",
  },
  noneAddedEmpty: {
    ru: "Никто не добавлен: в выбранных столбцах файла нет данных.",
    en: "Nobody was added: the chosen columns of the file hold no data.",
  },
  skippedLine: { ru: "Строка {line}: {reason}", en: "Line {line}: {reason}" },
  afterHint: {
    ru: "Нажмите «Проверить базу»: проверка отметит на листах незаполненные обязательные поля и ошибки в новых строках.",
    en: "Press “Check the base”: the check marks empty required fields and mistakes in the new rows.",
  },
  checkBase: { ru: "Проверить базу", en: "Check the base" },
  checkingBase: { ru: "Проверяю базу…", en: "Checking the base…" },
  checkFailed: { ru: "Не удалось проверить базу", en: "Could not check the base" },
  close: { ru: "Закрыть", en: "Close" },
  encUtf8: { ru: "UTF-8", en: "UTF-8" },
  encUtf16: { ru: "UTF-16", en: "UTF-16" },
  enc1251: { ru: "Windows-1251", en: "Windows-1251" },
} as const satisfies Record<string, L>;

export const PLURAL = {
  rowsInFile: {
    ru: ["В файле {n} строка.", "В файле {n} строки.", "В файле {n} строк."],
    en: ["The file has {n} row.", "The file has {n} rows."],
  },
  columnsScroll: {
    ru: [
      "В файле {n} столбец — прокрутите таблицу вбок, чтобы увидеть все.",
      "В файле {n} столбца — прокрутите таблицу вбок, чтобы увидеть все.",
      "В файле {n} столбцов — прокрутите таблицу вбок, чтобы увидеть все.",
    ],
    en: [
      "The file has {n} column; scroll the table sideways to see them all.",
      "The file has {n} columns; scroll the table sideways to see them all.",
    ],
  },
  added: {
    ru: [
      "Добавлен {n} человек на лист «{tab}»",
      "Добавлено {n} человека на лист «{tab}»",
      "Добавлено {n} человек на лист «{tab}»",
    ],
    en: ["Added {n} person to the “{tab}” tab", "Added {n} people to the “{tab}” tab"],
  },
  skipped: {
    ru: ["Пропущена {n} строка файла:", "Пропущены {n} строки файла:", "Пропущено {n} строк файла:"],
    en: ["{n} line of the file was skipped:", "{n} lines of the file were skipped:"],
  },
  noted: {
    ru: [
      "Добавлена, но требует внимания {n} строка файла:",
      "Добавлены, но требуют внимания {n} строки файла:",
      "Добавлены, но требуют внимания {n} строк файла:",
    ],
    en: [
      "{n} line of the file was added but needs a look:",
      "{n} lines of the file were added but need a look:",
    ],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
