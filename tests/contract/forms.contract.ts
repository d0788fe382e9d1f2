/**
 * Google Forms as the surveys use them: a form made by the script, personal prefilled links, a submit trigger.
 * Google: https://developers.google.com/apps-script/reference/forms/form-app#create(String),
 * https://developers.google.com/apps-script/reference/forms/form#createResponse(),
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl() ("a URL for the form with
 * the answers pre-filled"), https://developers.google.com/apps-script/reference/forms/form#getPublishedUrl(),
 * https://developers.google.com/apps-script/reference/script/form-trigger-builder#onFormSubmit(),
 * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setChoiceValues(String),
 * https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer),
 * https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses() (a missing text or
 * paragraph answer is listed with an empty string), https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
 * (a scale's answer is a String, a checkbox item's a String[]), https://developers.google.com/apps-script/reference/forms/form#getResponses().
 * Forms are trashed through the advanced Drive service when the project has it (docs/live-tests.md otherwise).
 */
import { assert, assertEqual, suite } from "./kit";
import { deleteTriggersOf, TRIGGER_HANDLER, trashIfPossible, uniqueName } from "./scratch";

type Form = GoogleAppsScript.Forms.Form;

function withForm<T>(fn: (form: Form) => T): T {
  const form = FormApp.create(uniqueName("Контракт"));
  const id = form.getId();
  try {
    return fn(form);
  } finally {
    trashIfPossible(id);
  }
}

export default suite("Формы Google / Google Forms", (check) => {
  check("setTitle and setDescription read back", () =>
    withForm((form) => {
      form.setTitle("Анкета удовлетворённости").setDescription("Ответ займёт 3 минуты");
      assertEqual(form.getTitle(), "Анкета удовлетворённости", "the title");
      assertEqual(form.getDescription(), "Ответ займёт 3 минуты", "the description");
    }),
  );

  check("FormApp.create(title) leaves the form's own title empty", () =>
    withForm((form) => {
      assertEqual(form.getTitle(), "", "the title of a new form");
    }),
  );

  check("a prefilled link for a text item: the published URL with usp=pp_url and entry.<n>=<value>", () =>
    withForm((form) => {
      const token = form.addTextItem().setTitle("Код");
      form.addScaleItem().setTitle("Оценка").setBounds(1, 5);
      const url = form.createResponse().withItemResponse(token.createResponse("MB-ABC123")).toPrefilledUrl();
      const published = form.getPublishedUrl();
      assert(
        url.startsWith(`${published}?`),
        `the link starts with the published URL ${published}?, got ${url}`,
      );
      assert(/[?&]usp=pp_url(&|$)/.test(url), `usp=pp_url in ${url}`);
      const entry = /[?&]entry\.(\d+)=MB-ABC123(&|$)/.exec(url);
      assert(entry, `entry.<n>=MB-ABC123 in ${url}`);
      assertEqual((url.match(/entry\.\d+=/g) ?? []).length, 1, "only the answered item is in the link");
    }),
  );

  check("a prefilled value with spaces and Cyrillic is URL-encoded", () =>
    withForm((form) => {
      const item = form.addTextItem().setTitle("ФИО");
      const url = form.createResponse().withItemResponse(item.createResponse("Анна Ли")).toPrefilledUrl();
      const value = /[?&]entry\.\d+=([^&]*)/.exec(url)?.[1];
      assert(value !== undefined, `an entry in ${url}`);
      assert(!/[\s\u0400-\u04ff]/.test(value), `no raw space or Cyrillic in ${value}`);
      assertEqual(decodeURIComponent(value.replace(/\+/g, " ")), "Анна Ли", "the decoded value");
    }),
  );

  check("a new multiple-choice item starts with one empty choice; setChoiceValues replaces it", () =>
    withForm((form) => {
      const item = form.addMultipleChoiceItem().setTitle("Формат");
      assertEqual(
        item.getChoices().map((c) => c.getValue()),
        [""],
        "the choices of a new item",
      );
      item.setChoiceValues(["очно", "дистанционно"]);
      assertEqual(
        item.getChoices().map((c) => c.getValue()),
        ["очно", "дистанционно"],
        "the choices after setChoiceValues",
      );
    }),
  );

  check(
    "the survey's items as the adapter builds them read back (a required 1–10 scale with labels, choices)",
    () =>
      withForm((form) => {
        form.addSectionHeaderItem().setTitle("Раздел").setHelpText("О встречах");
        const scale = form
          .addScaleItem()
          .setTitle("Оценка")
          .setHelpText("1 — плохо, 10 — отлично")
          .setBounds(1, 10)
          .setLabels("плохо", "отлично")
          .setRequired(true);
        form
          .addMultipleChoiceItem()
          .setTitle("Формат")
          .setChoiceValues(["очно", "дистанционно"])
          .setRequired(false);
        form.addParagraphTextItem().setTitle("Комментарий").setHelpText("").setRequired(false);
        const items = form.getItems();
        assertEqual(
          items.map((i) => [i.getTitle(), String(i.getType())]),
          [
            ["Раздел", "SECTION_HEADER"],
            ["Оценка", "SCALE"],
            ["Формат", "MULTIPLE_CHOICE"],
            ["Комментарий", "PARAGRAPH_TEXT"],
          ],
          "the items in order with their types",
        );
        const read = items[1]!.asScaleItem();
        assertEqual(
          [
            read.getLowerBound(),
            read.getUpperBound(),
            read.getLeftLabel(),
            read.getRightLabel(),
            read.isRequired(),
          ],
          [1, 10, "плохо", "отлично", true],
          "the scale's bounds, labels and required flag",
        );
        assertEqual(read.getHelpText(), "1 — плохо, 10 — отлично", "the scale's help text");
        assertEqual(read.getId(), scale.getId(), "the same item by id");
        assertEqual(
          items[2]!
            .asMultipleChoiceItem()
            .getChoices()
            .map((c) => c.getValue()),
          ["очно", "дистанционно"],
          "the choices",
        );
      }),
  );

  check(
    'a submitted response reads back as the adapter collects it: by title, scales as text, blanks as ""',
    () =>
      withForm((form) => {
        const token = form.addTextItem().setTitle("Код");
        const scale = form.addScaleItem().setTitle("Оценка").setBounds(1, 10);
        const choice = form
          .addMultipleChoiceItem()
          .setTitle("Формат")
          .setChoiceValues(["очно", "дистанционно"]);
        const topics = form.addCheckboxItem().setTitle("Темы").setChoiceValues(["учёба", "спорт", "наука"]);
        form.addParagraphTextItem().setTitle("Комментарий");
        const submitted = form
          .createResponse()
          .withItemResponse(token.createResponse("MB-ABC123"))
          .withItemResponse(scale.createResponse(4))
          .withItemResponse(choice.createResponse("очно"))
          .withItemResponse(topics.createResponse(["учёба", "наука"]))
          .submit();
        const responses = form.getResponses();
        assertEqual(responses.length, 1, "one stored response");
        const r = responses[0]!;
        const id = r.getId();
        assert(typeof id === "string" && id !== "", `a response id, got ${String(id)}`);
        assertEqual(id, submitted.getId(), "the id submit() returned");
        const at = r.getTimestamp();
        assert(Object.prototype.toString.call(at) === "[object Date]", "the timestamp is a Date");
        assert(!Number.isNaN(at.getTime()), `a valid timestamp, got ${String(at)}`);
        assertEqual(
          r.getItemResponses().map((ir) => [ir.getItem().getTitle(), ir.getResponse()]),
          [
            ["Код", "MB-ABC123"],
            ["Оценка", "4"],
            ["Формат", "очно"],
            ["Темы", ["учёба", "наука"]],
            ["Комментарий", ""],
          ],
          "the item responses in form order (an unanswered paragraph listed with an empty string)",
        );
      }),
  );

  check("an onFormSubmit trigger is created for the form and deleted", () =>
    withForm((form) => {
      deleteTriggersOf(TRIGGER_HANDLER);
      try {
        ScriptApp.newTrigger(TRIGGER_HANDLER).forForm(form).onFormSubmit().create();
        const [t, ...rest] = ScriptApp.getProjectTriggers().filter(
          (x) => x.getHandlerFunction() === TRIGGER_HANDLER,
        );
        assert(t && rest.length === 0, "one trigger for the handler");
        assert(
          t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
          `ON_FORM_SUBMIT, got ${String(t.getEventType())}`,
        );
        assert(
          t.getTriggerSource() === ScriptApp.TriggerSource.FORMS,
          `FORMS, got ${String(t.getTriggerSource())}`,
        );
        assertEqual(t.getTriggerSourceId(), form.getId(), "the trigger's source is the form");
        ScriptApp.deleteTrigger(t);
      } finally {
        deleteTriggersOf(TRIGGER_HANDLER);
      }
    }),
  );
});
