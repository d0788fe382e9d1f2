import { headerState, isTyped, rekeyPlan, wrongKinds } from "../../src/domain/base/shape";
import { MENTORS } from "../../src/domain/tables";

const H = MENTORS.columns.map((c) => c.header.ru);
const columns = Object.fromEntries(MENTORS.columns.map((c, i) => [c.key, i]));
const at = (key: string) => columns[key]!;
const data = (headers: readonly string[], rows: unknown[][] = []) => ({
  key: "mentors" as const,
  sheetName: "Наставники",
  headers,
  columns,
  rows: rows as never,
  firstRow: 2,
});
const row = (cells: Record<string, unknown>) => {
  const r: unknown[] = H.map(() => "");
  for (const [k, v] of Object.entries(cells)) r[at(k)] = v;
  return r;
};

test("only what a person typed counts: false, blanks and spaces do not, true and 0 do", () => {
  expect([false, "", "  ", null, undefined].map((v) => isTyped(v as never))).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
  expect([true, 0, "a"].map((v) => isTyped(v as never))).toEqual([true, true, true]);
});

test("the header row: in place, renamed in part, missing (a data row in row 1), moved", () => {
  expect(headerState(MENTORS, data(H)).state).toBe("ok");
  const renamed = H.map((h, i) => (i === 0 ? h : `свой ${i}`));
  expect(headerState(MENTORS, data(renamed)).state).toBe("ok");
  const first = row({ id: "НС-0001", fullName: "Петрова Анна", email: "a@b.ru", consent: "true" }).map(
    String,
  );
  expect(headerState(MENTORS, data(first))).toEqual({ state: "missing", column: 1, value: "НС-0001" });
  const blank = H.map(() => "");
  expect(headerState(MENTORS, data(blank, [H]))).toEqual({ state: "moved", row: 2 });
  expect(headerState(MENTORS, data(H.map((_, i) => `мой ${i}`))).state).toBe("ok");
});

test("headers re-key columns only when they settle it: a swap yes, a repeated header no", () => {
  const swapped = [...H];
  swapped[at("fullName")] = "E-mail";
  swapped[at("email")] = "ФИО";
  expect(rekeyPlan(MENTORS, data(swapped))).toEqual([
    { column: at("fullName") + 1, key: "email" },
    { column: at("email") + 1, key: "fullName" },
  ]);
  const twice = [...H];
  twice[at("email")] = "ФИО";
  expect(rekeyPlan(MENTORS, data(twice))).toBeNull();
  expect(rekeyPlan(MENTORS, data(H))).toBeNull();
});

test("values of another kind: a majority of e-mails in «ФИО», not one stray", () => {
  const mails = [1, 2, 3].map((n) => row({ fullName: `p${n}@school.ru`, email: `Иванова Анна ${n}` }));
  expect(wrongKinds(MENTORS, data(H, mails)).map((w) => [w.key, w.looks, w.count])).toEqual([
    ["fullName", "email", 3],
  ]);
  const stray = [
    row({ fullName: "x@school.ru" }),
    row({ fullName: "Петрова Анна" }),
    row({ fullName: "Сидоров Иван" }),
  ];
  expect(wrongKinds(MENTORS, data(H, stray))).toEqual([]);
});

test("values of another kind: phones, dates or numbers pasted into «ФИО» are named as such", () => {
  const phones = [1, 2].map((n) => row({ fullName: `+7 999 123-45-6${n}` }));
  expect(wrongKinds(MENTORS, data(H, phones)).map((w) => [w.key, w.looks, w.count])).toEqual([
    ["fullName", "phone", 2],
  ]);
  const dates = [
    row({ fullName: new Date(2026, 8, 1) }),
    row({ fullName: "01.09.2026" }),
    row({ fullName: "Петрова Анна" }),
  ];
  expect(wrongKinds(MENTORS, data(H, dates)).map((w) => [w.key, w.looks, w.count, w.total])).toEqual([
    ["fullName", "date", 2, 3],
  ]);
  const numbers = [row({ fullName: 7 }), row({ fullName: "12" }), row({ fullName: "Петрова Анна" })];
  expect(wrongKinds(MENTORS, data(H, numbers)).map((w) => w.looks)).toEqual(["number"]);
  // Names, with a hyphen, an apostrophe or one odd value among them, are names.
  const names = [
    row({ fullName: "Салтыкова-Щедрина Анна" }),
    row({ fullName: "Д'Артаньян Шарль" }),
    row({ fullName: "12" }),
  ];
  expect(wrongKinds(MENTORS, data(H, names))).toEqual([]);
});
