import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CompletionPair } from "../../src/app/completion";
import { loadBundle } from "../emulator/vmHost";
import { gasWorld, rowsOf } from "../support/gas";
import { confirmedSchool } from "../support/school";
import { expectAccessible } from "./a11y";
import {
  type Deferred,
  norm,
  type OpenedPage,
  openPage,
  pageUnderTest,
  read,
  waitingServer,
} from "./harness";

/** The «Завершить пару» dialog in Chromium, with a fake server whose answers the tests hand out. */

const tested = pageUnderTest("src/ui/complete");

const DIST = join(__dirname, "../../dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "complete.html")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: join(DIST, ".."), stdio: "ignore" });
});

type Shown = OpenedPage & { answer(name: string): Promise<Deferred> };

/** The dialog with its data; every server call waits until the test settles it (`answer(name)`). */
async function show(data: unknown): Promise<Shown> {
  const server = waitingServer();
  const o = await tested.open(data, server.handler, { functions: ["completePairs"] });
  return { ...o, answer: server.answer };
}

const PAIRS: CompletionPair[] = [
  { pairId: "П-0002", row: 3, mentor: "Орлов Пётр Сергеевич", mentee: "Ким Виктор", status: "активна" },
  { pairId: "П-0003", row: 4, mentor: "Белова Ольга", mentee: "<b>Петрова</b> Анна", status: "" },
];
const DATA = { locale: "ru", today: "2027-05-28", pairs: PAIRS };

test("the selected pairs listed as text; the form sends them all; the answer replaces the form", async () => {
  const o = await show(DATA);
  expect(await o.page.title()).toBe("Завершить пару");
  expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Завершить пары");
  expect((await o.page.locator("#list li").allInnerTexts()).map(norm)).toEqual([
    "П-0002: Орлов Пётр Сергеевич — Ким Виктор (активна)",
    "П-0003: Белова Ольга — <b>Петрова</b> Анна",
  ]);
  expect(await o.page.locator("main b").count()).toBe(0);
  const form = o.page.getByRole("form", { name: "Завершить пары" });
  expect(await form.getByLabel("Дата окончания").inputValue()).toBe("2027-05-28");
  await expectAccessible(o.page, "complete: the form");
  await form.getByLabel("Дата окончания").fill("");
  await form.getByRole("button", { name: "Завершить" }).click();
  await o.page.getByRole("alert").filter({ hasText: "Укажите дату окончания" }).waitFor();
  expect(o.calls).toEqual([]);
  await form.getByLabel("Дата окончания").fill("2027-05-31");
  await form.getByLabel("Рефлексия наставляемого").fill("Научилась вести родительское собрание");
  await form.getByRole("button", { name: "Завершить" }).click();
  const call = await o.answer("completePairs");
  expect(o.calls).toEqual([
    {
      name: "completePairs",
      args: [
        ["П-0002", "П-0003"],
        {
          endDate: "2027-05-31",
          outcome: "completed",
          result: "achieved",
          note: "",
          mentorReflection: "",
          menteeReflection: "Научилась вести родительское собрание",
          reason: "",
        },
      ],
    },
  ]);
  expect(await read(form.getByRole("button", { name: "Записываю…" }))).toBe("Записываю…");
  call.resolve({ closed: 2, already: 0, surveys: ["Анкеты: 4"], message: "Пар закрыто: 2.\nАнкеты: 4" });
  await o.page.getByRole("status").filter({ hasText: "Пар закрыто: 2." }).waitFor();
  expect((await o.page.locator("#status .status-line").allInnerTexts()).map(norm)).toEqual([
    "Пар закрыто: 2.",
    "Анкеты: 4",
  ]);
  expect(await o.page.locator("form").count()).toBe(0);
  expect(await o.page.getByRole("button", { name: "Закрыть" }).isVisible()).toBe(true);
  await expectAccessible(o.page, "complete: done");
});

test("a refusal stays in the alert with the form; unreadable data says what to do; English", async () => {
  const o = await show({ ...DATA, pairs: [PAIRS[0]] });
  expect(await read(o.page.getByRole("heading", { level: 1 }))).toBe("Завершить пару");
  const form = o.page.getByRole("form", { name: "Завершить пару" });
  await form.getByRole("radio", { name: "расторгнута" }).check();
  await form.getByLabel("Причина расторжения (обязательно)").fill("переезд");
  await form.getByRole("button", { name: "Завершить" }).click();
  (await o.answer("completePairs")).reject(new Error("Сейчас с базой работает другое действие."));
  await o.page.getByRole("alert").filter({ hasText: "другое действие" }).waitFor();
  expect(await form.isVisible()).toBe(true);
  expect(await form.getByRole("button", { name: "Завершить" }).isEnabled()).toBe(true);
  await expectAccessible(o.page, "complete: a refusal");

  for (const data of [{ ...DATA, pairs: [] }, { ...DATA, pairs: [{ pairId: 1 }] }, "nothing"]) {
    const bad = await show(data);
    await bad.page.getByRole("alert").filter({ hasText: "Окно не получило данных" }).waitFor();
    expect(await bad.page.locator("form").count()).toBe(0);
  }
  const en = await show({ ...DATA, locale: "en" });
  expect(await read(en.page.getByRole("heading", { level: 1 }))).toBe("Complete pairs");
  expect(
    await en.page.getByRole("form", { name: "Complete pairs" }).getByLabel("End date").inputValue(),
  ).toBe("2027-05-28");
  await expectAccessible(en.page, "complete: English");
});

test("as served: the menu on two selected rows, the dialog's form, the rows closed on «Пары и группы»", async () => {
  const w = gasWorld({ start: Date.UTC(2027, 4, 28, 7, 0) });
  try {
    confirmedSchool(w);
    const host = loadBundle(DIST, w.emu);
    host.open("FULL");
    const sheet = w.ss.getSheetByName("Пары и группы")!;
    w.ss.setActiveSheet(sheet);
    sheet.getRange("A2:A3").activate();
    host.clickMenu("Наставничество", "Завершить выбранные пары…");
    const o = await openPage(w.emu.ui.dialogs.at(-1)!.content, (name, args) =>
      host.callAs("sidebar", name, ...args),
    );
    tested.keep(o);
    const ids = rowsOf(w.ss, "Пары и группы").map((r) => String(r.ID));
    expect((await o.page.locator("#list li").allInnerTexts()).map((t) => t.split(":")[0])).toEqual(
      ids.slice(0, 2),
    );
    const form = o.page.getByRole("form", { name: "Завершить пары" });
    await form.getByLabel("Результат", { exact: true }).selectOption("achieved");
    await form.getByLabel("Рефлексия наставника").fill("Пара работала ровно");
    await form.getByRole("button", { name: "Завершить" }).click();
    await o.page.getByRole("status").filter({ hasText: "Пар закрыто: 2" }).waitFor();
    await expectAccessible(o.page, "complete as served: done");
    const rows = rowsOf(w.ss, "Пары и группы");
    for (const id of ids.slice(0, 2))
      expect(rows.find((r) => r.ID === id)).toMatchObject({
        Статус: "завершена",
        Результат: "Цели программы достигнуты.",
        Рефлексия: "Наставник: Пара работала ровно",
      });
    expect(rows.find((r) => r.ID === ids[2])!.Статус).toBe("активна");
  } finally {
    w.uninstall();
  }
});
