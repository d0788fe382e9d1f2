import { errorMessage } from "../app/tabs";
import {
  type FormAnswer,
  type FormQuestion,
  type FormRef,
  type FormSpec,
  type FormsPort,
  type MailMessage,
  type MailPort,
  MailRefused,
  QuotaError,
  TOKEN_MARK,
} from "../ports";
import { driveApi, NO_MEDIA, quoted } from "./documents";

const FORM_MIME = "application/vnd.google-apps.form";

/**
 * Google Forms and e-mail for the surveys. A form is made once per survey and year: its questions, the submit
 * trigger, and one prefilled link whose token field holds a mark, so a person's link is made without a Forms call.
 */

type Form = GoogleAppsScript.Forms.Form;

function addQuestion(form: Form, q: FormQuestion): GoogleAppsScript.Forms.TextItem | null {
  const help = q.help ?? "";
  switch (q.type) {
    case "section": {
      form.addSectionHeaderItem().setTitle(q.title).setHelpText(help);
      return null;
    }
    case "paragraph": {
      form.addParagraphTextItem().setTitle(q.title).setHelpText(help).setRequired(Boolean(q.required));
      return null;
    }
    case "scale": {
      const s = q.scale ?? { min: 1, max: 10, minLabel: "", maxLabel: "" };
      form
        .addScaleItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setBounds(s.min, s.max)
        .setLabels(s.minLabel, s.maxLabel)
        .setRequired(Boolean(q.required));
      return null;
    }
    case "choice": {
      form
        .addMultipleChoiceItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(Boolean(q.required));
      return null;
    }
    case "checkboxes": {
      form
        .addCheckboxItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(Boolean(q.required));
      return null;
    }
    case "list": {
      form
        .addListItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setChoiceValues([...(q.choices ?? [])])
        .setRequired(Boolean(q.required));
      return null;
    }
    case "date": {
      form.addDateItem().setTitle(q.title).setHelpText(help).setRequired(Boolean(q.required));
      return null;
    }
    default:
      return form.addTextItem().setTitle(q.title).setHelpText(help).setRequired(Boolean(q.required));
  }
}

export class GasForms implements FormsPort {
  /** A form that opens and is not in the trash (FormApp still opens a trashed form by its id; Drive says so). */
  exists(id: string): boolean {
    try {
      FormApp.openById(id);
    } catch (err) {
      // Only Google's "not found" answer means gone: a failing call is not taken for a missing form (that made a
      // second form of the same survey).
      if (/No item with the given ID could be found|do not have permission/i.test(errorMessage(err)))
        return false;
      throw err;
    }
    try {
      return !driveApi().Files.get(id, { fields: "trashed" }).trashed;
    } catch {
      // Out of the Drive API's reach (another Cloud project's client made it): FormApp's answer stands.
      return true;
    }
  }

  /**
   * Each step can be the last one a stopped run takes: the id is handed to `made` before any item is built, the
   * submit trigger is made after the items, and the move into the folder is the last Drive write. A form left
   * half-built is found by its id or its Drive name (`findByTitle`) and discarded by the next run.
   */
  create(spec: FormSpec, folderId: string, made: (id: string) => void): FormRef {
    const form = FormApp.create(spec.title);
    const id = form.getId();
    made(id);
    // FormApp.create names only the Drive file: the form's own title, the one people see, is set here.
    form.setTitle(spec.title);
    form.setDescription(spec.description);
    form.setConfirmationMessage(
      spec.tokenKey
        ? "Спасибо! Ответ записан. / Thank you, your answer is recorded."
        : "Спасибо! / Thank you!",
    );
    let token: GoogleAppsScript.Forms.TextItem | null = null;
    for (const q of spec.questions) {
      const item = addQuestion(form, q);
      if (q.key === spec.tokenKey) token = item;
    }
    const url = form.getPublishedUrl();
    const prefilled = token
      ? form.createResponse().withItemResponse(token.createResponse(TOKEN_MARK)).toPrefilledUrl()
      : url;
    const editUrl = form.getEditUrl();
    ScriptApp.newTrigger(spec.onSubmit).forForm(form).onFormSubmit().create();
    // Into its folder through the advanced Drive service (drive.file: the add-on made the form, so it reaches it).
    const parents = (driveApi().Files.get(id, { fields: "parents" }).parents ?? []).join(",");
    driveApi().Files.update({}, id, NO_MEDIA, { addParents: folderId, removeParents: parents });
    return { id, url, editUrl, prefilled };
  }

  findByTitle(title: string): string[] {
    const found = driveApi().Files.list({
      q: `name = ${quoted(title)} and mimeType = '${FORM_MIME}' and trashed = false`,
      fields: "files(id)",
      pageSize: 100,
    });
    return (found.files ?? []).map((f) => f.id).filter((id): id is string => Boolean(id));
  }

  discard(id: string, trash = true): void {
    // The triggers first: a form in the trash with a trigger left would not be found again to remove it.
    for (const t of ScriptApp.getProjectTriggers())
      if (t.getTriggerSourceId() === id) ScriptApp.deleteTrigger(t);
    if (trash) driveApi().Files.update({ trashed: true }, id);
  }

  responses(formId: string, known: ReadonlySet<string>): FormAnswer[] {
    const form = FormApp.openById(formId);
    const out: FormAnswer[] = [];
    for (const r of form.getResponses()) {
      const id = r.getId();
      if (known.has(id)) continue;
      const answers: Record<string, string | string[]> = {};
      for (const ir of r.getItemResponses()) {
        const value = ir.getResponse() as unknown;
        answers[ir.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : String(value ?? "");
      }
      out.push({ id, at: r.getTimestamp().getTime(), answers });
    }
    return out;
  }
}

export class GasMail implements MailPort {
  remaining(): number {
    return MailApp.getRemainingDailyQuota();
  }
  send(m: MailMessage): void {
    try {
      MailApp.sendEmail({
        to: m.to,
        subject: m.subject,
        body: m.text,
        htmlBody: m.html,
        name: m.name,
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
      });
    } catch (err) {
      const message = errorMessage(err);
      if (/too many times for one day/i.test(message)) throw new QuotaError(message);
      // Google's refusals of an address: the message never left.
      if (/invalid email|invalid argument: (to|recipient)|no recipient/i.test(message))
        throw new MailRefused(message);
      throw err;
    }
  }
}
