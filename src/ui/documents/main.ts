import type { DocProblem, DocumentsProgress } from "../../domain/documentsProgress";
import type { Locale } from "../../domain/i18n";
import { byId, el, section } from "../lib/dom";
import { errorText, showBox } from "../lib/feedback";
import { isRec, isStr } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «Документы» sidebar. The server puts `{ locale, progress, autostart }` as JSON into <script id="data">.
 * Opened by «Сформировать документы» (autostart) the page calls `makeDocuments` at once and, while that call
 * runs, asks `documentsProgress` every couple of seconds to show how far the batch has got. A batch that paused
 * (Apps Script's time limit) goes on from a trigger; while the page stays open it keeps asking, more slowly,
 * and shows where the batch stands. Everything that comes from the data is inserted as text, never as HTML:
 * problem messages quote what people typed in the sheet.
 */

interface PageData {
  readonly locale: Locale;
  readonly progress: DocumentsProgress | null;
  readonly autostart: boolean;
  /** How often to ask while documents are being made (ms). */
  readonly pollMs: number;
  /** How often to ask while a paused batch waits for its trigger (ms). */
  readonly waitPollMs: number;
  /** A batch «running» whose progress has not changed for this long (ms) is taken as cut off. */
  readonly staleMs: number;
}

const POLL_MS = 2_000;
const WAIT_POLL_MS = 30_000;
/** Longer than an Apps Script execution may last (6 minutes). */
const STALE_MS = 7 * 60_000;
/** Problems shown before «Показать все». */
const FIRST_PROBLEMS = 10;

const app = byId("app");
const intro = byId("intro");
const progressBlock = byId("progress-block");
const countLine = byId("count");
const bar = byId<HTMLProgressElement>("bar");
const failedLine = byId("failed");
const statusLine = byId("status");
const alertBox = byId("alert");
const makeButton = byId<HTMLButtonElement>("make");
const hint = byId("hint");
const problemsBox = byId("problems-box");

let tx: Texts = texts("ru");
let options: PageData = {
  locale: "ru",
  progress: null,
  autostart: false,
  pollMs: POLL_MS,
  waitPollMs: WAIT_POLL_MS,
  staleMs: STALE_MS,
};

/** What the page shows: while a call of ours runs, only this batch's «running» progress (or nothing yet). */
let current: DocumentsProgress | null = null;
/** A `makeDocuments` call of this page is on its way. */
let making = false;
/** The error of the last `makeDocuments` call, shown in the alert box. */
let failure: string | null = null;
/** Anything was made or shown here: the button says «Сформировать ещё раз». */
let started = false;
/** A «running» batch whose progress has not moved for `staleMs`: polling stops and the button is enabled. */
let stalled = false;
/** When (client time) `current` last changed. */
let changedAt = Date.now();
/** The problems list is expanded past the first ten. */
let showAll = false;
/** What the problems list was last rendered from, so that polling does not rebuild it (and lose the focus). */
let problemsKey = "";

/** Changes whenever what the page waits for changes; an answer for an older epoch is dropped. */
let epoch = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let polling = false;

// ---- reading the data ---------------------------------------------------------------------------------------

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const STATES: readonly string[] = ["running", "paused", "quota", "done", "blocked"];

const isProblem = (v: unknown): v is DocProblem =>
  isRec(v) && isStr(v["kind"]) && isStr(v["subject"]) && isStr(v["message"]);

function isProgress(v: unknown): v is DocumentsProgress {
  return (
    isRec(v) &&
    isStr(v["state"]) &&
    STATES.includes(v["state"]) &&
    isNum(v["total"]) &&
    isNum(v["done"]) &&
    isNum(v["failed"]) &&
    isNum(v["at"]) &&
    isStr(v["message"]) &&
    Array.isArray(v["problems"]) &&
    v["problems"].every(isProblem)
  );
}

const msOr = (v: unknown, fallback: number) => (isNum(v) && v >= 10 ? v : fallback);

/** The page's data; null when it cannot be read (`locale` is still taken when it can be). */
function readData(): PageData | null {
  let data: unknown;
  try {
    data = JSON.parse(byId("data").textContent ?? "");
  } catch {
    return null;
  }
  if (!isRec(data)) return null;
  const locale: Locale = data["locale"] === "en" ? "en" : "ru";
  tx = texts(locale);
  const progress = data["progress"] ?? null;
  if (progress !== null && !isProgress(progress)) return null;
  return {
    locale,
    progress,
    autostart: data["autostart"] === true,
    pollMs: msOr(data["pollMs"], POLL_MS),
    waitPollMs: msOr(data["waitPollMs"], WAIT_POLL_MS),
    staleMs: msOr(data["staleMs"], STALE_MS),
  };
}

// ---- rendering ----------------------------------------------------------------------------------------------

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
  bar.setAttribute("aria-label", tx.t("barLabel"));
}

/** A batch is being made now: by our call, or by a trigger (and has not stalled). */
const working = () => making || (current?.state === "running" && !stalled);

function render(): void {
  const p = current;
  const counted = p !== null && p.state !== "blocked" && (p.total > 0 || p.state === "running");
  progressBlock.hidden = !making && !counted;
  progressBlock.setAttribute("aria-busy", String(working()));
  if (counted && p !== null) {
    const count = tx.t("madeOf", { done: p.done, total: p.total });
    setText(countLine, count);
    bar.max = Math.max(p.total, 1);
    bar.value = Math.min(Math.max(p.done, 0), bar.max);
    bar.setAttribute("aria-valuetext", count);
  } else {
    // Not known yet: an indeterminate bar.
    setText(countLine, "");
    bar.removeAttribute("value");
    bar.removeAttribute("max");
    bar.removeAttribute("aria-valuetext");
  }
  failedLine.hidden = !counted || p === null || p.failed <= 0;
  setText(failedLine, !failedLine.hidden && p !== null ? tx.n("failed", p.failed) : "");

  showStatus(...statusLines());
  showAlert(failure ?? (!making && p?.state === "blocked" ? p.message || tx.t("blockedFallback") : null));

  makeButton.textContent = tx.t(started ? "makeAgain" : "make");
  makeButton.disabled = working();
  hint.hidden = making || p === null || !(p.state === "done" || p.state === "paused" || p.state === "quota");
  renderProblems(failure !== null ? [] : (p?.problems ?? []));
}

function statusLines(): string[] {
  if (making) return [tx.t("running")];
  const p = current;
  if (p === null) return [];
  switch (p.state) {
    case "running":
      return [tx.t(stalled ? "stalled" : "running")];
    case "paused":
      return [p.message || tx.t("pausedFallback"), tx.t("pausedNote")];
    case "quota":
      return [p.message || tx.t("quotaFallback"), tx.t("quotaNote")];
    case "done":
      return [p.message || tx.t("doneFallback")];
    default:
      // blocked: the message is in the alert box
      return [];
  }
}

/** The problems grouped by kind (in the order the kinds first appear), the first ten unless all are asked for. */
function renderProblems(problems: readonly DocProblem[]): void {
  const key = JSON.stringify([tx.locale, showAll, problems]);
  if (key === problemsKey) return;
  problemsKey = key;
  if (problems.length === 0) {
    problemsBox.replaceChildren();
    return;
  }
  const groups = new Map<string, DocProblem[]>();
  for (const p of problems) {
    const group = groups.get(p.kind);
    if (group === undefined) groups.set(p.kind, [p]);
    else group.push(p);
  }
  const collapsed = !showAll && problems.length > FIRST_PROBLEMS;
  let left = collapsed ? FIRST_PROBLEMS : problems.length;
  let index = 0;
  const body: Node[] = [];
  for (const [kind, group] of groups) {
    if (left <= 0) break;
    const shown = group.slice(0, left);
    left -= shown.length;
    const heading = el("h3", "group-title", kind, " ", el("span", "group-count", `(${group.length})`));
    const list = el("ul", "problems");
    for (const p of shown) {
      const item = el("li", "problem", el("div", "subject", p.subject), el("div", "message", p.message));
      item.id = `problem-${index++}`;
      item.tabIndex = -1;
      list.append(item);
    }
    body.push(el("div", "group", heading, list));
  }
  if (collapsed) {
    const more = el("button", "more", tx.t("showAll", { n: problems.length }));
    more.type = "button";
    more.id = "show-all";
    more.addEventListener("click", () => {
      showAll = true;
      renderProblems(problems);
      document.getElementById(`problem-${FIRST_PROBLEMS}`)?.focus();
    });
    body.push(more);
  }
  problemsBox.replaceChildren(section("problems", tx.n("problems", problems.length), ...body));
}

function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** The status line (a polite live region); left alone when the text is the same, so it is not read out again. */
function showStatus(...lines: string[]): void {
  const key = lines.join("\n");
  if (statusLine.dataset["key"] === key) return;
  statusLine.dataset["key"] = key;
  statusLine.replaceChildren(...lines.map((l) => el("span", "status-line", l)));
}

function showAlert(text: string | null): void {
  showBox(alertBox, text);
}

function messageOf(error: unknown): string {
  return errorText(error, tx.t("unknownError"));
}

// ---- asking where the batch stands --------------------------------------------------------------------------

function show(next: DocumentsProgress | null): void {
  if (JSON.stringify(next) !== JSON.stringify(current)) changedAt = Date.now();
  current = next;
  stalled = false;
}

/** Plans the next question: quickly while documents are being made, slowly while a paused batch waits. */
function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  let delay: number | null = null;
  if (making || (current?.state === "running" && !stalled)) delay = options.pollMs;
  else if (current?.state === "paused") delay = options.waitPollMs;
  if (delay !== null) timer = setTimeout(() => void poll(), delay);
}

async function poll(): Promise<void> {
  timer = null;
  // Never two questions at once: ask again when the one on its way has come back.
  if (polling) return schedule();
  polling = true;
  const asked = epoch;
  let answer: unknown = null;
  try {
    answer = await run("documentsProgress");
  } catch {
    // A question lost is asked again next time; the page shows what it knew.
    answer = null;
  } finally {
    polling = false;
  }
  if (asked !== epoch) return;
  if (isProgress(answer)) {
    if (making) {
      // Until this batch writes its first progress, the stored one is the previous batch's.
      if (answer.state === "running" && answer.at !== baselineAt) show(answer);
    } else if (JSON.stringify(answer) !== JSON.stringify(current)) {
      show(answer);
    }
  }
  if (!making && current?.state === "running" && Date.now() - changedAt > options.staleMs) stalled = true;
  render();
  schedule();
}

// ---- making documents ---------------------------------------------------------------------------------------

/** The `at` of the progress known when our call began: a poll that still returns it says nothing new. */
let baselineAt: number | null = null;

async function make(): Promise<void> {
  if (making) return;
  // A disabled button loses the keyboard focus; give it back when the call is over.
  const hadFocus = document.activeElement === makeButton;
  const before = current;
  baselineAt = current?.at ?? options.progress?.at ?? null;
  epoch++;
  making = true;
  started = true;
  failure = null;
  intro.hidden = true;
  current = null;
  stalled = false;
  showAll = false;
  render();
  schedule();
  try {
    const result = await run("makeDocuments");
    if (!isProgress(result)) throw new Error(tx.t("badAnswer"));
    epoch++;
    making = false;
    show(result);
  } catch (error) {
    epoch++;
    making = false;
    failure = messageOf(error);
    // A batch that was going on before (a trigger's) is still worth watching; anything else is not shown.
    show(before !== null && (before.state === "running" || before.state === "paused") ? before : null);
  }
  render();
  schedule();
  if (hadFocus && !makeButton.disabled) makeButton.focus();
}

makeButton.addEventListener("click", () => void make());

// ---- own templates ------------------------------------------------------------------------------------------

const ownButton = byId<HTMLButtonElement>("own-template");

/** Opens Google's Picker dialog (the server shows it in place of nothing: the sidebar stays as it is). */
async function openOwnTemplate(): Promise<void> {
  ownButton.disabled = true;
  try {
    await run("openTemplatePicker", null);
  } catch (error) {
    failure = messageOf(error);
    render();
  } finally {
    ownButton.disabled = false;
  }
}

ownButton.addEventListener("click", () => void openOwnTemplate());

// ---- start --------------------------------------------------------------------------------------------------

const data = readData();
applyTexts();
app.setAttribute("aria-busy", "false");
if (data === null) {
  render();
  showAlert(tx.t("noData"));
} else {
  options = data;
  show(data.progress);
  started = data.progress !== null;
  intro.hidden = data.autostart || data.progress !== null;
  if (data.autostart) void make();
  else {
    render();
    schedule();
  }
}
