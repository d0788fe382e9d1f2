import {
  type CompletionInput,
  type PairNow,
  planCompletion,
  reflectionText,
  resultText,
} from "../../src/domain/completion";

const FORM: CompletionInput = {
  endDate: "2027-05-31",
  outcome: "completed",
  result: "partly",
  note: "провели два открытых урока",
  mentorReflection: "Хорошо",
  menteeReflection: "",
  reason: "",
};

const ACTIVE: PairNow = {
  status: "active",
  statusText: "активна",
  endDate: undefined,
  endText: "",
  result: "",
  reflection: "",
};

describe("the cells' wording", () => {
  test("result: the list's item, the note, and for a terminated pair the reason, each a sentence", () => {
    expect(resultText(FORM, "ru")).toBe("Цели достигнуты частично. Провели два открытых урока.");
    expect(resultText({ ...FORM, outcome: "terminated", note: "", reason: "переезд" }, "ru")).toBe(
      "Цели достигнуты частично. Причина расторжения: переезд.",
    );
    expect(resultText({ ...FORM, note: "Итог!" }, "en")).toBe("The goals partly achieved. Итог!");
  });
  test("reflection: a line for each side given", () => {
    expect(reflectionText(FORM, "ru")).toBe("Наставник: Хорошо");
    expect(reflectionText({ ...FORM, mentorReflection: " ", menteeReflection: "Да" }, "en")).toBe(
      "Mentee: Да",
    );
    expect(reflectionText({ ...FORM, mentorReflection: "", menteeReflection: "" }, "ru")).toBe("");
  });
});

describe("planCompletion", () => {
  test("an active pair: status, end date and both texts written; it is closed", () => {
    const plan = planCompletion(ACTIVE, FORM, "ru");
    expect(plan).toEqual({
      write: {
        status: "completed",
        endDate: "2027-05-31",
        result: resultText(FORM, "ru"),
        reflection: "Наставник: Хорошо",
      },
      kept: [],
      closed: true,
    });
  });
  test("the planned end date of an open pair is replaced by the actual one, and named", () => {
    const plan = planCompletion({ ...ACTIVE, endDate: "2027-06-30", endText: "30.06.2027" }, FORM, "ru");
    expect(plan.write.endDate).toBe("2027-05-31");
    expect(plan.replacedEnd).toBe("2027-06-30");
  });
  test("typed texts that differ are kept and named; the same text is not written again", () => {
    const plan = planCompletion(
      { ...ACTIVE, result: "Своё", reflection: "Наставник: Хорошо\r\n" },
      FORM,
      "ru",
    );
    expect(plan.write).toEqual({ status: "completed", endDate: "2027-05-31" });
    expect(plan.kept).toEqual([{ field: "result", value: "Своё" }]);
  });
  test("a pair closed before the same way: nothing to write, still closed (its surveys may go)", () => {
    const done: PairNow = {
      status: "completed",
      statusText: "завершена",
      endDate: "2027-05-31",
      endText: "31.05.2027",
      result: resultText(FORM, "ru"),
      reflection: reflectionText(FORM, "ru"),
    };
    expect(planCompletion(done, FORM, "ru")).toEqual({ write: {}, kept: [], closed: true });
  });
  test("a pair terminated before is not completed now: status and date kept, not closed by this form", () => {
    const plan = planCompletion(
      {
        ...ACTIVE,
        status: "terminated",
        statusText: "расторгнута",
        endDate: "2027-01-10",
        endText: "10.01.2027",
      },
      FORM,
      "ru",
    );
    expect(plan.closed).toBe(false);
    expect(plan.write.status).toBeUndefined();
    expect(plan.write.endDate).toBeUndefined();
    expect(plan.kept).toEqual([
      { field: "status", value: "расторгнута" },
      { field: "endDate", value: "10.01.2027" },
    ]);
  });
  test("a status typed that is no status, and an end date typed as text, are kept", () => {
    const plan = planCompletion(
      { ...ACTIVE, status: "typed", statusText: "на паузе?", endText: "весной" },
      FORM,
      "ru",
    );
    expect(plan.closed).toBe(false);
    expect(plan.kept.map((k) => k.field)).toEqual(["status", "endDate"]);
  });
});
