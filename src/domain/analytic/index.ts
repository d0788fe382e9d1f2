/**
 * «Аналитическая справка»: the curator's half-year report for the pedagogical council, as document blocks. Its
 * figures come from the functions the tabs use (src/domain/kpi); the roadmap's and the pairs' journeys' sections
 * appear when their status is given. Pure: no Node, no Apps Script. See docs/documents.md.
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
