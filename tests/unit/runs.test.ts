import { runsOf } from "../../src/domain/base/runs";

describe("runsOf", () => {
  test("neighbouring rows make one run; a gap starts another; the order of the map does not matter", () => {
    const cells = new Map([
      [7, "d"],
      [2, "a"],
      [3, "b"],
      [5, "c"],
      [8, "e"],
    ]);
    expect(runsOf(cells)).toEqual([
      { from: 2, values: ["a", "b"] },
      { from: 5, values: ["c"] },
      { from: 7, values: ["d", "e"] },
    ]);
    expect(runsOf(new Map())).toEqual([]);
  });
});
