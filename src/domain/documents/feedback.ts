import { type AnswerSource, latestAnswers } from "../kpi";

/**
 * What the satisfaction surveys of one academic year say about one mentor: the mentees of the mentor's pairs
 * that year, each by their latest satisfaction answer in the year (as the satisfaction indicators take it), and
 * the mentor's own latest answer. Scores only: no free text leaves the answers (personal data).
 */
export interface MentorFeedback {
  /** The mean of the mentees' scores, one decimal; undefined when none of them answered. */
  readonly menteeMean?: number;
  /** How many of the mentees answered. */
  readonly menteeAnswers: number;
  /** The mentor's own score (1–10), one decimal; undefined when not answered. */
  readonly mentorScore?: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * `menteeIds`: the mentees of the mentor's pairs in `year` (each counted once, whatever the number of pairs). A
 * mentee with two mentors in the year gives the same answer to both: the survey asks about the programme, and
 * the add-on cannot tell which mentor an answer is about.
 */
export function mentorFeedback(
  answers: AnswerSource,
  mentorId: string,
  menteeIds: readonly string[],
  year: string,
): MentorFeedback {
  const mentees = latestAnswers(answers, "satisfaction_mentee", year);
  const scores = [...new Set(menteeIds.map((id) => id.trim()))]
    .map((id) => mentees.get(id)?.score)
    .filter((s): s is number => typeof s === "number");
  const own = latestAnswers(answers, "satisfaction_mentor", year).get(mentorId.trim())?.score;
  return {
    menteeMean: scores.length === 0 ? undefined : round1(scores.reduce((a, b) => a + b, 0) / scores.length),
    menteeAnswers: scores.length,
    mentorScore: own === undefined ? undefined : round1(own),
  };
}
