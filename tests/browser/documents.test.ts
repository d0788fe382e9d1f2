import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { DocProblem, DocumentsProgress } from "../../src/domain/documentsProgress";
import { expectAccessible } from "./a11y";
import {
  button,
  content,
  deferred,
  norm,
  type OpenedPage,
  openPage,
  pageUnderTest,
  read,
  until,
  untilText,
} from "./harness";

/** The «Документы» sidebar in Chromium, with a fake server whose answers the tests hand out one by one. */

const SCREENSHOT = "out/screenshots/documents.png";

const tested = pageUnderTest("src/ui/documents");

const FUNCTIONS = ["makeDocuments", "documentsProgress", "openTemplatePicker"];
/** Fast polling for the tests: the page takes its intervals from the data when given. */
const FAST = { pollMs: 40, waitPollMs: 120 };

/**
 * The server: each `makeDocuments` call waits for the test to settle it (`makes`); `documentsProgress` answers
 * with `progress` (what the running batch last wrote), or waits when `slowProgress` is set.
 */
interface FakeServer {
  progress: DocumentsProgress | null;
  slowProgress: boolean;
  readonly makes: ReturnType<typeof deferred<DocumentsProgress>>[];
  readonly progressAnswers: ReturnType<typeof deferred<DocumentsProgress | null>>[];
  /** The most `documentsProgress` calls on their way at one time. */
  maxPolls: number;
  handler(name: string, args: unknown[]): unknown;
}

function fakeServer(progress: DocumentsProgress | null = null): FakeServer {
  let inFlight = 0;
  const server: FakeServer = {
    progress,
    slowProgress: false,
    makes: [],
    progressAnswers: [],
    maxPolls: 0,
    handler(name) {
      if (name === "makeDocuments") {
        const d = deferred<DocumentsProgress>();
        server.makes.push(d);
        return d.promise;
      }
      if (name === "documentsProgress") {
        inFlight++;
        server.maxPolls = Math.max(server.maxPolls, inFlight);
        if (!server.slowProgress) {
          inFlight--;
          return server.progress;
        }
        const d = deferred<DocumentsProgress | null>();
        server.progressAnswers.push(d);
        return d.promise.finally(() => inFlight--);
      }
      throw new Error(`unexpected call ${name}`);
    },
  };
  return server;
}

interface Data {
  locale?: "ru" | "en";
  progress?: DocumentsProgress | null;
  autostart?: boolean;
  pollMs?: number;
  waitPollMs?: number;
  staleMs?: number;
}

async function show(data: Data, server = fakeServer()): Promise<OpenedPage & { server: FakeServer }> {
  const o = await tested.open(
    { locale: "ru", progress: null, autostart: false, ...data },
    (name, args) => server.handler(name, args),
    { functions: FUNCTIONS },
  );
  return { ...o, server };
}

const texts = async (o: OpenedPage, selector: string) =>
  (await o.page.locator(selector).allInnerTexts()).map(norm);
const count = (o: OpenedPage, name: string) => o.calls.filter((c) => c.name === name).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const barState = (o: OpenedPage) =>
  o.page.locator("#bar").evaluate((bar: HTMLProgressElement) => ({
    value: bar.hasAttribute("value") ? bar.value : null,
    max: bar.max,
  }));

// ---- batches ------------------------------------------------------------------------------------------------

const AGREEMENT = "Соглашение";
const ORDER = "Приказ";
const PLAN = "Программа пары";

const problem = (kind: string, subject: string, message: string): DocProblem => ({ kind, subject, message });

const PROBLEMS: DocProblem[] = [
  problem(
    AGREEMENT,
    "П-0003",
    "Не заполнено «Паспорт наставника» — нужно для документа «Соглашение». Заполните: лист «Наставники», строка 5, столбец «Паспорт».",
  ),
  problem(
    ORDER,
    "У-2026-01",
    "Не заполнено «Директор» — нужно для документа «Приказ». Заполните на листе «Настройки» строку «Директор».",
  ),
  problem(
    AGREEMENT,
    "П-0007",
    "Не удалось сделать документ: Access denied: DriveApp. Он будет сделан при следующем запуске.",
  ),
];

let clock = 1_760_000_000_000;
function progress(p: Partial<DocumentsProgress>): DocumentsProgress {
  return {
    state: "running",
    total: 40,
    done: 0,
    failed: 0,
    problems: [],
    message: "",
    at: ++clock,
    ...p,
  };
}

const DONE_MESSAGE =
  "Документы готовы: сделано 37, ошибок 1, не хватает данных 2. Всего документов в реестре: 40.";
const PAUSED_MESSAGE =
  "Сделано 25 из 40. Остальные надстройка сделает сама через минуту: так она укладывается в ограничение Google на время работы.";
const QUOTA_MESSAGE =
  "Сделано 31 из 40: дневной лимит Google на создание документов исчерпан. Остальные будут сделаны автоматически завтра.";
const BLOCKED_MESSAGE =
  "В шаблоне «Соглашение» есть поля, которых надстройка не знает: {{паспорт}}. Исправьте шаблон (список полей — «Наставничество → Поля шаблонов»). Документы не создавались.";

const done = () =>
  progress({ state: "done", done: 37, failed: 1, problems: PROBLEMS, message: DONE_MESSAGE });
const paused = () => progress({ state: "paused", done: 25, message: PAUSED_MESSAGE });
const quota = () => progress({ state: "quota", done: 31, message: QUOTA_MESSAGE });
const blocked = () => progress({ state: "blocked", total: 0, message: BLOCKED_MESSAGE });

const READY_HINT =
  "Готовые документы перечислены на листе «Документы», а ссылки на них — в строках пар на листе «Пары и группы». Чтобы сделать документ заново, отметьте «Пересоздать» в его строке на листе «Документы» и нажмите «Сформировать ещё раз».";
const PAUSED_NOTE =
  "Надстройка продолжит сама примерно через минуту — эту панель можно закрыть. Пока она открыта, здесь видно, как идёт работа.";
const QUOTA_NOTE = "Надстройка продолжит сама завтра — эту панель можно закрыть.";

// ---- tests --------------------------------------------------------------------------------------------------

describe("«Сформировать документы» from the menu", () => {
  test("starts at once and, while the batch runs, shows what the polls say; stops asking when it ends", async () => {
    // The stored progress is the previous batch's until this one writes its own.
    const before = progress({ state: "done", total: 12, done: 12, message: "Документы готовы (вчера)." });
    const o = await show({ progress: before, autostart: true, ...FAST }, fakeServer(before));
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    await until(() => count(o, "documentsProgress") >= 2, "the polls");

    // Nothing of this batch known yet: an indeterminate bar, no count, no old summary.
    expect(await read(o.page.getByRole("status"))).toBe("Делаю документы…");
    expect(await barState(o)).toEqual({ value: null, max: 1 });
    expect(await o.page.locator("#count").isVisible()).toBe(false);
    expect(await o.page.locator("#hint").isVisible()).toBe(false);
    expect(await o.page.locator("#progress-block").getAttribute("aria-busy")).toBe("true");
    const again = button(o, "Сформировать ещё раз");
    expect(await again.isDisabled()).toBe(true);
    expect(await o.page.locator("#intro").isVisible()).toBe(false);

    o.server.progress = progress({ done: 12 });
    await untilText(o.page.locator("#count"), "Сделано 12 из 40");
    expect(await barState(o)).toEqual({ value: 12, max: 40 });
    const bar = o.page.getByRole("progressbar", { name: "Ход работы" });
    expect(await bar.getAttribute("aria-valuetext")).toBe("Сделано 12 из 40");

    o.server.progress = progress({ done: 30, failed: 2, problems: PROBLEMS.slice(2) });
    await untilText(o.page.locator("#count"), "Сделано 30 из 40");
    expect(await barState(o)).toEqual({ value: 30, max: 40 });
    expect(await read(o.page.locator("#failed"))).toBe("Не получилось: 2 документа");
    expect(await content(o, "#problems-title")).toBe("Не сделан 1 документ");
    expect(await read(o.page.getByRole("status"))).toBe("Делаю документы…");

    o.server.makes[0]!.resolve(done());
    await untilText(o.page.getByRole("status"), DONE_MESSAGE);
    const polls = count(o, "documentsProgress");
    await sleep(300);
    expect(count(o, "documentsProgress")).toBe(polls);
    expect(count(o, "makeDocuments")).toBe(1);
    expect(o.calls.every((c) => c.args.length === 0)).toBe(true);

    expect(await read(o.page.locator("#count"))).toBe("Сделано 37 из 40");
    expect(await barState(o)).toEqual({ value: 37, max: 40 });
    expect(await read(o.page.locator("#failed"))).toBe("Не получилось: 1 документ");
    expect(await o.page.locator("#progress-block").getAttribute("aria-busy")).toBe("false");
    expect(await again.isEnabled()).toBe(true);
    expect(await read(o.page.locator("#hint"))).toBe(READY_HINT);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
  });

  test("never asks twice at once: the next poll waits for the answer to the last", async () => {
    const server = fakeServer();
    server.slowProgress = true;
    const o = await show({ autostart: true, ...FAST }, server);
    await until(() => server.progressAnswers.length === 1, "the first poll");
    await sleep(250);
    expect(server.progressAnswers.length).toBe(1);
    server.progressAnswers[0]!.resolve(progress({ done: 3 }));
    await untilText(o.page.locator("#count"), "Сделано 3 из 40");
    await until(() => server.progressAnswers.length === 2, "the second poll");
    // The batch ends while a poll is on its way: its late answer is not shown over the result.
    server.makes[0]!.resolve(done());
    await untilText(o.page.getByRole("status"), DONE_MESSAGE);
    server.progressAnswers[1]!.resolve(progress({ done: 5 }));
    await sleep(200);
    expect(await read(o.page.locator("#count"))).toBe("Сделано 37 из 40");
    expect(server.progressAnswers.length).toBe(2);
    expect(server.maxPolls).toBe(1);
  });

  test("asks every 2 seconds when the data sets no interval", async () => {
    const o = await show({ autostart: true });
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    await sleep(1500);
    expect(count(o, "documentsProgress")).toBe(0);
    await until(() => count(o, "documentsProgress") === 1, "the first poll", 3000);
  });
});

describe("where a batch stands", () => {
  test("done: the summary, the problems grouped by kind with their subjects, the hint", async () => {
    const o = await show({ progress: done() });
    expect(await read(o.page.locator("h1"))).toBe("Документы");
    expect(await read(o.page.getByRole("status"))).toBe(DONE_MESSAGE);
    expect(await read(o.page.locator("#count"))).toBe("Сделано 37 из 40");
    expect(await read(o.page.locator("#hint"))).toBe(READY_HINT);
    expect(await o.page.locator("#intro").isVisible()).toBe(false);

    const problems = o.page.getByRole("region", { name: "Не сделано 3 документа" });
    expect(await texts(o, "#problems .group-title")).toEqual(["Соглашение (2)", "Приказ (1)"]);
    const agreements = problems.locator(".group").nth(0).locator(".problem");
    expect(await agreements.locator(".subject").allInnerTexts()).toEqual(["П-0003", "П-0007"]);
    expect(await read(agreements.nth(1).locator(".message"))).toBe(PROBLEMS[2]!.message);
    expect(await read(problems.locator(".group").nth(1).locator(".subject"))).toBe("У-2026-01");
    expect(await o.page.locator("#show-all").count()).toBe(0);

    // No polling for a finished batch.
    await sleep(300);
    expect(o.calls).toEqual([]);
  });

  test("paused: the message and that the add-on goes on by itself; asks slowly until the state changes", async () => {
    const p = paused();
    const o = await show({ progress: p, ...FAST }, fakeServer(p));
    const status = o.page.getByRole("status");
    expect(await texts(o, "#status .status-line")).toEqual([PAUSED_MESSAGE, PAUSED_NOTE]);
    expect(await read(o.page.locator("#count"))).toBe("Сделано 25 из 40");
    expect(await read(o.page.locator("#hint"))).toBe(READY_HINT);
    expect(await button(o, "Сформировать ещё раз").isEnabled()).toBe(true);
    expect(await status.getAttribute("aria-live")).toBe("polite");

    // While paused the page asks every `waitPollMs` (30 s in the add-on), never at the running pace.
    await until(() => count(o, "documentsProgress") >= 2, "the slow polls");
    const started = Date.now();
    const before = count(o, "documentsProgress");
    await sleep(200);
    expect(count(o, "documentsProgress") - before).toBeLessThanOrEqual(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);

    // The trigger's run starts: the page shows it and follows it closely.
    o.server.progress = progress({ done: 28 });
    await untilText(status, "Делаю документы…");
    expect(await read(o.page.locator("#count"))).toBe("Сделано 28 из 40");
    expect(await button(o, "Сформировать ещё раз").isDisabled()).toBe(true);
    o.server.progress = progress({ done: 33 });
    await untilText(o.page.locator("#count"), "Сделано 33 из 40");

    o.server.progress = done();
    await untilText(status, DONE_MESSAGE);
    expect(await button(o, "Сформировать ещё раз").isEnabled()).toBe(true);
    const polls = count(o, "documentsProgress");
    await sleep(300);
    expect(count(o, "documentsProgress")).toBe(polls);
    expect(count(o, "makeDocuments")).toBe(0);
  });

  test("paused as the answer to «Сформировать»: the page goes on watching", async () => {
    const o = await show({ autostart: true, ...FAST });
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    const p = paused();
    o.server.progress = p;
    o.server.makes[0]!.resolve(p);
    await untilText(o.page.locator("#status .status-line").first(), PAUSED_MESSAGE);
    const polls = count(o, "documentsProgress");
    await until(() => count(o, "documentsProgress") > polls, "a slow poll");
  });

  test("quota: the message and that it goes on tomorrow; no polling", async () => {
    const o = await show({ progress: quota(), ...FAST });
    expect(await texts(o, "#status .status-line")).toEqual([QUOTA_MESSAGE, QUOTA_NOTE]);
    expect(await read(o.page.locator("#count"))).toBe("Сделано 31 из 40");
    expect(await barState(o)).toEqual({ value: 31, max: 40 });
    expect(await read(o.page.locator("#hint"))).toBe(READY_HINT);
    expect(await o.page.locator("#failed").isVisible()).toBe(false);
    await sleep(300);
    expect(o.calls).toEqual([]);
  });

  test("blocked: the message in the alert box, nothing counted", async () => {
    const o = await show({ progress: blocked() });
    expect(await read(o.page.getByRole("alert"))).toBe(BLOCKED_MESSAGE);
    expect(await o.page.locator("#progress-block").isVisible()).toBe(false);
    expect(await o.page.locator("#hint").isVisible()).toBe(false);
    expect(await read(o.page.getByRole("status"))).toBe("");
    expect(await button(o, "Сформировать ещё раз").isEnabled()).toBe(true);
  });

  test("a batch with nothing to make: the message, no empty progress bar", async () => {
    const message =
      "Новых документов делать не нужно: для всех утверждённых пар они уже есть на листе «Документы». Чтобы сделать документ заново, отметьте в его строке «Пересоздать».";
    const o = await show({ progress: progress({ state: "done", total: 0, message }) });
    expect(await read(o.page.getByRole("status"))).toBe(message);
    expect(await o.page.locator("#progress-block").isVisible()).toBe(false);
    expect(await o.page.locator("#problems").count()).toBe(0);
  });

  test("a «running» batch that stops moving is taken as cut off: polling stops, the button is back", async () => {
    const p = progress({ done: 9 });
    const o = await show({ progress: p, pollMs: 40, staleMs: 400 }, fakeServer(p));
    expect(await read(o.page.getByRole("status"))).toBe("Делаю документы…");
    expect(await button(o, "Сформировать ещё раз").isDisabled()).toBe(true);
    await untilText(
      o.page.getByRole("status"),
      "Похоже, работа прервалась: новых документов давно нет. Нажмите «Сформировать ещё раз» — уже готовые документы заново не делаются.",
    );
    expect(await button(o, "Сформировать ещё раз").isEnabled()).toBe(true);
    expect(await o.page.locator("#progress-block").getAttribute("aria-busy")).toBe("false");
    const polls = count(o, "documentsProgress");
    await sleep(250);
    expect(count(o, "documentsProgress")).toBe(polls);
  });

  test("Russian plural forms", async () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => problem(AGREEMENT, `П-${1000 + i}`, "Не заполнено «Класс»."));
    for (const [failed, problems, failedText, title] of [
      [2, 2, "Не получилось: 2 документа", "Не сделано 2 документа"],
      [5, 5, "Не получилось: 5 документов", "Не сделано 5 документов"],
      [21, 21, "Не получилось: 21 документ", "Не сделан 21 документ"],
      [11, 1, "Не получилось: 11 документов", "Не сделан 1 документ"],
    ] as const) {
      const o = await show({ progress: progress({ state: "done", failed, problems: many(problems) }) });
      expect(await read(o.page.locator("#failed"))).toBe(failedText);
      expect(await content(o, "#problems-title")).toBe(title);
    }
  });
});

describe("running again and failures", () => {
  test("«Сформировать ещё раз» runs a new batch; the old summary goes away meanwhile", async () => {
    const o = await show({ progress: done(), ...FAST });
    await button(o, "Сформировать ещё раз").focus();
    await button(o, "Сформировать ещё раз").press("Enter");
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    expect(await read(o.page.getByRole("status"))).toBe("Делаю документы…");
    expect(await button(o, "Сформировать ещё раз").isDisabled()).toBe(true);
    expect(await o.page.locator("#problems").count()).toBe(0);
    expect(await o.page.locator("#hint").isVisible()).toBe(false);
    expect(await barState(o)).toEqual({ value: null, max: 1 });

    o.server.makes[0]!.resolve(
      progress({ state: "done", total: 2, done: 2, message: "Документы готовы: сделано 2." }),
    );
    await untilText(o.page.getByRole("status"), "Документы готовы: сделано 2.");
    expect(await read(o.page.locator("#count"))).toBe("Сделано 2 из 2");
    // The focus is given back to the button.
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("make");

    await button(o, "Сформировать ещё раз").click();
    await until(() => count(o, "makeDocuments") === 2, "the second run");
    o.server.makes[1]!.resolve(
      progress({ state: "done", total: 0, message: "Новых документов делать не нужно." }),
    );
    await untilText(o.page.getByRole("status"), "Новых документов делать не нужно.");
  });

  test("a failed call shows the server's message in the alert box and gives the button back", async () => {
    const o = await show({ autostart: true, ...FAST });
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    o.server.progress = progress({ done: 4 });
    await untilText(o.page.locator("#count"), "Сделано 4 из 40");
    o.server.makes[0]!.reject(new Error(BLOCKED_MESSAGE));
    await untilText(o.page.getByRole("alert"), BLOCKED_MESSAGE);
    const again = button(o, "Сформировать ещё раз");
    expect(await again.isEnabled()).toBe(true);
    expect(await read(o.page.getByRole("status"))).toBe("");
    expect(await o.page.locator("#progress-block").isVisible()).toBe(false);
    const polls = count(o, "documentsProgress");
    await sleep(250);
    expect(count(o, "documentsProgress")).toBe(polls);

    // Trying again clears the alert.
    await again.click();
    await until(() => count(o, "makeDocuments") === 2, "the second run");
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    o.server.makes[1]!.resolve(done());
    await untilText(o.page.getByRole("status"), DONE_MESSAGE);
  });

  test("an answer that is not a progress is reported, not shown", async () => {
    const o = await show({ autostart: true, ...FAST });
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    o.server.makes[0]!.resolve({ state: "done" } as DocumentsProgress);
    await untilText(
      o.page.getByRole("alert"),
      "Не удалось прочитать ответ таблицы. Нажмите «Сформировать ещё раз».",
    );
    expect(await button(o, "Сформировать ещё раз").isEnabled()).toBe(true);
  });
});

describe("other pages", () => {
  test("more than ten problems: the first ten, then «Показать все (N)»", async () => {
    const problems = [
      ...Array.from({ length: 8 }, (_, i) =>
        problem(AGREEMENT, `П-00${10 + i}`, "Не заполнено «Паспорт наставника»."),
      ),
      ...Array.from({ length: 5 }, (_, i) => problem(PLAN, `П-00${30 + i}`, "Не заполнено «Цель».")),
    ];
    const o = await show({ progress: progress({ state: "done", done: 27, problems, message: "Готово." }) });
    expect(await content(o, "#problems-title")).toBe("Не сделано 13 документов");
    expect(await o.page.locator(".problem").count()).toBe(10);
    // A group's count is all of its problems, shown or not.
    expect(await texts(o, ".group-title")).toEqual(["Соглашение (8)", "Программа пары (5)"]);
    const more = button(o, "Показать все (13)");
    await more.click();
    expect(await o.page.locator(".problem").count()).toBe(13);
    expect(await o.page.locator("#show-all").count()).toBe(0);
    expect(await o.page.evaluate(() => document.activeElement?.textContent)).toContain("П-0032");
  });

  test("English", async () => {
    const problems = [
      problem("Agreement", "P-0003", "“Mentor's passport” is empty and the agreement needs it."),
    ];
    const p = progress({
      state: "paused",
      done: 1,
      failed: 1,
      problems,
      message:
        "1 of 40 made. The add-on makes the rest itself in a minute, to stay within Google's time limit.",
    });
    const o = await show({ locale: "en", progress: p });
    expect(await o.page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      "en",
      "Documents",
    ]);
    expect(await read(o.page.locator("h1"))).toBe("Documents");
    expect(await read(o.page.locator("#count"))).toBe("1 of 40 made");
    expect(await o.page.getByRole("progressbar", { name: "Progress" }).count()).toBe(1);
    expect(await read(o.page.locator("#failed"))).toBe("Failed: 1 document");
    expect(await texts(o, "#status .status-line")).toEqual([
      p.message,
      "The add-on goes on by itself in about a minute: you may close this sidebar. While it is open, it shows how the work goes.",
    ]);
    expect(await content(o, "#problems-title")).toBe("1 document not made");
    expect(await read(o.page.locator("#hint"))).toBe(
      "The documents made are listed on the “Documents” tab and linked from the pairs' rows on the “Pairs and groups” tab. To make one again, tick “Remake” in its row on the “Documents” tab and press “Make again”.",
    );
    expect(await button(o, "Make again").isEnabled()).toBe(true);
  });

  test("English intro", async () => {
    const o = await show({ locale: "en" });
    expect(await read(o.page.locator("#intro"))).toContain("Mentoring / academic year / document kind");
    expect(await button(o, "Make documents").isEnabled()).toBe(true);
  });

  test("opened without a batch: what will be made, and nothing starts before the button", async () => {
    const o = await show({ ...FAST });
    expect(await read(o.page.locator("#intro"))).toBe(
      "Надстройка сделает документы для утверждённых пар: соглашение и индивидуальную программу для каждой пары и приказ на каждое утверждение. Они сохраняются на Google Диске в папке «Наставничество / учебный год / вид документа». Уже готовые документы заново не делаются.",
    );
    expect(await o.page.locator("#progress-block").isVisible()).toBe(false);
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
    await sleep(300);
    expect(o.calls).toEqual([]);

    await button(o, "Сформировать документы").click();
    await until(() => count(o, "makeDocuments") === 1, "makeDocuments");
    expect(await o.page.locator("#intro").isVisible()).toBe(false);
    expect(await read(o.page.getByRole("status"))).toBe("Делаю документы…");
    expect(await button(o, "Сформировать ещё раз").isDisabled()).toBe(true);
    o.server.makes[0]!.resolve(done());
    await untilText(o.page.getByRole("status"), DONE_MESSAGE);
  });

  test("a page without readable data says so and can still make the documents", async () => {
    for (const broken of [
      "{",
      JSON.stringify({ locale: "ru", progress: { state: "done" }, autostart: true }),
    ]) {
      const server = fakeServer();
      const o = await openPage(tested.html.replace("<?!= data ?>", broken), server.handler, {
        functions: FUNCTIONS,
      });
      tested.keep(o);
      expect(await read(o.page.getByRole("alert"))).toBe(
        "Не удалось прочитать данные о документах. Нажмите «Сформировать документы».",
      );
      expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
      await sleep(150);
      expect(o.calls).toEqual([]);
      await button(o, "Сформировать документы").click();
      await until(() => server.makes.length === 1, "makeDocuments");
      expect(await o.page.getByRole("alert").isVisible()).toBe(false);
      server.makes[0]!.resolve(done());
      await untilText(o.page.getByRole("status"), DONE_MESSAGE);
    }
  });

  test("problems and messages are shown as text, never as HTML", async () => {
    const evil = '<img src="x" onerror="window.__pwned=1"><b>жирный</b>';
    const p = progress({
      state: "done",
      problems: [problem(`<i>${AGREEMENT}</i>`, "<script>window.__pwned=2</script>", evil)],
      message: `Готово ${evil}`,
    });
    const o = await show({ progress: p });
    expect(await read(o.page.locator(".problem .message"))).toBe(evil);
    expect(await read(o.page.locator(".problem .subject"))).toBe("<script>window.__pwned=2</script>");
    expect(await read(o.page.locator(".group-title"))).toBe(`<i>${AGREEMENT}</i> (1)`);
    expect(await read(o.page.getByRole("status"))).toBe(`Готово ${evil}`);
    expect(await o.page.locator("#app img, #app b, #app i, #app script").count()).toBe(0);
    expect(await o.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    const blockedEvil = await show({ progress: progress({ state: "blocked", total: 0, message: evil }) });
    expect(await read(blockedEvil.page.getByRole("alert"))).toBe(evil);
    expect(await blockedEvil.page.locator("#app img").count()).toBe(0);
  });
});

test("accessible: before a batch, running, paused, done with problems, blocked, a failed call", async () => {
  const before = await show({});
  await expectAccessible(before.page, "documents: before a batch");
  const running = await show({ autostart: true, ...FAST });
  await until(() => count(running, "makeDocuments") === 1, "makeDocuments");
  running.server.progress = progress({ done: 4 });
  await untilText(running.page.locator("#count"), "Сделано 4 из 40");
  await expectAccessible(running.page, "documents: a batch running");
  running.server.makes[0]!.reject(new Error(BLOCKED_MESSAGE));
  await untilText(running.page.getByRole("alert"), BLOCKED_MESSAGE);
  await expectAccessible(running.page, "documents: a failed call in the alert box");
  const stopped = await show({ progress: paused() });
  await expectAccessible(stopped.page, "documents: paused");
  const finished = await show({ progress: done() });
  await expectAccessible(finished.page, "documents: done, with problems");
  const refused = await show({ progress: blocked() });
  await expectAccessible(refused.page, "documents: blocked");
});

test("«Свой шаблон документа…» asks the server for Google's Picker dialog; a refusal is shown in the alert box", async () => {
  const server = fakeServer();
  const base = server.handler.bind(server);
  let refuse = "";
  server.handler = (name, args) => {
    if (name !== "openTemplatePicker") return base(name, args);
    if (refuse) throw new Error(refuse);
    return undefined;
  };
  const o = await show({}, server);
  await o.page.getByRole("heading", { name: "Свои шаблоны" }).waitFor();
  const own = o.page.getByRole("button", { name: "Свой шаблон документа…" });
  await own.click();
  await until(() => count(o, "openTemplatePicker") === 1, "openTemplatePicker");
  expect(o.calls.find((c) => c.name === "openTemplatePicker")?.args).toEqual([null]);
  expect(count(o, "makeDocuments")).toBe(0);
  await o.page.waitForFunction(
    () => !(document.getElementById("own-template") as HTMLButtonElement).disabled,
  );

  refuse = "На листе «Настройки» нет строки «Выбор шаблона: ключ API».";
  await own.click();
  await untilText(o.page.getByRole("alert"), refuse);
  expect(await own.isEnabled()).toBe(true);
  await expectAccessible(o.page, "documents: own templates, a refusal in the alert box");
});

test("screenshot of the sidebar", async () => {
  const problems = [
    ...PROBLEMS,
    ...Array.from({ length: 9 }, (_, i) => problem(PLAN, `П-00${20 + i}`, "Не заполнено «Цель программы».")),
  ];
  const o = await show({
    progress: progress({ state: "done", done: 37, failed: 1, problems, message: DONE_MESSAGE }),
  });
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
