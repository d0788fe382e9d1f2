import type { CompletionResult } from "../../app/completion";
import { type Outcome, RESULT_KEYS, RESULTS, type ResultKey } from "../../domain/completion";
import { el } from "../lib/dom";
import { errorText, showBox } from "../lib/feedback";
import { isRec, isStr } from "../lib/guards";
import { run } from "../lib/run";
import { type Texts, texts } from "./text";

/**
 * The «Завершить пару» form, shared by the dialog on the selected rows and the «Ход работы пар» sidebar: the
 * outcome (завершена / расторгнута, then a reason, required), the end date (today by default), the result from a
 * short list with a note, both reflections. It checks what it can, sends `completePairs` and hands the answer on.
 */

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
let seq = 0;

export const isCompletionResult = (v: unknown): v is CompletionResult =>
  isRec(v) &&
  isNum(v["closed"]) &&
  isNum(v["already"]) &&
  isStr(v["message"]) &&
  Array.isArray(v["surveys"]) &&
  v["surveys"].every(isStr);

export interface FormOptions {
  readonly locale: "ru" | "en";
  readonly pairIds: readonly string[];
  /** yyyy-MM-dd. */
  readonly today: string;
  /** Where a refusal or failure is shown. */
  readonly alertBox: HTMLElement;
  readonly label: string;
  readonly onDone: (r: CompletionResult) => void;
  /** A «Cancel» button is shown when given. */
  readonly onCancel?: () => void;
}

function field(tx: Texts, key: "note" | "mentorReflection" | "menteeReflection" | "reason", n: number) {
  const input = el("textarea");
  input.id = `complete-${key}-${n}`;
  input.rows = 2;
  input.maxLength = key === "note" || key === "reason" ? 2000 : 4000;
  const label = el("label", undefined, tx.t(key));
  label.htmlFor = input.id;
  return { input, box: el("div", "field", label, input) };
}

function outcomeChoice(tx: Texts, n: number, onChange: () => void) {
  const box = el("fieldset", "outcome", el("legend", undefined, tx.t("outcome")));
  const inputs = (["completed", "terminated"] as const).map((o) => {
    const input = el("input");
    input.type = "radio";
    input.name = `complete-outcome-${n}`;
    input.id = `complete-outcome-${o}-${n}`;
    input.value = o;
    input.checked = o === "completed";
    input.addEventListener("change", onChange);
    const label = el("label", undefined, input, ` ${tx.t(o)}`);
    label.htmlFor = input.id;
    box.append(label);
    return input;
  });
  const value = (): Outcome => (inputs[1]!.checked ? "terminated" : "completed");
  return { box, value };
}

export function completionForm(o: FormOptions): HTMLFormElement {
  const tx = texts(o.locale);
  const n = ++seq;
  const reason = field(tx, "reason", n);
  reason.box.hidden = true;
  const outcome = outcomeChoice(tx, n, () => {
    reason.box.hidden = outcome.value() !== "terminated";
  });
  const date = el("input");
  date.type = "date";
  date.id = `complete-date-${n}`;
  date.required = true;
  date.value = o.today;
  const dateLabel = el("label", undefined, tx.t("endDate"));
  dateLabel.htmlFor = date.id;
  const result = el("select");
  result.id = `complete-result-${n}`;
  for (const k of RESULT_KEYS) {
    const option = el("option", undefined, RESULTS[k][o.locale]);
    option.value = k;
    result.append(option);
  }
  const resultLabel = el("label", undefined, tx.t("result"));
  resultLabel.htmlFor = result.id;
  const note = field(tx, "note", n);
  const mentor = field(tx, "mentorReflection", n);
  const mentee = field(tx, "menteeReflection", n);
  const submit = el("button", "primary", tx.t("submit"));
  submit.type = "submit";
  const actions = el("div", "form-actions", submit);
  if (o.onCancel) {
    const cancel = el("button", undefined, tx.t("cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", o.onCancel);
    actions.append(cancel);
  }
  const form = el(
    "form",
    "complete-form",
    outcome.box,
    reason.box,
    el("div", "field", dateLabel, date),
    el("div", "field", resultLabel, result),
    note.box,
    mentor.box,
    mentee.box,
    actions,
  );
  form.setAttribute("aria-label", o.label);
  form.noValidate = true;
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const input = {
      endDate: date.value.trim(),
      outcome: outcome.value(),
      result: result.value as ResultKey,
      note: note.input.value.trim(),
      mentorReflection: mentor.input.value.trim(),
      menteeReflection: mentee.input.value.trim(),
      reason: outcome.value() === "terminated" ? reason.input.value.trim() : "",
    };
    if (!ISO.test(input.endDate)) return showBox(o.alertBox, tx.t("badDate"));
    if (input.outcome === "terminated" && input.reason === "") {
      showBox(o.alertBox, tx.t("noReason"));
      reason.input.focus();
      return;
    }
    showBox(o.alertBox, null);
    busy = true;
    submit.disabled = true;
    submit.textContent = tx.t("submitting");
    run("completePairs", [...o.pairIds], input)
      .then((r) => {
        if (!isCompletionResult(r)) throw new Error(tx.t("badAnswer"));
        o.onDone(r);
      })
      .catch((error: unknown) => showBox(o.alertBox, errorText(error, tx.t("failed"))))
      .finally(() => {
        busy = false;
        submit.disabled = false;
        submit.textContent = tx.t("submit");
      });
  });
  return form;
}
