import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Анкеты» sidebar. Every text has both languages; `{name}` marks a value filled in. Texts in
 * index.html are placeholders: the page replaces each `data-t` element's text from here.
 */
export const TEXT = {
  pageTitle: { ru: "Анкеты", en: "Surveys" },
  heading: { ru: "Анкеты", en: "Surveys" },
  headingYear: { ru: "Анкеты на {year} учебный год", en: "Surveys for the {year} academic year" },
  noYear: {
    ru: "На листе «Настройки» не указан учебный год, а анкеты делаются на учебный год. Укажите его (например, 2026/2027) и нажмите «Обновить».",
    en: "The academic year is missing on the Settings tab, and surveys are made per academic year. Fill it in (for example, 2026/2027) and press “Refresh”.",
  },
  refresh: { ru: "Обновить", en: "Refresh" },

  // ---- participants' surveys ----
  participantsTitle: { ru: "Анкеты участников", en: "Participants' surveys" },
  audienceMentee: { ru: "Кому: наставляемым", en: "For: mentees" },
  audienceMentor: { ru: "Кому: наставникам", en: "For: mentors" },
  notSentYet: { ru: "Ещё не отправлялась", en: "Not sent yet" },
  countsLine: { ru: "{sent}, {answered}", en: "{sent}, {answered}" },
  pending: { ru: "ещё не отправлено: {n}", en: "{n} not sent yet" },
  openForm: { ru: "Открыть форму", en: "Open the form" },
  editForm: { ru: "Изменить форму", en: "Edit the form" },
  openFormOf: { ru: "Открыть форму «{survey}»", en: "Open the form “{survey}”" },
  editFormOf: { ru: "Изменить форму «{survey}»", en: "Edit the form “{survey}”" },
  newTab: { ru: " (откроется в новой вкладке)", en: " (opens in a new tab)" },
  noForm: {
    ru: "Формы пока нет: она будет создана при отправке.",
    en: "No form yet: it is made on the first sending.",
  },
  badLink: {
    ru: "Адрес формы не похож на ссылку, поэтому не показан. Откройте форму с Google Диска.",
    en: "The form's address does not look like a link, so it is not shown. Open the form from Google Drive.",
  },

  // ---- sending ----
  sendTitle: { ru: "Рассылка", en: "Sending" },
  kindLabel: { ru: "Анкета", en: "Survey" },
  scopeLabel: { ru: "Кому", en: "To" },
  scopeAll: { ru: "Всем участникам текущих пар", en: "All participants of current pairs" },
  scopeBatches: { ru: "Утверждения", en: "Confirmations" },
  scopeGroups: { ru: "Группы", en: "Groups" },
  scopeBatch: { ru: "Утверждение {code}", en: "Confirmation {code}" },
  scopeGroup: { ru: "Группа {code}", en: "Group {code}" },
  send: { ru: "Отправить", en: "Send" },
  remind: { ru: "Напомнить тем, кто не ответил", en: "Remind those who have not answered" },
  remindNobody: {
    ru: "Напоминать некому: этой анкеты никто не ждёт.",
    en: "There is no one to remind: no one is waiting for this survey.",
  },
  sendHint: {
    ru: "Каждому уходит письмо с личной ссылкой на форму. Повторная отправка не дублирует письма: их получат только те, кому анкета ещё не уходила.",
    en: "Each person gets an e-mail with a personal link to the form. Sending again does not duplicate mails: only those who have not had the survey get it.",
  },
  whomMentee: { ru: "наставляемым", en: "mentees" },
  whomMentor: { ru: "наставникам", en: "mentors" },
  whomAll: { ru: "{who} всех текущих пар", en: "{who} of all current pairs" },
  whomBatch: { ru: "{who} из пар утверждения {code}", en: "{who} of the pairs confirmed as {code}" },
  whomGroup: { ru: "{who} группы {code}", en: "{who} of group {code}" },
  askSend: {
    ru: "Отправить анкету «{survey}» {whom}? Письмо уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    en: "Send the survey “{survey}” to {whom}? The e-mail goes only to those who have an address and have given consent.",
  },
  askRemind: {
    ru: "Напомнить об анкете «{survey}» тем {whom}, кто ещё не ответил? Напоминание уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    en: "Remind those {whom} who have not answered the survey “{survey}” yet? The reminder goes only to those who have an address and have given consent.",
  },
  askSendYes: { ru: "Отправить", en: "Send" },
  askRemindYes: { ru: "Напомнить", en: "Remind" },
  cancel: { ru: "Отмена", en: "Cancel" },
  sending: { ru: "Отправляю…", en: "Sending…" },
  inDoubt: {
    ru: "Не известно, ушло ли письмо ({n}): отправка прервалась.",
    en: "Not known whether the mail went ({n}): sending was cut off.",
  },
  inDoubtHint: {
    ru: "Спросите человека, пришло ли письмо. Пришло — нажмите «Письмо дошло», нет — «Отправить ещё раз».",
    en: "Ask the person whether the mail arrived. If it did, press “The mail arrived”; if not, “Send again”.",
  },
  doubtRow: { ru: " (лист «Анкеты», строка {row}) ", en: " (Surveys tab, row {row}) " },
  resend: { ru: "Отправить ещё раз", en: "Send again" },
  resendOf: { ru: "Отправить ещё раз: {name}", en: "Send again: {name}" },
  resending: { ru: "Отправляю письмо ещё раз: {name}…", en: "Sending the mail again: {name}…" },
  arrived: { ru: "Письмо дошло", en: "The mail arrived" },
  arrivedOf: { ru: "Письмо дошло: {name}", en: "The mail arrived: {name}" },
  marking: { ru: "Отмечаю, что письмо дошло: {name}…", en: "Marking the mail as arrived: {name}…" },
  reminding: { ru: "Отправляю напоминания…", en: "Sending reminders…" },
  skippedHint: {
    ru: "Исправьте строки этих участников на листах «Наставники» и «Наставляемые» и отправьте ещё раз: письмо уйдёт только тем, кто его ещё не получал.",
    en: "Fix these people's rows on the Mentors and Mentees tabs and send again: only those who have not had the mail get it.",
  },
  skippedWhy: { ru: " — {why}", en: ": {why}" },
  showAll: { ru: "Показать всех ({n})", en: "Show all ({n})" },

  // ---- answers ----
  collectTitle: { ru: "Ответы", en: "Answers" },
  collect: { ru: "Собрать ответы", en: "Collect answers" },
  collectHint: {
    ru: "Ответы приходят в базу и сами, когда участник отправляет форму. Кнопка нужна, если какой-то ответ не дошёл.",
    en: "Answers also reach the base by themselves when a participant submits a form. The button is for an answer that did not arrive.",
  },
  collecting: { ru: "Собираю ответы…", en: "Collecting answers…" },

  // ---- registration ----
  registrationTitle: { ru: "Регистрационные формы", en: "Registration forms" },
  registrationHint: {
    ru: "Ссылку раздайте сами. Каждый ответ добавляет строку на лист «Наставники» или «Наставляемые», а если человек уже есть в базе — дополняет его строку, без дублей.",
    en: "Share the link yourself. Each answer adds a row to the Mentors or Mentees tab, or fills in the person's row when they are already in the base, with no duplicates.",
  },
  linkOf: { ru: "Ссылка на форму «{survey}»", en: "Link to the form “{survey}”" },
  copy: { ru: "Скопировать ссылку", en: "Copy the link" },
  copyOf: { ru: "Скопировать ссылку: {survey}", en: "Copy the link: {survey}" },
  copied: { ru: "Ссылка скопирована.", en: "The link is copied." },
  copyByHand: {
    ru: "Ссылка выделена: нажмите Ctrl+C (на Mac — ⌘C), чтобы скопировать её.",
    en: "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  },
  makeForm: { ru: "Создать форму", en: "Make the form" },
  makeFormOf: { ru: "Создать форму: {survey}", en: "Make the form: {survey}" },
  making: { ru: "Создаю форму…", en: "Making the form…" },
  formReady: { ru: "Форма «{survey}» готова.", en: "The form “{survey}” is ready." },
  refreshing: { ru: "Обновляю…", en: "Refreshing…" },

  // ---- errors ----
  noData: {
    ru: "Не удалось прочитать данные об анкетах. Нажмите «Обновить».",
    en: "Could not read the surveys' data. Press “Refresh”.",
  },
  badAnswer: {
    ru: "Не удалось прочитать ответ таблицы. Нажмите «Обновить».",
    en: "Could not read the spreadsheet's answer. Press “Refresh”.",
  },
  unknownError: {
    ru: "Что-то пошло не так. Попробуйте ещё раз.",
    en: "Something went wrong. Please try again.",
  },
} as const satisfies Record<string, L>;

export const PLURAL = {
  /** «Отправлено 10 анкет»: sent so far, answered ones included. */
  sent: {
    ru: ["Отправлена {n} анкета", "Отправлено {n} анкеты", "Отправлено {n} анкет"],
    en: ["{n} sent", "{n} sent"],
  },
  /** «ответили 7 из 12»: {total} is every row of the survey this year. */
  answered: {
    ru: ["ответил {n} из {total}", "ответили {n} из {total}", "ответили {n} из {total}"],
    en: ["{n} of {total} answered", "{n} of {total} answered"],
  },
  skippedTitle: {
    ru: [
      "Без письма остался {n} участник",
      "Без письма остались {n} участника",
      "Без письма остались {n} участников",
    ],
    en: ["{n} participant got no mail", "{n} participants got no mail"],
  },
  later: {
    ru: [
      "Ещё {n} письмо уйдёт завтра автоматически: дневной лимит писем исчерпан. Ничего нажимать не нужно, эту панель можно закрыть.",
      "Ещё {n} письма уйдут завтра автоматически: дневной лимит писем исчерпан. Ничего нажимать не нужно, эту панель можно закрыть.",
      "Ещё {n} писем уйдут завтра автоматически: дневной лимит писем исчерпан. Ничего нажимать не нужно, эту панель можно закрыть.",
    ],
    en: [
      "{n} more mail goes tomorrow by itself: the daily mail quota is used up. Nothing to press; you may close this sidebar.",
      "{n} more mails go tomorrow by themselves: the daily mail quota is used up. Nothing to press; you may close this sidebar.",
    ],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
