import type { ImportPreview, ImportResult } from "../../app/importPeople";
import type { Locale } from "../../domain/i18n";
import { byId, el, srOnly } from "../lib/dom";
import { errorText } from "../lib/feedback";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import {
  type Decoded,
  decodeBytes,
  type Encoding,
  isWorkbook,
  kindByName,
  MAX_BYTES,
  readBytes,
} from "./decode";
import { isTextKey, type TextKey, type Texts, texts } from "./text";

/**
 * The «Импорт участников из файла CSV» dialog. The server puts `{ locale }` as JSON into <script id="data">.
 * The curator chooses the tab and a file; the page reads the file, asks the server what it holds
 * (previewImportFile), lets the curator match its columns to the tab's, imports (importParticipants) and shows
 * what was added and skipped. Everything from the file or the server is inserted as text, never as HTML.
 */

type Table = "mentors" | "mentees" | "staff";
const TABLES: readonly string[] = ["mentors", "mentees", "staff"];

interface LoadedFile {
  readonly name: string;
  readonly size: number;
  readonly decoded: Decoded;
}

const app = byId("app");
const fileInput = byId<HTMLInputElement>("file");
const fileName = byId("file-name");
const fileMeta = byId("file-meta");
const statusLine = byId("status");
const alertBox = byId("alert");
const alertTitle = byId("alert-title");
const alertMessage = byId("alert-message");
const alertNext = byId("alert-next");
const previewBox = byId("preview");
const summary = byId("summary");
const headersRow = byId("headers");
const choicesRow = byId("choices");
const sampleBody = byId("sample");
const missingLine = byId("missing");
const scrollHint = byId("scroll-hint");
const tableWrap = byId("table-wrap");
const mapNotice = byId("map-notice");
const importButton = byId<HTMLButtonElement>("import");
const importReason = byId("import-reason");
const resultBox = byId("result");
const outcome = byId("outcome");
const skippedBox = byId("skipped");
const checkButton = byId<HTMLButtonElement>("check");
const closeButton = byId<HTMLButtonElement>("close");
const dropOverlay = byId("drop-overlay");
const tableRadios = [...document.querySelectorAll<HTMLInputElement>('input[name="table"]')];

const tx: Texts = texts(readLocale());

let table: Table | null = null;
let file: LoadedFile | null = null;
let preview: ImportPreview | null = null;
let selects: HTMLSelectElement[] = [];
/** Cells of each file column (header, choice, sample), to show which columns are left out. */
let columnCells: HTMLElement[][] = [];
/** Bumped whenever the tab or the file changes: an answer to an older question is dropped. */
let generation = 0;
let importing = false;
let checking = false;

// ---- data and wording ---------------------------------------------------------------------------------------

function readLocale(): Locale {
  try {
    const data: unknown = JSON.parse(document.getElementById("data")?.textContent ?? "");
    return (data as { locale?: unknown } | null)?.locale === "en" ? "en" : "ru";
  } catch {
    return "ru";
  }
}

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
}

function messageOf(error: unknown): string {
  return errorText(error, tx.t("unknownError"));
}

function formatSize(bytes: number): string {
  const number = (n: number) =>
    new Intl.NumberFormat(tx.locale === "en" ? "en-GB" : "ru-RU", { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return tx.t("sizeBytes", { n: bytes });
  if (bytes < 1024 * 1024) return tx.t("sizeKb", { n: number(Math.max(1, Math.round(bytes / 1024))) });
  return tx.t("sizeMb", { n: number(Math.ceil((bytes / (1024 * 1024)) * 10) / 10) });
}

function encodingName(encoding: Encoding): string {
  const key: TextKey =
    encoding === "utf-8" ? "encUtf8" : encoding === "windows-1251" ? "enc1251" : "encUtf16";
  return tx.t(key);
}

const quoteList = (items: readonly string[]) =>
  items.map((item) => tx.t("listQuote", { item })).join(tx.t("listSeparator"));

// ---- messages -----------------------------------------------------------------------------------------------

function setStatus(text: string): void {
  statusLine.textContent = text;
}

/** The error box: what happened, the message (the server's already says what to do), and what to do next. */
function showAlert(title: string, message: string, next: string): void {
  alertTitle.textContent = title;
  alertMessage.textContent = message;
  alertNext.textContent = next;
  alertNext.hidden = next === "";
  alertBox.hidden = false;
}

function hideAlert(): void {
  alertBox.hidden = true;
  alertTitle.textContent = "";
  alertMessage.textContent = "";
  alertNext.textContent = "";
}

// ---- steps 1 and 2: the tab and the file --------------------------------------------------------------------

/** Forgets everything after the tab and the file: the preview, the result, messages, answers on their way. */
function resetLater(): void {
  generation++;
  preview = null;
  selects = [];
  columnCells = [];
  previewBox.hidden = true;
  resultBox.hidden = true;
  headersRow.replaceChildren();
  choicesRow.replaceChildren();
  sampleBody.replaceChildren();
  skippedBox.replaceChildren();
  mapNotice.textContent = "";
  app.setAttribute("aria-busy", "false");
  setStatus("");
  hideAlert();
}

function showFile(name: string | null, meta: string): void {
  fileName.textContent = name ?? tx.t("noFile");
  fileName.classList.toggle("none", name === null);
  fileMeta.textContent = meta;
}

function chooseTable(value: string): void {
  if (importing || !TABLES.includes(value)) return;
  table = value as Table;
  resetLater();
  void loadPreview();
}

async function takeFile(chosen: File): Promise<void> {
  if (importing) return;
  resetLater();
  file = null;
  const mine = generation;
  showFile(chosen.name, formatSize(chosen.size));

  const kind = kindByName(chosen.name);
  if (kind !== "text") {
    showFile(null, "");
    showAlert(
      tx.t("fileProblem"),
      tx.t(kind === "workbook" ? "excelFile" : "notCsv", { name: chosen.name }),
      "",
    );
    return;
  }
  if (chosen.size > MAX_BYTES) {
    showFile(null, "");
    showAlert(tx.t("fileProblem"), tx.t("tooBig", { name: chosen.name, size: formatSize(chosen.size) }), "");
    return;
  }

  setStatus(tx.t("reading"));
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(chosen);
  } catch {
    if (mine !== generation) return;
    setStatus("");
    showFile(null, "");
    showAlert(tx.t("fileProblem"), tx.t("readFailed", { name: chosen.name }), "");
    return;
  }
  if (mine !== generation) return;
  if (isWorkbook(bytes)) {
    setStatus("");
    showFile(null, "");
    showAlert(tx.t("fileProblem"), tx.t("excelFile", { name: chosen.name }), "");
    return;
  }
  const decoded = decodeBytes(bytes);
  file = { name: chosen.name, size: chosen.size, decoded };
  showFile(
    chosen.name,
    tx.t("fileMeta", { size: formatSize(chosen.size), encoding: encodingName(decoded.encoding) }),
  );
  setStatus("");
  await loadPreview();
}

// ---- step 3: matching the columns ---------------------------------------------------------------------------

async function loadPreview(): Promise<void> {
  if (file === null) return;
  if (table === null) {
    setStatus(tx.t("chooseTable"));
    return;
  }
  const mine = generation;
  const csv = file.decoded.text;
  setStatus(tx.t("reading"));
  app.setAttribute("aria-busy", "true");
  try {
    const answer = await run("previewImportFile", table, csv);
    if (mine !== generation) return;
    renderPreview(answer);
    setStatus("");
  } catch (error) {
    if (mine !== generation) return;
    setStatus("");
    showAlert(tx.t("previewFailed"), messageOf(error), tx.t("retryPreview"));
  } finally {
    if (mine === generation) app.setAttribute("aria-busy", "false");
  }
}

function columnLabel(p: ImportPreview, key: string): string {
  const column = p.columns.find((c) => c.key === key);
  return column?.header ?? key;
}

function headerText(p: ImportPreview, i: number): string {
  const h = (p.headers[i] ?? "").trim();
  return h === "" ? tx.t("columnN", { n: i + 1 }) : h;
}

function renderPreview(p: ImportPreview): void {
  preview = p;
  const known = new Set(p.columns.map((c) => c.key));
  const used = new Set<string>();
  const initial = p.headers.map((_, i) => {
    const key = p.mapping[i] ?? null;
    if (key === null || !known.has(key) || used.has(key)) return null;
    used.add(key);
    return key;
  });

  summary.replaceChildren(
    el("strong", "", p.rowCount > 0 ? tx.n("rowsInFile", p.rowCount) : tx.t("noRows")),
    p.rowCount > 0 ? ` ${tx.t("mapIntro", { tab: p.tab })}` : "",
    p.rowCount > p.sample.length ? ` ${tx.t("startShown")}` : "",
  );

  const headerCells: HTMLElement[] = [];
  const choiceCells: HTMLElement[] = [];
  selects = p.headers.map((raw, i) => {
    const id = `map-${i}`;
    const empty = raw.trim() === "";
    const label = el(
      "label",
      empty ? "no-header" : "",
      empty ? tx.t("noHeader") : raw,
      srOnly(empty ? ` ${tx.t("columnN", { n: i + 1 })}${tx.t("selectSuffix")}` : tx.t("selectSuffix")),
    );
    label.htmlFor = id;
    const th = el("th", "", label);
    th.scope = "col";
    headerCells.push(th);

    const select = el("select");
    select.id = id;
    select.append(new Option(tx.t("skipOption"), ""));
    for (const c of p.columns) {
      const text = c.required ? tx.t("requiredMark", { column: c.header }) : c.header;
      select.append(new Option(text, c.key));
    }
    select.value = initial[i] ?? "";
    select.addEventListener("change", () => chooseColumn(i));
    choiceCells.push(el("td", "", select));
    return select;
  });
  headersRow.replaceChildren(...headerCells);
  choicesRow.replaceChildren(...choiceCells);

  const rows = p.sample.map((row) => {
    const cells = p.headers.map((_, i) => {
      const value = row[i] ?? "";
      const td = el("td", "", value);
      if (value !== "") td.title = value;
      return td;
    });
    return el("tr", "", ...cells);
  });
  sampleBody.replaceChildren(...rows);
  columnCells = p.headers.map((_, i) => [
    headerCells[i] as HTMLElement,
    choiceCells[i] as HTMLElement,
    ...rows.map((r) => r.children[i] as HTMLElement),
  ]);

  mapNotice.textContent = "";
  previewBox.hidden = false;
  resultBox.hidden = true;
  updateMapping();
  updateScrollHint();
}

/** When the file has more columns than the dialog shows, says so: the scroll bar alone is easy to miss. */
function updateScrollHint(): void {
  const p = preview;
  const wider = p !== null && !previewBox.hidden && tableWrap.scrollWidth > tableWrap.clientWidth + 1;
  scrollHint.textContent = wider ? tx.n("columnsScroll", p.headers.length) : "";
}

function mappingNow(): (string | null)[] {
  return selects.map((s) => (s.value === "" ? null : s.value));
}

/** A column of the tab can be filled from one file column only: choosing it again moves it. */
function chooseColumn(i: number): void {
  const p = preview;
  const select = selects[i];
  if (p === null || select === undefined) return;
  const key = select.value;
  let notice = "";
  if (key !== "") {
    selects.forEach((other, j) => {
      if (j !== i && other.value === key) {
        other.value = "";
        notice = tx.t("moved", {
          column: columnLabel(p, key),
          to: headerText(p, i),
          from: headerText(p, j),
        });
      }
    });
  }
  mapNotice.textContent = notice;
  updateMapping();
}

function updateMapping(): void {
  const p = preview;
  if (p === null) return;
  const chosen = mappingNow();
  chosen.forEach((key, i) => {
    for (const cell of columnCells[i] ?? []) cell.classList.toggle("left-out", key === null);
  });

  const missing = p.columns.filter((c) => c.required && c.key !== "fullName" && !chosen.includes(c.key));
  missingLine.textContent =
    missing.length > 0 ? tx.t("missingRequired", { list: quoteList(missing.map((c) => c.header)) }) : "";

  let reason = "";
  const nameColumn = p.columns.find((c) => c.key === "fullName");
  if (nameColumn === undefined) reason = tx.t("noNameColumn", { tab: p.tab });
  else if (p.rowCount === 0) reason = tx.t("noRows");
  else if (!chosen.includes("fullName")) reason = tx.t("needName", { name: nameColumn.header });
  importReason.textContent = reason;
  importReason.hidden = reason === "";
  importButton.disabled = importing || reason !== "";
}

// ---- step 4: the import and its result ----------------------------------------------------------------------

function setImporting(value: boolean): void {
  importing = value;
  app.setAttribute("aria-busy", String(value));
  for (const radio of tableRadios) radio.disabled = value;
  fileInput.disabled = value;
  for (const select of selects) select.disabled = value;
  importButton.textContent = tx.t(value ? "importing" : "importButton");
  document.body.classList.toggle("busy", value);
  updateMapping();
}

async function startImport(): Promise<void> {
  const p = preview;
  if (importing || p === null || file === null || table === null || importButton.disabled) return;
  const mine = generation;
  const mapping = mappingNow();
  hideAlert();
  setStatus(tx.t("importingNote", { tab: p.tab }));
  setImporting(true);
  try {
    const result = await run("importParticipants", table, file.decoded.text, mapping);
    setImporting(false);
    if (mine !== generation) return;
    setStatus("");
    renderResult(result);
  } catch (error) {
    setImporting(false);
    if (mine !== generation) return;
    setStatus("");
    showAlert(tx.t("importFailed"), messageOf(error), tx.t("retryImport"));
    importButton.focus();
  }
}

function renderResult(r: ImportResult): void {
  let headline: string;
  if (r.added > 0) {
    const rows =
      r.firstRow === r.lastRow
        ? tx.t("rowOne", { a: r.firstRow })
        : tx.t("rowRange", { a: r.firstRow, b: r.lastRow });
    headline = tx.n("added", r.added, { tab: r.tab }) + rows + tx.t("idsGiven", { n: r.idsAssigned });
  } else {
    headline = tx.t(r.skipped.length > 0 ? "noneAddedAllSkipped" : "noneAddedEmpty");
  }
  outcome.textContent = headline;
  outcome.className = `outcome ${r.added > 0 ? "ok" : "none"}`;

  const parts: HTMLElement[] = [];
  const listOf = (id: string, title: string, items: readonly { line: number; reason: string }[]) => {
    if (items.length === 0) return;
    const head = el("p", "skipped-title", title);
    head.id = id;
    const list = el("ul", "skipped-list");
    list.setAttribute("aria-labelledby", id);
    for (const s of items) list.append(el("li", "", tx.t("skippedLine", { line: s.line, reason: s.reason })));
    parts.push(head, list);
  };
  listOf("skipped-title", tx.n("skipped", r.skipped.length), r.skipped);
  listOf("notes-title", tx.n("noted", (r.notes ?? []).length), r.notes ?? []);
  skippedBox.replaceChildren(...parts);

  checkButton.disabled = false;
  checkButton.textContent = tx.t("checkBase");
  checkButton.className = r.added > 0 ? "primary" : "";
  closeButton.className = r.added > 0 ? "" : "primary";
  previewBox.hidden = true;
  resultBox.hidden = false;
  outcome.focus();
}

function closeDialog(): void {
  const host = (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google?.script
    ?.host;
  host?.close?.();
}

async function checkBase(): Promise<void> {
  if (checking) return;
  checking = true;
  hideAlert();
  checkButton.disabled = true;
  checkButton.textContent = tx.t("checkingBase");
  try {
    await run("menuCheckBase");
    closeDialog();
  } catch (error) {
    showAlert(tx.t("checkFailed"), messageOf(error), "");
    checkButton.disabled = false;
    checkButton.textContent = tx.t("checkBase");
    checkButton.focus();
  } finally {
    checking = false;
  }
}

// ---- wiring -------------------------------------------------------------------------------------------------

for (const radio of tableRadios) {
  radio.addEventListener("change", () => {
    if (radio.checked) chooseTable(radio.value);
  });
}

fileInput.addEventListener("change", () => {
  const chosen = fileInput.files?.[0];
  // Cleared so that choosing the same (corrected) file again is a change too.
  fileInput.value = "";
  if (chosen !== undefined) void takeFile(chosen);
});

importButton.addEventListener("click", () => void startImport());
window.addEventListener("resize", () => updateScrollHint());
checkButton.addEventListener("click", () => void checkBase());
closeButton.addEventListener("click", () => closeDialog());

/** Dropping a file anywhere in the dialog; the browser must not open it instead. */
let dragDepth = 0;
const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");

document.addEventListener("dragenter", (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  dropOverlay.hidden = importing;
});
document.addEventListener("dragover", (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer !== null) event.dataTransfer.dropEffect = importing ? "none" : "copy";
});
document.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropOverlay.hidden = true;
});
document.addEventListener("drop", (event) => {
  event.preventDefault();
  dragDepth = 0;
  dropOverlay.hidden = true;
  const dropped = event.dataTransfer?.files[0];
  if (dropped !== undefined && !importing) void takeFile(dropped);
});

applyTexts();
showFile(null, "");
const preset = tableRadios.find((r) => r.checked);
if (preset !== undefined) table = preset.value as Table;
