import { formatId, planIds } from "../../src/domain/ids";
import { MENTORS } from "../../src/domain/tables";
import { MENTOR, tableData } from "../support/tables";

describe("planIds", () => {
  const row = (fullName: string, id = "") => ({ ...MENTOR, id, fullName });

  test("gives ids to rows with content and no id, after the counter", () => {
    const data = tableData("mentors", [row("А", "НС-0001"), row("Б"), { fullName: "" }, row("В")]);
    const plan = planIds(MENTORS, data, 4);
    expect([...plan.assignments]).toEqual([
      [1, "НС-0005"],
      [3, "НС-0006"],
    ]);
    expect(plan.last).toBe(6);
  });

  test("never below the highest id in the tab (the counter was lost, e.g. the tab was copied in)", () => {
    const plan = planIds(MENTORS, tableData("mentors", [row("А", "НС-0041"), row("Б")]), 0);
    expect([...plan.assignments.values()]).toEqual(["НС-0042"]);
  });

  test("ids a curator typed, even odd ones, are kept", () => {
    const plan = planIds(MENTORS, tableData("mentors", [row("А", "моё-1"), row("Б", "НС-7")]), 0);
    expect(plan.assignments.size).toBe(0);
  });

  test("format", () => {
    expect(formatId("НЯ", 7)).toBe("НЯ-0007");
    expect(formatId("НЯ", 12345)).toBe("НЯ-12345");
  });
});
