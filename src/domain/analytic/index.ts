/**
 * «Аналитическая справка»: the curator's half-year report for the pedagogical council, as the fields of its
 * template (`analyticContext`: lines, and sections as block fields) and as the built-in template rendered
 * (`analyticBlocks`). Its figures come from the functions the tabs use (src/domain/kpi); the roadmap's and the
 * journeys' sections say so when their status is not given. Pure: no Node, no Apps Script. See docs/documents.md.
 */
export {
  ANALYTIC_TITLE,
  type AnalyticInput,
  analyticBlocks,
  analyticContext,
  analyticFileName,
  type JourneyStatus,
  type RoadmapStatus,
} from "./blocks";
export {
  type HistoryPoint,
  type PairProgress,
  pairProgress,
  type SurveySummary,
  surveySummaries,
  trendOf,
} from "./figures";
export { type ReportPeriod, reportPeriod } from "./period";
