import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { proposePairs } from "../../src/app/proposePairs";
import { memoryPorts } from "../support/memory";

/** The sample school typed into a fresh base and checked (so every row has its id). */
function school(mistakes = false) {
  const m = memoryPorts();
  initBase(m.ports);
  const data = sampleSchool(2026, { mistakes });
  const settings = m.sheets.tabs.get("settings")!;
  for (const [key, value] of Object.entries(data.settings)) {
    const row = settings.grid.findIndex((r) => r[0] === key);
    if (row > 0) settings.grid[row]![settings.columns.value! - 1] = value;
  }
  for (const r of data.mentors) m.sheets.type("mentors", r);
  for (const r of data.mentees) m.sheets.type("mentees", r);
  checkBase(m.ports);
  return m;
}

type M = ReturnType<typeof memoryPorts>;
const tab = (m: M) => m.sheets.tabs.get("proposals")!;
const rows = (m: M) => {
  const t = tab(m);
  return t.grid
    .slice(1)
    .filter((r) => r.some((v) => v !== ""))
    .map((r) => Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, r[c - 1]])));
};
const setDecision = (m: M, mentorId: string, menteeId: string, decision: string) => {
  const t = tab(m);
  const i = t.grid.findIndex(
    (r) => r[t.columns.mentorId! - 1] === mentorId && r[t.columns.menteeId! - 1] === menteeId,
  );
  if (i < 0) throw new Error(`no row ${mentorId} ${menteeId}`);
  t.grid[i]![t.columns.decision! - 1] = decision;
};

describe("«Подобрать пары» (use case)", () => {
  test("proposes pairs with reasons and lists every mentee left alone with the reason", () => {
    const m = school();
    const r = proposePairs(m.ports)!;
    const list = rows(m);
    const pairs = list.filter((x) => x.mentorId !== "");
    const alone = list.filter((x) => x.mentorId === "");
    expect(r.summary.pairs).toBe(pairs.length);
    expect(r.summary.unmatched).toBe(alone.length);
    expect(pairs.length).toBeGreaterThan(20);
    // Each mentee at most once; each pair explained; scores are percentages.
    expect(new Set(pairs.map((x) => x.menteeId)).size).toBe(pairs.length);
    for (const x of pairs) {
      expect(String(x.reasons)).not.toBe("");
      expect(Number(x.score)).toBeGreaterThanOrEqual(0);
      expect(Number(x.score)).toBeLessThanOrEqual(100);
    }
    for (const x of alone) expect(String(x.reasons)).toMatch(/^Без наставника: /);
    expect(m.ui.alerts.at(-1)?.message).toContain("предложено пар");
  });

  test("a second run proposes the same; the curator's pins and exclusions are kept and obeyed", () => {
    const m = school();
    proposePairs(m.ports);
    const first = rows(m);
    proposePairs(m.ports);
    expect(rows(m)).toEqual(first);

    const [a, b] = first.filter((x) => x.mentorId !== "");
    setDecision(m, String(a!.mentorId), String(a!.menteeId), "закрепить");
    setDecision(m, String(b!.mentorId), String(b!.menteeId), "исключить");
    proposePairs(m.ports);
    const after = rows(m);
    expect(after.find((x) => x.mentorId === a!.mentorId && x.menteeId === a!.menteeId)?.decision).toBe(
      "закрепить",
    );
    const excluded = after.filter((x) => x.mentorId === b!.mentorId && x.menteeId === b!.menteeId);
    expect(excluded).toHaveLength(1);
    expect(excluded[0]).toMatchObject({ decision: "исключить", score: "" });
    expect(String(excluded[0]!.reasons)).toContain("Исключено куратором");
    // The excluded mentee is proposed with someone else or listed alone, never twice as a pair.
    expect(after.filter((x) => x.menteeId === b!.menteeId && x.decision !== "исключить")).toHaveLength(1);
  });

  test("a pin that breaks a hard rule is refused with the reason and nothing is rewritten", () => {
    const m = school();
    proposePairs(m.ports);
    const t = tab(m);
    // The curator pins a pupil's mentor to a teacher who does not take «ученик – ученик».
    const mentees = m.sheets.tabs.get("mentees")!;
    const pupil = mentees.grid.find((r) => String(r[mentees.columns.form! - 1]) === "ученик – ученик")!;
    const mentors = m.sheets.tabs.get("mentors")!;
    const teacher = mentors.grid.find((r) => String(r[mentors.columns.forms! - 1]) === "педагог – педагог")!;
    const row = t.grid.length + 1;
    m.sheets.put(t, row, t.columns.mentorId!, teacher[mentors.columns.id! - 1]!);
    m.sheets.put(t, row, t.columns.menteeId!, pupil[mentees.columns.id! - 1]!);
    m.sheets.put(t, row, t.columns.decision!, "закрепить");
    const before = JSON.stringify(t.grid);
    expect(proposePairs(m.ports)).toBeNull();
    expect(JSON.stringify(t.grid)).toBe(before);
    expect(m.ui.alerts.at(-1)?.message).toContain("Закреплённую пару нельзя оставить");
  });

  test("rows with errors take no part, and the curator is told how many", () => {
    const m = school(true);
    const r = proposePairs(m.ports)!;
    expect(r.skippedRows).toBeGreaterThan(0);
    expect(m.ui.alerts.at(-1)?.message).toContain("не участвовавших в подборе");
  });

  test("a missing tab is named as the curator sees it, and nothing is written", () => {
    const m = school();
    m.sheets.tabs.delete("mentors");
    const before = JSON.stringify(tab(m).grid);
    expect(proposePairs(m.ports)).toBeNull();
    expect(m.ui.alerts.at(-1)?.message).toContain("нет листа «Наставники»");
    expect(JSON.stringify(tab(m).grid)).toBe(before);
  });
});
