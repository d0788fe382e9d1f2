import type { Pair } from "../../src/domain/model";
import {
  applyAction,
  curatorInput,
  type DecisionRow,
  decisionsFrom,
  splitDecisions,
} from "../../src/domain/proposals";

const d = (mentorId: string, menteeId: string, decision: DecisionRow["decision"]): DecisionRow => ({
  mentorId,
  menteeId,
  decision,
});

describe("the curator's decisions on the proposals tab", () => {
  test("are read in either language, the first of a repeated pair wins, rows without both ids are ignored", () => {
    const columns = { mentorId: 0, menteeId: 2, decision: 8 };
    const row = (a: string, b: string, x: string) => [a, "", b, "", "", "", "", "", x];
    const got = decisionsFrom({
      key: "proposals",
      sheetName: "Предложенные пары",
      headers: [],
      firstRow: 2,
      columns,
      rows: [
        row("НС-1", "НЯ-1", "принять"),
        row("НС-1", "НЯ-2", " Закрепить "),
        row("НС-2", "НЯ-3", "reject"),
        row("НС-3", "НЯ-4", "исключить"),
        row("НС-1", "НЯ-1", "исключить"),
        row("", "НЯ-5", "принять"),
        row("НС-4", "НЯ-6", "может быть"),
      ],
    });
    expect(got).toEqual([
      d("НС-1", "НЯ-1", "accept"),
      d("НС-1", "НЯ-2", "pin"),
      d("НС-2", "НЯ-3", "reject"),
      d("НС-3", "НЯ-4", "exclude"),
    ]);
    expect(curatorInput(got)).toEqual({
      pins: [
        { mentorId: "НС-1", menteeId: "НЯ-1" },
        { mentorId: "НС-1", menteeId: "НЯ-2" },
      ],
      exclusions: [
        { mentorId: "НС-2", menteeId: "НЯ-3" },
        { mentorId: "НС-3", menteeId: "НЯ-4" },
      ],
    });
  });

  test("an action replaces the pair's decision; keeping a pair drops the mentee's other kept pair", () => {
    const start = [d("НС-1", "НЯ-1", "pin"), d("НС-2", "НЯ-2", "exclude")];
    expect(
      applyAction(start, { type: "decide", mentorId: "НС-3", menteeId: "НЯ-1", decision: "accept" }, []),
    ).toEqual([d("НС-2", "НЯ-2", "exclude"), d("НС-3", "НЯ-1", "accept")]);
    // Rejecting another mentor of the same mentee leaves the kept pair alone.
    expect(
      applyAction(start, { type: "decide", mentorId: "НС-3", menteeId: "НЯ-1", decision: "reject" }, []),
    ).toEqual([...start, d("НС-3", "НЯ-1", "reject")]);
    expect(
      applyAction(start, { type: "decide", mentorId: "НС-2", menteeId: "НЯ-2", decision: null }, []),
    ).toEqual([start[0]]);
    // A swap to an excluded mentor is the curator's explicit choice: the exclusion gives way to acceptance.
    expect(applyAction(start, { type: "swap", menteeId: "НЯ-2", mentorId: "НС-2" }, [])).toEqual([
      start[0],
      d("НС-2", "НЯ-2", "accept"),
    ]);
  });

  test("«принять все» accepts proposed pairs without a decision and pinned ones, nothing else", () => {
    const proposed = [
      { mentorId: "НС-1", menteeId: "НЯ-1" },
      { mentorId: "НС-1", menteeId: "НЯ-2" },
      { mentorId: "НС-2", menteeId: "НЯ-3" },
    ];
    const got = applyAction(
      [d("НС-1", "НЯ-1", "pin"), d("НС-9", "НЯ-9", "exclude")],
      { type: "acceptAll" },
      proposed,
    );
    expect(got).toEqual([
      d("НС-9", "НЯ-9", "exclude"),
      d("НС-1", "НЯ-1", "accept"),
      d("НС-1", "НЯ-2", "accept"),
      d("НС-2", "НЯ-3", "accept"),
    ]);
  });

  test("kept pairs against confirmed ones: the same pair is done, another mentor is a conflict", () => {
    const pair = (id: string, mentorId: string, menteeId: string, status: Pair["status"]) =>
      ({ id, mentorId, menteeId, status }) as Pair;
    const pairs = [
      pair("П-1", "НС-1", "НЯ-1", "active"),
      pair("П-2", "НС-2", "НЯ-2", "paused"),
      pair("П-3", "НС-3", "НЯ-3", "completed"),
    ];
    const decisions = [
      d("НС-1", "НЯ-1", "accept"),
      d("НС-9", "НЯ-2", "pin"),
      d("НС-9", "НЯ-1", "exclude"),
      d("НС-3", "НЯ-3", "accept"),
    ];
    const got = splitDecisions(decisions, pairs);
    expect(got.done).toEqual([decisions[0]]);
    expect(got.conflicts).toEqual([{ row: decisions[1], current: pairs[1] }]);
    // Exclusions always stay; a completed pair holds nobody.
    expect(got.live).toEqual([decisions[2], decisions[3]]);
  });
});
