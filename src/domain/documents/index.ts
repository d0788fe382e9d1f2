/**
 * Documents: the mentor–mentee agreement, the order fixing a confirmation's pairs and groups, a pair's
 * individual plan, the letter of thanks and the portfolio of a mentor. Built-in templates as blocks, a catalogue of placeholders in Russian and English, the values
 * of each document from the typed base, and the reference rendering the Google Docs adapter must match. Pure:
 * no Node, no Apps Script. See docs/documents.md.
 */
export {
  agreementContext,
  commonValues,
  missingFor,
  type OrderDocOptions,
  orderContext,
  type PairDocOptions,
  type PeopleAndSettings,
  type PortfolioExtras,
  planContext,
  portfolioContext,
  shortName,
  thanksContext,
} from "./context";
export {
  addMonths,
  formatDate,
  isIsoDate,
  PLAN_STAGES,
  type PlanStage,
  planStages,
  type StagePlan,
  termEnd,
} from "./dates";
export { type MentorFeedback, mentorFeedback } from "./feedback";
export {
  checkTemplate,
  exampleText,
  findPlaceholder,
  KIND_LABELS,
  normalisePlaceholder,
  PLACEHOLDERS,
  placeholderByKey,
  placeholderReference,
  placeholdersIn,
  type ReferenceRow,
  type TemplateCheck,
} from "./placeholders";
export { blockFieldOf, blocksText, fillText, renderBlocks, rowList } from "./render";
export { documentFileName, TEMPLATES } from "./templates";
export type {
  Block,
  Built,
  DocContext,
  DocKind,
  ListName,
  Missing,
  PairDocKind,
  PlaceholderDef,
  Template,
} from "./types";
