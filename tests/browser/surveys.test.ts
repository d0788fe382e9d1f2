import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { CollectView, SendView, SurveyKindView, SurveysView } from "../../src/domain/surveysView";
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

/** The «Анкеты» sidebar in Chromium, with a fake server whose answers the tests hand out one by one. */

const SCREENSHOT = "out/screenshots/surveys.png";

const tested = pageUnderTest("src/ui/surveys");

const FUNCTIONS = [
  "surveysOverview",
  "sendSurvey",
  "collectSurveyAnswers",
  "surveyFormLinks",
  "resendSurveyMail",
  "markSurveyMailArrived",
];

type Shown = OpenedPage & { server: WaitingServer; answer(name: string): Promise<Deferred> };

/** The page with its data; every server call waits until the test settles it (`answer(name)`). */
async function showData(data: unknown): Promise<Shown> {
  const server = waitingServer();
  const o = await tested.open(data, server.handler, { functions: FUNCTIONS });
  return { ...o, server, answer: server.answer };
}

const show = (view: SurveysView) => showData({ view });

const texts = async (o: OpenedPage, selector: string) =>
  (await o.page.locator(selector).allInnerTexts()).map(norm);
const askButton = (o: OpenedPage, name: string) =>
  o.page.locator("#ask").getByRole("button", { name, exact: true });
/** The card of a participants' survey, by its label. */
const kindCard = (o: OpenedPage, label: string) =>
  o.page.locator("#kinds .kind").filter({ has: o.page.locator(".kind-name", { hasText: label }) });
const regCard = (o: OpenedPage, label: string) =>
  o.page
    .locator("#registration-list .registration-item")
    .filter({ has: o.page.locator(".kind-name", { hasText: label }) });
/** The enabled state of every button on the page. */
const enabledButtons = (o: OpenedPage) =>
  o.page
    .locator("button:visible")
    .evaluateAll((els) => els.filter((b) => !(b as HTMLButtonElement).disabled).length);

// ---- the school's surveys -----------------------------------------------------------------------------------

const FORM_URL = "https://docs.google.com/forms/d/e/1FAIpQLSd-satisfaction-mentee/viewform";
const FORM_EDIT = "https://docs.google.com/forms/d/1a2B3c-satisfaction-mentee/edit";
const REG_URL = "https://docs.google.com/forms/d/e/1FAIpQLSd-registration-mentee/viewform";
const REG_EDIT = "https://docs.google.com/forms/d/1a2B3c-registration-mentee/edit";

const zero = { total: 0, pending: 0, sent: 0, answered: 0, uncertain: 0 };

function kind(
  k: Pick<SurveyKindView, "kind" | "label" | "audience"> & Partial<SurveyKindView>,
): SurveyKindView {
  return { registration: false, form: null, counts: zero, inDoubt: [], ...k };
}

const REG_MENTOR = kind({
  kind: "registration_mentor",
  label: "Регистрация наставника",
  audience: "mentor",
  registration: true,
});
const REG_MENTEE = kind({
  kind: "registration_mentee",
  label: "Регистрация наставляемого",
  audience: "mentee",
  registration: true,
});
const SAT_MENTEE = kind({
  kind: "satisfaction_mentee",
  label: "Удовлетворённость наставляемых",
  audience: "mentee",
  form: { url: FORM_URL, editUrl: FORM_EDIT },
  counts: { total: 12, pending: 2, sent: 3, answered: 7, uncertain: 0 },
});
const SAT_MENTOR = kind({
  kind: "satisfaction_mentor",
  label: "Удовлетворённость наставников",
  audience: "mentor",
  counts: { total: 3, pending: 0, sent: 1, answered: 2, uncertain: 0 },
});
const ENTRY = kind({
  kind: "entry",
  label: "Входной мониторинг",
  audience: "mentee",
  counts: { total: 21, pending: 0, sent: 20, answered: 1, uncertain: 0 },
});
const EXIT = kind({ kind: "exit", label: "Итоговый мониторинг", audience: "mentee" });

const SCHOOL: SurveysView = {
  locale: "ru",
  year: "2026/2027",
  kinds: [REG_MENTOR, REG_MENTEE, SAT_MENTEE, SAT_MENTOR, ENTRY, EXIT],
  batches: ["У-0001", "У-0002"],
  groups: ["Г-0001"],
};

/** The view with one survey's counts (or anything else) changed. */
function changed(v: SurveysView, kindKey: string, patch: Partial<SurveyKindView>): SurveysView {
  return { ...v, kinds: v.kinds.map((k) => (k.kind === kindKey ? { ...k, ...patch } : k)) };
}

const SKIPPED: SendView["skipped"] = [
  { personId: "НЯ-0003", name: "Соколова Мария Дмитриевна", why: "не указан e-mail" },
  {
    personId: "НЯ-0007",
    name: "Белов Кирилл Андреевич",
    why: "нет согласия на обработку персональных данных",
  },
  {
    personId: "НЯ-0009",
    name: "Зайцева Полина Игоревна",
    why: "несовершеннолетний: нет согласия законного представителя",
  },
  { personId: "НЯ-0011", name: "<img src=x onerror=alert(1)>", why: "не указан e-mail" },
  {
    personId: "НЯ-0012",
    name: "Егоров Тимофей Олегович",
    why: "в строке участника есть ошибки — выполните «Проверить базу»",
  },
  { personId: "НЯ-0015", name: "Никитина Ева Романовна", why: "не указан e-mail" },
  {
    personId: "НЯ-0016",
    name: "Фёдоров Лев Максимович",
    why: "письмо не ушло: Service invoked too many times",
  },
];

const SEND_MESSAGE =
  "«Удовлетворённость наставляемых»: отправлено 3, отправлено раньше или уже ответили 10, не отправлено 7. Дневной лимит писем исчерпан: ещё 2 уйдут автоматически завтра.";

const AFTER_SEND = changed(SCHOOL, "satisfaction_mentee", {
  counts: { total: 14, pending: 1, sent: 6, answered: 7, uncertain: 0 },
});

const SENT: SendView = {
  sent: 3,
  already: 10,
  later: 2,
  skipped: SKIPPED,
  message: SEND_MESSAGE,
  view: AFTER_SEND,
};

const COLLECT_MESSAGE = "Новых ответов: 3; учтено 3, внесено в базу 0, требуют проверки 0.";
const COLLECTED: CollectView = {
  received: 3,
  counted: 3,
  flagged: 0,
  registered: 0,
  message: COLLECT_MESSAGE,
  view: changed(SCHOOL, "satisfaction_mentee", {
    counts: { total: 12, pending: 2, sent: 0, answered: 10, uncertain: 0 },
  }),
};

// ---- tests --------------------------------------------------------------------------------------------------

describe("what the sidebar shows", () => {
  test("the year, each participants' survey with its audience, counts in the right plural and the form's links", async () => {
    const o = await show(SCHOOL);
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Анкеты на 2026/2027 учебный год");
    expect(await o.page.title()).toBe("Анкеты");
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await content(o, "#participants-title")).toBe("Анкеты участников");

    // Only the four participants' surveys, in the view's order.
    expect(await texts(o, "#kinds .kind-name")).toEqual([
      "Удовлетворённость наставляемых",
      "Удовлетворённость наставников",
      "Входной мониторинг",
      "Итоговый мониторинг",
    ]);
    const sat = kindCard(o, "Удовлетворённость наставляемых");
    expect(await read(sat.locator(".audience"))).toBe("Кому: наставляемым");
    expect(await read(sat.locator(".counts"))).toBe(
      "Отправлено 10 анкет, ответили 7 из 12; ещё не отправлено: 2",
    );
    expect(await read(kindCard(o, "Удовлетворённость наставников").locator(".audience"))).toBe(
      "Кому: наставникам",
    );
    expect(await read(kindCard(o, "Удовлетворённость наставников").locator(".counts"))).toBe(
      "Отправлено 3 анкеты, ответили 2 из 3",
    );
    expect(await read(kindCard(o, "Входной мониторинг").locator(".counts"))).toBe(
      "Отправлена 21 анкета, ответил 1 из 21",
    );
    expect(await read(kindCard(o, "Итоговый мониторинг").locator(".counts"))).toBe("Ещё не отправлялась");
    expect(await kindCard(o, "Итоговый мониторинг").locator(".bar").count()).toBe(0);

    // The bar: answered 7 of 12 in green, 3 waiting in blue; hidden from screen readers (the text says it).
    const widths = await sat
      .locator(".bar")
      .evaluate((bar) => [...bar.children].map((c) => Math.round((c as HTMLElement).offsetWidth)));
    const barWidth = await sat.locator(".bar").evaluate((bar) => (bar as HTMLElement).offsetWidth);
    expect(widths[0]).toBeCloseTo((barWidth * 7) / 12, -1);
    expect(widths[1]).toBeCloseTo((barWidth * 3) / 12, -1);
    expect(await sat.locator(".bar").getAttribute("aria-hidden")).toBe("true");

    // The form's links open in a new tab, without access to this page.
    const open = sat.getByRole("link", {
      name: "Открыть форму «Удовлетворённость наставляемых» (откроется в новой вкладке)",
    });
    expect(await open.getAttribute("href")).toBe(FORM_URL);
    expect(await open.getAttribute("target")).toBe("_blank");
    expect(await open.getAttribute("rel")).toContain("noopener");
    expect(await read(open)).toBe("Открыть форму");
    const edit = sat.getByRole("link", { name: /^Изменить форму/ });
    expect(await edit.getAttribute("href")).toBe(FORM_EDIT);
    expect(await edit.getAttribute("target")).toBe("_blank");
    expect(await read(kindCard(o, "Итоговый мониторинг").locator(".hint"))).toBe(
      "Формы пока нет: она будет создана при отправке.",
    );

    expect(await read(o.page.locator("#collect .hint"))).toBe(
      "Ответы приходят в базу и сами, когда участник отправляет форму. Кнопка нужна, если какой-то ответ не дошёл.",
    );
    expect(await o.page.locator("#no-year").isVisible()).toBe(false);
    expect(await o.page.locator("#refresh").isVisible()).toBe(false);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(o.calls).toEqual([]);
  });

  test("the send block offers the participants' surveys and the current confirmations and groups", async () => {
    const o = await show(SCHOOL);
    const kindSelect = o.page.getByLabel("Анкета", { exact: true });
    expect(await kindSelect.locator("option").allTextContents()).toEqual([
      "Удовлетворённость наставляемых",
      "Удовлетворённость наставников",
      "Входной мониторинг",
      "Итоговый мониторинг",
    ]);
    const scope = o.page.getByLabel("Кому", { exact: true });
    expect(await scope.locator("option").allTextContents()).toEqual([
      "Всем участникам текущих пар",
      "Утверждение У-0001",
      "Утверждение У-0002",
      "Группа Г-0001",
    ]);
    expect(
      await scope.locator("optgroup").evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label)),
    ).toEqual(["Утверждения", "Группы"]);
    expect(await button(o, "Отправить").isEnabled()).toBe(true);
    expect(await button(o, "Напомнить тем, кто не ответил").isEnabled()).toBe(true);

    // Without confirmations and groups: all current pairs only.
    const plain = await show({ ...SCHOOL, batches: [], groups: [] });
    const plainScope = plain.page.getByLabel("Кому", { exact: true });
    expect(await plainScope.locator("option").allTextContents()).toEqual(["Всем участникам текущих пар"]);
    expect(await plainScope.locator("optgroup").count()).toBe(0);
  });
});

describe("sending", () => {
  test("kind and scope → confirmation → the exact call → message, later note, skipped list and new counts", async () => {
    const o = await show(SCHOOL);
    await o.page.getByLabel("Анкета", { exact: true }).selectOption("satisfaction_mentee");
    await o.page.getByLabel("Кому", { exact: true }).selectOption({ label: "Утверждение У-0002" });
    await button(o, "Отправить").click();

    const ask = o.page.getByRole("group", { name: /^Отправить анкету/ });
    expect(await read(ask.locator("legend"))).toBe(
      "Отправить анкету «Удовлетворённость наставляемых» наставляемым из пар утверждения У-0002? Письмо уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    );
    expect(await button(o, "Отправить").first().getAttribute("aria-expanded")).toBe("true");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("ask-yes");
    expect(o.calls).toEqual([]);

    await askButton(o, "Отправить").click();
    const call = await o.answer("sendSurvey");
    expect(o.calls).toEqual([
      { name: "sendSurvey", args: ["satisfaction_mentee", { type: "batch", code: "У-0002" }, "send"] },
    ]);

    // While the call runs: busy, every button disabled, a short status.
    expect(await read(o.page.getByRole("status"))).toBe("Отправляю…");
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");
    expect(await enabledButtons(o)).toBe(0);
    expect(await o.page.locator("#kind").isDisabled()).toBe(true);
    expect(await o.page.locator("#ask").isVisible()).toBe(false);

    call.resolve(SENT);
    await untilText(o.page.getByRole("status"), SEND_MESSAGE);
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await read(o.page.locator("#later"))).toBe(
      "Ещё 2 письма уйдут завтра автоматически: дневной лимит писем исчерпан. Ничего нажимать не нужно, эту панель можно закрыть.",
    );

    // The skipped: the first five, then all on request.
    expect(await content(o, "#skipped-title")).toBe("Без письма остались 7 участников");
    const items = o.page.locator("#skipped .skipped-item");
    expect(await items.count()).toBe(5);
    expect(await read(items.first())).toBe("Соколова Мария Дмитриевна — не указан e-mail");
    await button(o, "Показать всех (7)").click();
    expect(await items.count()).toBe(7);
    expect(await read(items.last())).toBe(
      "Фёдоров Лев Максимович — письмо не ушло: Service invoked too many times",
    );
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("skipped-5");
    expect(await button(o, "Показать всех (7)").count()).toBe(0);

    // The counts come from the returned view; the choices stay.
    expect(await read(kindCard(o, "Удовлетворённость наставляемых").locator(".counts"))).toBe(
      "Отправлено 13 анкет, ответили 7 из 14; ещё не отправлено: 1",
    );
    expect(await o.page.locator("#kind").inputValue()).toBe("satisfaction_mentee");
    expect(await o.page.locator("#scope").inputValue()).toBe("batch:У-0002");
    expect(await button(o, "Отправить").isEnabled()).toBe(true);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(o.calls.length).toBe(1);
  });

  test("few skipped are all listed; no later note when nothing waits for tomorrow", async () => {
    const o = await show(SCHOOL);
    await button(o, "Отправить").click();
    expect(await read(o.page.locator("#ask legend"))).toBe(
      "Отправить анкету «Удовлетворённость наставляемых» наставляемым всех текущих пар? Письмо уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    );
    await askButton(o, "Отправить").click();
    (await o.answer("sendSurvey")).resolve({
      ...SENT,
      later: 0,
      skipped: SKIPPED.slice(0, 1),
      message:
        "«Удовлетворённость наставляемых»: отправлено 9, отправлено раньше или уже ответили 0, не отправлено 1.",
    });
    await o.page.locator("#skipped").waitFor();
    expect(o.calls[0]!.args).toEqual(["satisfaction_mentee", { type: "all" }, "send"]);
    expect(await content(o, "#skipped-title")).toBe("Без письма остался 1 участник");
    expect(await o.page.locator("#skipped .skipped-item").count()).toBe(1);
    expect(await o.page.locator("#show-all").count()).toBe(0);
    expect(await o.page.locator("#later").count()).toBe(0);
  });

  test("Отмена and Escape close the confirmation without a call; a new choice closes it too", async () => {
    const o = await show(SCHOOL);
    await button(o, "Отправить").click();
    await askButton(o, "Отмена").click();
    expect(await o.page.locator("#ask").isVisible()).toBe(false);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("send-button");

    await button(o, "Отправить").click();
    await o.page.keyboard.press("Escape");
    expect(await o.page.locator("#ask").isVisible()).toBe(false);

    await button(o, "Отправить").click();
    await o.page.getByLabel("Кому", { exact: true }).selectOption({ label: "Группа Г-0001" });
    expect(await o.page.locator("#ask").isVisible()).toBe(false);
    await button(o, "Отправить").click();
    expect(await read(o.page.locator("#ask legend"))).toBe(
      "Отправить анкету «Удовлетворённость наставляемых» наставляемым группы Г-0001? Письмо уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    );
    expect(o.calls).toEqual([]);
  });

  test("«Напомнить тем, кто не ответил» asks, then sends mode remind; it is off when nobody waits", async () => {
    const o = await show(SCHOOL);
    await o.page.getByLabel("Анкета", { exact: true }).selectOption("satisfaction_mentor");
    await o.page.getByLabel("Кому", { exact: true }).selectOption({ label: "Группа Г-0001" });
    await button(o, "Напомнить тем, кто не ответил").click();
    expect(await read(o.page.locator("#ask legend"))).toBe(
      "Напомнить об анкете «Удовлетворённость наставников» тем наставникам группы Г-0001, кто ещё не ответил? Напоминание уйдёт только тем, у кого есть e-mail и отмечено согласие.",
    );
    await askButton(o, "Напомнить").click();
    const call = await o.answer("sendSurvey");
    expect(o.calls).toEqual([
      { name: "sendSurvey", args: ["satisfaction_mentor", { type: "group", code: "Г-0001" }, "remind"] },
    ]);
    expect(await read(o.page.getByRole("status"))).toBe("Отправляю напоминания…");
    const message =
      "«Удовлетворённость наставников»: напоминаний отправлено 1; уже ответили или напомнили сегодня 2; не отправлено 0.";
    call.resolve({ sent: 1, already: 2, later: 0, skipped: [], message, view: SCHOOL });
    await untilText(o.page.getByRole("status"), message);
    expect(await o.page.locator("#skipped").count()).toBe(0);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("remind-button");

    // «Итоговый мониторинг» has not been sent: there is no one to remind.
    await o.page.getByLabel("Анкета", { exact: true }).selectOption("exit");
    expect(await button(o, "Напомнить тем, кто не ответил").isDisabled()).toBe(true);
    expect(await read(o.page.locator("#remind-hint"))).toBe("Напоминать некому: этой анкеты никто не ждёт.");
    expect(await button(o, "Отправить").isEnabled()).toBe(true);
  });

  test("a server failure shows the message in role=alert and gives the buttons back", async () => {
    const o = await show(SCHOOL);
    await button(o, "Отправить").click();
    await askButton(o, "Отправить").click();
    const failure =
      "На листе «Настройки» не указан учебный год: анкеты делаются на учебный год. Укажите его (например, 2026/2027).";
    (await o.answer("sendSurvey")).reject(new Error(failure));
    await untilText(o.page.getByRole("alert"), failure);
    expect(await o.page.getByRole("status").textContent()).toBe("");
    expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
    expect(await button(o, "Отправить").isEnabled()).toBe(true);
    expect(await button(o, "Собрать ответы").isEnabled()).toBe(true);
    expect(await o.page.locator("#kind").isEnabled()).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("send-button");
    // The old counts stay.
    expect(await read(kindCard(o, "Удовлетворённость наставляемых").locator(".counts"))).toBe(
      "Отправлено 10 анкет, ответили 7 из 12; ещё не отправлено: 2",
    );

    // The next action clears the alert.
    await button(o, "Собрать ответы").click();
    (await o.answer("collectSurveyAnswers")).resolve(COLLECTED);
    await untilText(o.page.getByRole("status"), COLLECT_MESSAGE);
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);

    // An answer that is not a view is a failure too.
    await button(o, "Собрать ответы").click();
    (await o.answer("collectSurveyAnswers")).resolve({ message: "?" });
    await untilText(o.page.getByRole("alert"), "Не удалось прочитать ответ таблицы. Нажмите «Обновить».");
    expect(await button(o, "Собрать ответы").isEnabled()).toBe(true);
  });
});

test("«Собрать ответы» shows what came and the new counts", async () => {
  const o = await show(SCHOOL);
  await button(o, "Собрать ответы").click();
  const call = await o.answer("collectSurveyAnswers");
  expect(o.calls).toEqual([{ name: "collectSurveyAnswers", args: [] }]);
  expect(await read(o.page.getByRole("status"))).toBe("Собираю ответы…");
  expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");
  expect(await button(o, "Собрать ответы").isDisabled()).toBe(true);
  call.resolve(COLLECTED);
  await untilText(o.page.getByRole("status"), COLLECT_MESSAGE);
  expect(await read(kindCard(o, "Удовлетворённость наставляемых").locator(".counts"))).toBe(
    "Отправлено 10 анкет, ответили 10 из 12; ещё не отправлено: 2",
  );
  expect(await button(o, "Собрать ответы").isEnabled()).toBe(true);
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("collect-button");
  // Nobody waits for «Удовлетворённость наставляемых» any more.
  expect(await button(o, "Напомнить тем, кто не ответил").isDisabled()).toBe(true);
});

test("a person whose mail is in doubt: listed on the survey's card, «Отправить ещё раз» resends with one click", async () => {
  const doubt = changed(SCHOOL, "satisfaction_mentee", {
    counts: { total: 12, pending: 2, sent: 2, answered: 7, uncertain: 1 },
    inDoubt: [{ personId: "НЯ-0004", name: "Орлова Вера <b>Ивановна</b>", row: 5 }],
  });
  const o = await show(doubt);
  const card = kindCard(o, "Удовлетворённость наставляемых");
  expect(await read(card.locator(".doubt-title"))).toBe(
    "Не известно, ушло ли письмо (1): отправка прервалась.",
  );
  expect(await read(card.locator(".doubt-item"))).toBe(
    "Орлова Вера <b>Ивановна</b> (лист «Анкеты», строка 5) Отправить ещё раз Письмо дошло",
  );
  expect(await read(card.locator(".doubt .hint"))).toBe(
    "Спросите человека, пришло ли письмо. Пришло — нажмите «Письмо дошло», нет — «Отправить ещё раз».",
  );
  await expectAccessible(o.page, "surveys: a person whose mail is in doubt");
  const resend = button(o, "Отправить ещё раз: Орлова Вера <b>Ивановна</b>");
  await resend.click();
  const call = await o.answer("resendSurveyMail");
  expect(o.calls).toEqual([{ name: "resendSurveyMail", args: ["satisfaction_mentee", "НЯ-0004"] }]);
  expect(await read(o.page.getByRole("status"))).toBe(
    "Отправляю письмо ещё раз: Орлова Вера <b>Ивановна</b>…",
  );
  expect(await resend.isDisabled()).toBe(true);
  const message = "Письмо для Орлова Вера <b>Ивановна</b> отправлено ещё раз.";
  call.resolve({ sent: 1, already: 0, later: 0, skipped: [], message, view: AFTER_SEND });
  await untilText(o.page.getByRole("status"), message);
  expect(await card.locator(".doubt").count()).toBe(0);
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("heading");
});

test("«Письмо дошло»: the person said the mail arrived; one click marks it, the refreshed view no longer lists them", async () => {
  const doubt = changed(SCHOOL, "satisfaction_mentee", {
    counts: { total: 12, pending: 2, sent: 2, answered: 7, uncertain: 2 },
    inDoubt: [
      { personId: "НЯ-0004", name: "Орлова Вера", row: 5 },
      { personId: "НЯ-0006", name: "Зуев Павел", row: 7 },
    ],
  });
  const o = await show(doubt);
  const card = kindCard(o, "Удовлетворённость наставляемых");
  const arrived = button(o, "Письмо дошло: Зуев Павел");
  await arrived.click();
  const call = await o.answer("markSurveyMailArrived");
  expect(o.calls).toEqual([{ name: "markSurveyMailArrived", args: ["satisfaction_mentee", "НЯ-0006"] }]);
  expect(await read(o.page.getByRole("status"))).toBe("Отмечаю, что письмо дошло: Зуев Павел…");
  expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("true");
  // Every settling button waits, the other person's too: one call at a time.
  expect(await arrived.isDisabled()).toBe(true);
  expect(await button(o, "Письмо дошло: Орлова Вера").isDisabled()).toBe(true);
  expect(await button(o, "Отправить ещё раз: Орлова Вера").isDisabled()).toBe(true);
  const message = "Отмечено: письмо для Зуев Павел дошло. Повторно не отправляется.";
  const after = changed(SCHOOL, "satisfaction_mentee", {
    counts: { total: 12, pending: 2, sent: 3, answered: 7, uncertain: 1 },
    inDoubt: [{ personId: "НЯ-0004", name: "Орлова Вера", row: 5 }],
  });
  call.resolve({ sent: 0, already: 1, later: 0, skipped: [], message, view: after });
  await untilText(o.page.getByRole("status"), message);
  expect(await texts(o, ".doubt-item .doubt-name")).toEqual(["Орлова Вера"]);
  expect(await read(card.locator(".doubt-title"))).toBe(
    "Не известно, ушло ли письмо (1): отправка прервалась.",
  );
  expect(await button(o, "Письмо дошло: Зуев Павел").count()).toBe(0);
  expect(await button(o, "Письмо дошло: Орлова Вера").isEnabled()).toBe(true);
  expect(await o.page.locator("#app").getAttribute("aria-busy")).toBe("false");
  expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("heading");
  expect(o.calls).toHaveLength(1);
  await expectAccessible(o.page, "surveys: a mail marked as arrived");
});

test("«Письмо дошло» refused by the server: the message in the alert, the focus back on that button", async () => {
  const doubt = changed(SCHOOL, "entry", {
    inDoubt: [{ personId: "НЯ-0008", name: "Белов Кирилл", row: 9 }],
  });
  const o = await show(doubt);
  const arrived = button(o, "Письмо дошло: Белов Кирилл");
  await arrived.click();
  const error =
    "Лист «Анкеты», строка 9: письмо этому человеку не под вопросом — отмечать нечего. Обновите боковую панель.";
  (await o.answer("markSurveyMailArrived")).reject(new Error(error));
  await untilText(o.page.getByRole("alert"), error);
  expect(await arrived.isEnabled()).toBe(true);
  expect(await button(o, "Отправить ещё раз: Белов Кирилл").isEnabled()).toBe(true);
  expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    "Письмо дошло: Белов Кирилл",
  );
  await expectAccessible(o.page, "surveys: «Письмо дошло» refused");
});

test("«Отправить ещё раз» refused by the server: the message in the alert, the button back", async () => {
  const doubt = changed(SCHOOL, "entry", {
    inDoubt: [{ personId: "НЯ-0008", name: "Белов Кирилл", row: 9 }],
  });
  const o = await show(doubt);
  const resend = button(o, "Отправить ещё раз: Белов Кирилл");
  await resend.click();
  const error = "Лист «Анкеты», строка 9: письмо не отправлено — не указан e-mail.";
  (await o.answer("resendSurveyMail")).reject(new Error(error));
  await untilText(o.page.getByRole("alert"), error);
  expect(await resend.isEnabled()).toBe(true);
  expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
    "Отправить ещё раз: Белов Кирилл",
  );
  await expectAccessible(o.page, "surveys: a resend refused");
});

describe("registration forms", () => {
  test("«Создать форму» makes the form, then shows its link with «Скопировать ссылку»", async () => {
    const o = await show(SCHOOL);
    expect(await content(o, "#registration-title")).toBe("Регистрационные формы");
    expect(await texts(o, "#registration-list .kind-name")).toEqual([
      "Регистрация наставника",
      "Регистрация наставляемого",
    ]);
    expect(await read(o.page.locator("#registration > .hint"))).toBe(
      "Ссылку раздайте сами. Каждый ответ добавляет строку на лист «Наставники» или «Наставляемые», а если человек уже есть в базе — дополняет его строку, без дублей.",
    );
    const card = regCard(o, "Регистрация наставляемого");
    expect(await card.locator("input").count()).toBe(0);
    await button(o, "Создать форму: Регистрация наставляемого").click();
    const call = await o.answer("surveyFormLinks");
    expect(o.calls).toEqual([{ name: "surveyFormLinks", args: ["registration_mentee"] }]);
    expect(await read(o.page.getByRole("status"))).toBe("Создаю форму…");
    expect(await enabledButtons(o)).toBe(0);
    call.resolve({ url: REG_URL, editUrl: REG_EDIT });
    await untilText(o.page.getByRole("status"), "Форма «Регистрация наставляемого» готова.");

    const input = card.getByRole("textbox", { name: "Ссылка на форму «Регистрация наставляемого»" });
    expect(await input.inputValue()).toBe(REG_URL);
    expect(await input.getAttribute("readonly")).not.toBeNull();
    expect(await card.getByRole("link", { name: /^Открыть форму/ }).getAttribute("href")).toBe(REG_URL);
    expect(await card.getByRole("link", { name: /^Изменить форму/ }).getAttribute("href")).toBe(REG_EDIT);
    const copy = button(o, "Скопировать ссылку: Регистрация наставляемого");
    expect(await read(copy)).toBe("Скопировать ссылку");
    expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Скопировать ссылку: Регистрация наставляемого",
    );
    // The other registration form is untouched.
    expect(await button(o, "Создать форму: Регистрация наставника").isEnabled()).toBe(true);

    // With the clipboard: the link goes there.
    await o.page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void w.copied.push(text) },
      });
    });
    await copy.click();
    await untilText(o.page.getByRole("status"), "Ссылка скопирована.");
    expect(await o.page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      REG_URL,
    ]);

    // A clipboard that refuses (the add-on's frame may lack the permission): the link is selected for Ctrl+C.
    await o.page.evaluate(() =>
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error("NotAllowedError")) },
      }),
    );
    await copy.click();
    await untilText(
      o.page.getByRole("status"),
      "Ссылка выделена: нажмите Ctrl+C (на Mac — ⌘C), чтобы скопировать её.",
    );
    const selection = () =>
      o.page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
      });
    expect(await selection()).toBe(REG_URL);

    // No clipboard at all: the same.
    await o.page.evaluate(() => {
      (document.activeElement as HTMLElement).blur();
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined });
    });
    await copy.click();
    await o.page.waitForFunction(() => document.activeElement?.classList.contains("link-input") === true);
    expect(await selection()).toBe(REG_URL);
  });

  test("a registration form that exists shows its link at once; a failure to make one is an alert", async () => {
    const o = await show(
      changed(SCHOOL, "registration_mentor", { form: { url: REG_URL, editUrl: REG_EDIT } }),
    );
    const card = regCard(o, "Регистрация наставника");
    expect(await card.getByRole("textbox").inputValue()).toBe(REG_URL);
    expect(
      await card.getByRole("button", { name: "Скопировать ссылку: Регистрация наставника" }).count(),
    ).toBe(1);
    expect(await card.getByRole("button", { name: /Создать форму/ }).count()).toBe(0);

    await button(o, "Создать форму: Регистрация наставляемого").click();
    const failure = "Таблица занята другой операцией. Повторите через минуту.";
    (await o.answer("surveyFormLinks")).reject(new Error(failure));
    await untilText(o.page.getByRole("alert"), failure);
    expect(await button(o, "Создать форму: Регистрация наставляемого").isEnabled()).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Создать форму: Регистрация наставляемого",
    );
  });
});

describe("when there is nothing to work with", () => {
  test("no academic year: a message and «Обновить», nothing else to press", async () => {
    const o = await show({ ...SCHOOL, year: "" });
    expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Анкеты");
    expect(await read(o.page.locator("#no-year"))).toBe(
      "На листе «Настройки» не указан учебный год, а анкеты делаются на учебный год. Укажите его (например, 2026/2027) и нажмите «Обновить».",
    );
    expect(await o.page.locator("#surveys").isVisible()).toBe(false);
    expect(await o.page.locator("#registration").isVisible()).toBe(false);
    expect(await o.page.getByRole("button").count()).toBe(1);
    expect(await o.page.getByRole("link").count()).toBe(0);

    // After the curator fills the year in: «Обновить» shows the surveys.
    await button(o, "Обновить").click();
    const call = await o.answer("surveysOverview");
    expect(await read(o.page.getByRole("status"))).toBe("Обновляю…");
    call.resolve(SCHOOL);
    await untilText(o.page.getByRole("heading", { level: 1 }), "Анкеты на 2026/2027 учебный год");
    expect(await o.page.locator("#no-year").isVisible()).toBe(false);
    expect(await o.page.locator("#refresh").isVisible()).toBe(false);
    expect(await o.page.locator("#kinds .kind").count()).toBe(4);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("heading");
  });

  test("unreadable data: a message and «Обновить», which asks the server for the view", async () => {
    const o = await showData({ view: { year: "2026/2027", kinds: "нет" } });
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать данные об анкетах. Нажмите «Обновить».",
    );
    expect(await o.page.locator("#surveys").isVisible()).toBe(false);
    await button(o, "Обновить").click();
    const failed = await o.answer("surveysOverview");
    failed.reject(new Error("Нет доступа к таблице."));
    await untilText(o.page.getByRole("alert"), "Нет доступа к таблице.");
    expect(await button(o, "Обновить").isEnabled()).toBe(true);

    await button(o, "Обновить").click();
    (await o.answer("surveysOverview")).resolve(SCHOOL);
    await o.page.locator("#kinds .kind").first().waitFor();
    expect(await o.page.getByRole("alert").isVisible()).toBe(false);
    expect(o.calls.map((c) => c.name)).toEqual(["surveysOverview", "surveysOverview"]);
  });

  test("data that is not JSON at all", async () => {
    const o = await openPage(tested.html.replace("<?!= data ?>", "{не json"), () => undefined, {
      functions: FUNCTIONS,
    });
    tested.keep(o);
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать данные об анкетах. Нажмите «Обновить».",
    );
    expect(await button(o, "Обновить").isEnabled()).toBe(true);
  });
});

const ENGLISH: Record<string, string> = {
  registration_mentor: "Mentor registration",
  registration_mentee: "Mentee registration",
  satisfaction_mentee: "Mentee satisfaction",
  satisfaction_mentor: "Mentor satisfaction",
  entry: "Entry monitoring",
  exit: "Exit monitoring",
};
const english = (v: SurveysView): SurveysView => ({
  ...v,
  locale: "en",
  kinds: v.kinds.map((k) => ({ ...k, label: ENGLISH[k.kind] ?? k.label })),
});

test("English", async () => {
  const en = english(SCHOOL);
  const o = await show(en);
  expect(await o.page.getAttribute("html", "lang")).toBe("en");
  expect(await o.page.title()).toBe("Surveys");
  expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe(
    "Surveys for the 2026/2027 academic year",
  );
  expect(await content(o, "#participants-title")).toBe("Participants' surveys");
  expect(await read(kindCard(o, "Mentee satisfaction").locator(".counts"))).toBe(
    "10 sent, 7 of 12 answered; 2 not sent yet",
  );
  expect(await read(kindCard(o, "Mentee satisfaction").locator(".audience"))).toBe("For: mentees");
  expect(await read(kindCard(o, "Exit monitoring").locator(".counts"))).toBe("Not sent yet");
  expect(await o.page.getByLabel("To", { exact: true }).locator("option").allTextContents()).toEqual([
    "All participants of current pairs",
    "Confirmation У-0001",
    "Confirmation У-0002",
    "Group Г-0001",
  ]);
  await o.page.getByLabel("To", { exact: true }).selectOption({ label: "Confirmation У-0001" });
  await button(o, "Send").click();
  expect(await read(o.page.locator("#ask legend"))).toBe(
    "Send the survey “Mentee satisfaction” to mentees of the pairs confirmed as У-0001? The e-mail goes only to those who have an address and have given consent.",
  );
  await askButton(o, "Send").click();
  const call = await o.answer("sendSurvey");
  expect(await read(o.page.getByRole("status"))).toBe("Sending…");
  call.resolve({ ...SENT, message: "“Mentee satisfaction”: 3 sent.", view: english(AFTER_SEND) });
  await untilText(o.page.getByRole("status"), "“Mentee satisfaction”: 3 sent.");
  expect(await content(o, "#skipped-title")).toBe("7 participants got no mail");
  expect(await read(o.page.locator("#skipped .skipped-item").first())).toBe(
    "Соколова Мария Дмитриевна: не указан e-mail",
  );
  expect(await read(o.page.locator("#later"))).toBe(
    "2 more mails go tomorrow by themselves: the daily mail quota is used up. Nothing to press; you may close this sidebar.",
  );
  expect(await button(o, "Show all (7)").count()).toBe(1);
  expect(await button(o, "Collect answers").count()).toBe(1);
  expect(await button(o, "Make the form: Mentee registration").count()).toBe(1);
  expect(await button(o, "Remind those who have not answered").count()).toBe(1);
});

describe("data is shown as text", () => {
  test("no HTML from names, labels or messages", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const dialogs: string[] = [];
    const view = changed(SCHOOL, "satisfaction_mentor", { label: `<b>${evil}</b>` });
    const o = await show(view);
    o.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await read(kindCard(o, "<b>").locator(".kind-name"))).toBe(`<b>${evil}</b>`);
    await button(o, "Отправить").click();
    await askButton(o, "Отправить").click();
    (await o.answer("sendSurvey")).resolve({ ...SENT, message: `${evil} отправлено`, view });
    await untilText(o.page.getByRole("status"), `${evil} отправлено`);
    await button(o, "Показать всех (7)").click();
    expect(await texts(o, "#skipped .skipped-name")).toContain(evil);
    expect(await o.page.locator("main img, main b").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a form address that is not http(s) is never a link", async () => {
    const view: SurveysView = {
      ...SCHOOL,
      kinds: SCHOOL.kinds.map((k) => {
        if (k.kind === "satisfaction_mentor")
          return {
            ...k,
            form: { url: "javascript:alert(1)", editUrl: "https://docs.google.com/forms/d/x/edit" },
          };
        if (k.kind === "entry")
          return { ...k, form: { url: "data:text/html,<script>alert(1)</script>", editUrl: "" } };
        if (k.kind === "registration_mentor")
          return { ...k, form: { url: " JavaScript:alert(document.domain)", editUrl: "vbscript:x" } };
        return k;
      }),
    };
    const o = await show(view);
    const hrefs = await o.page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual([FORM_URL, FORM_EDIT, "https://docs.google.com/forms/d/x/edit"]);
    const mentor = kindCard(o, "Удовлетворённость наставников");
    expect(await mentor.getByRole("link").count()).toBe(1);
    expect(await read(mentor.getByRole("link"))).toBe("Изменить форму");
    expect(await read(kindCard(o, "Входной мониторинг").locator(".hint"))).toBe(
      "Адрес формы не похож на ссылку, поэтому не показан. Откройте форму с Google Диска.",
    );
    const reg = regCard(o, "Регистрация наставника");
    expect(await reg.locator("input").count()).toBe(0);
    expect(await reg.getByRole("button").count()).toBe(0);
    expect(await read(reg.locator(".hint"))).toBe(
      "Адрес формы не похож на ссылку, поэтому не показан. Откройте форму с Google Диска.",
    );

    // A link made from the page is checked as well.
    await button(o, "Создать форму: Регистрация наставляемого").click();
    (await o.answer("surveyFormLinks")).resolve({
      url: "javascript:alert(2)",
      editUrl: "javascript:alert(3)",
    });
    await untilText(o.page.getByRole("status"), "Форма «Регистрация наставляемого» готова.");
    expect(await regCard(o, "Регистрация наставляемого").locator("a, input").count()).toBe(0);
    expect(await o.page.locator('a[href^="javascript" i]').count()).toBe(0);
  });
});

test("accessible: a school's surveys, the question before sending, busy, a failure, no academic year", async () => {
  const o = await show(SCHOOL);
  await expectAccessible(o.page, "surveys: a school's surveys");
  await button(o, "Отправить").click();
  await o.page.getByRole("group", { name: /^Отправить анкету/ }).waitFor();
  await expectAccessible(o.page, "surveys: the question before sending");
  await askButton(o, "Отправить").click();
  const call = await o.answer("sendSurvey");
  await untilText(o.page.getByRole("status"), "Отправляю…");
  await expectAccessible(o.page, "surveys: sending, the buttons disabled");
  call.reject(new Error("На листе «Настройки» не указан учебный год. Укажите его (например, 2026/2027)."));
  await o.page.getByRole("alert").filter({ hasText: "не указан учебный год" }).waitFor();
  await expectAccessible(o.page, "surveys: a failure in the alert box");
  const noYear = await show({ ...SCHOOL, year: "" });
  await expectAccessible(noYear.page, "surveys: no academic year");
});

test("screenshot of the sidebar", async () => {
  const o = await show(SCHOOL);
  await button(o, "Создать форму: Регистрация наставляемого").click();
  (await o.answer("surveyFormLinks")).resolve({ url: REG_URL, editUrl: REG_EDIT });
  await untilText(o.page.getByRole("status"), "Форма «Регистрация наставляемого» готова.");
  await o.page.getByLabel("Кому", { exact: true }).selectOption({ label: "Утверждение У-0002" });
  await button(o, "Отправить").click();
  await askButton(o, "Отправить").click();
  (await o.answer("sendSurvey")).resolve(SENT);
  await o.page.locator("#skipped").waitFor();
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
