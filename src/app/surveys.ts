import { type Cell, isoToDateCell } from "../domain/cells";
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
import type { SurveysView } from "../domain/surveysView";
import { RESPONSES, SURVEYS as SURVEYS_TABLE, type TableKey, tableSpec } from "../domain/tables";
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
import { QuotaError, TOKEN_MARK } from "../ports";
import { assignIds } from "./ids";
import {
  baseLocale,
  cellAt,
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
const JOB_KEY = "mentor-base.surveys.job";
const FORMS_KEY = "mentor-base.forms";
/** Rows are marked «отправляется» in chunks this size before their mails go: a hard stop never mails twice. */
const CHUNK = 20;

export type SurveyScope =
  | { readonly type: "all" }
  | { readonly type: "batch"; readonly code: string }
  | { readonly type: "group"; readonly code: string };

export interface SendResult {
  readonly kind: SurveyKind;
  readonly sent: number;
  /** Participants who get no mail, with why (no consent, no address…): for the curator to fix. */
  readonly skipped: readonly { readonly personId: string; readonly name: string; readonly why: string }[];
  /** Already sent before (or answered): not sent again. */
  readonly already: number;
  /** Left for tomorrow: the daily quota ran out. */
  readonly later: number;
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
  mailFailed: { ru: "письмо не ушло: {error}", en: "the mail did not go: {error}" },
  unconfirmed: {
    ru: "отправка прервалась: письмо могло уйти; повторно не отправляется",
    en: "sending was cut off: the mail may have gone; it is not sent again",
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
  const check = validateBase(reads, { locale: p.locale, offsetMinutes: offset });
  const year = String(check.settings["program.year"] ?? "").trim();
  if (!year) return t(TEXT.noYear);
  return { found, reads, check, base: baseFrom(check), offset, year };
}

// ---- forms ------------------------------------------------------------------------------------------------

interface StoredForm extends FormRef {
  readonly kind: SurveyKind;
  readonly year: string;
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

/** The survey's form for the year: the one made before if it still exists, else a new one. */
export function ensureForm(p: SurveyPorts, kind: SurveyKind, year: string, folderRoot: string): StoredForm {
  const list = storedForms(p);
  const known = list.find((f) => f.kind === kind && f.year === year);
  if (known && p.forms.exists(known.id)) return known;
  const locale = baseLocale(p);
  const folder = p.docs.folder([folderRoot, year.replace("/", "–"), locale === "ru" ? "Анкеты" : "Surveys"]);
  const made = p.forms.create(formSpec(SURVEYS[kind], year, locale), folder);
  const stored: StoredForm = { ...made, kind, year };
  p.properties.set(FORMS_KEY, JSON.stringify([...list.filter((f) => f !== known), stored]));
  return stored;
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

function eligible(person: Mentor | Mentee | undefined, t: ReturnType<typeof translator>): string | null {
  if (!person) return t(TEXT.badRow);
  if (!person.email) return t(TEXT.noEmail);
  if (!person.consent) return t(TEXT.noConsent);
  if (person.minor && !person.guardianConsent) return t(TEXT.noGuardian);
  return null;
}

/**
 * «Отправить анкеты» (mode "send") and «Напомнить» (mode "remind") for one survey and a choice of pairs. Every
 * participant gets a row on «Анкеты» (with the reason when no mail can go); rows are marked «отправляется» before
 * their mails go, so a run stopped hard never mails anyone twice.
 */
export function sendSurveys(
  p: SurveyPorts,
  kind: SurveyKind,
  scope: SurveyScope,
  mode: "send" | "remind",
): Outcome<SendResult> {
  const t = translator(p.locale);
  return locked<SendResult>(p, () => {
    const l = load(p, ["mentors", "mentees", "pairs", "settings", "surveys"], ["surveys"]);
    if (typeof l === "string") return { error: l };
    const locale = baseLocale(p);
    const tl = translator(locale);
    const form = ensureForm(p, kind, l.year, rootFolder(l, locale));
    if (isRegistration(kind)) return { error: t(TEXT.registrationNotSent, { url: form.url }) };
    const def = SURVEYS[kind];
    const read = l.reads.surveys!;
    const table = l.found.surveys!;
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    const todayCell = isoToDateCell(today, l.offset);
    const settings = l.check.settings;
    const orgName = String(settings["org.shortName"] ?? "") || String(settings["org.name"] ?? "");
    const curatorName = String(settings["curator.name"] ?? "");
    const curatorEmail = String(settings["curator.email"] ?? "");

    // Who: the participants of the current pairs in scope, each once.
    const inScope = (x: Pair) =>
      (x.status === "active" || x.status === "paused") &&
      (scope.type === "all" ||
        (scope.type === "batch" && x.batch === scope.code) ||
        (scope.type === "group" && x.groupId === scope.code));
    const people = new Map<string, Pair>();
    for (const pair of l.base.pairs.filter(inScope)) {
      const personId = def.audience === "mentor" ? pair.mentorId : pair.menteeId;
      if (!people.has(personId)) people.set(personId, pair);
    }
    const mentors = new Map(l.base.mentors.map((m) => [m.id, m]));
    const mentees = new Map(l.base.mentees.map((m) => [m.id, m]));

    // Their rows on «Анкеты» (this survey, this year).
    const existing = new Map<string, SurveyRow>();
    read.rows.forEach((row, index) => {
      if (kinds.parse(String(cellAt(read, row, "survey"))) !== kind) return;
      if (String(cellAt(read, row, "year")).trim() !== l.year) return;
      const personId = String(cellAt(read, row, "personId")).trim();
      if (!personId || existing.has(personId)) return;
      const cells: Record<string, Cell> = {};
      for (const c of SURVEYS_TABLE.columns) cells[c.key] = cellAt(read, row, c.key);
      existing.set(personId, { index, cells });
    });

    const random = uuidRandom(p.uuid);
    const rows: SurveyRow[] = [];
    const toSend: { row: SurveyRow; to: string; name: string }[] = [];
    const skipped: SendResult["skipped"][number][] = [];
    let already = 0;
    for (const [personId, pair] of people) {
      const person = def.audience === "mentor" ? mentors.get(personId) : mentees.get(personId);
      const row: SurveyRow = existing.get(personId) ?? {
        index: undefined,
        cells: {
          survey: kinds.label(kind, locale),
          year: l.year,
          personId,
          role: roles.label(def.audience, locale),
          pairId: pair.id,
          status: statuses.label("pending", locale),
        },
      };
      rows.push(row);
      row.cells.personName = person?.fullName ?? row.cells.personName ?? "";
      const status = statuses.parse(String(row.cells.status ?? "")) ?? "pending";
      if (status === "answered") {
        already++;
        continue;
      }
      if (status === "sending") {
        // A run was stopped after marking and maybe after mailing: never again.
        row.cells.status = statuses.label("sent", locale);
        row.cells.problem = tl(TEXT.unconfirmed);
        already++;
        continue;
      }
      const remindedToday =
        row.cells.remindDate instanceof Date &&
        p.clock.format(row.cells.remindDate as Date, "yyyy-MM-dd") === today;
      if (mode === "send" ? status === "sent" : status !== "sent" || remindedToday) {
        if (mode === "remind" && status === "pending") continue;
        already++;
        continue;
      }
      const why = eligible(person, tl);
      if (why) {
        row.cells.problem = why;
        skipped.push({ personId, name: person?.fullName ?? personId, why });
        continue;
      }
      row.cells.problem = "";
      if (!row.cells.token || !normaliseToken(row.cells.token)) row.cells.token = makeToken(random);
      toSend.push({ row, to: person!.email!, name: person!.fullName });
    }

    // The quota first: what does not fit goes tomorrow.
    const room = Math.max(0, p.mail.remaining());
    const now = toSend.slice(0, room);
    let later = toSend.length - now.length;
    let sent = 0;
    const nextId = { n: 0 };
    const flushRows = () => writeSurveyRows(p, table, read, rows, nextId);

    for (let i = 0; i < now.length; i += CHUNK) {
      const chunk = now.slice(i, i + CHUNK);
      for (const s of chunk) s.row.cells.status = statuses.label("sending", locale);
      flushRows();
      let quotaAt = -1;
      chunk.forEach((s, k) => {
        if (quotaAt >= 0) return;
        const link = form.prefilled.replace(TOKEN_MARK, String(s.row.cells.token));
        const params = { personName: s.name, orgName, link, curatorName, curatorEmail };
        const mail =
          mode === "send" ? invitationMail(kind, params, locale) : reminderMail(kind, params, locale);
        try {
          p.mail.send({
            to: s.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            name: curatorName,
            replyTo: curatorEmail || undefined,
          });
          s.row.cells.status = statuses.label("sent", locale);
          if (mode === "send") s.row.cells.sentDate = todayCell;
          else s.row.cells.remindDate = todayCell;
          sent++;
        } catch (err) {
          if (err instanceof QuotaError) {
            quotaAt = k;
            return;
          }
          const message = errorMessage(err);
          s.row.cells.status = statuses.label(mode === "send" ? "pending" : "sent", locale);
          s.row.cells.problem = tl(TEXT.mailFailed, { error: message });
          skipped.push({
            personId: String(s.row.cells.personId),
            name: s.name,
            why: String(s.row.cells.problem),
          });
        }
      });
      if (quotaAt >= 0) {
        // Nothing was sent from here on: back to where they were.
        for (const s of chunk.slice(quotaAt))
          s.row.cells.status = statuses.label(mode === "send" ? "pending" : "sent", locale);
        later += now.length - (i + quotaAt);
        flushRows();
        break;
      }
      flushRows();
    }
    if (now.length === 0) flushRows();
    if (later > 0) {
      p.properties.set(JOB_KEY, JSON.stringify({ kind, scope, mode }));
      p.triggers.runLater(CONTINUE_SURVEYS, untilTomorrow(p, l.offset));
    } else if (p.properties.get(JOB_KEY)) {
      p.properties.set(JOB_KEY, "");
      p.triggers.cancel(CONTINUE_SURVEYS);
    }
    const lines = [
      t(mode === "send" ? TEXT.sent : TEXT.reminded, {
        survey: def.title[p.locale],
        sent,
        already,
        skipped: skipped.length,
      }),
    ];
    // What waits for tomorrow is `later`: the sidebar words it.
    return { ok: { kind, sent, skipped, already, later, formUrl: form.url, message: lines.join(" ") } };
  });
}

/** The trigger's job: the send that ran out of quota, again (what was sent is not sent twice). */
export function continueSurveys(p: SurveyPorts): Outcome<SendResult> | null {
  const raw = p.properties.get(JOB_KEY);
  if (!raw) return null;
  const job = JSON.parse(raw) as { kind: SurveyKind; scope: SurveyScope; mode: "send" | "remind" };
  return sendSurveys(p, job.kind, job.scope, job.mode);
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
      ["mentors", "mentees", "pairs", "settings", "surveys", "responses"],
      ["surveys", "responses"],
    );
    if (typeof l === "string") return { error: l };
    const locale = baseLocale(p);
    const tl = translator(locale);
    const forms = storedForms(p).filter((f) => p.forms.exists(f.id));
    const responsesRead = l.reads.responses!;
    const known = new Set(
      responsesRead.rows.map((r) => String(cellAt(responsesRead, r, "responseId")).trim()).filter(Boolean),
    );
    const surveysRead = l.reads.surveys!;
    const byToken = new Map<string, number>();
    surveysRead.rows.forEach((row, i) => {
      const token = normaliseToken(cellAt(surveysRead, row, "token"));
      if (token) byToken.set(token, i);
    });
    const updates = new Map<number, Record<string, Cell>>();
    const newRows: Record<string, Cell>[] = [];
    const replacedIndex: number[] = [];
    const lastCounted = new Map<string, { at: number; responseRow: number | "new"; index: number }>();
    // Counted answers already recorded, by their person's token: a newer answer replaces them.
    const tokenOfPerson = new Map<string, string>();
    for (const [token, i] of byToken) {
      const row = surveysRead.rows[i]!;
      const who = `${kinds.parse(String(cellAt(surveysRead, row, "survey")))}|${String(cellAt(surveysRead, row, "year")).trim()}|${String(cellAt(surveysRead, row, "personId")).trim()}`;
      tokenOfPerson.set(who, token);
    }
    responsesRead.rows.forEach((row, i) => {
      if (responseStatuses.parse(String(cellAt(responsesRead, row, "status"))) !== "counted") return;
      const who = `${kinds.parse(String(cellAt(responsesRead, row, "survey")))}|${String(cellAt(responsesRead, row, "year")).trim()}|${String(cellAt(responsesRead, row, "personId")).trim()}`;
      const token = tokenOfPerson.get(who);
      if (token) lastCounted.set(token, { at: 0, responseRow: i, index: i });
    });
    // The people already on each tab, read once: matched against every registration.
    const peopleOf = (key: "mentors" | "mentees") => {
      const rows = dataRows(tableSpec(key), l.reads[key]!);
      return {
        existing: rows.map((r) => r.cells as PersonRow),
        rowNumbers: rows.map((r) => r.row),
        appended: [] as PersonRow[],
        fills: new Map<number, PersonRow>(),
      };
    };
    const people = { mentors: peopleOf("mentors"), mentees: peopleOf("mentees") };
    let received = 0;
    let counted = 0;
    let flagged = 0;
    let registered = 0;
    for (const form of forms) {
      const def = SURVEYS[form.kind];
      for (const answer of p.forms.responses(form.id, known)) {
        received++;
        const keyed = answersByKey(def, answer.answers as Record<string, string | string[]>);
        const submitted = new Date(answer.at);
        const base: Record<string, Cell> = {
          survey: kinds.label(form.kind, locale),
          year: form.year,
          submitted,
          answers: answersText(def, keyed, locale),
          responseId: answer.id,
        };
        const problems = validateAnswers(def, keyed);
        if (problems.length > 0)
          base.answers = `${problems.map((x) => x.message[locale]).join(" ")}\n${String(base.answers)}`;
        if (isRegistration(form.kind) && problems.length > 0) {
          // Not added to the base: a registration without consent or with a required answer missing.
          newRows.push({
            ...base,
            personName: String(keyed.fullName ?? ""),
            status: responseStatuses.label("review", locale),
          });
          flagged++;
          continue;
        }
        if (isRegistration(form.kind)) {
          const tableKey = registrationTable(def).key as "mentors" | "mentees";
          const row = registrationRow(def, keyed, locale);
          const spec = tableSpec(tableKey);
          const existingRows = people[tableKey].existing;
          const existingRowNumbers = people[tableKey].rowNumbers;
          const all = [...existingRows, ...people[tableKey].appended];
          const match = matchPerson(row, all);
          let note: string;
          let status: "registered" | "review" = "registered";
          if (match.kind === "new") {
            // The form's consent is given when the answer is submitted.
            if (row.consent === true && (row.consentDate === undefined || row.consentDate === ""))
              row.consentDate = isoToDateCell(p.clock.format(submitted, "yyyy-MM-dd"), l.offset);
            people[tableKey].appended.push(row);
            note = tl(TEXT.added, { tab: l.found[tableKey]!.sheetName });
            registered++;
          } else if (match.kind === "same" && match.index < existingRows.length) {
            const fills = people[tableKey].fills;
            fills.set(match.index, { ...(fills.get(match.index) ?? {}), ...match.fill });
            const rowNo = existingRowNumbers[match.index]!;
            note =
              match.conflicts.length > 0
                ? tl(TEXT.conflicts, {
                    row: rowNo,
                    fields: match.conflicts
                      .map((c) => spec.columns.find((s) => s.key === c.key)?.header[locale] ?? c.key)
                      .join(", "),
                  })
                : tl(TEXT.filled, { row: rowNo });
            if (match.conflicts.length > 0) status = "review";
            registered++;
          } else if (match.kind === "same") {
            note = tl(TEXT.filled, { row: "—" });
            registered++;
          } else {
            note = tl(TEXT.ambiguous);
            status = "review";
            flagged++;
          }
          newRows.push({
            ...base,
            personName: String(row.fullName ?? ""),
            status: responseStatuses.label(status, locale),
            answers: `${note}\n${String(base.answers)}`,
          });
          continue;
        }
        const token = normaliseToken(tokenOf(def, keyed) ?? "");
        const index = token ? byToken.get(token) : undefined;
        if (index === undefined) {
          newRows.push({
            ...base,
            status: responseStatuses.label("unknown", locale),
            answers: `${tl(TEXT.unknownToken)}\n${String(base.answers)}`,
          });
          flagged++;
          continue;
        }
        const surveyRow = surveysRead.rows[index]!;
        const rowKind = kinds.parse(String(cellAt(surveysRead, surveyRow, "survey")));
        const personId = String(cellAt(surveysRead, surveyRow, "personId"));
        const who = {
          personId,
          personName: String(cellAt(surveysRead, surveyRow, "personName")),
          pairId: String(cellAt(surveysRead, surveyRow, "pairId")),
        };
        if (rowKind !== form.kind) {
          newRows.push({
            ...base,
            ...who,
            status: responseStatuses.label("foreign", locale),
            answers: `${tl(TEXT.foreignToken, { survey: kinds.label(rowKind ?? form.kind, locale) })}\n${String(base.answers)}`,
          });
          flagged++;
          continue;
        }
        const score = scoreOf(def, keyed);
        // The latest counts: an earlier counted answer of this token becomes history.
        const before = lastCounted.get(token!);
        if (before && before.responseRow !== "new") replacedIndex.push(before.responseRow);
        if (before && before.responseRow === "new")
          newRows[before.index]!.status = responseStatuses.label("replaced", locale);
        newRows.push({
          ...base,
          ...who,
          status: responseStatuses.label("counted", locale),
          score: score === undefined ? "" : score.toFixed(1).replace(".", locale === "ru" ? "," : "."),
        });
        lastCounted.set(token!, { at: answer.at, responseRow: "new", index: newRows.length - 1 });
        updates.set(index, {
          status: statuses.label("answered", locale),
          answerDate: isoToDateCell(p.clock.format(submitted, "yyyy-MM-dd"), l.offset),
          score: score === undefined ? "" : Math.round(score),
          answers: base.answers ?? "",
          problem: "",
        });
        counted++;
      }
    }

    // Writes: answers appended, earlier counted answers marked replaced, survey rows and people updated.
    writeResponses(p, l, newRows, replacedIndex, locale);
    writeSpans(p, l.found.surveys!, surveysRead, updates);
    for (const key of ["mentors", "mentees"] as const) {
      const read = l.reads[key]!;
      const fills = new Map<number, Record<string, Cell>>();
      for (const [i, fill] of people[key].fills) fills.set(people[key].rowNumbers[i]! - read.firstRow, fill);
      writeSpans(p, l.found[key]!, read, fills);
      if (people[key].appended.length > 0) {
        const table = l.found[key]!;
        // Ids come from the counter below, never from an answer.
        p.sheets.appendRows(
          table,
          people[key].appended.map(({ id: _id, ...r }) => sheetRow(table, r)),
        );
        // The new people get their ids now, as an import gives them (one more read of the tab).
        assignIds(p, { [key]: table }, { [key]: p.sheets.readTable(table) });
      }
    }
    const message = t(TEXT.collected, { received, counted, registered, flagged });
    return { ok: { received, counted, flagged, registered, message } };
  });
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
  const counts = new Map<SurveyKind, { total: number; pending: number; sent: number; answered: number }>();
  if (found.surveys) {
    const read = p.sheets.readTable(found.surveys);
    for (const row of read.rows) {
      const kind = kinds.parse(String(cellAt(read, row, "survey")));
      if (!kind || String(cellAt(read, row, "year")).trim() !== year) continue;
      const c = counts.get(kind) ?? { total: 0, pending: 0, sent: 0, answered: 0 };
      c.total++;
      const status = statuses.parse(String(cellAt(read, row, "status"))) ?? "pending";
      if (status === "answered") c.answered++;
      else if (status === "sent" || status === "sending") c.sent++;
      else c.pending++;
      counts.set(kind, c);
    }
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
          counts: counts.get(kind) ?? { total: 0, pending: 0, sent: 0, answered: 0 },
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
