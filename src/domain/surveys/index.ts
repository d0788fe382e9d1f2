/**
 * Surveys: the registration forms of mentors and mentees, the satisfaction surveys behind the two satisfaction
 * indicators, and entry/exit monitoring; personal tokens and prefilled links; reading a response back (by item
 * title in either language), checking it, its score and one-cell summary; the base row a registration makes and
 * whether that person is already in the base; the invitation and reminder e-mails. Pure: no Node, no Apps Script.
 * See docs/surveys.md.
 */
export {
  ANSWER_TEXT_MAX,
  ANSWERS_TEXT_MAX,
  answersByKey,
  answersText,
  answerValues,
  choiceKey,
  type Growth,
  type GrowthItem,
  monitoringGrowth,
  normaliseTitle,
  SURVEY_TEXT,
  scaleValue,
  scoreOf,
  tokenOf,
  validateAnswers,
  visibleQuestions,
} from "./answers";
export { COMPETENCE_KEYS, isRegistration, SURVEYS, TOKEN_QUESTION } from "./definitions";
export { escapeHtml, invitationMail, type Mail, type MailParams, reminderMail } from "./mail";
export { type PrefillPlan, prefillPlan } from "./prefill";
export {
  type CellConflict,
  matchPerson,
  mergePlan,
  type PersonMatch,
  type PersonRow,
  registrationRow,
  registrationTable,
} from "./registration";
export {
  isTokenShaped,
  makeToken,
  normaliseToken,
  TOKEN_ALPHABET,
  TOKEN_LENGTH,
  TOKEN_PATTERN,
  uuidRandom,
} from "./tokens";
export type {
  Answers,
  Choice,
  Question,
  QuestionType,
  SurveyDef,
  SurveyProblem,
  SurveyProblemCode,
} from "./types";
