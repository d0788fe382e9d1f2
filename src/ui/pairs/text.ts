import type { L } from "../../domain/i18n";
import { catalogue, type Texts as PageTexts, type Plural } from "../lib/i18n";

/**
 * Wording of the «Пары» sidebar. Every text has both languages; `{name}` marks a value filled in.
 */
export const TEXT = {
  pageTitle: { ru: "Пары", en: "Pairs" },

  // ---- summary ----
  noProposals: { ru: "Предложенных пар нет", en: "No pairs proposed" },
  skippedNote: {
    ru: "Их покажет «Наставничество → Проверить базу».",
    en: "“Mentoring → Check the base” shows them.",
  },

  // ---- toolbar ----
  rematch: { ru: "Подобрать заново", en: "Match again" },
  acceptAll: { ru: "Принять все", en: "Accept all" },
  startDate: { ru: "Дата начала", en: "Start date" },
  confirmAccepted: { ru: "Утвердить принятые ({n})", en: "Confirm accepted ({n})" },
  confirmHint: {
    ru: "Примите пары, чтобы их можно было утвердить.",
    en: "Accept pairs to be able to confirm them.",
  },
  confirmQuestion: {
    ru: "Записать {pairs} на лист «{tab}» с датой начала {date}? Повторное утверждение не создаёт дублей.",
    en: "Write {pairs} to the “{tab}” tab starting on {date}? Confirming again creates no duplicates.",
  },
  confirmYes: { ru: "Утвердить", en: "Confirm" },
  confirmNo: { ru: "Отмена", en: "Cancel" },
  dateOutOfRange: {
    ru: "Дата начала должна быть с {from} по {to}. Проверьте год: вероятно, опечатка.",
    en: "The start date must be from {from} to {to}. Check the year: probably a slip.",
  },
  badDate: {
    ru: "Укажите дату начала полностью: день, месяц и год (например, 01.09.2026).",
    en: "Enter the full start date: day, month and year (for example, 01.09.2026).",
  },
  inGroups: { ru: " (в группах: {n})", en: " ({n} in groups)" },
  batch: { ru: ", код утверждения {code}", en: ", confirmation code {code}" },
  confirmedWhere: { ru: "Смотрите лист «{tab}».", en: "See the “{tab}” tab." },
  confirmedNone: {
    ru: "Новых пар не записано: принятые пары уже есть на листе «{tab}».",
    en: "No new pairs written: the accepted pairs are already on the “{tab}” tab.",
  },

  // ---- status and errors ----
  saving: { ru: "Сохраняю…", en: "Saving…" },
  rematching: { ru: "Подбираю пары…", en: "Matching…" },
  confirming: { ru: "Утверждаю…", en: "Confirming…" },
  noData: {
    ru: "Не удалось прочитать данные о парах. Нажмите «Подобрать заново».",
    en: "Could not read the pairs. Press “Match again”.",
  },
  badAnswer: {
    ru: "Не удалось прочитать ответ таблицы. Нажмите «Подобрать заново».",
    en: "Could not read the spreadsheet's answer. Press “Match again”.",
  },
  unknownError: {
    ru: "Что-то пошло не так. Попробуйте ещё раз.",
    en: "Something went wrong. Please try again.",
  },

  // ---- filters ----
  filterLegend: { ru: "Показать", en: "Show" },
  filterAll: { ru: "Все", en: "All" },
  filterUndecided: { ru: "Без решения", en: "Undecided" },
  filterAccepted: { ru: "Принятые", en: "Accepted" },
  filterPinned: { ru: "Закреплённые", en: "Pinned" },
  filterUnmatched: { ru: "Без наставника", en: "No mentor" },
  emptyUndecided: { ru: "Пар без решения нет.", en: "No pairs without a decision." },
  emptyAccepted: { ru: "Принятых пар пока нет.", en: "No accepted pairs yet." },
  emptyPinned: { ru: "Закреплённых пар нет.", en: "No pinned pairs." },
  emptyUnmatched: {
    ru: "У всех наставляемых есть наставник.",
    en: "Every mentee has a mentor.",
  },

  // ---- empty states ----
  emptyAllPaired: {
    ru: "Все наставляемые уже в парах — подбирать некого. Когда в базе появятся новые наставляемые, нажмите «Подобрать заново».",
    en: "Every mentee is already in a pair: there is no one to match. When new mentees are added to the base, press “Match again”.",
  },
  emptyNoMentees: {
    ru: "В базе пока нет наставляемых для подбора. Добавьте их на лист «Наставляемые» и нажмите «Подобрать заново».",
    en: "The base has no mentees to match yet. Add them to the “Mentees” tab and press “Match again”.",
  },
  emptyNoPairs: {
    ru: "Ни одному наставляемому не нашлось подходящего наставника. Почему — написано ниже.",
    en: "No mentee could be given a suitable mentor. The reasons are below.",
  },

  // ---- mentors and pairs ----
  pairsTitle: { ru: "Предложенные пары", en: "Proposed pairs" },
  mentorSr: { ru: "Наставник: ", en: "Mentor: " },
  groupLine: { ru: "Группа: {mentees}, {places}", en: "Group: {mentees}, {places}" },
  takenBefore: { ru: " (занято ранее: {n})", en: " ({n} taken before)" },
  fit: { ru: "{n}\u00a0%", en: "{n}%" },
  fitSr: { ru: "соответствие ", en: "fit " },
  fitTitle: { ru: "Соответствие запросу наставляемого", en: "How well the mentor fits the mentee" },
  decisionSr: { ru: "Решение: ", en: "Decision: " },
  decidedAccept: { ru: "принята", en: "accepted" },
  decidedPin: { ru: "закреплена", en: "pinned" },
  decidedNone: { ru: "без решения", en: "no decision" },
  reasonsLabel: { ru: "Почему эта пара: {mentee}", en: "Why this pair: {mentee}" },
  reasonFor: { ru: "За: ", en: "For: " },
  reasonAgainst: { ru: "Против: ", en: "Against: " },
  reasonNote: { ru: "Примечание: ", en: "Note: " },

  accept: { ru: "Принять", en: "Accept" },
  pin: { ru: "Закрепить", en: "Pin" },
  reject: { ru: "Отклонить", en: "Reject" },
  exclude: { ru: "Исключить", en: "Exclude" },
  undo: { ru: "Отменить решение", en: "Undo decision" },
  unpin: { ru: "Снять закрепление", en: "Unpin" },
  change: { ru: "Сменить наставника", en: "Change mentor" },
  pick: { ru: "Выбрать наставника", en: "Choose a mentor" },
  choose: { ru: "Выбрать", en: "Choose" },
  assign: { ru: "Назначить", en: "Assign" },
  restore: { ru: "Вернуть", en: "Restore" },
  actionFor: { ru: "{action}: {mentee}", en: "{action}: {mentee}" },
  chooseFor: {
    ru: "{action}: {mentor} (наставляемый: {mentee})",
    en: "{action}: {mentor} (mentee: {mentee})",
  },
  restoreFor: { ru: "{action}: {mentee} — {mentor}", en: "{action}: {mentee} — {mentor}" },
  hintReject: {
    ru: "В этот раз предложить другого наставника",
    en: "Propose another mentor this time",
  },
  hintExclude: {
    ru: "Эта пара больше никогда не будет предложена",
    en: "This pair will never be proposed again",
  },

  alternativesLabel: { ru: "Другие наставники: {mentee}", en: "Other mentors: {mentee}" },
  full: {
    ru: "Мест нет: если выбрать, один из его наставляемых перейдёт к другому наставнику.",
    en: "No places left: choosing them moves one of their mentees to another mentor.",
  },
  noAlternatives: {
    ru: "Другого подходящего наставника нет.",
    en: "There is no other suitable mentor.",
  },

  // ---- mentees without a mentor ----
  unmatchedTitle: { ru: "Без наставника", en: "Without a mentor" },
  noCandidates: {
    ru: "Назначить некого: ни один наставник не подходит по правилам подбора.",
    en: "No mentor can be assigned: none fits the matching rules.",
  },

  // ---- refused ----
  refusedTitle: { ru: "Отклонённые и исключённые ({n})", en: "Rejected and excluded ({n})" },
  refusedMentor: { ru: "Наставник: {name}", en: "Mentor: {name}" },
  refusedReject: { ru: "отклонена в этом подборе", en: "rejected in this round" },
  refusedExclude: { ru: "исключена — больше не предлагается", en: "excluded: never proposed again" },
  separator: { ru: " · ", en: " · " },
} as const satisfies Record<string, L>;

export const PLURAL = {
  proposed: {
    ru: ["Предложена {n} пара", "Предложены {n} пары", "Предложено {n} пар"],
    en: ["{n} pair proposed", "{n} pairs proposed"],
  },
  accepted: {
    ru: ["{n} пара принята", "{n} пары приняты", "{n} пар принято"],
    en: ["{n} pair accepted", "{n} pairs accepted"],
  },
  pinned: {
    ru: ["{n} пара закреплена", "{n} пары закреплены", "{n} пар закреплено"],
    en: ["{n} pair pinned", "{n} pairs pinned"],
  },
  undecided: {
    ru: ["{n} пара без решения", "{n} пары без решения", "{n} пар без решения"],
    en: ["{n} pair without a decision", "{n} pairs without a decision"],
  },
  unmatched: {
    ru: [
      "{n} наставляемый без наставника",
      "{n} наставляемых без наставника",
      "{n} наставляемых без наставника",
    ],
    en: ["{n} mentee without a mentor", "{n} mentees without a mentor"],
  },
  rejected: {
    ru: ["{n} пара отклонена", "{n} пары отклонены", "{n} пар отклонено"],
    en: ["{n} pair rejected", "{n} pairs rejected"],
  },
  excluded: {
    ru: ["{n} пара исключена", "{n} пары исключены", "{n} пар исключено"],
    en: ["{n} pair excluded", "{n} pairs excluded"],
  },
  skippedRows: {
    ru: [
      "{n} строка с ошибками не участвовала в подборе.",
      "{n} строки с ошибками не участвовали в подборе.",
      "{n} строк с ошибками не участвовали в подборе.",
    ],
    en: [
      "{n} row with errors took no part in the matching.",
      "{n} rows with errors took no part in the matching.",
    ],
  },
  alreadyPaired: {
    ru: [
      "{n} наставляемый уже в паре — его не подбирали.",
      "{n} наставляемых уже в парах — их не подбирали.",
      "{n} наставляемых уже в парах — их не подбирали.",
    ],
    en: [
      "{n} mentee is already in a pair and was not matched.",
      "{n} mentees are already in pairs and were not matched.",
    ],
  },
  /** «Записать 5 пар…»: the accusative. */
  pairsToWrite: { ru: ["{n} пару", "{n} пары", "{n} пар"], en: ["{n} pair", "{n} pairs"] },
  confirmed: {
    ru: ["Утверждена {n} пара", "Утверждены {n} пары", "Утверждено {n} пар"],
    en: ["{n} pair confirmed", "{n} pairs confirmed"],
  },
  mentees: {
    ru: ["{n} наставляемый", "{n} наставляемых", "{n} наставляемых"],
    en: ["{n} mentee", "{n} mentees"],
  },
  places: { ru: ["мест: {n}", "мест: {n}", "мест: {n}"], en: ["{n} place", "{n} places"] },
  free: {
    ru: ["Свободно {n} место", "Свободно {n} места", "Свободно {n} мест"],
    en: ["{n} place free", "{n} places free"],
  },
} as const satisfies Record<string, Plural>;

export type TextKey = keyof typeof TEXT;
export type PluralKey = keyof typeof PLURAL;

export type Texts = PageTexts<TextKey, PluralKey>;

export const { texts, isTextKey } = catalogue(TEXT, PLURAL);
