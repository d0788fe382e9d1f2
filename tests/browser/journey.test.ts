import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Locator } from "playwright-core";
import type { JourneyPairView, JourneyView } from "../../src/domain/journey";
import { expectAccessible } from "./a11y";
import {
  button,
  type Deferred,
  norm,
  type OpenedPage,
  openPage,
  pageUnderTest,
  read,
  until,
  untilText,
  waitingServer,
} from "./harness";

/** The «Ход работы пар» sidebar in Chromium, with a fake server whose answers the tests hand out. */

const SCREENSHOT = "out/screenshots/journey.png";

const tested = pageUnderTest("src/ui/journey");

const FUNCTIONS = ["goToCell", "refreshJourneys", "completePairs"];

type Shown = OpenedPage & { answer(name: string): Promise<Deferred> };

/** The page with its data; every server call waits until the test settles it (`answer(name)`). */
async function showData(data: unknown): Promise<Shown> {
  const server = waitingServer();
  const o = await tested.open(data, server.handler, { functions: FUNCTIONS });
  return { ...o, answer: server.answer };
}

const show = (view: JourneyView) => showData({ view });

const texts = async (locator: Locator) => (await locator.allInnerTexts()).map(norm);
/** The pair ids shown, in order. */
const shownIds = (o: OpenedPage) => texts(o.page.locator("#list .pair-head"));
const focused = (o: OpenedPage) =>
  o.page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    return a ? `${a.tagName.toLowerCase()}#${a.id}` : "";
  });

// ---- a school's pairs -----------------------------------------------------------------------------------------

function pair(
  pairId: string,
  row: number,
  mentor: string,
  mentee: string,
  more: Partial<JourneyPairView>,
): JourneyPairView {
  return {
    pairId,
    mentor,
    mentee,
    row,
    stage: "",
    count: 0,
    last: "",
    health: "on_track",
    healthLabel: "в норме",
    reasons: [],
    open: true,
    ...more,
  };
}

const QUIET = "нет встреч 4 нед. (последняя — 14.12.2026)";
const NO_PLANNING = "нет встречи-планирования через месяц после начала (срок — 01.01.2027)";
const NEVER = "ни одной встречи за 6 нед. с начала (01.12.2026)";

const PAIRS: JourneyPairView[] = [
  pair("П-0001", 2, "Соколова Марина Ивановна", "Лебедев Артём", {
    stage: "совместная работа",
    count: 5,
    last: "08.01.2027",
  }),
  pair("П-0002", 3, "Орлов Пётр Сергеевич", "Ким Виктор", {
    stage: "встреча-знакомство",
    count: 1,
    last: "14.12.2026",
    health: "attention",
    healthLabel: "требует внимания",
    reasons: [QUIET, NO_PLANNING],
  }),
  pair("П-0003", 4, "Орлов Пётр Сергеевич", "Петрова Анна", {
    health: "attention",
    healthLabel: "требует внимания",
    reasons: [NEVER, NO_PLANNING],
  }),
  pair("П-0004", 5, "Белова Ольга", "Захаров Илья", {
    stage: "встреча-знакомство",
    count: 1,
    last: "11.01.2027",
    health: "too_early",
    healthLabel: "рано судить",
  }),
  pair("П-0005", 6, "Соколова Марина Ивановна", "Фомина Дарья", {
    stage: "встреча-планирование",
    count: 3,
    last: "06.01.2027",
  }),
  pair("П-0006", 7, "Белова Ольга", "Гусев Максим", {
    stage: "итоговая встреча",
    count: 8,
    last: "20.12.2026",
    health: "not_judged",
    healthLabel: "не оценивается",
    reasons: ["статус «завершена»"],
    open: false,
  }),
];

const MESSAGE =
  "Ход работы 6 пар на 12.01.2027: требуют внимания — 2, в норме — 2, рано судить — 1, не оцениваются — 1. Столбцы «Текущий этап», «Встреч» и «Последняя встреча» на листе «Пары и группы» обновлены.";

const SCHOOL: JourneyView = {
  locale: "ru",
  date: "12.01.2027",
  quietWeeks: 3,
  pairs: PAIRS,
  counts: { attention: 2, on_track: 2, too_early: 1, not_judged: 1 },
  message: MESSAGE,
  leftOut: [],
};

// ---- tests ----------------------------------------------------------------------------------------------------

describe("what the sidebar shows", () => {
  test("the date and setting, each pair with its names, stage, meetings, health and reasons", async () => {
    const o = await show(SCHOOL);
    expect(await o.page.title()).toBe("Ход работы пар");
    expect(await o.page.getAttribute("html", "lang")).toBe("ru");
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Ход работы пар");
    expect(await read(o.page.locator("#as-of"))).toBe(
      "на 12.01.2027; без встреч 3 нед. и дольше — требует внимания (лист «Настройки»)",
    );
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await read(o.page.getByRole("status"))).toBe(MESSAGE);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(await o.page.locator("#empty").isVisible()).toBe(false);
    expect(await o.page.locator("#left-out").isVisible()).toBe(false);

    const items = o.page
      .getByRole("region", { name: "Пары" })
      .getByRole("listitem")
      .filter({
        has: o.page.locator(".pair-head"),
      });
    expect(await items.count()).toBe(6);
    expect(await shownIds(o)).toEqual(PAIRS.map((p) => p.pairId));

    const first = items.nth(0);
    expect(await read(first.locator(".pair-names"))).toBe("Соколова Марина Ивановна — Лебедев Артём");
    expect(await read(first.locator(".pair-facts"))).toBe(
      "Этап: совместная работа, 5 встреч, последняя 08.01.2027",
    );
    // The word «Состояние» is for screen readers; the badge shows the health.
    expect(await read(first.locator(".health"))).toBe("Состояние: в норме");
    expect(await first.locator(".health .sr-only").textContent()).toBe("Состояние: ");
    expect(await first.locator(".reasons").count()).toBe(0);

    const quiet = items.nth(1);
    expect(await read(quiet.locator(".pair-facts"))).toBe(
      "Этап: встреча-знакомство, 1 встреча, последняя 14.12.2026",
    );
    expect(await read(quiet.locator(".health"))).toBe("Состояние: требует внимания");
    expect(await texts(quiet.locator(".reasons li"))).toEqual([QUIET, NO_PLANNING]);

    // No meeting at all: no stage, «0 встреч», no last date.
    const never = items.nth(2);
    expect(await read(never.locator(".pair-facts"))).toBe("Этап не указан, 0 встреч");
    expect(await texts(never.locator(".reasons li"))).toEqual([NEVER, NO_PLANNING]);

    expect(await read(items.nth(3).locator(".pair-facts"))).toBe(
      "Этап: встреча-знакомство, 1 встреча, последняя 11.01.2027",
    );
    expect(await read(items.nth(4).locator(".pair-facts"))).toBe(
      "Этап: встреча-планирование, 3 встречи, последняя 06.01.2027",
    );
    expect(await texts(o.page.locator("#list .health"))).toEqual(
      PAIRS.map((p) => `Состояние: ${p.healthLabel}`),
    );
    expect(await texts(items.nth(5).locator(".reasons li"))).toEqual(["статус «завершена»"]);

    // The attention badge stands out; the others do not.
    const bg = (i: number) =>
      items
        .nth(i)
        .locator(".health")
        .evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await bg(1)).not.toBe(await bg(0));
    expect(await bg(0)).toBe(await bg(3));
    // «К строке» stands on its own line under the badge, with reasons or without.
    const below = (i: number) =>
      items.nth(i).evaluate((li) => {
        const badge = li.querySelector(".health")!.getBoundingClientRect();
        return li.querySelector(".go")!.getBoundingClientRect().top >= badge.bottom;
      });
    expect([await below(0), await below(1)]).toEqual([true, true]);
    expect(o.calls).toEqual([]);
  });

  test("rows the check left out are listed; no pairs at all says how to get some", async () => {
    const left = [
      "Лист «Встречи», строка 9: Нет пары П-0042 на листе «Пары и группы». Строка не учтена; исправьте её («Проверить базу» отметит ячейку).",
    ];
    const o = await show({ ...SCHOOL, leftOut: left });
    const section = o.page.getByRole("region", { name: "Не учтено" });
    expect(await section.isVisible()).toBe(true);
    expect(await texts(section.getByRole("listitem"))).toEqual(left);

    const none = await show({
      ...SCHOOL,
      pairs: [],
      counts: { attention: 0, on_track: 0, too_early: 0, not_judged: 0 },
    });
    expect(await none.page.locator("#list li").count()).toBe(0);
    expect(await read(none.page.locator("#empty"))).toBe(
      "На листе «Пары и группы» пока нет пар. Утвердите пары на панели «Пары».",
    );
    expect(await none.page.locator("#left-out").isVisible()).toBe(false);
  });

  test("a malformed view is refused with the alert, and nothing is rendered from it", async () => {
    const broken: unknown[] = [
      { view: { ...SCHOOL, pairs: [{ pairId: "П-0001" }] } },
      { view: { ...SCHOOL, pairs: [{ ...PAIRS[0], health: "great" }] } },
      { view: { ...SCHOOL, pairs: [{ ...PAIRS[0], reasons: [1] }] } },
      { view: { ...SCHOOL, counts: { attention: 1 } } },
      { view: { ...SCHOOL, quietWeeks: "3" } },
      { report: SCHOOL },
      "no view",
    ];
    for (const data of broken) {
      const o = await showData(data);
      await untilText(
        o.page.getByRole("alert"),
        "Панель не получила данных. Закройте её и выберите «Ход работы пар» в меню ещё раз.",
      );
      expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Ход работы пар");
      expect(await o.page.locator("#list li").count()).toBe(0);
      expect(await o.page.locator("#filters input").count()).toBe(0);
      expect(await o.page.getByRole("status").textContent()).toBe("");
    }
    // Unparseable JSON in the data element: the same.
    const raw = await openPage(
      tested.html.replace("<!-- build:data -->", '<script type="application/json" id="data">{oops</script>'),
      () => undefined,
      { functions: FUNCTIONS },
    );
    tested.keep(raw);
    await untilText(
      raw.page.getByRole("alert"),
      "Панель не получила данных. Закройте её и выберите «Ход работы пар» в меню ещё раз.",
    );
  });
});

describe("the filters", () => {
  test("all / требуют внимания / в норме / рано судить, each with its count, show the right pairs", async () => {
    const o = await show(SCHOOL);
    const group = o.page.getByRole("group", { name: "Показать" });
    expect(await texts(group.locator("label"))).toEqual([
      "все (6)",
      "требуют внимания (2)",
      "в норме (2)",
      "рано судить (1)",
    ]);
    expect(await group.getByRole("radio", { name: "все (6)" }).isChecked()).toBe(true);

    await group.getByRole("radio", { name: "требуют внимания (2)" }).check();
    expect(await shownIds(o)).toEqual(["П-0002", "П-0003"]);
    await group.getByRole("radio", { name: "в норме (2)" }).check();
    expect(await shownIds(o)).toEqual(["П-0001", "П-0005"]);
    await group.getByRole("radio", { name: "рано судить (1)" }).check();
    expect(await shownIds(o)).toEqual(["П-0004"]);
    // «не оценивается» has no filter of its own: only under «все».
    await group.getByRole("radio", { name: "все (6)" }).check();
    expect(await shownIds(o)).toEqual(PAIRS.map((p) => p.pairId));
    expect(await o.page.locator("#empty").isVisible()).toBe(false);
  });

  test("an empty filter says so", async () => {
    const o = await show({
      ...SCHOOL,
      pairs: PAIRS.filter((p) => p.health !== "too_early"),
      counts: { ...SCHOOL.counts, too_early: 0 },
    });
    await o.page.getByRole("radio", { name: "рано судить (0)" }).check();
    expect(await o.page.locator("#list li").count()).toBe(0);
    expect(await read(o.page.locator("#empty"))).toBe("Таких пар нет.");
    await o.page.getByRole("radio", { name: "все (5)" }).check();
    expect(await o.page.locator("#empty").isVisible()).toBe(false);
  });

  test("keyboard: Tab reaches the group, arrows move through the filters, Tab goes on to the pairs", async () => {
    const o = await show(SCHOOL);
    await o.page.locator("#refresh").focus();
    await o.page.keyboard.press("Tab");
    expect(await focused(o)).toBe("input#filter-all");
    await o.page.keyboard.press("ArrowDown");
    expect(await focused(o)).toBe("input#filter-attention");
    expect(await o.page.locator("#filter-attention").isChecked()).toBe(true);
    expect(await shownIds(o)).toEqual(["П-0002", "П-0003"]);
    await o.page.keyboard.press("ArrowDown");
    expect(await shownIds(o)).toEqual(["П-0001", "П-0005"]);
    await o.page.keyboard.press("ArrowDown");
    expect(await shownIds(o)).toEqual(["П-0004"]);
    await o.page.keyboard.press("ArrowUp");
    expect(await focused(o)).toBe("input#filter-on_track");
    expect(await shownIds(o)).toEqual(["П-0001", "П-0005"]);
    // Out of the group: the first shown pair's button, and Enter presses it.
    await o.page.keyboard.press("Tab");
    expect(await o.page.evaluate(() => document.activeElement?.textContent)).toBe("К строке 2");
    await o.page.keyboard.press("Enter");
    await until(() => o.calls.length === 1, "goToCell");
    expect(o.calls[0]).toEqual({ name: "goToCell", args: ["pairs", 2, "id"] });
  });
});

describe("the buttons", () => {
  test("«К строке N» selects the pair's row of «Пары и группы»", async () => {
    const o = await show(SCHOOL);
    const go = o.page.getByRole("button", { name: "Пара П-0003: к строке 4 листа «Пары и группы»" });
    expect(await read(go)).toBe("К строке 4");
    await go.click();
    (await o.answer("goToCell")).resolve(undefined);
    expect(o.calls).toEqual([{ name: "goToCell", args: ["pairs", 4, "id"] }]);

    // Under a filter, the buttons are those of the pairs shown.
    await o.page.getByRole("radio", { name: "рано судить (1)" }).check();
    await button(o, "Пара П-0004: к строке 5 листа «Пары и группы»").click();
    (await o.answer("goToCell")).resolve(undefined);
    expect(o.calls.at(-1)).toEqual({ name: "goToCell", args: ["pairs", 5, "id"] });
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);

    // A failure shows in the alert.
    await button(o, "Пара П-0004: к строке 5 листа «Пары и группы»").click();
    (await o.answer("goToCell")).reject(new Error("Лист «Пары и группы» не найден."));
    await untilText(o.page.getByRole("alert"), "Лист «Пары и группы» не найден.");
  });

  test("«Обновить» calls refreshJourneys, is busy meanwhile, then renders the new view under the same filter", async () => {
    const o = await show(SCHOOL);
    await o.page.getByRole("radio", { name: "требуют внимания (2)" }).check();
    await button(o, "Обновить").click();
    const call = await o.answer("refreshJourneys");
    expect(o.calls).toEqual([{ name: "refreshJourneys", args: [] }]);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");
    expect(await read(o.page.locator("#refresh"))).toBe("Обновляю…");
    expect(await o.page.locator("#refresh").isDisabled()).toBe(true);
    expect(await read(o.page.getByRole("status"))).toBe("Обновляю…");
    await o.page.locator("#refresh").click({ force: true });
    expect(o.calls.length).toBe(1);

    // П-0002 had its planning meeting meanwhile: on track now.
    const newMessage = "Ход работы 6 пар на 13.01.2027: требуют внимания — 1 …";
    const next: JourneyView = {
      ...SCHOOL,
      date: "13.01.2027",
      quietWeeks: 2,
      pairs: PAIRS.map((p) =>
        p.pairId === "П-0002"
          ? {
              ...p,
              stage: "встреча-планирование",
              count: 2,
              last: "13.01.2027",
              health: "on_track",
              healthLabel: "в норме",
              reasons: [],
            }
          : p,
      ),
      counts: { attention: 1, on_track: 3, too_early: 1, not_judged: 1 },
      message: newMessage,
    };
    call.resolve(next);
    await untilText(o.page.getByRole("status"), newMessage);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await read(o.page.locator("#refresh"))).toBe("Обновить");
    expect(await o.page.locator("#refresh").isEnabled()).toBe(true);
    expect(await focused(o)).toBe("button#refresh");
    expect(await read(o.page.locator("#as-of"))).toBe(
      "на 13.01.2027; без встреч 2 нед. и дольше — требует внимания (лист «Настройки»)",
    );
    expect(await o.page.getByRole("radio", { name: "требуют внимания (1)" }).isChecked()).toBe(true);
    expect(await shownIds(o)).toEqual(["П-0003"]);
    await o.page.getByRole("radio", { name: "в норме (3)" }).check();
    expect(await shownIds(o)).toEqual(["П-0001", "П-0002", "П-0005"]);
    expect(await read(o.page.locator("#list .pair").nth(1).locator(".pair-facts"))).toBe(
      "Этап: встреча-планирование, 2 встречи, последняя 13.01.2027",
    );
  });

  test("a failed or malformed refresh keeps the pairs and says so in the alert", async () => {
    const o = await show(SCHOOL);
    await button(o, "Обновить").click();
    (await o.answer("refreshJourneys")).reject(
      new Error("Лист «Встречи» не найден: выберите «Создать / обновить базу»."),
    );
    await untilText(
      o.page.getByRole("alert"),
      "Лист «Встречи» не найден: выберите «Создать / обновить базу».",
    );
    expect(await o.page.getByRole("status").textContent()).toBe("");
    expect(await shownIds(o)).toEqual(PAIRS.map((p) => p.pairId));
    expect(await o.page.locator("#refresh").isEnabled()).toBe(true);

    await button(o, "Обновить").click();
    // The alert is cleared while the call runs.
    const call = await o.answer("refreshJourneys");
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    call.resolve({ ...SCHOOL, pairs: "none" });
    await untilText(o.page.getByRole("alert"), "Надстройка ответила неожиданно. Попробуйте ещё раз.");
    expect(await shownIds(o)).toEqual(PAIRS.map((p) => p.pairId));
    expect(await read(o.page.locator("#as-of"))).toContain("на 12.01.2027");
  });
});

test("English", async () => {
  const en: JourneyView = {
    ...SCHOOL,
    locale: "en",
    pairs: [
      pair("П-0002", 3, "Орлов Пётр Сергеевич", "Ким Виктор", {
        stage: "introductory meeting",
        count: 1,
        last: "14.12.2026",
        health: "attention",
        healthLabel: "needs attention",
        reasons: ["no meeting for 4 weeks (the last on 14.12.2026)"],
      }),
      pair("П-0004", 5, "Белова Ольга", "Захаров Илья", {
        health: "too_early",
        healthLabel: "too early to tell",
      }),
    ],
    counts: { attention: 1, on_track: 0, too_early: 1, not_judged: 0 },
    message: "Progress of 2 pairs on 12.01.2027.",
    leftOut: ["Tab “Meetings”, row 9: no such pair."],
  };
  const o = await show(en);
  expect(await o.page.title()).toBe("Pairs' progress");
  expect(await o.page.getAttribute("html", "lang")).toBe("en");
  expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Pairs' progress");
  expect(await read(o.page.locator("#as-of"))).toBe(
    "as of 12.01.2027; no meeting for 3 weeks or more needs attention (Settings tab)",
  );
  expect(await texts(o.page.getByRole("group", { name: "Show" }).locator("label"))).toEqual([
    "all (2)",
    "need attention (1)",
    "on track (0)",
    "too early to tell (1)",
  ]);
  expect(await texts(o.page.locator("#list .pair-facts"))).toEqual([
    "Stage: introductory meeting, 1 meeting, last on 14.12.2026",
    "No stage yet, 0 meetings",
  ]);
  expect(await o.page.locator("#list .health").first().textContent()).toBe("Health: needs attention");
  expect(await read(o.page.locator("#pairs-title"))).toBe("PAIRS");
  expect(await o.page.getByRole("region", { name: "Not counted" }).isVisible()).toBe(true);
  await o.page.getByRole("radio", { name: "on track (0)" }).check();
  expect(await read(o.page.locator("#empty"))).toBe("No such pairs.");
  await o.page.getByRole("radio", { name: "all (2)" }).check();
  expect(await read(button(o, "Pair П-0002: to row 3 of the Pairs tab"))).toBe("To row 3");
  await button(o, "Refresh").click();
  expect(await read(o.page.locator("#refresh"))).toBe("Refreshing…");
  (await o.answer("refreshJourneys")).resolve(en);
  await untilText(o.page.getByRole("status"), "Progress of 2 pairs on 12.01.2027.");

  const broken = await showData({ view: { ...en, pairs: null } });
  await untilText(
    broken.page.getByRole("alert"),
    "The panel received no data. Close it and choose “Pairs' progress” in the menu again.",
  );
});

test("data is shown as text: no HTML from names, stages, reasons, labels or messages", async () => {
  const evil = "<img src=x onerror=alert(1)>";
  const dialogs: string[] = [];
  const view: JourneyView = {
    ...SCHOOL,
    pairs: [
      pair(`<b>${evil}</b>`, 2, `Иванова ${evil}`, `<script>alert(2)</script>`, {
        stage: `<i>${evil}</i>`,
        count: 1,
        last: evil,
        health: "attention",
        healthLabel: `<u>${evil}</u>`,
        reasons: [evil],
      }),
    ],
    counts: { attention: 1, on_track: 0, too_early: 0, not_judged: 0 },
    message: `${evil} готово`,
    leftOut: [`<b>${evil}</b>`],
  };
  const o = await show(view);
  o.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const item = o.page.locator("#list .pair");
  expect(await read(item.locator(".pair-head"))).toBe(`<b>${evil}</b>`);
  expect(await read(item.locator(".pair-names"))).toBe(`Иванова ${evil} — <script>alert(2)</script>`);
  expect(await read(item.locator(".pair-facts"))).toBe(`Этап: <i>${evil}</i>, 1 встреча, последняя ${evil}`);
  expect(await read(item.locator(".health"))).toBe(`Состояние: <u>${evil}</u>`);
  expect(await texts(item.locator(".reasons li"))).toEqual([evil]);
  expect(await texts(o.page.locator("#left-out-list li"))).toEqual([`<b>${evil}</b>`]);
  expect(await read(o.page.getByRole("status"))).toBe(`${evil} готово`);
  expect(await item.locator("button.go").getAttribute("aria-label")).toBe(
    `Пара <b>${evil}</b>: к строке 2 листа «Пары и группы»`,
  );
  expect(await o.page.locator("main img, main b, main i, main u, main script").count()).toBe(0);

  await button(o, "Обновить").click();
  (await o.answer("refreshJourneys")).reject(new Error(`Ошибка: ${evil}`));
  await untilText(o.page.getByRole("alert"), `Ошибка: ${evil}`);
  expect(await o.page.locator("main img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

describe("«Завершить…»", () => {
  const complete = (o: Shown, pair: string) => o.page.getByRole("button", { name: `Завершить пару ${pair}` });

  test("only open pairs offer it; the form sends the pair, the outcome and the texts, then refreshes", async () => {
    const o = await show(SCHOOL);
    expect(await o.page.locator("#list .complete").count()).toBe(5);
    expect(await complete(o, "П-0006").count()).toBe(0);
    await complete(o, "П-0002").click();
    const form = o.page.getByRole("form", { name: "Завершить пару П-0002" });
    expect(await form.getByLabel("Дата окончания").inputValue()).toBe("2027-01-12");
    // The reason shows only for «расторгнута», and is required then.
    expect(await form.getByLabel("Причина расторжения (обязательно)").isVisible()).toBe(false);
    await form.getByRole("radio", { name: "расторгнута" }).check();
    await form.getByRole("button", { name: "Завершить" }).click();
    await untilText(
      o.page.getByRole("alert"),
      "Укажите причину расторжения: без неё пара не будет расторгнута.",
    );
    expect(o.calls).toEqual([]);
    await form.getByLabel("Причина расторжения (обязательно)").fill("переезд семьи");
    await form.getByLabel("Результат", { exact: true }).selectOption("partly");
    await form.getByLabel("Пояснение к результату").fill("два открытых урока");
    await form.getByLabel("Рефлексия наставника").fill("Работали ровно");
    await form.getByLabel("Рефлексия наставляемого").fill("Было полезно");
    await form.getByRole("button", { name: "Завершить" }).click();
    const call = await o.answer("completePairs");
    expect(o.calls).toEqual([
      {
        name: "completePairs",
        args: [
          ["П-0002"],
          {
            endDate: "2027-01-12",
            outcome: "terminated",
            result: "partly",
            note: "два открытых урока",
            mentorReflection: "Работали ровно",
            menteeReflection: "Было полезно",
            reason: "переезд семьи",
          },
        ],
      },
    ]);
    await expectAccessible(o.page, "journey: the completion form, sending");
    call.resolve({ closed: 1, already: 0, surveys: [], message: "Пар закрыто: 1.\nАнкеты: отправлено 2." });
    (await o.answer("refreshJourneys")).resolve(SCHOOL);
    await o.page.getByRole("status").filter({ hasText: "Пар закрыто: 1." }).waitFor();
    expect(await o.page.locator("form").count()).toBe(0);
  });

  test("a refusal shows in the alert and the form stays; «Отмена» closes it", async () => {
    const o = await show(SCHOOL);
    await complete(o, "П-0001").click();
    const form = o.page.getByRole("form", { name: "Завершить пару П-0001" });
    await expectAccessible(o.page, "journey: the completion form");
    await form.getByRole("button", { name: "Завершить" }).click();
    (await o.answer("completePairs")).reject(
      new Error("На листе «Пары и группы» нет пары П-0001: проверьте столбец «ID»."),
    );
    await untilText(
      o.page.getByRole("alert"),
      "На листе «Пары и группы» нет пары П-0001: проверьте столбец «ID».",
    );
    expect(await form.isVisible()).toBe(true);
    await form.getByRole("button", { name: "Отмена" }).click();
    expect(await o.page.locator("form").count()).toBe(0);
    expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Завершить пару П-0001",
    );
  });
});

test("accessible: the pairs, a filter, busy, a failure, no pairs, unreadable data; English", async () => {
  const o = await show({ ...SCHOOL, leftOut: ["Лист «Встречи», строка 9: нет такой пары."] });
  await expectAccessible(o.page, "journey: a school's pairs");
  await o.page.getByRole("radio", { name: "требуют внимания (2)" }).check();
  await expectAccessible(o.page, "journey: the pairs that need attention");
  await o.page.getByRole("radio", { name: "рано судить (1)" }).focus();
  await expectAccessible(o.page, "journey: a filter focused");
  await button(o, "Обновить").click();
  const call = await o.answer("refreshJourneys");
  await expectAccessible(o.page, "journey: refreshing");
  call.reject(new Error("Не удалось прочитать лист «Встречи»."));
  await o.page.getByRole("alert").filter({ hasText: "Встречи" }).waitFor();
  await expectAccessible(o.page, "journey: a failure in the alert box");
  const none = await show({
    ...SCHOOL,
    pairs: [],
    counts: { attention: 0, on_track: 0, too_early: 0, not_judged: 0 },
  });
  await expectAccessible(none.page, "journey: no pairs");
  const broken = await showData({ view: { ...SCHOOL, pairs: [{ pairId: "П-0001" }] } });
  await broken.page.getByRole("alert").waitFor();
  await expectAccessible(broken.page, "journey: unreadable data");
  const en = await show({ ...SCHOOL, locale: "en" });
  await expectAccessible(en.page, "journey: English");
});

test("screenshot of the sidebar", async () => {
  const o = await show(SCHOOL);
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
