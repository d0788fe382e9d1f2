import { checkBase } from "../../src/app/checkBase";
import { reviewPairs } from "../../src/app/pairs";
import { PROPOSALS } from "../../src/domain/tables";
import { gasWorld, ok, rowsOf } from "../support/gas";
import { confirmAccepted, typedSchool } from "../support/school";

/**
 * A curator's own columns on «Предложенные пары» (a comment, a mark) stay beside their mentee however the tab
 * is rewritten: re-matching, a rejected pair, a swapped mentor, a confirmation that takes rows off the tab.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

const TAB = PROPOSALS.title.ru;
const MENTEE = "ID наставляемого";
const MENTOR = "ID наставника";
const WHY = "Почему";

function school(): World {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0) });
  worlds.push(w);
  typedSchool(w, { mentors: 4, mentees: 6 });
  w.run(() => checkBase(w.ports()));
  ok(w.run(() => reviewPairs(w.ports(), null)));
  return w;
}

const headerOf = (spec: (typeof PROPOSALS.columns)[number]) => spec.header.ru;

/** The curator inserts «Комментарий» between our columns and «Отметка» after them, and types a note per row. */
function typeNotes(w: World): Map<string, string> {
  const sheet = w.ss.getSheetByName(TAB)!;
  sheet.insertColumnBefore(3);
  sheet.getRange(1, 3).setValue("Комментарий");
  const last = sheet.getLastColumn() + 1;
  sheet.getRange(1, last).setValue("Отметка");
  const notes = new Map<string, string>();
  rowsOf(w.ss, TAB).forEach((r, i) => {
    const mentee = String(r[MENTEE] ?? "");
    if (!mentee) return;
    const note = `звонила родителям ${mentee}`;
    notes.set(mentee, note);
    sheet.getRange(i + 2, 3).setValue(note);
    sheet.getRange(i + 2, last).setValue(`✓ ${mentee}`);
  });
  return notes;
}

/** Every note typed is on the tab exactly once, on a row of its mentee, with its mark beside it. */
function expectBeside(w: World, notes: Map<string, string>) {
  const rows = rowsOf(w.ss, TAB);
  const seen = rows.filter((r) => r["Комментарий"] !== "");
  expect(seen.map((r) => r["Комментарий"]).sort()).toEqual([...notes.values()].sort());
  for (const r of seen) {
    expect(r["Комментарий"]).toBe(notes.get(String(r[MENTEE])));
    expect(r["Отметка"]).toBe(`✓ ${r[MENTEE]}`);
  }
  return rows;
}

test("comments follow their mentee through re-matching, a rejection, a swap and a confirmation", () => {
  const w = school();
  const notes = typeNotes(w);
  // The sample's mentee with errors takes no part; the others are proposed or explained.
  expect(notes.size).toBeGreaterThanOrEqual(4);

  // Re-match: nothing moved, nothing lost.
  ok(w.run(() => reviewPairs(w.ports(), null)));
  expectBeside(w, notes);

  // A rejection reorders the tab: the rejected pair goes to the bottom, its mentee gets another row.
  let rows = rowsOf(w.ss, TAB);
  const first = rows.find((r) => r[MENTOR] !== "")!;
  const firstMentee = String(first[MENTEE]);
  ok(
    w.run(() =>
      reviewPairs(w.ports(), {
        type: "decide",
        mentorId: String(first[MENTOR]),
        menteeId: firstMentee,
        decision: "reject",
      }),
    ),
  );
  rows = expectBeside(w, notes);
  // The note stays with the pair it was written about (the rejected one), not with the mentee's new proposal.
  const rejected = rows.find((r) => r[MENTEE] === firstMentee && r[MENTOR] === first[MENTOR])!;
  expect(rejected["Комментарий"]).toBe(notes.get(firstMentee));
  expect(rows.indexOf(rejected)).toBeGreaterThan(0);

  // A swap: the mentee's proposal changes mentor (to one of the alternatives); the note follows the mentee.
  const view = ok(w.run(() => reviewPairs(w.ports(), null)));
  const other = view.mentors
    .flatMap((m) => m.pairs)
    .find((x) => x.menteeId !== firstMentee && x.alternatives.length > 0)!;
  const otherMentee = other.menteeId;
  const next = other.alternatives[0]!.mentorId;
  ok(w.run(() => reviewPairs(w.ports(), { type: "swap", menteeId: otherMentee, mentorId: next })));
  rows = expectBeside(w, notes);
  expect(rows.find((r) => r[MENTEE] === otherMentee)![MENTOR]).toBe(next);
  expect(rows.find((r) => r[MENTEE] === otherMentee)!["Комментарий"]).toBe(notes.get(otherMentee));

  // Confirmation takes the accepted rows off the tab: their notes stay, at the bottom, marked as such.
  ok(w.run(() => reviewPairs(w.ports(), { type: "acceptAll" })));
  const confirmed = confirmAccepted(w);
  expect(confirmed.confirmed).toBeGreaterThan(0);
  rows = expectBeside(w, notes);
  const kept = rows.filter((r) => String(r[WHY]).startsWith("Этой пары больше нет в подборе"));
  expect(kept.length).toBeGreaterThanOrEqual(confirmed.confirmed);
  const lastProposal = Math.max(...rows.map((r, i) => (r[MENTEE] !== "" && !kept.includes(r) ? i : -1)));
  for (const r of kept) {
    expect(rows.indexOf(r)).toBeGreaterThan(lastProposal);
    expect(r["Решение куратора"]).toBe("");
  }

  // Matching again is stable: the kept rows are not decisions and stay where they are.
  const before = rowsOf(w.ss, TAB);
  ok(w.run(() => reviewPairs(w.ports(), null)));
  expect(rowsOf(w.ss, TAB)).toEqual(before);
});

test("a note typed below the proposal is kept; the tab is rewritten in one setValues", () => {
  const w = school();
  const sheet = w.ss.getSheetByName(TAB)!;
  const width = PROPOSALS.columns.length;
  sheet.getRange(1, width + 1).setValue("Комментарий");
  const below = sheet.getLastRow() + 3;
  sheet.getRange(below, width + 1).setValue("обсудить с директором");
  w.emu.calls.reset();
  ok(w.run(() => reviewPairs(w.ports(), null)));
  expect(w.emu.calls.byMethod()["Range.setValues"]).toBe(1);
  const rows = rowsOf(w.ss, TAB);
  const note = rows.filter((r) => r["Комментарий"] !== "");
  expect(note.map((r) => r["Комментарий"])).toEqual(["обсудить с директором"]);
  expect(String(note[0]![WHY])).toMatch(/^Этой пары больше нет в подборе/);
  // Our columns are whole: every mentee proposed or explained, headers untouched.
  expect(sheet.getRange(1, 1, 1, width).getValues()[0]).toEqual(PROPOSALS.columns.map(headerOf));
});
