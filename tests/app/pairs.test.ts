import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, proposePairs, reviewPairs } from "../../src/app/pairs";
import type { PairsView } from "../../src/domain/pairsView";
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
    expect(r.counts.proposed).toBe(pairs.length);
    expect(r.counts.unmatched).toBe(alone.length);
    expect(pairs.length).toBeGreaterThan(20);
    // Each mentee at most once; each pair explained; scores are percentages.
    expect(new Set(pairs.map((x) => x.menteeId)).size).toBe(pairs.length);
    for (const x of pairs) {
      expect(String(x.reasons)).not.toBe("");
      expect(Number(x.score)).toBeGreaterThanOrEqual(0);
      expect(Number(x.score)).toBeLessThanOrEqual(100);
    }
    for (const x of alone) expect(String(x.reasons)).toMatch(/^Без наставника: /);
    expect(m.ui.alerts.filter((a) => a.title === "Подбор пар")).toEqual([]);
    expect(m.ui.pairs).toEqual([r]);
    expect(m.ui.toasts.at(-1)).toContain(`Предложено пар: ${pairs.length}`);
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
    expect(m.ui.alerts.at(-1)?.message).toContain("Решение куратора не может выполняться");
    expect(m.ui.alerts.at(-1)?.message).toContain("наставник не ведёт форму «ученик – ученик»");
  });

  test("rows with errors take no part, and the curator is told how many", () => {
    const m = school(true);
    const r = proposePairs(m.ports)!;
    expect(r.counts.skippedRows).toBeGreaterThan(0);
    expect(r.message).toContain(`не участвовавших в подборе: ${r.counts.skippedRows}`);
  });

  test("a missing tab is named as the curator sees it, and nothing is written", () => {
    const m = school();
    m.sheets.tabs.delete("mentors");
    const grids = () => JSON.stringify([...m.sheets.tabs.values()].map((t) => [t.key, t.grid]));
    const before = grids();
    expect(proposePairs(m.ports)).toBeNull();
    expect(m.ui.alerts.at(-1)?.message).toContain("нет листа «Наставники»");
    // Not even the proposals tab the action would make.
    expect(m.sheets.tabs.has("proposals")).toBe(false);
    expect(grids()).toBe(before);
  });
});

const view = (r: ReturnType<typeof reviewPairs>) => {
  if ("error" in r) throw new Error(r.error);
  return r.ok;
};
const allPairs = (v: PairsView) => v.mentors.flatMap((x) => x.pairs);
const pairRows = (m: M) => {
  const t = m.sheets.tabs.get("pairs")!;
  return t.grid
    .slice(1)
    .filter((r) => r.some((v) => v !== ""))
    .map((r) => Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, r[c - 1]])));
};

describe("the «Пары» sidebar's actions (use case)", () => {
  test("«принять» is written on the tab, counted, and kept when matching again", () => {
    const m = school();
    const first = proposePairs(m.ports)!;
    const p = allPairs(first)[0]!;
    const v = view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        decision: "accept",
      }),
    );
    expect(v.counts.accepted).toBe(1);
    expect(v.counts.undecided).toBe(first.counts.proposed - 1);
    expect(allPairs(v).find((x) => x.menteeId === p.menteeId)).toMatchObject({
      mentorId: p.mentorId,
      decision: "accept",
    });
    expect(rows(m).find((x) => x.menteeId === p.menteeId)).toMatchObject({
      mentorId: p.mentorId,
      decision: "принять",
    });
    expect(String(rows(m).find((x) => x.menteeId === p.menteeId)!.reasons)).toContain(
      "пара принята куратором",
    );
    // Cleared again, it is the matching's proposal only.
    const cleared = view(
      reviewPairs(m.ports, { type: "decide", mentorId: p.mentorId, menteeId: p.menteeId, decision: null }),
    );
    expect(cleared.counts.accepted).toBe(0);
    expect(rows(m).find((x) => x.menteeId === p.menteeId)!.decision).toBe("");
  });

  test("«отклонить» proposes another mentor this time and lists the refused pair; «вернуть» takes it back", () => {
    const m = school();
    const first = proposePairs(m.ports)!;
    const p = allPairs(first).find((x) => x.alternatives.length > 0)!;
    const v = view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        decision: "reject",
      }),
    );
    const now = allPairs(v).find((x) => x.menteeId === p.menteeId);
    if (now) expect(now.mentorId).not.toBe(p.mentorId);
    else expect(v.unmatched.map((u) => u.menteeId)).toContain(p.menteeId);
    expect(v.refused).toEqual([
      expect.objectContaining({ mentorId: p.mentorId, menteeId: p.menteeId, decision: "reject" }),
    ]);
    expect(v.counts.rejected).toBe(1);
    const row = rows(m).filter((x) => x.mentorId === p.mentorId && x.menteeId === p.menteeId);
    expect(row).toEqual([expect.objectContaining({ decision: "отклонить", score: "" })]);
    const back = view(
      reviewPairs(m.ports, { type: "decide", mentorId: p.mentorId, menteeId: p.menteeId, decision: null }),
    );
    expect(back.refused).toEqual([]);
    expect(allPairs(back).find((x) => x.menteeId === p.menteeId)?.mentorId).toBe(p.mentorId);
  });

  test("«сменить наставника» to a full mentor accepts the new pair and says which mentee moved", () => {
    const m = school();
    const first = proposePairs(m.ports)!;
    const p = allPairs(first).find((x) => x.alternatives.some((a) => a.free === 0))!;
    expect(p).toBeDefined();
    const to = p.alternatives.find((a) => a.free === 0)!;
    const v = view(reviewPairs(m.ports, { type: "swap", menteeId: p.menteeId, mentorId: to.mentorId }));
    expect(allPairs(v).find((x) => x.menteeId === p.menteeId)).toMatchObject({
      mentorId: to.mentorId,
      decision: "accept",
    });
    // The mentor had no free place: one of their mentees was moved, and the curator is told.
    expect(v.message).toMatch(/^Изменилось в подборе: /);
    expect(v.counts.proposed + v.counts.unmatched).toBe(first.counts.proposed + first.counts.unmatched);
  });

  test("«принять все» accepts every proposed pair; a decision breaking a rule is refused and nothing is written", () => {
    const m = school();
    const first = proposePairs(m.ports)!;
    const v = view(reviewPairs(m.ports, { type: "acceptAll" }));
    expect(v.counts.accepted).toBe(first.counts.proposed);
    expect(v.counts.undecided).toBe(0);
    expect(allPairs(v).map((x) => [x.mentorId, x.menteeId])).toEqual(
      allPairs(first).map((x) => [x.mentorId, x.menteeId]),
    );

    // Swapping to a mentor who does not take the mentee's form: refused with the reason, the tab untouched.
    const pupil = allPairs(v).find((x) => x.form === "ученик – ученик")!;
    const teacher = allPairs(v).find((x) => x.form === "педагог – педагог")!;
    const before = JSON.stringify(tab(m).grid);
    const r = reviewPairs(m.ports, { type: "swap", menteeId: pupil.menteeId, mentorId: teacher.mentorId });
    expect(r).toEqual({ error: expect.stringContaining("наставник не ведёт форму «ученик – ученик»") });
    expect(JSON.stringify(tab(m).grid)).toBe(before);
  });
});

/** Ticks (or unticks) «Работает с группой» for a mentor, as the curator would. */
const worksWithGroup = (m: M, mentorId: string, on = true) => {
  const t = m.sheets.tabs.get("mentors")!;
  const i = t.grid.findIndex((r) => r[t.columns.id! - 1] === mentorId);
  if (i < 0) throw new Error(`no mentor ${mentorId}`);
  m.sheets.put(t, i + 1, t.columns.groupWork!, on);
};

describe("«Утвердить пары» (use case)", () => {
  function accepted(m: M, n: number) {
    const first = proposePairs(m.ports)!;
    // A group (a mentor with two mentees) and single pairs.
    const group = first.mentors.find((x) => x.pairs.length >= 2)!;
    if (group) worksWithGroup(m, group.mentorId, true);
    const chosen = [
      ...group.pairs.slice(0, 2),
      ...allPairs(first).filter((x) => x.mentorId !== group.mentorId),
    ].slice(0, n);
    for (const p of chosen)
      view(
        reviewPairs(m.ports, {
          type: "decide",
          mentorId: p.mentorId,
          menteeId: p.menteeId,
          decision: "accept",
        }),
      );
    return { first, group, chosen };
  }

  test("writes the accepted pairs with ids, form, kind, group, start date, status and the confirmation code", () => {
    const m = school();
    const { group, chosen } = accepted(m, 5);
    const reject = allPairs(m.ui.pairs[0]!).find((x) => !chosen.some((c) => c.menteeId === x.menteeId))!;
    view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: reject.mentorId,
        menteeId: reject.menteeId,
        decision: "reject",
      }),
    );
    const excl = allPairs(m.ui.pairs[0]!).filter((x) => !chosen.some((c) => c.menteeId === x.menteeId))[1]!;
    view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: excl.mentorId,
        menteeId: excl.menteeId,
        decision: "exclude",
      }),
    );

    const r = confirmPairs(m.ports, "2026-12-01");
    if ("error" in r) throw new Error(r.error);
    expect(r.ok).toMatchObject({ confirmed: 5, inGroups: 2, batch: "У-0001" });
    const written = pairRows(m);
    expect(written.map((x) => x.id)).toEqual(["П-0001", "П-0002", "П-0003", "П-0004", "П-0005"]);
    for (const x of written) {
      const c = chosen.find((p) => p.menteeId === x.menteeId)!;
      expect(x).toMatchObject({
        mentorId: c.mentorId,
        mentorName: c.mentorName,
        menteeName: c.menteeName,
        form: c.form,
      });
      expect(x).toMatchObject({ status: "активна", batch: "У-0001" });
      expect(x.startDate).toBeInstanceOf(Date);
      expect((x.startDate as Date).toISOString()).toBe("2026-11-30T21:00:00.000Z"); // 1 Dec, Moscow
      if (x.mentorId === group.mentorId) expect(x).toMatchObject({ groupId: "Г-0001", kind: "в группе" });
      else expect(x).toMatchObject({ groupId: "", kind: "традиционное" });
      if (x.form === "педагог – педагог") expect(x.model).not.toBe(undefined);
    }
    expect(r.ok.view.message).toBe("");
    expect(r.ok.view.pairsTab).toBe("Пары и группы");
    // The tab: confirmed and rejected rows gone, the exclusion kept, the confirmed mentees not proposed again.
    const after = rows(m);
    for (const c of chosen) expect(after.some((x) => x.menteeId === c.menteeId)).toBe(false);
    expect(after.some((x) => x.decision === "отклонить")).toBe(false);
    expect(after.filter((x) => x.decision === "исключить")).toEqual([
      expect.objectContaining({ mentorId: excl.mentorId, menteeId: excl.menteeId }),
    ]);
    expect(r.ok.view.counts.alreadyPaired).toBe(5);
    // Nothing accepted now: a second click says so and writes nothing.
    const again = confirmPairs(m.ports, "2026-12-01");
    expect(again).toEqual({ error: expect.stringContaining("Нет принятых пар") });
    expect(pairRows(m)).toHaveLength(5);
  });

  test("several pairs of one mentor who does not work with a group stay traditional, without a group code", () => {
    const m = school();
    const { group } = accepted(m, 3);
    worksWithGroup(m, group.mentorId, false);
    const r = confirmPairs(m.ports, "2026-12-01");
    if ("error" in r) throw new Error(r.error);
    expect(r.ok.inGroups).toBe(0);
    const mine = pairRows(m).filter((x) => x.mentorId === group.mentorId);
    expect(mine).toHaveLength(2);
    for (const x of mine) expect(x).toMatchObject({ groupId: "", kind: "традиционное" });
  });

  test("ticked later: the mentor's earlier pair gets the group code in its empty cell, its «Вид» is kept and named", () => {
    const m = school();
    const first = proposePairs(m.ports)!;
    const mentor = first.mentors.find((x) => x.pairs.length >= 2)!;
    const [a, b] = mentor.pairs;
    view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: a!.mentorId,
        menteeId: a!.menteeId,
        decision: "accept",
      }),
    );
    confirmPairs(m.ports, "2026-12-01");
    expect(pairRows(m)).toEqual([
      expect.objectContaining({ menteeId: a!.menteeId, groupId: "", kind: "традиционное" }),
    ]);
    // A remark the curator typed in the earlier pair's row stays as it is.
    const pairs = m.sheets.tabs.get("pairs")!;
    m.sheets.put(pairs, 2, pairs.columns.remarks!, "встречи по средам");

    worksWithGroup(m, mentor.mentorId, true);
    const v = proposePairs(m.ports)!;
    const next = v.mentors.find((x) => x.mentorId === mentor.mentorId)?.pairs[0];
    expect(next?.menteeId).toBe(b!.menteeId);
    view(
      reviewPairs(m.ports, {
        type: "decide",
        mentorId: mentor.mentorId,
        menteeId: next!.menteeId,
        decision: "accept",
      }),
    );
    const r = confirmPairs(m.ports, "2027-01-15");
    if ("error" in r) throw new Error(r.error);
    expect(r.ok.inGroups).toBe(1);
    const written = pairRows(m);
    expect(written).toEqual([
      expect.objectContaining({
        id: "П-0001",
        groupId: "Г-0001",
        kind: "традиционное",
        remarks: "встречи по средам",
      }),
      expect.objectContaining({ id: "П-0002", groupId: "Г-0001", kind: "в группе" }),
    ]);
    expect(r.ok.view.message).toContain("пары П-0001");
    expect(r.ok.view.message).toContain("поставьте «в группе»");
    // Again: nothing more to fill, nothing written twice.
    const before = JSON.stringify(pairs.grid);
    confirmPairs(m.ports, "2027-01-15");
    expect(JSON.stringify(pairs.grid)).toBe(before);
  });

  test("a later confirmation continues the numbering and the mentor's group", () => {
    const m = school();
    const { group } = accepted(m, 2);
    confirmPairs(m.ports, "2026-12-01");
    const v = proposePairs(m.ports)!;
    const more = v.mentors.find((x) => x.mentorId === group.mentorId)?.pairs[0];
    const other = allPairs(v).find((x) => x.mentorId !== group.mentorId)!;
    const chosen = more ? [more, other] : [other];
    for (const p of chosen)
      view(
        reviewPairs(m.ports, {
          type: "decide",
          mentorId: p.mentorId,
          menteeId: p.menteeId,
          decision: "accept",
        }),
      );
    const r = confirmPairs(m.ports, "2027-01-15");
    if ("error" in r) throw new Error(r.error);
    expect(r.ok.batch).toBe("У-0002");
    const written = pairRows(m);
    expect(written.map((x) => x.id)).toEqual(["П-0001", "П-0002", ...chosen.map((_, i) => `П-000${3 + i}`)]);
    expect(written.filter((x) => x.mentorId === group.mentorId).every((x) => x.groupId === "Г-0001")).toBe(
      true,
    );
  });

  test("an accepted pair that is already in «Пары и группы» is never written twice", () => {
    const m = school();
    const { chosen } = accepted(m, 3);
    confirmPairs(m.ports, "2026-12-01");
    // As if the run had stopped after writing the pairs: the curator's «принять» is back on the tab.
    const t = tab(m);
    const row = t.grid.length + 1;
    m.sheets.put(t, row, t.columns.mentorId!, chosen[0]!.mentorId);
    m.sheets.put(t, row, t.columns.menteeId!, chosen[0]!.menteeId);
    m.sheets.put(t, row, t.columns.decision!, "принять");
    const r = confirmPairs(m.ports, "2026-12-01");
    if ("error" in r) throw new Error(r.error);
    expect(r.ok.confirmed).toBe(0);
    expect(r.ok.view.message).toContain("Уже утверждены раньше и пропущены: 1.");
    expect(pairRows(m)).toHaveLength(3);
    expect(rows(m).some((x) => x.menteeId === chosen[0]!.menteeId)).toBe(false);
  });

  test("a decision for a mentee already paired with someone else is kept on the tab and explained", () => {
    const m = school();
    const { chosen } = accepted(m, 1);
    confirmPairs(m.ports, "2026-12-01");
    const v = proposePairs(m.ports)!;
    const other = v.mentors.find((x) => x.mentorId !== chosen[0]!.mentorId)!;
    const t = tab(m);
    const row = t.grid.length + 1;
    m.sheets.put(t, row, t.columns.mentorId!, other.mentorId);
    m.sheets.put(t, row, t.columns.menteeId!, chosen[0]!.menteeId);
    m.sheets.put(t, row, t.columns.decision!, "закрепить");
    proposePairs(m.ports);
    const kept = rows(m).filter((x) => x.menteeId === chosen[0]!.menteeId);
    expect(kept).toEqual([expect.objectContaining({ mentorId: other.mentorId, decision: "закрепить" })]);
    expect(String(kept[0]!.reasons)).toContain("Решение не действует: наставляемый уже в паре П-0001");
  });

  test("a bad start date or a missing column is refused before anything is written", () => {
    const m = school();
    accepted(m, 2);
    const before = JSON.stringify([...m.sheets.tabs.values()].map((t) => t.grid));
    expect(confirmPairs(m.ports, "2026-02-30")).toEqual({
      error: expect.stringContaining("«2026-02-30» не распознана"),
    });
    m.sheets.tabs.get("pairs")!.columns.batch = undefined as never;
    delete (m.sheets.tabs.get("pairs")!.columns as Record<string, number>).batch;
    expect(confirmPairs(m.ports, "2026-12-01")).toEqual({
      error: expect.stringContaining("нет столбца «Утверждение»"),
    });
    expect(JSON.stringify([...m.sheets.tabs.values()].map((t) => t.grid))).toBe(before);
  });
});
