import type { Form } from "../enums";

/**
 * What the matcher reads about a mentor. The typed `Mentor` of src/domain/model.ts is assignable as it is; so is a
 * record read straight from JSON, where forms, formats and statuses may be the Russian or English labels or the
 * keys, and lists may be one text separated by semicolons.
 */
export interface MatchMentor {
  readonly id: string;
  readonly fullName?: string;
  /** The forms of mentoring the mentor accepts. */
  readonly forms?: readonly string[] | string;
  /** Places: 1 is one-to-one, more is group mentoring. Missing means 1. */
  readonly capacity?: number;
  readonly competencies?: readonly string[] | string;
  readonly subjects?: readonly string[] | string;
  readonly experienceYears?: number;
  readonly organization?: string;
  /** очно / дистанционно / смешанный. */
  readonly format?: string;
  readonly email?: string;
  readonly phone?: string;
  /** Only «участвует» and «кандидат» (or nothing) take part in matching. */
  readonly status?: string;
  /** Mentees the mentor asked for: ids or full names, separated by semicolons. */
  readonly preferredMentee?: string;
}

/** What the matcher reads about a mentee; the typed `Mentee` is assignable as it is. */
export interface MatchMentee {
  readonly id: string;
  readonly fullName?: string;
  readonly form?: string;
  /** The map of requests: what the mentee needs help with. */
  readonly requests?: readonly string[] | string;
  readonly subject?: string;
  readonly experienceYears?: number;
  readonly organization?: string;
  readonly format?: string;
  /** The mentor the mentee asked for: an id or a full name (several separated by semicolons). */
  readonly preferredMentor?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly status?: string;
}

export interface PairRef {
  readonly mentorId: string;
  readonly menteeId: string;
}

/** Points each soft criterion adds at its best. Scores are whole numbers; the sum of the weights is the maximum. */
export interface Weights {
  /** Share of the mentee's requests covered by the mentor's competencies. */
  requests: number;
  /** The mentee's subject is among the mentor's. */
  subject: number;
  /** Same format, or «смешанный» on either side. */
  format: number;
  organization: number;
  /** The mentor has at least 3 years more experience than the mentee (half for 1–2 years more). */
  experience: number;
  /** Either side asked for the other. */
  preference: number;
}

export interface Rules {
  /** Minimum full years of the mentor's experience per form; a mentor whose experience is not given fails it. */
  minExperience: Partial<Record<Form, number>>;
  /** Forms in which mentor and mentee must be of the same organisation (an empty organisation is «ours»). */
  sameOrganization: Form[];
}

export interface MatchInput {
  readonly mentors: readonly MatchMentor[];
  readonly mentees: readonly MatchMentee[];
  /** Pairs the curator fixed: always in the result; one that breaks a hard rule is an error. */
  readonly pins?: readonly PairRef[];
  /** Pairs the curator ruled out. Ids of people not in the lists are ignored. */
  readonly exclusions?: readonly PairRef[];
  /** Places of each mentor already taken by current pairs. */
  readonly used?: Readonly<Record<string, number>>;
  /** Mentees already in a current pair: left alone (listed in `skipped`). */
  readonly alreadyPaired?: readonly string[];
  readonly weights?: Partial<Weights>;
  readonly rules?: {
    readonly minExperience?: Partial<Record<Form, number>>;
    readonly sameOrganization?: readonly Form[];
  };
  /** How many other candidates to list with each mentee (default 5). */
  readonly alternatives?: number;
}

/** The explicit graph: only the listed pairs are allowed, with the scores given. */
export interface GraphInput {
  readonly capacities: Readonly<Record<string, number>>;
  readonly edges: readonly { readonly mentorId: string; readonly menteeId: string; readonly score: number }[];
  readonly pins?: readonly PairRef[];
  readonly exclusions?: readonly PairRef[];
  /** Mentees with no edge at all, to be reported as unmatched (those in edges are known anyway). */
  readonly mentees?: readonly string[];
  readonly alternatives?: number;
}

export type ReasonCode =
  | "pinned"
  | "given_score"
  | "request_covered"
  | "request_not_covered"
  | "no_request_covered"
  | "same_subject"
  | "subject_differs"
  | "same_format"
  | "format_fits"
  | "format_differs"
  | "same_organization"
  | "experience"
  | "experience_gap_small"
  | "preferred_by_mentee"
  | "preferred_by_mentor";

/** One reason behind a proposed pair: for it, against it, or a plain note. Render with `reasonText`. */
export interface Reason {
  readonly code: ReasonCode;
  readonly effect: "for" | "against" | "note";
  readonly params: Readonly<Record<string, string | number>>;
}

export type UnmatchedCode =
  | "no_form"
  | "empty_request"
  | "no_mentor_of_form"
  | "no_experienced_mentor"
  | "no_mentor_in_organization"
  | "all_excluded"
  | "mentors_full"
  | "taken_by_others"
  | "no_edges";

/** Why a mentee got no mentor, and (in the text) what would fix it. Render with `unmatchedText`. */
export interface UnmatchedReason {
  readonly code: UnmatchedCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A mentor the mentee could have instead; `free` is the places left after the proposal. */
export interface Candidate {
  readonly mentorId: string;
  readonly score: number;
  readonly free: number;
}

export interface ProposedPair {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly score: number;
  readonly pinned: boolean;
  readonly reasons: readonly Reason[];
  /** The next-best allowed mentors, best first (for «сменить наставника»). */
  readonly alternatives: readonly Candidate[];
}

export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reason: UnmatchedReason;
  /** The best allowed mentors, all of them taken (empty when none was allowed). */
  readonly alternatives: readonly Candidate[];
}

export interface SkippedMentee {
  readonly menteeId: string;
  readonly why: "already_paired" | "inactive";
}

export interface MatchResult {
  /** Sorted by mentor id, then mentee id. */
  readonly pairs: readonly ProposedPair[];
  /** Sorted by mentee id. */
  readonly unmatched: readonly UnmatchedMentee[];
  /** Mentees not considered: already in a pair, or not taking part. */
  readonly skipped: readonly SkippedMentee[];
  readonly totalScore: number;
  /** The largest score a pair can get with these weights (base-level problems only). */
  readonly maxScore?: number;
}
