import type { SurveyPorts } from "../../src/app/surveys";
import type { Question, SurveyDef } from "../../src/domain/surveys";
import { allPorts } from "../support/cuts";
import { gasWorld, rowsOf } from "../support/gas";
import { confirmedSchool } from "../support/school";

/** A small school with confirmed pairs, on the emulator, and the surveys' ports over it. */
export function school(opts: { mentees?: number; emulator?: Parameters<typeof gasWorld>[0] } = {}) {
  const w = gasWorld({ start: Date.UTC(2026, 11, 15, 7, 0), ...opts.emulator });
  const mentees = opts.mentees ?? 18;
  confirmedSchool(w, { mentors: Math.round(mentees * 0.7), mentees });
  const run = <T>(fn: (p: SurveyPorts) => T, kind: "menu" | "trigger" = "menu") =>
    w.emu.execution.run(() => fn(allPorts(w)), { kind });
  const surveys = () => rowsOf(w.ss, "Анкеты").filter((r) => r["ID"] !== "");
  const responses = () => rowsOf(w.ss, "Ответы анкет").filter((r) => r["ID"] !== "");
  return { w, run, surveys, responses };
}

type School = ReturnType<typeof school>;

/**
 * For a test file: `school(opts)` makes the small school, and every school a test made is uninstalled after it
 * (the emulator's globals go with it).
 */
export function schoolPerTest(): (opts?: Parameters<typeof school>[0]) => School {
  let made: School[] = [];
  afterEach(() => {
    for (const m of made) m.w.uninstall();
    made = [];
  });
  return (opts = {}) => {
    const m = school(opts);
    made.push(m);
    return m;
  };
}

/** The personal link in a mail. */
export const linkIn = (body: string) =>
  /https:\/\/docs\.google\.com\/forms\/\S+/.exec(body)![0]!.replace(/[).,]+$/, "");

/** Answers a person gives: every scale item `score`, text items filled, the token left as the link set it. */
export function answers(
  def: SurveyDef,
  score: number,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of def.questions as readonly Question[]) {
    if (q.token || q.type === "section") continue;
    if (q.type === "scale") out[q.title.ru] = score;
    else if (q.type === "paragraph" || q.type === "text") out[q.title.ru] = "Всё хорошо";
    else if (q.type === "choice" || q.type === "list") out[q.title.ru] = q.choices![0]!.label.ru;
    else if (q.type === "checkboxes") out[q.title.ru] = [q.choices![0]!.label.ru];
  }
  return { ...out, ...over };
}
