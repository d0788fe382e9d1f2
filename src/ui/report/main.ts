import type { Locale } from "../../domain/i18n";
import type { CheckReport, ReportProblem } from "../../domain/report";
import { byId, el, section, srOnly } from "../lib/dom";
import { errorText, showBox } from "../lib/feedback";
import { run } from "../lib/run";
import { type Texts, texts } from "./text";

/**
 * The «Проверка базы» sidebar. The server puts `{ report: CheckReport }` as JSON into <script id="data">; the
 * page shows it and lets the curator jump to a problem's cell or run the check again. Everything that comes from
 * the data is inserted as text, never as HTML: messages quote what people typed in the sheet.
 */

interface PageData {
  readonly report: CheckReport;
}

const app = byId("app");
const summary = byId("summary");
const details = byId("details");
const alertBox = byId("alert");
const recheckButton = byId<HTMLButtonElement>("recheck");
const itemHint = byId("item-hint");

let tx: Texts = texts("ru");
let busy = false;

// ---- reading the data ---------------------------------------------------------------------------------------

function readData(): PageData | null {
  try {
    const raw = byId("data").textContent ?? "";
    const data: unknown = JSON.parse(raw);
    const report = (data as { report?: unknown } | null)?.report;
    return isReport(report) ? { report } : null;
  } catch {
    return null;
  }
}

function isReport(value: unknown): value is CheckReport {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r["errors"] === "number" &&
    typeof r["warnings"] === "number" &&
    Array.isArray(r["problems"]) &&
    Array.isArray(r["byCode"]) &&
    Array.isArray(r["tabs"])
  );
}

// ---- rendering ----------------------------------------------------------------------------------------------

function localeOf(report: CheckReport): Locale {
  return report.locale === "en" ? "en" : "ru";
}

function render(report: CheckReport): void {
  tx = texts(localeOf(report));
  document.documentElement.lang = tx.locale;
  document.title = tx.t("pageTitle");
  itemHint.textContent = tx.t("itemHint");
  setBusy(false);
  summary.replaceChildren(...renderSummary(report));
  details.replaceChildren(...renderDetails(report));
}

function renderSummary(report: CheckReport): Node[] {
  const ok = report.errors === 0 && report.warnings === 0;
  const state = ok ? "ok" : report.errors > 0 ? "has-errors" : "has-warnings";
  summary.className = `summary ${state}`;

  const icon = el("span", "icon", ok ? "✓" : "!");
  icon.setAttribute("aria-hidden", "true");
  const headline = el("h1", "headline", ...(ok ? [tx.t("allGood")] : problemsHeadline(report)));
  headline.id = "headline";
  const note = ok ? el("p", "note", tx.t("allGoodNote")) : null;

  const scope = [tx.n("rowsChecked", report.rowsChecked)];
  scope.push(report.idsAssigned > 0 ? tx.n("idsAssigned", report.idsAssigned) : lowerFirst(tx.t("noNewIds")));
  const meta = el("p", "meta", scope.join(", "));
  meta.id = "scope";
  const when = el("p", "meta", tx.t("checkedAt", { time: formatTime(report.checkedAt, tx.locale) }));
  when.id = "checked-at";

  return [el("div", "status", icon, el("div", "status-text", headline, note)), meta, when];
}

/** «7 ошибок и 3 предупреждения» in bold, then «в 5 строках» on a line of its own (in both languages). */
function problemsHeadline(report: CheckReport): Node[] {
  const parts: string[] = [];
  if (report.errors > 0) parts.push(tx.n("errors", report.errors));
  if (report.warnings > 0) parts.push(tx.n("warnings", report.warnings));
  const what = parts.length === 2 ? tx.t("and", { a: parts[0] ?? "", b: parts[1] ?? "" }) : (parts[0] ?? "");
  const rows = rowsWithProblems(report.problems);
  if (rows === 0) return [document.createTextNode(what)];
  const where = report.more > 0 ? tx.n("inRowsAtLeast", rows) : tx.n("inRows", rows);
  return [el("span", "what", what), document.createTextNode(" "), el("span", "where", where)];
}

/** Rows of data (below the header) that have a problem; problems of a whole tab are not in a row. */
function rowsWithProblems(problems: readonly ReportProblem[]): number {
  const rows = new Set<string>();
  for (const p of problems) if (p.row >= 2) rows.add(`${p.table}\u0000${p.row}`);
  return rows.size;
}

function renderDetails(report: CheckReport): Node[] {
  const out: Node[] = [];
  if (report.byCode.length > 0) out.push(renderKinds(report));
  if (report.tabs.length > 0) out.push(renderTabs(report));
  if (report.problems.length > 0 || report.more > 0) out.push(renderProblems(report));
  return out;
}

function renderKinds(report: CheckReport): HTMLElement {
  const kinds = [...report.byCode].sort((a, b) => rank(a.severity) - rank(b.severity));
  const list = el("ul", "kinds");
  for (const k of kinds) {
    const count = el("span", `count ${k.severity}`, String(k.count));
    list.append(
      el("li", "kind", srOnly(`${severityWord(k.severity)}: `), count, el("span", "kind-title", k.title)),
    );
  }
  return section("kinds", tx.t("byKind"), list);
}

function renderTabs(report: CheckReport): HTMLElement {
  const list = el("ul", "tabs");
  for (const tab of report.tabs) {
    const stats: string[] = [tab.rows > 0 ? tx.n("rows", tab.rows) : tx.t("noRows")];
    if (tab.errors > 0) stats.push(tx.n("errors", tab.errors));
    if (tab.warnings > 0) stats.push(tx.n("warnings", tab.warnings));
    if (tab.errors === 0 && tab.warnings === 0 && tab.rows > 0) stats.push(tx.t("noProblems"));
    const state = tab.errors > 0 ? "error" : tab.warnings > 0 ? "warning" : tab.rows > 0 ? "clean" : "empty";
    const marker = el("span", `dot ${state}`);
    marker.setAttribute("aria-hidden", "true");
    list.append(
      el(
        "li",
        "tab",
        marker,
        el("span", "tab-name", tab.tab),
        el("span", "tab-stats", stats.join(tx.t("separator"))),
      ),
    );
  }
  return section("tabs", tx.t("byTab"), list);
}

function renderProblems(report: CheckReport): HTMLElement {
  const groups = new Map<string, ReportProblem[]>();
  for (const p of report.problems) {
    const key = `${p.table}\u0000${p.tab}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [p]);
    else group.push(p);
  }
  const body: Node[] = [];
  if (report.problems.some((p) => p.cell !== "")) body.push(el("p", "hint", tx.t("clickHint")));
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const heading = el("h3", "group-title", first.tab, " ", el("span", "group-count", `(${group.length})`));
    const list = el("ul", "problems");
    for (const p of group) list.append(renderProblem(p));
    body.push(el("div", "group", heading, list));
  }
  if (report.more > 0) {
    const more = el("p", "more", tx.n("more", report.more));
    more.id = "more";
    body.push(more);
  }
  return section("problems", tx.t("where"), ...body);
}

function renderProblem(p: ReportProblem): HTMLElement {
  const clickable = p.cell !== "";
  const where = el(
    "div",
    "place",
    el("span", `cell ${p.severity}${clickable ? "" : " whole"}`, clickable ? p.cell : tx.t("wholeTab")),
    p.columnTitle !== "" ? el("span", "column", p.columnTitle) : null,
  );
  const item = el(
    "li",
    `problem ${p.severity}${clickable ? " clickable" : ""}`,
    srOnly(`${severityWord(p.severity)}. `),
    where,
    el("div", "message", p.message),
  );
  if (clickable) {
    item.tabIndex = 0;
    item.setAttribute("aria-describedby", "item-hint");
    item.addEventListener("click", () => void goTo(p, item));
    item.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        void goTo(p, item);
      }
    });
  }
  return item;
}

const rank = (severity: string) => (severity === "error" ? 0 : 1);
const severityWord = (severity: string) => tx.t(severity === "error" ? "error" : "warning");
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function formatTime(value: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ru-RU", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

// ---- actions ------------------------------------------------------------------------------------------------

function showAlert(text: string | null): void {
  showBox(alertBox, text);
}

function messageOf(error: unknown): string {
  return errorText(error, tx.t("unknownError"));
}

async function goTo(p: ReportProblem, item: HTMLElement): Promise<void> {
  for (const other of details.querySelectorAll(".problem.current")) {
    other.classList.remove("current");
    other.removeAttribute("aria-current");
  }
  item.classList.add("current");
  item.setAttribute("aria-current", "true");
  showAlert(null);
  try {
    await run("goToCell", p.table, p.row, p.column);
  } catch (error) {
    showAlert(tx.t("goToFailed", { cell: p.cell, message: messageOf(error) }));
  }
}

function setBusy(value: boolean): void {
  busy = value;
  recheckButton.disabled = value;
  recheckButton.textContent = tx.t(value ? "rechecking" : "recheck");
  app.setAttribute("aria-busy", String(value));
}

async function recheck(): Promise<void> {
  if (busy) return;
  // A disabled button loses the keyboard focus; give it back when the check is over.
  const hadFocus = document.activeElement === recheckButton;
  showAlert(null);
  setBusy(true);
  try {
    const report = await run("recheckBase");
    if (!isReport(report)) throw new Error(tx.t("noData"));
    render(report);
  } catch (error) {
    setBusy(false);
    showAlert(tx.t("recheckFailed", { message: messageOf(error) }));
  }
  if (hadFocus) recheckButton.focus();
}

recheckButton.addEventListener("click", () => void recheck());

const data = readData();
if (data !== null) render(data.report);
else {
  setBusy(false);
  showAlert(tx.t("noData"));
}
