/**
 * The fuzzer's fixed sample (tests/fuzz/fuzzer.ts): hostile values and sheet shapes on the built bundle, every
 * action, a fixed set of seeds. The known cases other parts of issue 13 are fixing are left out (`sample: true`;
 * SHAPES names the part); `npm run fuzz` runs them all.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../emulator";
import type { BundleHost } from "../emulator/vmHost";
import { DIST, generate, Recorder, report, runCase, SHAPES, type Shape } from "./fuzzer";

const ROOT = join(__dirname, "../..");

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

/**
 * Seeds 1–12, and those that bring what 1–12 lack: a deleted header row (14, 31), a hand-edited «Предложенные
 * пары» (21), a whole column of checkboxes (23), a pair typed as starting in 0001 or 9999 with a confirmation
 * dated 9999 (34), a renamed tab (45). The test below holds the sample to covering every shape.
 */
const SEEDS = [...Array.from({ length: 12 }, (_, i) => 1 + i), 14, 21, 23, 31, 34, 45];

describe("fuzz: a careless curator on the built add-on", () => {
  test.each(SEEDS)(
    "seed %i: no uncaught error, no internal text, nothing typed changed, nothing silent",
    (seed) => {
      const result = runCase(seed, { sample: true });
      // Every action ran: the chain did not stop early (and the drift checks ran when a shape drifted).
      const drifted = result.input.shapes.some(
        (s) => s === "deletedHeaderRow" || s === "swappedColumnValues",
      );
      expect(new Set(result.actions)).toEqual(
        new Set([
          "create base",
          ...(drifted ? ["shape drift"] : []),
          "update base",
          "check",
          "import",
          "import staff",
          "enrol",
          "propose pairs",
          "confirm pairs",
          "confirm twice",
          "documents",
          "surveys",
          "kpi",
          "roadmap",
          "template picker",
          ...(result.input.serverArgs ? ["server arguments"] : []),
        ]),
      );
      if (result.failures.length > 0) throw new Error(report(result));
    },
  );

  test("a case is the same from its seed alone; the sample leaves out only the known cases", () => {
    expect(generate(7, true)).toEqual(generate(7, true));
    expect(generate(7, false)).not.toEqual(generate(8, false));
    const known = (Object.keys(SHAPES) as Shape[]).filter((s) => SHAPES[s].known !== null);
    for (let seed = 1; seed <= 200; seed++) {
      const input = generate(seed, true);
      expect(input.shapes.filter((s) => known.includes(s))).toEqual([]);
    }
  });

  test("the sample holds every shape and date not left out", () => {
    const inputs = SEEDS.map((seed) => generate(seed, true));
    const shapes = new Set(inputs.flatMap((i) => i.shapes));
    for (const s of Object.keys(SHAPES) as Shape[])
      if (SHAPES[s].known === null) expect([s, shapes.has(s)]).toEqual([s, true]);
    expect(inputs.some((i) => i.pairStart && /year/.test(i.pairStart.name))).toBe(true);
    expect(inputs.some((i) => i.confirmDate.name === "year 9999")).toBe(true);
    expect(inputs.some((i) => typeof i.confirmDate.value !== "string")).toBe(true);
    expect(inputs.some((i) => i.serverArgs)).toBe(true);
  });
});

describe("fuzz: the checks catch what they look for", () => {
  const recorder = () =>
    new Recorder(createEmulator(), null as unknown as BundleHost, ["«planted» TypeError"]);

  test("a menu item that throws is uncaught; one that shows nothing is silent", () => {
    const rec = recorder();
    rec.run("a", "menu", () => {
      throw new TypeError("x is undefined");
    });
    rec.run("b", "menu", () => undefined);
    expect(rec.failures.map((f) => [f.action, f.kind])).toEqual([
      ["a", "uncaught"],
      ["b", "silent"],
    ]);
  });

  test("internal error text and English-only words shown by a sidebar call are caught; planted data is not", () => {
    const rec = recorder();
    rec.run("a", "sidebar", () => {
      throw new RangeError("Invalid time value");
    });
    rec.run("b", "sidebar", () => ({
      message: "Готово",
      problems: [{ why: "Cannot read properties of null" }],
    }));
    rec.run("c", "sidebar", () => ({ message: "Done" }));
    rec.run("d", "sidebar", () => ({ message: "Готово", rows: ["«planted» TypeError"] }));
    expect(rec.failures.map((f) => [f.action, f.kind])).toEqual([
      ["a", "internalText"],
      ["a", "englishOnly"],
      ["b", "internalText"],
      ["b", "englishOnly"],
      ["c", "englishOnly"],
    ]);
  });
});
