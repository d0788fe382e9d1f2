import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Проверка базы» sidebar. Every text has both languages; `{name}` marks a value filled in.
 */
export const TEXT = {
  pageTitle: { ru: "Проверка базы", en: "Base check" },
  allGood: { ru: "Всё в порядке", en: "All good" },
  allGoodNote: { ru: "Ошибок и предупреждений нет.", en: "No errors or warnings." },
  and: { ru: "{a} и {b}", en: "{a} and {b}" },
  noNewIds: { ru: "Новые ID не понадобились", en: "No new IDs were needed" },
  checkedAt: { ru: "Время проверки: {time}", en: "Checked at {time}" },
  recheck: { ru: "Проверить снова", en: "Check again" },
  rechecking: { ru: "Проверяю…", en: "Checking…" },
  recheckFailed: { ru: "Не удалось проверить базу: {message}", en: "Could not check the base: {message}" },
  goToFailed: {
    ru: "Не удалось перейти к ячейке {cell}: {message}",
    en: "Could not go to cell {cell}: {message}",
  },
  noData: {
    ru: "Не удалось прочитать результаты проверки. Нажмите «Проверить снова».",
    en: "Could not read the check results. Press “Check again”.",
  },
  unknownError: { ru: "неизвестная ошибка", en: "unknown error" },
  byKind: { ru: "Что найдено", en: "What was found" },
  byTab: { ru: "По листам", en: "By tab" },
  noRows: { ru: "нет заполненных строк", en: "no rows yet" },
  noProblems: { ru: "без замечаний", en: "no problems" },
  where: { ru: "Где исправить", en: "Where to fix" },
  clickHint: {
    ru: "Нажмите на строку списка, чтобы перейти к ячейке в таблице.",
    en: "Click an item to go to its cell in the sheet.",
  },
  itemHint: { ru: "Enter — перейти к ячейке", en: "Enter: go to the cell" },
  wholeTab: { ru: "весь лист", en: "whole tab" },
  error: { ru: "Ошибка", en: "Error" },
  warning: { ru: "Предупреждение", en: "Warning" },
  errorsTitle: { ru: "Ошибки", en: "Errors" },
  warningsTitle: { ru: "Предупреждения", en: "Warnings" },
  separator: { ru: " · ", en: " · " },
} as const satisfies Record<string, L>;

export const PLURAL = {
  errors: { ru: ["{n} ошибка", "{n} ошибки", "{n} ошибок"], en: ["{n} error", "{n} errors"] },
  warnings: {
    ru: ["{n} предупреждение", "{n} предупреждения", "{n} предупреждений"],
    en: ["{n} warning", "{n} warnings"],
  },
  inRows: { ru: ["в {n} строке", "в {n} строках", "в {n} строках"], en: ["in {n} row", "in {n} rows"] },
  inRowsAtLeast: {
    ru: ["не менее чем в {n} строке", "не менее чем в {n} строках", "не менее чем в {n} строках"],
    en: ["in at least {n} row", "in at least {n} rows"],
  },
  rows: { ru: ["{n} строка", "{n} строки", "{n} строк"], en: ["{n} row", "{n} rows"] },
  rowsChecked: {
    ru: ["Проверена {n} строка", "Проверено {n} строки", "Проверено {n} строк"],
    en: ["{n} row checked", "{n} rows checked"],
  },
  idsAssigned: {
    ru: ["выдан {n} новый ID", "выдано {n} новых ID", "выдано {n} новых ID"],
    en: ["{n} new ID given", "{n} new IDs given"],
  },
  more: {
    ru: [
      "Ещё {n} проблема не вошла в список — она отмечена в ячейке таблицы.",
      "Ещё {n} проблемы не вошли в список — они отмечены в ячейках таблицы.",
      "Ещё {n} проблем не вошли в список — они отмечены в ячейках таблицы.",
    ],
    en: [
      "{n} more problem is not listed here; it is marked in its cell.",
      "{n} more problems are not listed here; they are marked in their cells.",
    ],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
