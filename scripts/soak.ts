/**
 * `npm run soak`: every action cutAtEveryCall knows (tests/support/cutActions.ts), on a small school, cut at EVERY
 * call in each mode (before the call's effect, after it with the reply lost, the time limit right after it), then
 * run again with its pending triggers, and compared with a clean run. Prints a table like the bench's, then the
 * first failure of each action in full. `npm test` runs a sample of the actions that already survive
 * (tests/gas/cuts.test.ts).
 *
 *   npm run soak                          every action, every call
 *   npm run soak -- --only documents      actions whose name contains the text (case-insensitive)
 *   npm run soak -- --every 10            every 10th call (and the first and last three): a quicker look
 *
 * Exits with 1 when an action marked as surviving (`survives`) fails somewhere; the others are reported only.
 */
import { CUT_ACTIONS } from "../tests/support/cutActions";
import { type CutMode, type CutSample, cutAtEveryCall, formatFailure } from "../tests/support/cuts";

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = argument("only")?.toLowerCase();
const every = argument("every");
const sample: CutSample = every ? { first: 3, last: 3, every: Number(every) } : "all";
const actions = CUT_ACTIONS.filter((a) => !only || a.name.toLowerCase().includes(only));
if (actions.length === 0) {
  console.error(`no action matches "${only}"; known: ${CUT_ACTIONS.map((a) => a.name).join(", ")}`);
  process.exit(2);
}

const MODES: readonly CutMode[] = ["before", "after", "timeLimit"];
const header = `${"action".padEnd(26)} ${"calls".padStart(6)} ${"tried".padStart(6)} ${"failed".padStart(7)} ${MODES.map((m) => m.padStart(9)).join(" ")} ${"absorbed".padStart(9)} ${"real s".padStart(7)}`;
console.log(
  `Cut at ${sample === "all" ? "every call" : `every ${every}th call`}, each mode; then run again.\n`,
);
console.log(header);
const details: string[] = [];
let broken = false;
for (const action of actions) {
  const t = Date.now();
  let line: string;
  try {
    const report = cutAtEveryCall({ ...action, sample, stopAtFirst: false });
    const byMode = MODES.map((m) => String(report.failures.filter((f) => f.mode === m).length).padStart(9));
    line = `${action.name.padEnd(26)} ${String(report.calls).padStart(6)} ${String(report.tried).padStart(6)} ${String(report.failures.length).padStart(7)} ${byMode.join(" ")} ${String(report.absorbed.length).padStart(9)} ${((Date.now() - t) / 1000).toFixed(0).padStart(7)}`;
    const first = report.failures[0];
    if (first) {
      details.push(formatFailure(action.name, first));
      const methods = [...new Set(report.failures.map((f) => f.method))].slice(0, 12);
      details.push(`  (failing calls: ${methods.join(", ")}${methods.length === 12 ? ", …" : ""})`);
      if (action.survives) broken = true;
    }
  } catch (error) {
    line = `${action.name.padEnd(26)} the clean run failed: ${String(error).slice(0, 120)}`;
    if (action.survives) broken = true;
  }
  console.log(line);
}
if (details.length > 0) console.log(`\nFirst failure of each action:\n\n${details.join("\n\n")}`);
process.exit(broken ? 1 : 0);
