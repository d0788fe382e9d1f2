import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Ход работы пар» sidebar. Health labels, stages and reasons come with the view, already in its
 * language; index.html's texts are placeholders the page replaces from here.
 */
export const TEXT = {
  pageTitle: { ru: "Ход работы пар", en: "Pairs' progress" },
  heading: { ru: "Ход работы пар", en: "Pairs' progress" },
  asOf: {
    ru: "на {date}; без встреч {weeks} нед. и дольше — требует внимания (лист «Настройки»)",
    en: "as of {date}; no meeting for {weeks} weeks or more needs attention (Settings tab)",
  },
  refresh: { ru: "Обновить", en: "Refresh" },
  refreshing: { ru: "Обновляю…", en: "Refreshing…" },
  failed: {
    ru: "Не удалось обновить. Попробуйте ещё раз.",
    en: "Could not refresh. Please try again.",
  },
  filterLegend: { ru: "Показать", en: "Show" },
  all: { ru: "все", en: "all" },
  attention: { ru: "требуют внимания", en: "need attention" },
  on_track: { ru: "в норме", en: "on track" },
  too_early: { ru: "рано судить", en: "too early to tell" },
  pairsTitle: { ru: "Пары", en: "Pairs" },
  noPairs: {
    ru: "На листе «Пары и группы» пока нет пар. Утвердите пары на панели «Пары».",
    en: "There are no pairs on the Pairs tab yet. Confirm pairs in the Pairs sidebar.",
  },
  noneHere: { ru: "Таких пар нет.", en: "No such pairs." },
  stage: { ru: "Этап: {stage}", en: "Stage: {stage}" },
  noStage: { ru: "Этап не указан", en: "No stage yet" },
  last: { ru: "последняя {date}", en: "last on {date}" },
  goTo: { ru: "К строке {row}", en: "To row {row}" },
  goToLabel: {
    ru: "Пара {pair}: к строке {row} листа «Пары и группы»",
    en: "Pair {pair}: to row {row} of the Pairs tab",
  },
  complete: { ru: "Завершить…", en: "Complete…" },
  completeOf: { ru: "Завершить пару {pair}", en: "Complete pair {pair}" },
  healthPrefix: { ru: "Состояние: ", en: "Health: " },
  leftOutTitle: { ru: "Не учтено", en: "Not counted" },
  noData: {
    ru: "Панель не получила данных. Закройте её и выберите «Ход работы пар» в меню ещё раз.",
    en: "The panel received no data. Close it and choose “Pairs' progress” in the menu again.",
  },
  badAnswer: {
    ru: "Надстройка ответила неожиданно. Попробуйте ещё раз.",
    en: "The add-on gave an unexpected answer. Try again.",
  },
} as const;

export const PLURAL = {
  meetings: {
    ru: ["{n} встреча", "{n} встречи", "{n} встреч"],
    en: ["{n} meeting", "{n} meetings"],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type Texts = PageTexts<TextKey, keyof typeof PLURAL>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
