import type { Locale } from "../../domain/i18n";
import { type Texts as PageTexts, textsOf } from "../lib/i18n";

/**
 * Wording of the «Завершить пару» form: the dialog on the selected rows and the form under each pair of the «Ход
 * работы пар» sidebar share it. The result list's words are the domain's (src/domain/completion).
 */
export const TEXT = {
  pageTitle: { ru: "Завершить пару", en: "Complete a pair" },
  heading: { ru: "Завершить пару", en: "Complete a pair" },
  headingMany: { ru: "Завершить пары", en: "Complete pairs" },
  intro: {
    ru: "Итог запишется в строки пар на листе «Пары и группы» (заполненные ячейки не меняются), затем участникам уйдут итоговый мониторинг и анкеты удовлетворённости — тем, кто их в этом учебном году ещё не получал.",
    en: "The outcome is written to the pairs' rows on the Pairs tab (filled cells are not changed), then the participants get the exit monitoring and satisfaction surveys, if they have not had them this academic year.",
  },
  pairsTitle: { ru: "Пары", en: "Pairs" },
  outcome: { ru: "Как закончилась работа", en: "How the work ended" },
  completed: { ru: "завершена", en: "completed" },
  terminated: { ru: "расторгнута", en: "terminated" },
  endDate: { ru: "Дата окончания", en: "End date" },
  result: { ru: "Результат", en: "Result" },
  note: { ru: "Пояснение к результату", en: "Note on the result" },
  mentorReflection: { ru: "Рефлексия наставника", en: "Mentor's reflection" },
  menteeReflection: { ru: "Рефлексия наставляемого", en: "Mentee's reflection" },
  reason: { ru: "Причина расторжения (обязательно)", en: "Reason for termination (required)" },
  submit: { ru: "Завершить", en: "Complete" },
  submitting: { ru: "Записываю…", en: "Saving…" },
  cancel: { ru: "Отмена", en: "Cancel" },
  close: { ru: "Закрыть", en: "Close" },
  completeOf: { ru: "Завершить пару {pair}", en: "Complete pair {pair}" },
  badDate: {
    ru: "Укажите дату окончания (ДД.ММ.ГГГГ).",
    en: "Give the end date (DD.MM.YYYY).",
  },
  noReason: {
    ru: "Укажите причину расторжения: без неё пара не будет расторгнута.",
    en: "Give the reason for termination: without it the pair is not terminated.",
  },
  failed: { ru: "Не удалось завершить. Попробуйте ещё раз.", en: "Could not complete. Please try again." },
  noData: {
    ru: "Окно не получило данных. Закройте его, выделите строки пар и выберите пункт меню ещё раз.",
    en: "The dialog received no data. Close it, select the pairs' rows and choose the menu item again.",
  },
  badAnswer: {
    ru: "Надстройка ответила неожиданно. Проверьте лист «Пары и группы».",
    en: "The add-on gave an unexpected answer. Check the Pairs tab.",
  },
} as const;

export type TextKey = keyof typeof TEXT;
export type Texts = PageTexts<TextKey, never>;
export const texts = (locale: Locale): Texts => textsOf(TEXT, {}, locale);
export const isTextKey = (key: string): key is TextKey => key in TEXT;
