import { dateInRange, dateRange } from "../../domain/base/limits";
import type { Locale } from "../../domain/i18n";
import type {
  ConfirmResult,
  Decision,
  PairAction,
  PairsView,
  ViewCandidate,
  ViewMentor,
  ViewPair,
  ViewReason,
  ViewRefused,
  ViewUnmatched,
} from "../../domain/pairsView";
import { byId, el, section, srOnly } from "../lib/dom";
import { errorText, holdControls, showBox, showLines } from "../lib/feedback";
import { isRec, isStr, type Rec } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type TextKey, type Texts, texts } from "./text";

/**
 * The «Пары» sidebar. The server puts `{ view: PairsView }` as JSON into <script id="data">; the curator reviews
 * the proposed pairs and decides. The proposals tab is the state: every action goes to the server, and the page
 * renders the view the server returns (it never changes the view itself). Everything that comes from the data is
 * inserted as text, never as HTML: names and reasons quote what people typed in the sheet.
 */

interface PageData {
  readonly view: PairsView;
}

type Filter = "all" | "undecided" | "accepted" | "pinned" | "unmatched";
const FILTERS: readonly Filter[] = ["all", "undecided", "accepted", "pinned", "unmatched"];

const app = byId("app");
const summary = byId("summary");
const statusLine = byId("status");
const alertBox = byId("alert");
const content = byId("content");
const rematchButton = byId<HTMLButtonElement>("rematch");
const acceptAllButton = byId<HTMLButtonElement>("accept-all");
const confirmBox = byId("confirm-box");
const dateInput = byId<HTMLInputElement>("start-date");
const confirmButton = byId<HTMLButtonElement>("confirm");
const confirmHint = byId("confirm-hint");
const confirmAsk = byId("confirm-ask");
const confirmQuestion = byId("confirm-question");
const confirmYes = byId<HTMLButtonElement>("confirm-yes");
const confirmNo = byId<HTMLButtonElement>("confirm-no");
const filters = byId<HTMLFieldSetElement>("filters");
const filterRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="filter"]')];

let tx: Texts = texts("ru");
let view: PairsView | null = null;
let busy = false;
let filter: Filter = "all";
/** The curator changed the start date: keep it across renders instead of the view's `today`. */
let dateTouched = false;
/** «Отклонённые и исключённые» stays open across renders once the curator opened it. */
let refusedOpen = false;
/** The card (a pair or a mentee without a mentor) of each mentee on the page, to give the focus back to. */
const cards = new Map<string, HTMLElement>();
/** For the ids of the alternatives' panels (aria-controls). */
let panelSeq = 0;

// ---- reading the data ---------------------------------------------------------------------------------------

function readData(): PageData | null {
  try {
    const raw = byId("data").textContent ?? "";
    const data: unknown = JSON.parse(raw);
    const v = (data as { view?: unknown } | null)?.view;
    return isView(v) ? { view: v } : null;
  } catch {
    return null;
  }
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const allOf = <T>(v: unknown, is: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(is);
const strings = (r: Rec, ...keys: string[]) => keys.every((k) => isStr(r[k]));
const numbers = (r: Rec, ...keys: string[]) => keys.every((k) => isNum(r[k]));

const isCandidate = (v: unknown): v is ViewCandidate =>
  isRec(v) && strings(v, "mentorId", "mentorName") && numbers(v, "score", "free");

const isReason = (v: unknown): v is ViewReason =>
  isRec(v) &&
  (v["effect"] === "for" || v["effect"] === "against" || v["effect"] === "note") &&
  isStr(v["text"]);

const isPair = (v: unknown): v is ViewPair =>
  isRec(v) &&
  strings(v, "mentorId", "mentorName", "menteeId", "menteeName", "form") &&
  isNum(v["score"]) &&
  (v["decision"] === "accept" || v["decision"] === "pin" || v["decision"] === null) &&
  allOf(v["reasons"], isReason) &&
  allOf(v["alternatives"], isCandidate);

const isMentor = (v: unknown): v is ViewMentor =>
  isRec(v) &&
  strings(v, "mentorId", "mentorName") &&
  numbers(v, "capacity", "taken") &&
  allOf(v["pairs"], isPair);

const isUnmatched = (v: unknown): v is ViewUnmatched =>
  isRec(v) && strings(v, "menteeId", "menteeName", "form", "reason") && allOf(v["alternatives"], isCandidate);

const isRefused = (v: unknown): v is ViewRefused =>
  isRec(v) &&
  strings(v, "mentorId", "mentorName", "menteeId", "menteeName", "form") &&
  (v["decision"] === "reject" || v["decision"] === "exclude");

const COUNTS = [
  "proposed",
  "accepted",
  "pinned",
  "undecided",
  "unmatched",
  "rejected",
  "excluded",
  "alreadyPaired",
  "skippedRows",
];

function isView(value: unknown): value is PairsView {
  return (
    isRec(value) &&
    allOf(value["mentors"], isMentor) &&
    allOf(value["unmatched"], isUnmatched) &&
    allOf(value["refused"], isRefused) &&
    isRec(value["counts"]) &&
    numbers(value["counts"], ...COUNTS) &&
    strings(value, "today", "message", "pairsTab")
  );
}

function isConfirmResult(value: unknown): value is ConfirmResult {
  return (
    isRec(value) && numbers(value, "confirmed", "inGroups") && isStr(value["batch"]) && isView(value["view"])
  );
}

// ---- rendering ----------------------------------------------------------------------------------------------

function localeOf(v: PairsView): Locale {
  return v.locale === "en" ? "en" : "ru";
}

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
}

/** Shows the view the server returned; `done` is what the page itself has to say about the last action. */
function render(next: PairsView, done: string | null = null): void {
  view = next;
  tx = texts(localeOf(next));
  applyTexts();
  setBusy(false);
  closeAsk();
  summary.replaceChildren(...renderSummary(next));
  showStatus(done, next.message);
  renderToolbar(next);
  renderFilters(next);
  renderContent();
}

function renderSummary(v: PairsView): Node[] {
  const c = v.counts;
  const headline = el("h1", "headline", c.proposed > 0 ? tx.n("proposed", c.proposed) : tx.t("noProposals"));
  headline.id = "headline";
  headline.tabIndex = -1;
  const out: Node[] = [headline];

  const stats = el("ul", "stats");
  stats.id = "stats";
  const stat = (kind: string, text: string) => {
    const dot = el("span", `dot ${kind}`);
    dot.setAttribute("aria-hidden", "true");
    stats.append(el("li", `stat ${kind}`, dot, text));
  };
  if (c.proposed > 0) {
    stat("accepted", tx.n("accepted", c.accepted));
    stat("pinned", tx.n("pinned", c.pinned));
    stat("undecided", tx.n("undecided", c.undecided));
  }
  if (c.unmatched > 0) stat("unmatched", tx.n("unmatched", c.unmatched));
  if (c.rejected > 0) stat("refused", tx.n("rejected", c.rejected));
  if (c.excluded > 0) stat("refused", tx.n("excluded", c.excluded));
  if (stats.childElementCount > 0) out.push(stats);

  if (c.skippedRows > 0) {
    const note = el(
      "p",
      "summary-note warning",
      tx.n("skippedRows", c.skippedRows),
      " ",
      tx.t("skippedNote"),
    );
    note.id = "skipped";
    out.push(note);
  }
  if (c.alreadyPaired > 0) {
    const note = el("p", "summary-note", tx.n("alreadyPaired", c.alreadyPaired));
    note.id = "already-paired";
    out.push(note);
  }
  return out;
}

function renderToolbar(v: PairsView): void {
  const c = v.counts;
  const proposals = v.mentors.length > 0;
  acceptAllButton.hidden = !proposals;
  acceptAllButton.disabled = c.undecided + c.pinned === 0;
  confirmBox.hidden = !proposals && c.accepted === 0;
  confirmButton.textContent = tx.t("confirmAccepted", { n: c.accepted });
  confirmButton.disabled = c.accepted === 0;
  confirmHint.textContent = c.accepted === 0 ? tx.t("confirmHint") : "";
  serverToday = v.today;
  const range = dateRange(serverToday);
  dateInput.min = range.from;
  dateInput.max = range.to;
  if (!dateTouched || dateInput.value === "") {
    dateInput.value = validDate(v.today) ? v.today : "";
    dateTouched = false;
  }
}

function renderFilters(v: PairsView): void {
  filters.hidden = v.mentors.length === 0 && v.unmatched.length === 0;
  const pairs = v.mentors.flatMap((m) => m.pairs);
  const count = (id: string, n: number) => {
    byId(`count-${id}`).textContent = String(n);
  };
  count("undecided", pairs.filter((p) => p.decision === null).length);
  count("accepted", pairs.filter((p) => p.decision === "accept").length);
  count("pinned", pairs.filter((p) => p.decision === "pin").length);
  count("unmatched", v.unmatched.length);
  for (const radio of filterRadios) radio.checked = radio.value === filter;
}

function renderContent(): void {
  cards.clear();
  content.replaceChildren(...(view === null ? [] : contentOf(view)));
}

function contentOf(v: PairsView): Node[] {
  if (v.mentors.length === 0 && v.unmatched.length === 0) {
    const empty = el("p", "empty", tx.t(v.counts.alreadyPaired > 0 ? "emptyAllPaired" : "emptyNoMentees"));
    empty.id = "empty";
    return v.refused.length > 0 ? [empty, renderRefused(v.refused)] : [empty];
  }
  const out: Node[] = [];
  if (filter !== "unmatched") {
    const mentors = v.mentors
      .map((m) => ({ mentor: m, pairs: m.pairs.filter((p) => shows(p)) }))
      .filter((m) => m.pairs.length > 0);
    if (mentors.length > 0) {
      const list = el("ul", "mentors", ...mentors.map((m) => renderMentor(m.mentor, m.pairs)));
      out.push(section("pairs", tx.t("pairsTitle"), list));
    } else if (filter === "all") {
      out.push(el("p", "empty", tx.t("emptyNoPairs")));
    } else {
      out.push(el("p", "empty", tx.t(EMPTY_FILTER[filter])));
    }
  }
  if (filter === "all" || filter === "unmatched") {
    if (v.unmatched.length > 0) out.push(renderUnmatched(v.unmatched));
    else if (filter === "unmatched") out.push(el("p", "empty", tx.t("emptyUnmatched")));
  }
  if (filter === "all" && v.refused.length > 0) out.push(renderRefused(v.refused));
  return out;
}

const EMPTY_FILTER: Record<"undecided" | "accepted" | "pinned", TextKey> = {
  undecided: "emptyUndecided",
  accepted: "emptyAccepted",
  pinned: "emptyPinned",
};

function shows(p: ViewPair): boolean {
  switch (filter) {
    case "undecided":
      return p.decision === null;
    case "accepted":
      return p.decision === "accept";
    case "pinned":
      return p.decision === "pin";
    case "unmatched":
      return false;
    default:
      return true;
  }
}

function renderMentor(m: ViewMentor, pairs: readonly ViewPair[]): HTMLElement {
  const title = el("h3", "mentor-name", srOnly(tx.t("mentorSr")), m.mentorName);
  const isGroup = m.pairs.length > 1 || m.capacity > 1;
  const group = isGroup
    ? el(
        "p",
        "group-line",
        tx.t("groupLine", { mentees: tx.n("mentees", m.pairs.length), places: tx.n("places", m.capacity) }) +
          (m.taken > 0 ? tx.t("takenBefore", { n: m.taken }) : ""),
      )
    : null;
  const list = el("ul", "pair-list", ...pairs.map(renderPair));
  return el("li", `mentor${isGroup ? " group" : ""}`, title, group, list);
}

function renderPair(p: ViewPair): HTMLElement {
  const state = p.decision ?? "none";
  const head = el("div", "pair-head", el("span", "mentee-name", p.menteeName), badge(p.decision));
  const meta = el("div", "pair-meta", p.form !== "" ? el("span", "form", p.form) : null, fitLabel(p.score));

  const decide = (decision: Decision | null) => () =>
    void review({ type: "decide", mentorId: p.mentorId, menteeId: p.menteeId, decision }, p.menteeId);
  const [toggle, panel] = alternatives(p.menteeId, p.menteeName, p.alternatives, "change", "choose");
  const buttons: HTMLButtonElement[] = [];
  if (p.decision === null) {
    buttons.push(
      action("accept", p.menteeName, decide("accept"), "primary"),
      action("pin", p.menteeName, decide("pin")),
      action("reject", p.menteeName, decide("reject"), "", "hintReject"),
      action("exclude", p.menteeName, decide("exclude"), "danger", "hintExclude"),
    );
  } else if (p.decision === "accept") {
    buttons.push(action("undo", p.menteeName, decide(null)));
  } else {
    buttons.push(
      action("accept", p.menteeName, decide("accept"), "primary"),
      action("unpin", p.menteeName, decide(null)),
    );
  }
  buttons.push(toggle);

  const item = el(
    "li",
    `pair card ${state}`,
    head,
    meta,
    reasons(p.reasons, p.menteeName),
    el("div", "card-actions", ...buttons),
    panel,
  );
  item.tabIndex = -1;
  cards.set(p.menteeId, item);
  return item;
}

function badge(decision: ViewPair["decision"]): HTMLElement {
  const word = decision === "accept" ? "decidedAccept" : decision === "pin" ? "decidedPin" : "decidedNone";
  return el("span", `badge decided-${decision ?? "none"}`, srOnly(tx.t("decisionSr")), tx.t(word));
}

function fitLabel(score: number): HTMLElement {
  const node = el("span", "fit", srOnly(tx.t("fitSr")), tx.t("fit", { n: Math.round(score) }));
  node.title = tx.t("fitTitle");
  return node;
}

const REASON: Record<ViewReason["effect"], { icon: string; sr: TextKey }> = {
  for: { icon: "✓", sr: "reasonFor" },
  against: { icon: "✗", sr: "reasonAgainst" },
  note: { icon: "•", sr: "reasonNote" },
};

function reasons(list: readonly ViewReason[], menteeName: string): HTMLElement | null {
  if (list.length === 0) return null;
  const ul = el("ul", "reasons");
  ul.setAttribute("aria-label", tx.t("reasonsLabel", { mentee: menteeName }));
  for (const r of list) {
    const kind = REASON[r.effect];
    const icon = el("span", "reason-icon", kind.icon);
    icon.setAttribute("aria-hidden", "true");
    ul.append(el("li", `reason ${r.effect}`, icon, el("span", "reason-text", srOnly(tx.t(kind.sr)), r.text)));
  }
  return ul;
}

/** A small button whose accessible name says whom it is about: «Принять: Иванова А. А.». */
function action(
  key: TextKey,
  menteeName: string,
  onClick: () => void,
  className = "",
  hint: "hintReject" | "hintExclude" | null = null,
): HTMLButtonElement {
  const button = el("button", `small ${className}`.trim(), tx.t(key));
  button.type = "button";
  button.setAttribute("aria-label", tx.t("actionFor", { action: tx.t(key), mentee: menteeName }));
  if (hint !== null) {
    button.title = tx.t(hint);
    button.setAttribute("aria-describedby", hint === "hintReject" ? "hint-reject" : "hint-exclude");
  }
  button.addEventListener("click", onClick);
  return button;
}

/**
 * «Сменить наставника» (or «Выбрать наставника» for a mentee without one) and the panel it opens: the other
 * mentors with their fit and free places, each with a button that gives the mentee that mentor.
 */
function alternatives(
  menteeId: string,
  menteeName: string,
  list: readonly ViewCandidate[],
  toggleKey: "change" | "pick",
  chooseKey: "choose" | "assign",
): [HTMLButtonElement, HTMLElement] {
  const panel = el("div", "alternatives");
  panel.id = `alternatives-${++panelSeq}`;
  panel.hidden = true;
  if (list.length === 0) panel.append(el("p", "no-alternatives", tx.t("noAlternatives")));
  else {
    const ul = el("ul", "candidates");
    ul.setAttribute("aria-label", tx.t("alternativesLabel", { mentee: menteeName }));
    for (const c of list) {
      const choose = el("button", "small", tx.t(chooseKey));
      choose.type = "button";
      choose.setAttribute(
        "aria-label",
        tx.t("chooseFor", { action: tx.t(chooseKey), mentor: c.mentorName, mentee: menteeName }),
      );
      choose.addEventListener(
        "click",
        () => void review({ type: "swap", menteeId, mentorId: c.mentorId }, menteeId),
      );
      const free = c.free > 0 ? el("p", "free", tx.n("free", c.free)) : el("p", "free full", tx.t("full"));
      ul.append(
        el(
          "li",
          "candidate",
          el("div", "candidate-head", el("span", "candidate-name", c.mentorName), fitLabel(c.score)),
          free,
          choose,
        ),
      );
    }
    panel.append(ul);
  }
  const toggle = action(toggleKey, menteeName, () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  });
  toggle.classList.add("toggle");
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", panel.id);
  return [toggle, panel];
}

function renderUnmatched(list: readonly ViewUnmatched[]): HTMLElement {
  const ul = el("ul", "unmatched-list");
  for (const u of list) {
    const parts: Node[] = [
      el("div", "pair-head", el("span", "mentee-name", u.menteeName)),
      u.form !== "" ? el("div", "pair-meta", el("span", "form", u.form)) : document.createTextNode(""),
      el("p", "reason-line", u.reason),
    ];
    if (u.alternatives.length === 0) parts.push(el("p", "no-alternatives", tx.t("noCandidates")));
    else {
      const [toggle, panel] = alternatives(u.menteeId, u.menteeName, u.alternatives, "pick", "assign");
      parts.push(el("div", "card-actions", toggle), panel);
    }
    const item = el("li", "card unmatched", ...parts);
    item.tabIndex = -1;
    cards.set(u.menteeId, item);
    ul.append(item);
  }
  return section("unmatched", tx.t("unmatchedTitle"), ul);
}

function renderRefused(list: readonly ViewRefused[]): HTMLElement {
  const ul = el("ul", "refused-list");
  for (const r of list) {
    const restore = el("button", "small", tx.t("restore"));
    restore.type = "button";
    restore.setAttribute(
      "aria-label",
      tx.t("restoreFor", { action: tx.t("restore"), mentee: r.menteeName, mentor: r.mentorName }),
    );
    restore.addEventListener(
      "click",
      () =>
        void review(
          { type: "decide", mentorId: r.mentorId, menteeId: r.menteeId, decision: null },
          r.menteeId,
          "refused-summary",
        ),
    );
    const decided = el(
      "span",
      `badge decided-${r.decision}`,
      srOnly(tx.t("decisionSr")),
      tx.t(r.decision === "reject" ? "refusedReject" : "refusedExclude"),
    );
    ul.append(
      el(
        "li",
        `card refused ${r.decision}`,
        el("div", "pair-head", el("span", "mentee-name", r.menteeName)),
        el("p", "pair-meta", tx.t("refusedMentor", { name: r.mentorName })),
        r.form !== "" ? el("p", "pair-meta", r.form) : null,
        el("div", "refused-foot", decided, restore),
      ),
    );
  }
  const title = el("summary", "section-title", tx.t("refusedTitle", { n: list.length }));
  title.id = "refused-summary";
  const details = el("details", "block refused-block", title, ul);
  details.id = "refused";
  details.open = refusedOpen;
  details.addEventListener("toggle", () => {
    refusedOpen = details.open;
  });
  return details;
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

function failed(error: unknown, focused: Element | null): void {
  setBusy(false);
  showStatus();
  showAlert(messageOf(error));
  refocus(focused);
}

function refocus(node: Element | null): boolean {
  if (!(node instanceof HTMLElement) || !node.isConnected || node === document.body) return false;
  if ((node instanceof HTMLButtonElement || node instanceof HTMLInputElement) && node.disabled) return false;
  if (node.closest("[hidden]") !== null) return false;
  node.focus();
  return document.activeElement === node;
}

/** After a re-render: the card of the mentee acted on, else what had the focus, else `fallback`, else the summary. */
function focusAfter(menteeId: string | null, focused: Element | null, fallback: string | null = null): void {
  const card = menteeId === null ? undefined : cards.get(menteeId);
  if (card !== undefined && refocus(card)) return;
  if (refocus(focused)) return;
  if (fallback !== null && refocus(document.getElementById(fallback))) return;
  document.getElementById("headline")?.focus();
}

// ---- actions ------------------------------------------------------------------------------------------------

async function review(action: PairAction | null, menteeId: string | null, fallback: string | null = null) {
  if (busy) return;
  const focused = document.activeElement;
  showAlert(null);
  setBusy(true, tx.t(action === null ? "rematching" : "saving"));
  try {
    const next = await run("reviewPairs", action);
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    render(next);
    focusAfter(menteeId, focused, fallback);
  } catch (error) {
    failed(error, focused);
  }
}

function validDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The day the server last said is today (the spreadsheet's zone): the range of start dates follows it. */
let serverToday = "";

/** 2026-09-01 → 01.09.2026, as Russian schools write dates (in the English catalogue too: it is the sheet's). */
function formatDate(value: string): string {
  const [y, m, d] = value.split("-");
  return `${d}.${m}.${y}`;
}

/** The start date, or null after saying what is wrong with it. */
function startDate(): string | null {
  const value = dateInput.value;
  // The same range «Проверить базу» holds the pairs' dates to (src/domain/base/limits.ts); the server checks too.
  const range = dateRange(serverToday);
  if (validDate(value) && dateInRange(value, serverToday)) return value;
  closeAsk();
  showAlert(
    validDate(value)
      ? tx.t("dateOutOfRange", { from: formatDate(range.from), to: formatDate(range.to) })
      : tx.t("badDate"),
  );
  dateInput.setAttribute("aria-invalid", "true");
  dateInput.focus();
  return null;
}

function closeAsk(): void {
  confirmAsk.hidden = true;
  confirmButton.setAttribute("aria-expanded", "false");
}

function ask(): void {
  if (busy || view === null) return;
  const date = startDate();
  if (date === null) return;
  showAlert(null);
  confirmQuestion.textContent = tx.t("confirmQuestion", {
    pairs: tx.n("pairsToWrite", view.counts.accepted),
    date: formatDate(date),
    tab: view.pairsTab,
  });
  confirmAsk.hidden = false;
  confirmButton.setAttribute("aria-expanded", "true");
  confirmYes.focus();
}

async function confirm(): Promise<void> {
  if (busy) return;
  const date = startDate();
  if (date === null) return;
  const focused = document.activeElement;
  showAlert(null);
  setBusy(true, tx.t("confirming"));
  try {
    const result = await run("confirmPairs", date);
    if (!isConfirmResult(result)) throw new Error(tx.t("badAnswer"));
    dateTouched = false;
    render(result.view, confirmedText(result));
    focusAfter(null, null);
  } catch (error) {
    failed(error, focused);
  }
}

function confirmedText(r: ConfirmResult): string {
  const tab = r.view.pairsTab;
  if (r.confirmed === 0) return tx.t("confirmedNone", { tab });
  const groups = r.inGroups > 0 ? tx.t("inGroups", { n: r.inGroups }) : "";
  const code = r.batch !== "" ? tx.t("batch", { code: r.batch }) : "";
  return `${tx.n("confirmed", r.confirmed)}${groups}${code}. ${tx.t("confirmedWhere", { tab })}`;
}

rematchButton.addEventListener("click", () => void review(null, null));
acceptAllButton.addEventListener("click", () => void review({ type: "acceptAll" }, null));
confirmButton.addEventListener("click", ask);
confirmYes.addEventListener("click", () => void confirm());
confirmNo.addEventListener("click", () => {
  closeAsk();
  confirmButton.focus();
});
confirmAsk.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || busy) return;
  closeAsk();
  confirmButton.focus();
});
dateInput.addEventListener("input", () => {
  dateTouched = true;
  dateInput.removeAttribute("aria-invalid");
});
for (const radio of filterRadios) {
  radio.addEventListener("change", () => {
    if (!radio.checked) return;
    filter = FILTERS.find((f) => f === radio.value) ?? "all";
    renderContent();
  });
}

const data = readData();
if (data !== null) render(data.view);
else {
  applyTexts();
  setBusy(false);
  showAlert(tx.t("noData"));
}
