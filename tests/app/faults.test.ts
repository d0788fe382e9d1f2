import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
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

describe("an action that makes its tab, cut at any step", () => {
  test("«Подобрать пары» on a new base makes «Предложенные пары» once, whole, whatever step it was cut at", () => {
    const clean = prepared();
    expect(clean.sheets.tabs.has("proposals")).toBe(false);
    const from = clean.sheets.calls;
    const ok = reviewPairs(clean.ports, null);
    if ("error" in ok) throw new Error(ok.error);
    const steps = clean.sheets.calls - from;
    expect(steps).toBeGreaterThan(5);
    expect(clean.sheets.tabs.get("proposals")?.formatted).toBe(1);
    for (let k = 1; k <= steps; k++) {
      const m = prepared();
      let n = 0;
      m.sheets.failOn = () => ++n === k;
      expect(() => reviewPairs(m.ports, null)).toThrow("Injected failure");
      m.sheets.failOn = undefined;
      const again = reviewPairs(m.ports, null);
      if ("error" in again) throw new Error(again.error);
      expect(state(m)).toBe(state(clean));
      // Formatted once it was made: by the first run when it got that far, else by the second.
      expect(m.sheets.tabs.get("proposals")?.formatted).toBe(1);
      expect([...m.properties.map.keys()].filter((key) => key.startsWith("mentor-base.making."))).toEqual([]);
    }
  });
});

describe("«Утвердить пары» cut by a failure at any step", () => {
  /** The sample school matched, with every proposed pair accepted. */
  function accepted() {
    const m = memoryPorts();
    initBase(m.ports);
    const data = sampleSchool(2026, { mentors: 12, mentees: 18 });
    const settings = m.sheets.tabs.get("settings")!;
    for (const [key, value] of Object.entries(data.settings)) {
      const row = settings.grid.findIndex((r) => r[0] === key);
      if (row > 0) settings.grid[row]![settings.columns.value! - 1] = value;
    }
    for (const r of data.mentors) m.sheets.type("mentors", r);
    for (const r of data.mentees) m.sheets.type("mentees", r);
    checkBase(m.ports);
    const r = reviewPairs(m.ports, { type: "acceptAll" });
    if ("error" in r) throw new Error(r.error);
    return m;
  }
  const confirmed = (m: ReturnType<typeof memoryPorts>) => {
    const t = m.sheets.tabs.get("pairs")!;
    return t.grid
      .slice(1)
      .filter((r) => r.some((v) => v !== ""))
      .map((r) => Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, r[c - 1]])));
  };
  const proposals = (m: ReturnType<typeof memoryPorts>) =>
    JSON.stringify(m.sheets.tabs.get("proposals")!.grid);

  test("running it again completes it: every accepted pair once, ids unique, one confirmation code", () => {
    const clean = accepted();
    const from = clean.sheets.calls;
    const ok = confirmPairs(clean.ports, "2026-12-01");
    if ("error" in ok) throw new Error(ok.error);
    expect(ok.ok.confirmed).toBeGreaterThan(5);
    const steps = clean.sheets.calls - from;
    const want = confirmed(clean).map(
      (x) => `${x.mentorId}→${x.menteeId}:${x.groupId === "" ? "" : "group"}`,
    );
    for (let k = 1; k <= steps; k++) {
      const m = accepted();
      let n = 0;
      m.sheets.failOn = () => ++n === k;
      expect(() => confirmPairs(m.ports, "2026-12-01")).toThrow("Injected failure");
      m.sheets.failOn = undefined;
      const again = confirmPairs(m.ports, "2026-12-01");
      if ("error" in again) throw new Error(again.error);
      const got = confirmed(m);
      expect(got.map((x) => `${x.mentorId}→${x.menteeId}:${x.groupId === "" ? "" : "group"}`)).toEqual(want);
      expect(new Set(got.map((x) => x.id)).size).toBe(got.length);
      expect(new Set(got.map((x) => x.batch)).size).toBe(1);
      expect(proposals(m)).toBe(proposals(clean));
    }
  });
});
