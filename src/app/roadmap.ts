import { type Cell, cellText, dateCellToIso, isDate, isoToDateCell, isoToRu } from "../domain/cells";
import { DOC_KINDS, DOC_STATUSES, enumIndex } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { HALVES } from "../domain/kpi/period";
import {
  autoTicks,
  builtInRoadmap,
  type EvidenceFacts,
  type EvidenceKind,
  type ItemOnDay,
  itemsOnDay,
  ROADMAP_EVIDENCE,
  ROADMAP_STATUSES,
  type RoadmapItem,
  type RoadmapState,
  rowsOfYear,
  startYearOf,
  type YearBlocks,
} from "../domain/roadmap";
import { type TableKey, tableSpec } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import {
  baseLocale,
  cellAt,
  checkReads,
  filledLength,
  locked,
  type Outcome,
  readTabs,
  reserve,
  sheetRow,
  writeSpans,
} from "./tabs";

/**
 * «План работы»: the year's roadmap on «Дорожная карта» (made the first time, filled with the built-in roadmap
 * dated for «Настройки»'s year), the items the add-on can see done ticked in empty cells, and the view the sidebar
 * draws. «Выполнено» on the sidebar marks one row. docs/architecture.md, «The roadmap».
 */

const NEEDED: readonly TableKey[] = [
  "mentors",
  "mentees",
  "staff",
  "achievements",
  "pairs",
  "settings",
  "documents",
  "surveys",
  "kpiHistory",
  "roadmap",
];

/** Set once the built-in roadmap is on the tab: a tab the curator emptied is not filled again. */
export const ROADMAP_FILLED_KEY = "mentor-base.roadmap.filled";

const TEXT = {
  noYear: {
    ru: "На листе «Настройки» не указан учебный год (например 2025/2026). Укажите его и снова выберите «План работы».",
    en: "The academic year (e.g. 2025/2026) is missing on the Settings tab. Fill it in and choose “Plan of work” again.",
  },
  filled: {
    ru: "На лист «{tab}» внесена дорожная карта на {year} учебный год ({n} пунктов). Меняйте её как нужно.",
    en: "The roadmap for {year} ({n} items) is on the “{tab}” tab. Change it as you need.",
  },
  ticked: {
    ru: "Отмечено надстройкой: пункт {number} «{measure}» — {what}.",
    en: "Ticked by the add-on: item {number} “{measure}”: {what}.",
  },
  unreadable: {
    ru: "Лист «{tab}», строка {row}, столбец «{column}»: {problem}",
    en: "“{tab}” tab, row {row}, column “{column}”: {problem}",
  },
  notFound: {
    ru: "Пункт {id} не найден на листе «{tab}» (строку удалили?). Ничего не изменено; откройте «План работы» снова.",
    en: "Item {id} is not on the “{tab}” tab (was the row deleted?). Nothing was changed; open “Plan of work” again.",
  },
  marked: {
    ru: "Пункт {number} отмечен выполненным {date}.",
    en: "Item {number} marked done on {date}.",
  },
  baseOk: {
    ru: "лист «{tab}»: {n} строк, проверка без ошибок",
    en: "“{tab}” tab: {n} rows, checked without errors",
  },
  pairs: { ru: "лист «{tab}»: {n} пар и групп", en: "“{tab}” tab: {n} pairs and groups" },
  surveys: { ru: "лист «{tab}»: {n} анкет отправлено", en: "“{tab}” tab: {n} surveys sent" },
  snapshot: { ru: "лист «{tab}»: срез {date}", en: "“{tab}” tab: snapshot of {date}" },
} satisfies Record<string, L>;

export interface RoadmapItemView {
  readonly id: string;
  /** The sheet row, for the link to it. */
  readonly row: number;
  readonly number: string;
  readonly section: string;
  readonly measure: string;
  readonly deadline: string;
  readonly responsible: string;
  readonly document: string;
  readonly state: RoadmapState;
  /** The next due day (or the last, when passed), ISO. */
  readonly due?: string;
  readonly from?: string;
  readonly doneDate: string;
  readonly evidence: string;
  readonly auto: boolean;
}

export interface RoadmapView {
  readonly year: string;
  readonly today: string;
  readonly yearFrom: string;
  readonly yearTo: string;
  readonly sheetName: string;
  readonly items: readonly RoadmapItemView[];
  /** What happened in this run, for the curator (filled, ticked, marked). */
  readonly messages: readonly string[];
  /** Deadlines that could not be read, each naming its cell. */
  readonly problems: readonly string[];
}

const STATUS = enumIndex(ROADMAP_STATUSES);
const EVIDENCE = enumIndex(ROADMAP_EVIDENCE);

interface Context {
  readonly year: string;
  readonly startYear: number;
  readonly today: string;
  readonly offset: number;
  readonly locale: Locale;
}

function contextOf(p: Ports, check: CheckResult): Context | string {
  const year = String(check.settings["program.year"] ?? "").trim();
  const startYear = startYearOf(year);
  if (startYear === undefined) return translator(p.locale)(TEXT.noYear);
  return {
    year,
    startYear,
    today: p.clock.format(p.clock.now(), "yyyy-MM-dd"),
    offset: p.sheets.offsetMinutes(),
    locale: baseLocale(p),
  };
}

/** The rows of «Дорожная карта» that hold something, as items. */
export function itemsOf(read: TableRead, offset: number): RoadmapItem[] {
  const text = (row: readonly Cell[], key: string) => cellText(cellAt(read, row, key), offset).trim();
  const iso = (v: Cell) => (isDate(v) ? dateCellToIso(v, offset) : "");
  return read.rows.flatMap((row, index) => {
    const measure = text(row, "measure");
    const section = text(row, "section");
    const deadline = text(row, "deadline");
    if (measure === "" && section === "" && deadline === "") return [];
    return [
      {
        id: text(row, "id"),
        index,
        // Sheets turns a typed «1.1» into a number; read it back as it shows.
        number: String(cellAt(read, row, "number")).trim(),
        section,
        measure,
        deadline,
        responsible: text(row, "responsible"),
        result: text(row, "result"),
        document: text(row, "document"),
        status: STATUS.parse(text(row, "status")) ?? "",
        doneDate: iso(cellAt(read, row, "doneDate")),
        evidence: text(row, "evidence"),
        auto: EVIDENCE.parse(text(row, "auto")) ?? "",
      },
    ];
  });
}

/** "on" while the curator wants the roadmap's reminders (src/app/roadmapReminders.ts). */
export const REMINDERS_ON_KEY = "mentor-base.roadmap.reminders";
/** The reminders' last run summary, shown on the «План работы» sidebar while they are on. */
export const REMINDERS_LAST_KEY = "mentor-base.roadmap.remindersLast";

/** Academic year → the first id of the rows «Новый учебный год: дорожная карта» added for it (src/app/roadmapNewYear). */
export const ROADMAP_YEARS_KEY = "mentor-base.roadmap.years";

export function yearBlocks(p: Ports): YearBlocks {
  try {
    const v = JSON.parse(p.properties.get(ROADMAP_YEARS_KEY) ?? "{}") as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as YearBlocks) : {};
  } catch {
    return {};
  }
}

/** The items of one academic year: the rows of its block when new years were added below the old ones. */
export function itemsOfYear(
  blocks: YearBlocks,
  read: TableRead,
  offset: number,
  year: string,
): RoadmapItem[] {
  const ids = read.rows.map((row) => cellText(cellAt(read, row, "id"), offset).trim());
  const { from, to } = rowsOfYear(ids, blocks, year);
  return itemsOf(read, offset).filter((i) => i.index >= from && i.index < to);
}

/** The built-in roadmap appended to a new, empty tab, with ids; once per base. */
function fillBuiltIn(p: Ports, table: FoundTable, read: TableRead, c: Context): string | null {
  if (p.properties.get(ROADMAP_FILLED_KEY) !== null || filledLength(read) > 0) return null;
  const items = builtInRoadmap(c.startYear, c.locale);
  const first = reserve(p, "mentor-base.seq.roadmap", 0, items.length);
  const rows = items.map((item, i) =>
    sheetRow(table, {
      ...item,
      id: `ДК-${String(first + i).padStart(4, "0")}`,
      auto: item.auto === "" ? "" : EVIDENCE.label(item.auto, c.locale),
    }),
  );
  p.sheets.appendRows(table, rows);
  p.properties.set(ROADMAP_FILLED_KEY, c.year);
  return translator(p.locale)(TEXT.filled, { tab: table.sheetName, year: c.year, n: items.length });
}

/** What the add-on sees done this academic year, from the tabs it read. */
export function factsOf(
  check: CheckResult,
  reads: Partial<Record<TableKey, TableRead>>,
  c: Context,
  names: Record<TableKey, string>,
): EvidenceFacts {
  const t = translator(c.locale);
  const facts: { [K in EvidenceKind]?: { date: string; link: string } } = {};
  const errorsOn = (k: TableKey) => check.problems.some((x) => x.table === k && x.severity === "error");
  for (const [k, kind] of [
    ["mentees", "menteeBase"],
    ["mentors", "mentorBase"],
  ] as const) {
    const n = check.rowCounts[k] ?? 0;
    if (n > 0 && !errorsOn(k)) facts[kind] = { date: c.today, link: t(TEXT.baseOk, { tab: names[k], n }) };
  }
  const pairs = check.rowCounts.pairs ?? 0;
  if (pairs > 0 && !errorsOn("pairs"))
    facts.pairs = { date: c.today, link: t(TEXT.pairs, { tab: names.pairs, n: pairs }) };
  const docs = reads.documents;
  const kinds = enumIndex(DOC_KINDS);
  const statuses = enumIndex(DOC_STATUSES);
  for (const row of docs?.rows ?? []) {
    const kind = kinds.parse(String(cellAt(docs!, row, "kind")));
    const ready = statuses.parse(String(cellAt(docs!, row, "status"))) === "ready";
    const made = cellAt(docs!, row, "made");
    const date = isDate(made) ? dateCellToIso(made, c.offset) : "";
    if (!ready || date === "" || !inYear(date, c) || (kind !== "order" && kind !== "agreement")) continue;
    const key = kind === "order" ? "order" : "agreements";
    if (!facts[key] || date < facts[key]!.date)
      facts[key] = { date, link: String(cellAt(docs!, row, "link")).trim() || names.documents };
  }
  const surveys = reads.surveys;
  const sent = (surveys?.rows ?? []).filter(
    (row) =>
      String(cellAt(surveys!, row, "personId")).trim() !== "" && sameYear(cellAt(surveys!, row, "year"), c),
  ).length;
  if (sent > 0) facts.surveys = { date: c.today, link: t(TEXT.surveys, { tab: names.surveys, n: sent }) };
  const h = reads.kpiHistory;
  const halves = enumIndex(HALVES);
  for (const row of h?.rows ?? []) {
    if (!sameYear(cellAt(h!, row, "year"), c)) continue;
    const half = halves.parse(String(cellAt(h!, row, "half")));
    const taken = cellAt(h!, row, "takenAt");
    const date = isDate(taken) ? dateCellToIso(taken, c.offset) : "";
    if (!half || date === "") continue;
    const key = half === "december" || half === "january" ? "snapshotDecember" : "snapshotJune";
    if (!facts[key])
      facts[key] = { date, link: t(TEXT.snapshot, { tab: names.kpiHistory, date: isoToRu(date) }) };
  }
  return facts;
}

const inYear = (iso: string, c: Context) =>
  iso >= `${c.startYear}-09-01` && iso <= `${c.startYear + 1}-08-31`;
const sameYear = (v: Cell, c: Context) => startYearOf(String(v).trim()) === c.startYear;

interface Loaded {
  readonly table: FoundTable;
  readonly read: TableRead;
  readonly check: CheckResult;
  readonly reads: Partial<Record<TableKey, TableRead>>;
  readonly names: Record<TableKey, string>;
  readonly c: Context;
  readonly messages: string[];
}

/** The tabs read (the roadmap made and filled when new) and the year known; or the curator's message. */
function load(p: Ports): Loaded | string {
  const tabs = readTabs(p, NEEDED, { make: ["roadmap"] });
  if (typeof tabs === "string") return tabs;
  const { found, reads } = tabs;
  const offset = p.sheets.offsetMinutes();
  const check = checkReads(p, reads, offset);
  const c = contextOf(p, check);
  if (typeof c === "string") return c;
  const table = found.roadmap!;
  let read = reads.roadmap!;
  const messages: string[] = [];
  const filled = fillBuiltIn(p, table, read, c);
  if (filled !== null) {
    messages.push(filled);
    read = p.sheets.readTable(table);
  }
  const names = Object.fromEntries(
    NEEDED.map((k) => [k, found[k]?.sheetName ?? tableSpec(k).title[c.locale]]),
  ) as Record<TableKey, string>;
  return { table, read, check, reads, names, c, messages };
}

/** «План работы»: the roadmap made if new, what the add-on sees done ticked, and the sidebar's view. */
export function openRoadmap(p: Ports): Outcome<RoadmapView> {
  return locked<RoadmapView>(p, () => {
    const l = load(p);
    if (typeof l === "string") return { error: l };
    const items = itemsOfYear(yearBlocks(p), l.read, l.c.offset, l.c.year);
    const ticks = autoTicks(items, factsOf(l.check, l.reads, l.c, l.names));
    const t = translator(p.locale);
    const marks = new Map<number, Record<string, Cell>>();
    const statuses = new Map<number, Record<string, Cell>>();
    for (const tick of ticks) {
      const cells: Record<string, Cell> = {};
      if (tick.doneDate) cells.doneDate = isoToDateCell(tick.doneDate, l.c.offset);
      if (tick.evidence) cells.evidence = tick.evidence;
      if (Object.keys(cells).length > 0) marks.set(tick.index, cells);
      statuses.set(tick.index, { status: STATUS.label("done", l.c.locale) });
      const item = items.find((i) => i.index === tick.index)!;
      l.messages.push(
        t(TEXT.ticked, {
          number: item.number,
          measure: item.measure,
          what: EVIDENCE.label(tick.kind, p.locale),
        }),
      );
    }
    // The date and evidence first, the status last: a run stopped in between leaves the status empty, so the
    // next run ticks the item (its date and evidence, now filled, are kept), never leaving a tick without them.
    writeSpans(p, l.table, l.read, marks);
    writeSpans(p, l.table, l.read, statuses);
    // The reminders' last run (src/app/roadmapReminders.ts), while they are on: who got nothing and why.
    const reminded = p.properties.get(REMINDERS_ON_KEY) === "on";
    const last = reminded ? p.properties.get(REMINDERS_LAST_KEY) : null;
    if (last) l.messages.push(last);
    return { ok: viewOf(p, l) };
  });
}

/** «Выполнено» on the sidebar: the item's status, done date and (when given) evidence; nothing else is written. */
export function markRoadmapDone(p: Ports, id: string, date: string, evidence: string): Outcome<RoadmapView> {
  return locked<RoadmapView>(p, () => {
    const l = load(p);
    if (typeof l === "string") return { error: l };
    const t = translator(p.locale);
    const item = itemsOfYear(yearBlocks(p), l.read, l.c.offset, l.c.year).find((i) => i.id === id);
    if (!item) return { error: t(TEXT.notFound, { id, tab: l.table.sheetName }) };
    const cells: Record<string, Cell> = {
      status: STATUS.label("done", l.c.locale),
      doneDate: isoToDateCell(date, l.c.offset),
    };
    if (evidence.trim() !== "") cells.evidence = evidence.trim();
    writeSpans(p, l.table, l.read, new Map([[item.index, cells]]));
    l.messages.push(t(TEXT.marked, { number: item.number || item.id, date: isoToRu(date) }));
    return { ok: viewOf(p, l) };
  });
}

function viewOf(p: Ports, l: Loaded): RoadmapView {
  const t = translator(p.locale);
  const placed: ItemOnDay[] = itemsOnDay(
    itemsOfYear(yearBlocks(p), l.read, l.c.offset, l.c.year),
    l.c.startYear,
    l.c.today,
  );
  const column =
    l.read.headers[l.read.columns.deadline ?? -1] ?? tableSpec("roadmap").columns[4]!.header[p.locale];
  return {
    year: l.c.year,
    today: l.c.today,
    yearFrom: `${l.c.startYear}-09-01`,
    yearTo: `${l.c.startYear + 1}-08-31`,
    sheetName: l.table.sheetName,
    items: placed.map(({ item, deadline, state, due }) => ({
      id: item.id,
      row: l.read.firstRow + item.index,
      number: item.number,
      section: item.section,
      measure: item.measure,
      deadline: item.deadline,
      responsible: item.responsible,
      document: item.document,
      state,
      ...(due ? { due } : {}),
      ...(deadline?.from ? { from: deadline.from } : {}),
      doneDate: item.doneDate,
      evidence: item.evidence,
      auto: item.auto !== "",
    })),
    messages: l.messages,
    problems: placed
      .filter((x) => x.problem && x.item.deadline !== "")
      .map((x) =>
        t(TEXT.unreadable, {
          tab: l.table.sheetName,
          row: l.read.firstRow + x.item.index,
          column: String(column),
          problem: x.problem![p.locale],
        }),
      ),
  };
}
