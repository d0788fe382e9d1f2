/**
 * The contract-test kit (shared shape; the contract helper owns this file and its runner). Contract tests are
 * written only against Apps Script globals, so the same file runs in jest on the emulator and inside a real Apps
 * Script project. Nothing here may be Node-only.
 */
export type Run = () => void;
export interface Check {
  readonly name: string;
  readonly run: Run;
}
export interface Suite {
  readonly name: string;
  readonly checks: readonly Check[];
}

export function suite(name: string, body: (check: (name: string, run: Run) => void) => void): Suite {
  const checks: Check[] = [];
  body((checkName, run) => {
    checks.push({ name: checkName, run });
  });
  return { name, checks };
}

export function assert(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`Expected: ${what}`);
}

export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export function assertThrows(fn: () => unknown, pattern: RegExp, what: string): string {
  let message: string | undefined;
  try {
    fn();
  } catch (err) {
    message = err instanceof Error ? err.message : String(err);
  }
  if (message === undefined)
    throw new Error(`${what}: expected an error matching ${pattern}, none was thrown`);
  if (!pattern.test(message))
    throw new Error(`${what}: expected an error matching ${pattern}, got "${message}"`);
  return message;
}
