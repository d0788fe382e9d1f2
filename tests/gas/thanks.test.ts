/**
 * «Благодарности наставникам» on the emulator: the small survey school (pairs confirmed, academic year 2026/2027
 * on «Настройки»), two pairs of different mentors completed, one terminated; a letter for each completed pair's
 * mentor, filed in Drive and listed on «Документы», never twice.
 */
import { completePairs } from "../../src/app/completion";
import { type DocPorts, generateDocuments } from "../../src/app/documents";
import type { CompletionInput } from "../../src/domain/completion";
import { type gasWorld, ok, rowsOf, setting } from "../support/gas";
import { school as smallSchool } from "./surveyWorld";

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

const FORM: CompletionInput = {
  endDate: "2027-05-28",
  outcome: "completed",
  result: "achieved",
  note: "Открытый урок для коллег",
  mentorReflection: "",
  menteeReflection: "",
  reason: "",
};

function school() {
  const s = smallSchool();
  worlds.push(s.w);
  setting(s.w.ss, "program.year", "2026/2027");
  const pairs = rowsOf(s.w.ss, "Пары и группы").filter((r) => r.ID !== "");
  // Three pairs of three different mentors: two completed, one terminated.
  const byMentor = new Map<string, Record<string, unknown>>();
  for (const r of pairs)
    if (!byMentor.has(String(r["ID наставника"]))) byMentor.set(String(r["ID наставника"]), r);
  const [a, b, c] = [...byMentor.values()].map((r) => String(r.ID));
  ok(s.run((p) => completePairs(p, [a!, b!], FORM)));
  ok(s.run((p) => completePairs(p, [c!], { ...FORM, outcome: "terminated", reason: "переезд" })));
  const mentorOf = (id: string) => String(pairs.find((r) => r.ID === id)!["Наставник"]);
  return { ...s, done: [a!, b!], terminated: c!, mentorOf };
}

const letters = (w: World) =>
  w.emu.drive
    .files()
    .filter((f) => !f.trashed && f.name.startsWith("Благодарность ") && !f.name.endsWith("шаблон"));
const textOf = (w: World, url: string) =>
  w.run(() =>
    DocumentApp.openById(/\/d\/([^/]+)\//.exec(url)![1]!)
      .getBody()
      .getText(),
  );

test("a letter for the mentor of each completed pair, in its folder, listed on «Документы»; again: none more", () => {
  const s = school();
  const r = ok(s.run((p) => generateDocuments(p as unknown as DocPorts, s.w.emu.clock.now(), "thanks")));
  expect(r.state).toBe("done");
  expect(letters(s.w)).toHaveLength(2);
  const listed = rowsOf(s.w.ss, "Документы").filter((x) => x["Вид"] === "благодарность");
  expect(listed).toHaveLength(2);
  const mentorIds = rowsOf(s.w.ss, "Пары и группы")
    .filter((x) => s.done.includes(String(x.ID)))
    .map((x) => `${x["ID наставника"]} 2026/2027`);
  expect(listed.map((x) => x["Пара / утверждение"]).sort()).toEqual(mentorIds.sort());
  const file = letters(s.w)[0]!;
  expect(s.w.emu.drive.pathOf(file.id).slice(-2)).toEqual(["2026–2027", "Благодарности"]);
  const row = listed.find((x) => String(x["Документ"]).includes(file.id))!;
  const text = textOf(s.w, String(row["Документ"]));
  const pairRow = rowsOf(s.w.ss, "Пары и группы").find(
    (x) => `${x["ID наставника"]} 2026/2027` === row["Пара / утверждение"],
  )!;
  expect(text).toContain("БЛАГОДАРНОСТЬ");
  expect(text).toContain(String(pairRow["Наставник"]));
  expect(text).toContain(String(pairRow["Наставляемый"]));
  expect(text).toContain("Цели программы достигнуты. Открытый урок для коллег.");
  expect(text).toContain("28.05.2027");
  expect(text).not.toContain("{{");
  // The terminated pair's mentor gets none.
  const terminatedMentor = s.mentorOf(s.terminated);
  expect(letters(s.w).some((f) => f.name.includes(terminatedMentor.split(" ")[0]!))).toBe(false);
  // Again: nothing made, nothing listed twice.
  ok(s.run((p) => generateDocuments(p as unknown as DocPorts, s.w.emu.clock.now(), "thanks")));
  expect(letters(s.w)).toHaveLength(2);
  expect(rowsOf(s.w.ss, "Документы").filter((x) => x["Вид"] === "благодарность")).toHaveLength(2);
});
