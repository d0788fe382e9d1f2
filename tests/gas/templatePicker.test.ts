import { initBase } from "../../src/app/initBase";
import { chooseTemplate, pickerView } from "../../src/app/templatePicker";
import { GasDocuments } from "../../src/gas/documents";
import { gasWorld, ok, rowsOf, setting } from "../support/gas";

/** «Свой шаблон документа…» on the emulator under drive.file: the Picker's settings, the check and the record. */

let w: ReturnType<typeof gasWorld>;
beforeEach(() => {
  w = gasWorld();
  w.run(() => initBase(w.ports()));
});
afterEach(() => w.uninstall());

const docPorts = () => {
  const p = w.ports();
  return { ...p, docs: new GasDocuments(p.properties) };
};
const choose = (kind: string, id: string, replace = false) =>
  w.run(() => chooseTemplate(docPorts(), kind, id, "Соглашение школы", replace));
const value = (key: string) => rowsOf(w.ss, "Настройки").find((r) => r["Код"] === key)?.["Значение"];
const agreement = () =>
  w.emu.drive.userDocument("Соглашение школы", "Соглашение\n{{наставник.фио}} и {{наставляемый.фио}}");

test("without the project number and API key the view names the rows to fill; with them it is ready", () => {
  const view = ok(w.run(() => pickerView(w.ports(), "order")));
  expect(view.missing).toEqual(["Выбор шаблона: номер проекта Google Cloud", "Выбор шаблона: ключ API"]);
  expect(view.kind).toBe("order");
  expect(view.kinds.map((k) => [k.kind, k.current])).toEqual([
    ["agreement", ""],
    ["order", ""],
    ["plan", ""],
    ["thanks", ""],
    ["portfolio", ""],
    ["report", ""],
  ]);
  setting(w.ss, "picker.appId", "123456789012");
  setting(w.ss, "picker.apiKey", "AIza-test-key");
  const ready = ok(w.run(() => pickerView(w.ports(), "nonsense")));
  expect(ready).toMatchObject({ missing: [], appId: "123456789012", apiKey: "AIza-test-key", kind: null });
});

test("a picked Doc is checked and recorded on «Настройки»; one not picked is refused with what to do", () => {
  const id = agreement();
  // Not granted (as if the id came from elsewhere): the add-on cannot reach it, nothing is written.
  const refused = choose("agreement", id);
  expect(refused).toEqual({ error: expect.stringContaining("Выберите его в окне ещё раз") });
  expect(value("docs.template.agreement")).toBe("");
  // Picked: recorded.
  w.emu.drive.grant(id);
  const recorded = choose("agreement", id);
  expect(recorded).toEqual({
    ok: { message: expect.stringContaining("записан в строку «Документы: свой шаблон соглашения»") },
  });
  expect(value("docs.template.agreement")).toBe(`https://docs.google.com/document/d/${id}/edit`);
  // Picked again: the same, nothing to ask.
  expect(choose("agreement", id)).toHaveProperty("ok");
});

test("a school's own letter of thanks is checked for the letter's fields and recorded for «Благодарности наставникам»", () => {
  const letter = w.emu.drive.userDocument(
    "Благодарность школы",
    "Благодарность\n{{наставник.фио}}\n{{пары.наставляемый}}",
  );
  w.emu.drive.grant(letter);
  expect(w.run(() => chooseTemplate(docPorts(), "thanks", letter, "Благодарность школы", false))).toEqual({
    ok: { message: expect.stringContaining("«Благодарности наставникам» будут делаться по нему") },
  });
  expect(value("docs.template.thanks")).toBe(`https://docs.google.com/document/d/${letter}/edit`);
  // A field of the report has no value in a letter: refused, nothing recorded over it.
  const wrong = w.emu.drive.userDocument("Не то", "{{наставник.фио}} {{справка.показатели}}");
  w.emu.drive.grant(wrong);
  expect(w.run(() => chooseTemplate(docPorts(), "thanks", wrong, "Не то", true))).toEqual({
    error: expect.stringContaining("справка.показатели"),
  });
  expect(value("docs.template.thanks")).toBe(`https://docs.google.com/document/d/${letter}/edit`);
});

test("a school's own portfolio is checked for the portfolio's fields and recorded for «Портфолио наставников»", () => {
  const own = w.emu.drive.userDocument(
    "Портфолио школы",
    "Портфолио\n{{наставник.фио}}\n{{конкурсы.мероприятие}}\n{{портфолио.оценка_наставляемых}}",
  );
  w.emu.drive.grant(own);
  expect(w.run(() => chooseTemplate(docPorts(), "portfolio", own, "Портфолио школы", false))).toEqual({
    ok: { message: expect.stringContaining("«Портфолио наставников» будут делаться по нему") },
  });
  expect(value("docs.template.portfolio")).toBe(`https://docs.google.com/document/d/${own}/edit`);
  // The contests' fields belong to the portfolio only: a letter of thanks with one is refused.
  const letter = w.emu.drive.userDocument("Благодарность", "{{наставник.фио}} {{конкурсы.мероприятие}}");
  w.emu.drive.grant(letter);
  expect(w.run(() => chooseTemplate(docPorts(), "thanks", letter, "Благодарность", false))).toEqual({
    error: expect.stringContaining("конкурсы.мероприятие"),
  });
});

test("a value the curator typed is replaced only after asking, and the answer names it", () => {
  const id = agreement();
  w.emu.drive.grant(id);
  setting(w.ss, "docs.template.agreement", "https://docs.google.com/document/d/1typedByHandXXXXXXXXXX/edit");
  const asked = choose("agreement", id);
  expect(asked).toEqual({ confirm: expect.stringContaining("1typedByHandXXXXXXXXXX") });
  expect(value("docs.template.agreement")).toContain("1typedByHandXXXXXXXXXX");
  const replaced = choose("agreement", id, true);
  expect(replaced).toEqual({ ok: { message: expect.stringContaining("Прежнее значение было") } });
  expect(value("docs.template.agreement")).toBe(`https://docs.google.com/document/d/${id}/edit`);
});

test("a template with unknown fields or fields of another kind is not recorded, and says why", () => {
  const odd = w.emu.drive.userDocument("Странный", "{{наставник.фио}} {{что-то.неизвестное}}");
  w.emu.drive.grant(odd);
  expect(choose("agreement", odd)).toEqual({ error: expect.stringContaining("{{что-то.неизвестное}}") });
  const order = w.emu.drive.userDocument("Приказ", "{{пары.наставник}}");
  w.emu.drive.grant(order);
  const wrongKind = choose("agreement", order);
  expect("error" in wrongKind).toBe(true);
  expect(value("docs.template.agreement")).toBe("");
  expect(choose("agreement", "not an id")).toEqual({ error: expect.stringContaining("не Google Документ") });
});
