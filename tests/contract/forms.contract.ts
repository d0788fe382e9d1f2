/**
 * Google Forms as the surveys use them: a form made by the script, personal prefilled links, a submit trigger.
 * Google: https://developers.google.com/apps-script/reference/forms/form-app#create(String),
 * https://developers.google.com/apps-script/reference/forms/form#createResponse(),
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl() ("a URL for the form with
 * the answers pre-filled"), https://developers.google.com/apps-script/reference/forms/form#getPublishedUrl(),
 * https://developers.google.com/apps-script/reference/script/form-trigger-builder#onFormSubmit(),
 * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setChoiceValues(String).
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
