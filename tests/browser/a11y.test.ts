import { accessibilityProblems, expectAccessible } from "./a11y";
import { closeBrowser, type OpenedPage, openPage } from "./harness";

/** The accessibility check itself: it finds what a person with a screen reader or weak sight would meet. */

const opened: OpenedPage[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});
afterAll(() => closeBrowser());

async function open(body: string, head = "<title>Проверка</title>"): Promise<OpenedPage> {
  const o = await openPage(
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">${head}</head><body><main>${body}</main></body></html>`,
    () => undefined,
  );
  opened.push(o);
  return o;
}

test("a page a person can use passes", async () => {
  const o = await open(
    '<h1>Анкеты</h1><label for="k">Анкета</label><select id="k"><option>Удовлетворённость</option></select>' +
      '<button type="button">Отправить</button><p role="alert" style="color:#b3261e">Нет связи с таблицей.</p>',
  );
  await expectAccessible(o.page, "a good page");
});

test("a button without a name, a select without a label and pale text fail, each named", async () => {
  const o = await open(
    '<button type="button"><span class="icon"></span></button><select><option>1</option></select>' +
      '<p style="color:#bbb;background:#fff">Серый текст на белом</p>',
  );
  const rules = (await accessibilityProblems(o.page)).map((p) => p.rule).sort();
  expect(rules).toEqual(["button-name", "color-contrast", "select-name"]);
  await expect(expectAccessible(o.page, "a poor page")).rejects.toThrow(
    /^a poor page: axe finds 3 serious or critical problem\(s\):\n(.|\n)*critical button-name(.|\n)*\n {4}button — /,
  );
});

test("a page without a title fails, as the template fields dialog did", async () => {
  const o = await open("<p>Поля</p>", "");
  expect((await accessibilityProblems(o.page)).map((p) => p.rule)).toEqual(["document-title"]);
});
