/**
 * Matching mentees to mentors: optimal (most mentees placed, then the best total score), explainable (reasons
 * as codes with parameters, rendered in Russian or English), pure (no Node, no Apps Script). See docs/matching.md.
 */
export { matchBase } from "./base";
export { candidatesFor, matchInputFromBase } from "./fromBase";
export { matchGraph } from "./graph";
export {
  type MatchProblem,
  matchJson,
  type PlainResult,
  parseMatchProblem,
  plainResult,
  solveProblem,
} from "./parse";
export { DEFAULT_RULES, DEFAULT_WEIGHTS } from "./prepare";
export { MatchError, reasonText, unmatchedText } from "./texts";
export type {
  Candidate,
  GraphInput,
  MatchInput,
  MatchMentee,
  MatchMentor,
  MatchResult,
  PairRef,
  ProposedPair,
  Reason,
  ReasonCode,
  Rules,
  SkippedMentee,
  UnmatchedCode,
  UnmatchedMentee,
  UnmatchedReason,
  Weights,
} from "./types";
