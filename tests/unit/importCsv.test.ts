import { guessMapping, ImportError, parseCsv, planImport } from "../../src/domain/importCsv";
import { MENTEES, MENTORS } from "../../src/domain/tables";

describe("parseCsv", () => {
  test("Russian Excel: semicolons, CRLF, a BOM, quotes with separators, escaped quotes and line breaks", () => {
    const text =
      '\uFEFFФИО;Стаж;Компетенции\r\n"Петрова Анна";15;"ОГЭ; ЕГЭ"\r\n"Орлова ""Вера""";3;"строка 1\nстрока 2"\r\n\r\n';
    const csv = parseCsv(text);
    expect(csv.delimiter).toBe(";");
    expect(csv.headers).toEqual(["ФИО", "Стаж", "Компетенции"]);
    expect(csv.rows).toEqual([
      ["Петрова Анна", "15", "ОГЭ; ЕГЭ"],
      ['Орлова "Вера"', "3", "строка 1\nстрока 2"],
    ]);
    expect(csv.lines).toEqual([2, 3]);
  });

  test("commas and tabs too; short rows are padded", () => {
    expect(parseCsv("a,b,c\n1,2\n").rows).toEqual([["1", "2", ""]]);
    expect(parseCsv("a\tb\n1\t2").rows).toEqual([["1", "2"]]);
  });

  test("an unclosed quote names its line; an empty file says so", () => {
    expect(() => parseCsv('ФИО;Стаж\n"Петрова;1\nИванов;2')).toThrow(
      "Строка 2: кавычка открыта и не закрыта",
    );
    expect(() => parseCsv("\n \n")).toThrow(ImportError);
  });
});

describe("guessMapping", () => {
  test("matches our headers, their English names and the names schools use", () => {
    expect(
      guessMapping(MENTORS, ["ФИО", "Стаж", "Эл. почта", "Мобильный", "Email", "Любимый цвет", "ID"]),
    ).toEqual(["fullName", "experienceYears", "email", "phone", null, null, null]);
    expect(guessMapping(MENTEES, ["Full name", "Запрос", "Форма наставничества"])).toEqual([
      "fullName",
      "requests",
      "form",
    ]);
  });
});

describe("planImport", () => {
  const csv = parseCsv(
    [
      "ФИО;E-mail;Согласие на обработку ПДн;Стаж",
      "Петрова Анна Сергеевна;petrova@s.ru;да;15",
      "Орлова Вера Ивановна;orlova@s.ru;нет;3",
      "Петрова Анна Сергеевна;PETROVA@s.ru;да;15",
      ";x@s.ru;;",
      'Соколов Илья;sokolov@s.ru;может быть;=HYPERLINK("http://x")',
      ";;;",
    ].join("\n"),
  );
  const mapping = guessMapping(MENTORS, csv.headers);

  test("skips people already on the tab and repeats in the file, with the reason and line", () => {
    const plan = planImport(
      MENTORS,
      csv,
      mapping,
      [{ row: 7, fullName: "орлова  вера ивановна", email: "Orlova@s.ru" }],
      "ru",
    );
    expect(plan.rows.map((r) => r.fullName)).toEqual(["Петрова Анна Сергеевна", "Соколов Илья"]);
    expect(plan.skipped).toEqual([
      { line: 3, reason: "уже есть на листе (строка 7)" },
      { line: 4, reason: "повторяет строку 2 файла" },
      { line: 5, reason: "нет ФИО" },
    ]);
  });

  test("checkboxes read да/нет; anything else is kept for the check to report; text stays as in the file", () => {
    const plan = planImport(MENTORS, csv, mapping, [], "ru");
    expect(plan.rows[0]).toMatchObject({ consent: true, experienceYears: "15" });
    expect(plan.rows[1]).toMatchObject({ consent: false });
    expect(plan.rows[2]).toMatchObject({ consent: "может быть", experienceYears: '=HYPERLINK("http://x")' });
  });

  test("a mapping without ФИО, or with a column twice, is refused with a reason", () => {
    expect(() => planImport(MENTORS, csv, [null, "email", null, null], [], "ru")).toThrow(
      "Не выбран столбец с ФИО",
    );
    expect(() => planImport(MENTORS, csv, ["fullName", "email", "email", null], [], "ru")).toThrow(
      "«E-mail» выбран дважды",
    );
    expect(() => planImport(MENTORS, csv, [null, null, null, null], [], "en")).toThrow(
      "No column of the file is matched",
    );
  });
});
