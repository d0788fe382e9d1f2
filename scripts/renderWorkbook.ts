/**
 * Renders a spreadsheet as one self-contained HTML page (for demo artefacts and visual review) and as one CSV per
 * sheet. It reads the workbook only through the public Spreadsheet API (so it works on Google's objects and on the
 * in-memory emulator alike) and changes nothing in it.
 *
 * The page has no external resources: styles and the few lines of script that switch tabs are inline, and every
 * piece of sheet text is HTML-escaped. Without script the tabs still work through CSS :target.
 */
import { columnLetter } from "../src/domain/cells";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface RenderOptions {
  /** Page title and heading. */
  readonly title: string;
  /** Trusted HTML placed under the heading (a summary, a legend); inserted as is. */
  readonly extraHtml?: string;
  /** CSV field separator: "," (RFC 4180, the default) or ";" (what Excel expects in a Russian locale). */
  readonly csvDelimiter?: "," | ";";
  /**
   * Text that a spreadsheet program would run as a formula (= @ + - at the start, unless it is a plain number or
   * phone) gets a leading apostrophe in the CSV. Default true: a base holds text pasted from outside.
   */
  readonly csvFormulaGuard?: boolean;
}

export interface RenderedWorkbook {
  readonly html: string;
  /** Sheet name → CSV text (UTF-8 with a byte order mark, CRLF line ends). */
  readonly csv: Record<string, string>;
}

type CellKind = "" | "checkbox" | "list";

interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
  readonly frozenRows: number;
  readonly rows: number;
  readonly columns: number;
  readonly display: string[][];
  readonly notes: string[][];
  readonly backgrounds: string[][];
  readonly weights: string[][];
  readonly kinds: CellKind[][] | undefined;
}

/** Everything the renderers need from one sheet: one read per aspect of the data range. */
function readSheet(sheet: Sheet): SheetView {
  const range = sheet.getDataRange();
  const display = range.getDisplayValues();
  const rows = display.length;
  const columns = display.reduce((max, r) => Math.max(max, r.length), 0);
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    frozenRows: sheet.getFrozenRows(),
    rows,
    columns,
    display,
    notes: range.getNotes(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
    kinds: readKinds(range),
  };
}

/** Checkbox and drop-down cells, from the data validation rules; undefined when the rules cannot be read. */
function readKinds(range: Range): CellKind[][] | undefined {
  let rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][];
  try {
    rules = range.getDataValidations();
  } catch {
    return undefined;
  }
  return rules.map((row) =>
    row.map((rule): CellKind => {
      if (!rule) return "";
      const type = criteriaName(rule.getCriteriaType() as unknown);
      if (type === "CHECKBOX") return "checkbox";
      if (type === "VALUE_IN_LIST" || type === "VALUE_IN_RANGE") return "list";
      return "";
    }),
  );
}

/** The name of a DataValidationCriteria value: Apps Script's enum prints its name; a global enum is also searched. */
function criteriaName(type: unknown): string {
  const app = (globalThis as { SpreadsheetApp?: { DataValidationCriteria?: Record<string, unknown> } })
    .SpreadsheetApp;
  const criteria = app?.DataValidationCriteria;
  if (criteria) {
    for (const [name, value] of Object.entries(criteria)) if (value === type) return name;
  }
  return String(type);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

const NUMBER_OR_PHONE = /^[+-][\d\s().-]*$/;

function csvField(text: string, delimiter: string, guard: boolean): string {
  let value = text;
  if (guard && (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !NUMBER_OR_PHONE.test(value)))) {
    value = `'${value}`;
  }
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One sheet as RFC 4180 CSV: CRLF after every record, fields quoted when they hold quotes, separators or breaks. */
export function toCsv(
  display: readonly (readonly string[])[],
  delimiter: "," | ";" = ",",
  guard = true,
): string {
  const width = display.reduce((max, r) => Math.max(max, r.length), 0);
  const lines = display.map((row) => {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) fields.push(csvField(row[c] ?? "", delimiter, guard));
    return fields.join(delimiter);
  });
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join("")}`;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** For attribute values: also keeps line breaks of a note visible in the tooltip. */
function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, "&#10;");
}

/** A colour Sheets returns (#rrggbb, #rgb, a name); anything else is dropped rather than put into the style. */
function safeColor(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const c = color.trim().toLowerCase();
  if (c === "#ffffff" || c === "#fff" || c === "white") return undefined;
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(c) || /^[a-z]{3,20}$/.test(c) ? c : undefined;
}

const NUMERIC = /^[-+]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s?%?$|^\d{2}\.\d{2}\.\d{4}$/;
const TRUE_TEXT = new Set(["TRUE", "ИСТИНА"]);
const FALSE_TEXT = new Set(["FALSE", "ЛОЖЬ"]);

function renderCell(view: SheetView, r: number, c: number, header: boolean): string {
  const text = view.display[r]?.[c] ?? "";
  const note = view.notes[r]?.[c] ?? "";
  const background = safeColor(view.backgrounds[r]?.[c]);
  const bold = view.weights[r]?.[c] === "bold";
  const kind = view.kinds?.[r]?.[c] ?? "";
  const classes: string[] = [];
  const styles: string[] = [];
  if (background) styles.push(`background-color:${background}`);
  if (bold) styles.push("font-weight:700");
  let content = escapeHtml(text);
  if (kind === "checkbox" && (TRUE_TEXT.has(text) || FALSE_TEXT.has(text))) {
    classes.push("cb");
    content = `<span aria-label="${escapeAttr(text)}">${TRUE_TEXT.has(text) ? "☑" : "☐"}</span>`;
  } else if (!header && NUMERIC.test(text)) {
    classes.push("num");
  } else if (!header && (TRUE_TEXT.has(text) || FALSE_TEXT.has(text))) {
    classes.push("bool");
  }
  if (kind === "list") classes.push("dd");
  if (note) classes.push("note");
  const attrs = [
    classes.length ? ` class="${classes.join(" ")}"` : "",
    styles.length ? ` style="${styles.join(";")}"` : "",
    note ? ` title="${escapeAttr(note)}"` : "",
    header ? ' scope="col"' : "",
  ].join("");
  const tag = header ? "th" : "td";
  return `<${tag}${attrs}>${content}</${tag}>`;
}

function renderTable(view: SheetView): string {
  const out: string[] = [];
  const frozen = Math.min(view.frozenRows, view.rows);
  out.push(`<table class="grid" aria-label="${escapeAttr(view.name)}">`);
  out.push('<thead><tr class="letters"><th class="corner"></th>');
  for (let c = 0; c < view.columns; c++) out.push(`<th>${columnLetter(c + 1)}</th>`);
  out.push("</tr>");
  for (let r = 0; r < frozen; r++) out.push(renderRow(view, r, true));
  out.push("</thead><tbody>");
  for (let r = frozen; r < view.rows; r++) out.push(renderRow(view, r, false));
  out.push("</tbody></table>");
  return out.join("");
}

function renderRow(view: SheetView, r: number, header: boolean): string {
  const cells: string[] = [`<tr${header ? ' class="frozen"' : ""}><th class="rn">${r + 1}</th>`];
  for (let c = 0; c < view.columns; c++) cells.push(renderCell(view, r, c, header));
  cells.push("</tr>");
  return cells.join("");
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 Arial,"Helvetica Neue",sans-serif;color:#202124;background:#f8f9fa}
header.top{padding:12px 16px;background:#fff;border-bottom:1px solid #dadce0}
header.top h1{margin:0;font-size:18px;font-weight:600}
.extra{padding:8px 16px;background:#fff;border-bottom:1px solid #dadce0}
nav.tabs{display:flex;flex-wrap:wrap;gap:2px;padding:6px 8px 0;background:#f1f3f4;border-bottom:1px solid #dadce0;position:sticky;top:0;z-index:5}
nav.tabs a{padding:6px 14px;border:1px solid transparent;border-bottom:0;border-radius:6px 6px 0 0;color:#3c4043;text-decoration:none;white-space:nowrap}
nav.tabs a:hover{background:#e8eaed}
nav.tabs a.active{background:#fff;border-color:#dadce0;color:#188038;font-weight:600}
nav.tabs a.is-hidden{font-style:italic;color:#80868b;border-style:dashed;border-color:#bdc1c6}
nav.tabs .mark{font-size:11px;margin-left:4px}
main{padding:8px}
.sheet{display:none}
.sheet.active,.sheet:target{display:block}
main:has(.sheet:target) .sheet.active:not(:target){display:none}
.sheet h2{margin:4px 4px 8px;font-size:15px;font-weight:600}
.sheet h2 .size{font-weight:400;color:#5f6368;font-size:12px;margin-left:8px}
.banner{margin:0 4px 8px;padding:6px 10px;border:1px dashed #9aa0a6;background:#fff;color:#5f6368}
.wrap{overflow:auto;max-height:calc(100vh - 120px);background:#fff;border:1px solid #dadce0}
table.grid{border-collapse:separate;border-spacing:0;width:max-content}
.grid td,.grid th{border-right:1px solid #e2e3e3;border-bottom:1px solid #e2e3e3;padding:2px 6px;vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:break-word;max-width:300px;min-width:48px;position:relative;font-weight:400}
.grid thead{position:sticky;top:0;z-index:3}
.grid tr.letters th{background:#f8f9fa;color:#5f6368;text-align:center;font-size:11px;min-width:60px}
.grid tr.frozen th{background:#f1f3f4;font-weight:600;vertical-align:middle;max-width:200px}
.grid tr.frozen:last-child th{border-bottom:2px solid #9aa0a6}
.grid th.rn,.grid th.corner{position:sticky;left:0;z-index:2;background:#f8f9fa;color:#5f6368;text-align:center;font-size:11px;min-width:36px}
.grid td.num{text-align:right}
.grid td.bool,.grid td.cb,.grid th.cb{text-align:center}
.grid .dd{padding-right:16px}
.grid .dd::before{content:"\\25BE";position:absolute;right:3px;top:3px;font-size:10px;color:#80868b}
.grid .note::after{content:"";position:absolute;top:0;right:0;border-style:solid;border-width:0 7px 7px 0;border-color:transparent #202124 transparent transparent}
.grid .note{cursor:help}
`;

const SCRIPT = `
(function () {
  var tabs = document.querySelectorAll("nav.tabs a");
  var sheets = document.querySelectorAll("section.sheet");
  var first = document.querySelector("section.sheet.active");
  function show(id) {
    for (var i = 0; i < sheets.length; i++) sheets[i].classList.toggle("active", sheets[i].id === id);
    for (var j = 0; j < tabs.length; j++) {
      var on = tabs[j].getAttribute("href") === "#" + id;
      tabs[j].classList.toggle("active", on);
      tabs[j].setAttribute("aria-selected", on ? "true" : "false");
    }
  }
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    show(target && target.classList.contains("sheet") ? id : first ? first.id : "");
    window.scrollTo(0, 0);
  }
  for (var k = 0; k < tabs.length; k++) {
    tabs[k].addEventListener("click", function (event) {
      event.preventDefault();
      var href = this.getAttribute("href");
      history.replaceState(null, "", href);
      show(href.slice(1));
    });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
`;

function renderHtml(views: readonly SheetView[], opts: RenderOptions): string {
  const firstShown = Math.max(
    0,
    views.findIndex((v) => !v.hidden),
  );
  const id = (i: number) => `sheet-${i + 1}`;
  const tabs = views
    .map((v, i) => {
      const classes = [i === firstShown ? "active" : "", v.hidden ? "is-hidden" : ""]
        .filter(Boolean)
        .join(" ");
      const mark = v.hidden ? '<span class="mark">(скрыт)</span>' : "";
      const title = v.hidden ? ' title="Лист скрыт в таблице"' : "";
      return `<a role="tab" href="#${id(i)}" aria-controls="${id(i)}" aria-selected="${i === firstShown}"${classes ? ` class="${classes}"` : ""}${title}${v.hidden ? ' data-hidden="true"' : ""}>${escapeHtml(v.name)}${mark}</a>`;
    })
    .join("");
  const sections = views
    .map((v, i) => {
      const size = `${v.rows} × ${v.columns}`;
      const banner = v.hidden
        ? '<p class="banner">Лист скрыт в таблице: пользователь не видит его среди вкладок.</p>'
        : "";
      return (
        `<section class="sheet${i === firstShown ? " active" : ""}" id="${id(i)}" role="tabpanel" data-name="${escapeAttr(v.name)}"${v.hidden ? ' data-hidden="true"' : ""}>` +
        `<h2>${escapeHtml(v.name)}<span class="size">${size}</span></h2>${banner}` +
        `<div class="wrap">${renderTable(v)}</div></section>`
      );
    })
    .join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="ru"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<header class="top"><h1>${escapeHtml(opts.title)}</h1></header>`,
    opts.extraHtml ? `<div class="extra">${opts.extraHtml}</div>` : "",
    `<nav class="tabs" role="tablist">${tabs}</nav>`,
    `<main>\n${sections}\n</main>`,
    `<script>${SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}

/** Renders every sheet of the workbook, hidden ones included (marked), in the order of its tabs. */
export function renderWorkbook(ss: Spreadsheet, opts: RenderOptions): RenderedWorkbook {
  const views = ss.getSheets().map(readSheet);
  const csv: Record<string, string> = {};
  for (const v of views)
    csv[v.name] = toCsv(v.display, opts.csvDelimiter ?? ",", opts.csvFormulaGuard ?? true);
  return { html: renderHtml(views, opts), csv };
}
