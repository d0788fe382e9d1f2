import { initBase } from "../../src/app/initBase";
import { TABLES } from "../../src/domain/tables";
import { DEFAULT_WIDTH, sharedWidths } from "../../src/gas/sheets";
import { gasWorld, makeActionTabs } from "../support/gas";

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

/** Every column of every tab of ours: its own width, or the default, up to the grid's end. */
function expectWidths(keys: readonly string[]) {
  for (const spec of TABLES.filter((t) => keys.includes(t.key))) {
    const sheet = w.ss.getSheetByName(spec.title.ru)!;
    const got = Array.from({ length: sheet.getMaxColumns() }, (_, i) => sheet.getColumnWidth(i + 1));
    const wanted = got.map((_, i) => spec.columns[i]?.width ?? DEFAULT_WIDTH);
    expect({ tab: spec.key, widths: got }).toEqual({ tab: spec.key, widths: wanted });
  }
}

/** Calls of setColumnWidths the tabs would take, each setting its own runs of equal widths (not the default). */
function ownRuns(keys: readonly string[]): number {
  let n = 0;
  for (const spec of TABLES.filter((t) => keys.includes(t.key))) {
    let previous: number | undefined;
    for (const c of spec.columns) {
      const width = c.width === DEFAULT_WIDTH ? undefined : c.width;
      if (width !== undefined && width !== previous) n++;
      previous = width;
    }
  }
  return n;
}

describe("column widths: the template's shared widths, then each tab's differences", () => {
  const base = TABLES.filter((t) => t.madeBy === "base").map((t) => t.key);

  test("the shared widths are those most tabs the base makes want", () => {
    const shared = sharedWidths();
    expect(shared.some((x) => x !== undefined)).toBe(true);
    shared.forEach((width, i) => {
      if (width === undefined) return;
      const wanting = TABLES.filter(
        (t) => t.madeBy === "base" && (t.columns[i]?.width ?? DEFAULT_WIDTH) === width,
      );
      expect(wanting.length * 2).toBeGreaterThanOrEqual(base.length - 1);
    });
  });

  test("the create gives every tab its widths, the default elsewhere, in fewer calls than a tab setting all its own", () => {
    w.emu.calls.reset();
    w.run(() => initBase(w.ports()));
    expectWidths(base);
    const calls = w.emu.calls.byMethod()["Sheet.setColumnWidths"] ?? 0;
    expect(calls).toBeLessThan(ownRuns(base));
  });

  test("a tab an action makes alone gets its own widths, nothing of the template", () => {
    w.run(() => initBase(w.ports()));
    makeActionTabs(w);
    expectWidths(TABLES.map((t) => t.key));
  });

  test("a run stopped after the copies were inserted leaves blank tabs whose widths the next run sets right", () => {
    // Stop at the first header written: the template and every copy are there, blank, with the shared widths.
    w.emu.faults.failNth({ method: "setValues", n: 1, timeLimit: true });
    expect(() => w.run(() => initBase(w.ports()))).toThrow();
    w.emu.faults.clear();
    const copy = w.ss.getSheetByName(TABLES.find((t) => t.key === "settings")!.title.ru)!;
    const shared = sharedWidths();
    const at = shared.findIndex((x) => x !== undefined);
    expect(copy.getColumnWidth(at + 1)).toBe(shared[at]);
    w.run(() => initBase(w.ports()));
    expectWidths(base);
  });
});
