/**
 * Every contract suite of the registry, run on the emulator: one jest test per check, each in a fresh emulator
 * and one execution (as a menu click is). Checks known to meet an emulator difference run as `test.failing`.
 */
import { gasWorld } from "../support/gas";
import { checkKey, EMULATOR_DIFFERENCES } from "./emulatorDifferences";
import { SUITES } from "./index";

describe.each(SUITES.map((s) => [s.name, s] as const))("%s", (_name, s) => {
  for (const c of s.checks) {
    const known = EMULATOR_DIFFERENCES[checkKey(s.name, c.name)];
    const body = () => {
      const world = gasWorld();
      try {
        world.run(() => c.run());
      } finally {
        world.uninstall();
      }
    };
    if (known) test.failing(`${c.name} [emulator differs: ${known}]`, body);
    else test(c.name, body);
  }
});

test("every known emulator difference names a check of the registry", () => {
  const keys = new Set(SUITES.flatMap((s) => s.checks.map((c) => checkKey(s.name, c.name))));
  expect(Object.keys(EMULATOR_DIFFERENCES).filter((k) => !keys.has(k))).toEqual([]);
});
