import { carryCuratorCells } from "../domain/base/carry";
import { dateInRange, dateRange } from "../domain/base/limits";
import { type Cell, isIsoDate, isoToDateCell, isoToRu } from "../domain/cells";
import { enumIndex, FORMS, KINDS, MODELS, PAIR_STATUSES } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { MatchError, type MatchResult, matchBase, matchInputFromBase } from "../domain/matching";
import { type Base, baseFrom, type Pair } from "../domain/model";
import type { ConfirmResult, PairAction, PairsView } from "../domain/pairsView";
import {
  applyAction,
  curatorInput,
  type DecisionRow,
  decisionsFrom,
  matchSettings,
  type ProposalSummary,
  pairsView,
  proposalRows,
  splitDecisions,
} from "../domain/proposals";
import { PAIRS, type TableKey } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import { baseLocale, checkReads, locked, type Outcome, readTabs, reserve, sheetRow } from "./tabs";

/**
 * «Подобрать пары», the «Пары» sidebar's actions and «Утвердить пары». The «Предложенные пары» tab is the state:
 * each action reads the base and the tab, applies the curator's decision, matches again and rewrites the tab
 * (one read per tab, one write per column, whatever the number of rows). A decision that cannot hold (a pin
 * breaking a hard rule) is refused before anything is written.
 */

const TEXT = {
  title: { ru: "Подбор пар", en: "Matching" },
  noBase: {
    ru: "В таблице нет листа «{tab}». Выполните «Наставничество → Создать / обновить базу», затем подбор.",
    en: "The spreadsheet has no “{tab}” tab. Run “Mentoring → Create / update the base”, then match again.",
  },
  noColumn: {
    ru: "На листе «{tab}» нет столбца «{column}». Выполните «Наставничество → Создать / обновить базу»: он будет добавлен, данные не изменятся.",
    en: "The “{tab}” tab has no “{column}” column. Run “Mentoring → Create / update the base”: it is added and no data changes.",
  },
  pinError: {
    ru: "Решение куратора не может выполняться: {error}\nИсправьте решение на листе «{tab}» (или в панели «Пары») и запустите подбор снова.",
    en: "A curator's decision cannot hold: {error}\nCorrect it on the “{tab}” tab (or in the Pairs sidebar) and match again.",
  },
  done: {
    ru: "Предложено пар: {pairs} (наставников с группой: {groups}), без наставника: {unmatched}, исключено куратором: {excluded}.",
    en: "{pairs} pairs proposed ({groups} mentors with a group), {unmatched} mentees without a mentor, {excluded} excluded by the curator.",
  },
  skipped: {
    ru: "Строк с ошибками, не участвовавших в подборе: {n}. Выполните «Проверить базу», чтобы увидеть и исправить их.",
    en: "Rows with errors left out of the matching: {n}. Run “Check the base” to see and fix them.",
  },
  moved: { ru: "{mentee} — теперь у наставника {mentor}", en: "{mentee} now has {mentor} as mentor" },
  alone: { ru: "{mentee} — пока без наставника", en: "{mentee} has no mentor for now" },
  changes: { ru: "Изменилось в подборе: {list}.", en: "What changed in the proposal: {list}." },
  more: { ru: "и ещё {n}", en: "and {n} more" },
  badDate: {
    ru: "Дата начала «{date}» не распознана. Укажите дату в виде ДД.ММ.ГГГГ.",
    en: "The start date “{date}” is not a date. Give it as DD.MM.YYYY.",
  },
  dateOutOfRange: {
    ru: "Дата начала {date} вне разумных пределов: укажите дату с {from} по {to}. Проверьте год — вероятно, опечатка.",
    en: "The start date {date} is out of range: give a date from {from} to {to}. Check the year: probably a slip.",
  },
  nothingAccepted: {
    ru: "Нет принятых пар. Отметьте пары «принять» (в панели «Пары» или на листе «{tab}»), затем утвердите.",
    en: "No pair is accepted. Mark pairs “accept” (in the Pairs sidebar or on the “{tab}” tab), then confirm.",
  },
  orphan: {
    ru: "Этой пары больше нет в подборе (утверждена, отклонена или подбор изменился). Здесь сохранены заметки куратора из его столбцов; удалите строку, когда они не нужны.",
    en: "This pair is no longer proposed (confirmed, rejected, or the matching changed). The curator's notes from their own columns are kept here; delete the row when they are no longer needed.",
  },
  kindKept: {
    ru: "Наставник работает с группой: пары {pairs} на листе «{tab}» получили код группы, но в их «Вид» уже записано другое — поставьте «в группе», если они теперь занимаются вместе.",
    en: "The mentor works with a group: pairs {pairs} on the “{tab}” tab got the group code, but their “Kind” already says otherwise: set it to “group” if they now work together.",
  },
  alreadyDone: {
    ru: "Уже утверждены раньше и пропущены: {n}.",
    en: "Already confirmed before and skipped: {n}.",
  },
} as const satisfies Record<string, L>;

const NEEDED: TableKey[] = ["mentors", "mentees", "pairs", "settings", "proposals"];
/** Columns «Утвердить пары» fills; without them a confirmation would lose what links its rows. */
const CONFIRM_COLUMNS = ["id", "mentorId", "menteeId", "form", "startDate", "status", "batch"] as const;

interface Loaded {
  readonly found: Partial<Record<TableKey, FoundTable>>;
  readonly reads: Partial<Record<TableKey, TableRead>>;
  readonly check: CheckResult;
  readonly base: Base;
  readonly decisions: DecisionRow[];
  readonly offset: number;
}

function load(p: Ports): Loaded | string {
  const tabs = readTabs(p, NEEDED, { missing: TEXT.noBase, make: ["proposals"] });
  if (typeof tabs === "string") return tabs;
  const { found, reads } = tabs;
  const offset = p.sheets.offsetMinutes();
  const check = checkReads(p, reads, offset);
  return { found, reads, check, base: baseFrom(check), decisions: decisionsFrom(reads.proposals), offset };
}

interface Matched {
  readonly result: MatchResult;
  readonly live: DecisionRow[];
  readonly conflicts: ReturnType<typeof splitDecisions>["conflicts"];
  readonly done: DecisionRow[];
  readonly used: Record<string, number>;
}

/** The matching under the decisions; a MatchError becomes the curator's message. */
function matchWith(
  p: Ports,
  l: Loaded,
  pairs: readonly Pair[],
  decisions: readonly DecisionRow[],
): Matched | string {
  const { live, done, conflicts } = splitDecisions(decisions, pairs);
  const { weights, rules } = matchSettings(l.check.settings);
  const input = matchInputFromBase(
    { ...l.base, pairs: [...pairs] },
    { ...curatorInput(live), weights, rules },
  );
  try {
    return { result: matchBase(input), live, done, conflicts, used: { ...input.used } };
  } catch (err) {
    if (err instanceof MatchError)
      return translator(p.locale)(TEXT.pinError, {
        error: err.text[p.locale],
        tab: l.found.proposals!.sheetName,
      });
    throw err;
  }
}

/**
 * Rewrites the proposals tab as whole rows from its first data row: our columns from the new proposal, a
 * curator's own columns carried with their mentee (src/domain/base/carry.ts), blanks down to the last row that
 * held anything, so no stale row is left. Every column of the read is written, so the tab goes in one setValues.
 */
function writeProposals(p: Ports, l: Loaded, m: Matched): ProposalSummary {
  const locale = baseLocale(p);
  const { rows, summary } = proposalRows(m.result, l.base, m.live, m.conflicts, locale, m.used);
  const read = l.reads.proposals!;
  const grid = carryCuratorCells(read, rows, (old) => ({
    ...old,
    score: "",
    reasons: TEXT.orphan[locale],
    alternatives: "",
    decision: "",
  }));
  const writes = [];
  for (let c = 0; c < grid.width; c++)
    writes.push({ column: c + 1, firstRow: read.firstRow, values: grid.rows.map((r) => r[c] ?? "") });
  if (grid.rows.length > 0) p.sheets.writeColumns(l.found.proposals!, writes);
  return summary;
}

function today(p: Ports): string {
  return p.clock.format(p.clock.now(), "yyyy-MM-dd");
}

/** How the proposal moved for mentees other than the one acted on: the curator sees the knock-on effect. */
function changes(p: Ports, base: Base, before: MatchResult, after: MatchResult, except: string): string {
  const t = translator(p.locale);
  const mentorOf = (r: MatchResult) => new Map(r.pairs.map((x) => [x.menteeId, x.mentorId]));
  const was = mentorOf(before);
  const now = mentorOf(after);
  const name = (list: readonly { id: string; fullName: string }[], id: string) =>
    list.find((x) => x.id === id)?.fullName ?? id;
  const lines: string[] = [];
  for (const [menteeId, mentorId] of was) {
    if (menteeId === except || now.get(menteeId) === mentorId) continue;
    const next = now.get(menteeId);
    const mentee = name(base.mentees, menteeId);
    lines.push(
      next === undefined
        ? t(TEXT.alone, { mentee })
        : t(TEXT.moved, { mentee, mentor: name(base.mentors, next) }),
    );
  }
  for (const [menteeId, mentorId] of now) {
    if (menteeId === except || was.has(menteeId)) continue;
    lines.push(t(TEXT.moved, { mentee: name(base.mentees, menteeId), mentor: name(base.mentors, mentorId) }));
  }
  if (lines.length === 0) return "";
  const shown = lines.slice(0, 4);
  if (lines.length > shown.length) shown.push(t(TEXT.more, { n: lines.length - shown.length }));
  return t(TEXT.changes, { list: shown.join("; ") });
}

function viewOf(p: Ports, l: Loaded, m: Matched, message: string): PairsView {
  return pairsView(m.result, l.base, m.live, {
    locale: p.locale,
    tab: l.found.proposals!.sheetName,
    pairsTab: l.found.pairs!.sheetName,
    today: today(p),
    message,
    skippedRows: l.base.skipped.length,
    used: m.used,
  });
}

/**
 * Matches again under the curator's decisions, after applying `action` (null: none), and rewrites the tab. The
 * message of the view says what the matching did (after the menu item) or what moved because of the action.
 */
export function reviewPairs(p: Ports, action: PairAction | null): Outcome<PairsView> {
  const t = translator(p.locale);
  return locked<PairsView>(p, () => {
    const l = load(p);
    if (typeof l === "string") return { error: l };
    let decisions = l.decisions;
    let before: Matched | null = null;
    if (action) {
      const first = matchWith(p, l, l.base.pairs, decisions);
      if (typeof first !== "string") before = first;
      else if (action.type === "acceptAll") return { error: first };
      decisions = applyAction(decisions, action, before?.result.pairs ?? []);
    }
    const m = matchWith(p, l, l.base.pairs, decisions);
    if (typeof m === "string") return { error: m };
    const summary = writeProposals(p, l, m);
    let message: string;
    if (!action) {
      const lines = [t(TEXT.done, { ...summary })];
      if (l.base.skipped.length > 0) lines.push(t(TEXT.skipped, { n: l.base.skipped.length }));
      message = lines.join(" ");
    } else {
      const except = action.type === "acceptAll" ? "" : action.menteeId;
      message = before ? changes(p, l.base, before.result, m.result, except) : "";
    }
    return { ok: viewOf(p, l, m, message) };
  });
}

/**
 * «Утвердить пары»: the accepted pairs become rows of «Пары и группы», with ids, form, model, kind, the start
 * date, status «активна», a group code when a mentor has several mentees, and the confirmation's code that the
 * order (one per confirmation) is made from. An accepted pair already confirmed (say, by a run cut short after
 * writing) is skipped, never written twice. Then the proposal is made again without the confirmed and rejected
 * rows; exclusions and pins stay.
 */
export function confirmPairs(p: Ports, startIso: string): Outcome<ConfirmResult> {
  const t = translator(p.locale);
  const start = String(startIso ?? "").trim();
  if (!isIsoDate(start)) return { error: t(TEXT.badDate, { date: String(startIso ?? "").slice(0, 40) }) };
  // The same range «Проверить базу» holds the dates on «Пары и группы» to, so a date confirmed here never breaks
  // «Сформировать документы» later.
  if (!dateInRange(start, today(p))) {
    const range = dateRange(today(p));
    return {
      error: t(TEXT.dateOutOfRange, {
        date: isoToRu(start),
        from: isoToRu(range.from),
        to: isoToRu(range.to),
      }),
    };
  }
  return locked<ConfirmResult>(p, () => {
    const l = load(p);
    if (typeof l === "string") return { error: l };
    const table = l.found.pairs!;
    const missing = CONFIRM_COLUMNS.find((k) => table.columns[k] === undefined);
    if (missing) {
      const column = PAIRS.columns.find((c) => c.key === missing)!.header[p.locale];
      return { error: t(TEXT.noColumn, { tab: table.sheetName, column }) };
    }
    const m = matchWith(p, l, l.base.pairs, l.decisions);
    if (typeof m === "string") return { error: m };
    const accepted = m.live.filter((d) => d.decision === "accept");
    if (accepted.length === 0 && m.done.length === 0)
      return { error: t(TEXT.nothingAccepted, { tab: l.found.proposals!.sheetName }) };

    const newPairs = plannedPairs(p, l, accepted, start);
    if (newPairs.length > 0) {
      p.sheets.appendRows(
        table,
        newPairs.map((pair) => sheetRow(table, pairCells(pair, baseLocale(p), l.offset))),
      );
    }

    const regrouped = fillEarlierGroups(p, l, newPairs);

    // The proposal again: confirmed pairs now hold their mentees; rejections were about this round only.
    const pairs = [...l.base.pairs, ...newPairs];
    // The accepted ones are now confirmed, so they leave the tab as done decisions.
    const after = matchWith(
      p,
      l,
      pairs,
      l.decisions.filter((d) => d.decision !== "reject"),
    );
    if (typeof after === "string") return { error: after };
    writeProposals(p, l, after);
    const batch = newPairs[0]?.batch ?? "";
    const inGroups = newPairs.filter((x) => x.kind === "group").length;
    // The page words the success from the numbers; the message adds only what they do not say.
    const notes = [];
    if (m.done.length > 0) notes.push(t(TEXT.alreadyDone, { n: m.done.length }));
    if (regrouped.kept.length > 0)
      notes.push(t(TEXT.kindKept, { tab: table.sheetName, pairs: regrouped.kept.join(", ") }));
    const message = notes.join(" ");
    return {
      ok: { confirmed: newPairs.length, inGroups, batch, view: viewOf(p, l, after, message) },
    };
  });
}

/**
 * The new rows: ids, the confirmation's code and group codes reserved first. A mentor whose «Работает с группой»
 * is ticked and who ends up with more than one current mentee leads a group: the new rows get the group code the
 * mentor's current pairs already have, or a new one. Without the tick every pair is traditional.
 */
function plannedPairs(p: Ports, l: Loaded, accepted: readonly DecisionRow[], start: string): Pair[] {
  if (accepted.length === 0) return [];
  const current = l.base.pairs.filter((x) => x.status === "active" || x.status === "paused");
  const ids = l.reads.pairs!.rows.map((r) => r[l.reads.pairs!.columns.id ?? -1] ?? "");
  const batches = l.reads.pairs!.rows.map((r) => r[l.reads.pairs!.columns.batch ?? -1] ?? "");
  const groups = l.reads.pairs!.rows.map((r) => r[l.reads.pairs!.columns.groupId ?? -1] ?? "");
  const mentees = new Map(l.base.mentees.map((x) => [x.id, x]));
  const mentors = new Map(l.base.mentors.map((x) => [x.id, x]));
  const count = new Map<string, number>();
  for (const x of [...current, ...accepted]) count.set(x.mentorId, (count.get(x.mentorId) ?? 0) + 1);
  // A group only when the curator ticked «Работает с группой»: several separate pairs of one mentor are not one.
  const groupWork = new Set(l.base.mentors.filter((x) => x.groupWork).map((x) => x.id));
  const inGroup = (mentorId: string) => groupWork.has(mentorId) && (count.get(mentorId) ?? 0) > 1;
  const groupOf = new Map<string, string>();
  for (const x of current) if (x.groupId && !groupOf.has(x.mentorId)) groupOf.set(x.mentorId, x.groupId);
  const needGroup = [...new Set(accepted.map((a) => a.mentorId))].filter(
    (id) => inGroup(id) && !groupOf.has(id),
  );
  const firstId = reserve(p, "mentor-base.seq.pairs", highestIdNumber(PAIRS.idPrefix!, ids), accepted.length);
  const batchNo = reserve(p, "mentor-base.seq.batches", highestIdNumber("У", batches), 1);
  if (needGroup.length > 0) {
    let g = reserve(p, "mentor-base.seq.groups", highestIdNumber("Г", groups), needGroup.length);
    for (const id of needGroup) groupOf.set(id, formatId("Г", g++));
  }
  return accepted.map((a, i) => {
    const mentee = mentees.get(a.menteeId)!;
    const group = inGroup(a.mentorId);
    return {
      id: formatId(PAIRS.idPrefix!, firstId + i),
      groupId: group ? (groupOf.get(a.mentorId) ?? "") : "",
      mentorId: a.mentorId,
      mentorName: mentors.get(a.mentorId)?.fullName ?? "",
      menteeId: a.menteeId,
      menteeName: mentee.fullName,
      form: mentee.form,
      model: mentee.form === "teacher_teacher" ? mentee.model : undefined,
      kind: group ? "group" : "traditional",
      programmeId: "",
      startDate: start,
      endDate: "",
      status: "active",
      batch: formatId("У", batchNo),
      orderNumber: "",
      orderDate: "",
      agreement: "",
      result: "",
      remarks: "",
    } as Pair;
  });
}

/**
 * A mentor who works with a group (ticked, perhaps after their first pairs were confirmed): their current pairs
 * without a group code get the group's code, and «Вид» «в группе» where it is empty. Only empty cells are
 * filled; a «Вид» already written is kept and its pair named, so the curator changes it if the pair now works in
 * the group. A reconciliation from the pairs as they are: a run stopped after the append fills them on the next.
 */
function fillEarlierGroups(p: Ports, l: Loaded, newPairs: readonly Pair[]): { kept: string[] } {
  const read = l.reads.pairs!;
  const table = l.found.pairs!;
  const idCol = read.columns.id;
  const groupCol = read.columns.groupId;
  const kindCol = read.columns.kind;
  if (idCol === undefined || groupCol === undefined) return { kept: [] };
  const groupWork = new Set(l.base.mentors.filter((x) => x.groupWork).map((x) => x.id));
  const current = [...l.base.pairs, ...newPairs].filter(
    (x) => (x.status === "active" || x.status === "paused") && groupWork.has(x.mentorId),
  );
  const codeOf = new Map<string, string>();
  const count = new Map<string, number>();
  for (const x of current) {
    count.set(x.mentorId, (count.get(x.mentorId) ?? 0) + 1);
    if (x.groupId && !codeOf.has(x.mentorId)) codeOf.set(x.mentorId, x.groupId);
  }
  const rowOf = new Map<string, number>();
  read.rows.forEach((r, i) => {
    const id = String(r[idCol] ?? "").trim();
    if (id && !rowOf.has(id)) rowOf.set(id, i);
  });
  const groups = new Map<number, string>();
  const kinds = new Map<number, string>();
  const kept: string[] = [];
  const groupLabel = enumIndex(KINDS).label("group", baseLocale(p));
  for (const x of current) {
    const code = codeOf.get(x.mentorId);
    const i = rowOf.get(x.id);
    if (!code || i === undefined || (count.get(x.mentorId) ?? 0) < 2) continue;
    if (String(read.rows[i]?.[groupCol] ?? "").trim() !== "") continue;
    groups.set(i, code);
    if (kindCol === undefined) continue;
    if (String(read.rows[i]?.[kindCol] ?? "").trim() === "") kinds.set(i, groupLabel);
    else if (x.kind !== "group") kept.push(x.id);
  }
  if (groups.size === 0) return { kept };
  const indexes = [...groups.keys()];
  const from = Math.min(...indexes);
  const to = Math.max(...indexes);
  const span = (col: number, fill: Map<number, string>): Cell[] => {
    const out: Cell[] = [];
    for (let i = from; i <= to; i++) out.push(fill.get(i) ?? read.rows[i]?.[col] ?? "");
    return out;
  };
  const writes = [{ column: groupCol + 1, firstRow: read.firstRow + from, values: span(groupCol, groups) }];
  if (kindCol !== undefined && kinds.size > 0)
    writes.push({ column: kindCol + 1, firstRow: read.firstRow + from, values: span(kindCol, kinds) });
  p.sheets.writeColumns(table, writes);
  return { kept };
}

/** A pair as the cells of its row, labels in the base's language, the date as a date cell. */
function pairCells(pair: Pair, locale: Locale, offset: number): Record<string, Cell> {
  const forms = enumIndex(FORMS);
  const models = enumIndex(MODELS);
  const kinds = enumIndex(KINDS);
  const statuses = enumIndex(PAIR_STATUSES);
  return {
    id: pair.id,
    groupId: pair.groupId ?? "",
    mentorId: pair.mentorId,
    mentorName: pair.mentorName ?? "",
    menteeId: pair.menteeId,
    menteeName: pair.menteeName ?? "",
    form: forms.label(pair.form, locale),
    model: pair.model ? models.label(pair.model, locale) : "",
    kind: pair.kind ? kinds.label(pair.kind, locale) : "",
    startDate: pair.startDate ? isoToDateCell(pair.startDate, offset) : "",
    status: statuses.label(pair.status, locale),
    batch: pair.batch ?? "",
  };
}

/** Menu «Подобрать пары»: matches with the decisions kept, rewrites the tab and opens the «Пары» sidebar. */
export function proposePairs(p: Ports): PairsView | null {
  const r = reviewPairs(p, null);
  if ("error" in r) {
    p.ui.alert(translator(p.locale)(TEXT.title), r.error);
    return null;
  }
  p.ui.showPairs(r.ok);
  p.ui.toast(r.ok.message);
  return r.ok;
}
