import { errorMessage } from "../app/tabs";
import {
  type Block,
  blockFieldOf,
  type DocContext,
  findPlaceholder,
  type PlaceholderDef,
  placeholdersIn,
} from "../domain/documents";
import {
  type DocumentRequest,
  type DocumentsPort,
  type FileRef,
  type MadeDocument,
  type PropertiesPort,
  QuotaError,
  TemplateAccessError,
  type TriggersPort,
} from "../ports";

/**
 * Google Docs and Drive for «Сформировать документы». Drive is reached through the advanced Drive service (v3)
 * under the `drive.file` scope: the add-on sees only the folders and files it made itself and the templates the
 * curator chose in the Picker. A document is a copy of its template made into the target folder under its final
 * name (Drive.Files.copy), opened, filled and saved: copy, openById and saveAndClose are the round trips of a
 * document; a PDF adds a reopen, getAs and Drive.Files.create. The edits in between are made on the open document.
 */

type Body = GoogleAppsScript.Document.Body;

const FOLDER_MIME = "application/vnd.google-apps.folder";
const DOC_MIME = "application/vnd.google-apps.document";

/** The advanced Drive service; the manifest enables it (dependencies.enabledAdvancedServices). */
export function driveApi(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive)
    throw new Error("The advanced Drive service is not enabled in appsscript.json (Drive, v3).");
  return Drive;
}

/** No content: Apps Script's advanced services take null for an absent media argument before optionalArgs. */
export const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

/** A value inside a Drive query's single quotes. */
export function quoted(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** The first file of a Drive search, not in the trash, or null. */
function findOne(q: string): string | null {
  const found = driveApi().Files.list({ q: `${q} and trashed = false`, fields: "files(id)", pageSize: 10 });
  return found.files?.[0]?.id ?? null;
}

const FOLDER_KEY = "mentor-base.folders";

/** The tag of the last built-in template made under a name (GasDocuments.createTemplate), by that name. */
const TEMPLATE_TAG = "mentor-base.template-tag.";
/** A built-in template's description in Drive; its tag follows. */
const TEMPLATE_DESCRIPTION = "Шаблон надстройки «Наставничество» / Mentoring add-on template:";

/** A made document's description in Drive (never its template's; nothing personal). */
const DOCUMENT_DESCRIPTION = "Документ надстройки «Наставничество» / Mentoring add-on document";

/** Drive's refusal to share quietly with an address that has no Google account (Permissions.create, 400). */
const NO_ACCOUNT = /no Google accounts? (is |are )?associated with th(is|ese) email address/i;

/** Google's daily-quota errors ("Service invoked too many times for one day: …"). */
function asQuota(err: unknown): unknown {
  const message = errorMessage(err);
  return /too many times for one day|Limit Exceeded/i.test(message) ? new QuotaError(message) : err;
}

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;

/** A regular expression matching the placeholder exactly as written (Google's replaceText takes a pattern). */
function patternOf(raw: string): string {
  return `\\{\\{${raw.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")}\\}\\}`;
}

/**
 * The replacement text. Google documents replaceText's replacement as plain text (capture groups are not
 * supported), so a value with `$` needs no escaping; a test pins this in the emulator.
 */
function replacementOf(value: string): string {
  return value;
}

/** The value of a placeholder as written: a list field from the item, a scalar from the context. */
function fieldValue(
  raw: string,
  context: DocContext,
  item?: Readonly<Record<string, string>>,
): string | undefined {
  const def: PlaceholderDef | undefined = findPlaceholder(raw);
  if (!def || def.block) return undefined;
  if (def.list) return item ? (item[def.key] ?? "") : undefined;
  return context.values[def.key] ?? "";
}

/** A paragraph made only of placeholders (and spaces or punctuation). */
function onlyPlaceholders(text: string): boolean {
  if (placeholdersIn(text).length === 0) return false;
  return /^[\s\p{P}]*$/u.test(text.replace(/\{\{[^{}]*\}\}/g, ""));
}

/**
 * What a template holds, found once per template and run (every document is a copy of it, so the same analysis
 * serves them all and a document costs only its edits): the placeholders, the body paragraphs made only of
 * placeholders, and the table rows that hold a list's fields. Places are the body's child indices: a table is
 * found by its own index, not by its number in getTables(), which counts tables nested in cells too.
 */
export interface TemplateAnalysis {
  /** Every placeholder as written, once. */
  readonly raws: readonly string[];
  /** Top-level paragraphs (child index in the body) made only of placeholders. */
  readonly bare: readonly { readonly index: number; readonly raws: readonly string[] }[];
  /** Top-level paragraphs made only of a block field (rule 4): child index and the field's key. */
  readonly blockFields: readonly { readonly index: number; readonly key: string }[];
  /** Table rows with a list's fields: the table's child index in the body, the row, its placeholders. */
  readonly listRows: readonly {
    readonly index: number;
    readonly row: number;
    readonly raws: readonly string[];
  }[];
}

export function analyseBody(body: Body): TemplateAnalysis {
  const raws = placeholdersIn(body.getText());
  const bare: { index: number; raws: string[] }[] = [];
  const listRows: { index: number; row: number; raws: string[] }[] = [];
  const blockFields: { index: number; key: string }[] = [];
  if (raws.length === 0) return { raws, bare, listRows, blockFields };
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows = table.getNumRows();
      for (let r = 0; r < rows; r++) {
        const inRow = placeholdersIn(table.getRow(r).getText());
        if (inRow.some((raw) => findPlaceholder(raw)?.list !== undefined))
          listRows.push({ index: i, row: r, raws: inRow });
      }
    } else if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.LIST_ITEM) {
      const text =
        type === DocumentApp.ElementType.PARAGRAPH
          ? child.asParagraph().getText()
          : child.asListItem().getText();
      const field = blockFieldOf(text);
      if (field !== undefined) blockFields.push({ index: i, key: field });
      else if (onlyPlaceholders(text)) bare.push({ index: i, raws: placeholdersIn(text) });
    }
  }
  return { raws, bare, listRows, blockFields };
}

/** A table row holding a list's fields, repeated once per item; the table goes when it is left with no row. */
function expandRows(
  table: GoogleAppsScript.Document.Table,
  rows: TemplateAnalysis["listRows"],
  context: DocContext,
): void {
  // Bottom up, so the rows still to expand keep their numbers.
  for (const at of [...rows].sort((a, b) => b.row - a.row)) {
    const list = at.raws.map((raw) => findPlaceholder(raw)?.list).find((l) => l !== undefined)!;
    const items = context.lists[list] ?? [];
    const row = table.getRow(at.row);
    items.forEach((item, k) => {
      const copy = table.insertTableRow(at.row + 1 + k, row.copy());
      for (const raw of at.raws) {
        const v = fieldValue(raw, context, item);
        if (v !== undefined) copy.replaceText(patternOf(raw), replacementOf(v));
      }
    });
    if (table.getNumRows() > 1) table.removeRow(at.row);
    else table.removeFromParent();
  }
}

/** Removes a paragraph whose placeholders are all empty; the last one of the body, which Google keeps, is emptied. */
function dropParagraph(paragraph: GoogleAppsScript.Document.Element): void {
  try {
    paragraph.removeFromParent();
  } catch (err) {
    // Any other failure (a service error) stops the document: it is trashed and made again, not left different.
    if (!/last paragraph/i.test(errorMessage(err))) throw err;
    if (paragraph.getType() === DocumentApp.ElementType.PARAGRAPH) paragraph.asParagraph().setText("");
    else paragraph.asListItem().setText("");
  }
}

/**
 * Fills a body by the rules of docs/documents.md: a table row holding a list's fields is repeated once per
 * item; a paragraph made only of placeholders that are all empty is removed; every other placeholder is replaced.
 * `analysis` is the template's (analyseBody), so only what changes is touched.
 */
export function fillBody(
  body: Body,
  context: DocContext,
  analysis: TemplateAnalysis = analyseBody(body),
): void {
  if (analysis.raws.length === 0) return;
  // One pass from the bottom of the body up: removing a table or a paragraph moves only what is below it, so
  // every index still to visit keeps its meaning.
  const tables = new Map<number, TemplateAnalysis["listRows"][number][]>();
  for (const at of analysis.listRows) tables.set(at.index, [...(tables.get(at.index) ?? []), at]);
  const empty = analysis.bare.filter((bare) => bare.raws.every((raw) => fieldValue(raw, context) === ""));
  const fields = new Map(analysis.blockFields.map((f) => [f.index, f.key]));
  const places = [...new Set([...tables.keys(), ...empty.map((bare) => bare.index), ...fields.keys()])].sort(
    (a, b) => b - a,
  );
  for (const index of places) {
    const child = body.getChild(index);
    const rows = tables.get(index);
    const field = fields.get(index);
    if (rows) expandRows(child.asTable(), rows, context);
    else if (field !== undefined) {
      insertBlocks(body, index + 1, context.blocks?.[field] ?? []);
      dropParagraph(child);
    } else dropParagraph(child);
  }
  for (const raw of analysis.raws) {
    const v = fieldValue(raw, context);
    if (v !== undefined) body.replaceText(patternOf(raw), replacementOf(v));
  }
}

type Paragraph = GoogleAppsScript.Document.Paragraph;

/**
 * Writes a built-in template's blocks into a new, empty body. A body ends with a paragraph: the new document holds
 * one empty paragraph, and Google adds an empty one after a table appended last. The next paragraph block fills
 * that spare paragraph instead of appending another, so the template has no empty line at its start or after a
 * table; only a template ending with a table keeps Google's empty paragraph at its end.
 */
function appendBlocks(body: Body, blocks: readonly Block[]): void {
  let spare: Paragraph | null = null;
  if (body.getNumChildren() === 1) {
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH) {
      const paragraph = first.asParagraph();
      if (paragraph.getText() === "") spare = paragraph;
    }
  }
  for (const b of blocks) {
    if (b.kind === "table") {
      const table = body.appendTable(b.rows.map((r) => [...r]));
      styleTable(table, b);
      const next = table.getNextSibling();
      spare = next && next.getType() === DocumentApp.ElementType.PARAGRAPH ? next.asParagraph() : null;
      continue;
    }
    let p: Paragraph;
    if (spare) {
      p = spare;
      p.setText(b.text);
      spare = null;
    } else p = body.appendParagraph(b.text);
    styleParagraph(p, b);
  }
}

/** A paragraph block's heading, alignment and weight. */
function styleParagraph(p: Paragraph, b: Exclude<Block, { kind: "table" }>): void {
  if (b.kind === "title") {
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  } else if (b.kind === "heading") {
    p.setHeading(DocumentApp.ParagraphHeading.HEADING2);
  } else {
    const align = {
      left: DocumentApp.HorizontalAlignment.LEFT,
      center: DocumentApp.HorizontalAlignment.CENTER,
      right: DocumentApp.HorizontalAlignment.RIGHT,
      justify: DocumentApp.HorizontalAlignment.JUSTIFY,
    }[b.align ?? "justify"];
    p.setAlignment(align);
    if (b.bold && b.text !== "") p.editAsText().setBold(true);
  }
}

/** A table block's borders and header row. */
function styleTable(table: GoogleAppsScript.Document.Table, b: Extract<Block, { kind: "table" }>): void {
  if (b.borders === false) table.setBorderWidth(0);
  if (b.header) table.getRow(0).editAsText().setBold(true);
}

/**
 * A block field's blocks written into the body from child `index` on (rule 4), in order, where the field's
 * paragraph stood; the caller removes that paragraph. A paragraph of the field takes the template paragraph's
 * style from the block, not from the field's paragraph.
 */
function insertBlocks(body: Body, index: number, blocks: readonly Block[]): void {
  blocks.forEach((b, k) => {
    if (b.kind === "table")
      styleTable(
        body.insertTable(
          index + k,
          b.rows.map((r) => [...r]),
        ),
        b,
      );
    else styleParagraph(body.insertParagraph(index + k, b.text), b);
  });
}

export class GasDocuments implements DocumentsPort {
  private readonly analyses = new Map<string, TemplateAnalysis>();

  constructor(private readonly properties: PropertiesPort) {}

  folder(path: readonly string[]): string {
    const key = path.join("/");
    let known: Record<string, string> = {};
    try {
      known = JSON.parse(this.properties.get(FOLDER_KEY) ?? "{}") as Record<string, string>;
    } catch {
      known = {};
    }
    const cached = known[key];
    if (cached) {
      try {
        const f = driveApi().Files.get(cached, { fields: "id,trashed" });
        if (!f.trashed) return cached;
      } catch {
        // deleted, or out of reach: found or made again below
      }
    }
    let parent = "root";
    for (const name of path) {
      parent =
        findOne(`name = ${quoted(name)} and ${quoted(parent)} in parents and mimeType = '${FOLDER_MIME}'`) ??
        (driveApi().Files.create({ name, mimeType: FOLDER_MIME, parents: [parent] }, NO_MEDIA, {
          fields: "id",
        }).id as string);
    }
    known[key] = parent;
    this.properties.set(FOLDER_KEY, JSON.stringify(known));
    return parent;
  }

  templateText(docId: string): string {
    try {
      // Drive first: under drive.file a Doc the curator did not choose in the Picker is "not found" there even
      // though DocumentApp could read it, and every document is a Drive copy of its template.
      const file = driveApi().Files.get(docId, { fields: "id,mimeType,trashed" });
      if (file.trashed) throw new TemplateAccessError("the document is in the trash");
      if (file.mimeType !== DOC_MIME) throw new TemplateAccessError("not a Google Doc");
      return DocumentApp.openById(docId).getBody().getText();
    } catch (err) {
      if (err instanceof TemplateAccessError) throw err;
      throw new TemplateAccessError(errorMessage(err));
    }
  }

  /**
   * Makes a built-in template so that a stop at any call leaves nothing behind (docs/architecture.md, «Встроенные
   * шаблоны»). Before the file is made, a mark under the template's name records a fresh tag, and the file carries
   * that tag in its description; the caller records the file's id once it is made. The next time this template
   * has to be made (its recorded id is missing or out of reach), the files of the last tag in the folder under
   * that name are trashed first: a half-made one, one made whole whose id was never recorded, or the one it
   * replaces. Another base's templates (another tag) and a curator's copies (another name) are never touched.
   */
  createTemplate(folderId: string, name: string, blocks: readonly Block[]): string {
    const mark = `${TEMPLATE_TAG}${name}`;
    let id: string | null = null;
    try {
      const left = this.properties.get(mark);
      if (left) this.trashTagged(folderId, name, left);
      const tag = Utilities.getUuid();
      this.properties.set(mark, tag);
      const made = driveApi().Files.create(
        { name, mimeType: DOC_MIME, parents: [folderId], description: `${TEMPLATE_DESCRIPTION} ${tag}` },
        NO_MEDIA,
        { fields: "id" },
      );
      id = made.id as string;
      const doc = DocumentApp.openById(id);
      appendBlocks(doc.getBody(), blocks);
      doc.saveAndClose();
      return id;
    } catch (err) {
      // A half-made template goes to the trash now; if that fails too, the next run trashes it by its tag.
      if (id !== null) {
        try {
          driveApi().Files.update({ trashed: true }, id);
        } catch {
          // found by its tag next time
        }
      }
      throw asQuota(err);
    }
  }

  /** Trashes the Docs named `name` in the folder whose description carries `tag`. */
  private trashTagged(folderId: string, name: string, tag: string): void {
    const found = driveApi().Files.list({
      q: `name = ${quoted(name)} and ${quoted(folderId)} in parents and mimeType = '${DOC_MIME}' and trashed = false`,
      fields: "files(id,description)",
    });
    for (const file of found.files ?? [])
      if ((file.description ?? "").endsWith(` ${tag}`))
        driveApi().Files.update({ trashed: true }, file.id as string);
  }

  private finish(id: string, request: DocumentRequest, pdfExists: FileRef | null): MadeDocument {
    let pdf: FileRef | undefined;
    if (request.pdf) {
      if (pdfExists) pdf = pdfExists;
      else {
        try {
          // Reopened: the PDF is of the saved document.
          const blob = DocumentApp.openById(id).getAs("application/pdf");
          const made = driveApi().Files.create(
            { name: `${request.name}.pdf`, mimeType: "application/pdf", parents: [request.folderId] },
            blob,
            { fields: "id" },
          );
          const pdfId = made.id as string;
          pdf = { id: pdfId, url: fileUrl(pdfId) };
        } catch (err) {
          // The document stays, whole: the next run finds it by name (findMade) and makes its PDF then.
          throw asQuota(err);
        }
      }
    }
    const notShared: string[] = [];
    for (const email of request.viewers) {
      try {
        driveApi().Permissions.create({ type: "user", role: "reader", emailAddress: email }, id, {
          sendNotificationEmail: false,
          fields: "id",
        });
      } catch (err) {
        // Google shares without an invitation mail only with a Google account (a school or Yandex mailbox often
        // has none): the document stays made, and the curator is told whom to share it with by hand.
        if (!NO_ACCOUNT.test(errorMessage(err))) throw err;
        notShared.push(email);
      }
    }
    return { doc: { id, url: docUrl(id) }, pdf, ...(notShared.length > 0 ? { notShared } : {}) };
  }

  findMade(request: DocumentRequest): MadeDocument | null {
    const inFolder = `${quoted(request.folderId)} in parents and trashed = false`;
    const found = driveApi().Files.list({
      q: `name = ${quoted(request.name)} and mimeType = '${DOC_MIME}' and ${inFolder}`,
      fields: "files(id)",
    });
    for (const file of found.files ?? []) {
      const id = file.id as string;
      if (id === request.replaces) continue;
      const text = DocumentApp.openById(id).getBody().getText();
      if (placeholdersIn(text).length > 0) {
        driveApi().Files.update({ trashed: true }, id);
        continue;
      }
      let pdf: FileRef | null = null;
      if (request.pdf) {
        const pdfId = findOne(
          `name = ${quoted(`${request.name}.pdf`)} and ${quoted(request.folderId)} in parents`,
        );
        if (pdfId) pdf = { id: pdfId, url: fileUrl(pdfId) };
      }
      return this.finish(id, request, pdf);
    }
    return null;
  }

  make(request: DocumentRequest): MadeDocument {
    let id: string;
    try {
      // A copy would keep its template's description (a built-in template's tag among it): the document says
      // what it is instead.
      const copy = driveApi().Files.copy(
        { name: request.name, parents: [request.folderId], description: DOCUMENT_DESCRIPTION },
        request.templateId,
        {
          fields: "id",
        },
      );
      id = copy.id as string;
    } catch (err) {
      throw asQuota(err);
    }
    try {
      const doc = DocumentApp.openById(id);
      const body = doc.getBody();
      let analysis = this.analyses.get(request.templateId);
      if (!analysis) {
        analysis = analyseBody(body);
        this.analyses.set(request.templateId, analysis);
      }
      fillBody(body, request.context, analysis);
      doc.saveAndClose();
    } catch (err) {
      // Nothing half-made is left: the unfilled copy goes to the trash.
      try {
        driveApi().Files.update({ trashed: true }, id);
      } catch {
        // the next run finds it by name and trashes it then
      }
      throw asQuota(err);
    }
    return this.finish(id, request, null);
  }

  /**
   * Marks the replaced file by its name, once: a name already marked (by a run cut short after the rename) is
   * left. A file `drive.file` no longer reaches (made before the script moved to another Cloud project, say) is
   * left as it is: the new document is made and linked all the same.
   */
  rename(id: string, suffix: string, done?: RegExp): void {
    let name: string | undefined;
    try {
      name = driveApi().Files.get(id, { fields: "name" }).name;
    } catch (err) {
      if (/File not found/i.test(errorMessage(err))) return;
      throw err;
    }
    if (done?.test(name ?? "")) return;
    driveApi().Files.update({ name: `${name ?? ""}${suffix}` }, id);
  }
}

export class GasTriggers implements TriggersPort {
  runLater(fn: string, ms: number): void {
    this.cancel(fn);
    ScriptApp.newTrigger(fn)
      .timeBased()
      .after(Math.max(1, Math.round(ms)))
      .create();
  }
  cancel(fn: string): void {
    for (const t of ScriptApp.getProjectTriggers())
      if (t.getHandlerFunction() === fn) ScriptApp.deleteTrigger(t);
  }
  monthly(fn: string, day: number, hour: number): void {
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === fn)) return;
    ScriptApp.newTrigger(fn).timeBased().onMonthDay(day).atHour(hour).create();
  }
  daily(fn: string, hour: number): void {
    if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === fn)) return;
    ScriptApp.newTrigger(fn).timeBased().everyDays(1).atHour(hour).create();
  }
}
