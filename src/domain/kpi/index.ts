/**
 * KPI: the programme's indicators (показатели эффективности) computed from the base, with the data behind each
 * figure; targets per academic year and whether they are reached; snapshots at the December and June monitoring
 * points; counts of participants on a day for federal reporting and personified accounting; chart data. Pure: no
 * Node, no Apps Script. See docs/kpi.md.
 */
export {
  COUNT_GROUPS,
  type CountGroup,
  type CountRow,
  type Participant,
  participantCounts,
  participantsOn,
} from "./counts";
export {
  type ChartPoint,
  type ChartSeries,
  chartSeries,
  chartTable,
  distributionTable,
  kpiTableRows,
  type SnapshotRow,
  satisfactionDistribution,
  snapshotOf,
} from "./history";
export {
  DEFAULT_SATISFACTION_THRESHOLD,
  INDICATOR_KEYS,
  INDICATORS,
  indicator,
  percentOf,
} from "./indicators";
export {
  type Answer,
  type AnswerSource,
  competenceScore,
  isExternalMentor,
  isTeacherMentee,
  isTeacherMentor,
  isYoungSpecialist,
  latestAnswers,
  normaliseOrganisation,
  TEACHER_MENTEES,
  TEACHER_MENTORS,
} from "./people";
export {
  academicYearOfIso,
  HALVES,
  type Half,
  halfOf,
  normaliseYear,
  pairSpan,
  pairsInYear,
  pairsOn,
  yearBounds,
  yearsFrom,
} from "./period";
export {
  EXAMPLE_TARGETS,
  evaluate,
  readPercentCell,
  readTargets,
  TARGET_STATUSES,
  type TargetInput,
  type TargetRow,
  type TargetsRead,
  THRESHOLD_KEY,
  THRESHOLD_ROW,
  TOTALS,
  targetOf,
  targetRows,
  targetStatus,
  thresholdOf,
} from "./targets";
export type {
  Direction,
  IndicatorDef,
  IndicatorKey,
  IndicatorResult,
  KpiData,
  KpiMentee,
  KpiMentor,
  KpiOptions,
  KpiPair,
  KpiResponseRow,
  KpiRow,
  KpiSurveyRow,
  KpiTargets,
  TargetStatus,
} from "./types";
