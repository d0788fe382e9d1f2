import {
  addMonth,
  currentStage,
  heldMeetings,
  type JourneyMeeting,
  type JourneyPair,
  journeys,
  journeyView,
  meetingFindings,
  quietWeeksOf,
  reasonText,
} from "../../src/domain/journey";

const pair = (id: string, extra: Partial<JourneyPair> = {}): JourneyPair => ({
  id,
  status: "active",
  startDate: "2026-09-01",
  ...extra,
});
let row = 2;
const meet = (pairId: string, date: string, stage?: JourneyMeeting["stage"]): JourneyMeeting => ({
  row: row++,
  pairId,
  date,
  stage,
});
const opts = (today: string, quietWeeks = 3) => ({ today, quietWeeks });

describe("counting meetings", () => {
  test("the same pair, date and stage twice is one meeting; another stage that day is another", () => {
    const held = heldMeetings(
      [
        meet("П-1", "2026-09-03", "acquaintance"),
        meet("П-1", "2026-09-03", "acquaintance"),
        meet("П-1", "2026-09-03", "trial"),
        meet("П-2", "2026-09-03", "acquaintance"),
      ],
      "2026-10-01",
    );
    expect(held.get("П-1")).toHaveLength(2);
    expect(held.get("П-2")).toHaveLength(1);
  });

  test("a meeting dated after today is not held yet and is not counted", () => {
    const [j] = journeys(
      [pair("П-1")],
      [meet("П-1", "2026-09-03", "acquaintance"), meet("П-1", "2026-09-20", "trial")],
      opts("2026-09-10"),
    );
    expect(j).toMatchObject({ count: 1, last: "2026-09-03", stage: "acquaintance" });
  });

  test("the current stage is the latest meeting's, not the furthest; the same day, the further one", () => {
    expect(
      currentStage([
        meet("П", "2026-09-10", "planning"),
        meet("П", "2026-09-20", "trial"),
        meet("П", "2026-09-25"),
      ]),
    ).toBe("trial");
    expect(currentStage([meet("П", "2026-09-10", "planning"), meet("П", "2026-09-10", "trial")])).toBe(
      "planning",
    );
    expect(currentStage([meet("П", "2026-09-10")])).toBeUndefined();
  });
});

describe("health", () => {
  // Start 1 September 2026; a month later is 1 October.
  test("a pair started ten days ago with a meeting is too early to tell", () => {
    const [j] = journeys([pair("П-1")], [meet("П-1", "2026-09-05", "acquaintance")], opts("2026-09-11"));
    expect(j).toMatchObject({ health: "too_early", reasons: [], count: 1 });
  });

  test("on 1 October, with a planning meeting and one within three weeks, a pair is on track", () => {
    const [j] = journeys(
      [pair("П-1", { endDate: "2027-05-31" })],
      [meet("П-1", "2026-09-05", "acquaintance"), meet("П-1", "2026-09-15", "planning")],
      opts("2026-10-01"),
    );
    // 1 October − 15 September = 16 days < 21.
    expect(j).toMatchObject({ health: "on_track", stage: "planning", count: 2, last: "2026-09-15" });
  });

  test("a later stage counts as planned; only the planning rule is about the stage", () => {
    const [j] = journeys([pair("П-1")], [meet("П-1", "2026-09-25", "joint_work")], opts("2026-10-05"));
    expect(j!.health).toBe("on_track");
  });

  test("no meeting for exactly three weeks needs attention; one day less does not", () => {
    const ms = [meet("П-1", "2026-09-02", "acquaintance"), meet("П-1", "2026-09-10", "planning")];
    expect(journeys([pair("П-1")], ms, opts("2026-09-30"))[0]!.health).toBe("too_early"); // 20 days
    const [j] = journeys([pair("П-1")], ms, opts("2026-10-01")); // 21 days
    expect(j!.health).toBe("attention");
    expect(j!.reasons).toEqual([{ code: "quiet", weeks: 3, since: "2026-09-10", met: true }]);
    expect(reasonText(j!.reasons[0]!, "ru")).toBe("нет встреч 3 нед. (последняя — 10.09.2026)");
  });

  test("no meeting at all is counted from the start, and a month on there is no planning meeting either", () => {
    const [j] = journeys([pair("П-1")], [], opts("2026-10-06"));
    // 35 days since 1 September: 5 weeks.
    expect(j!.health).toBe("attention");
    expect(j!.reasons).toEqual([
      { code: "quiet", weeks: 5, since: "2026-09-01", met: false },
      { code: "noPlanning", due: "2026-10-01" },
    ]);
    expect(j!.count).toBe(0);
    expect(j!.last).toBeUndefined();
  });

  test("the setting's weeks are used: with 6 weeks, 5 quiet weeks are fine", () => {
    const [j] = journeys([pair("П-1")], [meet("П-1", "2026-09-10", "planning")], opts("2026-10-15", 6));
    expect(j!.health).toBe("on_track");
  });

  test("the planned end passed while active needs attention; completed pairs are not judged", () => {
    const ms = [meet("П-1", "2027-05-25", "final"), meet("П-2", "2027-05-25", "final")];
    const [a, b] = journeys(
      [pair("П-1", { endDate: "2027-05-31" }), pair("П-2", { endDate: "2027-05-31", status: "completed" })],
      ms,
      opts("2027-06-02"),
    );
    expect(a).toMatchObject({ health: "attention", reasons: [{ code: "overdue", end: "2027-05-31" }] });
    expect(b).toMatchObject({
      health: "not_judged",
      reasons: [{ code: "closed", status: "completed" }],
      count: 1,
    });
  });

  test("a pair that starts later, or has neither start nor meeting, is too early to tell with its reason", () => {
    const [a, b, c] = journeys(
      [
        pair("П-1", { startDate: "2026-11-01" }),
        pair("П-2", { startDate: undefined }),
        pair("П-3", { startDate: undefined }),
      ],
      [meet("П-3", "2026-09-20", "acquaintance")],
      opts("2026-10-01"),
    );
    expect(a).toMatchObject({ health: "too_early", reasons: [{ code: "notStarted", start: "2026-11-01" }] });
    expect(b).toMatchObject({ health: "too_early", reasons: [{ code: "noStart" }] });
    // No start date: the first meeting stands for it (20 September; a month later is 20 October).
    expect(c).toMatchObject({ health: "too_early", reasons: [] });
  });

  test("a month after 31 January is the last day of February", () => {
    expect(addMonth("2027-01-31")).toBe("2027-02-28");
    expect(addMonth("2028-01-31")).toBe("2028-02-29");
    expect(addMonth("2026-12-15")).toBe("2027-01-15");
  });

  test("the weeks setting falls back to 3 when empty or out of range", () => {
    expect(quietWeeksOf(4)).toBe(4);
    expect(quietWeeksOf("5")).toBe(5);
    expect(quietWeeksOf("")).toBe(3);
    expect(quietWeeksOf(0)).toBe(3);
    expect(quietWeeksOf("три")).toBe(3);
  });
});

describe("the view", () => {
  test("counts each health and words each reason in the curator's language", () => {
    const js = journeys(
      [pair("П-1"), pair("П-2", { status: "paused" })],
      [meet("П-1", "2026-09-03", "acquaintance")],
      opts("2026-10-06"),
    );
    const v = journeyView(
      js.map((journey, i) => ({ journey, row: i + 2, mentor: "Иванова А. А.", mentee: "Петров Б. Б." })),
      { locale: "ru", today: "2026-10-06", quietWeeks: 3, message: "", leftOut: [] },
    );
    expect(v.counts).toEqual({ attention: 1, on_track: 0, too_early: 0, not_judged: 1 });
    expect(v.pairs[0]).toMatchObject({
      stage: "встреча-знакомство",
      count: 1,
      last: "03.09.2026",
      healthLabel: "требует внимания",
      reasons: [
        "нет встреч 4 нед. (последняя — 03.09.2026)",
        "нет встречи-планирования через месяц после начала (срок — 01.10.2026)",
      ],
    });
    expect(v.pairs[1]!.reasons).toEqual(["статус «приостановлена»"]);
  });
});

describe("the check's rules for «Встречи»", () => {
  const pairs = [{ row: 2, values: { id: "П-1", startDate: "2026-09-01", endDate: "2027-05-31" } }];
  const rec = (r: number, values: Record<string, unknown>) => ({ row: r, values });

  test("before the start, after the end, ahead of today and the same meeting twice are warnings; order is not", () => {
    const found = meetingFindings(
      [
        rec(2, { pairId: "П-1", date: "2026-08-28", stage: "acquaintance" }),
        rec(3, { pairId: "П-1", date: "2026-09-10", stage: "planning" }),
        rec(4, { pairId: "П-1", date: "2026-09-12", stage: "trial" }),
        rec(5, { pairId: "П-1", date: "2026-09-10", stage: "planning" }),
        rec(6, { pairId: "П-1", date: "2027-06-03", stage: "final" }),
        rec(7, { pairId: "П-1", date: "2026-12-01" }),
        rec(8, { pairId: "П-9", date: "2026-09-10" }),
      ],
      pairs,
      { today: "2026-10-01", pairsTab: "Пары и группы" },
    );
    expect(found.map((f) => [f.row, f.params.problem])).toEqual([
      [2, "meetingBeforeStart"],
      [5, "duplicateMeeting"],
      [6, "meetingAhead"],
      [6, "meetingAfterEnd"],
      [7, "meetingAhead"],
    ]);
    expect(found[1]!.params).toMatchObject({ row: 3 });
    expect(found[0]!.params).toMatchObject({ date: "28.08.2026", start: "01.09.2026", pair: "П-1" });
  });
});
