/**
 * Checks whose expectation is Google's behaviour where the emulator is known to differ (issue 11 fixes the
 * emulator). On the emulator they must fail: contracts.test.ts runs them as `test.failing`, so a fix in the
 * emulator turns them red here until the entry is removed. Keyed by "suite › check"; the value says why.
 * docs/emulator.md lists the same differences.
 */
export const EMULATOR_DIFFERENCES: Readonly<Record<string, string>> = {};

export const checkKey = (suite: string, check: string): string => `${suite} › ${check}`;
