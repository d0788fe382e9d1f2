/**
 * The contract-test kit. A contract states one behaviour of Google's services that the add-on relies on, written
 * only against Apps Script globals, so the same file runs in jest on the emulator (tests/contract/contracts.test.ts)
 * and inside a real Apps Script project (`npm run test:live`, tests/contract/live.ts). Nothing here may be
 * Node-only: it is bundled for Apps Script.
 */

export type Run = () => void; // throws on failure
export interface Check {
  readonly name: string;
  readonly run: Run;
}
export interface Suite {
  readonly name: string;
  readonly checks: readonly Check[];
}

/** e.g. export default suite("Drive v3 under drive.file", (check) => { check("copy keeps the name", () => {…}); }); */
export function suite(name: string, body: (check: (name: string, run: Run) => void) => void): Suite {
  const checks: Check[] = [];
  body((checkName, run) => {
    if (checks.some((c) => c.name === checkName)) {
      throw new Error(`Suite "${name}" has two checks named "${checkName}"`);
    }
    checks.push({ name: checkName, run });
  });
  return { name, checks };
}

/** A JSON rendering for messages and comparisons: Dates as {"$date": ISO}, undefined spelt out. */
function show(value: unknown): string {
  if (value === undefined) return "undefined";
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (Object.prototype.toString.call(raw) === "[object Date]") {
      const time = (raw as Date).getTime();
      return { $date: Number.isNaN(time) ? "Invalid Date" : (raw as Date).toISOString() };
    }
    if (v === undefined) return "$undefined";
    if (typeof v === "number" && !Number.isFinite(v)) return `$${String(v)}`;
    return v;
  });
  return text === undefined ? String(value) : text;
}

export function assert(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`Expected ${what}`);
}

/** Deep equality via JSON (Dates compared by instant; key order matters, as JSON.stringify keeps it). */
export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = show(actual);
  const e = show(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs fn, which must throw an error whose message matches pattern; returns that message. */
export function assertThrows(fn: () => unknown, pattern: RegExp, what: string): string {
  let message: string | undefined;
  try {
    fn();
  } catch (e) {
    message =
      e instanceof Error || (typeof e === "object" && e !== null && "message" in e)
        ? String((e as { message: unknown }).message)
        : String(e);
  }
  if (message === undefined)
    throw new Error(`${what}: expected an error matching ${String(pattern)}, none was thrown`);
  if (!pattern.test(message)) {
    throw new Error(`${what}: expected an error matching ${String(pattern)}, got "${message}"`);
  }
  return message;
}
