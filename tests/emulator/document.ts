/**
 * DocumentApp: Google Docs held in the emulator's Drive (drive.ts). A document is a tree of elements (Body,
 * Paragraph, ListItem, Table, TableRow, TableCell, Text, PageBreak, HorizontalRule); this module also renders
 * it (plain text, HTML, JSON, Markdown, the PDF stand-in) for emu.docs and for getAs.
 */
import { type EnumValue, Facade, gasError, instrument, isEnumOf, makeEnum, signatureError } from "./core";
import type { FileModel } from "./drive";
import { EmuBlob } from "./utilities";
import type { World } from "./world";

// ---------------------------------------------------------------------------------------------- enums

export const ParagraphHeading = makeEnum([
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
]);
export const HorizontalAlignment = makeEnum(["LEFT", "CENTER", "RIGHT", "JUSTIFY"]);
export const ElementType = makeEnum([
  "BODY_SECTION",
  "COMMENT_SECTION",
  "DATE",
  "EQUATION",
  "EQUATION_FUNCTION",
  "EQUATION_FUNCTION_ARGUMENT_SEPARATOR",
  "EQUATION_SYMBOL",
  "RICH_LINK",
  "FOOTER_SECTION",
  "FOOTNOTE",
  "FOOTNOTE_SECTION",
  "HEADER_SECTION",
  "HORIZONTAL_RULE",
  "INLINE_DRAWING",
  "INLINE_IMAGE",
  "LIST_ITEM",
  "PAGE_BREAK",
  "PARAGRAPH",
  "PERSON",
  "TABLE",
  "TABLE_CELL",
  "TABLE_OF_CONTENTS",
  "TABLE_ROW",
  "TEXT",
  "UNSUPPORTED",
]);
export const Attribute = makeEnum([
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
]);

type HeadingName = keyof typeof ParagraphHeading;
type AlignName = keyof typeof HorizontalAlignment;

// ---------------------------------------------------------------------------------------------- model

export type NodeType =
  | "BODY_SECTION"
  | "PARAGRAPH"
  | "LIST_ITEM"
  | "TABLE"
  | "TABLE_ROW"
  | "TABLE_CELL"
  | "TEXT"
  | "PAGE_BREAK"
  | "HORIZONTAL_RULE";

/** Character attributes of one character (absent = never set). */
export interface CharAttrs {
  BOLD?: boolean;
  ITALIC?: boolean;
  UNDERLINE?: boolean;
  STRIKETHROUGH?: boolean;
  FONT_SIZE?: number;
  FONT_FAMILY?: string;
  FOREGROUND_COLOR?: string;
  BACKGROUND_COLOR?: string;
  LINK_URL?: string;
}
type CharKey = keyof CharAttrs;
const CHAR_KEYS: readonly CharKey[] = [
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "STRIKETHROUGH",
  "FONT_SIZE",
  "FONT_FAMILY",
  "FOREGROUND_COLOR",
  "BACKGROUND_COLOR",
  "LINK_URL",
];
const BOOL_KEYS = new Set<string>(["BOLD", "ITALIC", "UNDERLINE", "STRIKETHROUGH"]);
const NO_ATTRS: CharAttrs = Object.freeze({});

/** One element of a document. A single shape for all types keeps the tree code simple. */
export interface DocNode {
  type: NodeType;
  parent: DocNode | null;
  children: DocNode[];
  /** TEXT: the characters and one attribute record per character. */
  text: string;
  attrs: CharAttrs[];
  /** PARAGRAPH / LIST_ITEM. */
  heading: HeadingName;
  alignment: AlignName | null;
  nesting: number;
  /** TABLE. */
  borderWidth: number;
  borderColor: string;
  columnWidths: Record<number, number>;
  /** TABLE_CELL. */
  backgroundColor: string | null;
  /** Attributes scripts set that the emulator keeps but does not interpret (indents, spacing…). */
  extra: Record<string, unknown>;
}

export interface DocModel {
  readonly body: DocNode;
}

/** A DocumentApp.openById/create result: closed by saveAndClose (its elements close with it). */
export interface DocHandle {
  closed: boolean;
  readonly file: FileModel;
}

const ALLOWED_CHILDREN: Partial<Record<NodeType, readonly NodeType[]>> = {
  BODY_SECTION: ["PARAGRAPH", "LIST_ITEM", "TABLE"],
  TABLE_CELL: ["PARAGRAPH", "LIST_ITEM", "TABLE"],
  PARAGRAPH: ["TEXT", "PAGE_BREAK", "HORIZONTAL_RULE"],
  LIST_ITEM: ["TEXT", "PAGE_BREAK", "HORIZONTAL_RULE"],
  TABLE: ["TABLE_ROW"],
  TABLE_ROW: ["TABLE_CELL"],
};

function newNode(type: NodeType): DocNode {
  return {
    type,
    parent: null,
    children: [],
    text: "",
    attrs: [],
    heading: "NORMAL",
    alignment: null,
    nesting: 0,
    borderWidth: 1,
    borderColor: "#000000",
    columnWidths: {},
    backgroundColor: null,
    extra: {},
  };
}

function textNode(text: string, attrs: CharAttrs = NO_ATTRS): DocNode {
  const node = newNode("TEXT");
  node.text = text;
  node.attrs = Array.from({ length: text.length }, () => attrs);
  return node;
}

function paragraphNode(text: string, type: "PARAGRAPH" | "LIST_ITEM" = "PARAGRAPH"): DocNode {
  const node = newNode(type);
  if (text !== "") attach(node, node.children.length, textNode(text));
  return node;
}

function cellNode(text: string): DocNode {
  const cell = newNode("TABLE_CELL");
  attach(cell, 0, paragraphNode(text));
  return cell;
}

function tableNode(cells: readonly (readonly string[])[]): DocNode {
  const table = newNode("TABLE");
  for (const row of cells) {
    const rowNode = newNode("TABLE_ROW");
    for (const text of row) attach(rowNode, rowNode.children.length, cellNode(text));
    attach(table, table.children.length, rowNode);
  }
  return table;
}

export function newDocModel(): DocModel {
  const body = newNode("BODY_SECTION");
  attach(body, 0, paragraphNode(""));
  return { body };
}

/** Replaces a document's body with one paragraph per line of `text` (emu.drive.userDocument). */
export function setDocText(doc: DocModel, text: string): void {
  for (const child of doc.body.children) child.parent = null;
  doc.body.children = [];
  for (const line of text.split("\n")) attach(doc.body, doc.body.children.length, paragraphNode(line));
}

function cloneNode(node: DocNode): DocNode {
  const copy: DocNode = {
    ...node,
    parent: null,
    children: [],
    attrs: [...node.attrs],
    columnWidths: { ...node.columnWidths },
    extra: { ...node.extra },
  };
  for (const child of node.children) attach(copy, copy.children.length, cloneNode(child));
  return copy;
}

export function copyDocModel(doc: DocModel): DocModel {
  return { body: cloneNode(doc.body) };
}

function attach(parent: DocNode, index: number, child: DocNode): void {
  if (child.parent !== null) throw gasError("Element must be detached.");
  if (!(ALLOWED_CHILDREN[parent.type] ?? []).includes(child.type)) {
    throw gasError(`Invalid argument: ${child.type} cannot be a child of ${parent.type}.`);
  }
  parent.children.splice(index, 0, child);
  child.parent = parent;
}

/**
 * A body cannot end with a table: when a table becomes the body's last element, Google adds an empty paragraph
 * after it (seen in live Apps Script: a paragraph appended next goes after that one, and it is the paragraph a
 * script can never remove). Only the body: whether a table cell does the same is not confirmed.
 */
function paragraphAfterLastTable(container: DocNode): void {
  if (container.type !== "BODY_SECTION") return;
  if (container.children[container.children.length - 1]?.type !== "TABLE") return;
  attach(container, container.children.length, paragraphNode(""));
}

function detach(child: DocNode): void {
  const parent = child.parent;
  if (parent === null) return;
  if (
    parent.type === "BODY_SECTION" &&
    (child.type === "PARAGRAPH" || child.type === "LIST_ITEM") &&
    parent.children[parent.children.length - 1] === child
  ) {
    throw gasError("Can't remove the last paragraph in a document section.");
  }
  parent.children.splice(parent.children.indexOf(child), 1);
  child.parent = null;
}

// ---------------------------------------------------------------------------------------------- text layout

/**
 * Separators between children in getText(): paragraphs, rows and the cells of a row all by "\n" (Google's
 * Table.getText and TableRow.getText separate cells with a line break, not a tab: docs/emulator.md).
 */
const SEPARATOR: Partial<Record<NodeType, string>> = {
  BODY_SECTION: "\n",
  TABLE_CELL: "\n",
  TABLE: "\n",
  TABLE_ROW: "\n",
};

interface Layout {
  text: string;
  /** Every Text element under the node, in document order, with its offset in `text`. */
  segs: Array<{ node: DocNode; start: number }>;
}

function layout(root: DocNode): Layout {
  const result: Layout = { text: "", segs: [] };
  const walk = (node: DocNode): void => {
    if (node.type === "TEXT") {
      result.segs.push({ node, start: result.text.length });
      result.text += node.text;
      return;
    }
    node.children.forEach((child, i) => {
      if (i > 0) result.text += SEPARATOR[node.type] ?? "";
      walk(child);
    });
  };
  walk(root);
  return result;
}

const textOf = (node: DocNode): string => layout(node).text;

function setRun(node: DocNode, text: string, attrs: CharAttrs): void {
  node.text = text;
  node.attrs = Array.from({ length: text.length }, () => attrs);
}

/** Paragraph/ListItem setText: one Text child that keeps the formatting of the old first character. */
function setParagraphText(paragraph: DocNode, text: string): void {
  const first = layout(paragraph).segs.find((s) => s.node.attrs.length > 0)?.node.attrs[0] ?? NO_ATTRS;
  for (const child of [...paragraph.children]) detach(child);
  if (text !== "") attach(paragraph, 0, textNode(text, first));
}

/** Body/TableCell setText and clear: a single paragraph holding the text (headings and tables go). */
function setContainerText(container: DocNode, text: string): void {
  for (const child of container.children) child.parent = null;
  container.children = [];
  attach(container, 0, paragraphNode(text));
}

function clearNode(node: DocNode): void {
  switch (node.type) {
    case "BODY_SECTION":
    case "TABLE_CELL":
      setContainerText(node, "");
      break;
    case "PARAGRAPH":
    case "LIST_ITEM":
      setParagraphText(node, "");
      break;
    case "TABLE":
    case "TABLE_ROW":
      for (const child of node.children) clearNode(child);
      break;
    case "TEXT":
      setRun(node, "", NO_ATTRS);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------------------------- regular expressions

/**
 * Google matches with RE2: no lookaround and no backreferences in the pattern. The emulator rejects those and
 * otherwise uses a JavaScript RegExp (the `u` flag only when the pattern uses \p{…}).
 */
export function compilePattern(pattern: string): RegExp {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      const next = pattern.charAt(i + 1);
      if (!inClass && (/[1-9]/.test(next) || (next === "k" && pattern.charAt(i + 2) === "<"))) {
        throw gasError(`Invalid regular expression: ${pattern} (backreferences are not supported)`);
      }
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "(" && /^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) {
      throw gasError(`Invalid regular expression: ${pattern} (lookaround is not supported)`);
    }
  }
  try {
    return new RegExp(pattern, /\\[pP]\{/.test(pattern) ? "gu" : "g");
  } catch {
    throw gasError(`Invalid regular expression: ${pattern}`);
  }
}

/** Replaces every match inside one Text element; the replacement is literal and takes the match's formatting. */
function replaceInText(node: DocNode, re: RegExp, replacement: string): void {
  const src = node.text;
  let out = "";
  const attrs: CharAttrs[] = [];
  let last = 0;
  let changed = false;
  re.lastIndex = 0;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    out += src.slice(last, start);
    attrs.push(...node.attrs.slice(last, start));
    const a = node.attrs[start] ?? NO_ATTRS;
    out += replacement;
    for (let k = 0; k < replacement.length; k++) attrs.push(a);
    last = start + m[0].length;
    changed = true;
  }
  if (!changed) return;
  out += src.slice(last);
  attrs.push(...node.attrs.slice(last));
  node.text = out;
  node.attrs = attrs;
}

interface Found {
  node: DocNode;
  start: number;
  endInclusive: number;
}

function findIn(root: DocNode, re: RegExp, from: Found | null): Found | null {
  const nodes = layout(root).segs.map((s) => s.node);
  let first = 0;
  let offset = 0;
  if (from !== null) {
    first = nodes.indexOf(from.node);
    if (first < 0) return null;
    offset = from.endInclusive + 1;
  }
  for (let i = first; i < nodes.length; i++) {
    const node = nodes[i] as DocNode;
    re.lastIndex = i === first ? offset : 0;
    for (let m = re.exec(node.text); m !== null; m = re.exec(node.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      return { node, start: m.index, endInclusive: m.index + m[0].length - 1 };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------- renderings

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const cssValue = (value: string): string => value.replace(/[^#a-zA-Z0-9.,\s-]/g, "");

function runsOf(node: DocNode): Array<{ text: string; attrs: CharAttrs }> {
  const runs: Array<{ text: string; attrs: CharAttrs }> = [];
  for (const { node: t } of layout(node).segs) {
    for (let i = 0; i < t.text.length; i++) {
      const a = t.attrs[i] ?? NO_ATTRS;
      const lastRun = runs[runs.length - 1];
      if (lastRun && sameAttrs(lastRun.attrs, a)) lastRun.text += t.text.charAt(i);
      else runs.push({ text: t.text.charAt(i), attrs: a });
    }
  }
  return runs;
}

function sameAttrs(a: CharAttrs, b: CharAttrs): boolean {
  return a === b || CHAR_KEYS.every((k) => a[k] === b[k]);
}

/** The paragraph's text as HTML; page breaks and rules are left to blocksHtml (an <hr> cannot sit in a <p>). */
function inlineHtml(paragraph: DocNode): string {
  let html = "";
  for (const child of paragraph.children) {
    if (child.type === "TEXT") {
      for (const run of runsOf(child)) {
        let piece = escapeHtml(run.text).replace(/\r\n|\r|\n/g, "<br>");
        const a = run.attrs;
        const style: string[] = [];
        if (a.FONT_SIZE !== undefined) style.push(`font-size:${a.FONT_SIZE}pt`);
        if (a.FONT_FAMILY !== undefined) style.push(`font-family:${cssValue(a.FONT_FAMILY)}`);
        if (a.FOREGROUND_COLOR !== undefined) style.push(`color:${cssValue(a.FOREGROUND_COLOR)}`);
        if (a.BACKGROUND_COLOR !== undefined) style.push(`background:${cssValue(a.BACKGROUND_COLOR)}`);
        if (style.length > 0) piece = `<span style="${style.join(";")}">${piece}</span>`;
        if (a.STRIKETHROUGH) piece = `<s>${piece}</s>`;
        if (a.UNDERLINE) piece = `<u>${piece}</u>`;
        if (a.ITALIC) piece = `<i>${piece}</i>`;
        if (a.BOLD) piece = `<b>${piece}</b>`;
        html += piece;
      }
    }
  }
  return html;
}

const HEADING_TAG: Record<HeadingName, string> = {
  NORMAL: "p",
  HEADING1: "h1",
  HEADING2: "h2",
  HEADING3: "h3",
  HEADING4: "h4",
  HEADING5: "h5",
  HEADING6: "h6",
  TITLE: "h1",
  SUBTITLE: "h2",
};

function blocksHtml(blocks: readonly DocNode[]): string {
  let html = "";
  let inList = false;
  for (const block of blocks) {
    if (block.type === "LIST_ITEM" && !inList) {
      html += "<ul>";
      inList = true;
    } else if (block.type !== "LIST_ITEM" && inList) {
      html += "</ul>";
      inList = false;
    }
    if (block.type === "TABLE") {
      const w = block.borderWidth;
      const border = w > 0 ? `border:${w}pt solid ${cssValue(block.borderColor)}` : "border:none";
      html += '<table style="border-collapse:collapse">';
      for (const row of block.children) {
        html += "<tr>";
        row.children.forEach((cell, c) => {
          const style = [border, "padding:4px 6px", "vertical-align:top"];
          const width = block.columnWidths[c];
          if (width !== undefined) style.push(`width:${width}pt`);
          if (cell.backgroundColor !== null) style.push(`background:${cssValue(cell.backgroundColor)}`);
          html += `<td style="${style.join(";")}">${blocksHtml(cell.children)}</td>`;
        });
        html += "</tr>";
      }
      html += "</table>";
      continue;
    }
    const tag = block.type === "LIST_ITEM" ? "li" : HEADING_TAG[block.heading];
    const attrs: string[] = [];
    if (block.heading === "TITLE" || block.heading === "SUBTITLE") {
      attrs.push(`class="${block.heading.toLowerCase()}"`);
    }
    if (block.alignment !== null && block.alignment !== "LEFT") {
      attrs.push(`style="text-align:${block.alignment.toLowerCase()}"`);
    }
    const inner = inlineHtml(block);
    const markers = block.children
      .filter((c) => c.type !== "TEXT")
      .map((c) => (c.type === "PAGE_BREAK" ? '<hr class="page-break">' : "<hr>"))
      .join("");
    if (inner !== "" || markers === "") {
      html += `<${[tag, ...attrs].join(" ")}>${inner === "" ? "<br>" : inner}</${tag}>`;
    }
    html += markers;
  }
  if (inList) html += "</ul>";
  return html;
}

/** A small self-contained HTML page of the document: everything escaped, no scripts, no external resources. */
export function docHtml(doc: DocModel, title: string): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    `<title>${escapeHtml(title)}</title>` +
    "<style>body{font-family:Arial,sans-serif;max-width:800px;margin:2em auto;line-height:1.4}" +
    "table{border-collapse:collapse;margin:.5em 0}.page-break{border:0;border-top:1px dashed #999}" +
    ".subtitle{color:#666;font-weight:normal}</style></head><body>" +
    blocksHtml(doc.body.children) +
    "</body></html>"
  );
}

/** Paragraphs, table rows and cells joined by "\n" (what Body.getText() returns). */
export function docText(doc: DocModel): string {
  return textOf(doc.body);
}

export type DocStructure =
  | {
      type: "PARAGRAPH" | "LIST_ITEM";
      text: string;
      heading: string;
      alignment: string | null;
      runs: RunJson[];
    }
  | { type: "TABLE"; borderWidth: number; borderColor: string; rows: DocStructure[] }
  | { type: "TABLE_ROW"; cells: DocStructure[] }
  | { type: "TABLE_CELL"; children: DocStructure[] }
  | { type: "BODY_SECTION"; children: DocStructure[] };

type RunJson = { text: string } & CharAttrs;

function structureOf(node: DocNode): DocStructure {
  switch (node.type) {
    case "TABLE":
      return {
        type: "TABLE",
        borderWidth: node.borderWidth,
        borderColor: node.borderColor,
        rows: node.children.map(structureOf),
      };
    case "TABLE_ROW":
      return { type: "TABLE_ROW", cells: node.children.map(structureOf) };
    case "TABLE_CELL":
      return { type: "TABLE_CELL", children: node.children.map(structureOf) };
    case "PARAGRAPH":
    case "LIST_ITEM":
      return {
        type: node.type,
        text: textOf(node),
        heading: node.heading,
        alignment: node.alignment,
        runs: runsOf(node).map((r) => ({ text: r.text, ...r.attrs })),
      };
    default:
      return { type: "BODY_SECTION", children: node.children.map(structureOf) };
  }
}

/** A JSON tree of the body (paragraphs with heading, alignment and formatted runs; tables by rows and cells). */
export function docStructure(doc: DocModel): DocStructure {
  return structureOf(doc.body);
}

function markdownOf(blocks: readonly DocNode[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === "TABLE") {
      const rows = block.children.map((row) =>
        row.children.map((cell) => textOf(cell).replace(/\n/g, " ").replace(/\|/g, "\\|")),
      );
      const width = Math.max(0, ...rows.map((r) => r.length));
      rows.forEach((r, i) => {
        lines.push(`| ${[...r, ...Array(width - r.length).fill("")].join(" | ")} |`);
        if (i === 0) lines.push(`|${" --- |".repeat(width)}`);
      });
      lines.push("");
      continue;
    }
    let text = "";
    for (const run of runsOf(block)) {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) as RegExpExecArray;
      text += run.attrs.BOLD && m[2] !== "" ? `${m[1]}**${m[2]}**${m[3]}` : run.text;
    }
    if (block.children.some((c) => c.type === "HORIZONTAL_RULE")) lines.push("---");
    const level = /^HEADING(\d)$/.exec(block.heading)?.[1];
    if (block.type === "LIST_ITEM") lines.push(`${"  ".repeat(block.nesting)}- ${text}`);
    else if (level !== undefined) lines.push(`${"#".repeat(Number(level))} ${text}`);
    else if (block.heading === "TITLE") lines.push(`# ${text}`);
    else if (block.heading === "SUBTITLE") lines.push(`## ${text}`);
    else lines.push(text);
    if (
      block.type !== "LIST_ITEM" ||
      block.parent?.children[block.parent.children.indexOf(block) + 1]?.type !== "LIST_ITEM"
    ) {
      lines.push("");
    }
  }
  return lines;
}

export function docMarkdown(doc: DocModel): string {
  return `${markdownOf(doc.body.children).join("\n").trim()}\n`;
}

/** The emulator's stand-in for a PDF export: a PDF header, the document's text, and the end marker. */
export function pdfBytes(title: string, text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% emulator rendering of «${title}»\n${text}\n%%EOF\n`, "utf8");
}

/** getAs naming: the part after the last "." is taken for an extension and replaced ("a.b.c" → "a.b.pdf"). */
export function convertedName(name: string, extension: string): string {
  const dot = name.lastIndexOf(".");
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

export const GOOGLE_DOCS_MIME = "application/vnd.google-apps.document";

/** A Google Doc as a Blob of `contentType` (PDF or Markdown, as Google allows for Docs). */
export function docBlob(world: World, file: FileModel, doc: DocModel, contentType: string): EmuBlob {
  if (contentType === "application/pdf") {
    return new EmuBlob(
      world,
      pdfBytes(file.name, docText(doc)),
      "application/pdf",
      convertedName(file.name, "pdf"),
    );
  }
  if (contentType === "text/markdown") {
    return new EmuBlob(
      world,
      Buffer.from(docMarkdown(doc), "utf8"),
      "text/markdown",
      convertedName(file.name, "md"),
    );
  }
  throw gasError(`Converting from ${GOOGLE_DOCS_MIME} to ${contentType} is not supported.`);
}

// ---------------------------------------------------------------------------------------------- element facades

const CLOSED_MESSAGE = "Document is closed, its contents cannot be updated.";

export class EmuElement extends Facade {
  declare readonly _node: DocNode;
  declare readonly _handle: DocHandle;

  constructor(world: World, node: DocNode, handle: DocHandle) {
    super(world);
    Object.defineProperty(this, "_node", { value: node, enumerable: false });
    Object.defineProperty(this, "_handle", { value: handle, enumerable: false });
  }
  _open(): void {
    if (this._handle.closed) throw gasError(CLOSED_MESSAGE);
  }
  _touch(): void {
    this._handle.file.updated = this.world.rt.clock.now();
  }
  /** The facade of another element of the same document. */
  _wrap(node: DocNode): EmuElement {
    return new FACADE_OF[node.type](this.world, node, this._handle);
  }
}

export class EmuBody extends EmuElement {}
export class EmuParagraph extends EmuElement {}
export class EmuListItem extends EmuElement {}
export class EmuTable extends EmuElement {}
export class EmuTableRow extends EmuElement {}
export class EmuTableCell extends EmuElement {}
export class EmuText extends EmuElement {}
export class EmuPageBreak extends EmuElement {}
export class EmuHorizontalRule extends EmuElement {}

const FACADE_OF: Record<NodeType, new (world: World, node: DocNode, handle: DocHandle) => EmuElement> = {
  BODY_SECTION: EmuBody,
  PARAGRAPH: EmuParagraph,
  LIST_ITEM: EmuListItem,
  TABLE: EmuTable,
  TABLE_ROW: EmuTableRow,
  TABLE_CELL: EmuTableCell,
  TEXT: EmuText,
  PAGE_BREAK: EmuPageBreak,
  HORIZONTAL_RULE: EmuHorizontalRule,
};

const CLASS_NAME: Record<NodeType, string> = {
  BODY_SECTION: "Body",
  PARAGRAPH: "Paragraph",
  LIST_ITEM: "ListItem",
  TABLE: "Table",
  TABLE_ROW: "TableRow",
  TABLE_CELL: "TableCell",
  TEXT: "Text",
  PAGE_BREAK: "PageBreak",
  HORIZONTAL_RULE: "HorizontalRule",
};

function wrap(self: EmuElement, node: DocNode): EmuElement {
  return self._wrap(node);
}
function wrapOrNull(self: EmuElement, node: DocNode | null | undefined): EmuElement | null {
  return node ? wrap(self, node) : null;
}

export class EmuRangeElement extends Facade {
  declare readonly _found: Found;
  declare readonly _handle: DocHandle;

  constructor(world: World, found: Found, handle: DocHandle) {
    super(world);
    Object.defineProperty(this, "_found", { value: found, enumerable: false });
    Object.defineProperty(this, "_handle", { value: handle, enumerable: false });
  }
  getElement(): EmuElement {
    const node = this._found.node;
    return new FACADE_OF[node.type](this.world, node, this._handle);
  }
  getStartOffset(): number {
    return this._found.start;
  }
  getEndOffsetInclusive(): number {
    return this._found.endInclusive;
  }
  isPartial(): boolean {
    return this._found.start > 0 || this._found.endInclusive < this._found.node.text.length - 1;
  }
}
instrument(EmuRangeElement, {
  service: "DocumentApp",
  className: "RangeElement",
  base: (costs) => costs.docElement,
});

// ---------------------------------------------------------------------------------------------- argument checks

function isInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

function method(self: EmuElement, name: string): string {
  return `DocumentApp.${CLASS_NAME[self._node.type]}.${name}`;
}

function stringArg(self: EmuElement, name: string, args: readonly unknown[], value: unknown): string {
  if (typeof value !== "string") throw signatureError(method(self, name), args);
  return value;
}

function childAt(node: DocNode, index: number): DocNode {
  const child = node.children[index];
  if (child === undefined || index < 0) {
    throw gasError(
      `Child index (${index}) must be less than the number of child elements (${node.children.length}).`,
    );
  }
  return child;
}

function insertIndex(self: EmuElement, name: string, args: readonly unknown[], index: unknown): number {
  if (!isInt(index)) throw signatureError(method(self, name), args);
  const n = self._node.children.length;
  if (index < 0 || index > n) {
    throw gasError(`Index (${index}) must be less than or equal to the number of child elements (${n}).`);
  }
  return index;
}

/** A detached element of `type` given as an argument (Body.appendParagraph(paragraph) …). */
function elementArg(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  value: unknown,
  types: readonly NodeType[],
): DocNode | undefined {
  if (!(value instanceof EmuElement)) return undefined;
  if (!types.includes(value._node.type)) throw signatureError(method(self, name), args);
  if (value._node.parent !== null) throw gasError("Element must be detached.");
  return value._node;
}

function cellsArg(self: EmuElement, name: string, args: readonly unknown[], cells: unknown): string[][] {
  if (
    !Array.isArray(cells) ||
    !cells.every((row: unknown) => Array.isArray(row) && row.every((c: unknown) => typeof c === "string"))
  ) {
    throw signatureError(method(self, name), args);
  }
  const rows = cells as string[][];
  if (rows.some((row) => row.length !== (rows[0] as string[]).length)) {
    throw gasError("Invalid argument: cells (every row must have the same number of cells)");
  }
  return rows;
}

/**
 * A paragraph holds no newline: Google turns "\n" in a paragraph's or list item's text into a line break, "\r"
 * (https://developers.google.com/apps-script/reference/document/paragraph).
 */
const lineBreaks = (text: string): string => text.replace(/\n/g, "\r");

/** A new block for Body/TableCell append/insert: text or a detached element, or a table from cells. */
function newBlock(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  value: unknown,
  kind: "PARAGRAPH" | "LIST_ITEM" | "TABLE",
): DocNode {
  const given = elementArg(self, name, args, value, [kind]);
  if (given) return given;
  if (kind === "TABLE")
    return value === undefined || value === null
      ? newNode("TABLE")
      : tableNode(cellsArg(self, name, args, value));
  return paragraphNode(lineBreaks(stringArg(self, name, args, value)), kind);
}

function enumArg(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  value: unknown,
  enumObject: typeof ParagraphHeading | typeof HorizontalAlignment,
): string {
  if (!isEnumOf(enumObject as Readonly<Record<string, EnumValue>>, value)) {
    throw signatureError(method(self, name), args);
  }
  return value.name();
}

function numberArg(self: EmuElement, name: string, args: readonly unknown[], value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw signatureError(method(self, name), args);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------- attributes

function paragraphsUnder(node: DocNode): DocNode[] {
  if (node.type === "PARAGRAPH" || node.type === "LIST_ITEM") return [node];
  return node.children.flatMap(paragraphsUnder);
}

/** The value of a character attribute over a range of a layout: one value, or null when mixed/unset. */
function charAttrOver(lay: Layout, key: CharKey, from = 0, to = lay.text.length - 1): unknown {
  let seen: unknown;
  let first = true;
  for (const { node, start } of lay.segs) {
    for (let i = 0; i < node.text.length; i++) {
      const at = start + i;
      if (at < from || at > to) continue;
      const v = (node.attrs[i] ?? NO_ATTRS)[key];
      if (first) {
        seen = v;
        first = false;
      } else if (v !== seen) return null;
    }
  }
  return seen ?? null;
}

function applyCharAttrs(lay: Layout, patch: CharAttrs, from: number, to: number): void {
  for (const { node, start } of lay.segs) {
    for (let i = 0; i < node.text.length; i++) {
      const at = start + i;
      if (at < from || at > to) continue;
      const next: CharAttrs = { ...(node.attrs[i] ?? NO_ATTRS) };
      for (const key of CHAR_KEYS) {
        if (!(key in patch)) continue;
        const v = patch[key];
        if (v === undefined) delete next[key];
        else (next as Record<string, unknown>)[key] = v;
      }
      node.attrs[i] = next;
    }
  }
}

/** Validates and splits an attributes object (keys are Attribute names) into character and element parts. */
function attributesArg(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  attributes: unknown,
): { chars: CharAttrs; element: Record<string, unknown> } {
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) {
    throw signatureError(method(self, name), args);
  }
  const chars: CharAttrs = {};
  const element: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!(key in Attribute)) continue;
    const bad = (): Error => gasError(`Invalid argument: attributes (${key})`);
    if (BOOL_KEYS.has(key)) {
      if (value !== null && typeof value !== "boolean") throw bad();
      (chars as Record<string, unknown>)[key] = value ?? undefined;
    } else if (key === "FONT_SIZE") {
      if (value !== null && (typeof value !== "number" || value <= 0)) throw bad();
      chars.FONT_SIZE = (value as number | null) ?? undefined;
    } else if ((CHAR_KEYS as readonly string[]).includes(key)) {
      if (value !== null && typeof value !== "string") throw bad();
      (chars as Record<string, unknown>)[key] = value ?? undefined;
    } else if (key === "HEADING") {
      if (!isEnumOf(ParagraphHeading, value)) throw bad();
      element[key] = value;
    } else if (key === "HORIZONTAL_ALIGNMENT") {
      if (value !== null && !isEnumOf(HorizontalAlignment, value)) throw bad();
      element[key] = value;
    } else if (key === "BORDER_WIDTH") {
      if (typeof value !== "number" || value < 0) throw bad();
      element[key] = value;
    } else {
      element[key] = value;
    }
  }
  return { chars, element };
}

function applyElementAttrs(node: DocNode, element: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(element)) {
    const paragraph = node.type === "PARAGRAPH" || node.type === "LIST_ITEM";
    if (key === "HEADING" && paragraph) node.heading = (value as EnumValue).name() as HeadingName;
    else if (key === "HORIZONTAL_ALIGNMENT" && paragraph)
      node.alignment = value === null ? null : ((value as EnumValue).name() as AlignName);
    else if (key === "BORDER_WIDTH" && node.type === "TABLE") node.borderWidth = value as number;
    else if (key === "BORDER_COLOR" && node.type === "TABLE" && typeof value === "string")
      node.borderColor = value;
    else if (key === "BACKGROUND_COLOR" && node.type === "TABLE_CELL")
      node.backgroundColor = value === null ? null : String(value);
    else node.extra[key] = value;
  }
}

function attributesOf(node: DocNode, lay: Layout, offset?: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of CHAR_KEYS) {
    result[key] = offset === undefined ? charAttrOver(lay, key) : charAttrOver(lay, key, offset, offset);
  }
  if (node.type === "PARAGRAPH" || node.type === "LIST_ITEM") {
    result.HEADING = ParagraphHeading[node.heading];
    result.HORIZONTAL_ALIGNMENT = node.alignment === null ? null : HorizontalAlignment[node.alignment];
  }
  if (node.type === "LIST_ITEM") result.NESTING_LEVEL = node.nesting;
  if (node.type === "TABLE") {
    result.BORDER_WIDTH = node.borderWidth;
    result.BORDER_COLOR = node.borderColor;
  }
  if (node.type === "TABLE_CELL") result.BACKGROUND_COLOR = node.backgroundColor;
  return { ...node.extra, ...result };
}

// ---------------------------------------------------------------------------------------------- methods

type Impl = (this: EmuElement, ...args: unknown[]) => unknown;

function castTo(target: NodeType): Impl {
  return function (this: EmuElement): unknown {
    if (this._node.type !== target) {
      throw gasError(`Cannot convert ${CLASS_NAME[this._node.type]} to ${CLASS_NAME[target]}.`);
    }
    return this;
  };
}

/** Text offsets: `start`…`endInclusive` within the element's text. */
function rangeArgs(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  length: number,
): [number, number] {
  const [start, end] = args;
  if (!isInt(start) || !isInt(end)) throw signatureError(method(self, name), args);
  if (start < 0 || end < start || end >= length) {
    throw gasError(`Invalid argument: offsets ${start}..${end} are outside the text (length ${length})`);
  }
  return [start, end];
}

/** setBold(bool) / setBold(start, endInclusive, bool) and the like, for one character attribute. */
function charSetter(key: CharKey, check: (v: unknown) => boolean): Impl {
  return function (this: EmuElement, ...args: unknown[]): unknown {
    const name = `set${key.charAt(0)}${key
      .slice(1)
      .toLowerCase()
      .replace(/_(\w)/g, (_m, c: string) => c.toUpperCase())}`;
    const lay = layout(this._node);
    if (args.length >= 3) {
      const [from, to] = rangeArgs(this, name, args, lay.text.length);
      if (!check(args[2])) throw signatureError(method(this, name), args);
      applyCharAttrs(lay, { [key]: args[2] ?? undefined }, from, to);
    } else {
      if (!check(args[0])) throw signatureError(method(this, name), args);
      applyCharAttrs(lay, { [key]: args[0] ?? undefined }, 0, lay.text.length - 1);
    }
    return this;
  };
}

/** isBold()/isBold(offset) and the like: `fallback` when unset, null when the element mixes values. */
function charGetter(key: CharKey, fallback: unknown): Impl {
  return function (this: EmuElement, offset?: unknown): unknown {
    const lay = layout(this._node);
    let from = 0;
    let to = lay.text.length - 1;
    if (offset !== undefined && offset !== null) {
      if (!isInt(offset) || offset < 0 || offset >= lay.text.length) {
        throw gasError(`Invalid argument: offset ${String(offset)}`);
      }
      from = offset;
      to = offset;
    }
    const values = new Set<unknown>();
    for (const { node, start } of lay.segs) {
      node.attrs.forEach((a, i) => {
        if (start + i >= from && start + i <= to) values.add(a[key]);
      });
    }
    if (values.size > 1) return null;
    return [...values][0] ?? fallback;
  };
}

const isBool = (v: unknown): boolean => typeof v === "boolean" || v === null;

const M: Record<string, Impl> = {
  // ---- every element
  getType(): unknown {
    return this instanceof EmuText ? ElementType.TEXT : ElementType[this._node.type];
  },
  getParent(): unknown {
    return wrapOrNull(this, this._node.parent);
  },
  getNextSibling(): unknown {
    const p = this._node.parent;
    return p ? wrapOrNull(this, p.children[p.children.indexOf(this._node) + 1]) : null;
  },
  getPreviousSibling(): unknown {
    const p = this._node.parent;
    return p ? wrapOrNull(this, p.children[p.children.indexOf(this._node) - 1]) : null;
  },
  isAtDocumentEnd(): unknown {
    let n = this._node;
    while (n.parent !== null) {
      if (n.parent.children[n.parent.children.length - 1] !== n) return false;
      n = n.parent;
    }
    return n.type === "BODY_SECTION";
  },
  removeFromParent(): unknown {
    detach(this._node);
    return this;
  },
  copy(): unknown {
    return wrap(this, cloneNode(this._node));
  },
  getAttributes(this: EmuElement, offset?: unknown): unknown {
    if (offset !== undefined && !(this instanceof EmuText))
      throw signatureError(method(this, "getAttributes"), [offset]);
    if (offset !== undefined && (!isInt(offset) || offset < 0 || offset >= layout(this._node).text.length)) {
      throw gasError(`Invalid argument: offset ${String(offset)}`);
    }
    return attributesOf(this._node, layout(this._node), offset as number | undefined);
  },
  setAttributes(...args: unknown[]): unknown {
    if (args.length >= 3 && this instanceof EmuText) {
      const lay = layout(this._node);
      const [from, to] = rangeArgs(this, "setAttributes", args, lay.text.length);
      const { chars } = attributesArg(this, "setAttributes", args, args[2]);
      applyCharAttrs(lay, chars, from, to);
      return this;
    }
    const { chars, element } = attributesArg(this, "setAttributes", args, args[0]);
    const lay = layout(this._node);
    applyCharAttrs(lay, chars, 0, lay.text.length - 1);
    if (this instanceof EmuText && this._node.type !== "TEXT") {
      for (const p of paragraphsUnder(this._node)) applyElementAttrs(p, element);
    } else if (!(this instanceof EmuText)) {
      applyElementAttrs(this._node, element);
    }
    return this;
  },
  asBody: castTo("BODY_SECTION"),
  asParagraph: castTo("PARAGRAPH"),
  asListItem: castTo("LIST_ITEM"),
  asTable: castTo("TABLE"),
  asTableRow: castTo("TABLE_ROW"),
  asTableCell: castTo("TABLE_CELL"),
  asPageBreak: castTo("PAGE_BREAK"),
  asHorizontalRule: castTo("HORIZONTAL_RULE"),
  asText(): unknown {
    if (!(this instanceof EmuText)) throw gasError(`Cannot convert ${CLASS_NAME[this._node.type]} to Text.`);
    return this;
  },

  // ---- text-bearing elements
  getText(): unknown {
    return textOf(this._node);
  },
  editAsText(): unknown {
    return this instanceof EmuText ? this : new EmuText(this.world, this._node, this._handle);
  },
  replaceText(...args: unknown[]): unknown {
    const [pattern, replacement] = args;
    if (typeof pattern !== "string" || typeof replacement !== "string") {
      throw signatureError(method(this, "replaceText"), args);
    }
    const re = compilePattern(pattern);
    for (const { node } of layout(this._node).segs) replaceInText(node, re, replacement);
    return this;
  },
  findText(...args: unknown[]): unknown {
    const [pattern, from] = args;
    if (typeof pattern !== "string" || (from != null && !(from instanceof EmuRangeElement))) {
      throw signatureError(method(this, "findText"), args);
    }
    const found = findIn(
      this._node,
      compilePattern(pattern),
      from instanceof EmuRangeElement ? from._found : null,
    );
    return found ? new EmuRangeElement(this.world, found, this._handle) : null;
  },
  findElement(...args: unknown[]): unknown {
    const [type, from] = args;
    if (!isEnumOf(ElementType, type) || (from != null && !(from instanceof EmuRangeElement))) {
      throw signatureError(method(this, "findElement"), args);
    }
    const all: DocNode[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        all.push(c);
        walk(c);
      }
    };
    walk(this._node);
    const start = from instanceof EmuRangeElement ? all.indexOf(from._found.node) + 1 : 0;
    const node = all.slice(start).find((n) => n.type === type.name());
    if (!node) return null;
    const found: Found = { node, start: 0, endInclusive: Math.max(0, textOf(node).length - 1) };
    return new EmuRangeElement(this.world, found, this._handle);
  },

  // ---- containers
  getNumChildren(): unknown {
    return this._node.children.length;
  },
  getChild(...args: unknown[]): unknown {
    if (!isInt(args[0])) throw signatureError(method(this, "getChild"), args);
    return wrap(this, childAt(this._node, args[0]));
  },
  getChildIndex(...args: unknown[]): unknown {
    const child = args[0];
    if (!(child instanceof EmuElement)) throw signatureError(method(this, "getChildIndex"), args);
    const index = this._node.children.indexOf(child._node);
    if (index < 0) throw gasError("Element does not contain the specified child element.");
    return index;
  },
  removeChild(...args: unknown[]): unknown {
    const child = args[0];
    if (!(child instanceof EmuElement)) throw signatureError(method(this, "removeChild"), args);
    if (child._node.parent !== this._node)
      throw gasError("Element does not contain the specified child element.");
    detach(child._node);
    return this;
  },
  clear(): unknown {
    clearNode(this._node);
    return this;
  },

  // ---- Body / TableCell
  appendParagraph(...args: unknown[]): unknown {
    const node = newBlock(this, "appendParagraph", args, args[0], "PARAGRAPH");
    attach(this._node, this._node.children.length, node);
    return wrap(this, node);
  },
  insertParagraph(...args: unknown[]): unknown {
    const index = insertIndex(this, "insertParagraph", args, args[0]);
    const node = newBlock(this, "insertParagraph", args, args[1], "PARAGRAPH");
    attach(this._node, index, node);
    return wrap(this, node);
  },
  appendListItem(...args: unknown[]): unknown {
    const node = newBlock(this, "appendListItem", args, args[0], "LIST_ITEM");
    attach(this._node, this._node.children.length, node);
    return wrap(this, node);
  },
  insertListItem(...args: unknown[]): unknown {
    const index = insertIndex(this, "insertListItem", args, args[0]);
    const node = newBlock(this, "insertListItem", args, args[1], "LIST_ITEM");
    attach(this._node, index, node);
    return wrap(this, node);
  },
  appendTable(...args: unknown[]): unknown {
    const node = newBlock(this, "appendTable", args, args[0], "TABLE");
    attach(this._node, this._node.children.length, node);
    paragraphAfterLastTable(this._node);
    return wrap(this, node);
  },
  insertTable(...args: unknown[]): unknown {
    const index = insertIndex(this, "insertTable", args, args[0]);
    const node = newBlock(this, "insertTable", args, args[1], "TABLE");
    attach(this._node, index, node);
    paragraphAfterLastTable(this._node);
    return wrap(this, node);
  },
  appendPageBreak(...args: unknown[]): unknown {
    return appendMarker(this, "appendPageBreak", args, "PAGE_BREAK", this._node.children.length);
  },
  insertPageBreak(...args: unknown[]): unknown {
    return appendMarker(
      this,
      "insertPageBreak",
      args,
      "PAGE_BREAK",
      insertIndex(this, "insertPageBreak", args, args[0]),
    );
  },
  appendHorizontalRule(...args: unknown[]): unknown {
    return appendMarker(this, "appendHorizontalRule", args, "HORIZONTAL_RULE", this._node.children.length);
  },
  insertHorizontalRule(...args: unknown[]): unknown {
    return appendMarker(
      this,
      "insertHorizontalRule",
      args,
      "HORIZONTAL_RULE",
      insertIndex(this, "insertHorizontalRule", args, args[0]),
    );
  },
  getParagraphs(): unknown {
    const result: DocNode[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        if (c.type === "PARAGRAPH" || c.type === "LIST_ITEM") result.push(c);
        else walk(c);
      }
    };
    walk(this._node);
    return result.map((n) => wrap(this, n));
  },
  getTables(): unknown {
    const result: DocNode[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        if (c.type === "TABLE") result.push(c);
        walk(c);
      }
    };
    walk(this._node);
    return result.map((n) => wrap(this, n));
  },
  getListItems(): unknown {
    const result: DocNode[] = [];
    const walk = (n: DocNode): void => {
      for (const c of n.children) {
        if (c.type === "LIST_ITEM") result.push(c);
        else walk(c);
      }
    };
    walk(this._node);
    return result.map((n) => wrap(this, n));
  },
  setText(...args: unknown[]): unknown {
    const text = stringArg(this, "setText", args, args[0]);
    const node = this._node;
    if (node.type === "TEXT") setRun(node, text, node.attrs[0] ?? NO_ATTRS);
    else if (node.type === "PARAGRAPH" || node.type === "LIST_ITEM") setParagraphText(node, lineBreaks(text));
    else if (node.type === "BODY_SECTION" || node.type === "TABLE_CELL") setContainerText(node, text);
    else throw signatureError(method(this, "setText"), args);
    return node.type === "PARAGRAPH" || node.type === "LIST_ITEM" ? undefined : this;
  },
  getParentRow(): unknown {
    return wrapOrNull(this, this._node.parent);
  },
  getParentTable(): unknown {
    let n = this._node.parent;
    while (n !== null && n.type !== "TABLE") n = n.parent;
    return wrapOrNull(this, n);
  },
  getBackgroundColor(): unknown {
    return this._node.backgroundColor;
  },
  setBackgroundColor(...args: unknown[]): unknown {
    this._node.backgroundColor = stringArg(this, "setBackgroundColor", args, args[0]);
    return this;
  },

  // ---- Paragraph / ListItem
  appendText(...args: unknown[]): unknown {
    const text = stringArg(this, "appendText", args, args[0]);
    const node = this._node;
    if (node.type === "TEXT") {
      const a = node.attrs[node.attrs.length - 1] ?? NO_ATTRS;
      node.text += text;
      for (let i = 0; i < text.length; i++) node.attrs.push(a);
      return this;
    }
    if (this instanceof EmuText) {
      const segs = layout(node).segs;
      const last = segs[segs.length - 1]?.node;
      if (last) {
        const a = last.attrs[last.attrs.length - 1] ?? NO_ATTRS;
        last.text += text;
        for (let i = 0; i < text.length; i++) last.attrs.push(a);
      } else {
        const paragraphs = paragraphsUnder(node);
        const target = paragraphs[paragraphs.length - 1];
        if (target) attach(target, target.children.length, textNode(text));
      }
      return this;
    }
    const added = textNode(text);
    attach(node, node.children.length, added);
    return wrap(this, added);
  },
  getHeading(): unknown {
    return ParagraphHeading[this._node.heading];
  },
  setHeading(...args: unknown[]): unknown {
    this._node.heading = enumArg(this, "setHeading", args, args[0], ParagraphHeading) as HeadingName;
    return this;
  },
  getAlignment(): unknown {
    return HorizontalAlignment[this._node.alignment ?? "LEFT"];
  },
  setAlignment(...args: unknown[]): unknown {
    this._node.alignment = enumArg(this, "setAlignment", args, args[0], HorizontalAlignment) as AlignName;
    return this;
  },
  getNestingLevel(): unknown {
    return this._node.nesting;
  },
  setNestingLevel(...args: unknown[]): unknown {
    if (!isInt(args[0]) || args[0] < 0 || args[0] > 8)
      throw signatureError(method(this, "setNestingLevel"), args);
    this._node.nesting = args[0];
    return this;
  },

  // ---- Table
  getNumRows(): unknown {
    return this._node.children.length;
  },
  getRow(...args: unknown[]): unknown {
    if (!isInt(args[0])) throw signatureError(method(this, "getRow"), args);
    return wrap(this, childAt(this._node, args[0]));
  },
  getCell(...args: unknown[]): unknown {
    if (this._node.type === "TABLE_ROW") {
      if (!isInt(args[0])) throw signatureError(method(this, "getCell"), args);
      return wrap(this, childAt(this._node, args[0]));
    }
    if (!isInt(args[0]) || !isInt(args[1])) throw signatureError(method(this, "getCell"), args);
    return wrap(this, childAt(childAt(this._node, args[0]), args[1]));
  },
  appendTableRow(...args: unknown[]): unknown {
    const given = elementArg(this, "appendTableRow", args, args[0], ["TABLE_ROW"]);
    if (args[0] !== undefined && !given) throw signatureError(method(this, "appendTableRow"), args);
    const row = given ?? newNode("TABLE_ROW");
    attach(this._node, this._node.children.length, row);
    return wrap(this, row);
  },
  insertTableRow(...args: unknown[]): unknown {
    const index = insertIndex(this, "insertTableRow", args, args[0]);
    const given = elementArg(this, "insertTableRow", args, args[1], ["TABLE_ROW"]);
    if (args[1] != null && !given) throw signatureError(method(this, "insertTableRow"), args);
    const row = given ?? newNode("TABLE_ROW");
    attach(this._node, index, row);
    return wrap(this, row);
  },
  removeRow(...args: unknown[]): unknown {
    if (!isInt(args[0])) throw signatureError(method(this, "removeRow"), args);
    const row = childAt(this._node, args[0]);
    detach(row);
    return wrap(this, row);
  },
  getBorderWidth(): unknown {
    return this._node.borderWidth;
  },
  setBorderWidth(...args: unknown[]): unknown {
    this._node.borderWidth = numberArg(this, "setBorderWidth", args, args[0]);
    return this;
  },
  getBorderColor(): unknown {
    return this._node.borderColor;
  },
  setBorderColor(...args: unknown[]): unknown {
    this._node.borderColor = stringArg(this, "setBorderColor", args, args[0]);
    return this;
  },
  getColumnWidth(...args: unknown[]): unknown {
    if (!isInt(args[0])) throw signatureError(method(this, "getColumnWidth"), args);
    return this._node.columnWidths[args[0]] ?? null;
  },
  setColumnWidth(...args: unknown[]): unknown {
    if (!isInt(args[0]) || args[0] < 0) throw signatureError(method(this, "setColumnWidth"), args);
    this._node.columnWidths[args[0]] = numberArg(this, "setColumnWidth", args, args[1]);
    return this;
  },

  // ---- TableRow
  getNumCells(): unknown {
    return this._node.children.length;
  },
  appendTableCell(...args: unknown[]): unknown {
    const given = elementArg(this, "appendTableCell", args, args[0], ["TABLE_CELL"]);
    if (args[0] != null && !given && typeof args[0] !== "string") {
      throw signatureError(method(this, "appendTableCell"), args);
    }
    const cell = given ?? cellNode(typeof args[0] === "string" ? args[0] : "");
    attach(this._node, this._node.children.length, cell);
    return wrap(this, cell);
  },
  insertTableCell(...args: unknown[]): unknown {
    const index = insertIndex(this, "insertTableCell", args, args[0]);
    const given = elementArg(this, "insertTableCell", args, args[1], ["TABLE_CELL"]);
    if (args[1] != null && !given && typeof args[1] !== "string") {
      throw signatureError(method(this, "insertTableCell"), args);
    }
    const cell = given ?? cellNode(typeof args[1] === "string" ? args[1] : "");
    attach(this._node, index, cell);
    return wrap(this, cell);
  },
  removeCell(...args: unknown[]): unknown {
    if (!isInt(args[0])) throw signatureError(method(this, "removeCell"), args);
    const cell = childAt(this._node, args[0]);
    detach(cell);
    return wrap(this, cell);
  },

  // ---- Text
  setBold: charSetter("BOLD", isBool),
  isBold: charGetter("BOLD", false),
  setItalic: charSetter("ITALIC", isBool),
  isItalic: charGetter("ITALIC", false),
  setUnderline: charSetter("UNDERLINE", isBool),
  isUnderline: charGetter("UNDERLINE", false),
  setFontSize: charSetter("FONT_SIZE", (v) => v === null || (typeof v === "number" && v > 0)),
  getFontSize: charGetter("FONT_SIZE", null),
  setForegroundColor: charSetter("FOREGROUND_COLOR", (v) => v === null || typeof v === "string"),
  getForegroundColor: charGetter("FOREGROUND_COLOR", null),
  deleteText(...args: unknown[]): unknown {
    const lay = layout(this._node);
    const [from, to] = rangeArgs(this, "deleteText", args, lay.text.length);
    for (const { node, start } of lay.segs) {
      const a = Math.max(from - start, 0);
      const b = Math.min(to - start, node.text.length - 1);
      if (a > b) continue;
      node.text = node.text.slice(0, a) + node.text.slice(b + 1);
      node.attrs.splice(a, b - a + 1);
    }
    return this;
  },
  insertText(...args: unknown[]): unknown {
    const [offset, text] = args;
    if (!isInt(offset) || typeof text !== "string") throw signatureError(method(this, "insertText"), args);
    const lay = layout(this._node);
    if (offset < 0 || offset > lay.text.length) throw gasError(`Invalid argument: offset ${offset}`);
    const seg = [...lay.segs]
      .reverse()
      .find((s) => s.start <= offset && offset <= s.start + s.node.text.length);
    if (!seg) {
      const paragraphs = paragraphsUnder(this._node);
      const target = paragraphs[0];
      if (target) attach(target, 0, textNode(text));
      return this;
    }
    const at = offset - seg.start;
    const a = seg.node.attrs[at] ?? seg.node.attrs[at - 1] ?? NO_ATTRS;
    seg.node.text = seg.node.text.slice(0, at) + text + seg.node.text.slice(at);
    seg.node.attrs.splice(at, 0, ...Array.from({ length: text.length }, () => a));
    return this;
  },
};

function appendMarker(
  self: EmuElement,
  name: string,
  args: readonly unknown[],
  type: "PAGE_BREAK" | "HORIZONTAL_RULE",
  index: number,
): EmuElement {
  const marker = newNode(type);
  const node = self._node;
  if (node.type === "PARAGRAPH" || node.type === "LIST_ITEM") {
    attach(
      node,
      node.type === "PARAGRAPH" && name.startsWith("insert") ? index : node.children.length,
      marker,
    );
  } else if (node.type === "BODY_SECTION" || node.type === "TABLE_CELL") {
    const paragraph = newNode("PARAGRAPH");
    attach(paragraph, 0, marker);
    attach(node, index, paragraph);
  } else {
    throw signatureError(method(self, name), args);
  }
  return wrap(self, marker);
}

const MUTATING = /^(set|append|insert|remove|replace|clear|delete)/;

/** Gives `ctor` exactly the listed methods (from M), each refusing a closed document, then instruments it. */
function assemble(
  ctor: abstract new (...args: never[]) => EmuElement,
  className: string,
  names: string[],
): void {
  const proto = ctor.prototype as Record<string, unknown>;
  for (const name of names) {
    const impl = M[name];
    if (impl === undefined) throw new Error(`document.ts: no implementation of ${name}`);
    const mutates = MUTATING.test(name);
    const fn = function (this: EmuElement, ...args: unknown[]): unknown {
      this._open();
      const result = impl.apply(this, args);
      if (mutates) this._touch();
      return result;
    };
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
  instrument(ctor, { service: "DocumentApp", className, base: (costs) => costs.docElement });
}

const ELEMENT = [
  "getType",
  "getParent",
  "getNextSibling",
  "getPreviousSibling",
  "isAtDocumentEnd",
  "removeFromParent",
  "copy",
  "getAttributes",
  "setAttributes",
  "asBody",
  "asParagraph",
  "asListItem",
  "asTable",
  "asTableRow",
  "asTableCell",
  "asText",
  "asPageBreak",
  "asHorizontalRule",
];
const TEXTUAL = ["getText", "editAsText", "replaceText", "findText", "findElement"];
const CONTAINER = [...TEXTUAL, "getNumChildren", "getChild", "getChildIndex", "removeChild", "clear"];
const BLOCKS = [
  "appendParagraph",
  "insertParagraph",
  "appendListItem",
  "insertListItem",
  "appendTable",
  "insertTable",
  "appendHorizontalRule",
  "insertHorizontalRule",
  "getParagraphs",
  "getTables",
  "getListItems",
  "setText",
];
const PARAGRAPH = [
  ...ELEMENT,
  ...CONTAINER,
  "appendText",
  "setText",
  "getHeading",
  "setHeading",
  "getAlignment",
  "setAlignment",
  "appendPageBreak",
  "insertPageBreak",
  "appendHorizontalRule",
  "insertHorizontalRule",
];

assemble(EmuBody, "Body", [
  ...ELEMENT.filter(
    (m) => !["getNextSibling", "getPreviousSibling", "isAtDocumentEnd", "removeFromParent"].includes(m),
  ),
  ...CONTAINER,
  ...BLOCKS,
  "appendPageBreak",
  "insertPageBreak",
]);
// Google prints a Body as "DocumentBodySection".
Object.defineProperty(EmuBody.prototype, "toString", {
  value: () => "DocumentBodySection",
  writable: true,
  configurable: true,
});
assemble(EmuParagraph, "Paragraph", PARAGRAPH);
assemble(EmuListItem, "ListItem", [...PARAGRAPH, "getNestingLevel", "setNestingLevel"]);
assemble(EmuTable, "Table", [
  ...ELEMENT,
  ...CONTAINER,
  "getNumRows",
  "getRow",
  "getCell",
  "appendTableRow",
  "insertTableRow",
  "removeRow",
  "getBorderWidth",
  "setBorderWidth",
  "getBorderColor",
  "setBorderColor",
  "getColumnWidth",
  "setColumnWidth",
]);
assemble(EmuTableRow, "TableRow", [
  ...ELEMENT,
  ...CONTAINER,
  "getNumCells",
  "getCell",
  "appendTableCell",
  "insertTableCell",
  "removeCell",
  "getParentTable",
]);
assemble(EmuTableCell, "TableCell", [
  ...ELEMENT,
  ...CONTAINER,
  ...BLOCKS.filter((m) => !["getParagraphs", "getTables", "getListItems"].includes(m)),
  "getParentRow",
  "getParentTable",
  "getBackgroundColor",
  "setBackgroundColor",
]);
assemble(EmuText, "Text", [
  ...ELEMENT,
  ...TEXTUAL.filter((m) => m !== "findElement"),
  "setText",
  "appendText",
  "insertText",
  "deleteText",
  "setBold",
  "isBold",
  "setItalic",
  "isItalic",
  "setUnderline",
  "isUnderline",
  "setFontSize",
  "getFontSize",
  "setForegroundColor",
  "getForegroundColor",
]);
assemble(EmuPageBreak, "PageBreak", ELEMENT);
assemble(EmuHorizontalRule, "HorizontalRule", ELEMENT);

// ---------------------------------------------------------------------------------------------- Document, DocumentApp

/** Where a document's file and model live; the Drive (drive.ts) implements it. */
export interface DocumentStore {
  docFile(id: string): { file: FileModel; doc: DocModel } | undefined;
  createDocument(name: string): { file: FileModel; doc: DocModel };
}

export class EmuDocument extends Facade {
  declare readonly _handle: DocHandle;
  declare readonly _doc: DocModel;

  constructor(world: World, file: FileModel, doc: DocModel) {
    super(world);
    Object.defineProperty(this, "_handle", { value: { closed: false, file }, enumerable: false });
    Object.defineProperty(this, "_doc", { value: doc, enumerable: false });
  }
  private _f(): FileModel {
    if (this._handle.closed) throw gasError(CLOSED_MESSAGE);
    return this._handle.file;
  }

  /** Still answers after saveAndClose, as Google's does (the id is the object's, not the open document's). */
  getId(): string {
    return this._handle.file.id;
  }
  getName(): string {
    return this._f().name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") throw signatureError("DocumentApp.Document.setName", [name]);
    const file = this._f();
    file.name = name;
    file.updated = this.world.rt.clock.now();
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._f().id}/edit`;
  }
  getBody(): EmuBody {
    this._f();
    return new EmuBody(this.world, this._doc.body, this._handle);
  }
  getAs(contentType: unknown): EmuBlob {
    if (typeof contentType !== "string") throw signatureError("DocumentApp.Document.getAs", [contentType]);
    return docBlob(this.world, this._f(), this._doc, contentType);
  }
  getBlob(): EmuBlob {
    return docBlob(this.world, this._f(), this._doc, "application/pdf");
  }
  saveAndClose(): void {
    this._f();
    this._handle.closed = true;
  }
}
instrument(EmuDocument, {
  service: "DocumentApp",
  className: "Document",
  base: (costs, name) =>
    ["saveAndClose", "getAs", "getBlob"].includes(name) ? costs.DocumentApp : costs.docElement,
});

export class EmuDocumentApp extends Facade {
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;

  create(name: unknown): EmuDocument {
    if (typeof name !== "string") throw signatureError("DocumentApp.create", [name]);
    if (name === "") throw gasError("Invalid argument: name");
    const { file, doc } = this.world.drive.createDocument(name);
    return new EmuDocument(this.world, file, doc);
  }
  openById(id: unknown): EmuDocument {
    if (typeof id !== "string") throw signatureError("DocumentApp.openById", [id]);
    const found = this.world.drive.docFile(id);
    if (!found)
      throw gasError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return new EmuDocument(this.world, found.file, found.doc);
  }
  openByUrl(url: unknown): EmuDocument {
    if (typeof url !== "string") throw signatureError("DocumentApp.openByUrl", [url]);
    const id = /\/document\/d\/([\w-]+)/.exec(url)?.[1] ?? /[?&]id=([\w-]+)/.exec(url)?.[1];
    if (id === undefined) throw gasError("Invalid argument: url");
    const found = this.world.drive.docFile(id);
    if (!found)
      throw gasError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return new EmuDocument(this.world, found.file, found.doc);
  }
}
instrument(EmuDocumentApp, { service: "DocumentApp", className: "DocumentApp" });
