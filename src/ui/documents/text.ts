import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Документы» sidebar. Every text has both languages; `{name}` marks a value filled in. Texts in
 * index.html are placeholders: the page replaces each `data-t` element's text from here.
 */
export const TEXT = {
  pageTitle: { ru: "Документы", en: "Documents" },
  heading: { ru: "Документы", en: "Documents" },
  intro: {
    ru: "Надстройка сделает документы для утверждённых пар: соглашение и индивидуальную программу для каждой пары и приказ на каждое утверждение. Они сохраняются на Google Диске в папке «Наставничество / учебный год / вид документа». Уже готовые документы заново не делаются.",
    en: "The add-on makes the documents of the confirmed pairs: an agreement and a personal programme for each pair and an order for each confirmation. They are saved in Google Drive in the folder “Mentoring / academic year / document kind”. Documents already made are not made again.",
  },

  // ---- progress ----
  barLabel: { ru: "Ход работы", en: "Progress" },
  madeOf: { ru: "Сделано {done} из {total}", en: "{done} of {total} made" },

  // ---- status ----
  running: { ru: "Делаю документы…", en: "Making documents…" },
  pausedNote: {
    ru: "Надстройка продолжит сама примерно через минуту — эту панель можно закрыть. Пока она открыта, здесь видно, как идёт работа.",
    en: "The add-on goes on by itself in about a minute: you may close this sidebar. While it is open, it shows how the work goes.",
  },
  quotaNote: {
    ru: "Надстройка продолжит сама завтра — эту панель можно закрыть.",
    en: "The add-on goes on by itself tomorrow: you may close this sidebar.",
  },
  pausedFallback: {
    ru: "Работа приостановлена: так надстройка укладывается в ограничение Google на время работы.",
    en: "The work is paused to stay within Google's time limit.",
  },
  quotaFallback: {
    ru: "Дневной лимит Google на создание документов исчерпан.",
    en: "Google's daily limit on new documents is used up.",
  },
  doneFallback: { ru: "Документы готовы.", en: "The documents are done." },
  blockedFallback: {
    ru: "Документы не созданы.",
    en: "No document was made.",
  },
  stalled: {
    ru: "Похоже, работа прервалась: новых документов давно нет. Нажмите «Сформировать ещё раз» — уже готовые документы заново не делаются.",
    en: "The work seems to have stopped: no new documents for a long time. Press “Make again”: documents already made are not made again.",
  },

  // ---- buttons and hints ----
  make: { ru: "Сформировать документы", en: "Make documents" },
  makeAgain: { ru: "Сформировать ещё раз", en: "Make again" },
  readyHint: {
    ru: "Готовые документы перечислены на листе «Документы», а ссылки на них — в строках пар на листе «Пары и группы». Чтобы сделать документ заново, отметьте «Пересоздать» в его строке на листе «Документы» и нажмите «Сформировать ещё раз».",
    en: "The documents made are listed on the “Documents” tab and linked from the pairs' rows on the “Pairs and groups” tab. To make one again, tick “Remake” in its row on the “Documents” tab and press “Make again”.",
  },

  // ---- own templates ----
  ownHeading: { ru: "Свои шаблоны", en: "Own templates" },
  ownHint: {
    ru: "Документы делаются по встроенным шаблонам. Свой Google Документ с {{полями}} для соглашения, приказа или программы выбирается в окне Google.",
    en: "Documents are made from built-in templates. Your own Google Doc with {{fields}} for the agreement, order or programme is chosen in Google's window.",
  },
  ownButton: { ru: "Свой шаблон документа…", en: "Own document template…" },

  // ---- problems ----
  showAll: { ru: "Показать все ({n})", en: "Show all ({n})" },

  // ---- errors ----
  noData: {
    ru: "Не удалось прочитать данные о документах. Нажмите «Сформировать документы».",
    en: "Could not read the documents' data. Press “Make documents”.",
  },
  badAnswer: {
    ru: "Не удалось прочитать ответ таблицы. Нажмите «Сформировать ещё раз».",
    en: "Could not read the spreadsheet's answer. Press “Make again”.",
  },
  unknownError: {
    ru: "Что-то пошло не так. Попробуйте ещё раз.",
    en: "Something went wrong. Please try again.",
  },
} as const satisfies Record<string, L>;

export const PLURAL = {
  failed: {
    ru: ["Не получилось: {n} документ", "Не получилось: {n} документа", "Не получилось: {n} документов"],
    en: ["Failed: {n} document", "Failed: {n} documents"],
  },
  problems: {
    ru: ["Не сделан {n} документ", "Не сделано {n} документа", "Не сделано {n} документов"],
    en: ["{n} document not made", "{n} documents not made"],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
