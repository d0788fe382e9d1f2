import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { memoryPorts } from "../support/memory";
import { MENTEE, MENTOR } from "../support/tables";

/** A school with data typed by hand, ready for an action. */
function prepared() {
  const m = memoryPorts();
  initBase(m.ports);
  const { id: _a, ...mentor } = MENTOR;
  const { id: _b, ...mentee } = MENTEE;
  m.sheets.type("mentors", mentor);
  m.sheets.type("mentors", { ...mentor, fullName: "Орлова Вера Ивановна", email: "bad", phone: "" });
  m.sheets.type("mentees", { ...mentee, requests: "" });
  return m;
}

const state = (m: ReturnType<typeof memoryPorts>) =>
  JSON.stringify([...m.sheets.tabs.values()].map((t) => [t.key, t.grid, t.notes, t.backgrounds, t.columns]));

describe("an action cut by a failure at any step is completed by running it again", () => {
  test("initBase from an empty spreadsheet", () => {
    const clean = memoryPorts();
    initBase(clean.ports);
    const steps = clean.sheets.calls;
    expect(steps).toBeGreaterThan(10);
    for (let k = 1; k <= steps; k++) {
      const m = memoryPorts();
      let n = 0;
      m.sheets.failOn = () => ++n === k;
      expect(() => initBase(m.ports)).toThrow("Injected failure");
      m.sheets.failOn = undefined;
      initBase(m.ports);
      expect(state(m)).toBe(state(clean));
    }
  });

  test("checkBase: no id is given twice and the marks end up the same", () => {
    const clean = prepared();
    const from = clean.sheets.calls;
    const cleanReport = checkBase(clean.ports)!;
    expect(cleanReport.errors).toBe(5);
    const steps = clean.sheets.calls - from;
    for (let k = 1; k <= steps; k++) {
      const m = prepared();
      let n = 0;
      m.sheets.failOn = () => ++n === k;
      expect(() => checkBase(m.ports)).toThrow("Injected failure");
      m.sheets.failOn = undefined;
      const report = checkBase(m.ports)!;
      const ids = [...m.sheets.tabs.values()]
        .flatMap((t) => t.grid.slice(1).map((r) => r[t.columns.id! - 1]))
        .filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
      expect(report.errors).toBe(cleanReport.errors);
      const marks = (x: typeof m) => JSON.stringify([...x.sheets.tabs.values()].map((t) => t.backgrounds));
      expect(marks(m)).toBe(marks(clean));
    }
  });
});
