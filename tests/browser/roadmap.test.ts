import type { RoadmapItemView, RoadmapView } from "../../src/app/roadmap";
import { expectAccessible } from "./a11y";
import { norm, type OpenedPage, pageUnderTest, until } from "./harness";

/** The «План работы» sidebar in Chromium, with a fake server whose answers the tests give. */

const tested = pageUnderTest("src/ui/roadmap");

const FUNCTIONS = ["roadmapOverview", "markRoadmapDone", "goToCell"];

function item(
  id: string,
  row: number,
  number: string,
  section: string,
  measure: string,
  more: Partial<RoadmapItemView>,
): RoadmapItemView {
  return {
    id,
    row,
    number,
    section,
    measure,
    deadline: "",
    responsible: "Смирнова А. В.",
    document: "",
    state: "planned",
    doneDate: "",
    evidence: "",
    auto: false,
    ...more,
  };
}

const NORMS = "Нормативная база";
const PAIRS = "Формирование пар";

/** A school on 25.11.2026: one item done, one overdue, one due in a week, one planned for spring, one undated. */
function view(more: Partial<RoadmapView> = {}): RoadmapView {
  return {
    year: "2026/2027",
    today: "2026-11-25",
    yearFrom: "2026-09-01",
    yearTo: "2027-08-31",
    sheetName: "Дорожная карта",
    items: [
      item("ДК-0001", 2, "1.1", NORMS, "Издать приказ о программе наставничества", {
        deadline: "до 15.09.2026",
        state: "done",
        due: "2026-09-15",
        doneDate: "2026-09-10",
        evidence: "https://school7.example/docs/order",
        auto: true,
      }),
      item("ДК-0002", 3, "1.2", NORMS, "Утвердить положение", {
        deadline: "до 30.10.2026",
        state: "overdue",
        due: "2026-10-30",
      }),
      item("ДК-0003", 4, "2.1", PAIRS, "Сформировать пары", {
        deadline: "до 02.12.2026",
        state: "soon",
        due: "2026-12-02",
      }),
      item("ДК-0004", 5, "2.2", PAIRS, "Итоговая встреча пар", {
        deadline: "май – июнь",
        state: "planned",
        due: "2027-06-30",
        from: "2027-05-01",
      }),
      item("ДК-0005", 6, "2.3", PAIRS, "Обмен опытом", { deadline: "", state: "undated" }),
    ],
    messages: ["На лист «Дорожная карта» внесена дорожная карта на 2026/2027 учебный год (5 пунктов)."],
    problems: [],
    ...more,
  };
}

type Answer = (name: string, args: unknown[]) => unknown;

async function show(data: unknown, answer: Answer = () => null): Promise<OpenedPage> {
  return tested.open(data, answer, { functions: FUNCTIONS });
}

const text = async (o: OpenedPage, selector: string) => norm((await o.page.textContent(selector)) ?? "");
const itemOf = (o: OpenedPage, measure: string) => o.page.locator("li.item", { hasText: measure });

test("the year by section: a timeline each, today marked, overdue red, due soon amber; the summary counts", async () => {
  const o = await show({ locale: "ru", view: view() });
  expect(await text(o, "#heading")).toBe("План работы на 2026/2027 учебный год");
  expect(await text(o, "#as-of")).toBe("сегодня 25.11.2026");
  expect(await text(o, "#status")).toMatch(/внесена дорожная карта/);
  expect(await o.page.locator("#sections section h2").allTextContents()).toEqual([NORMS, PAIRS]);
  expect(await o.page.locator("#summary-list li").allTextContents()).toEqual([
    "5 пунктов",
    "1 просрочен",
    "1 — в ближайшие 14 дней",
    "1 выполнен",
  ]);
  // One mark per dated item, coloured by its state; the period is a bar; the undated item is not drawn.
  const first = o.page.locator("#section-1 svg.timeline");
  expect(await first.locator(".mark").evaluateAll((m) => m.map((x) => x.getAttribute("class")))).toEqual([
    "mark done",
    "mark overdue",
  ]);
  const second = o.page.locator("#section-2 svg.timeline");
  expect(
    await second.locator(".mark").evaluateAll((m) => m.map((x) => `${x.tagName}:${x.getAttribute("class")}`)),
  ).toEqual(["circle:mark soon", "rect:mark planned"]);
  expect(await second.locator("line.today").count()).toBe(1);
  const red = await first.locator(".mark.overdue").evaluate((m) => getComputedStyle(m).fill);
  expect(red).toBe("rgb(197, 34, 31)");
  expect(await first.getAttribute("aria-label")).toBe(
    "Сроки раздела «Нормативная база» на учебный год: выполнено: 1, просрочено: 1",
  );
  // Today sits between the overdue (30.10) and the soon (02.12) marks on the axis.
  const x = async (sel: string) =>
    Number(
      await o.page
        .locator(sel)
        .first()
        .getAttribute(sel.includes("rect") ? "x" : "cx"),
    );
  const today = Number(await second.locator("line.today").getAttribute("x1"));
  expect(await x("#section-1 circle.overdue")).toBeLessThan(today);
  expect(await x("#section-2 circle.soon")).toBeGreaterThan(today);
  // Each item says its state in words, its date and who answers for it; the done one its evidence as a link.
  expect(norm((await itemOf(o, "Утвердить положение").textContent()) ?? "")).toContain(
    "просрочено срок 30.10.2026",
  );
  expect(norm((await itemOf(o, "Итоговая встреча").textContent()) ?? "")).toContain(
    "с 01.05.2027 по 30.06.2027",
  );
  const done = itemOf(o, "Издать приказ");
  expect(norm((await done.textContent()) ?? "")).toContain("выполнено 10.09.2026 · отмечает надстройка");
  expect(await done.locator("a").getAttribute("href")).toBe("https://school7.example/docs/order");
  expect(await done.getByRole("button", { name: /Выполнено/ }).count()).toBe(0);
  await expectAccessible(o.page, "roadmap: a year by section");
});

test("«Выполнено»: the date and link go to markRoadmapDone for that item; the answer's view is drawn", async () => {
  let answered: RoadmapView | null = null;
  const o = await show({ locale: "ru", view: view() }, (name, args) => {
    if (name !== "markRoadmapDone") return null;
    const [id, date, link] = args as [string, string, string];
    const v = view({ messages: [`Пункт 1.2 отмечен выполненным ${date.split("-").reverse().join(".")}.`] });
    answered = {
      ...v,
      items: v.items.map((i) => (i.id === id ? { ...i, state: "done", doneDate: date, evidence: link } : i)),
    };
    return answered;
  });
  const row = itemOf(o, "Утвердить положение");
  await row.getByRole("button", { name: "Выполнено: пункт 1.2" }).click();
  const form = o.page.getByRole("form", { name: "Выполнено: пункт 1.2" });
  expect(await form.getByLabel("Дата выполнения").inputValue()).toBe("2026-11-25");
  await expectAccessible(o.page, "roadmap: the «Выполнено» form open");
  // A link that is no http(s) is refused on the page; nothing is sent.
  await form.getByLabel(/Ссылка на подтверждение/).fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Отметить" }).click();
  expect(await text(o, "#alert")).toMatch(/http:\/\/ или https:\/\//);
  expect(o.calls.filter((c) => c.name === "markRoadmapDone")).toEqual([]);
  await form.getByLabel("Дата выполнения").fill("2026-11-20");
  await form.getByLabel(/Ссылка на подтверждение/).fill("https://school7.example/news/12");
  await form.getByRole("button", { name: "Отметить" }).click();
  await until(() => answered !== null, "the answer");
  await o.page.locator("#status", { hasText: "отмечен выполненным 20.11.2026" }).waitFor();
  expect(o.calls.filter((c) => c.name === "markRoadmapDone").map((c) => c.args)).toEqual([
    ["ДК-0002", "2026-11-20", "https://school7.example/news/12"],
  ]);
  expect(norm((await itemOf(o, "Утвердить положение").textContent()) ?? "")).toContain(
    "выполнено 20.11.2026",
  );
  expect(await text(o, "#alert")).toBe("");
  expect(await o.page.locator("#alert").isHidden()).toBe(true);
});

test("a refusal from the server shows in the alert box; «Строка N» selects the row; «Обновить» redraws", async () => {
  const o = await show({ locale: "ru", view: view() }, (name) => {
    if (name === "markRoadmapDone") throw new Error("Пункт ДК-0003 не найден на листе «Дорожная карта».");
    if (name === "roadmapOverview") return view({ messages: [], items: view().items.slice(0, 2) });
    return null;
  });
  const row = itemOf(o, "Сформировать пары");
  await row.getByRole("button", { name: "Выполнено: пункт 2.1" }).click();
  await o.page.getByRole("button", { name: "Отметить" }).click();
  await o.page.locator("#alert", { hasText: "не найден" }).waitFor();
  await row.getByRole("button", { name: "Строка 4 листа «Дорожная карта»" }).click();
  await until(() => o.calls.some((c) => c.name === "goToCell"), "goToCell");
  expect(o.calls.find((c) => c.name === "goToCell")!.args).toEqual(["roadmap", 4, "measure"]);
  await o.page.getByRole("button", { name: "Обновить" }).click();
  await o.page.locator("#status", { hasText: "План обновлён." }).waitFor();
  expect(await o.page.locator("li.item").count()).toBe(2);
  await expectAccessible(o.page, "roadmap: after a refusal");
});

test("hostile text from the sheet stays text; unreadable deadlines are listed; English", async () => {
  const evil = "<img src=x onerror=\"document.title='owned'\"><script>document.title='owned'</script>";
  const v = view({
    items: [
      item("ДК-0001", 2, evil, evil, evil, {
        deadline: evil,
        responsible: evil,
        document: evil,
        evidence: "javascript:alert(1)",
        state: "undated",
      }),
    ],
    messages: [evil],
    problems: [`“Roadmap” tab, row 2, column “Deadline”: ${evil}`],
  });
  const o = await show({ locale: "en", view: v });
  expect(await o.page.locator("img").count()).toBe(0);
  expect(await o.page.locator("main script").count()).toBe(0);
  expect(await o.page.title()).toBe("Plan of work");
  expect(await text(o, "#problems-list")).toContain(evil);
  expect(await o.page.locator("li.item a").count()).toBe(0);
  expect(norm((await o.page.locator("li.item").textContent()) ?? "")).toContain(
    `Evidence: javascript:alert(1)`,
  );
  expect(await text(o, "#heading")).toBe("Plan of work for 2026/2027");
  expect(await o.page.getByRole("button", { name: `Done: item ${evil}`, exact: true }).count()).toBe(1);
  await expectAccessible(o.page, "roadmap: hostile text, English");
});

test("data that cannot be read: the page says so; no items on the tab: the page says how to add them", async () => {
  const broken = await show({ locale: "ru", view: { items: "nope" } });
  expect(await text(broken, "#alert")).toMatch(/Панель открыта без данных/);
  const none = await show({ locale: "ru", view: view({ items: [], messages: [] }) });
  expect(await text(none, "#empty")).toBe(
    "На листе «Дорожная карта» нет пунктов. Добавьте строки на лист и нажмите «Обновить».",
  );
  expect(await none.page.locator("#summary").isHidden()).toBe(true);
  await expectAccessible(none.page, "roadmap: an empty tab");
});
