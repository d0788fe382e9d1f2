import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Locator } from "playwright-core";
import type { KpiIndicator } from "../../src/domain/enums";
import type { KpiHistoryPoint, KpiIndicatorView, KpiView } from "../../src/domain/kpiView";
import { expectAccessible } from "./a11y";
import {
  button,
  content,
  type Deferred,
  norm,
  type OpenedPage,
  openPage,
  pageUnderTest,
  read,
  untilText,
  type WaitingServer,
  waitingServer,
} from "./harness";

/** The «Показатели» dashboard sidebar in Chromium, with a fake server whose answers the tests hand out. */

const SCREENSHOT = "out/screenshots/kpi.png";

const tested = pageUnderTest("src/ui/kpi");

const FUNCTIONS = ["computeIndicators", "takeKpiSnapshot"];

type Shown = OpenedPage & { server: WaitingServer; answer(name: string): Promise<Deferred> };

/** The page with its data; every server call waits until the test settles it (`answer(name)`). */
async function showData(data: unknown): Promise<Shown> {
  const server = waitingServer();
  const o = await tested.open(data, server.handler, { functions: FUNCTIONS });
  return { ...o, server, answer: server.answer };
}

const show = (view: KpiView) => showData({ view });

const texts = async (locator: Locator) => (await locator.allInnerTexts()).map(norm);
/** The card of an indicator, by its key. */
const card = (o: OpenedPage, key: KpiIndicator) => o.page.locator(`#cards .kpi[data-key="${key}"]`);
const label = async (locator: Locator) => norm((await locator.getAttribute("aria-label")) ?? "");
const focused = (o: OpenedPage) => o.page.evaluate(() => document.activeElement?.id ?? "");

// ---- a school's indicators ----------------------------------------------------------------------------------

const STATUS_LABEL = { reached: "достигнут", notYet: "пока нет", noData: "нет данных" } as const;

const percentOf = (n: number | null, d: number | null) =>
  n === null || d === null || d <= 0 ? null : Math.round((n * 1000) / d) / 10;

/** An indicator as the server computes it: percent, status and label from the figures. */
function indicator(
  key: KpiIndicator,
  title: string,
  formula: string,
  numerator: number | null,
  denominator: number | null,
  target: number | null,
  more: Partial<KpiIndicatorView> = {},
): KpiIndicatorView {
  const percent = percentOf(numerator, denominator);
  const direction = more.direction ?? "up";
  const status =
    percent === null || target === null
      ? "noData"
      : (direction === "down" ? percent <= target : percent >= target)
        ? "reached"
        : "notYet";
  const ids = (prefix: string, n: number | null) =>
    Array.from({ length: n ?? 0 }, (_, i) => `${prefix}-${String(i + 1).padStart(4, "0")}`);
  return {
    key,
    title,
    formula,
    numerator,
    denominator,
    percent,
    target,
    status,
    statusLabel: STATUS_LABEL[status],
    direction,
    note: "",
    basis: ids(key.startsWith("satisfactionMentors") ? "НК" : "НЯ", numerator),
    denominatorFrom: "",
    beside: [],
    ...more,
  } as KpiIndicatorView;
}

const PARTNER_NOTE =
  "Нет данных: укажите на листе «Цели показателей» в столбце «Всего в организации», со сколькими организациями-партнёрами работает программа в 2026/2027 учебном году.";

const INDICATORS: KpiIndicatorView[] = [
  indicator(
    "youngInProgrammes",
    "Доля молодых специалистов, вошедших в программы наставничества в роли наставляемых",
    "число молодых специалистов, бывших наставляемыми в парах за учебный год / число молодых специалистов, работающих в организации в этом году × 100",
    12,
    40,
    25,
  ),
  indicator(
    "leftProfession",
    "Доля педагогов-наставляемых, оставивших профессию за время наставничества",
    "число наставляемых-педагогов в парах за учебный год со статусом «выбыл» / число наставляемых-педагогов в парах за этот год × 100; чем меньше, тем лучше",
    1,
    20,
    10,
    { direction: "down" },
  ),
  indicator(
    "levelRose",
    "Доля молодых педагогов, у которых вырос профессиональный уровень",
    "число молодых специалистов, у которых итоговый мониторинг выше входного / число молодых специалистов с обоими мониторингами × 100",
    18,
    24,
    70,
  ),
  indicator(
    "contests",
    "Доля педагогов, участвовавших в конкурсах профессионального мастерства",
    "число педагогов в парах с отметкой «Участие в конкурсах» / число педагогов в парах за этот год × 100",
    5,
    11,
    50,
  ),
  indicator(
    "contestsYoung",
    "Доля молодых специалистов, участвовавших в конкурсах профессионального мастерства",
    "число молодых специалистов в парах с отметкой «Участие в конкурсах» / число молодых специалистов в парах × 100",
    3,
    12,
    null,
  ),
  indicator(
    "satisfactionMentees",
    "Уровень удовлетворённости наставляемых участием в программах наставничества",
    "число наставляемых, оценивших участие не ниже 7 из 10 / число наставляемых, ответивших на анкету × 100",
    34,
    40,
    80,
  ),
  indicator(
    "satisfactionMentors",
    "Уровень удовлетворённости наставников участием в программах наставничества",
    "число наставников, оценивших участие не ниже 7 из 10 / число наставников, ответивших на анкету × 100",
    9,
    10,
    90,
  ),
  indicator(
    "partnerOrganisations",
    "Доля организаций-партнёров, предоставивших своих наставников",
    "число разных сторонних организаций, чьи сотрудники были наставниками / число организаций-партнёров в этом году × 100",
    2,
    null,
    30,
    { note: PARTNER_NOTE, basis: ["ГБОУ Лицей № 239", "ООО «Технопарк»"] },
  ),
  indicator(
    "pairsCompleted",
    "Доля пар, завершивших программу наставничества",
    "число пар учебного года со статусом «завершена» / число пар этого года, чей срок вышел × 100",
    7,
    16,
    60,
    { basis: [] },
  ),
];

const KEYS = INDICATORS.map((i) => i.key);
const LAST_YEAR: Partial<Record<KpiIndicator, [number | null, number | null]>> = {
  youngInProgrammes: [20, 25],
  leftProfession: [10, 10],
  levelRose: [62.5, 70],
  contests: [40, 50],
  contestsYoung: [18.2, null],
  satisfactionMentees: [78.9, 80],
  satisfactionMentors: [100, 90],
  partnerOrganisations: [null, 30],
  pairsCompleted: [50, 60],
};
const DECEMBER: Partial<Record<KpiIndicator, [number | null, number | null]>> = {
  ...LAST_YEAR,
  contests: [36.4, 50],
  youngInProgrammes: [27.5, 25],
};
const snapshot = (
  takenAt: string,
  half: string,
  year: string,
  figures: Partial<Record<KpiIndicator, [number | null, number | null]>>,
): KpiHistoryPoint[] =>
  KEYS.map((key) => ({
    takenAt,
    half,
    year,
    key,
    percent: figures[key]?.[0] ?? null,
    target: figures[key]?.[1] ?? null,
  }));

const HISTORY = [
  ...snapshot("2026-06-19T10:15:00.000Z", "июнь", "2025/2026", LAST_YEAR),
  ...snapshot("2026-12-22T09:00:00.000Z", "декабрь", "2026/2027", DECEMBER),
];

const SCHOOL: KpiView = {
  locale: "ru",
  year: "2026/2027",
  date: "2027-01-15",
  indicators: INDICATORS,
  history: HISTORY,
  distribution: {
    mentees: [0, 1, 0, 1, 2, 2, 5, 7, 10, 12],
    mentors: [0, 0, 0, 0, 0, 1, 1, 2, 3, 3],
  },
  counts: [
    { group: "Роль", label: "наставники", count: 14 },
    { group: "Роль", label: "наставляемые", count: 52 },
    { group: "Форма наставничества", label: "педагог – педагог", count: 21 },
    { group: "Форма наставничества", label: "ученик – ученик", count: 31 },
    { group: "Категория", label: "молодой специалист", count: 12 },
    { group: "Категория", label: "обучающийся", count: 1 },
  ],
  message: "",
};

/** The view with one indicator changed. */
function changed(v: KpiView, key: KpiIndicator, patch: Partial<KpiIndicatorView>): KpiView {
  return { ...v, indicators: v.indicators.map((i) => (i.key === key ? { ...i, ...patch } : i)) };
}

// ---- tests --------------------------------------------------------------------------------------------------

describe("what the dashboard shows", () => {
  test("the year and date, a card per indicator with its figure, target, status, formula and fraction", async () => {
    const o = await show(SCHOOL);
    expect(await o.page.title()).toBe("Показатели");
    expect(await o.page.getAttribute("html", "lang")).toBe("ru");
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Показатели программы, 2026/2027");
    expect(await read(o.page.locator("#as-of"))).toBe("на 15.01.2027");
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await content(o, "#indicators-title")).toBe("Показатели");
    // No message: the status line is empty.
    expect(await o.page.getByRole("status").textContent()).toBe("");
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);

    expect(await o.page.locator("#cards .kpi").count()).toBe(9);
    expect(await texts(o.page.locator("#cards .kpi-title"))).toEqual(INDICATORS.map((i) => i.title));
    expect(
      await texts(o.page.getByRole("heading", { level: 3, name: /^Доля педагогов, участвовавших/ })),
    ).toEqual(["Доля педагогов, участвовавших в конкурсах профессионального мастерства"]);

    // 5 of 11: «45,5 %» with a decimal comma (and a no-break space), «пока нет» in amber.
    const contests = card(o, "contests");
    expect(await read(contests.locator(".figure"))).toBe("45,5 %");
    expect(await contests.locator(".figure").textContent()).toBe("45,5\u00a0%");
    expect(await read(contests.locator(".target"))).toBe("цель 50 %");
    expect(await read(contests.locator(".badge"))).toBe("Статус: пока нет");
    expect(await read(contests.locator(".fraction"))).toBe("Числитель и знаменатель: 5 из 11");
    expect(await read(contests.locator(".formula"))).toBe(INDICATORS[3]!.formula);
    expect(await contests.locator(".down-hint").count()).toBe(0);
    expect(await contests.locator(".note").count()).toBe(0);

    // 12 of 40: reached, in green.
    const young = card(o, "youngInProgrammes");
    expect(await read(young.locator(".figure"))).toBe("30 %");
    expect(await read(young.locator(".fraction"))).toBe("Числитель и знаменатель: 12 из 40");
    expect(await read(young.locator(".badge"))).toBe("Статус: достигнут");
    expect(await read(card(o, "pairsCompleted").locator(".figure"))).toBe("43,8 %");

    // The badge's colour follows the status; the word says it too.
    const colours = async (key: KpiIndicator) =>
      card(o, key)
        .locator(".badge")
        .evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    expect(await colours("youngInProgrammes")).toEqual(["rgb(230, 244, 234)", "rgb(19, 115, 51)"]);
    expect(await colours("contests")).toEqual(["rgb(254, 247, 224)", "rgb(122, 74, 0)"]);
    expect(await colours("partnerOrganisations")).toEqual(["rgb(232, 234, 237)", "rgb(95, 99, 104)"]);
    expect(await texts(o.page.locator("#cards .badge"))).toEqual(
      INDICATORS.map((i) => `Статус: ${i.statusLabel}`),
    );

    // Leaving the profession: lower is better, the target is a ceiling.
    const left = card(o, "leftProfession");
    expect(await read(left.locator(".figure"))).toBe("5 %");
    expect(await read(left.locator(".target"))).toBe("цель — не выше 10 %");
    expect(await read(left.locator(".down-hint"))).toBe("Чем меньше, тем лучше.");
    expect(await read(left.locator(".badge"))).toBe("Статус: достигнут");
    expect(await o.page.locator("#cards .down-hint").count()).toBe(1);

    // No target: «цели нет» (and the server's «нет данных» status).
    const contestsYoung = card(o, "contestsYoung");
    expect(await read(contestsYoung.locator(".figure"))).toBe("25 %");
    expect(await read(contestsYoung.locator(".target"))).toBe("цели нет");
    expect(await read(contestsYoung.locator(".badge"))).toBe("Статус: нет данных");

    // No denominator: «нет данных», the note saying what to enter, no fraction.
    const partners = card(o, "partnerOrganisations");
    expect(await read(partners.locator(".figure"))).toBe("нет данных");
    expect(await read(partners.locator(".note"))).toBe(PARTNER_NOTE);
    expect(await partners.locator(".fraction").count()).toBe(0);
    expect(await read(partners.locator(".target"))).toBe("цель 30 %");
    expect(o.calls).toEqual([]);
  });

  test("«На чём основано» lists the first 20 ids, then «и ещё N»", async () => {
    const o = await show(SCHOOL);
    const sat = card(o, "satisfactionMentees").locator("details.basis");
    expect(await read(sat.locator("summary"))).toBe("На чём основано (34)");
    // Closed until asked for.
    expect(await sat.locator(".basis-list").isVisible()).toBe(false);
    await sat.locator("summary").click();
    expect(await sat.getAttribute("open")).not.toBeNull();
    const items = sat.locator(".basis-list li");
    expect(await items.count()).toBe(20);
    expect(await read(items.first())).toBe("НЯ-0001");
    expect(await read(items.last())).toBe("НЯ-0020");
    expect(await read(sat.locator(".basis-more"))).toBe("и ещё 14");

    // 18 ids: all listed, nothing more.
    const rose = card(o, "levelRose").locator("details.basis");
    await rose.locator("summary").click();
    expect(await rose.locator(".basis-list li").count()).toBe(18);
    expect(await rose.locator(".basis-more").count()).toBe(0);
    // The organisations behind the partners' figure, as written.
    const partners = card(o, "partnerOrganisations").locator("details.basis");
    await partners.locator("summary").click();
    expect(await texts(partners.locator(".basis-list li"))).toEqual(["ГБОУ Лицей № 239", "ООО «Технопарк»"]);
    // Nothing behind it: no details at all.
    expect(await card(o, "pairsCompleted").locator("details").count()).toBe(0);
  });

  test("each indicator has an SVG bar named with its actual figure and target", async () => {
    const o = await show(SCHOOL);
    const bars = o.page.locator("#cards svg.bar");
    expect(await bars.count()).toBe(9);
    const contests = card(o, "contests").getByRole("img");
    expect(await label(contests)).toBe(
      "Доля педагогов, участвовавших в конкурсах профессионального мастерства: факт 45,5 %, цель 50 %",
    );
    expect(await contests.evaluate((s) => s.namespaceURI)).toBe("http://www.w3.org/2000/svg");
    expect(await contests.locator("title").textContent()).toBe(await contests.getAttribute("aria-label"));
    // The actual bar and the target's tick, on a 0–100 % scale 256 wide.
    expect(Number(await contests.locator(".bar-actual").getAttribute("width"))).toBeCloseTo(116.48, 2);
    expect(Number(await contests.locator(".bar-target").getAttribute("x1"))).toBeCloseTo(128, 2);
    expect(
      await contests.locator(".bar-actual").evaluate((r) => getComputedStyle(r).getPropertyValue("fill")),
    ).toBe("rgb(227, 116, 0)");
    expect(
      await card(o, "youngInProgrammes")
        .locator(".bar-actual")
        .evaluate((r) => getComputedStyle(r).getPropertyValue("fill")),
    ).toBe("rgb(19, 115, 51)");

    expect(await label(card(o, "leftProfession").getByRole("img"))).toBe(
      "Доля педагогов-наставляемых, оставивших профессию за время наставничества: факт 5 %, цель — не выше 10 %",
    );
    // No figure: the target's tick only; no target: the bar only.
    const partners = card(o, "partnerOrganisations").getByRole("img");
    expect(await label(partners)).toBe(
      "Доля организаций-партнёров, предоставивших своих наставников: нет данных, цель 30 %",
    );
    expect(await partners.locator(".bar-actual").count()).toBe(0);
    expect(await partners.locator(".bar-target").count()).toBe(1);
    const contestsYoung = card(o, "contestsYoung").getByRole("img");
    expect(await label(contestsYoung)).toBe(
      "Доля молодых специалистов, участвовавших в конкурсах профессионального мастерства: факт 25 %, цели нет",
    );
    expect(await contestsYoung.locator(".bar-target").count()).toBe(0);
    // The bar fits the card.
    const box = await contests.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.width).toBeLessThanOrEqual(260);
  });

  test("the trend: a table of the snapshots per indicator", async () => {
    const o = await show(SCHOOL);
    const table = card(o, "contests").getByRole("table", { name: "Срезы" });
    expect(await texts(table.locator("thead th"))).toEqual(["Срез", "Факт", "Цель"]);
    expect(await texts(table.locator("tbody tr"))).toEqual([
      "июнь 2025/2026 40 % 50 %",
      "декабрь 2026/2027 36,4 % 50 %",
    ]);
    expect(await table.locator("tbody th[scope=row]").count()).toBe(2);
    expect(await texts(card(o, "partnerOrganisations").locator("table.trend tbody tr"))).toEqual([
      "июнь 2025/2026 нет данных 30 %",
      "декабрь 2026/2027 нет данных 30 %",
    ]);
    expect(await texts(card(o, "contestsYoung").locator("table.trend tbody tr"))).toEqual([
      "июнь 2025/2026 18,2 % нет",
      "декабрь 2026/2027 18,2 % нет",
    ]);

    // No snapshots yet: no table; two of the same point are told apart by their day.
    const again = snapshot("2026-12-28T12:00:00.000Z", "декабрь", "2026/2027", {
      contests: [45.5, 50],
    }).filter((p) => p.key === "contests");
    const o2 = await show({
      ...SCHOOL,
      history: [...HISTORY.filter((p) => p.key !== "levelRose"), ...again],
    });
    expect(await card(o2, "levelRose").locator("table").count()).toBe(0);
    expect(await texts(card(o2, "contests").locator("table.trend tbody tr"))).toEqual([
      "июнь 2025/2026 40 % 50 %",
      "декабрь 2026/2027 (22.12.2026) 36,4 % 50 %",
      "декабрь 2026/2027 (28.12.2026) 45,5 % 50 %",
    ]);
  });

  test("the satisfaction scores: a bar chart per audience with the counts in words", async () => {
    const o = await show(SCHOOL);
    expect(await content(o, "#distribution-title")).toBe("Оценки удовлетворённости");
    const mentees = o.page.getByRole("group", { name: "Наставляемые" });
    expect(await read(mentees.locator(".chart-summary"))).toBe("Ответили 40 человек, средняя оценка 8,2");
    const chart = mentees.getByRole("img");
    expect(await label(chart)).toBe(
      "Оценки наставляемых: 10 баллов — 12 человек, 9 баллов — 10 человек, 8 баллов — 7 человек, 7 баллов — 5 человек, 6 баллов — 2 человека, 5 баллов — 2 человека, 4 балла — 1 человек, 2 балла — 1 человек",
    );
    expect(await chart.locator("rect.dist-bar").count()).toBe(8);
    expect(await chart.locator("text.dist-score").allTextContents()).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    expect(await chart.locator("text.dist-count").allTextContents()).toEqual([
      "1",
      "1",
      "2",
      "2",
      "5",
      "7",
      "10",
      "12",
    ]);
    // The tallest bar is the most frequent score.
    const heights = await chart
      .locator("rect.dist-bar")
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute("height"))));
    expect(Math.max(...heights)).toBe(heights[7]);

    const mentors = o.page.getByRole("group", { name: "Наставники" });
    expect(await read(mentors.locator(".chart-summary"))).toBe("Ответили 10 человек, средняя оценка 8,6");
    expect(await label(mentors.getByRole("img"))).toBe(
      "Оценки наставников: 10 баллов — 3 человека, 9 баллов — 3 человека, 8 баллов — 2 человека, 7 баллов — 1 человек, 6 баллов — 1 человек",
    );

    // Nobody answered: words, no chart; one answer: the singular.
    const o2 = await show({
      ...SCHOOL,
      distribution: { mentees: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], mentors: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
    });
    const none = o2.page.getByRole("group", { name: "Наставляемые" });
    expect(await read(none.locator(".chart-summary"))).toBe("Ответов пока нет.");
    expect(await none.locator("svg").count()).toBe(0);
    const one = o2.page.getByRole("group", { name: "Наставники" });
    expect(await read(one.locator(".chart-summary"))).toBe("Ответил 1 человек, средняя оценка 10");
    expect(await label(one.getByRole("img"))).toBe("Оценки наставников: 10 баллов — 1 человек");
  });

  test("the participants: a table of group, label and count", async () => {
    const o = await show(SCHOOL);
    expect(await content(o, "#counts-title")).toBe("Участники");
    const table = o.page.getByRole("table", { name: "Участники на 15.01.2027" });
    expect(await texts(table.locator("thead th"))).toEqual(["Кто", "Сколько"]);
    expect(await texts(table.locator("tbody tr"))).toEqual([
      "Роль",
      "наставники 14",
      "наставляемые 52",
      "Форма наставничества",
      "педагог – педагог 21",
      "ученик – ученик 31",
      "Категория",
      "молодой специалист 12",
      "обучающийся 1",
    ]);
    expect(await table.locator("tbody").count()).toBe(3);
    expect(await texts(table.locator("th[scope=rowgroup]"))).toEqual([
      "Роль",
      "Форма наставничества",
      "Категория",
    ]);

    const o2 = await show({ ...SCHOOL, counts: [] });
    expect(await read(o2.page.locator("#counts-box"))).toBe("Участников пока нет.");
  });
});

// ---- the basis of a figure, the figures beside it, the staff register ----------------------------------------

const REGISTER = "знаменатель — по листу «Педагогический коллектив»";
const AMONG_ANSWERED = "среди ответивших: 34 / 40 = 85 %";
const ANSWERED = "ответили на анкету: 40 / 52 = 76.9 %";
const THIS_YEAR = "за этот учебный год: 12 / 40 = 30 %";

const BESIDE: KpiView = changed(
  changed(SCHOOL, "satisfactionMentees", { beside: [AMONG_ANSWERED, ANSWERED] }),
  "youngInProgrammes",
  { denominatorFrom: REGISTER, beside: [THIS_YEAR] },
);

const STAFF: NonNullable<KpiView["staff"]> = {
  on: "2027-01-15",
  rows: [
    { label: "Педагогов в коллективе", count: 48 },
    { label: "Только наставники", count: 9 },
    { label: "Только наставляемые", count: 15 },
    { label: "И наставники, и наставляемые", count: 2 },
    { label: "Не участвуют в наставничестве", count: 22 },
    { label: "Молодых специалистов в коллективе", count: 14 },
  ],
  youngNotInvolved: [
    { staffId: "СТ-0007", fullName: "Петрова Анна Сергеевна" },
    { staffId: "СТ-0031", fullName: "Ким Виктор" },
  ],
};

const WITH_STAFF: KpiView = { ...BESIDE, staff: STAFF };

const YOUNG_HINT =
  "Чтобы включить их в программу, выделите их строки на листе «Педагогический коллектив» и выберите «Наставничество → Добавить выбранных в наставляемые».";

/** The view as an older server sent it: indicators without `denominatorFrom` and `beside`, no `staff`. */
const withoutNewFields = (v: KpiView) => ({
  ...v,
  indicators: v.indicators.map(({ denominatorFrom: _d, beside: _b, ...rest }) => rest),
});

describe("the basis of the denominator and the figures beside", () => {
  test("a card lists the figures beside under the headline and says where the denominator comes from", async () => {
    const o = await show(BESIDE);
    const sat = card(o, "satisfactionMentees");
    const beside = sat.getByRole("list", { name: "Рядом с основной цифрой" });
    expect(await texts(beside.locator("li"))).toEqual([AMONG_ANSWERED, ANSWERED]);
    // Right under the headline figure and its status.
    expect(await sat.locator("ul.beside").evaluate((u) => u.previousElementSibling?.className ?? "")).toBe(
      "figure-row",
    );
    expect(await sat.locator(".denominator-from").count()).toBe(0);

    const young = card(o, "youngInProgrammes");
    expect(await texts(young.locator("ul.beside li"))).toEqual([THIS_YEAR]);
    // Small, right under the formula.
    const basis = young.locator(".denominator-from");
    expect(await read(basis)).toBe(REGISTER);
    expect(await basis.evaluate((p) => p.previousElementSibling?.className ?? "")).toBe("formula");
    expect(await basis.evaluate((p) => getComputedStyle(p).fontSize)).toBe("11px");

    // Nothing to say: neither shows.
    expect(await card(o, "contests").locator("ul.beside, .denominator-from").count()).toBe(0);
    expect(await o.page.locator("#cards ul.beside").count()).toBe(2);
    expect(await o.page.locator("#cards .denominator-from").count()).toBe(1);
    // A blank basis is no basis.
    const blank = await show(changed(SCHOOL, "contests", { denominatorFrom: "  " }));
    expect(await card(blank, "contests").locator(".denominator-from").count()).toBe(0);
  });

  test("a view without the new fields still renders; a field of the wrong type does not", async () => {
    const o = await showData({ view: withoutNewFields(WITH_STAFF) });
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(await o.page.locator("#cards .kpi").count()).toBe(9);
    expect(await read(card(o, "satisfactionMentees").locator(".figure"))).toBe("85 %");
    expect(await o.page.locator("#cards ul.beside, #cards .denominator-from").count()).toBe(0);
    // The staff of that view still shows: only the indicators' fields were missing.
    expect(await o.page.locator("#staff").isVisible()).toBe(true);

    const broken = [
      changed(SCHOOL, "contests", { beside: "среди ответивших: 1 / 2" as unknown as string[] }),
      changed(SCHOOL, "contests", { beside: [1 as unknown as string] }),
      changed(SCHOOL, "contests", { denominatorFrom: 3 as unknown as string }),
      { ...SCHOOL, staff: { ...STAFF, rows: [{ label: "Педагогов в коллективе", count: "48" }] } },
      { ...SCHOOL, staff: { ...STAFF, youngNotInvolved: [{ staffId: "СТ-0007" }] } },
      { ...SCHOOL, staff: { rows: STAFF.rows, youngNotInvolved: [] } },
    ];
    for (const view of broken) {
      const b = await showData({ view });
      expect(await read(b.page.getByRole("alert"))).toBe(
        "Не удалось прочитать показатели. Нажмите «Пересчитать».",
      );
      expect(await b.page.locator("#dashboard").isVisible()).toBe(false);
    }
  });
});

describe("«Педагогический коллектив»", () => {
  test("the involvement as a table, then the young specialists in no programme by name and id", async () => {
    const o = await show(WITH_STAFF);
    const section = o.page.getByRole("region", { name: "Педагогический коллектив" });
    expect(await section.isVisible()).toBe(true);
    expect(await read(section.getByRole("heading", { level: 2 }))).toBe("ПЕДАГОГИЧЕСКИЙ КОЛЛЕКТИВ");
    // After the participants' counts.
    expect(await o.page.locator("#counts + #staff").count()).toBe(1);

    const table = section.getByRole("table", {
      name: "Участие педагогического коллектива в наставничестве на 15.01.2027",
    });
    expect(await texts(table.locator("thead th"))).toEqual(["Кто", "Сколько"]);
    expect(await texts(table.locator("tbody tr"))).toEqual([
      "Педагогов в коллективе 48",
      "Только наставники 9",
      "Только наставляемые 15",
      "И наставники, и наставляемые 2",
      "Не участвуют в наставничестве 22",
      "Молодых специалистов в коллективе 14",
    ]);
    expect(await table.locator("tbody th[scope=row]").count()).toBe(6);

    const young = section.getByRole("group", { name: "Молодые специалисты вне программ наставничества" });
    expect(await read(young.getByRole("heading", { level: 3 }))).toBe(
      "Молодые специалисты вне программ наставничества",
    );
    expect(await texts(young.getByRole("listitem"))).toEqual([
      "Петрова Анна Сергеевна (СТ-0007)",
      "Ким Виктор (СТ-0031)",
    ]);
    expect(await texts(young.locator(".young-name"))).toEqual(["Петрова Анна Сергеевна", "Ким Виктор"]);
    expect(await read(young.locator(".hint"))).toBe(YOUNG_HINT);

    // Every young specialist takes part: said so, no list and no hint.
    const all = await show({ ...SCHOOL, staff: { ...STAFF, youngNotInvolved: [] } });
    const none = all.page.getByRole("group", { name: "Молодые специалисты вне программ наставничества" });
    expect(await read(none.locator(".young-none"))).toBe(
      "Таких нет: все молодые специалисты коллектива участвуют в наставничестве.",
    );
    expect(await none.getByRole("list").count()).toBe(0);
    expect(await none.locator(".hint").count()).toBe(0);
  });

  test("no register, no block; a recalculation shows it or takes it away", async () => {
    const o = await show(SCHOOL);
    expect(await o.page.locator("#staff").isVisible()).toBe(false);
    expect(await o.page.getByRole("region", { name: "Педагогический коллектив" }).count()).toBe(0);
    expect(await o.page.locator("#staff-box").innerHTML()).toBe("");
    // null is no register too.
    const n = await showData({ view: { ...SCHOOL, staff: null } });
    expect(await n.page.getByRole("alert").isVisible()).toBe(false);
    expect(await n.page.locator("#staff").isVisible()).toBe(false);

    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).resolve(WITH_STAFF);
    await o.page.locator("#staff").waitFor({ state: "visible" });
    expect(await o.page.locator("#staff .young-list li").count()).toBe(2);
    expect(await texts(card(o, "satisfactionMentees").locator("ul.beside li"))).toEqual([
      AMONG_ANSWERED,
      ANSWERED,
    ]);

    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).resolve(withoutNewFields(SCHOOL));
    await o.page.locator("#staff").waitFor({ state: "hidden" });
    expect(await o.page.locator("#staff-box").innerHTML()).toBe("");
    expect(await o.page.locator("#cards ul.beside").count()).toBe(0);
  });

  test("English", async () => {
    const o = await show({
      ...SCHOOL,
      locale: "en",
      staff: {
        ...STAFF,
        rows: [
          { label: "Teachers on staff", count: 48 },
          { label: "Mentors only", count: 9 },
        ],
      },
    });
    const section = o.page.getByRole("region", { name: "Staff" });
    expect(
      await texts(
        section
          .getByRole("table", { name: "How the staff take part in mentoring as of 15 January 2027" })
          .locator("tbody tr"),
      ),
    ).toEqual(["Teachers on staff 48", "Mentors only 9"]);
    const young = section.getByRole("group", { name: "Young specialists in no mentoring programme" });
    expect(await texts(young.getByRole("listitem"))).toEqual([
      "Петрова Анна Сергеевна (СТ-0007)",
      "Ким Виктор (СТ-0031)",
    ]);
    expect(await read(young.locator(".hint"))).toBe(
      "To bring them into the programme, select their rows on the Staff tab and choose “Mentoring → Add the selected staff as mentees”.",
    );
  });
});

describe("the buttons", () => {
  const NEW_MESSAGE = "Показатели пересчитаны на 16.01.2027; лист «Показатели» и диаграммы обновлены.";
  const RECOMPUTED: KpiView = {
    ...changed(SCHOOL, "contests", {
      numerator: 6,
      percent: 54.5,
      status: "reached",
      statusLabel: "достигнут",
    }),
    date: "2027-01-16",
    message: NEW_MESSAGE,
  };

  test("«Пересчитать» calls computeIndicators, is busy meanwhile, then shows the new figures", async () => {
    const o = await show({ ...SCHOOL, message: "Показатели посчитаны." });
    expect(await read(o.page.getByRole("status"))).toBe("Показатели посчитаны.");
    await button(o, "Пересчитать").click();
    const call = await o.answer("computeIndicators");
    expect(o.calls).toEqual([{ name: "computeIndicators", args: [] }]);

    // While the call runs: busy, both buttons disabled, the pressed one and the status say what goes on.
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");
    expect(await read(o.page.locator("#compute"))).toBe("Считаю…");
    expect(await o.page.locator("#compute").isDisabled()).toBe(true);
    expect(await o.page.locator("#snapshot").isDisabled()).toBe(true);
    expect(await read(o.page.getByRole("status"))).toBe("Считаю…");
    // A second click does nothing.
    await o.page.locator("#snapshot").click({ force: true });
    expect(o.calls.length).toBe(1);

    call.resolve(RECOMPUTED);
    await untilText(o.page.getByRole("status"), NEW_MESSAGE);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await read(button(o, "Пересчитать"))).toBe("Пересчитать");
    expect(await button(o, "Пересчитать").isEnabled()).toBe(true);
    expect(await button(o, "Зафиксировать срез").isEnabled()).toBe(true);
    expect(await read(card(o, "contests").locator(".figure"))).toBe("54,5 %");
    expect(await read(card(o, "contests").locator(".fraction"))).toBe("Числитель и знаменатель: 6 из 11");
    expect(await read(card(o, "contests").locator(".badge"))).toBe("Статус: достигнут");
    expect(await read(o.page.locator("#as-of"))).toBe("на 16.01.2027");
    expect(await focused(o)).toBe("compute");
    expect(o.calls.length).toBe(1);

    // A view without a message: the page says the figures are new.
    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).resolve({ ...RECOMPUTED, message: "" });
    await untilText(o.page.getByRole("status"), "Показатели пересчитаны.");
  });

  test("«Зафиксировать срез» explains the snapshots, calls takeKpiSnapshot and shows the message", async () => {
    const o = await show(SCHOOL);
    const snap = button(o, "Зафиксировать срез");
    expect(await snap.getAttribute("aria-describedby")).toBe("snapshot-hint");
    expect(await read(o.page.locator("#snapshot-hint"))).toBe(
      "Срезы делают в декабре и в июне. Каждый срез добавляется на лист «История показателей» и не заменяет прежние.",
    );
    await snap.click();
    const call = await o.answer("takeKpiSnapshot");
    expect(o.calls).toEqual([{ name: "takeKpiSnapshot", args: [] }]);
    expect(await read(o.page.locator("#snapshot"))).toBe("Фиксирую срез…");
    expect(await read(o.page.getByRole("status"))).toBe("Фиксирую срез…");
    expect(await o.page.locator("#compute").isDisabled()).toBe(true);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");

    const message =
      "Срез «январь» не делается: срезы фиксируют в декабре и июне. Добавлен срез «декабрь 2026/2027»: 9 строк на листе «История показателей».";
    call.resolve({
      ...SCHOOL,
      history: [...HISTORY, ...snapshot("2027-01-15T08:00:00.000Z", "декабрь", "2026/2027", DECEMBER)],
      message,
    });
    await untilText(o.page.getByRole("status"), message);
    expect(await read(o.page.locator("#snapshot"))).toBe("Зафиксировать срез");
    expect(await snap.isEnabled()).toBe(true);
    expect(await focused(o)).toBe("snapshot");
    expect(await card(o, "youngInProgrammes").locator("table.trend tbody tr").count()).toBe(3);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
  });

  test("a failure shows the server's message in role=alert and gives the buttons back", async () => {
    const o = await show(SCHOOL);
    await button(o, "Зафиксировать срез").click();
    const failure =
      "Срез за декабрь 2026/2027 уже зафиксирован 22.12.2026. Прежние срезы не перезаписываются; следующий — в июне.";
    (await o.answer("takeKpiSnapshot")).reject(new Error(failure));
    await untilText(o.page.getByRole("alert"), failure);
    expect(await o.page.getByRole("status").textContent()).toBe("");
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await button(o, "Зафиксировать срез").isEnabled()).toBe(true);
    expect(await button(o, "Пересчитать").isEnabled()).toBe(true);
    expect(await focused(o)).toBe("snapshot");
    // The figures stay.
    expect(await read(card(o, "contests").locator(".figure"))).toBe("45,5 %");

    // The next action clears the alert.
    await button(o, "Пересчитать").click();
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    (await o.answer("computeIndicators")).resolve(RECOMPUTED);
    await untilText(o.page.getByRole("status"), NEW_MESSAGE);

    // An answer that is not a view is a failure too; an empty message gets words of the page.
    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).resolve({ indicators: "?" });
    await untilText(o.page.getByRole("alert"), "Не удалось прочитать ответ таблицы. Нажмите «Пересчитать».");
    expect(await button(o, "Пересчитать").isEnabled()).toBe(true);
    expect(await read(card(o, "contests").locator(".figure"))).toBe("54,5 %");
    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).reject(new Error(""));
    await untilText(o.page.getByRole("alert"), "Что-то пошло не так. Попробуйте ещё раз.");
  });
});

describe("when the data cannot be read", () => {
  test("a message and «Пересчитать», which asks the server for the view", async () => {
    const o = await showData({ view: { ...SCHOOL, indicators: [{ key: "contests" }] } });
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать показатели. Нажмите «Пересчитать».",
    );
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Показатели программы");
    expect(await o.page.locator("#dashboard").isVisible()).toBe(false);
    expect(await o.page.locator("#as-of").isVisible()).toBe(false);
    expect(await o.page.getByRole("button").count()).toBe(1);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");

    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).reject(new Error("Нет доступа к таблице."));
    await untilText(o.page.getByRole("alert"), "Нет доступа к таблице.");
    expect(await button(o, "Пересчитать").isEnabled()).toBe(true);

    await button(o, "Пересчитать").click();
    (await o.answer("computeIndicators")).resolve({ ...SCHOOL, message: "Показатели посчитаны." });
    await untilText(o.page.getByRole("status"), "Показатели посчитаны.");
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(await o.page.locator("#cards .kpi").count()).toBe(9);
    expect(await button(o, "Зафиксировать срез").isVisible()).toBe(true);
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Показатели программы, 2026/2027");
  });

  test("data that is not JSON at all; the English locale is kept when the view is broken", async () => {
    const o = await openPage(tested.html.replace("<?!= data ?>", "{не json"), () => undefined, {
      functions: FUNCTIONS,
    });
    tested.keep(o);
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать показатели. Нажмите «Пересчитать».",
    );
    expect(await button(o, "Пересчитать").isEnabled()).toBe(true);

    const en = await showData({ view: { locale: "en", year: 2027 } });
    expect(await read(en.page.getByRole("alert"))).toBe(
      "Could not read the indicators. Press “Recalculate”.",
    );
    expect(await button(en, "Recalculate").count()).toBe(1);
  });
});

const EN_TITLES: Record<string, string> = {
  contests: "Share of teachers in professional contests",
  leftProfession: "Share of teacher mentees who left the profession",
  partnerOrganisations: "Share of partner organisations that provided mentors",
};

test("English: figures, targets and words of the English catalogue", async () => {
  const en: KpiView = {
    ...SCHOOL,
    locale: "en",
    indicators: SCHOOL.indicators.map((i) => ({
      ...i,
      title: EN_TITLES[i.key] ?? i.title,
      statusLabel: { reached: "reached", notYet: "not yet", noData: "no data" }[i.status],
      note: i.note === "" ? "" : "No data: enter the number of partner organisations.",
    })),
    history: HISTORY.map((p) => ({ ...p, half: p.half === "июнь" ? "June" : "December" })),
  };
  const o = await show(en);
  expect(await o.page.getAttribute("html", "lang")).toBe("en");
  expect(await o.page.title()).toBe("Indicators");
  expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Programme indicators, 2026/2027");
  expect(await read(o.page.locator("#as-of"))).toBe("as of 15 January 2027");
  const contests = card(o, "contests");
  expect(await contests.locator(".figure").textContent()).toBe("45.5%");
  expect(await read(contests.locator(".target"))).toBe("target 50%");
  expect(await read(contests.locator(".badge"))).toBe("Status: not yet");
  expect(await read(contests.locator(".fraction"))).toBe("Numerator and denominator: 5 of 11");
  expect(await label(contests.getByRole("img"))).toBe(
    "Share of teachers in professional contests: actual 45.5%, target 50%",
  );
  expect(await texts(contests.locator("table.trend tbody tr"))).toEqual([
    "June 2025/2026 40% 50%",
    "December 2026/2027 36.4% 50%",
  ]);
  expect(await read(card(o, "leftProfession").locator(".target"))).toBe("target: at most 10%");
  expect(await read(card(o, "leftProfession").locator(".down-hint"))).toBe("Lower is better.");
  expect(await read(card(o, "contestsYoung").locator(".target"))).toBe("no target");
  expect(await read(card(o, "partnerOrganisations").locator(".figure"))).toBe("no data");
  const basis = card(o, "satisfactionMentees").locator("details.basis");
  expect(await read(basis.locator("summary"))).toBe("What it is based on (34)");
  await basis.locator("summary").click();
  expect(await read(basis.locator(".basis-more"))).toBe("and 14 more");
  const mentees = o.page.getByRole("group", { name: "Mentees" });
  expect(await read(mentees.locator(".chart-summary"))).toBe("40 people answered, average score 8.2");
  expect(await label(mentees.getByRole("img"))).toMatch(
    /^Mentees' scores: 10 points: 12 people, 9 points: 10 people, .*, 4 points: 1 person, 2 points: 1 person$/,
  );
  expect(await o.page.getByRole("table", { name: "Participants as of 15 January 2027" }).count()).toBe(1);
  expect(await read(o.page.locator("#snapshot-hint"))).toBe(
    "Snapshots are taken in December and June. Each one is added to the Indicator history tab and never replaces earlier ones.",
  );

  await button(o, "Recalculate").click();
  const call = await o.answer("computeIndicators");
  expect(await read(o.page.getByRole("status"))).toBe("Calculating…");
  call.resolve({ ...en, message: "" });
  await untilText(o.page.getByRole("status"), "The indicators are recalculated.");
  await button(o, "Take a snapshot").click();
  expect(await read(o.page.locator("#snapshot"))).toBe("Taking a snapshot…");
  (await o.answer("takeKpiSnapshot")).resolve({ ...en, message: "" });
  await untilText(o.page.getByRole("status"), "The snapshot is taken.");
});

test("data is shown as text: no HTML from titles, notes, ids, labels or messages", async () => {
  const evil = "<img src=x onerror=alert(1)>";
  const dialogs: string[] = [];
  const view: KpiView = {
    ...changed(SCHOOL, "contests", {
      title: `<b>${evil}</b>`,
      formula: `${evil} / 2`,
      note: `<script>alert(2)</script>`,
      statusLabel: `<i>${evil}</i>`,
      basis: [evil, "НЯ-0002"],
      denominatorFrom: `<u>${evil}</u>`,
      beside: [`${evil}: 1 / 2 = 50 %`],
    }),
    history: HISTORY.map((p) => (p.key === "contests" ? { ...p, half: evil } : p)),
    counts: [{ group: `<u>${evil}</u>`, label: evil, count: 1 }],
    staff: {
      on: "2027-01-15",
      rows: [{ label: `<b>${evil}</b>`, count: 3 }],
      youngNotInvolved: [{ staffId: `<i>${evil}</i>`, fullName: `Иванова ${evil}` }],
    },
    message: `${evil} готово`,
  };
  const o = await show(view);
  o.page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const c = card(o, "contests");
  expect(await read(c.locator(".kpi-title"))).toBe(`<b>${evil}</b>`);
  expect(await read(c.locator(".formula"))).toBe(`${evil} / 2`);
  expect(await read(c.locator(".note"))).toBe("<script>alert(2)</script>");
  expect(await read(c.locator(".badge"))).toBe(`Статус: <i>${evil}</i>`);
  expect(await label(c.getByRole("img"))).toBe(`<b>${evil}</b>: факт 45,5 %, цель 50 %`);
  await c.locator("summary").click();
  expect(await read(c.locator(".basis-list li").first())).toBe(evil);
  expect(await read(c.locator("table.trend tbody th").first())).toBe(`${evil} 2025/2026`);
  expect(await read(o.page.locator("#counts-box th[scope=rowgroup]"))).toBe(`<u>${evil}</u>`);
  expect(await read(c.locator(".denominator-from"))).toBe(`<u>${evil}</u>`);
  expect(await texts(c.locator("ul.beside li"))).toEqual([`${evil}: 1 / 2 = 50 %`]);
  expect(await read(o.page.locator("#staff-box tbody th"))).toBe(`<b>${evil}</b>`);
  expect(await texts(o.page.locator("#staff-box .young-list li"))).toEqual([
    `Иванова ${evil} (<i>${evil}</i>)`,
  ]);
  expect(await read(o.page.getByRole("status"))).toBe(`${evil} готово`);
  expect(await o.page.locator("main img, main b, main i, main u, main script").count()).toBe(0);
  expect(dialogs).toEqual([]);

  // A server message with markup goes into the alert as text too.
  await button(o, "Пересчитать").click();
  (await o.answer("computeIndicators")).reject(new Error(`Ошибка: ${evil}`));
  await untilText(o.page.getByRole("alert"), `Ошибка: ${evil}`);
  expect(await o.page.locator("main img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("accessible: a school's indicators with their basis open, busy, a failure, unreadable data", async () => {
  const o = await show(SCHOOL);
  await expectAccessible(o.page, "kpi: a school's indicators");
  await card(o, "satisfactionMentees").locator("details.basis summary").click();
  await expectAccessible(o.page, "kpi: what an indicator is based on");
  await button(o, "Зафиксировать срез").click();
  const call = await o.answer("takeKpiSnapshot");
  await expectAccessible(o.page, "kpi: a snapshot being taken");
  call.reject(new Error("Срез за декабрь 2026/2027 уже зафиксирован 22.12.2026."));
  await o.page.getByRole("alert").filter({ hasText: "уже зафиксирован" }).waitFor();
  await expectAccessible(o.page, "kpi: a failure in the alert box");
  const broken = await showData({ view: { ...SCHOOL, indicators: [{ key: "contests" }] } });
  await expectAccessible(broken.page, "kpi: unreadable data");
});

test("accessible: the figures beside, the basis of the denominator and the staff block", async () => {
  const o = await show(WITH_STAFF);
  await expectAccessible(o.page, "kpi: the figures beside and the staff register");
  const all = await show({ ...WITH_STAFF, staff: { ...STAFF, youngNotInvolved: [] } });
  await expectAccessible(all.page, "kpi: every young specialist takes part");
});

test("screenshot of the sidebar", async () => {
  const o = await show({
    ...WITH_STAFF,
    message: "Показатели пересчитаны на 15.01.2027; лист «Показатели» и диаграммы обновлены.",
  });
  await card(o, "satisfactionMentees").locator("summary").click();
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
