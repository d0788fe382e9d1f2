import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { CheckReport, ReportProblem } from "../../src/domain/report";
import { expectAccessible } from "./a11y";
import { deferred, type OpenedPage, openPage, pageUnderTest, type ServerHandler, until } from "./harness";

/** The «Проверка базы» sidebar in Chromium, as the curator sees and uses it. */

const SCREENSHOT = "out/screenshots/report.png";

const tested = pageUnderTest("src/ui/report");

async function show(report: CheckReport, handler: ServerHandler = () => undefined): Promise<OpenedPage> {
  return tested.open({ report }, handler, { functions: ["goToCell", "recheckBase"] });
}

const text = async (o: OpenedPage, selector: string) => ((await o.page.textContent(selector)) ?? "").trim();
/** The texts as rendered (innerText: what a person reads), one per element, white space made single. */
const texts = async (o: OpenedPage, selector: string) =>
  (await o.page.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, " ").trim());

// ---- reports ------------------------------------------------------------------------------------------------

const problem = (
  p: Partial<ReportProblem> & Pick<ReportProblem, "table" | "tab" | "row">,
): ReportProblem => ({
  column: "",
  columnTitle: "",
  cell: "",
  severity: "error",
  message: "",
  ...p,
});

/** A school's first check: mistakes in three tabs, a missing column, and more problems than the list holds. */
const SCHOOL: CheckReport = {
  locale: "ru",
  checkedAt: "2026-09-01T06:00:00.000Z",
  errors: 7,
  warnings: 3,
  rowsChecked: 223,
  idsAssigned: 4,
  byCode: [
    { code: "noConsent", title: "Нет согласия на обработку данных", severity: "warning", count: 2 },
    { code: "unknownValue", title: "Значения нет в списке", severity: "error", count: 2 },
    { code: "unknownRef", title: "Ссылка на несуществующую строку", severity: "error", count: 2 },
    { code: "badEmail", title: "Неверный адрес почты", severity: "error", count: 1 },
    { code: "badPhone", title: "Неверный телефон", severity: "error", count: 1 },
    { code: "missingColumn", title: "Нет столбца", severity: "error", count: 1 },
    { code: "possibleDuplicate", title: "Возможно, дубль", severity: "warning", count: 1 },
  ],
  tabs: [
    { table: "mentors", tab: "Наставники", rows: 48, errors: 2, warnings: 1 },
    { table: "mentees", tab: "Наставляемые", rows: 120, errors: 3, warnings: 2 },
    { table: "pairs", tab: "Пары и группы", rows: 40, errors: 2, warnings: 0 },
    { table: "programmes", tab: "Программы", rows: 3, errors: 0, warnings: 0 },
    { table: "meetings", tab: "Встречи", rows: 0, errors: 0, warnings: 0 },
    { table: "surveys", tab: "Анкеты", rows: 0, errors: 0, warnings: 0 },
    { table: "settings", tab: "Настройки", rows: 12, errors: 0, warnings: 0 },
  ],
  problems: [
    problem({
      table: "mentors",
      tab: "Наставники",
      row: 4,
      column: "email",
      columnTitle: "E-mail",
      cell: "E4",
      message: "«ivanova@school» не похоже на адрес электронной почты. Пример: ivanova@school.ru.",
    }),
    problem({
      table: "mentors",
      tab: "Наставники",
      row: 7,
      column: "fullName",
      columnTitle: "ФИО",
      cell: "B7",
      severity: "warning",
      message:
        "Такое же ФИО есть в строке 3. Если это разные люди, укажите e-mail или телефон, чтобы их различать.",
    }),
    problem({
      table: "mentors",
      tab: "Наставники",
      row: 7,
      column: "phone",
      columnTitle: "Телефон",
      cell: "F7",
      message: "«8914» не похоже на номер телефона. Пример: +7 914 123-45-67.",
    }),
    problem({
      table: "mentees",
      tab: "Наставляемые",
      row: 1,
      message:
        "На листе нет столбца «Запрос». Выполните «Наставничество → Создать / обновить базу»: столбец добавится в конец, данные не изменятся.",
    }),
    problem({
      table: "mentees",
      tab: "Наставляемые",
      row: 12,
      column: "category",
      columnTitle: "Категория",
      cell: "C12",
      message:
        "«молодой спец» нет в списке. Выберите одно из значений: молодой специалист, педагог, новый сотрудник.",
    }),
    problem({
      table: "mentees",
      tab: "Наставляемые",
      row: 15,
      column: "consent",
      columnTitle: "Согласие на обработку ПДн",
      cell: "M15",
      severity: "warning",
      message:
        "Согласие на обработку персональных данных не отмечено: анкеты и документы этому участнику отправлены не будут.",
    }),
    problem({
      table: "pairs",
      tab: "Пары и группы",
      row: 3,
      column: "mentorId",
      columnTitle: "ID наставника",
      cell: "C3",
      message: "На листе «Наставники» нет строки с ID НС-0042. Скопируйте ID из листа «Наставники».",
    }),
  ],
  more: 3,
};

const CLEAN: CheckReport = {
  locale: "ru",
  checkedAt: "2026-09-01T07:30:00.000Z",
  errors: 0,
  warnings: 0,
  rowsChecked: 221,
  idsAssigned: 0,
  byCode: [],
  tabs: SCHOOL.tabs.map((t) => ({ ...t, errors: 0, warnings: 0 })),
  problems: [],
  more: 0,
};

/** `errors` errors and `warnings` warnings spread over `rows` rows of the mentors tab. */
function counted(errors: number, warnings: number, rows: number, locale: "ru" | "en" = "ru"): CheckReport {
  const problems: ReportProblem[] = [];
  for (let i = 0; i < errors + warnings; i++) {
    const row = 2 + (i % rows);
    problems.push(
      problem({
        table: "mentors",
        tab: locale === "ru" ? "Наставники" : "Mentors",
        row,
        column: "email",
        columnTitle: "E-mail",
        cell: `E${row}`,
        severity: i < errors ? "error" : "warning",
        message: `message ${i}`,
      }),
    );
  }
  return {
    ...CLEAN,
    locale,
    errors,
    warnings,
    byCode: [
      ...(errors > 0
        ? [
            {
              code: "badEmail" as const,
              title: "Malformed e-mail",
              severity: "error" as const,
              count: errors,
            },
          ]
        : []),
      ...(warnings > 0
        ? [
            {
              code: "sharedContact" as const,
              title: "Shared contact",
              severity: "warning" as const,
              count: warnings,
            },
          ]
        : []),
    ],
    problems,
  };
}

// ---- what the curator sees ----------------------------------------------------------------------------------

describe("the report of a school's check", () => {
  test("headline, scope and time", async () => {
    const o = await show(SCHOOL);
    expect(await text(o, "h1")).toBe("7 ошибок и 3 предупреждения не менее чем в 5 строках");
    expect(await text(o, "#scope")).toBe("Проверено 223 строки, выдано 4 новых ID");
    const when = await text(o, "#checked-at");
    expect(when).toMatch(/^Время проверки: 1 сентября 2026/);
    expect(when).toContain("09:00");
    expect(await o.page.getAttribute("html", "lang")).toBe("ru");
    expect(await text(o, "#recheck")).toBe("Проверить снова");
    expect(await o.page.locator("#alert").isVisible()).toBe(false);
  });

  test("counts by kind, errors first, in the colours of the marked cells", async () => {
    const o = await show(SCHOOL);
    expect(await texts(o, "#kinds li")).toEqual([
      "Ошибка: 2 Значения нет в списке",
      "Ошибка: 2 Ссылка на несуществующую строку",
      "Ошибка: 1 Неверный адрес почты",
      "Ошибка: 1 Неверный телефон",
      "Ошибка: 1 Нет столбца",
      "Предупреждение: 2 Нет согласия на обработку данных",
      "Предупреждение: 1 Возможно, дубль",
    ]);
    const colours = await o.page
      .locator("#kinds .count")
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(colours).toEqual([...Array(5).fill("rgb(244, 204, 204)"), ...Array(2).fill("rgb(255, 242, 204)")]);
  });

  test("a line per tab", async () => {
    const o = await show(SCHOOL);
    expect(await texts(o, "#tabs li")).toEqual([
      "Наставники 48 строк · 2 ошибки · 1 предупреждение",
      "Наставляемые 120 строк · 3 ошибки · 2 предупреждения",
      "Пары и группы 40 строк · 2 ошибки",
      "Программы 3 строки · без замечаний",
      "Встречи нет заполненных строк",
      "Анкеты нет заполненных строк",
      "Настройки 12 строк · без замечаний",
    ]);
  });

  test("problems grouped by tab, with cell, column and message", async () => {
    const o = await show(SCHOOL);
    expect(await texts(o, "#problems .group-title")).toEqual([
      "Наставники (3)",
      "Наставляемые (3)",
      "Пары и группы (1)",
    ]);
    const first = o.page.locator("#problems .group").nth(0).locator("li");
    expect(await first.nth(0).locator(".cell").textContent()).toBe("E4");
    expect(await first.nth(0).locator(".column").textContent()).toBe("E-mail");
    expect(await first.nth(0).locator(".message").textContent()).toBe(SCHOOL.problems[0]?.message);
    expect(await first.nth(1).locator(".cell").textContent()).toBe("B7");
    const tabLevel = o.page.locator("#problems .group").nth(1).locator("li").nth(0);
    expect(await tabLevel.locator(".cell").textContent()).toBe("весь лист");
    expect(await tabLevel.locator(".column").count()).toBe(0);
    expect(await text(o, "#more")).toBe("Ещё 3 проблемы не вошли в список — они отмечены в ячейках таблицы.");
  });

  test("clicking a problem goes to its cell; Enter on a focused one too", async () => {
    const o = await show(SCHOOL);
    await o.page.getByText("«8914» не похоже").click();
    await until(() => o.calls.length === 1, "goToCell");
    expect(o.calls[0]).toEqual({ name: "goToCell", args: ["mentors", 7, "phone"] });
    expect(await o.page.locator(".problem.current .cell").textContent()).toBe("F7");

    await o.page.locator(".problem", { hasText: "C12" }).focus();
    await o.page.keyboard.press("Enter");
    await until(() => o.calls.length === 2, "the second goToCell");
    expect(o.calls[1]).toEqual({ name: "goToCell", args: ["mentees", 12, "category"] });
  });

  test("the keyboard reaches the problems with Tab; a problem of the whole tab is not a target", async () => {
    const o = await show(SCHOOL);
    await o.page.locator("#recheck").focus();
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await o.page.keyboard.press("Tab");
      focused.push(
        await o.page.evaluate(() => document.activeElement?.querySelector(".cell")?.textContent ?? ""),
      );
    }
    expect(focused).toEqual(["E4", "B7", "F7", "C12", "M15", "C3"]);
    expect(await o.page.locator(".problem:not(.clickable)").getAttribute("tabindex")).toBeNull();

    await o.page.getByText("На листе нет столбца «Запрос»").click();
    await o.page.waitForTimeout(50);
    expect(o.calls).toEqual([]);
  });

  test("a failed jump to a cell is reported in the page", async () => {
    const o = await show(SCHOOL, () => {
      throw new Error("Лист «Наставники» не найден");
    });
    await o.page.getByText("«ivanova@school»").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await text(o, "#alert")).toBe("Не удалось перейти к ячейке E4: Лист «Наставники» не найден");
  });
});

describe("«Проверить снова»", () => {
  test("runs the check and shows the new result; the button waits meanwhile", async () => {
    const answer = deferred<CheckReport>();
    const o = await show(SCHOOL, (name) => (name === "recheckBase" ? answer.promise : undefined));
    await o.page.click("#recheck");
    await until(() => o.calls.length === 1, "recheckBase");
    expect(await o.page.locator("#recheck").isDisabled()).toBe(true);
    expect(await text(o, "#recheck")).toBe("Проверяю…");
    await o.page.click("#recheck", { force: true });

    answer.resolve(CLEAN);
    await o.page.locator("#recheck:enabled").waitFor();
    expect(o.calls).toEqual([{ name: "recheckBase", args: [] }]);
    expect(await text(o, "h1")).toBe("Всё в порядке");
    expect(await text(o, "#recheck")).toBe("Проверить снова");
    expect(await o.page.locator("#problems").count()).toBe(0);
  });

  test("a failed check is shown, and the old result stays", async () => {
    const o = await show(SCHOOL, () => {
      throw new Error("Превышено максимальное время выполнения");
    });
    await o.page.click("#recheck");
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await text(o, "#alert")).toBe(
      "Не удалось проверить базу: Превышено максимальное время выполнения",
    );
    expect(await o.page.locator("#recheck").isEnabled()).toBe(true);
    expect(await text(o, "h1")).toBe("7 ошибок и 3 предупреждения не менее чем в 5 строках");
  });
});

describe("other reports", () => {
  test("no problems: a clear green state", async () => {
    const o = await show(CLEAN);
    expect(await text(o, "h1")).toBe("Всё в порядке");
    expect(await text(o, ".note")).toBe("Ошибок и предупреждений нет.");
    expect(await text(o, "#scope")).toBe("Проверена 221 строка, новые ID не понадобились");
    expect(await o.page.locator("#kinds, #problems, #more").count()).toBe(0);
    expect(await o.page.locator(".status").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      "rgb(230, 244, 234)",
    );
  });

  test.each([
    [1, 0, 1, "1 ошибка в 1 строке"],
    [2, 1, 2, "2 ошибки и 1 предупреждение в 2 строках"],
    [5, 5, 5, "5 ошибок и 5 предупреждений в 5 строках"],
    [11, 0, 11, "11 ошибок в 11 строках"],
    [0, 21, 21, "21 предупреждение в 21 строке"],
    [22, 3, 24, "22 ошибки и 3 предупреждения в 24 строках"],
  ])("%i errors and %i warnings in %i rows: «%s»", async (errors, warnings, rows, headline) => {
    const o = await show(counted(errors, warnings, rows));
    expect(await text(o, "h1")).toBe(headline);
  });

  test("English", async () => {
    const o = await show({
      ...counted(1, 2, 2, "en"),
      idsAssigned: 1,
      rowsChecked: 1,
      more: 1,
      tabs: [
        { table: "mentors", tab: "Mentors", rows: 1, errors: 1, warnings: 2 },
        { table: "programmes", tab: "Programmes", rows: 3, errors: 0, warnings: 0 },
        { table: "meetings", tab: "Meetings", rows: 0, errors: 0, warnings: 0 },
      ],
    });
    expect(await text(o, "h1")).toBe("1 error and 2 warnings in at least 2 rows");
    expect(await text(o, "#scope")).toBe("1 row checked, 1 new ID given");
    expect(await text(o, "#checked-at")).toMatch(/^Checked at 1 September 2026/);
    expect(await text(o, "#recheck")).toBe("Check again");
    expect(await text(o, "#more")).toBe("1 more problem is not listed here; it is marked in its cell.");
    expect(await texts(o, "#tabs li")).toEqual([
      "Mentors 1 row · 1 error · 2 warnings",
      "Programmes 3 rows · no problems",
      "Meetings no rows yet",
    ]);
    expect(await texts(o, "#problems .group-title")).toEqual(["Mentors (3)"]);
    expect(await text(o, ".hint")).toBe("Click an item to go to its cell in the sheet.");
    expect(await o.page.getAttribute("html", "lang")).toBe("en");
  });

  test("what people typed is shown as text, never as HTML", async () => {
    const typed = "<img src=x onerror=alert(1)>";
    const dialogs: string[] = [];
    const report: CheckReport = {
      ...counted(1, 0, 1),
      problems: [
        problem({
          table: "mentors",
          tab: `Наставники ${typed}`,
          row: 2,
          column: "email",
          columnTitle: `E-mail <b>${typed}</b>`,
          cell: "E2",
          message: `«${typed}» не похоже на адрес электронной почты. </script><script>alert(2)</script>`,
        }),
      ],
    };
    const o = await show(report);
    o.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await o.page.locator(".message").textContent()).toBe(report.problems[0]?.message);
    expect(await o.page.locator(".column").textContent()).toBe(`E-mail <b>${typed}</b>`);
    expect(await text(o, ".group-title")).toBe(`Наставники ${typed} (1)`);
    expect(await o.page.locator("img, b, main script").count()).toBe(0);
    await o.page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  test("a page without readable data says so and can still check", async () => {
    const o = await openPage(tested.html.replace("<?!= data ?>", "{"), (name) =>
      name === "recheckBase" ? CLEAN : null,
    );
    tested.keep(o);
    expect(await text(o, "#alert")).toBe(
      "Не удалось прочитать результаты проверки. Нажмите «Проверить снова».",
    );
    await o.page.click("#recheck");
    await o.page.locator("#alert[hidden]").waitFor({ state: "attached" });
    expect(await text(o, "h1")).toBe("Всё в порядке");
  });
});

test("accessible: a school's problems, one focused, a failure in the alert box, a clean check", async () => {
  const o = await show(SCHOOL, () => {
    throw new Error("Превышено максимальное время выполнения");
  });
  await expectAccessible(o.page, "report: a school's problems");
  await o.page.locator(".problem.clickable").first().focus();
  // A screen reader says how to use the focused problem: its description, inside the page's landmark.
  expect(
    await o.page.evaluate(() => {
      const id = document.activeElement?.getAttribute("aria-describedby") ?? "";
      const hint = document.getElementById(id);
      return [hint?.textContent, hint?.closest("main") !== null];
    }),
  ).toEqual(["Enter — перейти к ячейке", true]);
  await expectAccessible(o.page, "report: a problem focused");
  await o.page.click("#recheck");
  await o.page.locator("#alert:not([hidden])").waitFor();
  await expectAccessible(o.page, "report: a failed check in the alert box");
  const clean = await show(CLEAN);
  await expectAccessible(clean.page, "report: all in order");
});

test("screenshot of the sidebar", async () => {
  const o = await show(SCHOOL);
  await o.page.locator(".problem", { hasText: "F7" }).click();
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
