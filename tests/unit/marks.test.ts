import { MARK_COLORS, type Mark, parseOurNote, planMarks } from "../../src/domain/marks";

const W = "#ffffff";
const err = (message: string): Mark => ({ severity: "error", message });

describe("planMarks", () => {
  test("marks a cell with our note and colour, and touches only columns that change", () => {
    const plan = planMarks(
      [
        ["", ""],
        ["", ""],
      ],
      [
        [W, W],
        [W, W],
      ],
      [0, 1],
      new Map([["1:1", err("Заполните «ФИО».")]]),
      "25.11.2026 10:00",
    );
    expect(plan).toHaveLength(1);
    expect(plan[0]?.column).toBe(1);
    expect(plan[0]?.backgrounds).toEqual([W, MARK_COLORS.error]);
    expect(plan[0]?.notes[1]).toMatch(
      /^⚠ Заполните «ФИО»\.\n— «Наставничество», проверка базы 25\.11\.2026 10:00$/,
    );
  });

  test("a curator's own note and colour survive the mark and come back when the cell is fixed", () => {
    const marked = planMarks(
      [["позвонить завучу"]],
      [["#d9ead3"]],
      [0],
      new Map([["0:0", err("Ошибка.")]]),
      "d1",
    );
    const note = marked[0]!.notes[0]!;
    expect(note).toContain("позвонить завучу");
    expect(parseOurNote(note)).toEqual({ keptNote: "позвонить завучу", keptBackground: "#d9ead3" });
    const lifted = planMarks([[note]], [[MARK_COLORS.error]], [0], new Map(), "d2");
    expect(lifted[0]?.notes).toEqual(["позвонить завучу"]);
    expect(lifted[0]?.backgrounds).toEqual(["#d9ead3"]);
  });

  test("multi-line user notes are kept whole", () => {
    const own = "строка 1\nстрока 2\n··· не наша";
    const marked = planMarks([[own]], [[W]], [0], new Map([["0:0", err("Ошибка.")]]), "d");
    const lifted = planMarks([[marked[0]!.notes[0]!]], [[MARK_COLORS.error]], [0], new Map(), "d");
    expect(lifted[0]?.notes[0]).toBe(own);
  });

  test("the same problem found again writes nothing; a different one rewrites the note", () => {
    const first = planMarks([[""]], [[W]], [0], new Map([["0:0", err("A.")]]), "d1");
    const note = first[0]!.notes[0]!;
    expect(planMarks([[note]], [[MARK_COLORS.error]], [0], new Map([["0:0", err("A.")]]), "d2")).toEqual([]);
    const changed = planMarks(
      [[note]],
      [[MARK_COLORS.error]],
      [0],
      new Map([["0:0", { severity: "warning", message: "B." }]]),
      "d2",
    );
    expect(changed[0]?.notes[0]).toMatch(/^⚠ B\./);
    expect(changed[0]?.backgrounds[0]).toBe(MARK_COLORS.warning);
  });

  test("a note the curator rewrote is theirs: not lifted, not replaced by a fix", () => {
    expect(planMarks([["я поправлю сама"]], [[MARK_COLORS.error]], [0], new Map(), "d")).toEqual([]);
  });

  test("a colour the curator set after the mark is left when the mark is lifted", () => {
    const first = planMarks([[""]], [[W]], [0], new Map([["0:0", err("A.")]]), "d1");
    const lifted = planMarks([[first[0]!.notes[0]!]], [["#cfe2f3"]], [0], new Map(), "d2");
    expect(lifted[0]?.notes).toEqual([""]);
    expect(lifted[0]?.backgrounds).toEqual(["#cfe2f3"]);
  });

  test("columns not given are never touched, even with a mark in them", () => {
    expect(planMarks([[""]], [[W]], [], new Map([["0:0", err("A.")]]), "d")).toEqual([]);
  });
});
