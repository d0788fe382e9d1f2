import { completePairs, selectedPairs } from "../../src/app/completion";
import { sendSurveys } from "../../src/app/surveys";
import type { CompletionInput } from "../../src/domain/completion";
import { ok, rowsOf } from "../support/gas";
import { schoolPerTest } from "./surveyWorld";

/**
 * «Завершить пару» on the emulator: the small survey school (pairs confirmed, today 15.12.2026), a pair closed
 * from the form, what a person typed kept, the closing surveys sent once through the surveys' own sending.
 */

const newSchool = schoolPerTest();

function school() {
  const made = newSchool();
  const pairs = () => rowsOf(made.w.ss, "Пары и группы").filter((r) => r["ID"] !== "");
  return { ...made, pairs };
}

const FORM: CompletionInput = {
  endDate: "2026-12-14",
  outcome: "completed",
  result: "achieved",
  note: "Урок для аттестации дан",
  mentorReflection: "Работали ровно",
  menteeReflection: "Стало легче планировать уроки",
  reason: "",
};

/** A pair whose mentor and mentee can both be mailed (address and consent). */
function mailablePair(s: ReturnType<typeof school>): string {
  const people = (tab: string) => new Map(rowsOf(s.w.ss, tab).map((r) => [String(r["ID"]), r]));
  const mentors = people("Наставники");
  const mentees = people("Наставляемые");
  const can = (r: Record<string, unknown> | undefined) =>
    !!r && r["E-mail"] !== "" && r["Согласие на обработку ПДн"] === true && r["Несовершеннолетний"] !== true;
  const pair = s
    .pairs()
    .find(
      (r) => can(mentors.get(String(r["ID наставника"]))) && can(mentees.get(String(r["ID наставляемого"]))),
    );
  return String(pair!["ID"]);
}

test("a pair completed: its row written, the three closing surveys sent to both sides once", () => {
  const s = school();
  const id = mailablePair(s);
  const before = s.pairs();
  const r = ok(s.run((p) => completePairs(p, [id], FORM)));
  const row = s.pairs().find((x) => x["ID"] === id)!;
  expect(row["Статус"]).toBe("завершена");
  expect(row["Дата окончания"]).toBeInstanceOf(Date);
  expect(row["Результат"]).toBe("Цели программы достигнуты. Урок для аттестации дан.");
  expect(row["Рефлексия"]).toBe("Наставник: Работали ровно\nНаставляемый: Стало легче планировать уроки");
  // Other pairs untouched.
  const others = (rows: Record<string, unknown>[]) => rows.filter((x) => x["ID"] !== id);
  expect(others(s.pairs())).toEqual(others(before));
  expect(r.closed).toBe(1);
  expect(r.surveys).toHaveLength(3);
  const rows = s.surveys().filter((x) => x["ID пары"] === id);
  expect(rows.map((x) => x["Анкета"]).sort()).toEqual(
    ["итоговый мониторинг", "удовлетворённость наставляемого", "удовлетворённость наставника"].sort(),
  );
  expect(rows.every((x) => x["Статус"] === "отправлена")).toBe(true);
  const sent = s.w.emu.mail.sent().length;
  expect(sent).toBe(3);
  // Again: nothing new written, nobody mailed twice.
  const written = s.pairs();
  const again = ok(s.run((p) => completePairs(p, [id], FORM)));
  expect(again).toMatchObject({ closed: 0, already: 1 });
  expect(s.w.emu.mail.sent()).toHaveLength(sent);
  expect(s.pairs()).toEqual(written);
});

test("what a person typed is kept and named; a terminated pair needs its reason in the result", () => {
  const s = school();
  const id = mailablePair(s);
  const sheet = s.w.ss.getSheetByName("Пары и группы")!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const rowNo = s.pairs().findIndex((x) => x["ID"] === id) + 2;
  sheet.getRange(rowNo, header.indexOf("Результат") + 1).setValue("Своё описание итога");
  const r = ok(
    s.run((p) =>
      completePairs(p, [id], {
        ...FORM,
        outcome: "terminated",
        reason: "наставник переведён в другую школу",
      }),
    ),
  );
  const row = s.pairs().find((x) => x["ID"] === id)!;
  expect(row["Статус"]).toBe("расторгнута");
  expect(row["Результат"]).toBe("Своё описание итога");
  expect(r.message).toContain(
    `Пара ${id} (строка ${rowNo}): в столбце «Результат» уже вписано «Своё описание итога»`,
  );
});

test("a pair already answered this year gets no survey again; an unknown pair changes nothing", () => {
  const s = school();
  const id = mailablePair(s);
  ok(s.run((p) => sendSurveys(p, "satisfaction_mentor", { type: "all" }, "send")));
  const before = s.w.emu.mail.sent().length;
  ok(s.run((p) => completePairs(p, [id], FORM)));
  // Only the mentee's two surveys are new: the mentor's satisfaction survey went already.
  expect(s.w.emu.mail.sent().length - before).toBe(2);
  const pairs = s.pairs();
  const refused = s.run((p) => completePairs(p, [id, "П-9999"], FORM));
  expect(refused).toEqual({ error: expect.stringContaining("нет пары П-9999") });
  expect(s.pairs()).toEqual(pairs);
});

test("the dialog's pairs come from the rows selected on «Пары и группы»", () => {
  const s = school();
  const sheet = s.w.ss.getSheetByName("Пары и группы")!;
  s.w.ss.setActiveSheet(sheet);
  sheet.getRange("A2:B3").activate();
  const pairs = ok(s.run((p) => selectedPairs(p)));
  expect(pairs.map((x) => x.row)).toEqual([2, 3]);
  expect(pairs[0]!.pairId).toBe(s.pairs()[0]!["ID"]);
  const other = s.w.ss.getSheetByName("Наставники")!;
  s.w.ss.setActiveSheet(other);
  other.getRange("A2").activate();
  expect(s.run((p) => selectedPairs(p))).toEqual({ error: expect.stringContaining("Выделите строки пар") });
});
