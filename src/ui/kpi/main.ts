import type { Locale } from "../../domain/i18n";
import type { KpiHistoryPoint, KpiIndicatorView, KpiStaffView, KpiView } from "../../domain/kpiView";
import { byId, el, srOnly } from "../lib/dom";
import { errorText, showBox } from "../lib/feedback";
import { isRec, isStr, type Rec } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «Показатели» dashboard sidebar. The server puts `{ view: KpiView }` as JSON into <script id="data">: the
 * year's indicators with their targets and statuses, the snapshots taken so far, how the satisfaction scores
 * spread, how many participants there are and, with a staff register, how the teachers on «Педагогический
 * коллектив» take part (the young specialists in no pair by name). «Пересчитать» and «Зафиксировать срез» return a new view, which the
 * page renders: it holds no state of its own. Everything that comes from the data is inserted as text (text
 * nodes, `textContent`, attributes), never as HTML; the charts are SVG built with DOM calls.
 */

interface PageData {
  readonly view: KpiView;
}

type Action = "compute" | "snapshot";

/** Ids listed under «На чём основано» before «и ещё N». */
const FIRST_BASIS = 20;
const SVG_NS = "http://www.w3.org/2000/svg";

const app = byId("app");
const heading = byId("heading");
const asOf = byId("as-of");
const computeButton = byId<HTMLButtonElement>("compute");
const snapshotButton = byId<HTMLButtonElement>("snapshot");
const snapshotHint = byId("snapshot-hint");
const statusLine = byId("status");
const alertBox = byId("alert");
const dashboard = byId("dashboard");
const noIndicators = byId("no-indicators");
const cards = byId("cards");
const charts = byId("charts");
const countsBox = byId("counts-box");
const staffSection = byId("staff");
const staffBox = byId("staff-box");

let tx: Texts = texts("ru");
let busy = false;

// ---- reading the data ---------------------------------------------------------------------------------------

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isNumOrNull = (v: unknown): v is number | null => v === null || isNum(v);
const allOf = <T>(v: unknown, is: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(is);
const strings = (r: Rec, ...keys: string[]) => keys.every((k) => isStr(r[k]));
const numbersOrNull = (r: Rec, ...keys: string[]) => keys.every((k) => isNumOrNull(r[k]));
const STATUSES: readonly string[] = ["reached", "notYet", "noData"];

/** An indicator; `denominatorFrom` and `beside` may be missing (a view of an older server), never of a wrong type. */
const isIndicator = (v: unknown): v is KpiIndicatorView =>
  isRec(v) &&
  strings(v, "key", "title", "formula", "statusLabel", "note") &&
  numbersOrNull(v, "numerator", "denominator", "percent", "target") &&
  isStr(v["status"]) &&
  STATUSES.includes(v["status"]) &&
  (v["direction"] === "up" || v["direction"] === "down") &&
  allOf(v["basis"], isStr) &&
  (v["denominatorFrom"] === undefined || isStr(v["denominatorFrom"])) &&
  (v["beside"] === undefined || allOf(v["beside"], isStr));

const isPoint = (v: unknown): v is KpiHistoryPoint =>
  isRec(v) && strings(v, "takenAt", "half", "year", "key") && numbersOrNull(v, "percent", "target");

const isCount = (v: unknown): v is KpiView["counts"][number] =>
  isRec(v) && strings(v, "group", "label") && isNum(v["count"]);

const isStaffRow = (v: unknown): v is KpiStaffView["rows"][number] =>
  isRec(v) && isStr(v["label"]) && isNum(v["count"]);

const isYoung = (v: unknown): v is KpiStaffView["youngNotInvolved"][number] =>
  isRec(v) && strings(v, "staffId", "fullName");

const isStaff = (v: unknown): v is KpiStaffView =>
  isRec(v) && isStr(v["on"]) && allOf(v["rows"], isStaffRow) && allOf(v["youngNotInvolved"], isYoung);

/** The view as the server sends it; `staff` may be absent (no register) or null, never malformed. */
function isView(v: unknown): v is KpiView {
  return (
    isRec(v) &&
    strings(v, "year", "date", "message") &&
    allOf(v["indicators"], isIndicator) &&
    allOf(v["history"], isPoint) &&
    isRec(v["distribution"]) &&
    allOf(v["distribution"]["mentees"], isNum) &&
    allOf(v["distribution"]["mentors"], isNum) &&
    allOf(v["counts"], isCount) &&
    (v["staff"] === undefined || v["staff"] === null || isStaff(v["staff"]))
  );
}

/** A view that passed `isView`, with what an older server leaves out filled in: no figures beside, no basis. */
function complete(view: KpiView): KpiView {
  const { staff, ...rest } = view;
  return {
    ...rest,
    indicators: view.indicators.map((ind) => ({
      ...ind,
      denominatorFrom: ind.denominatorFrom ?? "",
      beside: ind.beside ?? [],
    })),
    ...(isStaff(staff) ? { staff } : {}),
  };
}

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
  return isView(v) ? { view: complete(v) } : null;
}

function localeOf(value: unknown): Locale {
  return value === "en" ? "en" : "ru";
}

// ---- numbers and dates --------------------------------------------------------------------------------------

/** A number as the locale writes it: «45,5» and «1 234» in Russian, «45.5» and «1,234» in English. */
function num(n: number, digits = 1): string {
  return new Intl.NumberFormat(tx.locale === "en" ? "en-US" : "ru-RU", {
    maximumFractionDigits: digits,
  }).format(n);
}

/** «45,5 %» (with a no-break space) in Russian, «45.5%» in English. */
const pct = (n: number) => tx.t("percent", { n: num(n) });

/** A YYYY-MM-DD day as the locale writes it: «15.01.2027», «15 January 2027»; anything else as it is. */
function day(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (m === null) return iso.trim();
  const [, y, mo, d] = m;
  if (tx.locale !== "en") return `${d}.${mo}.${y}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return iso.trim();
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

// ---- rendering ----------------------------------------------------------------------------------------------

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
}

/** Shows the view the server gave. What the last action said (status, alert) is the caller's. */
function render(view: KpiView): void {
  tx = texts(localeOf(view.locale));
  applyTexts();
  const year = view.year.trim();
  heading.textContent = year === "" ? tx.t("heading") : tx.t("headingYear", { year });
  const date = view.date.trim();
  asOf.textContent = date === "" ? "" : tx.t("asOf", { date: day(date) });
  asOf.hidden = date === "";
  snapshotButton.hidden = false;
  snapshotHint.hidden = false;
  dashboard.hidden = false;

  noIndicators.hidden = view.indicators.length > 0;
  cards.replaceChildren(
    ...view.indicators.map((ind, i) =>
      renderCard(
        ind,
        i,
        view.history.filter((p) => p.key === ind.key),
      ),
    ),
  );
  charts.replaceChildren(
    renderChart("mentees", view.distribution.mentees),
    renderChart("mentors", view.distribution.mentors),
  );
  countsBox.replaceChildren(renderCounts(view.counts, date));
  staffSection.hidden = view.staff === undefined;
  staffBox.replaceChildren(...(view.staff === undefined ? [] : renderStaff(view.staff)));
}

function statusText(ind: KpiIndicatorView): string {
  if (ind.statusLabel.trim() !== "") return ind.statusLabel;
  return tx.t(ind.status === "noData" ? "noDataStatus" : ind.status);
}

function targetText(ind: KpiIndicatorView): string {
  if (ind.target === null) return tx.t("noTarget");
  return tx.t(ind.direction === "down" ? "targetDown" : "target", { target: pct(ind.target) });
}

function renderCard(ind: KpiIndicatorView, index: number, points: readonly KpiHistoryPoint[]): HTMLElement {
  const title = el("h3", "kpi-title", ind.title);
  title.id = `kpi-${index}-title`;
  const figure =
    ind.percent === null ? el("p", "figure none", tx.t("noFigure")) : el("p", "figure", pct(ind.percent));
  const badge = el("p", `badge badge-${ind.status}`, srOnly(tx.t("statusPrefix")), statusText(ind));
  const fraction =
    ind.numerator !== null && ind.denominator !== null
      ? el(
          "p",
          "fraction",
          srOnly(tx.t("fractionLabel")),
          tx.t("fraction", { numerator: num(ind.numerator), denominator: num(ind.denominator) }),
        )
      : null;
  const item = el(
    "li",
    `card kpi kpi-${ind.status}`,
    title,
    el("div", "figure-row", figure, badge),
    ind.beside.length > 0 ? besideList(ind.beside) : null,
    el("p", "target", targetText(ind)),
    ind.direction === "down" ? el("p", "down-hint", tx.t("downHint")) : null,
    barChart(ind),
    ind.note.trim() !== "" ? el("p", "note", ind.note) : null,
    el("p", "formula", ind.formula),
    ind.denominatorFrom.trim() !== "" ? el("p", "denominator-from", ind.denominatorFrom) : null,
    fraction,
    points.length > 0 ? trendTable(points) : null,
    ind.basis.length > 0 ? basisDetails(ind.basis) : null,
  );
  item.dataset["key"] = ind.key;
  item.setAttribute("aria-labelledby", title.id);
  return item;
}

/** The figures beside the headline («среди ответивших: 1 / 2 = 50 %»), as the server wrote them. */
function besideList(beside: readonly string[]): HTMLElement {
  const list = el("ul", "beside", ...beside.map((line) => el("li", "", line)));
  list.setAttribute("aria-label", tx.t("besideLabel"));
  return list;
}

/** An SVG element with attributes and children, made with DOM calls (text as text nodes). */
function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children)
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** A figure as an image with a name: `role="img"`, `aria-label` and a `<title>` (the tooltip) saying the same. */
function image(
  width: number,
  height: number,
  label: string,
  className: string,
  ...body: Node[]
): SVGSVGElement {
  const node = svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": label,
      class: className,
      focusable: "false",
    },
    svg("title", {}, label),
    ...body,
  );
  return node;
}

/** The actual figure as a bar on a track, the target as a tick across it. The scale is 0–100 % or more. */
function barChart(ind: KpiIndicatorView): SVGSVGElement {
  const W = 256;
  const H = 16;
  const scale = Math.max(100, ind.percent ?? 0, ind.target ?? 0);
  const x = (p: number) => Math.max(0, Math.min(W, (p / scale) * W));
  const target = ind.target === null ? tx.t("noTarget") : targetText(ind);
  const label =
    ind.percent === null
      ? tx.t("barNoData", { title: ind.title, target })
      : tx.t("barLabel", { title: ind.title, actual: pct(ind.percent), target });
  const body: Node[] = [svg("rect", { class: "bar-track", x: 0, y: 4, width: W, height: 8, rx: 4 })];
  if (ind.percent !== null && ind.percent > 0) {
    body.push(svg("rect", { class: "bar-actual", x: 0, y: 4, width: x(ind.percent), height: 8, rx: 4 }));
  }
  if (ind.target !== null) {
    const at = Math.max(1, Math.min(W - 1, x(ind.target)));
    body.push(svg("line", { class: "bar-target", x1: at, x2: at, y1: 0, y2: H }));
  }
  const chart = image(W, H, label, "bar", ...body);
  chart.setAttribute("preserveAspectRatio", "none");
  return chart;
}

/** The snapshots of one indicator: point (half and year), actual, target. */
function trendTable(points: readonly KpiHistoryPoint[]): HTMLElement {
  const pointKey = (p: KpiHistoryPoint) => `${p.half.trim()} ${p.year.trim()}`;
  const seen = new Map<string, number>();
  for (const p of points) seen.set(pointKey(p), (seen.get(pointKey(p)) ?? 0) + 1);
  const th = (text: string, scope: "col" | "row") => {
    const cell = el("th", "", text);
    cell.scope = scope;
    return cell;
  };
  const rows = points.map((p) => {
    const params = { half: p.half.trim(), year: p.year.trim(), date: day(p.takenAt) };
    const name = (seen.get(pointKey(p)) ?? 0) > 1 ? tx.t("trendRowTaken", params) : tx.t("trendRow", params);
    return el(
      "tr",
      "",
      th(name, "row"),
      el("td", "num", p.percent === null ? tx.t("noFigure") : pct(p.percent)),
      el("td", "num", p.target === null ? tx.t("none") : pct(p.target)),
    );
  });
  return el(
    "table",
    "trend",
    el("caption", "", tx.t("trendCaption")),
    el(
      "thead",
      "",
      el(
        "tr",
        "",
        th(tx.t("trendPoint"), "col"),
        th(tx.t("trendActual"), "col"),
        th(tx.t("trendTarget"), "col"),
      ),
    ),
    el("tbody", "", ...rows),
  );
}

/** «На чём основано»: the ids behind the numerator, the first twenty, then «и ещё N». */
function basisDetails(basis: readonly string[]): HTMLElement {
  const shown = basis.slice(0, FIRST_BASIS);
  const more = basis.length - shown.length;
  return el(
    "details",
    "basis",
    el("summary", "", `${tx.t("basis")} (${num(basis.length, 0)})`),
    el("ul", "basis-list", ...shown.map((id) => el("li", "", id))),
    more > 0 ? el("p", "basis-more", tx.t("basisMore", { n: num(more, 0) })) : null,
  );
}

/** How one audience scored the programme: a bar per score 1–10 with its count, and the same in words. */
function renderChart(who: "mentees" | "mentors", raw: readonly number[]): HTMLElement {
  const counts = Array.from({ length: 10 }, (_, i) => Math.max(0, raw[i] ?? 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const title = el("h3", "chart-title", tx.t(who));
  title.id = `chart-${who}-title`;
  const box = el("div", `chart chart-${who}`, title);
  box.setAttribute("role", "group");
  box.setAttribute("aria-labelledby", title.id);
  if (total <= 0) {
    box.append(el("p", "chart-summary", tx.t("noAnswers")));
    return box;
  }
  const mean = counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / total;
  box.append(
    el(
      "p",
      "chart-summary",
      `${tx.n("answered", total, { count: num(total, 0) })}, ${tx.t("mean", { mean: num(mean) })}`,
    ),
  );

  const scores: string[] = [];
  for (let s = 10; s >= 1; s--) {
    const c = counts[s - 1] ?? 0;
    if (c <= 0) continue;
    scores.push(
      tx.t("scoreLine", { points: tx.n("points", s), people: tx.n("people", c, { count: num(c, 0) }) }),
    );
  }
  const label = tx.t(who === "mentees" ? "chartMentees" : "chartMentors", { scores: scores.join(", ") });

  const W = 256;
  const H = 86;
  const top = 14;
  const base = 68;
  const slot = W / 10;
  const barWidth = 16;
  const max = Math.max(...counts);
  const body: Node[] = [];
  counts.forEach((c, i) => {
    const cx = i * slot + slot / 2;
    const h = c > 0 ? Math.max(2, ((base - top) * c) / max) : 0;
    if (c > 0) {
      body.push(
        svg("rect", { class: "dist-bar", x: cx - barWidth / 2, y: base - h, width: barWidth, height: h }),
      );
      body.push(
        svg("text", { class: "dist-count", x: cx, y: base - h - 3, "text-anchor": "middle" }, num(c, 0)),
      );
    }
    body.push(svg("text", { class: "dist-score", x: cx, y: H - 4, "text-anchor": "middle" }, String(i + 1)));
  });
  body.push(svg("line", { class: "dist-axis", x1: 0, x2: W, y1: base + 0.5, y2: base + 0.5 }));
  box.append(image(W, H, label, "dist", ...body));
  return box;
}

/** Participants by group: a heading row per group, then label and count. */
function renderCounts(counts: KpiView["counts"], date: string): HTMLElement {
  if (counts.length === 0) return el("p", "hint", tx.t("noCounts"));
  const groups = new Map<string, KpiView["counts"][number][]>();
  for (const c of counts) {
    const group = groups.get(c.group);
    if (group === undefined) groups.set(c.group, [c]);
    else group.push(c);
  }
  const th = (text: string, scope: string) => {
    const cell = el("th", "", text);
    cell.scope = scope;
    return cell;
  };
  const bodies = [...groups].map(([group, items]) => {
    const rows: HTMLElement[] = [];
    if (group.trim() !== "") {
      const head = th(group, "rowgroup");
      head.colSpan = 2;
      rows.push(el("tr", "group-row", head));
    }
    for (const c of items) rows.push(el("tr", "", th(c.label, "row"), el("td", "num", num(c.count, 0))));
    return el("tbody", "", ...rows);
  });
  const caption = date === "" ? tx.t("countsTitle") : tx.t("countsCaption", { date: day(date) });
  return el(
    "table",
    "counts-table",
    el("caption", "sr-only", caption),
    el("thead", "", el("tr", "", th(tx.t("countsWho"), "col"), th(tx.t("countsHowMany"), "col"))),
    ...bodies,
  );
}

/**
 * «Педагогический коллектив»: how the teachers on the staff register take part on the counts' date (a table of
 * label and number), then the young specialists in no pair, by name and id, with what the curator can do.
 */
function renderStaff(staff: KpiStaffView): HTMLElement[] {
  const on = staff.on.trim();
  const th = (text: string, scope: string) => {
    const cell = el("th", "", text);
    cell.scope = scope;
    return cell;
  };
  const table =
    staff.rows.length === 0
      ? null
      : el(
          "table",
          "staff-table",
          el("caption", "sr-only", on === "" ? tx.t("staffTitle") : tx.t("staffCaption", { date: day(on) })),
          el("thead", "", el("tr", "", th(tx.t("countsWho"), "col"), th(tx.t("countsHowMany"), "col"))),
          el(
            "tbody",
            "",
            ...staff.rows.map((r) => el("tr", "", th(r.label, "row"), el("td", "num", num(r.count, 0)))),
          ),
        );
  const title = el("h3", "young-title", tx.t("youngTitle"));
  title.id = "young-title";
  const young = staff.youngNotInvolved;
  const list =
    young.length === 0
      ? el("p", "young-none", tx.t("youngNone"))
      : el(
          "ul",
          "young-list",
          ...young.map((y) =>
            el(
              "li",
              "",
              el("span", "young-name", y.fullName),
              " ",
              el("span", "young-id", tx.t("youngId", { id: y.staffId })),
            ),
          ),
        );
  list.id = "young-list";
  const box = el(
    "div",
    "young",
    title,
    list,
    young.length > 0 ? el("p", "hint young-hint", tx.t("youngHint")) : null,
  );
  box.setAttribute("role", "group");
  box.setAttribute("aria-labelledby", title.id);
  return table === null ? [box] : [table, box];
}

// ---- status, errors, busy -----------------------------------------------------------------------------------

function showStatus(...lines: (string | null)[]): void {
  statusLine.replaceChildren(
    ...lines
      .filter((l): l is string => l !== null && l.trim() !== "")
      .map((l) => el("span", "status-line", l)),
  );
}

/** The rows the indicators did not count, one status line each (the server names tab, row and column). */
function leftOutOf(view: KpiView): string[] {
  return Array.isArray(view.leftOut) ? view.leftOut.filter((l): l is string => typeof l === "string") : [];
}

function showAlert(text: string | null): void {
  showBox(alertBox, text);
}

function messageOf(error: unknown): string {
  return errorText(error, tx.t("unknownError"));
}

const BUTTON_TEXT: Record<Action, { idle: "compute" | "snapshot"; busy: "computing" | "snapshotting" }> = {
  compute: { idle: "compute", busy: "computing" },
  snapshot: { idle: "snapshot", busy: "snapshotting" },
};

const buttonOf = (action: Action) => (action === "compute" ? computeButton : snapshotButton);

/**
 * While a call runs both buttons are disabled and the pressed one says what is going on: a second action must
 * not start before the first one's view has arrived.
 */
function setBusy(action: Action, value: boolean): void {
  busy = value;
  app.setAttribute("aria-busy", String(value));
  computeButton.disabled = value;
  snapshotButton.disabled = value;
  const words = BUTTON_TEXT[action];
  buttonOf(action).textContent = tx.t(value ? words.busy : words.idle);
  if (value) showStatus(tx.t(words.busy));
}

function refocus(node: HTMLElement): void {
  if (node.isConnected && !node.hidden && !(node as HTMLButtonElement).disabled) node.focus();
}

async function act(action: Action): Promise<void> {
  if (busy) return;
  const button = buttonOf(action);
  showAlert(null);
  setBusy(action, true);
  try {
    const next = await run(action === "compute" ? "computeIndicators" : "takeKpiSnapshot");
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    setBusy(action, false);
    render(complete(next));
    showStatus(
      next.message.trim() !== "" ? next.message : tx.t(action === "compute" ? "computed" : "snapshotTaken"),
      ...leftOutOf(next),
    );
  } catch (error) {
    setBusy(action, false);
    showStatus();
    showAlert(messageOf(error));
  }
  refocus(button);
}

computeButton.addEventListener("click", () => void act("compute"));
snapshotButton.addEventListener("click", () => void act("snapshot"));

// ---- start --------------------------------------------------------------------------------------------------

const data = readData();
app.setAttribute("aria-busy", "false");
if (data !== null) {
  render(data.view);
  showStatus(data.view.message, ...leftOutOf(data.view));
} else {
  applyTexts();
  heading.textContent = tx.t("heading");
  showAlert(tx.t("noData"));
}
