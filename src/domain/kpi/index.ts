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
  besideText,
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
  BASES,
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
  type SnapshotScheme,
  yearBounds,
  yearsFrom,
} from "./period";
export {
  contestantsDuring,
  INVOLVEMENT_LABELS,
  registerOf,
  type StaffInvolvement,
  type StaffPerson,
  staffDuring,
  staffInvolvement,
  staffRowOf,
  youngMentee,
  youngOnStaff,
} from "./register";
export {
  DEFAULT_SNAPSHOT_SCHEME,
  KPI_SETTING_ROWS,
  type SettingProblem,
  SNAPSHOT_MONTHS_KEY,
  SNAPSHOT_MONTHS_ROW,
  SNAPSHOT_SCHEMES,
  snapshotSchemeOf,
  YOUNG_INCLUSIVE_KEY,
  YOUNG_INCLUSIVE_ROW,
  YOUNG_MAX_YEARS_KEY,
  YOUNG_MAX_YEARS_ROW,
  youngRuleOf,
} from "./settings";
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
  Basis,
  BesideFigure,
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
