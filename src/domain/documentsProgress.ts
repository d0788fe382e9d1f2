/**
 * Where a batch of «Сформировать документы» stands: what the «Документы» sidebar shows while it runs and after.
 * Kept in document properties between runs (the batch goes on from a time-driven trigger), so it holds counts
 * and curator-facing texts only.
 */

/** A document not made: for lack of data, or because making it failed; `message` says what to do. */
export interface DocProblem {
  /** The kind of document, as the curator reads it («Соглашение»…). */
  readonly kind: string;
  /** The pair id or the confirmation code. */
  readonly subject: string;
  readonly message: string;
}

export interface DocumentsProgress {
  /**
   * running: a run is making documents; paused: the run's time was up and a trigger goes on in a minute; quota:
   * Google's daily limit was reached and a trigger goes on tomorrow; done: nothing left to make; blocked: nothing
   * could be made (see `message`).
   */
  readonly state: "running" | "paused" | "quota" | "done" | "blocked";
  /** Documents this batch is making. */
  readonly total: number;
  /** Of them, made so far. */
  readonly done: number;
  /** Of them, failed in this run (tried again next time). */
  readonly failed: number;
  /** Documents not made for lack of data, and failures, each with what to do. */
  readonly problems: readonly DocProblem[];
  /** What the curator is told: the summary when done, paused or blocked; empty while running. */
  readonly message: string;
  /** When this was written, ms since the epoch. */
  readonly at: number;
}
