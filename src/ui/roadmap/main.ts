import type { RoadmapItemView, RoadmapView } from "../../app/roadmap";
import type { Locale } from "../../domain/i18n";
import { byId, el, section } from "../lib/dom";
import { errorText, holdControls, showBox, showLines } from "../lib/feedback";
import { isRec, isStr, type Rec } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «План работы» sidebar. The server puts `{ locale, view: RoadmapView }` as JSON into <script id="data">: the
 * year's items of «Дорожная карта» with their state today. The page draws a timeline per section (SVG built with
 * DOM calls: today marked, overdue red, due within 14 days amber) and a list of the items, each with «Выполнено»
 * (a date and an optional evidence link, sent to markRoadmapDone) and a link to its row. Every answer is a new
 * view, which the page renders: it holds no state of its own. Whatever comes from the sheet goes in as text.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const STATES: readonly string[] = ["done", "overdue", "soon", "planned", "undated"];
const LINK = /^https?:\/\/\S+$/i;

const app = byId("app");
const heading = byId("heading");
const asOf = byId("as-of");
const refreshButton = byId<HTMLButtonElement>("refresh");
const statusLine = byId("status");
const alertBox = byId("alert");
const summary = byId("summary");
const summaryList = byId("summary-list");
const problems = byId("problems");
const problemsList = byId("problems-list");
const empty = byId("empty");
const sections = byId("sections");

let tx: Texts = texts("ru");
let busy = false;

// ---- reading the data ---------------------------------------------------------------------------------------

const strings = (r: Rec, ...keys: string[]) => keys.every((k) => isStr(r[k]));
const optStr = (v: unknown) => v === undefined || isStr(v);
const allOf = <T>(v: unknown, is: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(is);

const isItem = (v: unknown): v is RoadmapItemView =>
  isRec(v) &&
  strings(
    v,
    "id",
    "number",
    "section",
    "measure",
    "deadline",
    "responsible",
    "document",
    "doneDate",
    "evidence",
  ) &&
  typeof v["row"] === "number" &&
  Number.isInteger(v["row"]) &&
  isStr(v["state"]) &&
  STATES.includes(v["state"]) &&
  optStr(v["due"]) &&
  optStr(v["from"]) &&
  typeof v["auto"] === "boolean";

function isView(v: unknown): v is RoadmapView {
  return (
    isRec(v) &&
    strings(v, "year", "today", "yearFrom", "yearTo", "sheetName") &&
    allOf(v["items"], isItem) &&
    allOf(v["messages"], isStr) &&
    allOf(v["problems"], isStr)
  );
}

const localeOf = (value: unknown): Locale => (value === "en" ? "en" : "ru");

function readData(): RoadmapView | null {
  let data: unknown;
  try {
    data = JSON.parse(byId("data").textContent ?? "");
  } catch {
    return null;
  }
  if (!isRec(data)) return null;
  tx = texts(localeOf(data["locale"]));
  return isView(data["view"]) ? data["view"] : null;
}

// ---- dates --------------------------------------------------------------------------------------------------

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day as the locale writes it: «15.01.2027», «15 Jan 2027»; anything else as it is. */
function day(iso: string): string {
  const m = ISO.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d] = m;
  if (tx.locale !== "en") return `${d}.${mo}.${y}`;
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))));
}

const epochDay = (iso: string) => {
  const m = ISO.exec(iso);
  return m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
};

// ---- the timeline -------------------------------------------------------------------------------------------

const WIDTH = 276;
const LEFT = 4;
const RIGHT = 4;
const TOP = 16;
const ROW = 12;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  cls?: string,
) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (cls !== undefined) node.setAttribute("class", cls);
  return node;
}

/** The x of a day on the year's axis, clamped to the axis. */
function scale(view: RoadmapView): (iso: string) => number {
  const from = epochDay(view.yearFrom);
  const span = Math.max(1, epochDay(view.yearTo) - from);
  const width = WIDTH - LEFT - RIGHT;
  return (iso) => LEFT + (Math.min(span, Math.max(0, epochDay(iso) - from)) / span) * width;
}

/** The months' ticks and initials along the top of the axis. */
function monthTicks(view: RoadmapView, x: (iso: string) => number, height: number): SVGElement[] {
  const start = ISO.exec(view.yearFrom);
  if (start === null) return [];
  const out: SVGElement[] = [];
  const fmt = new Intl.DateTimeFormat(tx.locale === "en" ? "en-GB" : "ru-RU", {
    month: "narrow",
    timeZone: "UTC",
  });
  for (let i = 0; i < 12; i++) {
    const date = new Date(Date.UTC(Number(start[1]), Number(start[2]) - 1 + i, 1));
    const left = x(date.toISOString().slice(0, 10));
    out.push(svg("line", { x1: left, x2: left, y1: TOP - 4, y2: height }, "tick"));
    const label = svg("text", { x: left + 2, y: TOP - 6 }, "month");
    label.textContent = fmt.format(date);
    out.push(label);
  }
  return out;
}

/** One section's items on the year: a dot at each due day, a bar over a period; today as a line. */
function timeline(view: RoadmapView, title: string, items: readonly RoadmapItemView[]): SVGSVGElement {
  const dated = items.filter((i) => i.due !== undefined && ISO.test(i.due));
  const height = TOP + Math.max(1, dated.length) * ROW + 4;
  const x = scale(view);
  const counts = STATES.map((s) => [s, items.filter((i) => i.state === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const label = tx.t("timelineLabel", {
    section: title,
    summary: counts.map(([s, n]) => `${tx.t(s as "done")}: ${n}`).join(", "),
  });
  const root = svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${height}`, width: "100%", role: "img", "aria-label": label },
    "timeline",
  );
  root.append(...monthTicks(view, x, height));
  dated.forEach((item, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const mark =
      item.from !== undefined && ISO.test(item.from) && item.from < item.due!
        ? svg("rect", {
            x: x(item.from),
            y: y - 3,
            width: Math.max(2, x(item.due!) - x(item.from)),
            height: 6,
            rx: 3,
          })
        : svg("circle", { cx: x(item.due!), cy: y, r: 4 });
    mark.setAttribute("class", `mark ${item.state}`);
    const hint = svg("title", {});
    hint.textContent = `${item.number} ${item.measure} — ${tx.t(item.state)}`;
    mark.append(hint);
    root.append(mark);
  });
  if (view.today >= view.yearFrom && view.today <= view.yearTo) {
    const at = x(view.today);
    root.append(svg("line", { x1: at, x2: at, y1: TOP - 4, y2: height }, "today"));
  }
  return root;
}

// ---- the items ----------------------------------------------------------------------------------------------

function whenText(item: RoadmapItemView): string {
  if (item.state === "done")
    return item.doneDate === "" ? tx.t("done") : tx.t("doneOn", { date: day(item.doneDate) });
  if (item.due === undefined) return item.deadline;
  if (item.from !== undefined && item.from < item.due)
    return tx.t("periodFrom", { from: day(item.from), to: day(item.due) });
  return tx.t("dueOn", { date: day(item.due) });
}

function evidenceOf(item: RoadmapItemView): Node | null {
  const text = item.evidence.trim();
  if (text === "") return null;
  if (!LINK.test(text)) return el("p", "evidence", `${tx.t("evidence")}: ${text}`);
  const a = el("a", undefined, text);
  a.setAttribute("href", text);
  a.setAttribute("target", "_blank");
  a.setAttribute("rel", "noopener noreferrer");
  return el("p", "evidence", `${tx.t("evidence")}: `, a);
}

function renderItem(view: RoadmapView, item: RoadmapItemView): HTMLLIElement {
  const label = item.number === "" ? item.measure : `${item.number}. ${item.measure}`;
  const title = el("p", "measure", label);
  const state = el("span", `badge ${item.state}`, tx.t(item.state));
  const meta = el("p", "when", state, " ", whenText(item), item.auto ? ` · ${tx.t("auto")}` : "");
  const who =
    item.responsible === "" ? null : el("p", "meta", tx.t("responsible", { who: item.responsible }));
  const doc = item.document === "" ? null : el("p", "meta", tx.t("documentIs", { document: item.document }));
  const go = el("button", "link", tx.t("goToRow", { row: item.row }));
  go.type = "button";
  go.setAttribute("aria-label", tx.t("goToRowOf", { row: item.row, tab: view.sheetName }));
  go.addEventListener(
    "click",
    () => void run("goToCell", "roadmap", item.row, "measure").catch(() => undefined),
  );
  const actions = el("div", "item-actions");
  const li = el("li", `item ${item.state}`, title, meta, who, doc, evidenceOf(item), actions);
  if (item.state !== "done" && item.id !== "") {
    const mark = el("button", undefined, tx.t("markDone"));
    mark.type = "button";
    mark.setAttribute("aria-label", tx.t("markDoneOf", { number: item.number || item.id }));
    mark.addEventListener("click", () => {
      mark.hidden = true;
      const form = doneForm(view, item, () => {
        form.remove();
        mark.hidden = false;
        mark.focus();
      });
      li.append(form);
      form.querySelector("input")?.focus();
    });
    actions.append(mark);
  }
  actions.append(go);
  return li;
}

let formSeq = 0;

/** «Выполнено»: the day (today by default) and an optional link, sent for this item alone. */
function doneForm(view: RoadmapView, item: RoadmapItemView, close: () => void): HTMLFormElement {
  const n = ++formSeq;
  const dateInput = el("input");
  dateInput.type = "date";
  dateInput.id = `done-date-${n}`;
  dateInput.required = true;
  dateInput.value = view.today;
  const linkInput = el("input");
  linkInput.type = "url";
  linkInput.id = `done-link-${n}`;
  linkInput.maxLength = 2000;
  linkInput.value = LINK.test(item.evidence.trim()) ? item.evidence.trim() : "";
  const dateLabel = el("label", undefined, tx.t("doneDate"));
  dateLabel.htmlFor = dateInput.id;
  const linkLabel = el("label", undefined, tx.t("evidenceLink"));
  linkLabel.htmlFor = linkInput.id;
  const save = el("button", "primary", tx.t("save"));
  save.type = "submit";
  const cancel = el("button", undefined, tx.t("cancel"));
  cancel.type = "button";
  cancel.addEventListener("click", close);
  const form = el(
    "form",
    "done-form",
    el("div", "field", dateLabel, dateInput),
    el("div", "field", linkLabel, linkInput),
    el("div", "form-actions", save, cancel),
  );
  form.setAttribute("aria-label", tx.t("markDoneOf", { number: item.number || item.id }));
  form.noValidate = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void markDone(item, dateInput.value.trim(), linkInput.value.trim(), save);
  });
  return form;
}

async function markDone(
  item: RoadmapItemView,
  date: string,
  link: string,
  save: HTMLButtonElement,
): Promise<void> {
  if (busy) return;
  if (!ISO.test(date)) return showBox(alertBox, tx.t("badDate"));
  if (link !== "" && !LINK.test(link)) return showBox(alertBox, tx.t("badLink"));
  showBox(alertBox, null);
  setBusy(true);
  save.textContent = tx.t("saving");
  try {
    const next = await run("markRoadmapDone", item.id, date, link);
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(next);
    showLines(statusLine, next.messages);
    heading.focus();
  } catch (error) {
    setBusy(false);
    save.textContent = tx.t("save");
    showBox(alertBox, errorText(error, tx.t("unknownError")));
  }
}

// ---- the page -----------------------------------------------------------------------------------------------

/** The sections in the order they first come on the tab. */
function bySection(items: readonly RoadmapItemView[]): [string, RoadmapItemView[]][] {
  const groups = new Map<string, RoadmapItemView[]>();
  for (const item of items) {
    const key = item.section.trim() || tx.t("noSection");
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

function render(view: RoadmapView): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
  heading.textContent = view.year === "" ? tx.t("heading") : tx.t("headingYear", { year: view.year });
  asOf.textContent = tx.t("asOf", { date: day(view.today) });
  asOf.hidden = false;
  const count = (s: string) => view.items.filter((i) => i.state === s).length;
  summaryList.replaceChildren(
    el("li", "count", tx.n("itemsCount", view.items.length)),
    el("li", "count overdue", tx.n("overdueCount", count("overdue"))),
    el("li", "count soon", tx.n("soonCount", count("soon"))),
    el("li", "count done", tx.n("doneCount", count("done"))),
  );
  summary.hidden = view.items.length === 0;
  problemsList.replaceChildren(...view.problems.map((p) => el("li", undefined, p)));
  problems.hidden = view.problems.length === 0;
  empty.textContent = tx.t("noItems", { tab: view.sheetName });
  empty.hidden = view.items.length > 0;
  sections.replaceChildren(
    ...bySection(view.items).map(([title, items], i) =>
      section(
        `section-${i + 1}`,
        title,
        timeline(view, title, items),
        el("ul", "items", ...items.map((item) => renderItem(view, item))),
      ),
    ),
  );
}

function setBusy(value: boolean): void {
  busy = value;
  holdControls(app, value);
}

async function refresh(): Promise<void> {
  if (busy) return;
  showBox(alertBox, null);
  setBusy(true);
  refreshButton.textContent = tx.t("refreshing");
  showLines(statusLine, [tx.t("refreshing")]);
  try {
    const next = await run("roadmapOverview");
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    setBusy(false);
    render(next);
    showLines(statusLine, next.messages.length > 0 ? next.messages : [tx.t("refreshed")]);
  } catch (error) {
    setBusy(false);
    showLines(statusLine, []);
    showBox(alertBox, errorText(error, tx.t("unknownError")));
  }
  refreshButton.textContent = tx.t("refresh");
  refreshButton.focus();
}

refreshButton.addEventListener("click", () => void refresh());

// ---- start --------------------------------------------------------------------------------------------------

const data = readData();
app.setAttribute("aria-busy", "false");
if (data !== null) {
  render(data);
  showLines(statusLine, data.messages);
} else {
  applyPageTexts(tx, isTextKey, "pageTitle");
  showBox(alertBox, tx.t("noData"));
}
