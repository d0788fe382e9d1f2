import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type EmulatorOptions } from "./index";
import { loadBundle } from "./vmHost";

const START = Date.UTC(2026, 8, 1, 6, 0, 0); // 09:00 in Moscow
/** Typed items are Items in Apps Script; @types/google-apps-script does not say so. */
const asItem = (item: unknown): GoogleAppsScript.Forms.Item => item as GoogleAppsScript.Forms.Item;
/** Publishing methods newer than @types/google-apps-script. */
type Publishing = { isPublished(): boolean; setPublished(enabled: boolean): GoogleAppsScript.Forms.Form };
const publishing = (form: GoogleAppsScript.Forms.Form): Publishing => form as unknown as Publishing;

const NOT_FOUND = "No item with the given ID could be found, or you do not have permission to access it.";

function setup(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  const { FormApp, DriveApp, ScriptApp, MailApp } = emu.globals;
  return { emu, FormApp, DriveApp, ScriptApp, MailApp };
}

/** A mentor's feedback form with every item kind the emulator builds. */
function feedbackForm(FormApp: GoogleAppsScript.Forms.FormApp) {
  // Google names only the Drive file after create's title: the form's own title is set apart.
  const form = FormApp.create("Отзыв о наставничестве").setTitle("Отзыв о наставничестве");
  form.setDescription("Анкета после встречи");
  const name = form.addTextItem().setTitle("ФИО").setRequired(true);
  const story = form.addParagraphTextItem().setTitle("Что получилось");
  form.addSectionHeaderItem().setTitle("Оценки");
  const scale = form.addScaleItem().setTitle("Польза встречи").setBounds(1, 5).setLabels("мало", "много");
  const format = form.addMultipleChoiceItem().setTitle("Формат").setChoiceValues(["очно", "онлайн"]);
  const topics = form
    .addCheckboxItem()
    .setTitle("Темы")
    .setChoiceValues(["ОГЭ", "классное руководство", "методика"]);
  const role = form.addListItem().setTitle("Роль").setChoiceValues(["наставник", "наставляемый"]);
  form.addPageBreakItem().setTitle("Дата");
  const date = form.addDateItem().setTitle("Дата встречи");
  return { form, name, story, scale, format, topics, role, date };
}

describe("FormApp: building a form", () => {
  test("a form is a Drive file in the root with items of each kind, typed casts and Google's ids", () => {
    const { emu, FormApp, DriveApp } = setup();
    const { form, scale, format, date } = feedbackForm(FormApp);
    const id = form.getId();
    expect(id).toMatch(/^1[\w-]{43}$/);
    expect(form.getTitle()).toBe("Отзыв о наставничестве");
    const bare = FormApp.create("Без заголовка");
    expect(bare.getTitle()).toBe("");
    expect(DriveApp.getFileById(bare.getId()).getName()).toBe("Без заголовка");
    expect(form.getDescription()).toBe("Анкета после встречи");
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${id}/edit`);
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]{48}\/viewform$/,
    );

    const file = DriveApp.getFileById(id);
    expect(file.getMimeType()).toBe("application/vnd.google-apps.form");
    expect(file.getMimeType()).toBe(emu.globals.MimeType.GOOGLE_FORMS);
    expect(file.getName()).toBe("Отзыв о наставничестве");
    expect(file.getUrl()).toBe(form.getEditUrl());
    expect(file.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
    const folder = DriveApp.createFolder("Наставничество").createFolder("Анкеты");
    file.moveTo(folder);
    expect(emu.drive.pathOf(id)).toEqual(["Наставничество", "Анкеты"]);
    file.setName("Анкета (файл)");
    expect(FormApp.openById(id).getTitle()).toBe("Отзыв о наставничестве"); // the title is not the file name
    expect(() => file.getBlob()).toThrow(
      "Converting from application/vnd.google-apps.form to application/pdf is not supported.",
    );

    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual([
      "TEXT",
      "PARAGRAPH_TEXT",
      "SECTION_HEADER",
      "SCALE",
      "MULTIPLE_CHOICE",
      "CHECKBOX",
      "LIST",
      "PAGE_BREAK",
      "DATE",
    ]);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const item of items) expect(item.getId()).toBeGreaterThanOrEqual(100_000_000);
    expect(new Set(items.map((i) => i.getId())).size).toBe(items.length);
    expect(form.getItems(FormApp.ItemType.CHECKBOX).map((i) => i.getTitle())).toEqual(["Темы"]);
    expect(items[0]?.getType()).toBe(FormApp.ItemType.TEXT);

    const generic = form.getItemById(scale.getId());
    expect(generic?.getTitle()).toBe("Польза встречи");
    expect((generic as unknown as { isRequired?: unknown }).isRequired).toBeUndefined();
    const asScale = generic?.asScaleItem();
    expect([asScale?.getLowerBound(), asScale?.getUpperBound()]).toEqual([1, 5]);
    expect([asScale?.getLeftLabel(), asScale?.getRightLabel()]).toEqual(["мало", "много"]);
    expect(() => generic?.asTextItem()).toThrow("Invalid conversion for item type: SCALE");
    expect(() => generic?.asGridItem()).toThrow("Invalid conversion for item type: SCALE");
    expect(form.getItemById(123)).toBeNull();
    expect(format.getChoices().map((c) => c.getValue())).toEqual(["очно", "онлайн"]);
    expect(format.hasOtherOption()).toBe(false);
    expect(date.includesYear()).toBe(true);
    expect(form.getItems()[0]?.asTextItem().isRequired()).toBe(true);

    const moved = form.moveItem(8, 0);
    expect(moved.getTitle()).toBe("Дата встречи");
    expect(date.getIndex()).toBe(0);
    form.moveItem(asItem(date), 8);
    form.deleteItem(2); // the section header
    expect(form.getItems()).toHaveLength(8);
    form.deleteItem(form.getItems(FormApp.ItemType.PAGE_BREAK)[0] as GoogleAppsScript.Forms.Item);
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      "ФИО",
      "Что получилось",
      "Польза встречи",
      "Формат",
      "Темы",
      "Роль",
      "Дата встречи",
    ]);
    expect(() => form.deleteItem(7)).toThrow(/Invalid argument: index/);
    const extra = form.addTextItem().setTitle("Лишний");
    form.deleteItem(asItem(extra));
    expect(() => extra.getTitle()).toThrow("The item has been deleted from the form.");
    expect(() => form.moveItem(0, 7)).toThrow(/Invalid argument: to/);
    const copy = format.duplicate();
    expect([copy.getTitle(), copy.getIndex(), copy.getChoices().length]).toEqual(["Формат", 7, 2]);
    expect(copy.getId()).not.toBe(format.getId());
  });

  test("open by id or edit URL; settings and their defaults; Google's argument checks", () => {
    const { FormApp } = setup();
    const form = FormApp.create("Анкета");
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(() => FormApp.openByUrl(form.getPublishedUrl())).toThrow("Invalid argument: url");
    expect(() => FormApp.openById("1nope")).toThrow(NOT_FOUND);
    expect(() => FormApp.create("")).toThrow("Invalid argument: title");
    expect(() => FormApp.create(null as never)).toThrow("Invalid argument: title");
    expect([
      form.isAcceptingResponses(),
      publishing(form).isPublished(),
      form.collectsEmail(),
      form.canEditResponse(),
      form.hasLimitOneResponsePerUser(),
      form.hasRespondAgainLink(),
    ]).toEqual([true, true, false, false, false, true]);
    form
      .setCollectEmail(true)
      .setAllowResponseEdits(true)
      .setConfirmationMessage("Спасибо!")
      .setShowLinkToRespondAgain(false)
      .setAcceptingResponses(false);
    expect([form.collectsEmail(), form.canEditResponse(), form.hasRespondAgainLink()]).toEqual([
      true,
      true,
      false,
    ]);
    expect(form.getConfirmationMessage()).toBe("Спасибо!");
    expect(form.isAcceptingResponses()).toBe(false);
    publishing(form.setAcceptingResponses(true)).setPublished(false);
    expect(form.isAcceptingResponses()).toBe(false);
    const create = FormApp.create as unknown as (
      title: string,
      published: boolean,
    ) => GoogleAppsScript.Forms.Form;
    expect(publishing(create.call(FormApp, "Черновик", false)).isPublished()).toBe(false);
    expect(() => form.setCollectEmail("да" as never)).toThrow(
      "The parameters (String) don't match the method signature for Form.setCollectEmail.",
    );

    const scale = form.addScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 5]);
    scale.setBounds(0, 10);
    expect(() => scale.setBounds(2, 5)).toThrow(/Invalid argument: lower/);
    expect(() => scale.setBounds(1, 2)).toThrow(/Invalid argument: upper/);
    expect(() => scale.setBounds(1, 11)).toThrow(/Invalid argument: upper/);
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([0, 10]);
    const list = form.addListItem();
    expect(() => list.setChoiceValues([])).toThrow(/Invalid argument: values/);
    list.setChoices([list.createChoice("да"), list.createChoice("нет")]);
    expect(list.getChoices().map((c) => c.getValue())).toEqual(["да", "нет"]);
    expect(() => list.setChoices([])).toThrow(/Invalid argument: choices/);

    const short = form.shortenFormUrl(form.getPublishedUrl());
    expect(short).toMatch(/^https:\/\/forms\.gle\/[A-Za-z0-9]{17}$/);
    expect(form.shortenFormUrl(form.getPublishedUrl())).toBe(short);
    expect(() => form.shortenFormUrl("https://example.org/form")).toThrow("Invalid argument: url");
  });
});

describe("FormApp: responses and prefilled links", () => {
  test("item responses are checked as Google does: wrong values throw", () => {
    const { FormApp } = setup();
    const { name, scale, format, topics, role, date } = feedbackForm(FormApp);
    expect(() => scale.createResponse(6)).toThrow('Invalid response for the item "Польза встречи": 6');
    expect(() => scale.createResponse(0)).toThrow(/Invalid response/);
    expect(() => scale.createResponse(2.5)).toThrow(/Invalid response/);
    expect(() => scale.createResponse("3" as never)).toThrow(
      /don't match the method signature for ScaleItem\.createResponse/,
    );
    expect(() => format.createResponse("в лесу")).toThrow('Invalid response for the item "Формат": "в лесу"');
    format.showOtherOption(true);
    expect(format.createResponse("в лесу").getResponse()).toBe("в лесу");
    expect(() => role.createResponse("директор")).toThrow(/Invalid response/);
    expect(() => topics.createResponse(["ОГЭ", "шахматы"])).toThrow(/Invalid response/);
    expect(() => topics.createResponse([])).toThrow(/Invalid response/);
    expect(() => topics.createResponse("ОГЭ" as never)).toThrow(/don't match the method signature/);
    expect(() => date.createResponse("2026-09-01" as never)).toThrow(
      /don't match the method signature for DateItem\.createResponse/,
    );
    expect(() => name.createResponse(5 as never)).toThrow(/don't match the method signature for TextItem/);
    expect(scale.createResponse(4).getResponse()).toBe("4");
    expect(topics.createResponse(["методика", "ОГЭ"]).getResponse()).toEqual(["методика", "ОГЭ"]);
    // the time is dropped: 23:30 UTC on 1 Sep is 2 Sep in Moscow, the script's time zone
    expect(date.createResponse(new Date(Date.UTC(2026, 8, 1, 23, 30))).getResponse()).toBe("2026-09-02");
  });

  test("a prefilled link round trip: the URL carries Google's entry ids, parsePrefilledUrl and submit keep them", () => {
    const { emu, FormApp } = setup({ start: START });
    const { form, name, scale, format, topics, role, date } = feedbackForm(FormApp);
    format.showOtherOption(true);
    const draft = form
      .createResponse()
      .withItemResponse(name.createResponse("Петрова Анна Сергеевна"))
      .withItemResponse(scale.createResponse(4))
      .withItemResponse(format.createResponse("в школе & дома"))
      .withItemResponse(topics.createResponse(["ОГЭ", "методика"]))
      .withItemResponse(role.createResponse("наставник"))
      .withItemResponse(date.createResponse(new Date(Date.UTC(2026, 8, 15, 9))));
    expect(draft.getId()).toBeNull();
    expect(draft.getTimestamp()).toBeNull();
    expect(draft.getRespondentEmail()).toBeNull();
    expect(draft.getEditResponseUrl()).toBeNull();
    const url = draft.toPrefilledUrl();
    const entry = (item: { getId(): number }) =>
      emu.forms.list()[0]?.items.find((i) => i.id === item.getId())?.entryId;
    expect(url.startsWith(`${form.getPublishedUrl()}?usp=pp_url&`)).toBe(true);
    expect(url).toContain(
      `entry.${entry(name)}=%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2%D0%B0+%D0%90%D0%BD%D0%BD%D0%B0+`,
    );
    expect(url).toContain(`entry.${entry(scale)}=4&`);
    expect(url).toContain(`entry.${entry(topics)}=%D0%9E%D0%93%D0%AD&entry.${entry(topics)}=`);
    expect(url).toContain(
      `entry.${entry(format)}=__other_option__&entry.${entry(format)}.other_option_response=`,
    );
    expect(url).toContain(`entry.${entry(date)}=2026-09-15`);
    expect(url).not.toContain(`entry.${name.getId()}=`); // entry ids are not item ids, as in Google

    const parsed = emu.forms.parsePrefilledUrl(url);
    expect(parsed.formId).toBe(form.getId());
    expect(form.getPublishedUrl()).toContain(parsed.formPublishedId);
    expect(parsed.entries).toEqual({
      [String(name.getId())]: "Петрова Анна Сергеевна",
      [String(scale.getId())]: "4",
      [String(format.getId())]: "в школе & дома",
      [String(topics.getId())]: ["ОГЭ", "методика"],
      [String(role.getId())]: "наставник",
      [String(date.getId())]: "2026-09-15",
    });

    const t0 = emu.clock.now();
    emu.clock.advance(60_000);
    const submitted = emu.forms.submit(url, {
      "Что получилось": "Разобрали задания ОГЭ",
      Роль: "наставляемый",
    });
    expect(submitted.timestamp).toBe(t0 + 60_000);
    expect(submitted.answers).toEqual({
      ФИО: "Петрова Анна Сергеевна",
      "Что получилось": "Разобрали задания ОГЭ",
      "Польза встречи": "4",
      Формат: "в школе & дома",
      Темы: ["ОГЭ", "методика"],
      Роль: "наставляемый",
      "Дата встречи": "2026-09-15",
    });
    // the same with the prefilled link given apart, an answer erased, an item named by id
    const second = emu.forms.submit(
      form.getId(),
      { [String(scale.getId())]: 5, Темы: null },
      { fromPrefilledUrl: url },
    );
    expect(second.answers["Польза встречи"]).toBe("5");
    expect(second.answers.Темы).toBeUndefined();

    const [first] = form.getResponses();
    expect(first?.getId()).toBe(submitted.id);
    expect(first?.getTimestamp()?.getTime()).toBe(t0 + 60_000);
    expect(first?.toPrefilledUrl()).toContain(`entry.${entry(role)}=`);
    expect(emu.forms.parsePrefilledUrl(first?.toPrefilledUrl() ?? "").entries[String(role.getId())]).toBe(
      "наставляемый",
    );
  });

  test("responses keep virtual timestamps; item responses come in form order as Google documents", () => {
    const { emu, FormApp } = setup({ start: START });
    const { form, name, scale, topics, date } = feedbackForm(FormApp);
    form.setCollectEmail(true);
    const link = form.getPublishedUrl();
    const t0 = emu.clock.now(); // building the form took virtual time
    const a = emu.forms.submit(link, { ФИО: "Иванов", Темы: "ОГЭ" }, { email: "ivanov@school7.ru" });
    emu.clock.advance(3_600_000);
    const b = emu.forms.submit(
      form.shortenFormUrl(form.getPublishedUrl()),
      { ФИО: "Сидорова", "Польза встречи": "5", "Дата встречи": "2026-09-03" },
      { email: "sidorova@school7.ru", at: START + 7_200_000 },
    );
    expect(emu.clock.now()).toBe(START + 7_200_000); // a later `at` moves the clock
    expect(emu.forms.responses(form.getId()).map((r) => [r.email, r.timestamp])).toEqual([
      ["ivanov@school7.ru", t0],
      ["sidorova@school7.ru", START + 7_200_000],
    ]);

    const responses = form.getResponses();
    expect(responses.map((r) => r.getId())).toEqual([a.id, b.id]);
    expect(form.getResponses(new Date(START + 7_200_000)).map((r) => r.getId())).toEqual([b.id]);
    expect(form.getResponses(new Date(t0 + 1)).map((r) => r.getId())).toEqual([b.id]);
    expect(form.getResponses(new Date(t0)).map((r) => r.getId())).toEqual([a.id, b.id]);
    const first = form.getResponse(a.id);
    expect(first.getRespondentEmail()).toBe("ivanov@school7.ru");
    expect(first.getTimestamp()).toEqual(new Date(t0));
    expect(first.getEditResponseUrl()).toBe(`${form.getPublishedUrl()}?edit2=${a.id}`);
    // text, paragraph and date items without an answer are listed with ""; other kinds are left out
    expect(first.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ["ФИО", "Иванов"],
      ["Что получилось", ""],
      ["Темы", ["ОГЭ"]],
      ["Дата встречи", ""],
    ]);
    expect(first.getResponseForItem(asItem(name))?.getResponse()).toBe("Иванов");
    expect(first.getResponseForItem(asItem(scale))).toBeNull();
    expect(first.getResponseForItem(asItem(topics))?.getItem().getType()).toBe(FormApp.ItemType.CHECKBOX);
    expect(form.getResponse(b.id).getResponseForItem(asItem(date))?.getResponse()).toBe("2026-09-03");
    expect(() => form.getResponse("nope")).toThrow("Invalid argument: responseId");
    expect(() => first.submit()).toThrow("This response has already been submitted.");
    expect(() => first.withItemResponse(name.createResponse("x"))).toThrow(/already been submitted/);
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });

  test("a script submits a response; required, closed and one-per-user forms refuse", () => {
    const { emu, FormApp } = setup({ start: START });
    const { form, name, scale } = feedbackForm(FormApp);
    const empty = form.createResponse().withItemResponse(scale.createResponse(3));
    expect(() => empty.submit()).toThrow('The required question "ФИО" has no response.');
    const draft = form
      .createResponse()
      .withItemResponse(name.createResponse("Петрова"))
      .withItemResponse(scale.createResponse(3));
    const before = emu.clock.now();
    const stored = draft.submit();
    expect(stored.getTimestamp()?.getTime()).toBe(before + 60); // submit's cost is spent first
    expect(stored.getId()).toMatch(/^2_ABaOnu/);
    expect(stored.getRespondentEmail()).toBe("");
    expect(draft.getId()).toBeNull(); // submit() returns a new response
    expect(() => draft.submit()).toThrow("This response has already been submitted.");
    expect(emu.forms.responses(form.getId())).toHaveLength(1);

    const other = FormApp.create("Другая");
    const otherItem = other.addTextItem();
    expect(() => form.createResponse().withItemResponse(otherItem.createResponse("x"))).toThrow(
      /Invalid argument: response/,
    );

    expect(() => emu.forms.submit(form.getId(), { "Польза встречи": 3 })).toThrow(
      'emu.forms.submit: the required question "ФИО" is not answered',
    );
    expect(() => emu.forms.submit(form.getId(), { ФИО: "x", "Польза встречи": 9 })).toThrow(
      /Invalid response/,
    );
    expect(() => emu.forms.submit(form.getId(), { ФИО: "x", Формат: "пешком" })).toThrow(/Invalid response/);
    expect(() => emu.forms.submit(form.getId(), { ФИО: "x", "Дата встречи": "31.09.2026" })).toThrow(
      /Invalid response/,
    );
    expect(() => emu.forms.submit(form.getId(), { Нет: "x" })).toThrow(/has no item "Нет"/);

    form.setLimitOneResponsePerUser(true);
    expect(() => form.createResponse().withItemResponse(name.createResponse("x")).submit()).toThrow(
      /only one response per user/,
    );
    expect(() => emu.forms.submit(form.getId(), { ФИО: "Иванов" })).toThrow(/needs the respondent's email/);
    emu.forms.submit(form.getId(), { ФИО: "Иванов" }, { email: "ivanov@school7.ru" });
    expect(() => emu.forms.submit(form.getId(), { ФИО: "Иванов" }, { email: "ivanov@school7.ru" })).toThrow(
      /already responded/,
    );
    form.setAcceptingResponses(false);
    expect(() => emu.forms.submit(form.getId(), { ФИО: "Петров" }, { email: "petrov@school7.ru" })).toThrow(
      /is not accepting responses/,
    );
    form.setLimitOneResponsePerUser(false);
    expect(() => form.createResponse().withItemResponse(name.createResponse("x")).submit()).toThrow(
      "This form is not accepting responses.",
    );
  });
});

describe("FormApp: onFormSubmit triggers", () => {
  test("each submission owes each of the form's triggers one run, with the response in the event", () => {
    const { emu, FormApp, ScriptApp } = setup({ start: START });
    const { form, name } = feedbackForm(FormApp);
    const other = FormApp.create("Другая");
    other.addTextItem().setTitle("Вопрос");
    const trigger = ScriptApp.newTrigger("onFeedback").forForm(form).onFormSubmit().create();
    ScriptApp.newTrigger("onOther").forForm(other.getId()).onFormSubmit().create();
    ScriptApp.newTrigger("onFormOpen").forForm(form).onOpen().create();
    expect(String(trigger.getTriggerSource())).toBe("FORMS");
    expect(trigger.getTriggerSourceId()).toBe(form.getId());
    expect(String(trigger.getEventType())).toBe("ON_FORM_SUBMIT");
    expect(ScriptApp.getUserTriggers(form).map((t) => t.getHandlerFunction())).toEqual([
      "onFeedback",
      "onFormOpen",
    ]);
    expect(() => ScriptApp.newTrigger("x").forForm("1nope")).toThrow(NOT_FOUND);
    expect(emu.triggers.pendingFormSubmits()).toEqual([]);

    const formId = form.getId();
    const t0 = emu.clock.now();
    const a = emu.forms.submit(formId, { ФИО: "Иванов" });
    emu.clock.advance(1000);
    const scripted = form.createResponse().withItemResponse(name.createResponse("Сидорова")).submit();
    const pending = emu.triggers.pendingFormSubmits();
    expect(pending.map((p) => [p.handlerFunction, p.triggerUid, p.at])).toEqual([
      ["onFeedback", trigger.getUniqueId(), t0],
      // three item calls (2 ms each) and submit (60 ms) ran before the response was stored
      ["onFeedback", trigger.getUniqueId(), t0 + 1000 + 3 * 2 + 60],
    ]);
    const event = pending[0]?.event as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
    expect(event.triggerUid).toBe(trigger.getUniqueId());
    expect(String(event.authMode)).toBe("FULL");
    expect(event.source.getId()).toBe(form.getId());
    expect(event.response.getId()).toBe(a.id);
    expect(event.response.getItemResponses()[0]?.getResponse()).toBe("Иванов");
    const second = pending[1]?.event as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
    expect(second.response.getId()).toBe(scripted.getId());
    expect(emu.triggers.pendingFormSubmits()).toEqual([]);
    expect(emu.triggers.list().find((t) => t.handlerFunction === "onFeedback")?.fired).toBe(2);
    expect(emu.triggers.list().find((t) => t.handlerFunction === "onFeedback")?.triggerSource).toBe("FORMS");

    emu.forms.submit(other.getId(), { Вопрос: "да" });
    expect(emu.triggers.pendingFormSubmits().map((p) => p.handlerFunction)).toEqual(["onOther"]);
  });

  const CODE = `
function setUp() {
  var form = FormApp.create("Заявка").setTitle("Заявка");
  form.addTextItem().setTitle("ФИО").setRequired(true);
  form.addScaleItem().setTitle("Оценка").setBounds(1, 5);
  ScriptApp.newTrigger("onSubmit").forForm(form).onFormSubmit().create();
  PropertiesService.getScriptProperties().setProperty("formId", form.getId());
  return form.getId();
}

function onSubmit(e) {
  var answers = e.response.getItemResponses().map(function (r) {
    return r.getItem().getTitle() + "=" + r.getResponse();
  });
  var props = PropertiesService.getScriptProperties();
  props.setProperty("last", e.source.getTitle() + ": " + answers.join("; ") + " @" + e.response.getTimestamp().toISOString());
  props.setProperty("uid", e.triggerUid);
  try {
    SpreadsheetApp.getUi();
  } catch (err) {
    props.setProperty("ui", err.message);
  }
  MailApp.sendEmail("curator@school7.ru", "Новая заявка", answers.join("\\n"));
  return answers.length;
}
`;

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "emu-forms-"));
    writeFileSync(join(dir, "Code.js"), CODE);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("loadBundle().runDueTriggers runs the handler in a trigger execution, once per submission", () => {
    const emu = createEmulator({ start: START });
    const host = loadBundle(dir, emu);
    const formId = host.call("setUp") as string;
    expect(host.runDueTriggers()).toEqual([]);
    const response = emu.forms.submit(formId, { ФИО: "Петрова Анна", Оценка: 5 });
    const runs = host.runDueTriggers();
    expect(runs).toMatchObject([
      {
        functionName: "onSubmit",
        eventType: "ON_FORM_SUBMIT",
        scheduledAt: response.timestamp,
        ok: true,
        result: 2,
      },
    ]);
    const props = emu.globals.PropertiesService.getScriptProperties();
    expect(props.getProperty("last")).toBe(
      `Заявка: ФИО=Петрова Анна; Оценка=5 @${new Date(response.timestamp).toISOString()}`,
    );
    expect(props.getProperty("uid")).toBe(runs[0]?.triggerUid);
    expect(props.getProperty("ui")).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
    expect(emu.mail.sent().map((m) => [m.to, m.subject, m.body])).toEqual([
      [["curator@school7.ru"], "Новая заявка", "ФИО=Петрова Анна\nОценка=5"],
    ]);
    expect(host.runDueTriggers()).toEqual([]);
    emu.forms.submit(formId, { ФИО: "Иванов" });
    emu.forms.submit(formId, { ФИО: "Сидорова" });
    expect(host.runDueTriggers().map((r) => r.ok)).toEqual([true, true]);
    expect(emu.mail.sent()).toHaveLength(3);
  });
});

describe("MailApp", () => {
  test("sendEmail in its four forms; the outbox records what was sent", () => {
    const { emu, MailApp } = setup({ start: START });
    MailApp.sendEmail("petrova@school7.ru", "Встреча", "Завтра в 15:00");
    MailApp.sendEmail("petrova@school7.ru, Иванов <ivanov@school7.ru>", "Встреча", "Текст", {
      cc: "curator@school7.ru",
      bcc: "archive@school7.ru",
      htmlBody: "<b>Текст</b>",
      name: "Наставничество",
      replyTo: "curator@school7.ru",
    });
    MailApp.sendEmail("petrova@school7.ru", "no-reply@school7.ru", "Тема", "Тело");
    const blob = emu.globals.Utilities.newBlob("a,b", "text/csv", "data.csv");
    MailApp.sendEmail({
      to: "sidorova@school7.ru",
      subject: "Отчёт",
      htmlBody: "<p>Отчёт</p>",
      attachments: [blob],
    });
    const sent = emu.mail.sent();
    expect(sent.map((m) => [m.to, m.cc, m.bcc, m.subject, m.body, m.htmlBody, m.name, m.replyTo])).toEqual([
      [["petrova@school7.ru"], [], [], "Встреча", "Завтра в 15:00", null, null, null],
      [
        ["petrova@school7.ru", "ivanov@school7.ru"],
        ["curator@school7.ru"],
        ["archive@school7.ru"],
        "Встреча",
        "Текст",
        "<b>Текст</b>",
        "Наставничество",
        "curator@school7.ru",
      ],
      [["petrova@school7.ru"], [], [], "Тема", "Тело", null, null, "no-reply@school7.ru"],
      [["sidorova@school7.ru"], [], [], "Отчёт", "", "<p>Отчёт</p>", null, null],
    ]);
    expect(sent[3]?.attachments.map((a) => [a.name, a.contentType, a.bytes.toString()])).toEqual([
      ["data.csv", "text/csv", "a,b"],
    ]);
    expect(sent[0]?.at).toBe(START + 100);
    expect(MailApp.getRemainingDailyQuota()).toBe(100 - 1 - 4 - 1 - 1);
    emu.mail.clear();
    expect(emu.mail.sent()).toEqual([]);
    expect(emu.mail.remaining()).toBe(93);
  });

  test("strict arguments: invalid addresses, no recipient, no subject or body; nothing is sent or charged", () => {
    const { emu, MailApp } = setup();
    expect(() => MailApp.sendEmail("petrova", "Тема", "Тело")).toThrow("Invalid email: petrova");
    expect(() => MailApp.sendEmail("a@school7.ru, b@", "Тема", "Тело")).toThrow("Invalid email: b@");
    expect(() => MailApp.sendEmail("a@school7.ru", "Тема", "Тело", { cc: "x y@z.ru" })).toThrow(
      "Invalid email: x y@z.ru",
    );
    expect(() => MailApp.sendEmail("", "Тема", "Тело")).toThrow("Failed to send email: no recipient");
    expect(() => MailApp.sendEmail({ subject: "Тема", body: "Тело" })).toThrow(
      "Failed to send email: no recipient",
    );
    expect(() => MailApp.sendEmail({ to: "a@school7.ru", body: "Тело" })).toThrow(
      "Invalid argument: subject",
    );
    expect(() => MailApp.sendEmail({ to: "a@school7.ru", subject: "Тема" })).toThrow(
      "Invalid argument: body",
    );
    const loose = MailApp as unknown as { sendEmail(...args: unknown[]): void };
    expect(() => loose.sendEmail("a@school7.ru", "Тема")).toThrow(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(() => MailApp.sendEmail("a@school7.ru", "x".repeat(251), "Тело")).toThrow(
      "Argument too large: subject",
    );
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@school7.ru`).join(",");
    expect(() => MailApp.sendEmail(many, "Тема", "Тело")).toThrow(
      "Limit Exceeded: Email Recipients Per Message.",
    );
    expect(emu.mail.sent()).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test("the quota counts recipients, refuses with Google's message and resets the next day", () => {
    const { emu, MailApp } = setup({ start: START, quotas: { mailPerDay: 5 } });
    MailApp.sendEmail("a@school7.ru,b@school7.ru", "1", "x", { cc: "c@school7.ru" });
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    expect(() => MailApp.sendEmail("a@school7.ru,b@school7.ru,c@school7.ru", "2", "x")).toThrow(
      "Service invoked too many times for one day: email.",
    );
    expect(emu.mail.sent().map((m) => m.subject)).toEqual(["1"]);
    MailApp.sendEmail("a@school7.ru", "3", "x", { bcc: "b@school7.ru" });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail("a@school7.ru", "4", "x")).toThrow(
      "Service invoked too many times for one day: email.",
    );
    // the day turns at midnight in the script's time zone (Moscow, UTC+3): 21:00 UTC
    emu.clock.set(Date.UTC(2026, 8, 1, 20, 59));
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    emu.clock.set(Date.UTC(2026, 8, 1, 21, 0));
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
    MailApp.sendEmail("a@school7.ru", "5", "x");
    expect(emu.mail.sent().map((m) => m.subject)).toEqual(["1", "3", "5"]);
    expect(createEmulator().globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test("faults.failNth on sendEmail: that call throws and sends nothing; calls are counted and cost time", () => {
    const { emu, MailApp } = setup();
    emu.faults.failNth({ service: "MailApp", method: "sendEmail", n: 2 });
    MailApp.sendEmail("a@school7.ru", "1", "x");
    expect(() => MailApp.sendEmail("a@school7.ru", "2", "x")).toThrow(
      "Service error: MailApp (MailApp.sendEmail)",
    );
    MailApp.sendEmail("a@school7.ru", "3", "x");
    expect(emu.mail.sent().map((m) => m.subject)).toEqual(["1", "3"]);
    expect(MailApp.getRemainingDailyQuota()).toBe(98);
    expect(emu.calls.byMethod()).toEqual({ "MailApp.getRemainingDailyQuota": 1, "MailApp.sendEmail": 3 });
    emu.execution.run(() => {
      MailApp.sendEmail("a@school7.ru", "4", "x");
      MailApp.getRemainingDailyQuota();
    });
    expect(emu.execution.elapsedMs()).toBe(100 + 1);
  });
});

describe("FormApp accounting", () => {
  test("every call counts under FormApp; opening and responses cost FormApp, item edits formElement", () => {
    const { emu, FormApp } = setup({ callCostMs: { FormApp: 50, formElement: 3 } });
    const form = emu.execution.run(() => {
      const f = FormApp.create("Анкета");
      f.addTextItem().setTitle("ФИО");
      return f;
    });
    expect(emu.execution.elapsedMs()).toBe(50 + 3 + 3);
    emu.calls.reset();
    emu.execution.run(() => {
      const f = FormApp.openById(form.getId());
      const item = f.getItems()[0]?.asTextItem();
      f.createResponse()
        .withItemResponse(item?.createResponse("Петрова") as GoogleAppsScript.Forms.ItemResponse)
        .submit();
      f.getResponses();
    });
    expect(emu.calls.byMethod()).toEqual({
      "Form.createResponse": 1,
      "Form.getId": 1,
      "Form.getItems": 1,
      "Form.getResponses": 1,
      "FormApp.openById": 1,
      "FormResponse.submit": 1,
      "FormResponse.withItemResponse": 1,
      "Item.asTextItem": 1,
      "TextItem.createResponse": 1,
    });
    expect(emu.calls.total("FormApp")).toBe(9);
    // getId 3, openById 50, getItems 3, asTextItem 3, createResponse 3 + 3, withItemResponse 3, submit 50,
    // getResponses 50
    expect(emu.execution.elapsedMs()).toBe(3 + 50 + 3 + 3 + 3 + 3 + 3 + 50 + 50);
    emu.faults.failNth({ method: "FormResponse.submit", n: 1 });
    const f = FormApp.openById(form.getId());
    const item = f.getItems()[0]?.asTextItem() as GoogleAppsScript.Forms.TextItem;
    expect(() => f.createResponse().withItemResponse(item.createResponse("x")).submit()).toThrow(
      "Service error: FormApp (FormResponse.submit)",
    );
    expect(emu.forms.responses(form.getId())).toHaveLength(1);
  });

  test("gas.ts-style globals: FormApp and MailApp are emulator globals", () => {
    const { emu } = setup();
    const target: Record<string, unknown> = {};
    const uninstall = emu.install(target);
    expect(target.FormApp).toBe(emu.globals.FormApp);
    expect(target.MailApp).toBe(emu.globals.MailApp);
    uninstall();
    expect(target.FormApp).toBeUndefined();
  });
});

test("FormApp.openById still opens a form in the trash (Drive's trashed flag tells it apart)", () => {
  const emu = createEmulator();
  const form = emu.globals.FormApp.create("Анкета");
  const id = form.getId();
  emu.globals.Drive.Files.update({ trashed: true }, id);
  expect(emu.globals.FormApp.openById(id).getId()).toBe(id);
  expect(emu.globals.Drive.Files.get(id, { fields: "trashed" })).toEqual({ trashed: true });
});
