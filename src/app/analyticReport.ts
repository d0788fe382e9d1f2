import {
  type AnalyticInput,
  analyticContext,
  analyticFileName,
  type JourneyStatus,
  pairProgress,
  type ReportPeriod,
  type RoadmapStatus,
  reportPeriod,
  surveySummaries,
} from "../domain/analytic";
import { type Cell, isoToDateCell } from "../domain/cells";
import { commonValues, type DocContext } from "../domain/documents";
import { DOC_KINDS, DOC_STATUSES, enumIndex, YES_NO } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { reasonText } from "../domain/journey";
import { HALVES, participantCounts, THRESHOLD_KEY, thresholdOf } from "../domain/kpi";
import { baseFrom } from "../domain/model";
import { itemsOnDay, startYearOf, type YearBlocks } from "../domain/roadmap";
import { DOCUMENTS } from "../domain/tables";
import { QuotaError, type TableRead } from "../ports";
import { type DocPorts, docIdOf, REPLACED_MARK, resolveTemplate, SEQ_KEY } from "./documents";
import { journeysFrom } from "./journey";
import { historyOf, involvementOf, type Loaded, load } from "./kpi";
import { itemsOfYear, yearBlocks } from "./roadmap";
import { baseLocale, cellAt, locked, type Outcome, sheetRow, untilTomorrow, writeSpans } from "./tabs";

/**
 * «Аналитическая справка»: the half-year report for the pedagogical council, a Google Doc in Drive
 * (Наставничество / учебный год / Аналитические справки), listed on «Документы». The half-year is inferred from
 * today and «Настройки» (academic year, snapshot months); the figures are those «Рассчитать показатели» computes.
 * One report per year and point: run again, it names the one there; a new version only when the curator ticks
 * «Пересоздать» in its row (the old one stays in Drive, renamed). It is made like the other documents: a copy of
 * its template (the built-in one, or the school's own from «Настройки», `docs.template.report`) filled with its
 * fields, with a PDF beside it when `docs.pdf` says so. Safe to stop at any call: the document is made under its
 * final name (a half-made one is trashed, a whole unrecorded one taken by the next run), then recorded.
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
    ru: "Google на сегодня исчерпал лимит создания документов. Справка будет доделана автоматически завтра (или выберите пункт снова завтра); второй справки не появится.",
    en: "Google's daily limit for making documents is used up. The report is finished automatically tomorrow (or choose the item again tomorrow); no second report appears.",
  },
  replaced: { ru: " (заменён {date})", en: " (replaced {date})" },
  folder: { ru: "Аналитические справки", en: "Analytic reports" },
} as const satisfies Record<string, L>;

/** The top-level function a quota stop schedules for the next day: the same report, finished. */
export const CONTINUE_REPORT = "continueAnalyticReport";
/** The day a quota stopped the report on: the next day's run reports on that day's half-year, not its own. */
const PENDING_KEY = "mentor-base.analytic.pendingDay";

const kinds = enumIndex(DOC_KINDS);
const statuses = enumIndex(DOC_STATUSES);
const yesNo = enumIndex(YES_NO);

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

/** The report's fields for its template: the figures' sections, the organisation's and curator's values. */
function reportContext(l: Loaded, period: ReportPeriod, locale: Locale, blocks: YearBlocks): DocContext {
  const common = commonValues(baseFrom(l.check).settings, locale, l.today);
  return analyticContext(contentOf(l, period, locale, blocks), locale, common);
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

/**
 * The trigger a quota stop left: the report stopped, finished for the half-year of the day it stopped on (a stop
 * on 31 January, the December point's last day, is finished on 1 February as December's report).
 */
export function continueAnalyticReport(p: DocPorts): Outcome<AnalyticResult> {
  return makeAnalyticReport(p, p.properties.get(PENDING_KEY) ?? undefined);
}

/** The report finished: the next day's trigger and its day go, unless they wait for another half-year's report. */
function settlePending(p: DocPorts, l: Loaded, subject: string, locale: Locale): void {
  const pending = p.properties.get(PENDING_KEY);
  const waiting = pending === null ? null : reportPeriod(pending, l.year, l.scheme);
  if (waiting && `${waiting.year} ${HALVES.values[waiting.half][locale]}` !== subject) return;
  p.triggers.cancel(CONTINUE_REPORT);
  p.properties.delete(PENDING_KEY);
}

/** «Аналитическая справка» for the half-year today falls in (or `asOf`'s, a day a quota stopped it on). */
export function makeAnalyticReport(p: DocPorts, asOf?: string): Outcome<AnalyticResult> {
  const t = translator(p.locale);
  return locked<AnalyticResult>(p, () => {
    const l = load(p, ["documents"], ["documents", "meetings", "roadmap"]);
    if (typeof l === "string") return { error: l };
    const day = asOf ?? l.today;
    const period = reportPeriod(day, l.year, l.scheme);
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
    const yearPath = [root, period.year.replace("/", "–")];
    try {
      const template = resolveTemplate(p, l.check.settings, "report", yearPath);
      if (typeof template === "string") return { error: template };
      const folder = p.docs.folder([...yearPath, TEXT.folder[locale]]);
      const replaces = remake && docIdOf(oldLink) !== "" ? docIdOf(oldLink) : undefined;
      // The version replaced keeps its file under a new name first, so making the new one never touches it.
      if (replaces)
        p.docs.rename(
          replaces,
          t(TEXT.replaced, { date: p.clock.format(p.clock.now(), "dd.MM.yyyy") }),
          REPLACED_MARK,
        );
      const request = {
        templateId: template.id,
        folderId: folder,
        name,
        context: reportContext(l, period, locale, yearBlocks(p)),
        pdf: yesNo.parse(String(l.check.settings["docs.pdf"] ?? "")) === "yes",
        viewers: [],
        replaces,
      };
      // A run stopped after the copy (or before its PDF) left the report whole or half-made under its name:
      // found and finished, or trashed and made again; never a second one.
      const made = p.docs.findMade(request) ?? p.docs.make(request);
      const url = made.doc.url;
      record(p, l, at, {
        kind: kinds.label("report", locale),
        subject,
        title: name,
        link: url,
        pdf: made.pdf?.url ?? "",
        status: statuses.label("ready", locale),
        made: isoToDateCell(l.today, l.offset),
        remake: false,
        error: "",
      });
      settlePending(p, l, subject, locale);
      return { ok: { message: t(TEXT.made, { subject, url, tab }), url, made: true } };
    } catch (err) {
      if (err instanceof QuotaError) {
        // Like the documents' batch: tomorrow's run finds what this one made (findMade) and finishes it.
        p.properties.set(PENDING_KEY, day);
        p.triggers.runLater(CONTINUE_REPORT, untilTomorrow(p, l.offset));
        return { error: t(TEXT.quota) };
      }
      throw err;
    }
  });
}
