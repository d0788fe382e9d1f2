import type { YoungRule } from "../domain/base/staff";
import { type Cell, dateCellToIso, isDate, isoToDateCell } from "../domain/cells";
import { enumIndex, KPI_INDICATORS, type KpiIndicator } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import {
  besideText,
  evaluate,
  HALVES,
  halfOf,
  INVOLVEMENT_LABELS,
  type KpiData,
  type KpiRow,
  kpiTableRows,
  participantCounts,
  readTargets,
  SNAPSHOT_MONTHS_KEY,
  type SnapshotScheme,
  type StaffInvolvement,
  satisfactionDistribution,
  snapshotOf,
  snapshotSchemeOf,
  staffInvolvement,
  THRESHOLD_KEY,
  thresholdOf,
  YOUNG_INCLUSIVE_KEY,
  YOUNG_MAX_YEARS_KEY,
  youngRuleOf,
} from "../domain/kpi";
import type { KpiHistoryPoint, KpiStaffView, KpiView } from "../domain/kpiView";
import { baseFrom } from "../domain/model";
import { COUNTS, KPI, KPI_HISTORY, type TableKey } from "../domain/tables";
import { type CheckResult, validateBase } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import { type LeftOut, leftOutOfKpi } from "./kpiLeftOut";
import {
  baseLocale,
  cellAt,
  checkReads,
  locked,
  type Outcome,
  readTabs,
  rewriteColumns,
  sheetRow,
} from "./tabs";

/**
 * «Рассчитать показатели»: the programme's indicators for the academic year on the «Показатели» tab (formula,
 * numerator, denominator, actual, target, status), the participants on «Численность участников»; and
 * «Зафиксировать срез», which appends the figures to «История показателей» and never rewrites it. One read per
 * tab and one write per column, whatever the number of rows. Definitions and formulas: src/domain/kpi.
 */

const TEXT = {
  noYear: {
    ru: "На листе «Настройки» не указан учебный год: показатели считаются за учебный год. Укажите его (например, 2026/2027).",
    en: "The academic year is missing on the Settings tab: indicators are per academic year. Fill it in.",
  },
  computed: {
    ru: "Показатели за {year} рассчитаны на {date}: достигнуто целей {reached}, пока нет {notYet}, нет данных {noData}.",
    en: "Indicators for {year} computed on {date}: {reached} targets reached, {notYet} not yet, {noData} without data.",
  },
  scores: { ru: "Оценка удовлетворённости", en: "Satisfaction score" },
  mentees: { ru: "Наставляемые", en: "Mentees" },
  mentors: { ru: "Наставники", en: "Mentors" },
  chartActual: {
    ru: "Показатели по учебным годам: факт и цель, %",
    en: "Indicators by academic year: actual and target, %",
  },
  byYear: { ru: "По учебным годам", en: "By academic year" },
  actualOf: { ru: "{year}: факт, %", en: "{year}: actual, %" },
  targetOf: { ru: "{year}: цель, %", en: "{year}: target, %" },
  chartScores: {
    ru: "Удовлетворённость {year}: сколько человек поставили оценку",
    en: "Satisfaction {year}: how many gave each score",
  },
  snapshot: {
    ru: "Срез «{half} {year}» зафиксирован на листе «{tab}» ({n} строк); прежние срезы не изменены.",
    en: "The “{half} {year}” snapshot is on the “{tab}” tab ({n} rows); earlier snapshots are unchanged.",
  },
} as const satisfies Record<string, L>;

/**
 * Every title a chart of ours may have: its text in either language, with any academic year in place of {year}.
 * With the chart's anchor cell, this tells a chart a stopped run left from one the curator made.
 */
function titlesOf(text: L): RegExp {
  const pattern = (s: string) =>
    s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{year\\}", "\\d{4}/\\d{4}");
  return new RegExp(`^(?:${pattern(text.ru)}|${pattern(text.en)})$`);
}

const NEEDED: TableKey[] = [
  "mentors",
  "mentees",
  "staff",
  "achievements",
  "pairs",
  "settings",
  "surveys",
  "responses",
  "targets",
  "kpi",
  "kpiHistory",
  "counts",
];

export interface Loaded {
  readonly found: Partial<Record<TableKey, FoundTable>>;
  readonly reads: Partial<Record<TableKey, TableRead>>;
  readonly check: CheckResult;
  readonly data: KpiData;
  readonly year: string;
  readonly today: string;
  readonly offset: number;
  readonly rows: KpiRow[];
  /** The date «Численность участников» is counted for: the setting, or today. */
  readonly countsOn: string;
  /** The academic years «Цели показателей» has rows for. */
  readonly years: readonly string[];
  /** The indicators of another academic year, with its targets. */
  readonly evaluateYear: (year: string) => KpiRow[];
  /** The rows of the counted tabs the check left out (errors), named for the curator. */
  readonly leftOut: LeftOut;
  /** «Настройки»: who is a young specialist, and the months of the half-year snapshots. */
  readonly youngRule: YoungRule;
  readonly scheme: SnapshotScheme;
  /** Settings the indicators could not read (the default was used), in the curator's words. */
  readonly settingProblems: readonly string[];
}

const numberOf = (v: Cell): number | null => {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const n = Number(String(v).trim().replace(",", "."));
  return String(v).trim() !== "" && Number.isFinite(n) ? n : null;
};

/**
 * `make`: the tabs this action writes (made when missing); `also`: other tabs it reads (the analytic report's
 * «Документы»).
 */
export function load(p: Ports, make: readonly TableKey[], also: readonly TableKey[] = []): Loaded | string {
  const t = translator(p.locale);
  const tabs = readTabs(p, [...NEEDED, ...also], { make });
  if (typeof tabs === "string") return tabs;
  const { found, reads } = tabs;
  const offset = p.sheets.offsetMinutes();
  const check = checkReads(p, reads, offset);
  const year = String(check.settings["program.year"] ?? "").trim();
  if (!year) return t(TEXT.noYear);
  const base = baseFrom(check);
  const iso = (v: Cell) => (isDate(v) ? dateCellToIso(v, offset) : String(v ?? "").trim());
  const s = reads.surveys!;
  const r = reads.responses!;
  const tg = reads.targets!;
  const targetsRead = readTargets(
    tg.rows
      .map((row, i) => ({
        indicator: String(cellAt(tg, row, "indicator")),
        year: String(cellAt(tg, row, "year")),
        target: cellAt(tg, row, "target"),
        total: cellAt(tg, row, "total"),
        row: tg.firstRow + i,
      }))
      .filter((x) => x.indicator.trim() !== ""),
  );
  const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
  const data: KpiData = {
    mentors: base.mentors,
    mentees: base.mentees,
    pairs: base.pairs,
    staff: base.staff,
    achievements: base.achievements,
    baseYear: year,
    surveys: s.rows
      .filter((row) => String(cellAt(s, row, "personId")).trim() !== "")
      .map((row) => ({
        kind: String(cellAt(s, row, "survey")),
        year: String(cellAt(s, row, "year")),
        personId: String(cellAt(s, row, "personId")).trim(),
        status: String(cellAt(s, row, "status")),
        score: numberOf(cellAt(s, row, "score")),
        answerDate: iso(cellAt(s, row, "answerDate")),
      })),
    responses: r.rows
      .filter((row) => String(cellAt(r, row, "personId")).trim() !== "")
      .map((row) => ({
        kind: String(cellAt(r, row, "survey")),
        year: String(cellAt(r, row, "year")),
        personId: String(cellAt(r, row, "personId")).trim(),
        status: String(cellAt(r, row, "status")),
        score: numberOf(cellAt(r, row, "score")),
        submitted: iso(cellAt(r, row, "submitted")),
        id: String(cellAt(r, row, "id")),
      })),
    counts: targetsRead.counts,
    ourOrganisation: [
      String(check.settings["org.name"] ?? ""),
      String(check.settings["org.shortName"] ?? ""),
    ],
    today,
  };
  const young = youngRuleOf(check.settings[YOUNG_MAX_YEARS_KEY], check.settings[YOUNG_INCLUSIVE_KEY]);
  const snapshot = snapshotSchemeOf(check.settings[SNAPSHOT_MONTHS_KEY]);
  const settingProblems = [...young.problems, ...(snapshot.problem ? [snapshot.problem] : [])].map(
    (x) => x.message[p.locale],
  );
  const options = {
    satisfactionThreshold: thresholdOf(check.settings[THRESHOLD_KEY]),
    youngRule: young.rule,
  };
  const rows = evaluate(data, year, targetsRead.targets, options);
  const evaluateYear = (y: string) => evaluate(data, y, targetsRead.targets, options);
  const years = [
    ...new Set(
      tg.rows.map((row) => String(cellAt(tg, row, "year")).trim()).filter((y) => /^\d{4}\/\d{4}$/.test(y)),
    ),
  ];
  const on = check.settings["kpi.countsDate"];
  const countsOn = typeof on === "string" && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : today;
  const tabsOf = (k: TableKey) => (found[k] && reads[k] ? { table: found[k]!, read: reads[k]! } : undefined);
  const leftOut = leftOutOfKpi(p.locale, check, base.skipped, {
    mentors: tabsOf("mentors"),
    mentees: tabsOf("mentees"),
    staff: tabsOf("staff"),
    achievements: tabsOf("achievements"),
    pairs: tabsOf("pairs"),
  });
  return {
    found,
    reads,
    check,
    data,
    year,
    today,
    offset,
    rows,
    countsOn,
    years,
    evaluateYear,
    leftOut,
    youngRule: young.rule,
    scheme: snapshot.scheme,
    settingProblems,
  };
}

const kpiKeys = enumIndex(KPI_INDICATORS);

/** «История показателей» as read: every snapshot row. */
export function historyOf(l: Loaded): KpiHistoryPoint[] {
  const h = l.reads.kpiHistory!;
  return h.rows
    .filter((row) => String(cellAt(h, row, "indicator")).trim() !== "")
    .map((row) => ({
      takenAt: isDate(cellAt(h, row, "takenAt"))
        ? dateCellToIso(cellAt(h, row, "takenAt") as Date, l.offset)
        : String(cellAt(h, row, "takenAt")),
      half: String(cellAt(h, row, "half")),
      year: String(cellAt(h, row, "year")),
      key: (kpiKeys.parse(String(cellAt(h, row, "indicator"))) ?? "youngInProgrammes") as KpiIndicator,
      percent: numberOf(cellAt(h, row, "actual")),
      target: numberOf(cellAt(h, row, "target")),
    }));
}

function viewOf(p: Ports, l: Loaded, message: string): KpiView {
  const locale = p.locale;
  const history = historyOf(l);
  const status = {
    reached: { ru: "достигнут", en: "reached" },
    notYet: { ru: "пока нет", en: "not yet" },
    noData: { ru: "нет данных", en: "no data" },
  };
  return {
    locale,
    year: l.year,
    date: l.today,
    indicators: l.rows.map((r) => ({
      key: r.key,
      title: r.title[locale],
      formula: r.formula[locale],
      numerator: r.numerator,
      denominator: r.denominator,
      percent: r.percent,
      target: r.target,
      status: r.status,
      statusLabel: status[r.status][locale],
      direction: r.direction,
      note: r.note ? r.note[locale] : "",
      basis: r.rows,
      denominatorFrom: r.basis ? r.basis.label[locale] : "",
      beside: (r.beside ?? []).map((f) => besideText(f, locale)),
    })),
    history,
    distribution: {
      mentees: satisfactionDistribution(l.data, "satisfaction_mentee", l.year).map((c) => c.count),
      mentors: satisfactionDistribution(l.data, "satisfaction_mentor", l.year).map((c) => c.count),
    },
    counts: participantCounts(l.data, l.countsOn, l.youngRule).map((c) => ({
      group: c.groupLabel[locale],
      label: c.label[locale],
      count: c.count,
    })),
    staff: staffView(l, locale),
    message: [message, ...l.settingProblems, l.leftOut.summary].filter((x) => x).join(" "),
    leftOut: l.leftOut.lines,
  };
}

/** The staff's involvement on the counts' date, or nothing when the base keeps no register. */
export function involvementOf(l: Loaded): StaffInvolvement | null {
  if (!l.data.staff || l.data.staff.length === 0) return null;
  return staffInvolvement(l.data, { on: l.countsOn }, l.youngRule);
}

const INVOLVEMENT_ROWS = ["onStaff", "mentorsOnly", "menteesOnly", "both", "notInvolved", "young"] as const;

function staffView(l: Loaded, locale: Locale): KpiStaffView | undefined {
  const s = involvementOf(l);
  if (!s) return undefined;
  return {
    on: l.countsOn,
    rows: INVOLVEMENT_ROWS.map((k) => ({ label: INVOLVEMENT_LABELS[k][locale], count: s[k] })),
    youngNotInvolved: s.youngNotInvolved,
  };
}

/** «Численность участников»: the staff's involvement and the young specialists in no pair, by name, after the counts. */
function staffCountRows(l: Loaded, locale: Locale, date: Cell): Record<string, Cell>[] {
  const s = involvementOf(l);
  if (!s) return [];
  const group = STAFF_GROUP[locale];
  const young = INVOLVEMENT_LABELS.youngNotInvolved[locale];
  return [
    ...INVOLVEMENT_ROWS.map((k) => ({ group, label: INVOLVEMENT_LABELS[k][locale], count: s[k], date })),
    ...s.youngNotInvolved.map((x) => ({
      group: young,
      label: `${x.fullName} (${x.staffId})`,
      count: "",
      date,
    })),
  ];
}

const STAFF_GROUP: L = { ru: "Педагогический коллектив", en: "Staff" };

/** «Рассчитать показатели»: the KPI tab and the counts tab rewritten; the view for the dashboard. */
export function computeIndicators(p: Ports): Outcome<KpiView> {
  const t = translator(p.locale);
  return locked<KpiView>(p, () => {
    const l = load(p, ["kpi", "counts"]);
    if (typeof l === "string") return { error: l };
    const locale = baseLocale(p);
    // The indicators, then (after a blank row) the satisfaction scores the second chart is drawn from.
    const indicatorRows = kpiTableRows(l.rows, locale) as Record<string, Cell>[];
    const mentees = satisfactionDistribution(l.data, "satisfaction_mentee", l.year);
    const mentors = satisfactionDistribution(l.data, "satisfaction_mentor", l.year);
    const scoresHead = {
      indicator: t(TEXT.scores),
      numerator: t(TEXT.mentees),
      denominator: t(TEXT.mentors),
    };
    const scoreRows = mentees.map((m, i) => ({
      indicator: String(m.score),
      numerator: m.count,
      denominator: mentors[i]!.count,
    }));
    // Then, by academic year (this one and those on «Цели показателей», up to four): each indicator's actual
    // and target side by side, which the first chart draws. The block reuses the tab's columns in order.
    const years = [...new Set([l.year, ...l.years])].sort().slice(-4);
    const slots = KPI.columns.map((c) => c.key);
    const byYear = years.map((y) => (y === l.year ? l.rows : l.evaluateYear(y)));
    const yearHead: Record<string, Cell> = { [slots[0]!]: t(TEXT.byYear) };
    years.forEach((y, k) => {
      yearHead[slots[1 + 2 * k]!] = t(TEXT.actualOf, { year: y });
      yearHead[slots[2 + 2 * k]!] = t(TEXT.targetOf, { year: y });
    });
    const yearRows = l.rows.map((r, i) => {
      const row: Record<string, Cell> = { [slots[0]!]: r.title[locale] };
      byYear.forEach((rows, k) => {
        row[slots[1 + 2 * k]!] = rows[i]?.percent ?? "";
        row[slots[2 + 2 * k]!] = rows[i]?.target ?? "";
      });
      return row;
    });
    const table = l.found.kpi!;
    rewriteColumns(p, table, l.reads.kpi!, slots, [
      ...indicatorRows,
      {},
      scoresHead,
      ...scoreRows,
      {},
      yearHead,
      ...yearRows,
    ]);
    const col = (k: string) => table.columns[k]!;
    const right = Math.max(table.lastColumn, ...Object.values(table.columns).map((c) => c ?? 0)) + 2;
    const n = indicatorRows.length;
    const yearsAt = n + 3 + 11 + 1;
    const scoresAt = n + 3;
    p.sheets.upsertCharts(table, [
      {
        key: "kpi.actualTarget",
        title: t(TEXT.chartActual),
        titles: titlesOf(TEXT.chartActual),
        ranges: slots.slice(0, 1 + 2 * years.length).map((k) => ({
          column: col(k),
          firstRow: yearsAt,
          rows: n + 1,
        })),
        anchor: { row: 2, column: right },
      },
      {
        key: "kpi.satisfaction",
        title: t(TEXT.chartScores, { year: l.year }),
        titles: titlesOf(TEXT.chartScores),
        ranges: [col("indicator"), col("numerator"), col("denominator")].map((c) => ({
          column: c,
          firstRow: scoresAt,
          rows: 11,
        })),
        anchor: { row: 22, column: right },
      },
    ]);
    const countsDate = l.countsOn;
    const date = isoToDateCell(countsDate, l.offset);
    rewriteColumns(
      p,
      l.found.counts!,
      l.reads.counts!,
      COUNTS.columns.map((c) => c.key),
      [
        ...participantCounts(l.data, countsDate, l.youngRule).map((c) => ({
          group: c.groupLabel[locale],
          label: c.label[locale],
          count: c.count,
          date,
        })),
        ...staffCountRows(l, locale, date),
      ],
    );
    const of = (s: KpiRow["status"]) => l.rows.filter((r) => r.status === s).length;
    const message = t(TEXT.computed, {
      year: l.year,
      date: p.clock.format(p.clock.now(), "dd.MM.yyyy"),
      reached: of("reached"),
      notYet: of("notYet"),
      noData: of("noData"),
    });
    return { ok: viewOf(p, l, message) };
  });
}

/** «Зафиксировать срез»: this half-year's figures appended to «История показателей»; nothing is rewritten. */
export function takeSnapshot(p: Ports): Outcome<KpiView> {
  const t = translator(p.locale);
  return locked<KpiView>(p, () => {
    const l = load(p, ["kpiHistory"]);
    if (typeof l === "string") return { error: l };
    const locale = baseLocale(p);
    const rows = snapshotOf(l.rows, { year: l.year, takenAt: l.today, locale, scheme: l.scheme });
    const table = l.found.kpiHistory!;
    const takenAt = isoToDateCell(l.today, l.offset);
    const fresh = rows.map((r) =>
      Object.fromEntries(
        KPI_HISTORY.columns.map((c) => [
          c.key,
          c.key === "takenAt" ? takenAt : ((r as unknown as Record<string, Cell>)[c.key] ?? ""),
        ]),
      ),
    );
    const cells = fresh.map((v) => sheetRow(table, v));
    const h = l.reads.kpiHistory!;
    const filled = h.rows.filter((r) => r.some((v) => v !== ""));
    // Taken again the same day with the same figures (a run stopped after appending, and repeated): already there.
    const already = endsWith(h, filled, fresh, l.offset);
    if (!already) p.sheets.appendRows(table, cells);
    const appended: Loaded = {
      ...l,
      reads: { ...l.reads, kpiHistory: { ...h, rows: already ? filled : [...filled, ...cells] } },
    };
    const message = t(TEXT.snapshot, {
      half: rows[0]?.half ?? "",
      year: l.year,
      tab: table.sheetName,
      n: rows.length,
    });
    return { ok: viewOf(p, appended, message) };
  });
}

/** Whether the history's last rows are `fresh`, cell for cell in our columns (dates as days). */
function endsWith(
  h: TableRead,
  filled: readonly (readonly Cell[])[],
  fresh: readonly Record<string, Cell>[],
  offset: number,
): boolean {
  if (fresh.length === 0 || filled.length < fresh.length) return false;
  const text = (v: Cell) => (isDate(v) ? dateCellToIso(v, offset) : String(v ?? "").trim());
  const last = filled.slice(filled.length - fresh.length);
  return fresh.every((row, i) =>
    KPI_HISTORY.columns.every((c) => text(cellAt(h, last[i]!, c.key)) === text(row[c.key] ?? "")),
  );
}

/** The function the monthly trigger calls; it takes a snapshot in the two months «Настройки» names, once each. */
export const AUTO_SNAPSHOT = "kpiAutoSnapshot";

/** The months (1–12) in which each scheme takes its half-year snapshots. */
const SNAPSHOT_MONTHS: Readonly<Record<SnapshotScheme, readonly number[]>> = {
  december_june: [12, 6],
  january_july: [1, 7],
};

/**
 * The monthly trigger: in the snapshot months of «Настройки» (December and June, or January and July), the
 * half-year's snapshot unless one was taken already (by hand or by an earlier run). Returns null when there is
 * nothing to do.
 */
export function autoSnapshot(p: Ports): Outcome<KpiView> | null {
  const found = p.sheets.findTables();
  if (!found.settings) return null;
  const settings = validateBase(
    { settings: p.sheets.readTable(found.settings) },
    { locale: p.locale, offsetMinutes: 0 },
  ).settings;
  const { scheme } = snapshotSchemeOf(settings[SNAPSHOT_MONTHS_KEY]);
  const month = Number(p.clock.format(p.clock.now(), "M"));
  if (!SNAPSHOT_MONTHS[scheme].includes(month)) return null;
  // No history tab yet: no snapshot was taken, and takeSnapshot makes the tab.
  if (!found.kpiHistory) return takeSnapshot(p);
  const h = p.sheets.readTable(found.kpiHistory);
  const year = String(settings["program.year"] ?? "").trim();
  const half = halfOf(p.clock.format(p.clock.now(), "yyyy-MM-dd"), scheme);
  const labels = half ? [HALVES.values[half].ru, HALVES.values[half].en].map((x) => x.toLowerCase()) : [];
  const taken = h.rows.some(
    (row) =>
      String(cellAt(h, row, "year")).trim() === year &&
      labels.includes(
        String(cellAt(h, row, "half"))
          .trim()
          .toLowerCase(),
      ),
  );
  return taken ? null : takeSnapshot(p);
}
