import type { Locale } from "../../domain/i18n";
import type {
  CollectView,
  SendView,
  SurveyKindView,
  SurveyScopeView,
  SurveysView,
} from "../../domain/surveysView";
import { byId, el, section } from "../lib/dom";
import { errorText, holdControls, showBox, showLines } from "../lib/feedback";
import { isRec, isStr, type Rec } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «Анкеты» sidebar. The server puts `{ view: SurveysView }` as JSON into <script id="data">: the academic
 * year, each survey with its form and how many were sent and answered, and the codes of the current pairs'
 * confirmations and groups. The curator mails a survey (or a reminder) to a part of the pairs, collects answers
 * and shares the registration forms. After each call the page renders the view the server returns. Everything
 * that comes from the data is inserted as text, never as HTML; links only when they are http(s) URLs.
 */

interface PageData {
  readonly view: SurveysView;
}

type Mode = "send" | "remind";
type FormLinks = { readonly url: string; readonly editUrl: string };

/** Skipped participants listed before «Показать всех». */
const FIRST_SKIPPED = 5;

const app = byId("app");
const heading = byId("heading");
const noYear = byId("no-year");
const surveysBox = byId("surveys");
const kindsList = byId("kinds");
const kindSelect = byId<HTMLSelectElement>("kind");
const scopeSelect = byId<HTMLSelectElement>("scope");
const sendButton = byId<HTMLButtonElement>("send-button");
const remindButton = byId<HTMLButtonElement>("remind-button");
const remindHint = byId("remind-hint");
const ask = byId("ask");
const askQuestion = byId("ask-question");
const askYes = byId<HTMLButtonElement>("ask-yes");
const askNo = byId<HTMLButtonElement>("ask-no");
const collectButton = byId<HTMLButtonElement>("collect-button");
const statusLine = byId("status");
const alertBox = byId("alert");
const outcome = byId("outcome");
const refreshBox = byId("refresh-box");
const refreshButton = byId<HTMLButtonElement>("refresh");
const registration = byId("registration");
const registrationList = byId("registration-list");

let tx: Texts = texts("ru");
let view: SurveysView | null = null;
let busy = false;
/** What the open confirmation asks for; null when it is closed. */
let asking: Mode | null = null;
/** Forms made from this page («Создать форму») that the view does not show yet, by year and kind. */
const madeForms = new Map<string, FormLinks>();
const madeKey = (year: string, kind: string) => JSON.stringify([year.trim(), kind]);

// ---- reading the data ---------------------------------------------------------------------------------------

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const allOf = <T>(v: unknown, is: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(is);
const strings = (r: Rec, ...keys: string[]) => keys.every((k) => isStr(r[k]));
const numbers = (r: Rec, ...keys: string[]) => keys.every((k) => isNum(r[k]));

const isLinks = (v: unknown): v is FormLinks => isRec(v) && strings(v, "url", "editUrl");

const isDoubt = (v: unknown): v is SurveyKindView["inDoubt"][number] =>
  isRec(v) && strings(v, "personId", "name") && isNum(v["row"]);

const isKind = (v: unknown): v is SurveyKindView =>
  isRec(v) &&
  strings(v, "kind", "label") &&
  (v["audience"] === "mentor" || v["audience"] === "mentee") &&
  typeof v["registration"] === "boolean" &&
  (v["form"] === null || isLinks(v["form"])) &&
  isRec(v["counts"]) &&
  numbers(v["counts"], "total", "pending", "sent", "answered") &&
  (v["inDoubt"] === undefined || allOf(v["inDoubt"], isDoubt));

function isView(v: unknown): v is SurveysView {
  return (
    isRec(v) &&
    isStr(v["year"]) &&
    allOf(v["kinds"], isKind) &&
    allOf(v["batches"], isStr) &&
    allOf(v["groups"], isStr)
  );
}

const isSkipped = (v: unknown): v is SendView["skipped"][number] =>
  isRec(v) && strings(v, "personId", "name", "why");

const isSendView = (v: unknown): v is SendView =>
  isRec(v) &&
  numbers(v, "sent", "already", "later") &&
  allOf(v["skipped"], isSkipped) &&
  isStr(v["message"]) &&
  isView(v["view"]);

const isCollectView = (v: unknown): v is CollectView =>
  isRec(v) &&
  numbers(v, "received", "counted", "flagged", "registered") &&
  isStr(v["message"]) &&
  isView(v["view"]);

/** The page's data; null when it cannot be read (the locale is still taken when it can be). */
function readData(): PageData | null {
  let data: unknown;
  try {
    data = JSON.parse(byId("data").textContent ?? "");
  } catch {
    return null;
  }
  const v = isRec(data) ? data["view"] : null;
  if (isRec(v)) tx = texts(localeOf(v["locale"]));
  return isView(v) ? { view: v } : null;
}

function localeOf(value: unknown): Locale {
  return value === "en" ? "en" : "ru";
}

/** An http(s) address from the data as a link target; anything else (javascript:, data:, junk) is refused. */
function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

// ---- rendering ----------------------------------------------------------------------------------------------

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
}

const participantKinds = (v: SurveysView) => v.kinds.filter((k) => !k.registration);
const registrationKinds = (v: SurveysView) => v.kinds.filter((k) => k.registration);

/** Shows the view the server gave. What the last action said (status, outcome) is the caller's. */
function render(next: SurveysView): void {
  view = next;
  tx = texts(localeOf(next.locale));
  applyTexts();
  closeAsk();
  for (const k of next.kinds) if (k.form !== null) madeForms.delete(madeKey(next.year, k.kind));

  const year = next.year.trim();
  heading.textContent = year === "" ? tx.t("heading") : tx.t("headingYear", { year });
  noYear.hidden = year !== "";
  refreshBox.hidden = year !== "";
  surveysBox.hidden = year === "";
  if (year === "") {
    kindsList.replaceChildren();
    registrationList.replaceChildren();
    registration.hidden = true;
    return;
  }

  const participants = participantKinds(next);
  kindsList.replaceChildren(...participants.map(renderKind));
  renderSelects(next);
  updateRemind();

  const regs = registrationKinds(next);
  registration.hidden = regs.length === 0;
  registrationList.replaceChildren(...regs.map(renderRegistration));
}

function audienceText(k: SurveyKindView): string {
  return tx.t(k.audience === "mentor" ? "audienceMentor" : "audienceMentee");
}

function renderKind(k: SurveyKindView): HTMLElement {
  const c = k.counts;
  const sentEver = c.sent + c.answered;
  let counts: string;
  if (c.total <= 0) counts = tx.t("notSentYet");
  else {
    counts = tx.t("countsLine", {
      sent: tx.n("sent", sentEver),
      answered: tx.n("answered", c.answered, { total: c.total }),
    });
    if (c.pending > 0) counts += `; ${tx.t("pending", { n: c.pending })}`;
  }
  const item = el(
    "li",
    "kind card",
    el("h3", "kind-name", k.label),
    el("p", "audience", audienceText(k)),
    el("p", "counts", counts),
    c.total > 0 ? bar(c) : null,
    formLinks(k, k.form, "noForm"),
    inDoubt(k),
  );
  item.dataset["kind"] = k.kind;
  return item;
}

/** The people whose mail a stopped run left in doubt, each with «Отправить ещё раз» and «Письмо дошло». */
function inDoubt(k: SurveyKindView): HTMLElement | null {
  const people = k.inDoubt ?? [];
  if (people.length === 0) return null;
  const list = el(
    "ul",
    "doubt-list",
    ...people.map((d) => {
      const button = (cls: string, text: string, label: string, mode: Settle) => {
        const b = el("button", cls, text);
        b.type = "button";
        b.setAttribute("aria-label", label);
        b.addEventListener("click", () => void settle(mode, k, d.personId, d.name, b));
        return b;
      };
      const item = el(
        "li",
        "doubt-item",
        el("span", "doubt-name", d.name),
        tx.t("doubtRow", { row: d.row }),
        el(
          "div",
          "card-actions",
          button("resend small", tx.t("resend"), tx.t("resendOf", { name: d.name }), "resend"),
          button("arrived small", tx.t("arrived"), tx.t("arrivedOf", { name: d.name }), "arrived"),
        ),
      );
      item.dataset["person"] = d.personId;
      return item;
    }),
  );
  return el(
    "div",
    "doubt",
    el("p", "doubt-title", tx.t("inDoubt", { n: people.length })),
    el("p", "hint", tx.t("inDoubtHint")),
    list,
  );
}

/** How the curator settles a doubt: the mail again, or «it arrived». */
type Settle = "resend" | "arrived";

/**
 * «Отправить ещё раз» (one person's mail again) or «Письмо дошло» (the person said it arrived: counted as sent,
 * no mail goes). The refreshed view no longer lists the person once settled; on a failure the focus goes back to
 * the button pressed.
 */
async function settle(
  mode: Settle,
  k: SurveyKindView,
  personId: string,
  name: string,
  pressed: HTMLButtonElement,
): Promise<void> {
  if (busy) return;
  start(tx.t(mode === "resend" ? "resending" : "marking", { name }));
  const label = pressed.getAttribute("aria-label");
  try {
    const result =
      mode === "resend"
        ? await run("resendSurveyMail", k.kind, personId)
        : await run("markSurveyMailArrived", k.kind, personId);
    if (!isSendView(result)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(result.view);
    showStatus(result.message);
    heading.focus();
  } catch (error) {
    // The list may have been drawn again meanwhile: the same button is found by its label.
    const item = kindsList.querySelector<HTMLElement>(`[data-person="${CSS.escape(personId)}"]`);
    const again = [...(item?.querySelectorAll<HTMLButtonElement>("button") ?? [])].find(
      (b) => b.getAttribute("aria-label") === label,
    );
    failed(error, again ?? pressed);
  }
}

/** A thin bar: answered (green), sent and waiting (blue), not sent (grey). The text above says the same. */
function bar(c: SurveyKindView["counts"]): HTMLElement {
  const share = (n: number) => `${Math.max(0, Math.min(100, (n / c.total) * 100))}%`;
  const answered = el("span", "bar-answered");
  answered.style.width = share(c.answered);
  const sent = el("span", "bar-sent");
  sent.style.width = share(c.sent);
  const node = el("div", "bar", answered, sent);
  node.setAttribute("aria-hidden", "true");
  return node;
}

function link(href: string, text: string, label: string): HTMLAnchorElement {
  const a = el("a", "link", text);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  a.setAttribute("aria-label", label + tx.t("newTab"));
  return a;
}

/** «Открыть форму» and «Изменить форму» for the addresses that are links; a note when there is nothing to link. */
function formLinks(k: SurveyKindView, form: FormLinks | null, missing: "noForm" | null): HTMLElement | null {
  if (form === null) return missing === null ? null : el("p", "hint", tx.t(missing));
  const url = safeUrl(form.url);
  const edit = safeUrl(form.editUrl);
  if (url === null && edit === null) return el("p", "hint", tx.t("badLink"));
  return el(
    "p",
    "links",
    url !== null ? link(url, tx.t("openForm"), tx.t("openFormOf", { survey: k.label })) : null,
    edit !== null ? link(edit, tx.t("editForm"), tx.t("editFormOf", { survey: k.label })) : null,
  );
}

function option(value: string, text: string): HTMLOptionElement {
  const o = el("option", "", text);
  o.value = value;
  return o;
}

/** The value of a scope in the select: "all", "batch:У-0001", "group:Г-0001". */
const scopeValue = (s: SurveyScopeView) => (s.type === "all" ? "all" : `${s.type}:${s.code}`);

function renderSelects(v: SurveysView): void {
  const kindBefore = kindSelect.value;
  kindSelect.replaceChildren(...participantKinds(v).map((k) => option(k.kind, k.label)));
  if ([...kindSelect.options].some((o) => o.value === kindBefore)) kindSelect.value = kindBefore;

  const scopeBefore = scopeSelect.value;
  const scopeOption = (scope: SurveyScopeView, text: string) => option(scopeValue(scope), text);
  const options: Node[] = [scopeOption({ type: "all" }, tx.t("scopeAll"))];
  const group = (label: string, ...items: HTMLOptionElement[]) => {
    const g = el("optgroup", "", ...items);
    g.label = label;
    return g;
  };
  if (v.batches.length > 0) {
    const items = v.batches.map((code) => scopeOption({ type: "batch", code }, tx.t("scopeBatch", { code })));
    options.push(group(tx.t("scopeBatches"), ...items));
  }
  if (v.groups.length > 0) {
    const items = v.groups.map((code) => scopeOption({ type: "group", code }, tx.t("scopeGroup", { code })));
    options.push(group(tx.t("scopeGroups"), ...items));
  }
  scopeSelect.replaceChildren(...options);
  if ([...scopeSelect.options].some((o) => o.value === scopeBefore)) scopeSelect.value = scopeBefore;
  const none = participantKinds(v).length === 0;
  sendButton.disabled = none;
  kindSelect.disabled = none;
  scopeSelect.disabled = none;
}

function chosenKind(): SurveyKindView | null {
  return view?.kinds.find((k) => !k.registration && k.kind === kindSelect.value) ?? null;
}

function chosenScope(): SurveyScopeView {
  const value = scopeSelect.value;
  const at = value.indexOf(":");
  const type = value.slice(0, at);
  const code = value.slice(at + 1);
  if (at > 0 && type === "batch") return { type: "batch", code };
  if (at > 0 && type === "group") return { type: "group", code };
  return { type: "all" };
}

/** «Напомнить» only when someone has the survey and has not answered it. */
function updateRemind(): void {
  const k = chosenKind();
  const nobody = k === null || k.counts.sent <= 0;
  remindButton.disabled = nobody;
  remindHint.textContent = k !== null && nobody ? tx.t("remindNobody") : "";
}

function renderRegistration(k: SurveyKindView): HTMLElement {
  const form = k.form ?? madeForms.get(madeKey(view?.year ?? "", k.kind)) ?? null;
  const parts: Node[] = [el("h3", "kind-name", k.label), el("p", "audience", audienceText(k))];
  const url = form === null ? null : safeUrl(form.url);
  if (form === null) {
    const make = el("button", "small", tx.t("makeForm"));
    make.type = "button";
    make.setAttribute("aria-label", tx.t("makeFormOf", { survey: k.label }));
    make.addEventListener("click", () => void makeForm(k));
    parts.push(el("div", "card-actions", make));
  } else if (url !== null) {
    const input = el("input", "link-input");
    input.type = "text";
    input.readOnly = true;
    input.value = url;
    input.setAttribute("aria-label", tx.t("linkOf", { survey: k.label }));
    input.addEventListener("focus", () => input.select());
    const copyButton = el("button", "small copy", tx.t("copy"));
    copyButton.type = "button";
    copyButton.setAttribute("aria-label", tx.t("copyOf", { survey: k.label }));
    copyButton.addEventListener("click", () => void copy(input));
    parts.push(input, el("div", "card-actions", copyButton), formLinks(k, form, null) ?? el("span", ""));
  } else {
    parts.push(formLinks(k, form, null) ?? el("span", ""));
  }
  const item = el("li", "registration-item card", ...parts);
  item.dataset["kind"] = k.kind;
  return item;
}

// ---- status, errors, busy -----------------------------------------------------------------------------------

function showStatus(...lines: (string | null)[]): void {
  showLines(statusLine, lines);
}

function showAlert(text: string | null): void {
  showBox(alertBox, text);
}

function messageOf(error: unknown): string {
  return errorText(error, tx.t("unknownError"));
}

/** While a call runs the page is held still (holdControls) and the status line says what is going on. */
function setBusy(value: boolean, status = ""): void {
  busy = value;
  holdControls(app, value);
  if (value) showStatus(status);
}

/** Before a call: the last action's words go, the controls are disabled. */
function start(status: string): void {
  closeAsk();
  showAlert(null);
  outcome.replaceChildren();
  setBusy(true, status);
}

function failed(error: unknown, focus: HTMLElement | null): void {
  setBusy(false);
  showStatus();
  showAlert(messageOf(error));
  refocus(focus);
}

function refocus(node: Element | null): boolean {
  if (!(node instanceof HTMLElement) || !node.isConnected || node === document.body) return false;
  if ((node instanceof HTMLButtonElement || node instanceof HTMLInputElement) && node.disabled) return false;
  if (node.closest("[hidden]") !== null) return false;
  node.focus();
  return document.activeElement === node;
}

// ---- sending ------------------------------------------------------------------------------------------------

function whom(k: SurveyKindView, scope: SurveyScopeView): string {
  const who = tx.t(k.audience === "mentor" ? "whomMentor" : "whomMentee");
  if (scope.type === "batch") return tx.t("whomBatch", { who, code: scope.code });
  if (scope.type === "group") return tx.t("whomGroup", { who, code: scope.code });
  return tx.t("whomAll", { who });
}

const modeButton = (mode: Mode) => (mode === "send" ? sendButton : remindButton);

function openAsk(mode: Mode): void {
  if (busy) return;
  const k = chosenKind();
  if (k === null) return;
  closeAsk();
  showAlert(null);
  asking = mode;
  const params = { survey: k.label, whom: whom(k, chosenScope()) };
  askQuestion.textContent = tx.t(mode === "send" ? "askSend" : "askRemind", params);
  askYes.textContent = tx.t(mode === "send" ? "askSendYes" : "askRemindYes");
  ask.hidden = false;
  modeButton(mode).setAttribute("aria-expanded", "true");
  askYes.focus();
}

function closeAsk(): void {
  asking = null;
  ask.hidden = true;
  sendButton.setAttribute("aria-expanded", "false");
  remindButton.setAttribute("aria-expanded", "false");
}

async function send(mode: Mode): Promise<void> {
  const k = chosenKind();
  if (busy || k === null) return;
  const scope = chosenScope();
  start(tx.t(mode === "send" ? "sending" : "reminding"));
  try {
    const result = await run("sendSurvey", k.kind, scope, mode);
    if (!isSendView(result)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(result.view);
    showStatus(result.message);
    renderOutcome(result);
    if (!refocus(modeButton(mode))) refocus(sendButton);
  } catch (error) {
    failed(error, modeButton(mode));
  }
}

/** What the send left for the curator: the mails that go tomorrow and the people who got none. */
function renderOutcome(r: SendView): void {
  const parts: Node[] = [];
  if (r.later > 0) {
    const later = el("p", "note later", tx.n("later", r.later));
    later.id = "later";
    parts.push(later);
  }
  if (r.skipped.length > 0) {
    const list = el("ul", "skipped-list");
    const fill = (all: boolean) => {
      const shown = all ? r.skipped : r.skipped.slice(0, FIRST_SKIPPED);
      list.replaceChildren(
        ...shown.map((s, i) => {
          const item = el(
            "li",
            "skipped-item",
            el("span", "skipped-name", s.name),
            tx.t("skippedWhy", { why: s.why }),
          );
          item.id = `skipped-${i}`;
          item.tabIndex = -1;
          return item;
        }),
      );
    };
    fill(false);
    const body: Node[] = [list];
    if (r.skipped.length > FIRST_SKIPPED) {
      const more = el("button", "more", tx.t("showAll", { n: r.skipped.length }));
      more.type = "button";
      more.id = "show-all";
      more.addEventListener("click", () => {
        fill(true);
        more.remove();
        document.getElementById(`skipped-${FIRST_SKIPPED}`)?.focus();
      });
      body.push(more);
    }
    body.push(el("p", "hint", tx.t("skippedHint")));
    parts.push(section("skipped", tx.n("skippedTitle", r.skipped.length), ...body));
  }
  outcome.replaceChildren(...parts);
}

// ---- answers, forms, refreshing -----------------------------------------------------------------------------

async function collect(): Promise<void> {
  if (busy) return;
  start(tx.t("collecting"));
  try {
    const result = await run("collectSurveyAnswers");
    if (!isCollectView(result)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(result.view);
    showStatus(result.message);
    refocus(collectButton);
  } catch (error) {
    failed(error, collectButton);
  }
}

async function makeForm(k: SurveyKindView): Promise<void> {
  const shown = view;
  if (busy || shown === null) return;
  start(tx.t("making"));
  try {
    const links = await run("surveyFormLinks", k.kind);
    if (!isLinks(links)) throw new Error(tx.t("badAnswer"));
    madeForms.set(madeKey(shown.year, k.kind), links);
    setBusy(false);
    render(view ?? shown);
    showStatus(tx.t("formReady", { survey: k.label }));
    const item = registrationList.querySelector<HTMLElement>(`[data-kind="${CSS.escape(k.kind)}"]`);
    refocus(item?.querySelector(".copy") ?? item?.querySelector("a") ?? null);
  } catch (error) {
    const item = registrationList.querySelector<HTMLElement>(`[data-kind="${CSS.escape(k.kind)}"]`);
    failed(error, item?.querySelector("button") ?? null);
  }
}

/** The link to the clipboard when the browser lets the page write there; else selected for Ctrl+C. */
async function copy(input: HTMLInputElement): Promise<void> {
  const clipboard = (navigator as { clipboard?: Clipboard }).clipboard;
  if (clipboard !== undefined && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(input.value);
      showAlert(null);
      showStatus(tx.t("copied"));
      return;
    } catch {
      // Not allowed here (the add-on's frame may not have the permission): select it for the curator instead.
    }
  }
  input.focus();
  input.select();
  showStatus(tx.t("copyByHand"));
}

async function refresh(): Promise<void> {
  if (busy) return;
  start(tx.t("refreshing"));
  try {
    const next = await run("surveysOverview");
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(next);
    showStatus();
    heading.focus();
  } catch (error) {
    failed(error, refreshButton);
  }
}

sendButton.addEventListener("click", () => openAsk("send"));
remindButton.addEventListener("click", () => openAsk("remind"));
askYes.addEventListener("click", () => {
  if (asking !== null) void send(asking);
});
askNo.addEventListener("click", () => {
  const mode = asking ?? "send";
  closeAsk();
  modeButton(mode).focus();
});
ask.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || busy) return;
  const mode = asking ?? "send";
  closeAsk();
  modeButton(mode).focus();
});
kindSelect.addEventListener("change", () => {
  closeAsk();
  updateRemind();
});
scopeSelect.addEventListener("change", closeAsk);
collectButton.addEventListener("click", () => void collect());
refreshButton.addEventListener("click", () => void refresh());

// ---- start --------------------------------------------------------------------------------------------------

const data = readData();
if (data !== null) {
  render(data.view);
  setBusy(false);
} else {
  applyTexts();
  heading.textContent = tx.t("heading");
  refreshBox.hidden = false;
  setBusy(false);
  showAlert(tx.t("noData"));
}
