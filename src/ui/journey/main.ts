import type { Locale } from "../../domain/i18n";
import type { Health, JourneyPairView, JourneyView } from "../../domain/journey";
import { completionForm } from "../complete/form";
import { byId, el, srOnly } from "../lib/dom";
import { errorText, showBox, showLines } from "../lib/feedback";
import { isRec, isStr } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «Ход работы пар» sidebar. The server puts `{ view: JourneyView }` as JSON into <script id="data">: each pair
 * with its stage, meetings, last meeting, health and reasons. The filters show all pairs or those of one health;
 * «К строке» selects the pair's row; «Обновить» asks the server again and renders the new view. What comes from the
 * data is inserted as text, never as HTML.
 */

type Filter = "all" | Exclude<Health, "not_judged">;
const FILTERS: readonly Filter[] = ["all", "attention", "on_track", "too_early"];
const HEALTHS: readonly string[] = ["attention", "on_track", "too_early", "not_judged"];

const app = byId("app");
const heading = byId("heading");
const asOf = byId("as-of");
const refreshButton = byId<HTMLButtonElement>("refresh");
const statusLine = byId("status");
const alertBox = byId("alert");
const filters = byId("filters");
const list = byId("list");
const empty = byId("empty");
const leftOutSection = byId("left-out");
const leftOutList = byId("left-out-list");

let tx: Texts = texts("ru");
let view: JourneyView | null = null;
let filter: Filter = "all";
let busy = false;

// ---- reading the data ---------------------------------------------------------------------------------------

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

const isPair = (v: unknown): v is JourneyPairView =>
  isRec(v) &&
  ["pairId", "mentor", "mentee", "stage", "last", "healthLabel"].every((k) => isStr(v[k])) &&
  isNum(v["row"]) &&
  isNum(v["count"]) &&
  typeof v["open"] === "boolean" &&
  isStr(v["health"]) &&
  HEALTHS.includes(v["health"]) &&
  Array.isArray(v["reasons"]) &&
  v["reasons"].every(isStr);

const isView = (v: unknown): v is JourneyView =>
  isRec(v) &&
  isStr(v["date"]) &&
  isStr(v["message"]) &&
  isNum(v["quietWeeks"]) &&
  Array.isArray(v["pairs"]) &&
  v["pairs"].every(isPair) &&
  Array.isArray(v["leftOut"]) &&
  v["leftOut"].every(isStr) &&
  isRec(v["counts"]) &&
  HEALTHS.every((h) => isNum((v["counts"] as Record<string, unknown>)[h]));

const localeOf = (value: unknown): Locale => (value === "en" ? "en" : "ru");

function readData(): JourneyView | null {
  let data: unknown;
  try {
    data = JSON.parse(byId("data").textContent ?? "");
  } catch {
    return null;
  }
  const v = isRec(data) ? data["view"] : null;
  if (isRec(v)) tx = texts(localeOf(v["locale"]));
  return isView(v) ? v : null;
}

// ---- rendering ----------------------------------------------------------------------------------------------

function renderFilters(v: JourneyView): void {
  const legend = filters.querySelector("legend");
  filters.replaceChildren(...(legend ? [legend] : []));
  for (const f of FILTERS) {
    const input = el("input");
    input.type = "radio";
    input.name = "filter";
    input.value = f;
    input.id = `filter-${f}`;
    input.checked = f === filter;
    input.addEventListener("change", () => {
      filter = f;
      renderList();
    });
    const n = f === "all" ? v.pairs.length : v.counts[f];
    const label = el("label", "", input, ` ${tx.t(f)} (${n})`);
    label.htmlFor = input.id;
    filters.append(label);
  }
}

function pairItem(p: JourneyPairView): HTMLLIElement {
  const go = el("button", "go", tx.t("goTo", { row: p.row }));
  go.type = "button";
  go.setAttribute("aria-label", tx.t("goToLabel", { pair: p.pairId, row: p.row }));
  go.addEventListener("click", () => {
    run("goToCell", "pairs", p.row, "id").catch((error: unknown) =>
      showBox(alertBox, errorText(error, tx.t("failed"))),
    );
  });
  const facts = [
    p.stage ? tx.t("stage", { stage: p.stage }) : tx.t("noStage"),
    tx.n("meetings", p.count),
    p.last ? tx.t("last", { date: p.last }) : "",
  ].filter(Boolean);
  const reasons = p.reasons.length > 0 ? el("ul", "reasons", ...p.reasons.map((r) => el("li", "", r))) : null;
  const li = el(
    "li",
    "pair",
    el("div", "pair-head", el("span", "", p.pairId)),
    el("p", "pair-names", [p.mentor, p.mentee].filter(Boolean).join(" — ")),
    el("p", "pair-facts", facts.join(", ")),
    el("span", `health ${p.health}`, srOnly(tx.t("healthPrefix")), p.healthLabel),
    reasons,
  );
  const actions = el("div", "pair-actions", go);
  if (p.open) actions.append(completeButton(p, li, actions));
  li.append(actions);
  return li;
}

/** ISO day of the view's dd.MM.yyyy. */
const isoOf = (ru: string) => ru.split(".").reverse().join("-");

/** «Завершить…»: opens the shared form (../complete/form.ts) under the pair; done, the view is refreshed. */
function completeButton(p: JourneyPairView, li: HTMLLIElement, actions: HTMLElement): HTMLButtonElement {
  const button = el("button", "complete", tx.t("complete"));
  button.type = "button";
  button.setAttribute("aria-label", tx.t("completeOf", { pair: p.pairId }));
  button.addEventListener("click", () => {
    actions.hidden = true;
    const form = completionForm({
      locale: tx.locale,
      pairIds: [p.pairId],
      today: isoOf(view?.date ?? ""),
      alertBox,
      label: tx.t("completeOf", { pair: p.pairId }),
      onCancel: () => {
        form.remove();
        actions.hidden = false;
        button.focus();
      },
      onDone: (r) => {
        form.remove();
        actions.hidden = false;
        void refresh().then(() => showLines(statusLine, r.message.split("\n")));
      },
    });
    li.append(form);
    form.querySelector("input")?.focus();
  });
  return button;
}

function renderList(): void {
  if (!view) return;
  const shown = view.pairs.filter((p) => filter === "all" || p.health === filter);
  list.replaceChildren(...shown.map(pairItem));
  empty.hidden = shown.length > 0;
  empty.textContent = view.pairs.length === 0 ? tx.t("noPairs") : tx.t("noneHere");
}

function render(v: JourneyView): void {
  view = v;
  applyPageTexts(tx, isTextKey, "pageTitle");
  asOf.textContent = tx.t("asOf", { date: v.date, weeks: v.quietWeeks });
  renderFilters(v);
  renderList();
  leftOutList.replaceChildren(...v.leftOut.map((line) => el("li", "", line)));
  leftOutSection.hidden = v.leftOut.length === 0;
}

// ---- refreshing ---------------------------------------------------------------------------------------------

async function refresh(): Promise<void> {
  if (busy) return;
  busy = true;
  app.setAttribute("aria-busy", "true");
  refreshButton.disabled = true;
  refreshButton.textContent = tx.t("refreshing");
  showBox(alertBox, null);
  showLines(statusLine, [tx.t("refreshing")]);
  try {
    const next = await run("refreshJourneys");
    if (!isView(next)) throw new Error(tx.t("badAnswer"));
    render(next);
    showLines(statusLine, [next.message]);
  } catch (error) {
    showLines(statusLine, []);
    showBox(alertBox, errorText(error, tx.t("failed")));
  }
  busy = false;
  app.setAttribute("aria-busy", "false");
  refreshButton.disabled = false;
  refreshButton.textContent = tx.t("refresh");
  refreshButton.focus();
}

refreshButton.addEventListener("click", () => void refresh());

// ---- start --------------------------------------------------------------------------------------------------

const data = readData();
app.setAttribute("aria-busy", "false");
if (data !== null) {
  render(data);
  showLines(statusLine, [data.message]);
} else {
  applyPageTexts(tx, isTextKey, "pageTitle");
  heading.textContent = tx.t("heading");
  showBox(alertBox, tx.t("noData"));
}
