import { judgeIncoming } from "../domain/base/incoming";
import { type Cell, isDate, isoToDateCell } from "../domain/cells";
import {
  enumIndex,
  PAIR_STATUSES,
  RESPONSE_STATUSES,
  ROLES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
  type SurveyKind,
} from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { meetingCells, meetingOfAnswer } from "../domain/meetform";
import { type Base, baseFrom, type Mentee, type Mentor, type Pair } from "../domain/model";
import {
  answersByKey,
  answersText,
  invitationMail,
  isRegistration,
  makeToken,
  matchPerson,
  normaliseToken,
  type PersonRow,
  registrationRow,
  registrationTable,
  reminderMail,
  SURVEYS,
  type SurveyDef,
  scoreOf,
  tokenOf,
  uuidRandom,
  validateAnswers,
} from "../domain/surveys";
import type { SurveyKindView, SurveysView } from "../domain/surveysView";
import { MEETINGS, RESPONSES, SURVEYS as SURVEYS_TABLE, type TableKey, tableSpec } from "../domain/tables";
import { type CheckResult, dataRows, validateBase } from "../domain/validate";
import type {
  DocumentsPort,
  FormQuestion,
  FormRef,
  FormSpec,
  FormsPort,
  FoundTable,
  MailPort,
  Ports,
  TableRead,
  TriggersPort,
} from "../ports";
import { MailRefused, QuotaError, TOKEN_MARK } from "../ports";
import { assignIds } from "./ids";
import {
  baseLocale,
  cellAt,
  checkReads,
  errorMessage,
  filledLength,
  locked,
  type Outcome,
  readTabs,
  reserve,
  sheetRow,
  untilTomorrow,
  writeSpans,
} from "./tabs";

/**
 * The surveys: a Google Form per survey and academic year, made once; «Отправить анкеты» mails each participant
 * of the chosen pairs a personal link (a prefilled form with an unguessable token), «Напомнить» mails again those
 * who have not answered, and «Собрать ответы» (or the form's submit trigger) brings every new answer into the
 * base. Nothing goes to a person without a valid address and recorded consent; the daily mail quota is checked
 * first and what does not fit goes out the next day from a trigger; no mail is sent twice.
 */

export type SurveyPorts = Ports & {
  readonly forms: FormsPort;
  readonly mail: MailPort;
  readonly docs: Pick<DocumentsPort, "folder">;
  readonly triggers: TriggersPort;
  /** Random UUIDs (Utilities.getUuid): the source of the tokens' randomness. */
  readonly uuid: () => string;
};

export const SUBMIT_FUNCTION = "onSurveySubmit";
export const CONTINUE_SURVEYS = "continueSurveys";
/** The sends that ran out of quota, one per survey, mode and scope: a list of SendJob (an older version kept one). */
const JOB_KEY = "mentor-base.surveys.job";
const FORMS_KEY = "mentor-base.forms";
/** The id of a form being made, noted right after FormApp.create and removed once the form is recorded. */
const MAKING_KEY = "mentor-base.forms.making";
/** The mails of the batch being sent, person by person: "sending" just before MailApp, "sent" just after. */
const JOURNAL_KEY = "mentor-base.surveys.journal";
/** Rows are marked «отправляется» in chunks this size before their mails go: a hard stop never mails twice. */
const CHUNK = 20;

export type SurveyScope =
  | { readonly type: "all" }
  | { readonly type: "batch"; readonly code: string }
  | { readonly type: "group"; readonly code: string }
  /** Named pairs whatever their status: «Завершить пару» sends the closing surveys to the pairs it closed. */
  | { readonly type: "pairs"; readonly ids: readonly string[] };

export interface SendResult {
  readonly kind: SurveyKind;
  readonly sent: number;
  /** Participants who get no mail, with why (no consent, no address…): for the curator to fix. */
  readonly skipped: readonly { readonly personId: string; readonly name: string; readonly why: string }[];
  /** Already sent before (or answered): not sent again. */
  readonly already: number;
  /** Left for tomorrow: the daily quota ran out. */
  readonly later: number;
  /** People whose mail is in doubt (a run stopped while it went): resent only by the curator's click. */
  readonly uncertain: number;
  readonly formUrl: string;
  readonly message: string;
}

export interface CollectResult {
  readonly received: number;
  readonly counted: number;
  readonly flagged: number;
  readonly registered: number;
  readonly message: string;
}

const TEXT = {
  noYear: {
    ru: "На листе «Настройки» не указан учебный год: анкеты делаются на учебный год. Укажите его (например, 2026/2027).",
    en: "The academic year is missing on the Settings tab: surveys are made per academic year. Fill it in.",
  },
  registrationNotSent: {
    ru: "Регистрационную анкету не рассылают по парам: раздайте ссылку на форму сами ({url}).",
    en: "Registration forms are not mailed to pairs: share the form's link yourself ({url}).",
  },
  noConsent: {
    ru: "нет согласия на обработку персональных данных",
    en: "no consent to personal data processing",
  },
  noGuardian: {
    ru: "несовершеннолетний: нет согласия законного представителя",
    en: "a minor without the legal representative's consent",
  },
  noEmail: { ru: "не указан e-mail", en: "no e-mail" },
  badRow: {
    ru: "в строке участника есть ошибки — выполните «Проверить базу»",
    en: "the person's row has errors: run “Check the base”",
  },
  badRowAt: {
    ru: "в строке {row} листа «{tab}» есть ошибка: {problem} Исправьте её и отправьте снова",
    en: "row {row} of the “{tab}” tab has an error: {problem} Correct it and send again",
  },
  mailFailed: { ru: "письмо не ушло: {error}", en: "the mail did not go: {error}" },
  /** In «отправка {what}»: the genitive. */
  invitation: { ru: "приглашения", en: "the invitation" },
  reminder: { ru: "напоминания", en: "the reminder" },
  // markMailArrived reads the date back from this note: keep {date} the first dd.MM.yyyy in it.
  uncertain: {
    ru: "отправка {what} {date} прервалась: не известно, ушло ли письмо. Спросите человека и нажмите в боковой панели «Анкеты» «Письмо дошло» или «Отправить ещё раз».",
    en: "sending {what} on {date} was cut off: it is not known whether the mail went. Ask the person, then click “The mail arrived” or “Send again” in the Surveys sidebar.",
  },
  uncertainOld: {
    ru: "отправка прервалась: не известно, ушло ли письмо. Спросите человека и нажмите в боковой панели «Анкеты» «Письмо дошло» или «Отправить ещё раз».",
    en: "sending was cut off: it is not known whether the mail went. Ask the person, then click “The mail arrived” or “Send again” in the Surveys sidebar.",
  },
  inDoubt: {
    ru: "Не известно, ушло ли письмо, у {n} чел.: они в боковой панели «Анкеты» — отметьте «Письмо дошло» или отправьте ещё раз.",
    en: "{n} people may not have got their mail: they are listed in the Surveys sidebar; mark “The mail arrived” or send again.",
  },
  nothingToResend: {
    ru: "Лист «Анкеты», строка {row}: письмо этому человеку не под вопросом — повторно не отправляется. Обновите боковую панель.",
    en: "“Surveys” tab, row {row}: this person's mail is not in doubt, so it is not sent again. Refresh the sidebar.",
  },
  cannotResend: {
    ru: "Лист «Анкеты», строка {row}: письмо не отправлено — {why}.",
    en: "“Surveys” tab, row {row}: the mail is not sent: {why}.",
  },
  resent: { ru: "Письмо для {name} отправлено ещё раз.", en: "The mail to {name} is sent again." },
  nothingToMark: {
    ru: "Лист «Анкеты», строка {row}: письмо этому человеку не под вопросом — отмечать нечего. Обновите боковую панель.",
    en: "“Surveys” tab, row {row}: this person's mail is not in doubt, so there is nothing to mark. Refresh the sidebar.",
  },
  arrived: {
    ru: "Отмечено: письмо для {name} дошло. Повторно не отправляется.",
    en: "Marked: the mail reached {name}. It is not sent again.",
  },
  resendTomorrow: {
    ru: "Дневной лимит писем исчерпан: отправьте письмо для {name} завтра.",
    en: "Today's mail quota is used up: send the mail to {name} tomorrow.",
  },
  resendFailed: {
    ru: "Письмо для {name} не ушло: причина указана на листе «Анкеты».",
    en: "The mail to {name} did not go: the reason is on the Surveys tab.",
  },
  sent: {
    ru: "«{survey}»: отправлено {sent}, отправлено раньше или уже ответили {already}, не отправлено {skipped}.",
    en: "“{survey}”: {sent} sent, {already} sent before or answered, {skipped} not sent.",
  },
  reminded: {
    ru: "«{survey}»: напоминаний отправлено {sent}; уже ответили или напомнили сегодня {already}; не отправлено {skipped}.",
    en: "“{survey}”: {sent} reminders sent; {already} answered or reminded today; {skipped} not sent.",
  },
  collected: {
    ru: "Новых ответов: {received}; учтено {counted}, внесено в базу {registered}, требуют проверки {flagged}.",
    en: "New answers: {received}; {counted} counted, {registered} added to the base, {flagged} to check.",
  },
  unknownToken: {
    ru: "Код ссылки не найден среди отправленных анкет: ответ не засчитан.",
    en: "The link code is not among the surveys sent: the answer is not counted.",
  },
  foreignToken: {
    ru: "Код ссылки от другой анкеты ({survey}): ответ не засчитан.",
    en: "The link code belongs to another survey ({survey}): the answer is not counted.",
  },
  notAdded: {
    ru: "Не внесено в базу: {reasons}. Проверьте ответ в форме и при необходимости внесите человека вручную.",
    en: "Not added to the base: {reasons}. Check the answer in the form and enter the person by hand if needed.",
  },
  unreadable: {
    ru: "Ответ не удалось прочитать: он не засчитан. Откройте ответы формы, проверьте его и при необходимости внесите вручную.",
    en: "The answer could not be read: it is not counted. Open the form's answers, check it and enter it by hand if needed.",
  },
  ambiguous: {
    ru: "Не удалось понять, кто это: в базе есть люди с тем же ФИО без контактов. Внесите вручную.",
    en: "Cannot tell who this is: the base has people of the same name without contacts. Enter it by hand.",
  },
  conflicts: {
    ru: "Уже в базе (строка {row}); не совпало и оставлено как было: {fields}.",
    en: "Already in the base (row {row}); kept as it was where it differs: {fields}.",
  },
  filled: {
    ru: "Уже в базе (строка {row}); дополнены пустые ячейки.",
    en: "Already in the base (row {row}); empty cells filled.",
  },
  added: { ru: "Добавлен на лист «{tab}».", en: "Added to the “{tab}” tab." },
  meetingRecorded: {
    ru: "Встреча {id} записана на лист «{tab}».",
    en: "Meeting {id} is recorded on the “{tab}” tab.",
  },
  meetingNotRecorded: {
    ru: "Встреча не записана: {reasons} Проверьте ответ в форме и при необходимости внесите встречу на лист «Встречи» вручную.",
    en: "The meeting is not recorded: {reasons} Check the answer in the form and enter the meeting on the Meetings tab by hand if needed.",
  },
  otherPair: {
    ru: "Ссылка пары {pair}, но этой пары нет на листе «Пары и группы» или её наставник теперь другой: встреча не записана. Проверьте ответ и при необходимости внесите встречу вручную.",
    en: "The link of pair {pair}, but that pair is not on the Pairs tab or has another mentor now: the meeting is not recorded. Check the answer and enter the meeting by hand if needed.",
  },
} as const satisfies Record<string, L>;

const kinds = enumIndex(SURVEY_KINDS);
const statuses = enumIndex(SURVEY_STATUSES);
const responseStatuses = enumIndex(RESPONSE_STATUSES);
const roles = enumIndex(ROLES);
const pairStatuses = enumIndex(PAIR_STATUSES);

interface Loaded {
  readonly found: Partial<Record<TableKey, FoundTable>>;
  readonly reads: Partial<Record<TableKey, TableRead>>;
  readonly check: CheckResult;
  readonly base: Base;
  readonly offset: number;
  readonly year: string;
}

/** `make`: the tabs this action writes (made when missing). */
function load(p: Ports, tables: readonly TableKey[], make: readonly TableKey[] = []): Loaded | string {
  const t = translator(p.locale);
  const tabs = readTabs(p, tables, { make });
  if (typeof tabs === "string") return tabs;
  const { found, reads } = tabs;
  const offset = p.sheets.offsetMinutes();
  const check = checkReads(p, reads, offset);
  const year = String(check.settings["program.year"] ?? "").trim();
  if (!year) return t(TEXT.noYear);
  return { found, reads, check, base: baseFrom(check), offset, year };
}

// ---- forms ------------------------------------------------------------------------------------------------

interface StoredForm extends FormRef {
  readonly kind: SurveyKind;
  readonly year: string;
  /** Recorded by a version that cleans up leftovers: the leftovers of older runs are gone. */
  readonly clean?: boolean;
}

function storedForms(p: Ports): StoredForm[] {
  try {
    const list = JSON.parse(p.properties.get(FORMS_KEY) ?? "[]") as StoredForm[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** The form's questions in the base's language; questions of a section shown only sometimes are optional. */
function formSpec(def: SurveyDef, year: string, locale: Locale): FormSpec {
  const questions: FormQuestion[] = [];
  let conditional = false;
  for (const q of def.questions) {
    if (q.type === "section") conditional = q.showIf !== undefined;
    questions.push({
      key: q.key,
      type: q.type,
      title: q.title[locale],
      help: q.help?.[locale],
      required: Boolean(q.required) && !conditional,
      scale: q.scale
        ? {
            min: q.scale.min,
            max: q.scale.max,
            minLabel: q.scale.minLabel[locale],
            maxLabel: q.scale.maxLabel[locale],
          }
        : undefined,
      choices: q.choices?.map((c) => c.label[locale]),
    });
  }
  return {
    title: `${def.title[locale]} — ${year}`,
    description: def.description[locale],
    questions,
    tokenKey: def.questions.find((q) => q.token)?.key,
    onSubmit: SUBMIT_FUNCTION,
  };
}

/**
 * The survey's form for the year: the one made before if it still exists, else a new one. A form is recorded only
 * when it is whole; a form a stopped run left (its id noted under MAKING_KEY right after FormApp.create, or found
 * by its Drive name when even that note was lost) is discarded with its trigger before another is made.
 */
export function ensureForm(p: SurveyPorts, kind: SurveyKind, year: string, folderRoot: string): StoredForm {
  const list = storedForms(p);
  const known = list.find((f) => f.kind === kind && f.year === year);
  const locale = baseLocale(p);
  const spec = formSpec(SURVEYS[kind], year, locale);
  if (known && p.forms.exists(known.id)) {
    if (known.clean) return known;
    // Recorded before leftovers were cleaned up: the leftovers of older runs go once.
    discardLeftovers(p, spec.title, list);
    const clean: StoredForm = { ...known, clean: true };
    p.properties.set(FORMS_KEY, JSON.stringify(list.map((f) => (f === known ? clean : f))));
    return clean;
  }
  // The form the curator trashed or deleted keeps no submit trigger.
  if (known) p.forms.discard(known.id, false);
  discardLeftovers(p, spec.title, list);
  const folder = p.docs.folder([folderRoot, year.replace("/", "–"), locale === "ru" ? "Анкеты" : "Surveys"]);
  const made = p.forms.create(spec, folder, (id) => p.properties.set(MAKING_KEY, id));
  const stored: StoredForm = { ...made, kind, year, clean: true };
  p.properties.set(FORMS_KEY, JSON.stringify([...list.filter((f) => f !== known), stored]));
  p.properties.delete(MAKING_KEY);
  return stored;
}

/** Trashes, with their triggers, the forms of this title no record names: what stopped runs left half-built. */
function discardLeftovers(p: SurveyPorts, title: string, list: readonly StoredForm[]): void {
  const recorded = new Set(list.map((f) => f.id));
  const noted = p.properties.get(MAKING_KEY);
  const ids = new Set(p.forms.findByTitle(title));
  if (noted && !recorded.has(noted) && p.forms.exists(noted)) ids.add(noted);
  for (const id of ids) if (!recorded.has(id)) p.forms.discard(id);
  if (noted) p.properties.delete(MAKING_KEY);
}

// ---- sending ----------------------------------------------------------------------------------------------

interface SurveyRow {
  index: number | undefined;
  cells: Record<string, Cell>;
}

function rootFolder(l: Loaded, locale: Locale): string {
  return (
    String(l.check.settings["docs.folder"] ?? "").trim() || (locale === "ru" ? "Наставничество" : "Mentoring")
  );
}

/**
 * Why a participant the check left out gets no mail: the first error of their row, with the tab and row, so the
 * curator can find it (the row itself is marked by «Проверить базу»).
 */
function leftOutWhy(c: Sending, personId: string): string {
  const table = SURVEYS[c.kind].audience === "mentor" ? "mentors" : "mentees";
  const record = (c.l.check.records[table] ?? []).find((r) => String(r.values.id ?? "").trim() === personId);
  const error = record
    ? c.l.check.problems.find((x) => x.table === table && x.row === record.row && x.severity === "error")
    : undefined;
  if (!record || !error) return c.tl(TEXT.badRow);
  const tab = c.l.found[table]?.sheetName ?? table;
  return c.tl(TEXT.badRowAt, { row: record.row, tab, problem: error.message });
}

function eligible(person: Mentor | Mentee | undefined, t: ReturnType<typeof translator>): string | null {
  if (!person) return t(TEXT.badRow);
  if (!person.email) return t(TEXT.noEmail);
  if (!person.consent) return t(TEXT.noConsent);
  if (person.minor && !person.guardianConsent) return t(TEXT.noGuardian);
  return null;
}

type Mode = "send" | "remind";

/** What every step of a send shares: the loaded base, the form, the day and the mail's sender. */
interface Sending {
  readonly p: SurveyPorts;
  readonly l: Loaded;
  readonly kind: SurveyKind;
  readonly form: StoredForm;
  readonly locale: Locale;
  readonly tl: ReturnType<typeof translator>;
  readonly read: TableRead;
  readonly table: FoundTable;
  readonly today: string;
  readonly sender: { orgName: string; curatorName: string; curatorEmail: string };
  readonly nextId: { n: number };
}

interface Outgoing {
  readonly row: SurveyRow;
  readonly to: string;
  readonly name: string;
}

/** The base loaded, the form made or found, and a stopped run's mails settled on «Анкеты». */
function openSending(p: SurveyPorts, kind: SurveyKind): Sending | string {
  const l = load(p, ["mentors", "mentees", "pairs", "settings", "surveys"], ["surveys"]);
  if (typeof l === "string") return l;
  const locale = baseLocale(p);
  const form = ensureForm(p, kind, l.year, rootFolder(l, locale));
  if (isRegistration(kind)) return translator(p.locale)(TEXT.registrationNotSent, { url: form.url });
  const settings = l.check.settings;
  const c: Sending = {
    p,
    l,
    kind,
    form,
    locale,
    tl: translator(locale),
    read: l.reads.surveys!,
    table: l.found.surveys!,
    today: p.clock.format(p.clock.now(), "yyyy-MM-dd"),
    sender: {
      orgName: String(settings["org.shortName"] ?? "") || String(settings["org.name"] ?? ""),
      curatorName: String(settings["curator.name"] ?? ""),
      curatorEmail: String(settings["curator.email"] ?? ""),
    },
    nextId: { n: 0 },
  };
  settleJournal(c);
  return c;
}

/**
 * «Отправить анкеты» (mode "send") and «Напомнить» (mode "remind") for one survey and a choice of pairs. Every
 * participant gets a row on «Анкеты» (with the reason when no mail can go); each mail is journaled in document
 * properties just before and just after it goes, so a stopped run's next run knows who got one, who did not, and
 * who is in doubt («не известно, ушло ли письмо»: never sent again without the curator's click).
 */
export function sendSurveys(
  p: SurveyPorts,
  kind: SurveyKind,
  scope: SurveyScope,
  mode: Mode,
): Outcome<SendResult> {
  const t = translator(p.locale);
  return locked<SendResult>(p, () => {
    const c = openSending(p, kind);
    if (typeof c === "string") return { error: c };
    const chosen = choosePeople(c, scope, mode);
    const { sent, later } = mailAll(c, chosen.rows, chosen.toSend, mode, chosen.skipped);
    noteLeftover(p, { kind, scope, mode }, later > 0, c.l.offset);
    const survey = SURVEYS[kind].title[p.locale];
    const counts = { survey, sent, already: chosen.already, skipped: chosen.skipped.length };
    const lines = [t(mode === "send" ? TEXT.sent : TEXT.reminded, counts)];
    if (chosen.uncertain > 0) lines.push(t(TEXT.inDoubt, { n: chosen.uncertain }));
    // What waits for tomorrow is `later`: the sidebar words it.
    const { already, skipped, uncertain } = chosen;
    const message = lines.join(" ");
    return { ok: { kind, sent, skipped, already, uncertain, later, formUrl: c.form.url, message } };
  });
}

/**
 * A row's key on «Анкеты»: the person for a survey (one row per person, survey and year); the person and the pair
 * for the meeting journal (one link per pair: a mentor of three pairs has three rows and gets three letters, each
 * naming its pair, so each letter is one journaled mail and one row of the send log).
 */
export function rowKeyOf(kind: SurveyKind | undefined, personId: string, pairId: string): string {
  return kind === "meeting_journal" ? `${personId}|${pairId}` : personId;
}

const keyOfCells = (kind: SurveyKind, cells: Record<string, Cell>) =>
  rowKeyOf(kind, String(cells.personId ?? "").trim(), String(cells.pairId ?? "").trim());

/** This survey's rows on «Анкеты» for the year, by person (the first row of a person counts), or person and pair. */
function surveyRows(c: Sending): Map<string, SurveyRow> {
  const out = new Map<string, SurveyRow>();
  c.read.rows.forEach((row, index) => {
    if (kinds.parse(String(cellAt(c.read, row, "survey"))) !== c.kind) return;
    if (String(cellAt(c.read, row, "year")).trim() !== c.l.year) return;
    const personId = String(cellAt(c.read, row, "personId")).trim();
    const key = rowKeyOf(c.kind, personId, String(cellAt(c.read, row, "pairId")).trim());
    if (!personId || out.has(key)) return;
    const cells: Record<string, Cell> = {};
    for (const col of SURVEYS_TABLE.columns) cells[col.key] = cellAt(c.read, row, col.key);
    out.set(key, { index, cells });
  });
  return out;
}

function personOf(c: Sending, personId: string): Mentor | Mentee | undefined {
  return SURVEYS[c.kind].audience === "mentor"
    ? c.l.base.mentors.find((m) => m.id === personId)
    : c.l.base.mentees.find((m) => m.id === personId);
}

/** The participants of the current pairs in scope, each once, with their rows, and who of them gets a mail now. */
function choosePeople(c: Sending, scope: SurveyScope, mode: Mode) {
  const def = SURVEYS[c.kind];
  const journal = c.kind === "meeting_journal";
  // The meeting journal goes to the mentors of active pairs only: a paused pair holds no meetings.
  const inScope = (x: Pair) =>
    scope.type === "pairs"
      ? scope.ids.includes(x.id)
      : (x.status === "active" || (x.status === "paused" && !journal)) &&
        (scope.type === "all" ||
          (scope.type === "batch" && x.batch === scope.code) ||
          (scope.type === "group" && x.groupId === scope.code));
  const people = new Map<string, Pair>();
  for (const pair of c.l.base.pairs.filter(inScope)) {
    const personId = def.audience === "mentor" ? pair.mentorId : pair.menteeId;
    const key = rowKeyOf(c.kind, personId, pair.id);
    if (!people.has(key)) people.set(key, pair);
  }
  const existing = surveyRows(c);
  const random = uuidRandom(c.p.uuid);
  const rows: SurveyRow[] = [];
  const toSend: Outgoing[] = [];
  const skipped: SendResult["skipped"][number][] = [];
  let already = 0;
  let uncertain = 0;
  for (const [key, pair] of people) {
    const personId = def.audience === "mentor" ? pair.mentorId : pair.menteeId;
    const person = personOf(c, personId);
    const row: SurveyRow = existing.get(key) ?? newRow(c, personId, pair);
    rows.push(row);
    row.cells.personName = person?.fullName ?? row.cells.personName ?? "";
    const status = statuses.parse(String(row.cells.status ?? "")) ?? "pending";
    if (status === "pending" && mode === "remind") continue;
    if (status === "uncertain") uncertain++;
    const remindedToday =
      row.cells.remindDate instanceof Date &&
      c.p.clock.format(row.cells.remindDate as Date, "yyyy-MM-dd") === c.today;
    if (mode === "send" ? status !== "pending" : status !== "sent" || remindedToday) {
      already++;
      continue;
    }
    const why = person ? eligible(person, c.tl) : leftOutWhy(c, personId);
    if (why) {
      row.cells.problem = why;
      skipped.push({ personId, name: person?.fullName ?? personId, why });
      continue;
    }
    row.cells.problem = "";
    if (!row.cells.token || !normaliseToken(row.cells.token)) row.cells.token = makeToken(random);
    toSend.push({ row, to: person!.email!, name: person!.fullName });
  }
  return { rows, toSend, skipped, already, uncertain };
}

function newRow(c: Sending, personId: string, pair: Pair): SurveyRow {
  const def = SURVEYS[c.kind];
  return {
    index: undefined,
    cells: {
      survey: kinds.label(c.kind, c.locale),
      year: c.l.year,
      personId,
      role: roles.label(def.audience, c.locale),
      pairId: pair.id,
      status: statuses.label("pending", c.locale),
    },
  };
}

/**
 * Mails what today's quota allows, in chunks: the chunk's rows (with their tokens) are written first, then each
 * mail is journaled "sending" / "sent" around its one MailApp call, then the journal is written to the rows and
 * cleared. Returns how many went and how many wait for tomorrow.
 */
function mailAll(
  c: Sending,
  rows: SurveyRow[],
  toSend: readonly Outgoing[],
  mode: Mode,
  skipped: SendResult["skipped"][number][],
): { sent: number; later: number } {
  const now = toSend.slice(0, Math.max(0, c.p.mail.remaining()));
  let later = toSend.length - now.length;
  let sent = 0;
  const flushRows = () => writeSurveyRows(c.p, c.table, c.read, rows, c.nextId);
  if (now.length === 0) flushRows();
  for (let i = 0; i < now.length; i += CHUNK) {
    const chunk = now.slice(i, i + CHUNK);
    flushRows();
    const journal: Journal = { kind: c.kind, year: c.l.year, mode, date: c.today, people: {} };
    const done = mailChunk(c, journal, chunk, skipped);
    for (const s of chunk) {
      const entry = journal.people[keyOfCells(c.kind, s.row.cells)];
      if (entry) Object.assign(s.row.cells, journalCells(c, journal, entry));
    }
    sent += chunk.filter((s) => journal.people[keyOfCells(c.kind, s.row.cells)] === "sent").length;
    flushRows();
    c.p.properties.delete(JOURNAL_KEY);
    if (done < chunk.length) {
      later += now.length - (i + done);
      break;
    }
  }
  return { sent, later };
}

/** One chunk's mails, each between its two journal entries; returns how many were tried before the quota ran out. */
function mailChunk(
  c: Sending,
  journal: Journal,
  chunk: readonly Outgoing[],
  skipped: SendResult["skipped"][number][],
): number {
  const save = () => c.p.properties.set(JOURNAL_KEY, JSON.stringify(journal));
  for (let k = 0; k < chunk.length; k++) {
    const s = chunk[k]!;
    const personId = String(s.row.cells.personId);
    const key = keyOfCells(c.kind, s.row.cells);
    const link = c.form.prefilled.replace(TOKEN_MARK, String(s.row.cells.token));
    const params = { personName: s.name, link, ...c.sender, pairId: String(s.row.cells.pairId ?? "") };
    const mail =
      journal.mode === "send"
        ? invitationMail(c.kind, params, c.locale)
        : reminderMail(c.kind, params, c.locale);
    journal.people[key] = "sending";
    save();
    try {
      c.p.mail.send({
        to: s.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        name: c.sender.curatorName,
        replyTo: c.sender.curatorEmail || undefined,
      });
    } catch (err) {
      // Any other error leaves the mail in doubt: "sending" stays, and the row says so.
      if (!(err instanceof QuotaError || err instanceof MailRefused)) continue;
      delete journal.people[key];
      save();
      if (err instanceof QuotaError) return k;
      s.row.cells.problem = c.tl(TEXT.mailFailed, { error: errorMessage(err) });
      skipped.push({ personId, name: s.name, why: String(s.row.cells.problem) });
      continue;
    }
    journal.people[key] = "sent";
    save();
  }
  return chunk.length;
}

// ---- the mail journal ------------------------------------------------------------------------------------------

interface Journal {
  readonly kind: SurveyKind;
  readonly year: string;
  readonly mode: Mode;
  /** yyyy-MM-dd, the day the mails went. */
  readonly date: string;
  readonly people: Record<string, "sending" | "sent">;
}

function readJournal(p: Ports): Journal | null {
  const raw = p.properties.get(JOURNAL_KEY);
  if (!raw) return null;
  try {
    const j = JSON.parse(raw) as Journal;
    return j && typeof j.people === "object" && j.people !== null ? j : null;
  } catch {
    return null;
  }
}

/** What a journal entry means for the person's row. */
function journalCells(c: Sending, j: Journal, entry: "sending" | "sent"): Record<string, Cell> {
  const date = isoToDateCell(j.date, c.l.offset);
  if (entry === "sending") {
    const [y, m, d] = j.date.split("-");
    const what = c.tl(j.mode === "send" ? TEXT.invitation : TEXT.reminder);
    return {
      status: statuses.label("uncertain", c.locale),
      problem: c.tl(TEXT.uncertain, { what, date: `${d}.${m}.${y}` }),
    };
  }
  return j.mode === "send"
    ? { status: statuses.label("sent", c.locale), sentDate: date, problem: "" }
    : { status: statuses.label("sent", c.locale), remindDate: date, problem: "" };
}

/** The old note on a row counted as sent after a stop: the mail may never have gone. */
const OLD_UNCONFIRMED = [
  "отправка прервалась: письмо могло уйти; повторно не отправляется",
  "sending was cut off: the mail may have gone; it is not sent again",
];

/**
 * A stopped run's journal written to «Анкеты» (sent: as sent; "sending" without "sent": in doubt), then cleared.
 * Rows an older version left «отправляется», or counted as sent with its «письмо могло уйти», are in doubt too.
 */
function settleJournal(c: Sending): void {
  const journal = readJournal(c.p);
  const changes = new Map<number, Record<string, Cell>>();
  c.read.rows.forEach((row, i) => {
    const status = statuses.parse(String(cellAt(c.read, row, "status")));
    if (status === "answered") return;
    const kind = kinds.parse(String(cellAt(c.read, row, "survey")));
    const year = String(cellAt(c.read, row, "year")).trim();
    const personId = String(cellAt(c.read, row, "personId")).trim();
    const key = rowKeyOf(kind, personId, String(cellAt(c.read, row, "pairId")).trim());
    const ours = journal && journal.kind === kind && journal.year === year;
    const entry = ours ? journal.people[key] : undefined;
    if (entry) changes.set(i, journalCells(c, journal!, entry));
    else if (
      status === "sending" ||
      (status === "sent" && OLD_UNCONFIRMED.includes(String(cellAt(c.read, row, "problem"))))
    )
      changes.set(i, { status: statuses.label("uncertain", c.locale), problem: c.tl(TEXT.uncertainOld) });
  });
  writeSpans(c.p, c.table, c.read, changes);
  if (journal) c.p.properties.delete(JOURNAL_KEY);
}

/**
 * The «Анкеты» sidebar's «Отправить ещё раз» for one person whose mail is in doubt: the invitation again (or the
 * reminder, when the invitation is known to have gone), journaled as every mail is.
 */
export function resendSurvey(p: SurveyPorts, kind: SurveyKind, personId: string): Outcome<SendResult> {
  const t = translator(p.locale);
  return locked<SendResult>(p, () => {
    const c = openSending(p, kind);
    if (typeof c === "string") return { error: c };
    const row = surveyRows(c).get(personId);
    if (!row || statuses.parse(String(row.cells.status)) !== "uncertain")
      return { error: t(TEXT.nothingToResend, { row: row ? c.read.firstRow + row.index! : "—" }) };
    const person = personOf(c, String(row.cells.personId).trim());
    const why = eligible(person, c.tl);
    if (why) return { error: t(TEXT.cannotResend, { row: c.read.firstRow + row.index!, why }) };
    const mode: Mode = row.cells.sentDate instanceof Date ? "remind" : "send";
    const skipped: SendResult["skipped"][number][] = [];
    const { sent, later } = mailAll(
      c,
      [row],
      [{ row, to: person!.email!, name: person!.fullName }],
      mode,
      skipped,
    );
    const message = t(sent > 0 ? TEXT.resent : later > 0 ? TEXT.resendTomorrow : TEXT.resendFailed, {
      name: person!.fullName,
    });
    const result = {
      kind,
      sent,
      skipped,
      already: 0,
      uncertain: sent > 0 ? 0 : 1,
      later,
      formUrl: c.form.url,
    };
    return { ok: { ...result, message } };
  });
}

/**
 * The «Анкеты» sidebar's «Письмо дошло» for one person whose mail is in doubt: the person said it arrived, so the
 * row counts as sent on the day it went (the day its note names), and no mail goes.
 */
export function markMailArrived(p: SurveyPorts, kind: SurveyKind, personId: string): Outcome<SendResult> {
  const t = translator(p.locale);
  return locked<SendResult>(p, () => {
    const c = openSending(p, kind);
    if (typeof c === "string") return { error: c };
    const row = surveyRows(c).get(personId);
    if (!row || row.index === undefined || statuses.parse(String(row.cells.status)) !== "uncertain")
      return {
        error: t(TEXT.nothingToMark, { row: row?.index !== undefined ? c.read.firstRow + row.index : "—" }),
      };
    const mode: Mode = row.cells.sentDate instanceof Date ? "remind" : "send";
    const [, d, m, y] = /(\d\d)\.(\d\d)\.(\d{4})/.exec(String(row.cells.problem)) ?? [];
    // An older version's note names no day: the row counts as sent, and no date is made up for it.
    const cells = y
      ? journalCells(c, { kind, year: c.l.year, mode, date: `${y}-${m}-${d}`, people: {} }, "sent")
      : { status: statuses.label("sent", c.locale), problem: "" };
    writeSpans(c.p, c.table, c.read, new Map([[row.index, cells]]));
    const name = personOf(c, String(row.cells.personId).trim())?.fullName ?? String(row.cells.personName);
    const result = { kind, sent: 0, skipped: [], already: 1, uncertain: 0, later: 0, formUrl: c.form.url };
    return { ok: { ...result, message: t(TEXT.arrived, { name }) } };
  });
}

// ---- leftovers of sends that ran out of quota ------------------------------------------------------------------

/** A send to go on with the next day: the survey, its mode and its scope, as the curator chose them. */
interface SendJob {
  readonly kind: SurveyKind;
  readonly scope: SurveyScope;
  readonly mode: Mode;
}

const jobKey = (j: SendJob) => `${j.kind}|${j.mode}|${JSON.stringify(j.scope)}`;

function readJobs(p: Ports): SendJob[] {
  const raw = p.properties.get(JOB_KEY);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    // An older version kept one job as an object.
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.filter(
      (j): j is SendJob =>
        typeof j === "object" && j !== null && typeof j.kind === "string" && typeof j.mode === "string",
    );
  } catch {
    return [];
  }
}

/**
 * Keeps the job among the leftovers (`left`: the quota ran out) or drops it (all sent), the others kept as they
 * are. The list is written before the trigger is set, and the trigger is cancelled before the last job is dropped:
 * a stop between the two leaves a trigger whose run finds nothing to send twice, or jobs without a trigger, which
 * the next send of any survey sets again (it is set, for the next morning, whenever jobs are left).
 */
function noteLeftover(p: SurveyPorts, job: SendJob, left: boolean, offset: number): void {
  const jobs = readJobs(p);
  const others = jobs.filter((j) => jobKey(j) !== jobKey(job));
  const kept = left ? [...others, job] : others;
  if (kept.length === 0) {
    if (jobs.length === 0) return;
    p.triggers.cancel(CONTINUE_SURVEYS);
    p.properties.set(JOB_KEY, "");
    return;
  }
  if (left || others.length !== jobs.length) p.properties.set(JOB_KEY, JSON.stringify(kept));
  p.triggers.runLater(CONTINUE_SURVEYS, untilTomorrow(p, offset));
}

/**
 * The trigger's run: every send that ran out of quota, again, oldest first, while the day's quota lasts (what was
 * sent is not sent twice: each person's row and the mail journal say so). A send that runs out again stays for the
 * next day with those after it. Null when nothing was left.
 */
export function continueSurveys(p: SurveyPorts): Outcome<SendResult> | null {
  const jobs = readJobs(p);
  if (jobs.length === 0) {
    p.triggers.cancel(CONTINUE_SURVEYS);
    return null;
  }
  let last: Outcome<SendResult> | null = null;
  for (const job of jobs) {
    last = sendSurveys(p, job.kind, job.scope, job.mode);
    if ("error" in last || last.ok.later > 0) break;
  }
  return last;
}

/** Writes the rows: those listed before in place (one span per column), new ones appended with ids. */
function writeSurveyRows(
  p: Ports,
  table: FoundTable,
  read: TableRead,
  rows: SurveyRow[],
  nextId: { n: number },
): void {
  // The id and the curator's remarks are never written back.
  const ours = ({ id: _id, remarks: _remarks, ...cells }: Record<string, Cell>) => cells;
  writeSpans(
    p,
    table,
    read,
    new Map(rows.filter((r) => r.index !== undefined).map((r) => [r.index!, ours(r.cells)])),
  );
  const fresh = rows.filter((r) => r.index === undefined);
  if (fresh.length === 0) return;
  const ids = read.rows.map((r) => cellAt(read, r, "id"));
  const first = reserve(
    p,
    "mentor-base.seq.surveys",
    Math.max(nextId.n - 1, highestIdNumber(SURVEYS_TABLE.idPrefix!, ids)),
    fresh.length,
  );
  nextId.n = first + fresh.length;
  const last = filledLength(read);
  const appended = fresh.map((r, n) => {
    r.cells.id = formatId(SURVEYS_TABLE.idPrefix!, first + n);
    return sheetRow(table, r.cells);
  });
  p.sheets.appendRows(table, appended);
  (read.rows as Cell[][]).splice(last, 0, ...appended);
  fresh.forEach((r, n) => {
    r.index = last + n;
  });
}

// ---- collecting -------------------------------------------------------------------------------------------

/** What one collection knows and gathers: the tabs read once, the answers to append, the cells to update. */
interface Collecting {
  readonly p: SurveyPorts;
  readonly l: Loaded;
  /** Today in the sheet's zone (yyyy-MM-dd), asked once per run. */
  readonly today: string;
  readonly locale: Locale;
  readonly tl: ReturnType<typeof translator>;
  /** «Анкеты» rows by their link code. */
  readonly byToken: Map<string, number>;
  /** Per link code, the counted answer that is the latest so far (on the tab, or among the new rows). */
  readonly lastCounted: Map<string, { responseRow: number | "new"; index: number }>;
  readonly people: Record<"mentors" | "mentees", People>;
  readonly updates: Map<number, Record<string, Cell>>;
  readonly newRows: Record<string, Cell>[];
  readonly replacedIndex: number[];
  /** The meeting journal's new rows of «Встречи», each with its answer's row on «Ответы анкет» (none when redone). */
  readonly meetings: {
    readonly cells: Record<string, Cell>;
    readonly answer?: Record<string, Cell>;
    id?: string;
  }[];
  /**
   * Journal answers recorded on «Ответы анкет» whose meeting is not on «Встречи» (a run stopped between the two
   * writes): response id → the meeting's id, reserved and named in the answer's row. Their meeting is written again.
   */
  readonly redo: ReadonlyMap<string, string>;
  readonly tally: { received: number; counted: number; flagged: number; registered: number };
}

/** The people already on a tab, read once and matched against every registration. */
interface People {
  readonly existing: PersonRow[];
  readonly rowNumbers: number[];
  readonly appended: PersonRow[];
  readonly fills: Map<number, PersonRow>;
}

/**
 * «Собрать ответы» and the forms' submit trigger: every response not yet recorded lands on «Ответы анкет»; a
 * token answer updates its person's row on «Анкеты» (the latest answer counts, earlier ones stay as history), a
 * registration creates the person or fills the empty cells of their row. A response whose token is unknown or
 * belongs to another survey is recorded and flagged, never counted.
 */
export function collectResponses(p: SurveyPorts): Outcome<CollectResult> {
  const t = translator(p.locale);
  return locked<CollectResult>(p, () => {
    const l = load(
      p,
      ["mentors", "mentees", "pairs", "settings", "surveys", "responses", "meetings"],
      ["surveys", "responses"],
    );
    if (typeof l === "string") return { error: l };
    const c = openCollecting(p, l);
    const responsesRead = l.reads.responses!;
    const known = new Set(
      responsesRead.rows.map((r) => String(cellAt(responsesRead, r, "responseId")).trim()).filter(Boolean),
    );
    for (const id of c.redo.keys()) known.delete(id);
    for (const form of storedForms(p).filter((f) => p.forms.exists(f.id))) {
      for (const answer of p.forms.responses(form.id, known)) {
        // One answer whose data cannot be used (checked first, or breaking our code) is recorded for the curator
        // to check; the rest go on. A service error or the time limit is not the answer's fault: it stops the
        // run, and the next run reads that answer again.
        if (!readable(answer)) {
          c.tally.received++;
          recordUnreadable(c, form, answer);
          continue;
        }
        try {
          if (c.redo.has(answer.id)) redoMeeting(c, form, answer);
          else recordAnswer(c, form, answer);
        } catch (err) {
          if (!(err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError))
            throw err;
          recordUnreadable(c, form, answer);
        }
      }
    }
    writeCollected(c);
    const message = t(TEXT.collected, c.tally);
    return { ok: { ...c.tally, message } };
  });
}

/**
 * The calendar day (yyyy-MM-dd) of an instant in the sheet's zone, by the offset the run read once: no Sheets call
 * per answer (a school collects thousands). The offset is today's; the add-on's zones (Russia's) keep no summer time.
 * An instant no calendar holds throws a RangeError, as formatting it did: its answer is recorded for the curator.
 */
function dayOf(ms: number, offsetMinutes: number): string {
  const day = new Date(ms + offsetMinutes * 60_000);
  if (!Number.isFinite(day.getTime())) throw new RangeError("Invalid time value");
  return day.toISOString().slice(0, 10);
}

/** «Анкеты» by link code, the counted answers already recorded, and the people on each tab. */
function openCollecting(p: SurveyPorts, l: Loaded): Collecting {
  const locale = baseLocale(p);
  const surveysRead = l.reads.surveys!;
  const responsesRead = l.reads.responses!;
  const byToken = new Map<string, number>();
  surveysRead.rows.forEach((row, i) => {
    const token = normaliseToken(cellAt(surveysRead, row, "token"));
    if (token) byToken.set(token, i);
  });
  const whoOf = (read: TableRead, row: readonly Cell[]) =>
    `${kinds.parse(String(cellAt(read, row, "survey")))}|${String(cellAt(read, row, "year")).trim()}|${String(cellAt(read, row, "personId")).trim()}`;
  // Counted answers already recorded, by their person's token: a newer answer replaces them.
  const tokenOfPerson = new Map<string, string>();
  for (const [token, i] of byToken) tokenOfPerson.set(whoOf(surveysRead, surveysRead.rows[i]!), token);
  const lastCounted: Collecting["lastCounted"] = new Map();
  responsesRead.rows.forEach((row, i) => {
    if (responseStatuses.parse(String(cellAt(responsesRead, row, "status"))) !== "counted") return;
    // Every journal answer counts: none replaces another.
    if (kinds.parse(String(cellAt(responsesRead, row, "survey"))) === "meeting_journal") return;
    const token = tokenOfPerson.get(whoOf(responsesRead, row));
    if (token) lastCounted.set(token, { responseRow: i, index: i });
  });
  const peopleOf = (key: "mentors" | "mentees"): People => {
    const rows = dataRows(tableSpec(key), l.reads[key]!);
    return {
      existing: rows.map((r) => r.cells as PersonRow),
      rowNumbers: rows.map((r) => r.row),
      appended: [],
      fills: new Map(),
    };
  };
  return {
    p,
    l,
    today: p.clock.format(p.clock.now(), "yyyy-MM-dd"),
    locale,
    tl: translator(locale),
    byToken,
    lastCounted,
    people: { mentors: peopleOf("mentors"), mentees: peopleOf("mentees") },
    updates: (() => {
      const updates = answeredFromRecorded(l, byToken, lastCounted, locale);
      journalAnsweredFromRecorded(l, locale, updates);
      return updates;
    })(),
    newRows: [],
    replacedIndex: [],
    meetings: [],
    redo: meetingsToRedo(p, l),
    tally: { received: 0, counted: 0, flagged: 0, registered: 0 },
  };
}

/**
 * «Ответы анкет» is the source of truth for who answered: a person whose counted answer is recorded there but
 * whose «Анкеты» row does not say so (a run stopped between the two writes) gets the row written from that answer.
 */
function answeredFromRecorded(
  l: Loaded,
  byToken: ReadonlyMap<string, number>,
  lastCounted: Collecting["lastCounted"],
  locale: Locale,
): Map<number, Record<string, Cell>> {
  const surveysRead = l.reads.surveys!;
  const responsesRead = l.reads.responses!;
  const updates = new Map<number, Record<string, Cell>>();
  for (const [token, last] of lastCounted) {
    const index = byToken.get(token);
    if (index === undefined || last.responseRow === "new") continue;
    const row = surveysRead.rows[index]!;
    const answer = responsesRead.rows[last.responseRow]!;
    const answers = cellAt(responsesRead, answer, "answers");
    const recordedScore = String(cellAt(responsesRead, answer, "score")).trim();
    const whole =
      statuses.parse(String(cellAt(surveysRead, row, "status"))) === "answered" &&
      String(cellAt(surveysRead, row, "answers")) === String(answers) &&
      cellAt(surveysRead, row, "answerDate") !== "" &&
      (recordedScore === "" || cellAt(surveysRead, row, "score") !== "");
    if (whole) continue;
    const submitted = cellAt(responsesRead, answer, "submitted");
    const score = Number(String(cellAt(responsesRead, answer, "score")).replace(",", "."));
    updates.set(index, {
      status: statuses.label("answered", locale),
      answerDate: isDate(submitted) ? isoToDateCell(dayOf(submitted.getTime(), l.offset), l.offset) : "",
      score:
        String(cellAt(responsesRead, answer, "score")).trim() === "" || !Number.isFinite(score)
          ? ""
          : Math.round(score),
      answers,
      problem: "",
    });
  }
  return updates;
}

type Answer = ReturnType<SurveyPorts["forms"]["responses"]>[number];

/** One response: recorded on «Ответы анкет», and counted, registered or flagged for the curator. */
function recordAnswer(c: Collecting, form: StoredForm, answer: Answer): void {
  const def = SURVEYS[form.kind];
  c.tally.received++;
  const keyed = answersByKey(def, answer.answers as Record<string, string | string[]>);
  const base: Record<string, Cell> = {
    survey: kinds.label(form.kind, c.locale),
    year: form.year,
    submitted: new Date(answer.at),
    answers: answersText(def, keyed, c.locale),
    responseId: answer.id,
  };
  const problems = validateAnswers(def, keyed);
  if (problems.length > 0)
    base.answers = `${problems.map((x) => x.message[c.locale]).join(" ")}\n${String(base.answers)}`;
  if (!isRegistration(form.kind)) recordTokenAnswer(c, form, answer, keyed, base);
  else if (problems.length === 0) recordRegistration(c, form, keyed, base);
  else {
    // Not added to the base: a registration without consent or with a required answer missing.
    c.newRows.push({
      ...base,
      // A name pasted 50,000 characters long would not fit a cell and stop the whole write.
      personName: String(keyed.fullName ?? "").slice(0, 200),
      status: responseStatuses.label("review", c.locale),
    });
    c.tally.flagged++;
  }
}

/** An answer with what recording it needs: its id, a real time, and its items. */
function readable(answer: Answer): boolean {
  return (
    typeof answer?.id === "string" &&
    answer.id !== "" &&
    typeof answer.at === "number" &&
    Number.isFinite(answer.at) &&
    Math.abs(answer.at) <= 8.64e15 &&
    typeof answer.answers === "object" &&
    answer.answers !== null
  );
}

/**
 * An answer recordAnswer could not use (it threw before changing anything: every value it computes comes before
 * its first write to `c`): recorded as to check, with its response id so that it is not read again.
 */
function recordUnreadable(c: Collecting, form: StoredForm, answer: Answer): void {
  const at = new Date(typeof answer?.at === "number" ? answer.at : Number.NaN);
  c.newRows.push({
    survey: kinds.label(form.kind, c.locale),
    year: form.year,
    submitted: Number.isFinite(at.getTime()) ? at : "",
    responseId: String(answer?.id ?? ""),
    status: responseStatuses.label("review", c.locale),
    answers: c.tl(TEXT.unreadable),
  });
  c.tally.flagged++;
}

/** What in a registration's row the base's limits reject (too long, unprintable, a date out of range). */
function registrationLimits(
  c: Collecting,
  tableKey: "mentors" | "mentees",
  row: Record<string, Cell>,
): string[] {
  const today = c.today;
  const spec = tableSpec(tableKey);
  const reasons: string[] = [];
  for (const column of spec.columns) {
    const v = row[column.key];
    if (typeof v !== "string" || v === "") continue;
    const verdict = judgeIncoming(column.kind, v, column.header[c.locale], { locale: c.locale, today });
    if (verdict?.action === "skip") reasons.push(verdict.reason);
  }
  return reasons;
}

/** A registration: a new person added, or the empty cells of the same person's row filled. */
function recordRegistration(
  c: Collecting,
  form: StoredForm,
  keyed: Record<string, unknown>,
  base: Record<string, Cell>,
): void {
  const def = SURVEYS[form.kind];
  const { locale, tl } = c;
  const tableKey = registrationTable(def).key as "mentors" | "mentees";
  const row = registrationRow(def, keyed as Parameters<typeof registrationRow>[1], locale);
  const submittedOn = isoToDateCell(dayOf((base.submitted as Date).getTime(), c.l.offset), c.l.offset);
  const limits = registrationLimits(c, tableKey, row);
  if (limits.length > 0) {
    // Not added: the check would reject the row, and a name of 50,000 characters is nobody's.
    c.newRows.push({
      ...base,
      personName: String(row.fullName ?? "").slice(0, 200),
      status: responseStatuses.label("review", locale),
      answers: `${tl(TEXT.notAdded, { reasons: limits.join("; ") })}\n${String(base.answers)}`,
    });
    c.tally.flagged++;
    return;
  }
  const people = c.people[tableKey];
  const match = matchPerson(row, [...people.existing, ...people.appended]);
  let note: string;
  let status: "registered" | "review" = "registered";
  if (match.kind === "new") {
    // The form's consent is given when the answer is submitted.
    if (row.consent === true && (row.consentDate === undefined || row.consentDate === ""))
      row.consentDate = submittedOn;
    people.appended.push(row);
    note = tl(TEXT.added, { tab: c.l.found[tableKey]!.sheetName });
    c.tally.registered++;
  } else if (match.kind === "same" && match.index < people.existing.length) {
    people.fills.set(match.index, { ...(people.fills.get(match.index) ?? {}), ...match.fill });
    const rowNo = people.rowNumbers[match.index]!;
    const spec = tableSpec(tableKey);
    note =
      match.conflicts.length > 0
        ? tl(TEXT.conflicts, {
            row: rowNo,
            fields: match.conflicts
              .map((x) => spec.columns.find((s) => s.key === x.key)?.header[locale] ?? x.key)
              .join(", "),
          })
        : tl(TEXT.filled, { row: rowNo });
    if (match.conflicts.length > 0) status = "review";
    c.tally.registered++;
  } else if (match.kind === "same") {
    note = tl(TEXT.filled, { row: "—" });
    c.tally.registered++;
  } else {
    note = tl(TEXT.ambiguous);
    status = "review";
    c.tally.flagged++;
  }
  c.newRows.push({
    ...base,
    personName: String(row.fullName ?? ""),
    status: responseStatuses.label(status, locale),
    answers: `${note}\n${String(base.answers)}`,
  });
}

/** An answer by personal link: counted on its person's «Анкеты» row, or flagged when the code is not theirs. */
function recordTokenAnswer(
  c: Collecting,
  form: StoredForm,
  answer: Answer,
  keyed: Record<string, unknown>,
  base: Record<string, Cell>,
): void {
  const def = SURVEYS[form.kind];
  const { locale, tl, newRows } = c;
  const surveysRead = c.l.reads.surveys!;
  const token = normaliseToken(tokenOf(def, keyed as Parameters<typeof tokenOf>[1]) ?? "");
  const index = token ? c.byToken.get(token) : undefined;
  if (index === undefined) {
    newRows.push({
      ...base,
      status: responseStatuses.label("unknown", locale),
      answers: `${tl(TEXT.unknownToken)}\n${String(base.answers)}`,
    });
    c.tally.flagged++;
    return;
  }
  const surveyRow = surveysRead.rows[index]!;
  const rowKind = kinds.parse(String(cellAt(surveysRead, surveyRow, "survey")));
  const who = {
    personId: String(cellAt(surveysRead, surveyRow, "personId")),
    personName: String(cellAt(surveysRead, surveyRow, "personName")),
    pairId: String(cellAt(surveysRead, surveyRow, "pairId")),
  };
  if (rowKind === form.kind && form.kind === "meeting_journal") {
    recordMeeting(c, answer, keyed, base, index, who);
    return;
  }
  if (rowKind !== form.kind) {
    newRows.push({
      ...base,
      ...who,
      status: responseStatuses.label("foreign", locale),
      answers: `${tl(TEXT.foreignToken, { survey: kinds.label(rowKind ?? form.kind, locale) })}\n${String(base.answers)}`,
    });
    c.tally.flagged++;
    return;
  }
  const score = scoreOf(def, keyed as Parameters<typeof scoreOf>[1]);
  // Computed before the first change to `c`, so that an answer that cannot be read changes nothing.
  const answerDate = isoToDateCell(dayOf(answer.at, c.l.offset), c.l.offset);
  // The latest counts: an earlier counted answer of this token becomes history.
  const before = c.lastCounted.get(token!);
  if (before && before.responseRow !== "new") c.replacedIndex.push(before.responseRow);
  if (before && before.responseRow === "new")
    newRows[before.index]!.status = responseStatuses.label("replaced", locale);
  newRows.push({
    ...base,
    ...who,
    status: responseStatuses.label("counted", locale),
    score: score === undefined ? "" : score.toFixed(1).replace(".", locale === "ru" ? "," : "."),
  });
  c.lastCounted.set(token!, { responseRow: "new", index: newRows.length - 1 });
  c.updates.set(index, {
    status: statuses.label("answered", locale),
    answerDate,
    score: score === undefined ? "" : Math.round(score),
    answers: base.answers ?? "",
    problem: "",
  });
  c.tally.counted++;
}

// ---- the meeting journal ----------------------------------------------------------------------------------------

const MEETING_ID = new RegExp(`${MEETINGS.idPrefix}-(\\d+)`);
/**
 * The numbers of the meetings a collection named but may not have written yet ("from-to"): set before the answers
 * are written, removed once the meetings are. Only these are written again: a meeting the curator deleted stays
 * deleted.
 */
const PENDING_MEETINGS_KEY = "mentor-base.meetform.pending";

function pendingRange(p: Ports): { from: number; to: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(p.properties.get(PENDING_MEETINGS_KEY) ?? "");
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** Counted journal answers whose meeting (named in the answer's row) a stopped run did not write on «Встречи». */
function meetingsToRedo(p: Ports, l: Loaded): Map<string, string> {
  const pending = pendingRange(p);
  if (!pending) return new Map();
  const responses = l.reads.responses!;
  const meetings = l.reads.meetings!;
  const onTab = new Set(meetings.rows.map((r) => String(cellAt(meetings, r, "id")).trim()));
  const out = new Map<string, string>();
  for (const row of responses.rows) {
    if (kinds.parse(String(cellAt(responses, row, "survey"))) !== "meeting_journal") continue;
    if (responseStatuses.parse(String(cellAt(responses, row, "status"))) !== "counted") continue;
    const m = MEETING_ID.exec(String(cellAt(responses, row, "answers")).split("\n")[0] ?? "");
    const responseId = String(cellAt(responses, row, "responseId")).trim();
    const n = Number(m?.[1]);
    if (m && responseId && n >= pending.from && n <= pending.to && !onTab.has(m[0]))
      out.set(responseId, m[0]);
  }
  return out;
}

/**
 * A journal answer through a pair's link: a new row of «Встречи» (who filled it in: «наставник (форма)»), and the
 * answer's row on «Ответы анкет» naming it, which keeps the response id so that the answer is never read again.
 * An answer whose pair is gone or has another mentor, or that cannot make a meeting, is flagged and not written.
 */
function recordMeeting(
  c: Collecting,
  answer: Answer,
  keyed: Record<string, unknown>,
  base: Record<string, Cell>,
  index: number,
  who: { personId: string; personName: string; pairId: string },
): void {
  const pair = c.l.base.pairs.find((x) => x.id === who.pairId);
  const flag = (status: "foreign" | "review", note: string) => {
    c.newRows.push({
      ...base,
      ...who,
      status: responseStatuses.label(status, c.locale),
      answers: `${note}\n${String(base.answers)}`,
    });
    c.tally.flagged++;
  };
  if (!pair || pair.mentorId !== who.personId) {
    flag("foreign", c.tl(TEXT.otherPair, { pair: who.pairId }));
    return;
  }
  const problems = validateAnswers(SURVEYS.meeting_journal, keyed as Parameters<typeof validateAnswers>[1]);
  const meeting = meetingOfAnswer(keyed);
  if (!meeting || problems.length > 0) {
    const reasons = problems.map((x) => x.message[c.locale]).join(" ");
    flag("review", c.tl(TEXT.meetingNotRecorded, { reasons }));
    return;
  }
  // The day in the sheet's zone by its offset (no call per answer: a school logs thousands of meetings).
  const answerDate = isoToDateCell(dayOf(answer.at, c.l.offset), c.l.offset);
  const row = { ...base, ...who, status: responseStatuses.label("counted", c.locale) };
  c.newRows.push(row);
  c.meetings.push({
    cells: { ...meetingCells(meeting, who.pairId, c.locale), date: isoToDateCell(meeting.date, c.l.offset) },
    answer: row,
  });
  // The pair's link has been used: its row says so, with the latest answer's day (the answers are on «Встречи»).
  c.updates.set(index, { status: statuses.label("answered", c.locale), answerDate, problem: "" });
  c.tally.counted++;
}

/**
 * «Ответы анкет» is the source of truth for the journal as for the surveys: a pair's «Анкеты» row whose counted
 * answers are recorded but which does not say so (a run stopped before that write) gets the latest answer's day.
 */
function journalAnsweredFromRecorded(
  l: Loaded,
  locale: Locale,
  updates: Map<number, Record<string, Cell>>,
): void {
  const surveysRead = l.reads.surveys!;
  const responses = l.reads.responses!;
  const keyOf = (read: TableRead, row: readonly Cell[]) =>
    `${String(cellAt(read, row, "year")).trim()}|${String(cellAt(read, row, "personId")).trim()}|${String(cellAt(read, row, "pairId")).trim()}`;
  const latest = new Map<string, Date>();
  for (const row of responses.rows) {
    if (kinds.parse(String(cellAt(responses, row, "survey"))) !== "meeting_journal") continue;
    if (responseStatuses.parse(String(cellAt(responses, row, "status"))) !== "counted") continue;
    const at = cellAt(responses, row, "submitted");
    const key = keyOf(responses, row);
    const before = latest.get(key);
    if (isDate(at) && (!before || at.getTime() >= before.getTime())) latest.set(key, at);
  }
  surveysRead.rows.forEach((row, i) => {
    if (kinds.parse(String(cellAt(surveysRead, row, "survey"))) !== "meeting_journal") return;
    const at = latest.get(keyOf(surveysRead, row));
    if (!at || updates.has(i)) return;
    const day = dayOf(at.getTime(), l.offset);
    const answerDate = isoToDateCell(day, l.offset);
    const recorded = cellAt(surveysRead, row, "answerDate");
    const same = isDate(recorded) && isDate(answerDate) && recorded.getTime() === answerDate.getTime();
    if (statuses.parse(String(cellAt(surveysRead, row, "status"))) === "answered" && same) return;
    updates.set(i, { status: statuses.label("answered", locale), answerDate, problem: "" });
  });
}

/** A journal answer recorded before whose meeting a stopped run did not write: the meeting, under its own id. */
function redoMeeting(c: Collecting, form: StoredForm, answer: Answer): void {
  const def = SURVEYS[form.kind];
  const keyed = answersByKey(def, answer.answers as Record<string, string | string[]>);
  const token = normaliseToken(tokenOf(def, keyed as Parameters<typeof tokenOf>[1]) ?? "");
  const index = token ? c.byToken.get(token) : undefined;
  const meeting = meetingOfAnswer(keyed);
  if (index === undefined || !meeting) return;
  const surveysRead = c.l.reads.surveys!;
  const pairId = String(cellAt(surveysRead, surveysRead.rows[index]!, "pairId"));
  c.meetings.push({
    cells: { ...meetingCells(meeting, pairId, c.locale), date: isoToDateCell(meeting.date, c.l.offset) },
    id: c.redo.get(answer.id),
  });
}

/** The highest meeting number the journal's answers on «Ответы анкет» name. */
function highestNamedMeeting(l: Loaded): number {
  const responses = l.reads.responses!;
  let max = 0;
  for (const row of responses.rows) {
    if (kinds.parse(String(cellAt(responses, row, "survey"))) !== "meeting_journal") continue;
    const m = MEETING_ID.exec(String(cellAt(responses, row, "answers")).split("\n")[0] ?? "");
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

const MEETINGS_SEQ = "mentor-base.seq.meetings";

/**
 * The journal's meetings get their ids first, and each answer's row names its meeting; the answers are written
 * before the meetings, so a stop between the two leaves answers whose meetings the next run writes (meetingsToRedo).
 * The ids come from the counter «Проверить базу» gives ids from, so a row the curator types never gets one of them.
 * The range is noted before the counter moves; a run stopped before any answer named its ids leaves a range nothing
 * uses, and the next run takes the same ids again (no gap, and the same ids as a run that was never stopped).
 */
function nameMeetings(c: Collecting): void {
  const fresh = c.meetings.filter((m) => m.id === undefined);
  if (fresh.length === 0) return;
  const read = c.l.reads.meetings!;
  const highest = Math.max(
    highestIdNumber(
      MEETINGS.idPrefix!,
      read.rows.map((r) => cellAt(read, r, "id")),
    ),
    highestNamedMeeting(c.l),
  );
  const counter = Number(c.p.properties.get(MEETINGS_SEQ) ?? 0) || 0;
  const pending = pendingRange(c.p);
  const unused = pending !== null && pending.from > highest;
  const first = unused ? pending.from : Math.max(counter, highest) + 1;
  const last = first + fresh.length - 1;
  // A range still pending from a stopped run stays covered until this run's meetings are written.
  const from = pending && !unused ? Math.min(pending.from, first) : first;
  c.p.properties.set(PENDING_MEETINGS_KEY, `${from}-${last}`);
  c.p.properties.set(MEETINGS_SEQ, String(Math.max(counter, last)));
  const tab = c.l.found.meetings!.sheetName;
  fresh.forEach((m, n) => {
    m.id = formatId(MEETINGS.idPrefix!, first + n);
    if (m.answer)
      m.answer.answers = `${c.tl(TEXT.meetingRecorded, { id: m.id, tab })}\n${String(m.answer.answers)}`;
  });
}

/** Answers appended, earlier counted answers marked replaced, survey rows and people updated, new people's ids. */
function writeCollected(c: Collecting): void {
  const { p, l } = c;
  nameMeetings(c);
  writeResponses(p, l, c.newRows, c.replacedIndex, c.locale);
  if (c.meetings.length > 0) {
    const table = l.found.meetings!;
    p.sheets.appendRows(
      table,
      c.meetings.map((m) => sheetRow(table, { ...m.cells, id: m.id! })),
    );
    p.properties.delete(PENDING_MEETINGS_KEY);
  }
  writeSpans(p, l.found.surveys!, l.reads.surveys!, c.updates);
  for (const key of ["mentors", "mentees"] as const) {
    const read = l.reads[key]!;
    const people = c.people[key];
    const fills = new Map<number, Record<string, Cell>>();
    for (const [i, fill] of people.fills) fills.set(people.rowNumbers[i]! - read.firstRow, fill);
    writeSpans(p, l.found[key]!, read, fills);
    const table = l.found[key]!;
    // Ids come from the counter below, never from an answer.
    if (people.appended.length > 0)
      p.sheets.appendRows(
        table,
        people.appended.map(({ id: _id, ...r }) => sheetRow(table, r)),
      );
    // The new people get their ids now, as an import gives them (one more read of the tab); a run stopped
    // between adding them and their ids left rows without one, which every run gives an id.
    assignIds(p, { [key]: table }, { [key]: people.appended.length > 0 ? p.sheets.readTable(table) : read });
  }
}

function writeResponses(
  p: Ports,
  l: Loaded,
  rows: Record<string, Cell>[],
  replaced: number[],
  locale: Locale,
): void {
  const read = l.reads.responses!;
  const table = l.found.responses!;
  if (replaced.length > 0)
    writeSpans(
      p,
      table,
      read,
      new Map(replaced.map((i) => [i, { status: responseStatuses.label("replaced", locale) }])),
    );
  if (rows.length === 0) return;
  const ids = read.rows.map((r) => cellAt(read, r, "id"));
  const first = reserve(
    p,
    "mentor-base.seq.responses",
    highestIdNumber(RESPONSES.idPrefix!, ids),
    rows.length,
  );
  p.sheets.appendRows(
    table,
    rows.map((r, n) => sheetRow(table, { ...r, id: formatId(RESPONSES.idPrefix!, first + n) })),
  );
}

/** The «Анкеты» sidebar's view: read only, no lock. */
export function surveysView(p: Ports): Outcome<SurveysView> {
  const found = p.sheets.findTables();
  const locale = p.locale;
  const year = (() => {
    if (!found.settings) return "";
    const read = p.sheets.readTable(found.settings);
    const check = validateBase({ settings: read }, { locale, offsetMinutes: 0 });
    return String(check.settings["program.year"] ?? "").trim();
  })();
  const counts = new Map<SurveyKind, { -readonly [K in keyof SurveyKindView["counts"]]: number }>();
  const inDoubt = new Map<SurveyKind, { personId: string; name: string; row: number }[]>();
  if (found.surveys) {
    const read = p.sheets.readTable(found.surveys);
    read.rows.forEach((row, i) => {
      const kind = kinds.parse(String(cellAt(read, row, "survey")));
      if (!kind || String(cellAt(read, row, "year")).trim() !== year) return;
      const c = counts.get(kind) ?? { total: 0, pending: 0, sent: 0, answered: 0, uncertain: 0 };
      c.total++;
      const status = statuses.parse(String(cellAt(read, row, "status"))) ?? "pending";
      if (status === "answered") c.answered++;
      else if (status === "sent") c.sent++;
      else if (status === "uncertain" || status === "sending") {
        // «отправляется» is what an older version left after a stop: in doubt as well until the next send.
        c.uncertain++;
        const personId = String(cellAt(read, row, "personId")).trim();
        const list = inDoubt.get(kind) ?? [];
        list.push({
          // The row's key: the person, or the person and the pair for the meeting journal.
          personId: rowKeyOf(kind, personId, String(cellAt(read, row, "pairId")).trim()),
          name:
            (String(cellAt(read, row, "personName")).trim() || personId) +
            (kind === "meeting_journal" ? ` (${String(cellAt(read, row, "pairId")).trim()})` : ""),
          row: read.firstRow + i,
        });
        inDoubt.set(kind, list);
      } else c.pending++;
      counts.set(kind, c);
    });
  }
  const batches = new Set<string>();
  const groups = new Set<string>();
  if (found.pairs) {
    const read = p.sheets.readTable(found.pairs);
    for (const row of read.rows) {
      // Empty means active, as the base reads it.
      const status = pairStatuses.parse(String(cellAt(read, row, "status"))) ?? "active";
      if (status !== "active" && status !== "paused") continue;
      const b = String(cellAt(read, row, "batch")).trim();
      const g = String(cellAt(read, row, "groupId")).trim();
      if (b) batches.add(b);
      if (g) groups.add(g);
    }
  }
  const forms = storedForms(p).filter((f) => f.year === year);
  return {
    ok: {
      locale,
      year,
      kinds: (Object.keys(SURVEYS) as SurveyKind[]).map((kind) => {
        const form = forms.find((f) => f.kind === kind);
        return {
          kind,
          label: SURVEYS[kind].title[locale],
          audience: SURVEYS[kind].audience,
          registration: isRegistration(kind),
          form: form ? { url: form.url, editUrl: form.editUrl } : null,
          counts: counts.get(kind) ?? { total: 0, pending: 0, sent: 0, answered: 0, uncertain: 0 },
          inDoubt: inDoubt.get(kind) ?? [],
        };
      }),
      batches: [...batches].sort(),
      groups: [...groups].sort(),
    },
  };
}

/** Makes (or finds) the survey's form for the year and returns its links: for registration forms. */
export function surveyForm(p: SurveyPorts, kind: SurveyKind): Outcome<{ url: string; editUrl: string }> {
  return locked<{ url: string; editUrl: string }>(p, () => {
    const l = load(p, ["settings"]);
    if (typeof l === "string") return { error: l };
    const form = ensureForm(p, kind, l.year, rootFolder(l, baseLocale(p)));
    return { ok: { url: form.url, editUrl: form.editUrl } };
  });
}
