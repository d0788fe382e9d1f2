import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type ImportTable, importPeople, previewImport } from "../../src/app/importPeople";
import { initBase } from "../../src/app/initBase";
import type { Locale } from "../../src/domain/i18n";
import { memoryPorts } from "../support/memory";
import { expectAccessible } from "./a11y";
import { type OpenedPage, pageUnderTest, type ServerHandler, until } from "./harness";

/**
 * The «Импорт участников из файла CSV» dialog in Chromium, as a curator uses it. The server is the real import
 * use cases on the in-memory ports, with a base made by initBase, so the page gets the server's real answers
 * and errors.
 */

const SCREENSHOT = "out/screenshots/import.png";
const FUNCTIONS = ["previewImportFile", "importParticipants", "menuCheckBase"];

const tested = pageUnderTest("src/ui/import");

// ---- the school and its server ------------------------------------------------------------------------------

interface School {
  readonly m: ReturnType<typeof memoryPorts>;
  /** When set, importParticipants waits for it before answering. */
  gate: Promise<void> | null;
  /** When set, menuCheckBase fails with it. */
  checkError: string | null;
}

/** A school's spreadsheet with the base created, optionally with a mentor typed in by hand. */
function school(locale: Locale = "ru", options: { base?: boolean } = {}): School {
  const m = memoryPorts(locale);
  if (options.base !== false) initBase(m.ports);
  return { m, gate: null, checkError: null };
}

function server(s: School): ServerHandler {
  return async (name, args) => {
    const p = s.m.ports;
    if (name === "previewImportFile") return previewImport(p, args[0] as ImportTable, String(args[1]));
    if (name === "importParticipants") {
      if (s.gate !== null) await s.gate;
      return importPeople(p, args[0] as ImportTable, String(args[1]), args[2] as (string | null)[]);
    }
    if (name === "menuCheckBase") {
      if (s.checkError !== null) throw new Error(s.checkError);
      return undefined;
    }
    throw new Error(`Script function not found: ${name}`);
  };
}

async function open(s: School, locale: Locale = "ru"): Promise<OpenedPage> {
  return tested.open({ locale }, server(s), { functions: FUNCTIONS, viewport: { width: 760, height: 600 } });
}

// ---- files --------------------------------------------------------------------------------------------------

const utf8 = (text: string) => Buffer.from(text, "utf8");

/** Windows-1251 for the test texts: ASCII, А–я, Ё, ё and the Russian quotes. */
function cp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else if (c === 0xab) bytes.push(0xab);
    else if (c === 0xbb) bytes.push(0xbb);
    else throw new Error(`not in the test's Windows-1251 table: ${ch}`);
  }
  return Buffer.from(bytes);
}

/** What a school exports from its HR list: semicolons, a column we do not have, a gap, a repeat. */
const MENTORS_CSV = [
  "ФИО;Должность;E-mail;Телефон;Стаж;Примечание для завуча",
  "Петрова Анна Сергеевна;учитель математики;petrova@school.ru;+7 914 123-45-67;12;",
  "Сидоров Пётр Ильич;учитель физики;sidorov@school.ru;;5;новый",
  ";учитель химии;x@school.ru;;;",
  "Кузнецова Мария Олеговна;учитель истории;kuz@school.ru;;20;",
  "Сидоров Пётр Ильич;учитель физики;sidorov@school.ru;;5;",
  "",
].join("\r\n");

async function upload(o: OpenedPage, name: string, buffer: Buffer, mimeType = "text/csv"): Promise<void> {
  await o.page.setInputFiles("#file", { name, mimeType, buffer });
}

async function chooseTab(o: OpenedPage, table: ImportTable): Promise<void> {
  await o.page.check(`#table-${table}`);
}

async function previewShown(o: OpenedPage): Promise<void> {
  await o.page.locator("#preview").waitFor({ state: "visible" });
}

async function alertShown(o: OpenedPage): Promise<void> {
  await o.page.locator("#alert").waitFor({ state: "visible" });
}

/** Tab, file, preview: what every test starts with. */
async function toPreview(o: OpenedPage, csv: Buffer = utf8(MENTORS_CSV), name = "наставники.csv") {
  await chooseTab(o, "mentors");
  await upload(o, name, csv);
  await previewShown(o);
}

const text = async (o: OpenedPage, selector: string) => ((await o.page.textContent(selector)) ?? "").trim();
const texts = async (o: OpenedPage, selector: string) =>
  (await o.page.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, " ").trim());
const mapping = (o: OpenedPage) =>
  o.page.locator("#choices select").evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
const visible = (o: OpenedPage, selector: string) => o.page.locator(selector).isVisible();

// ---- what the curator does ----------------------------------------------------------------------------------

test("the tested.html page carries no server code", () => {
  expect(tested.html).not.toContain("withDocumentLock");
  expect(tested.html).not.toContain("guessMapping");
  expect(tested.html).not.toContain("planImport");
});

describe("importing mentors from a UTF-8 file", () => {
  test("the file is previewed with the guessed matches, a match is changed, people are imported", async () => {
    const s = school();
    s.m.sheets.type("mentors", {
      id: "НС-0001",
      fullName: "Петрова Анна Сергеевна",
      email: "petrova@school.ru",
    });
    const o = await open(s);
    expect(await o.page.title()).toBe("Импорт участников из файла CSV");
    expect(await visible(o, "#preview")).toBe(false);
    expect(await text(o, "#file-name")).toBe("Файл не выбран");

    await toPreview(o);
    expect(o.calls).toEqual([{ name: "previewImportFile", args: ["mentors", MENTORS_CSV] }]);
    expect(await text(o, "#file-name")).toBe("наставники.csv");
    expect(await text(o, "#file-meta")).toMatch(/^\d+ Б, UTF-8$/);
    expect(await text(o, "#summary")).toBe(
      "В файле 5 строк. Они будут добавлены в конец листа «Наставники»; тех, кто уже есть на листе, импорт пропустит. Под каждым столбцом файла выберите, в какой столбец листа его перенести.",
    );
    expect(await texts(o, "#headers label")).toEqual([
      "ФИО — в какой столбец листа",
      "Должность — в какой столбец листа",
      "E-mail — в какой столбец листа",
      "Телефон — в какой столбец листа",
      "Стаж — в какой столбец листа",
      "Примечание для завуча — в какой столбец листа",
    ]);
    expect(await mapping(o)).toEqual(["fullName", "position", "email", "phone", "experienceYears", ""]);
    expect(await texts(o, "#sample tr:first-child td")).toEqual([
      "Петрова Анна Сергеевна",
      "учитель математики",
      "petrova@school.ru",
      "+7 914 123-45-67",
      "12",
      "",
    ]);
    expect(await o.page.locator("#sample tr").count()).toBe(5);
    // Our columns in the sheet's order, the required ones marked, and «не переносить» first.
    const options = await o.page.locator("#map-0 option").allTextContents();
    expect(options.slice(0, 4)).toEqual(["— не переносить —", "ФИО *", "Категория *", "Должность / класс"]);
    expect(options).toContain("Примечание");
    expect(options).not.toContain("ID");
    expect(await o.page.locator("#headers th").nth(5).getAttribute("class")).toContain("left-out");
    expect(await text(o, "#missing")).toBe(
      "Не выбраны обязательные «Категория», «Компетенции (чем может помочь)», «Формы наставничества» — их можно будет заполнить на листе после импорта.",
    );

    // The school's note goes to «Примечание».
    await o.page
      .getByLabel("Примечание для завуча — в какой столбец листа")
      .selectOption({ label: "Примечание" });
    expect(await mapping(o)).toEqual([
      "fullName",
      "position",
      "email",
      "phone",
      "experienceYears",
      "remarks",
    ]);
    expect(await o.page.locator("#headers th").nth(5).getAttribute("class")).not.toContain("left-out");
    expect(await text(o, "#map-notice")).toBe("");
    expect(await text(o, "#scroll-hint")).toBe(
      "В файле 6 столбцов — прокрутите таблицу вбок, чтобы увидеть все.",
    );
    expect(await o.page.locator("#import").isEnabled()).toBe(true);
    expect(await visible(o, "#import-reason")).toBe(false);

    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(o.calls[1]).toEqual({
      name: "importParticipants",
      args: [
        "mentors",
        MENTORS_CSV,
        ["fullName", "position", "email", "phone", "experienceYears", "remarks"],
      ],
    });
    expect(await visible(o, "#preview")).toBe(false);
    expect(await text(o, "#outcome")).toBe(
      "Добавлено 2 человека на лист «Наставники» (строки 3–4), выдано ID: 2",
    );
    expect(await text(o, "#skipped-title")).toBe("Пропущены 3 строки файла:");
    expect(await texts(o, "#skipped li")).toEqual([
      "Строка 2: уже есть на листе (строка 2)",
      "Строка 4: нет ФИО",
      "Строка 6: повторяет строку 3 файла",
    ]);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("outcome");
    expect(await text(o, "#check")).toBe("Проверить базу");
    expect(await text(o, "#close")).toBe("Закрыть");

    // What landed in the sheet.
    expect(s.m.sheets.cell("mentors", 3, "fullName").value).toBe("Сидоров Пётр Ильич");
    expect(s.m.sheets.cell("mentors", 3, "remarks").value).toBe("новый");
    expect(s.m.sheets.cell("mentors", 4, "experienceYears").value).toBe("20");
    expect(s.m.sheets.cell("mentors", 3, "id").value).toBe("НС-0002");
    expect(s.m.sheets.cell("mentors", 4, "id").value).toBe("НС-0003");
  });

  test("while the import runs the button waits and says so; nothing can be changed meanwhile", async () => {
    const s = school();
    let open_: () => void = () => {};
    s.gate = new Promise<void>((resolve) => {
      open_ = resolve;
    });
    const o = await open(s);
    await toPreview(o);
    await o.page.click("#import");
    await until(() => o.calls.length === 2, "importParticipants");
    expect(await o.page.locator("#import").isDisabled()).toBe(true);
    expect(await text(o, "#import")).toBe("Импортирую…");
    expect(await text(o, "#status")).toBe(
      "Добавляю людей на лист «Наставники». Не закрывайте окно, это может занять до минуты.",
    );
    expect(await o.page.locator("#map-0").isDisabled()).toBe(true);
    expect(await o.page.locator("#table-mentees").isDisabled()).toBe(true);
    expect(await o.page.locator("#file").isDisabled()).toBe(true);
    await o.page.click("#import", { force: true });

    open_();
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(o.calls.map((c) => c.name)).toEqual(["previewImportFile", "importParticipants"]);
    expect(await text(o, "#outcome")).toBe(
      "Добавлено 3 человека на лист «Наставники» (строки 2–4), выдано ID: 3",
    );
    expect(await text(o, "#status")).toBe("");
    expect(await o.page.locator("#file").isEnabled()).toBe(true);
  });

  test("a file whose rows are all on the tab already: the page says plainly that nobody was added", async () => {
    const s = school();
    const o = await open(s);
    await toPreview(o, utf8("ФИО;E-mail\nПетрова Анна;a@b.ru\n"));
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(await text(o, "#outcome")).toBe(
      "Добавлен 1 человек на лист «Наставники» (строка 2), выдано ID: 1",
    );

    await upload(o, "снова.csv", utf8("ФИО;E-mail\nПетрова Анна;a@b.ru\n"));
    await previewShown(o);
    expect(await visible(o, "#result")).toBe(false);
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(await text(o, "#outcome")).toBe("Никто не добавлен: все строки файла пропущены. Причины — ниже.");
    expect(await texts(o, "#skipped li")).toEqual(["Строка 2: уже есть на листе (строка 2)"]);
  });

  test("the file can be chosen before the tab; another tab reads the file again for that tab", async () => {
    const s = school();
    const o = await open(s);
    await upload(o, "список.csv", utf8("ФИО;Запрос;Класс\nИванов Иван;дроби;7А\n"));
    await o.page.locator("#status", { hasText: "Выберите" }).waitFor();
    expect(await text(o, "#status")).toBe(
      "Выберите, куда добавить людей из файла: на лист «Наставники», «Наставляемые» или «Педагогический коллектив».",
    );
    expect(o.calls).toEqual([]);

    await chooseTab(o, "mentors");
    await previewShown(o);
    expect(await mapping(o)).toEqual(["fullName", "", "position"]);

    await chooseTab(o, "mentees");
    await until(() => o.calls.length === 2, "the second preview");
    await o.page.locator("#summary", { hasText: "«Наставляемые»" }).waitFor();
    expect(o.calls[1]?.args[0]).toBe("mentees");
    expect(await mapping(o)).toEqual(["fullName", "requests", "position"]);
  });

  test("a file dropped onto the dialog is read like a chosen one", async () => {
    const s = school();
    const o = await open(s);
    await chooseTab(o, "mentors");
    const dataTransfer = await o.page.evaluateHandle((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], "перетащили.csv", { type: "text/csv" }));
      return dt;
    }, "ФИО;Телефон\nОрлова Вера;+7 900 000-00-00\n");
    await o.page.dispatchEvent("main", "dragenter", { dataTransfer });
    expect(await visible(o, "#drop-overlay")).toBe(true);
    await o.page.dispatchEvent("main", "drop", { dataTransfer });
    await previewShown(o);
    expect(await visible(o, "#drop-overlay")).toBe(false);
    expect(await text(o, "#file-name")).toBe("перетащили.csv");
    expect(await mapping(o)).toEqual(["fullName", "phone"]);
  });
});

describe("importing the staff register («Педагогический коллектив»)", () => {
  const STAFF_CSV = [
    "ФИО;Должность;Дата приема;Стаж педагогический;Стаж общий;Категория;Дата увольнения;Причина увольнения;Табельный номер",
    "Петрова Анна Сергеевна;учитель математики;01.09.2024;1;3;первая категория;;;0012",
    "Лебедев Пётр Ильич;учитель физики;02.09.2019 0:00;6;6;высшая;31.05.2025;ушёл из профессии;0013",
    "Смирнова Ольга Петровна;учитель химии;;;;;;;0014",
  ].join("\r\n");

  test("the third tab: the register's columns guessed from an HR export, people on it skipped, СТ- ids", async () => {
    const s = school();
    s.m.sheets.type("staff", {
      id: "СТ-0001",
      fullName: "Смирнова Ольга Петровна",
      position: "учитель химии",
    });
    const o = await open(s);
    expect(
      await o.page
        .getByRole("radio")
        .evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim())),
    ).toEqual(["Наставники", "Наставляемые", "Педагогический коллектив"]);
    await chooseTab(o, "staff");
    await upload(o, "сотрудники.csv", utf8(STAFF_CSV));
    await previewShown(o);
    expect(o.calls).toEqual([{ name: "previewImportFile", args: ["staff", STAFF_CSV] }]);
    expect(await text(o, "#summary")).toMatch(
      /^В файле 3 строки\. Они будут добавлены в конец листа «Педагогический коллектив»/,
    );
    expect(await mapping(o)).toEqual([
      "fullName",
      "position",
      "hireDate",
      "teachingYears",
      "totalYears",
      "qualification",
      "leaveDate",
      "leaveReason",
      "",
    ]);
    const options = await o.page.locator("#map-0 option").allTextContents();
    expect(options.slice(0, 3)).toEqual(["— не переносить —", "ФИО *", "Должность *"]);
    expect(options).toContain("Квалификационная категория");
    await expectAccessible(o.page, "import: the staff register's preview");

    // The curator puts the personnel number into «Примечание».
    await o.page.getByLabel("Табельный номер — в какой столбец листа").selectOption({ label: "Примечание" });
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(o.calls[1]?.args[0]).toBe("staff");
    expect(await text(o, "#outcome")).toBe(
      "Добавлено 2 человека на лист «Педагогический коллектив» (строки 3–4), выдано ID: 2",
    );
    expect(await texts(o, "#skipped li")).toEqual(["Строка 4: уже есть на листе (строка 2)"]);
    await expectAccessible(o.page, "import: staff added");
    expect(s.m.sheets.cell("staff", 3, "id").value).toBe("СТ-0002");
    expect(s.m.sheets.cell("staff", 3, "qualification").value).toBe("первая");
    expect(s.m.sheets.cell("staff", 4, "hireDate").value).toBe("02.09.2019");
    expect(s.m.sheets.cell("staff", 4, "remarks").value).toBe("0013");
  });

  test("English: the third tab is «Staff»", async () => {
    const o = await open(school("en"), "en");
    expect(await o.page.getByLabel("Staff").isVisible()).toBe(true);
  });
});

describe("encodings", () => {
  test("a Windows-1251 file from Russian Excel shows its Cyrillic correctly", async () => {
    const csv = "ФИО;Должность;Примечание\r\nЁлкина Алёна Петровна;учитель «ИЗО»;ЁЖИК ёжик\r\n";
    const s = school();
    const o = await open(s);
    await toPreview(o, cp1251(csv), "kadry.csv");
    expect(await text(o, "#file-meta")).toMatch(/, Windows-1251$/);
    expect(o.calls[0]?.args[1]).toBe(csv);
    expect(await texts(o, "#headers th label")).toEqual([
      "ФИО — в какой столбец листа",
      "Должность — в какой столбец листа",
      "Примечание — в какой столбец листа",
    ]);
    expect(await texts(o, "#sample td")).toEqual(["Ёлкина Алёна Петровна", "учитель «ИЗО»", "ЁЖИК ёжик"]);
    expect(await mapping(o)).toEqual(["fullName", "position", "remarks"]);
  });

  test("a UTF-8 file with a byte order mark and a UTF-16 «Unicode text» file", async () => {
    const s = school();
    const o = await open(s);
    await toPreview(o, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("ФИО,E-mail\nЁлкин,a@b.ru\n")]));
    expect(await texts(o, "#sample td")).toEqual(["Ёлкин", "a@b.ru"]);

    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("ФИО\tТелефон\nЁлкин\t8900\n", "utf16le"),
    ]);
    await upload(o, "unicode.txt", utf16, "text/plain");
    await o.page.locator("#file-meta", { hasText: "UTF-16" }).waitFor();
    await previewShown(o);
    expect(await texts(o, "#sample td")).toEqual(["Ёлкин", "8900"]);
    expect(await mapping(o)).toEqual(["fullName", "phone"]);
  });
});

describe("matching the columns", () => {
  test("a column of the tab is chosen once: choosing it again moves it and the page says so", async () => {
    const o = await open(school());
    await toPreview(o);
    await o.page.selectOption("#map-5", "email");
    expect(await mapping(o)).toEqual(["fullName", "position", "", "phone", "experienceYears", "email"]);
    expect(await text(o, "#map-notice")).toBe(
      "«E-mail» теперь берётся из столбца файла «Примечание для завуча». Для столбца «E-mail» выбрано «не переносить».",
    );
    expect(await o.page.locator("#headers th").nth(2).getAttribute("class")).toContain("left-out");
    // The next choice that moves nothing clears the notice.
    await o.page.selectOption("#map-2", "remarks");
    expect(await text(o, "#map-notice")).toBe("");
  });

  test("Import stays disabled, saying why, until a column is matched to ФИО", async () => {
    const o = await open(school());
    await toPreview(o, utf8("Участник;Почта\nИванов Иван;i@school.ru\n"));
    expect(await mapping(o)).toEqual(["", "email"]);
    expect(await o.page.locator("#import").isDisabled()).toBe(true);
    expect(await text(o, "#import-reason")).toBe(
      "Кнопка станет доступна, когда вы выберете «ФИО» под столбцом файла, где записаны фамилия, имя и отчество.",
    );
    expect(await o.page.getAttribute("#import", "aria-describedby")).toBe("import-reason");

    await o.page.selectOption("#map-0", "fullName");
    expect(await o.page.locator("#import").isEnabled()).toBe(true);
    expect(await visible(o, "#import-reason")).toBe(false);

    await o.page.selectOption("#map-0", "");
    expect(await o.page.locator("#import").isDisabled()).toBe(true);
    expect(await visible(o, "#import-reason")).toBe(true);
  });

  test("a file with only the header row cannot be imported, and the page says so", async () => {
    const o = await open(school());
    await toPreview(o, utf8("ФИО;E-mail\n"));
    expect(await text(o, "#summary")).toBe("В файле нет строк с людьми — только строка заголовков.");
    expect(await o.page.locator("#import").isDisabled()).toBe(true);
    expect(await text(o, "#import-reason")).toBe("В файле нет строк с людьми — только строка заголовков.");
  });

  test("the keyboard alone: the tab, the file, the matches and Import, each with its label", async () => {
    const o = await open(school());
    await o.page.getByLabel("Наставники", { exact: true }).focus();
    await o.page.keyboard.press("Space");
    expect(await o.page.isChecked("#table-mentors")).toBe(true);
    await o.page.keyboard.press("ArrowDown");
    expect(await o.page.isChecked("#table-mentees")).toBe(true);
    await o.page.keyboard.press("ArrowUp");
    await o.page.keyboard.press("Tab");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("file");
    expect(await o.page.getByLabel("Выбрать файл…").getAttribute("id")).toBe("file");

    await upload(o, "наставники.csv", utf8(MENTORS_CSV));
    await previewShown(o);
    const note = o.page.getByLabel("Примечание для завуча — в какой столбец листа");
    await note.focus();
    await note.selectOption("remarks");
    await o.page.keyboard.press("Tab");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("import");
    await o.page.keyboard.press("Enter");
    await o.page.locator("#result").waitFor({ state: "visible" });
    await o.page.keyboard.press("Tab");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("check");
  });
});

describe("problems", () => {
  test("a server error is shown in the page; the corrected file can be chosen again at once", async () => {
    const o = await open(school());
    await chooseTab(o, "mentors");
    await upload(o, "список.csv", utf8('ФИО;Примечание\nИванов Иван;"без конца\nПетров Пётр;ок\n'));
    await alertShown(o);
    expect(await text(o, "#alert-title")).toBe("Не удалось показать содержимое файла");
    expect(await text(o, "#alert-message")).toBe(
      "Строка 2: кавычка открыта и не закрыта до конца файла. Проверьте эту строку в файле.",
    );
    expect(await text(o, "#alert-next")).toBe(
      "Когда исправите, выберите файл снова — закрывать это окно не нужно.",
    );
    expect(await o.page.getAttribute("#alert", "role")).toBe("alert");
    expect(await visible(o, "#preview")).toBe(false);

    // The same file name again, now fixed.
    await upload(o, "список.csv", utf8('ФИО;Примечание\nИванов Иван;"с концом"\nПетров Пётр;ок\n'));
    await previewShown(o);
    expect(await visible(o, "#alert")).toBe(false);
    expect(await texts(o, "#sample tr:first-child td")).toEqual(["Иванов Иван", "с концом"]);
  });

  test("no base yet: the server's message says what to do", async () => {
    const o = await open(school("ru", { base: false }));
    await chooseTab(o, "mentors");
    await upload(o, "наставники.csv", utf8(MENTORS_CSV));
    await alertShown(o);
    expect(await text(o, "#alert-message")).toBe(
      "На листе «Наставники» нет базы. Сначала выполните «Наставничество → Создать / обновить базу».",
    );
  });

  test("a failed import is shown, the matches stay, and Import can be pressed again", async () => {
    const s = school();
    const o = await open(s);
    await toPreview(o);
    await o.page.selectOption("#map-5", "remarks");
    s.m.lock.busy = true;
    await o.page.click("#import");
    await alertShown(o);
    expect(await text(o, "#alert-title")).toBe("Импорт не выполнен");
    expect(await text(o, "#alert-message")).toBe(
      "Сейчас с базой работает другое действие. Повторите импорт через минуту.",
    );
    expect(await text(o, "#alert-next")).toBe(
      "Нажмите «Импортировать» ещё раз или выберите исправленный файл.",
    );
    expect(await visible(o, "#preview")).toBe(true);
    expect(await mapping(o)).toEqual([
      "fullName",
      "position",
      "email",
      "phone",
      "experienceYears",
      "remarks",
    ]);
    expect(await text(o, "#import")).toBe("Импортировать");

    s.m.lock.busy = false;
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(await visible(o, "#alert")).toBe(false);
    expect(await text(o, "#outcome")).toMatch(/^Добавлено 3 человека/);
  });

  test("a file over 2 MB is refused before anything is sent to the server", async () => {
    const o = await open(school());
    await chooseTab(o, "mentors");
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, "а;б\n");
    await upload(o, "большой.csv", big);
    await alertShown(o);
    expect(await text(o, "#alert-message")).toBe(
      "Файл «большой.csv» слишком большой (2,1 МБ). Можно загрузить файл до 2 МБ: разделите список на несколько файлов и загрузите их по очереди.",
    );
    expect(await text(o, "#file-name")).toBe("Файл не выбран");
    await o.page.waitForTimeout(100);
    expect(o.calls).toEqual([]);
  });

  test("an Excel workbook is refused with how to save it as CSV", async () => {
    const o = await open(school());
    await chooseTab(o, "mentors");
    await upload(o, "Кадры.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "application/octet-stream");
    await alertShown(o);
    expect(await text(o, "#alert-message")).toBe(
      "«Кадры.xlsx» — это файл Excel, а нужен CSV. Откройте его в Excel и сохраните: Файл → Сохранить как → CSV (разделители — запятые/точка с запятой). Затем выберите сохранённый файл.",
    );
    // The same workbook renamed to .csv is recognised by its content.
    await upload(o, "Кадры.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await o.page.locator("#alert-message", { hasText: "«Кадры.csv» — это файл Excel" }).waitFor();
    expect(o.calls).toEqual([]);
  });

  test("what the file holds is shown as text, never as HTML", async () => {
    const typed = "<img src=x onerror=alert(1)>";
    const dialogs: string[] = [];
    const o = await open(school());
    o.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await toPreview(o, utf8(`ФИО;${typed}\n${typed};<b>жирный</b></script><script>alert(2)</script>\n`));
    expect(
      await o.page
        .locator("#headers th")
        .nth(1)
        .locator("label")
        .evaluate((e) => e.firstChild?.textContent),
    ).toBe(typed);
    expect(await texts(o, "#sample td")).toEqual([typed, "<b>жирный</b></script><script>alert(2)</script>"]);
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(await text(o, "#outcome")).toBe(
      "Добавлен 1 человек на лист «Наставники» (строка 2), выдано ID: 1",
    );
    expect(await o.page.locator("img, b, main script").count()).toBe(0);
    await o.page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });
});

describe("after the import", () => {
  test("«Проверить базу» runs the check and then closes the dialog", async () => {
    const o = await open(school());
    await toPreview(o);
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    expect(await text(o, "#after-hint")).toBe(
      "Нажмите «Проверить базу»: проверка отметит на листах незаполненные обязательные поля и ошибки в новых строках.",
    );
    await o.page.click("#check");
    await until(() => o.host.length === 1, "google.script.host.close");
    expect(o.calls.at(-1)).toEqual({ name: "menuCheckBase", args: [] });
    expect(o.host).toEqual([{ name: "close", args: [] }]);
  });

  test("a failed check is shown and the dialog stays open", async () => {
    const s = school();
    s.checkError = "Превышено максимальное время выполнения";
    const o = await open(s);
    await toPreview(o);
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    await o.page.click("#check");
    await alertShown(o);
    expect(await text(o, "#alert-title")).toBe("Не удалось проверить базу");
    expect(await text(o, "#alert-message")).toBe("Превышено максимальное время выполнения");
    expect(await o.page.locator("#check").isEnabled()).toBe(true);
    expect(o.host).toEqual([]);
  });

  test("«Закрыть» closes the dialog", async () => {
    const o = await open(school());
    await toPreview(o);
    await o.page.click("#import");
    await o.page.locator("#result").waitFor({ state: "visible" });
    await o.page.click("#close");
    await until(() => o.host.length === 1, "google.script.host.close");
    expect(o.host).toEqual([{ name: "close", args: [] }]);
    expect(o.calls.map((c) => c.name)).toEqual(["previewImportFile", "importParticipants"]);
  });
});

test("English", async () => {
  const s = school("en");
  const o = await open(s, "en");
  expect(await o.page.getAttribute("html", "lang")).toBe("en");
  expect(await o.page.title()).toBe("Import participants from a CSV file");
  expect(await text(o, "#table-mentors + span")).toBe("Mentors");
  expect(await text(o, "#file-button")).toBe("Choose a file…");
  expect(await text(o, "#file-name")).toBe("No file chosen");
  await chooseTab(o, "mentors");
  await upload(
    o,
    "mentors.csv",
    utf8("Full name,E-mail,Note\nAnn Lee,ann@school.org,new\nBob Hart,,\nCy Moss,,\n"),
  );
  await previewShown(o);
  expect(await text(o, "#summary")).toBe(
    "The file has 3 rows. They will be added at the end of the “Mentors” tab; people already there are skipped. Under each column of the file, choose the column of the tab it goes to.",
  );
  expect(await o.page.locator("#map-2 option").first().textContent()).toBe("— do not import —");
  expect(await mapping(o)).toEqual(["fullName", "email", ""]);
  await o.page.selectOption("#map-1", "");
  await o.page.selectOption("#map-2", "email");
  await o.page.selectOption("#map-1", "email");
  expect(await text(o, "#map-notice")).toBe(
    "“E-mail” now comes from the file column “E-mail”. The file column “Note” is set to “do not import”.",
  );
  await o.page.selectOption("#map-0", "");
  expect(await text(o, "#import-reason")).toBe(
    "The button becomes available once you choose “Full name” under the file column that holds the full names.",
  );
  await o.page.selectOption("#map-0", "fullName");
  expect(await text(o, "#import")).toBe("Import");
  await o.page.click("#import");
  await o.page.locator("#result").waitFor({ state: "visible" });
  expect(await text(o, "#outcome")).toBe("Added 3 people to the “Mentors” tab (rows 2–4), IDs given: 3");
  expect(await text(o, "#check")).toBe("Check the base");
  expect(await text(o, "#close")).toBe("Close");
});

test("accessible: the empty dialog, a preview, Import held back, a file refused, people added", async () => {
  const o = await open(school());
  // The dialog's title bar is Google's; a screen reader finds the title as the page's heading too.
  expect(await o.page.getByRole("heading", { level: 1 }).textContent()).toBe(
    "Импорт участников из файла CSV",
  );
  await expectAccessible(o.page, "import: nothing chosen yet");
  await toPreview(o);
  await expectAccessible(o.page, "import: the file's preview");
  await o.page.selectOption("#map-0", "");
  await o.page.locator("#import-reason").waitFor({ state: "visible" });
  await expectAccessible(o.page, "import: Import disabled, with the reason");
  await o.page.selectOption("#map-0", "fullName");
  await o.page.locator("#import").click();
  await o.page.locator("#result").waitFor({ state: "visible" });
  await expectAccessible(o.page, "import: people added");

  const refused = await open(school());
  await chooseTab(refused, "mentors");
  await upload(refused, "список.csv", utf8('ФИО;Примечание\nИванов Иван;"без конца\n'));
  await alertShown(refused);
  await expectAccessible(refused.page, "import: a file refused, in the alert box");

  const english = await open(school("en"), "en");
  expect(await english.page.getByRole("heading", { level: 1 }).textContent()).toBe(
    "Import participants from a CSV file",
  );
});

test("screenshot of the preview", async () => {
  const s = school();
  s.m.sheets.type("mentors", {
    id: "НС-0001",
    fullName: "Петрова Анна Сергеевна",
    email: "petrova@school.ru",
  });
  const o = await open(s);
  await toPreview(o);
  await o.page.selectOption("#map-5", "email");
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT });
});
