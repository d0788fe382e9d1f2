import {
  type AnalyticInput,
  analyticBlocks,
  analyticFileName,
  type JourneyStatus,
  pairProgress,
  type ReportPeriod,
  type RoadmapStatus,
  reportPeriod,
  surveySummaries,
} from "../domain/analytic";
import { type Cell, isoToDateCell } from "../domain/cells";
import { DOC_KINDS, DOC_STATUSES, enumIndex } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { reasonText } from "../domain/journey";
import { HALVES, participantCounts, THRESHOLD_KEY, thresholdOf } from "../domain/kpi";
import { itemsOnDay, startYearOf, type YearBlocks } from "../domain/roadmap";
import { DOCUMENTS } from "../domain/tables";
import { QuotaError, type TableRead } from "../ports";
import { type DocPorts, docIdOf, REPLACED_MARK, SEQ_KEY } from "./documents";
import { journeysFrom } from "./journey";
import { historyOf, involvementOf, type Loaded, load } from "./kpi";
import { itemsOfYear, yearBlocks } from "./roadmap";
import { baseLocale, cellAt, locked, type Outcome, sheetRow, writeSpans } from "./tabs";

/**
 * «Аналитическая справка»: the half-year report for the pedagogical council, a Google Doc in Drive
 * (Наставничество / учебный год / Аналитические справки), listed on «Документы». The half-year is inferred from
 * today and «Настройки» (academic year, snapshot months); the figures are those «Рассчитать показатели» computes.
 * One report per year and point: run again, it names the one there; a new version only when the curator ticks
 * «Пересоздать» in its row (the old one stays in Drive, renamed). Safe to stop at any call: the document is made
 * under its final name (a half-made or unrecorded one is trashed by the next run), then recorded.
 */

export interface AnalyticResult {
  readonly message: string;
  /** The report's link; empty when nothing was made or found. */
  readonly url: string;
  /** Whether this run made it (false: it was there already). */
  readonly made: boolean;
}

const TEXT = {
  notBegun: {
    ru: "Учебный год {year} с листа «Настройки» ещё не начался (или записан не как 2026/2027): справке не о чем рассказать. Проверьте строку «Учебный год».",
    en: "The academic year {year} on the Settings tab has not begun (or is not written like 2026/2027): the report has nothing to tell. Check the “Academic year” row.",
  },
  there: {
    ru: "Аналитическая справка за {subject} уже есть: {url}\nЧтобы сделать новую версию, отметьте «Пересоздать» в её строке листа «{tab}» и выберите пункт снова; прежняя останется на Диске.",
    en: "The analytic report for {subject} is there already: {url}\nTo make a new version, tick “Remake” in its row on the “{tab}” tab and choose the item again; the old one stays in Drive.",
  },
  made: {
    ru: "Аналитическая справка за {subject} готова: {url}\nОна записана на лист «{tab}».",
    en: "The analytic report for {subject} is ready: {url}\nIt is listed on the “{tab}” tab.",
  },
  quota: {
    ru: "Google на сегодня исчерпал лимит создания документов. Справка не создана; выберите пункт снова завтра.",
    en: "Google's daily limit for making documents is used up. The report was not made; choose the item again tomorrow.",
  },
  replaced: { ru: " (заменён {date})", en: " (replaced {date})" },
  folder: { ru: "Аналитические справки", en: "Analytic reports" },
} as const satisfies Record<string, L>;

const kinds = enumIndex(DOC_KINDS);
const statuses = enumIndex(DOC_STATUSES);
const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

/** The register's row of this report (its index in the read), if listed. */
function listedRow(read: TableRead, subject: string): number | undefined {
  const i = read.rows.findIndex(
    (row) =>
      kinds.parse(String(cellAt(read, row, "kind"))) === "report" &&
      String(cellAt(read, row, "subject")).trim() === subject,
  );
  return i < 0 ? undefined : i;
}

/** What the report shows, from the figures the indicators' tabs are computed from. */
function contentOf(l: Loaded, period: ReportPeriod, locale: Locale, blocks: YearBlocks): AnalyticInput {
  const s = l.check.settings;
  const text = (k: string) => String(s[k] ?? "").trim();
  return {
    organisation: { name: text("org.name") || text("org.shortName"), city: text("org.city") },
    curator: { name: text("curator.name"), position: text("curator.position") },
    period,
    today: l.today,
    indicators: l.rows,
    history: historyOf(l),
    counts: participantCounts(l.data, l.countsOn, l.youngRule),
    countsOn: l.countsOn,
    involvement: involvementOf(l),
    surveys: surveySummaries(l.data, l.rows, l.year),
    pairs: pairProgress(l.data.pairs, period, l.today),
    satisfactionThreshold: thresholdOf(s[THRESHOLD_KEY]),
    journeys: journeysIn(l, period, locale),
    roadmap: roadmapIn(l, period, blocks),
  };
}

/**
 * The year's roadmap on the report's last day, as «План работы» shows it: how many items, how many done, and the
 * overdue ones. Nothing when the base keeps no roadmap yet (the tab is made by «План работы»).
 */
function roadmapIn(l: Loaded, period: ReportPeriod, blocks: YearBlocks): RoadmapStatus | undefined {
  const read = l.reads.roadmap;
  const startYear = startYearOf(period.year);
  if (!read || startYear === undefined) return undefined;
  const items = itemsOnDay(itemsOfYear(blocks, read, l.offset, period.year), startYear, period.to);
  if (items.length === 0) return undefined;
  return {
    total: items.length,
    done: items.filter((x) => x.state === "done").length,
    overdue: items
      .filter((x) => x.state === "overdue")
      .map((x) => ({
        no: x.item.number,
        measure: x.item.measure,
        deadline: x.item.deadline,
        responsible: x.item.responsible,
      })),
  };
}

/** The pairs' journeys on the report's day, as «Ход работы пар» judges them (src/app/journey.ts). */
function journeysIn(l: Loaded, period: ReportPeriod, locale: Locale): JourneyStatus {
  const { list, meetings } = journeysFrom(l.check, l.today);
  const pairs = new Map(l.data.pairs.map((x) => [x.id, x]));
  const name = (id: string, people: readonly { id: string; fullName?: string }[]) =>
    people.find((x) => x.id === id)?.fullName ?? id;
  return {
    onTrack: list.filter((j) => j.health === "on_track").length,
    tooEarly: list.filter((j) => j.health === "too_early").length,
    attention: list
      .filter((j) => j.health === "attention")
      .map((j) => {
        const pair = pairs.get(j.pairId);
        const people = pair
          ? `${name(pair.mentorId, l.data.mentors)} — ${name(pair.menteeId, l.data.mentees)}`
          : "";
        return { pairId: j.pairId, people, reason: j.reasons.map((r) => reasonText(r, locale)).join("; ") };
      }),
    meetings: new Set(
      meetings
        .filter((m) => m.date >= period.from && m.date <= period.to)
        .map((m) => `${m.pairId}|${m.date}|${m.stage ?? ""}`),
    ).size,
  };
}

/** The report's row on «Документы»: updated in place when listed, else appended with the next id. */
function record(p: DocPorts, l: Loaded, at: number | undefined, row: Record<string, Cell>): void {
  const table = l.found.documents!;
  const read = l.reads.documents!;
  if (at !== undefined) {
    writeSpans(p, table, read, new Map([[at, row]]));
    return;
  }
  const ids = read.rows.map((r) => cellAt(read, r, "id"));
  const counted = Number(p.properties.get(SEQ_KEY) ?? 0) || 0;
  const next = Math.max(counted, highestIdNumber(DOCUMENTS.idPrefix!, ids)) + 1;
  p.sheets.appendRows(table, [sheetRow(table, { id: formatId(DOCUMENTS.idPrefix!, next), ...row })]);
  p.properties.set(SEQ_KEY, String(next));
}

/** «Аналитическая справка» for the half-year today falls in. */
export function makeAnalyticReport(p: DocPorts): Outcome<AnalyticResult> {
  const t = translator(p.locale);
  return locked<AnalyticResult>(p, () => {
    const l = load(p, ["documents"], ["documents", "meetings", "roadmap"]);
    if (typeof l === "string") return { error: l };
    const period = reportPeriod(l.today, l.year, l.scheme);
    if (!period) return { error: t(TEXT.notBegun, { year: l.year }) };
    const locale = baseLocale(p);
    const subject = `${period.year} ${HALVES.values[period.half][locale]}`;
    const read = l.reads.documents!;
    const tab = l.found.documents!.sheetName;
    const at = listedRow(read, subject);
    const listed = at === undefined ? undefined : read.rows[at]!;
    const oldLink = listed ? String(cellAt(read, listed, "link")).trim() : "";
    const ready = listed !== undefined && statuses.parse(String(cellAt(read, listed, "status"))) === "ready";
    const remake = listed !== undefined && cellAt(read, listed, "remake") === true;
    if (ready && oldLink !== "" && !remake)
      return { ok: { message: t(TEXT.there, { subject, url: oldLink, tab }), url: oldLink, made: false } };
    const root =
      String(l.check.settings["docs.folder"] ?? "").trim() ||
      (locale === "ru" ? "Наставничество" : "Mentoring");
    const name = analyticFileName(period, locale);
    try {
      const folder = p.docs.folder([root, period.year.replace("/", "–"), TEXT.folder[locale]]);
      // The version replaced keeps its file under a new name first, so making the new one never touches it.
      if (remake && docIdOf(oldLink) !== "")
        p.docs.rename(
          docIdOf(oldLink),
          t(TEXT.replaced, { date: p.clock.format(p.clock.now(), "dd.MM.yyyy") }),
          REPLACED_MARK,
        );
      const id = p.docs.createTemplate(
        folder,
        name,
        analyticBlocks(contentOf(l, period, locale, yearBlocks(p)), locale),
      );
      const url = docUrl(id);
      record(p, l, at, {
        kind: kinds.label("report", locale),
        subject,
        title: name,
        link: url,
        pdf: "",
        status: statuses.label("ready", locale),
        made: isoToDateCell(l.today, l.offset),
        remake: false,
        error: "",
      });
      return { ok: { message: t(TEXT.made, { subject, url, tab }), url, made: true } };
    } catch (err) {
      if (err instanceof QuotaError) return { error: t(TEXT.quota) };
      throw err;
    }
  });
}
