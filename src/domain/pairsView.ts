import type { Decision } from "./enums";
import type { Locale } from "./i18n";

/**
 * What the «Пары» sidebar shows and what it may ask the server to do. The proposal tab is the state: every action
 * is written there first, so closing the sidebar loses nothing, and the sidebar only renders the view the server
 * returns after each action.
 */

/**
 * The curator's decision on a pair:
 * - `accept` «принять»: agreed; «Утвердить пары» writes it into «Пары и группы»; kept when matching again;
 * - `pin` «закрепить»: kept when matching again, but not confirmed until accepted;
 * - `reject` «отклонить»: not this pair in this round; matching again proposes another mentor; forgotten once the
 *   round is confirmed;
 * - `exclude` «исключить»: never propose this pair; remembered across rounds.
 */
export type { Decision };

/** A mentor the mentee could have instead, as the sidebar offers it for «Сменить наставника». */
export interface ViewCandidate {
  readonly mentorId: string;
  readonly mentorName: string;
  /** Fit in % of the best possible score. */
  readonly score: number;
  /** Places the mentor has left after the proposal; 0 means choosing them moves one of their mentees. */
  readonly free: number;
}

export interface ViewReason {
  readonly effect: "for" | "against" | "note";
  readonly text: string;
}

export interface ViewPair {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly menteeId: string;
  readonly menteeName: string;
  /** The form of mentoring, as a label. */
  readonly form: string;
  /** Fit in % of the best possible score. */
  readonly score: number;
  /** `accept` or `pin`, or null when the pair is the matching's proposal only. */
  readonly decision: "accept" | "pin" | null;
  readonly reasons: readonly ViewReason[];
  readonly alternatives: readonly ViewCandidate[];
}

/** A mentor with the mentees proposed to them: one pair, or a group when there are several. */
export interface ViewMentor {
  readonly mentorId: string;
  readonly mentorName: string;
  /** How many mentees the mentor may take in all (1 is one-to-one). */
  readonly capacity: number;
  /** Places already taken by confirmed current pairs. */
  readonly taken: number;
  readonly pairs: readonly ViewPair[];
}

export interface ViewUnmatched {
  readonly menteeId: string;
  readonly menteeName: string;
  readonly form: string;
  /** Why no mentor was found, and what would help. */
  readonly reason: string;
  /** Allowed mentors, all of them full: choosing one moves one of their mentees. */
  readonly alternatives: readonly ViewCandidate[];
}

/** A pair the curator turned down: listed so the decision can be taken back. */
export interface ViewRefused {
  readonly mentorId: string;
  readonly mentorName: string;
  readonly menteeId: string;
  readonly menteeName: string;
  readonly form: string;
  readonly decision: "reject" | "exclude";
}

export interface ViewCounts {
  /** Proposed pairs, decided or not. */
  readonly proposed: number;
  readonly accepted: number;
  readonly pinned: number;
  /** Proposed pairs without a decision. */
  readonly undecided: number;
  readonly unmatched: number;
  readonly rejected: number;
  readonly excluded: number;
  /** Mentees left out because they are already in a current pair. */
  readonly alreadyPaired: number;
  /** Rows of the base left out because the check found errors in them. */
  readonly skippedRows: number;
}

export interface PairsView {
  readonly locale: Locale;
  /** The name of the proposals tab, as the curator sees it. */
  readonly tab: string;
  /** The name of the pairs tab («Пары и группы» unless renamed), where confirmed pairs go. */
  readonly pairsTab: string;
  /** Mentors with proposed pairs, by the mentor's name. */
  readonly mentors: readonly ViewMentor[];
  readonly unmatched: readonly ViewUnmatched[];
  readonly refused: readonly ViewRefused[];
  readonly counts: ViewCounts;
  /** The start date offered for the confirmed pairs: today in the spreadsheet's time zone, YYYY-MM-DD. */
  readonly today: string;
  /** What the last action did, in the curator's words (shown once, politely), or empty. */
  readonly message: string;
}

/** What the sidebar asks the server to do; null (no action) matches again with the decisions kept. */
export type PairAction =
  /** Sets or clears (null) the decision on a pair. */
  | {
      readonly type: "decide";
      readonly mentorId: string;
      readonly menteeId: string;
      readonly decision: Decision | null;
    }
  /** Gives the mentee this mentor instead: the new pair is accepted, any other decision of the mentee's dropped. */
  | { readonly type: "swap"; readonly menteeId: string; readonly mentorId: string }
  /** Accepts every proposed pair that has no decision or is pinned. */
  | { readonly type: "acceptAll" };

export interface ConfirmResult {
  /** Pairs written into «Пары и группы» now. */
  readonly confirmed: number;
  /** Of them, rows of group mentoring (a mentor with several mentees). */
  readonly inGroups: number;
  /** The confirmation's code (У-0001…), shared by its rows: one order per confirmation. Empty if none. */
  readonly batch: string;
  /** The view after the confirmation (accepted and rejected rows gone, the rest matched again). */
  readonly view: PairsView;
}
