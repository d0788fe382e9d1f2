import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SURVEYS } from "../../src/domain/surveys";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";
import { setting } from "../support/gas";
import { expectAccessible } from "./a11y";
import { closeBrowser, type OpenedPage, openPage, until } from "./harness";

/**
 * The whole path a curator takes, with nothing stubbed but the browser's bridge: dist/ runs in the emulator, the
 * sidebar is the page its HtmlService served, and every google.script.run call from the page runs the bundle's
 * function in the emulator, as Apps Script would.
 */
const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const opened: OpenedPage[] = [];

beforeAll(() => {
  if (!existsSync(join(DIST, "Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.errors).toEqual([]);
    expect(o.blocked).toEqual([]);
    await o.close();
  }
});
afterAll(() => closeBrowser());

function school() {
  const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale: "ru" } });
  const host = loadBundle(DIST, emu);
  const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  host.call("onOpen", { authMode: "FULL" });
  host.clickMenu("Наставничество", "Создать / обновить базу");
  const fill = {
    "org.name": "МБОУ СОШ № 7",
    "head.name": "Иванов Иван Иванович",
    "curator.name": "Смирнова Ольга Петровна",
  };
  for (const [k, v] of Object.entries(fill)) setting(ss, k, v);
  const mentors = ss.getSheetByName("Наставники")!;
  const headers = mentors.getRange(1, 1, 1, mentors.getLastColumn()).getValues()[0]!.map(String);
  const put = (row: number, header: string, value: unknown) =>
    mentors.getRange(row, headers.indexOf(header) + 1).setValue(value);
  for (const [h, v] of Object.entries({
    ФИО: "Петрова Анна Сергеевна",
    Категория: "педагог",
    "Педагогический стаж, лет": "пятнадцать",
    "Компетенции (чем может помочь)": "подготовка к ОГЭ",
    "Формы наставничества": "педагог – педагог",
    "E-mail": "petrova@school7.ru",
    "Согласие на обработку ПДн": true,
  })) {
    put(2, h, v);
  }
  return { emu, host, ss, mentors, put };
}

test("the check's sidebar as served: a click selects the cell, «Проверить снова» re-checks the fixed base", async () => {
  const { emu, host, ss, put } = school();
  host.clickMenu("Наставничество", "Проверить базу");
  const served = emu.ui.sidebars.at(-1)!.content;
  const o = await openPage(served, (name, args) => host.callAs("sidebar", name, ...args));
  opened.push(o);

  await o.page.getByRole("heading", { name: /1 ошибка/ }).waitFor();
  await expectAccessible(o.page, "report as served: a problem listed");
  const item = o.page.locator(".problem.clickable", { hasText: "«пятнадцать» — не целое число" });
  await item.click();
  await o.page.waitForFunction(() => document.querySelector(".problem.current") !== null);
  await until(() => ss.getActiveRange()?.getA1Notation() === "G2", "the cell G2 selected");
  expect(ss.getActiveSheet().getName()).toBe("Наставники");

  put(2, "Педагогический стаж, лет", 15);
  await o.page.getByRole("button", { name: "Проверить снова" }).click();
  await o.page.getByRole("heading", { name: "Всё в порядке" }).waitFor();
  await expectAccessible(o.page, "report as served: all in order");
  expect(o.calls.map((c) => c.name)).toEqual(["goToCell", "recheckBase"]);
  expect(ss.getSheetByName("Наставники")!.getRange("G2").getNote()).toBe("");
});

test("the import dialog as served: a CSV file lands in the base with ids", async () => {
  const { emu, host, ss } = school();
  host.clickMenu("Наставничество", "Импорт участников из CSV…");
  const dialog = emu.ui.dialogs.at(-1)!;
  const o = await openPage(dialog.content, (name, args) => host.callAs("sidebar", name, ...args), {
    viewport: { width: 760, height: 600 },
  });
  opened.push(o);
  await expectAccessible(o.page, "import as served: nothing chosen yet");

  const csv = [
    "ФИО;Категория;Стаж;Компетенции;Формы наставничества;E-mail;Согласие",
    "Орлова Вера Ивановна;педагог;22;классное руководство;педагог – педагог;orlova@school7.ru;да",
    "Петрова Анна Сергеевна;педагог;15;ОГЭ;педагог – педагог;petrova@school7.ru;да",
  ].join("\r\n");
  await o.page.getByLabel("Наставники").check();
  await o.page
    .locator('input[type="file"]')
    .setInputFiles({ name: "наставники.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await expectAccessible(o.page, "import as served: the file's preview");
  await o.page.getByRole("button", { name: "Импортировать" }).click();
  await o.page
    .getByText(/Добавлен/)
    .first()
    .waitFor();
  await o.page.getByText(/уже есть на листе \(строка 2\)/).waitFor();
  await expectAccessible(o.page, "import as served: people added, one skipped");

  const mentors = ss.getSheetByName("Наставники")!;
  expect(mentors.getRange(3, 1, 1, 2).getValues()[0]).toEqual(["НС-0002", "Орлова Вера Ивановна"]);
  expect(mentors.getLastRow()).toBe(3);
  expect(o.calls.map((c) => c.name)).toEqual(["previewImportFile", "importParticipants"]);
});

test("the «Пары» sidebar as served: accept a pair, change a mentor, confirm into «Пары и группы»", async () => {
  const { emu, host, ss } = school();
  // A small school: two teacher mentors with one place each, and two young teachers who need help.
  const mentors = ss.getSheetByName("Наставники")!;
  const mentees = ss.getSheetByName("Наставляемые")!;
  const typeRow = (sheet: typeof mentors, row: number, values: Record<string, unknown>) => {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    for (const [h, v] of Object.entries(values)) {
      const c = headers.indexOf(h);
      if (c < 0) throw new Error(`no column ${h}`);
      sheet.getRange(row, c + 1).setValue(v);
    }
  };
  typeRow(mentors, 2, { "Педагогический стаж, лет": 15 });
  typeRow(mentors, 3, {
    ФИО: "Орлова Вера Ивановна",
    Категория: "педагог",
    "Педагогический стаж, лет": 22,
    "Компетенции (чем может помочь)": "классное руководство; работа с родителями",
    "Формы наставничества": "педагог – педагог",
    "E-mail": "orlova@school7.ru",
    "Согласие на обработку ПДн": true,
  });
  const mentee = (row: number, name: string, request: string, email: string) =>
    typeRow(mentees, row, {
      ФИО: name,
      Категория: "молодой специалист",
      "Педагогический стаж, лет": 1,
      "Запрос (с чем нужна помощь)": request,
      "Форма наставничества": "педагог – педагог",
      "E-mail": email,
      "Согласие на обработку ПДн": true,
    });
  mentee(2, "Соколов Илья Андреевич", "подготовка к ОГЭ", "sokolov@school7.ru");
  mentee(3, "Белова Дарья Олеговна", "работа с родителями", "belova@school7.ru");
  host.clickMenu("Наставничество", "Проверить базу");

  host.clickMenu("Наставничество", "Подобрать пары");
  const o = await openPage(emu.ui.sidebars.at(-1)!.content, (name, args) =>
    host.callAs("sidebar", name, ...args),
  );
  opened.push(o);
  await o.page.getByRole("heading", { name: /Предложены 2 пары/ }).waitFor();
  await expectAccessible(o.page, "pairs as served: two pairs proposed");

  // Each mentee got the mentor whose competencies cover the request.
  const proposals = ss.getSheetByName("Предложенные пары")!;
  const rowOf = (mentee: string) =>
    proposals
      .getDataRange()
      .getDisplayValues()
      .find((r) => r[3] === mentee);
  expect(rowOf("Соколов Илья Андреевич")?.[1]).toBe("Петрова Анна Сергеевна");
  expect(rowOf("Белова Дарья Олеговна")?.[1]).toBe("Орлова Вера Ивановна");

  await o.page.getByRole("button", { name: "Принять: Белова Дарья Олеговна" }).click();
  await o.page.getByRole("button", { name: "Утвердить принятые (1)" }).waitFor();
  expect(rowOf("Белова Дарья Олеговна")?.[8]).toBe("принять");

  // Соколов to Орлова instead: her one place is taken by an accepted pair, so the server refuses with the reason.
  await o.page.getByRole("button", { name: "Сменить наставника: Соколов Илья Андреевич" }).click();
  await o.page.getByRole("button", { name: /Выбрать: Орлова Вера Ивановна/ }).click();
  await o.page.getByRole("alert").filter({ hasText: "закреплено пар: 2, а свободных мест 1" }).waitFor();
  await expectAccessible(o.page, "pairs as served: the server's refusal shown");
  expect(rowOf("Соколов Илья Андреевич")?.[1]).toBe("Петрова Анна Сергеевна");

  await o.page.getByRole("button", { name: "Принять: Соколов Илья Андреевич" }).click();
  await o.page.getByRole("button", { name: "Утвердить принятые (2)" }).click();
  await o.page.getByLabel("Дата начала").fill("2026-12-01");
  await expectAccessible(o.page, "pairs as served: the start date asked");
  await o.page.getByRole("button", { name: "Утвердить", exact: true }).click();
  await o.page.getByText(/Утверждены 2 пары, код утверждения У-0001/).waitFor();

  const pairs = ss.getSheetByName("Пары и группы")!.getDataRange().getDisplayValues();
  expect(pairs.slice(1).map((r) => [r[0], r[3], r[5], r[8], r[10], r[12]])).toEqual([
    ["П-0001", "Петрова Анна Сергеевна", "Соколов Илья Андреевич", "традиционное", "01.12.2026", "активна"],
    ["П-0002", "Орлова Вера Ивановна", "Белова Дарья Олеговна", "традиционное", "01.12.2026", "активна"],
  ]);
  // Both mentees now have pairs: nothing left to propose, and the tab says nothing stale.
  await o.page.getByText(/Все наставляемые уже в парах/).waitFor();
  await expectAccessible(o.page, "pairs as served: everyone in pairs");
  expect(proposals.getLastRow()).toBe(1);
  expect(o.calls.map((c) => c.name)).toEqual(["reviewPairs", "reviewPairs", "reviewPairs", "confirmPairs"]);
});

test("the «Документы» sidebar as served: it makes the documents and shows the count", async () => {
  const { emu, host, ss } = school();
  const mentors = ss.getSheetByName("Наставники")!;
  const mentees = ss.getSheetByName("Наставляемые")!;
  const typeRow = (sheet: typeof mentors, row: number, values: Record<string, unknown>) => {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    for (const [h, v] of Object.entries(values)) sheet.getRange(row, headers.indexOf(h) + 1).setValue(v);
  };
  for (const [k, v] of Object.entries({
    "head.position": "директор",
    "curator.position": "заместитель директора по УВР",
    "org.city": "г. Светлоярск",
  }))
    setting(ss, k, v);
  typeRow(mentors, 2, { "Педагогический стаж, лет": 15, "Должность / класс": "учитель математики" });
  typeRow(mentees, 2, {
    ФИО: "Соколов Илья Андреевич",
    "Должность / класс": "учитель математики",
    Категория: "молодой специалист",
    "Педагогический стаж, лет": 1,
    "Запрос (с чем нужна помощь)": "подготовка к ОГЭ",
    "Форма наставничества": "педагог – педагог",
    "E-mail": "sokolov@school7.ru",
    "Согласие на обработку ПДн": true,
  });
  host.clickMenu("Наставничество", "Проверить базу");
  host.callAs("sidebar", "reviewPairs", { type: "acceptAll" });
  host.callAs("sidebar", "confirmPairs", "2026-12-01");

  host.clickMenu("Наставничество", "Сформировать документы");
  const o = await openPage(emu.ui.sidebars.at(-1)!.content, (name, args) =>
    host.callAs("sidebar", name, ...args),
  );
  opened.push(o);
  await o.page.getByText("Сделано 3 из 3").waitFor();
  await expectAccessible(o.page, "documents as served: the batch done");
  expect(o.calls[0]!.name).toBe("makeDocuments");

  const pairsTab = ss.getSheetByName("Пары и группы")!;
  const pair = pairsTab.getRange(2, 1, 1, pairsTab.getLastColumn()).getDisplayValues()[0]!;
  const links = pair.filter((v) => v.startsWith("https://docs.google.com/document/d/"));
  expect(links).toHaveLength(3);
  const agreement = emu.docs.text(/\/d\/([^/]+)\//.exec(links[0]!)![1]!);
  expect(agreement).toContain("Петрова Анна Сергеевна");
  expect(agreement).toContain("Соколов Илья Андреевич");
  expect(agreement).not.toContain("{{");

  // «Свой шаблон документа…» from the sidebar: the Picker's dialog, with the kind to choose in it.
  const dialogs = emu.ui.dialogs.length;
  await o.page.getByRole("button", { name: "Свой шаблон документа…" }).click();
  await until(() => emu.ui.dialogs.length === dialogs + 1, "the Picker's dialog");
  expect(emu.ui.dialogs.at(-1)!.title).toBe("Свой шаблон документа");
  expect(o.calls.at(-1)).toEqual({ name: "openTemplatePicker", args: [null] });
});

test("the «Анкеты» sidebar as served: a personal link mailed, answered, and the answer collected", async () => {
  const { emu, host, ss } = school();
  const mentors = ss.getSheetByName("Наставники")!;
  const mentees = ss.getSheetByName("Наставляемые")!;
  const typeRow = (sheet: typeof mentors, row: number, values: Record<string, unknown>) => {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    for (const [h, v] of Object.entries(values)) sheet.getRange(row, headers.indexOf(h) + 1).setValue(v);
  };
  setting(ss, "program.year", "2026/2027");
  typeRow(mentors, 2, { "Педагогический стаж, лет": 15 });
  typeRow(mentees, 2, {
    ФИО: "Соколов Илья Андреевич",
    Категория: "молодой специалист",
    "Педагогический стаж, лет": 1,
    "Запрос (с чем нужна помощь)": "подготовка к ОГЭ",
    "Форма наставничества": "педагог – педагог",
    "E-mail": "sokolov@school7.ru",
    "Согласие на обработку ПДн": true,
  });
  host.clickMenu("Наставничество", "Проверить базу");
  host.callAs("sidebar", "reviewPairs", { type: "acceptAll" });
  host.callAs("sidebar", "confirmPairs", "2026-12-01");

  host.clickMenu("Наставничество", "Анкеты…");
  const o = await openPage(emu.ui.sidebars.at(-1)!.content, (name, args) =>
    host.callAs("sidebar", name, ...args),
  );
  opened.push(o);
  await o.page.getByLabel("Анкета", { exact: true }).selectOption("satisfaction_mentee");
  await expectAccessible(o.page, "surveys as served: a survey chosen");
  await o.page.getByRole("button", { name: "Отправить", exact: true }).click();
  await o.page.locator("#ask").getByRole("button", { name: "Отправить", exact: true }).click();
  await o.page.getByText(/отправлено 1,/).waitFor();
  await expectAccessible(o.page, "surveys as served: links mailed");

  const mail = emu.mail.sent().at(-1)!;
  expect(mail.to).toEqual(["sokolov@school7.ru"]);
  const link = /https:\/\/docs\.google\.com\/forms\/\S+/.exec(mail.body)![0]!;
  const answers: Record<string, unknown> = {};
  for (const q of SURVEYS.satisfaction_mentee.questions) {
    if (q.token || q.type === "section") continue;
    if (q.type === "scale") answers[q.title.ru] = 9;
    else if (q.type === "choice" || q.type === "list") answers[q.title.ru] = q.choices![0]!.label.ru;
    else answers[q.title.ru] = "Спасибо";
  }
  emu.forms.submit(link, answers);
  await o.page.getByRole("button", { name: "Собрать ответы" }).click();
  await o.page.getByText(/учтено 1/).waitFor();
  await expectAccessible(o.page, "surveys as served: an answer collected");
  const rows = ss.getSheetByName("Анкеты")!.getDataRange().getDisplayValues();
  const header = rows[0]!;
  expect(rows[1]![header.indexOf("Статус")]).toBe("ответ получен");
  expect(rows[1]![header.indexOf("Оценка (0–10)")]).toBe("9");
});

test("the «Показатели» dashboard as served: computed from the menu, a snapshot taken from the page", async () => {
  const { emu, host, ss } = school();
  setting(ss, "program.year", "2026/2027");
  host.clickMenu("Наставничество", "Рассчитать показатели");
  expect(emu.charts("Показатели")).toHaveLength(2);
  const o = await openPage(emu.ui.sidebars.at(-1)!.content, (name, args) =>
    host.callAs("sidebar", name, ...args),
  );
  opened.push(o);
  await o.page.getByRole("heading", { name: /Показатели программы, 2026\/2027/ }).waitFor();
  await expectAccessible(o.page, "kpi as served: the indicators");
  await o.page.getByRole("button", { name: "Зафиксировать срез" }).click();
  await o.page.getByText(/зафиксирован на листе «История показателей»/).waitFor();
  await expectAccessible(o.page, "kpi as served: a snapshot taken");
  const history = ss.getSheetByName("История показателей")!;
  expect(history.getLastRow()).toBe(1 + 9);
  expect(o.calls.map((c) => c.name)).toEqual(["takeKpiSnapshot"]);
});

test("the Help dialog as served: its button opens the privacy policy, and both pages are accessible", async () => {
  for (const locale of ["ru", "en"] as const) {
    const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale } });
    const host = loadBundle(DIST, emu);
    host.call("onOpen", { authMode: "FULL" });
    host.clickMenu(locale === "ru" ? "Наставничество" : "Mentoring", locale === "ru" ? "Справка" : "Help");
    const help = await openPage(
      emu.ui.dialogs.at(-1)!.content,
      (name, args) => host.callAs("sidebar", name, ...args),
      {
        viewport: { width: 640, height: 560 },
      },
    );
    opened.push(help);
    await expectAccessible(help.page, `help as served (${locale})`);
    const button =
      locale === "ru"
        ? "Политика конфиденциальности и условия использования"
        : "Privacy policy and terms of use";
    await help.page.getByRole("button", { name: button }).click();
    await until(() => help.calls.length === 1, "the server call");
    expect(help.calls.map((c) => c.name)).toEqual(["showPrivacy"]);
    const dialog = emu.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe(button);
    const policy = await openPage(dialog.content, () => undefined, { viewport: { width: 860, height: 620 } });
    opened.push(policy);
    await policy.page.getByRole("heading", { level: 1, name: /политика конфиденциальности/ }).waitFor();
    expect(policy.blocked).toEqual([]);
    await expectAccessible(policy.page, "privacy policy as served");
  }
});

test("the template fields dialog as served: a table of every field, in Russian and in English", async () => {
  for (const locale of ["ru", "en"] as const) {
    const emu = createEmulator({ user: { email: "smirnova@school7.ru", locale } });
    const host = loadBundle(DIST, emu);
    host.call("onOpen", { authMode: "FULL" });
    const menu = locale === "ru" ? "Наставничество" : "Mentoring";
    const item = locale === "ru" ? "Поля шаблонов документов" : "Document template fields";
    host.clickMenu(menu, item);
    const dialog = emu.ui.dialogs.at(-1)!;
    const o = await openPage(dialog.content, () => undefined, { viewport: { width: 820, height: 600 } });
    opened.push(o);
    // The title is the page's heading for a screen reader (Google's title bar is outside the page), in a main.
    const title = locale === "ru" ? "Поля шаблонов документов" : "Document template fields";
    expect(await o.page.title()).toBe(title);
    expect(await o.page.getByRole("main").getByRole("heading", { level: 1, name: title }).count()).toBe(1);
    const header = o.page.getByRole("columnheader");
    expect(await header.count()).toBe(4);
    expect(await o.page.locator("tbody tr").count()).toBeGreaterThan(10);
    await expectAccessible(o.page, `template fields as served (${locale})`);
  }
});

test("the «План работы» sidebar as served: made from the menu, an item marked done from the page", async () => {
  const { emu, host, ss } = school();
  setting(ss, "program.year", "2026/2027");
  host.clickMenu("Наставничество", "План работы");
  const o = await openPage(emu.ui.sidebars.at(-1)!.content, (name, args) =>
    host.callAs("sidebar", name, ...args),
  );
  opened.push(o);
  await o.page.getByRole("heading", { name: "План работы на 2026/2027 учебный год" }).waitFor();
  await expectAccessible(o.page, "roadmap as served: the year");
  const item = o.page.locator("li.item", { hasText: /^1\.2\./ });
  await item.getByRole("button", { name: "Выполнено: пункт 1.2" }).click();
  const form = o.page.getByRole("form", { name: "Выполнено: пункт 1.2" });
  await form.getByLabel("Дата выполнения").fill("2026-09-20");
  await form.getByLabel(/Ссылка на подтверждение/).fill("https://school7.example/news/12");
  await form.getByRole("button", { name: "Отметить" }).click();
  await o.page.getByText("Пункт 1.2 отмечен выполненным 20.09.2026.").waitFor();
  await expectAccessible(o.page, "roadmap as served: an item marked done");
  const rows = ss.getSheetByName("Дорожная карта")!.getDataRange().getDisplayValues();
  const header = rows[0]!;
  const row = rows.find((r) => r[header.indexOf("№")] === "1.2")!;
  expect(row[header.indexOf("Статус")]).toBe("выполнено");
  expect(row[header.indexOf("Дата выполнения")]).toBe("20.09.2026");
  expect(row[header.indexOf("Подтверждение")]).toBe("https://school7.example/news/12");
  expect(o.calls.map((c) => c.name)).toEqual(["markRoadmapDone"]);
});
