import type { Cell } from "./domain/cells";
import type { Block, DocContext } from "./domain/documents";
import type { Locale } from "./domain/i18n";
import type { PairsView } from "./domain/pairsView";
import type { CheckReport } from "./domain/report";
import type { ColumnSpec, TableKey, TableSpec } from "./domain/tables";
import type { TableData } from "./domain/validate";

/**
 * What the use cases need from the outside world. The Apps Script adapters in src/gas implement these; tests use
 * in-memory ones. Every method is one batch: a use case calls a constant number of them whatever the row count.
 */

/** A tab of the base as found in the spreadsheet. Columns are 1-based sheet columns, keyed by our column keys. */
export interface FoundTable {
  readonly key: TableKey;
  readonly sheetName: string;
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly lastColumn: number;
  /** Row 1 as displayed, when findTables read it (for a quick look at the header row's shape). */
  readonly headers?: readonly string[];
}

export interface TableRead extends TableData {
  /** Notes and backgrounds of the same range as `rows`, when asked for. */
  readonly notes?: readonly (readonly string[])[];
  readonly backgrounds?: readonly (readonly string[])[];
}

export interface ColumnWrite {
  /** 1-based sheet column. */
  readonly column: number;
  readonly firstRow: number;
  readonly values: readonly Cell[];
}

export interface MarkWrite {
  readonly column: number;
  readonly firstRow: number;
  readonly notes: readonly string[];
  readonly backgrounds: readonly string[];
}

export interface SheetsPort {
  /** The tabs of the base, found by their keys; tabs and columns that lost their keys are recognised by name. */
  findTables(): Partial<Record<TableKey, FoundTable>>;
  /** Creates tabs, each with its header row, notes, widths and keys (made together: they share one header style). */
  createTables(specs: readonly TableSpec[], locale: Locale): FoundTable[];
  /** Adds columns after the last used column, with headers, notes and keys; never moves existing columns. */
  addColumns(table: FoundTable, specs: readonly ColumnSpec[], locale: Locale): FoundTable;
  /** Dropdowns, checkboxes, text formats, frozen and protected header: safe to apply again. */
  formatTable(table: FoundTable, spec: TableSpec, locale: Locale): void;
  /**
   * Reads the whole tab from row 1 and column 1. With `marks`, notes, backgrounds and formulas too; `minLastRow` reads at
   * least that far, for marks left on rows whose content has since been cleared.
   */
  readTable(table: FoundTable, opts?: { marks?: boolean; minLastRow?: number }): TableRead;
  /**
   * Writes values into the add-on's own columns (each list into one column, from firstRow down). Neighbouring
   * columns over the same rows are written in one call, so a stop leaves such a block all old or all new.
   */
  writeColumns(table: FoundTable, writes: readonly ColumnWrite[]): void;
  /** Appends whole rows after the last row with content. */
  appendRows(table: FoundTable, rows: readonly (readonly Cell[])[]): void;
  writeMarks(table: FoundTable, marks: readonly MarkWrite[]): void;
  /** The spreadsheet's time zone offset now, in minutes (Moscow: 180). */
  offsetMinutes(): number;
  /** Selects a cell for the curator. */
  select(table: FoundTable, row: number, column: number): void;
  /**
   * What the curator has selected: the active tab's name and, for each selected range (a Ctrl-click adds one),
   * its first and last sheet row, in the order selected.
   */
  selection(): SheetSelection;
  /**
   * Reconciles the tab's charts of ours with `charts`: for each key, the chart made before is updated in place, or
   * one is made; copies of it a stopped run left are removed. Charts that are not ours are never touched.
   */
  upsertCharts(table: FoundTable, charts: readonly ChartSpec[]): void;
  /**
   * Inserts a row above row 1 and writes our columns' headers into it (a header row the curator deleted):
   * nothing typed is moved out of its column or overwritten. The tab must be formatted after it.
   */
  insertHeaderRow(table: FoundTable, spec: TableSpec, locale: Locale): FoundTable;
  /** Gives each listed column (1-based) the key named, in place of the one it held. */
  rekeyColumns(table: FoundTable, tags: readonly { column: number; key: string }[]): FoundTable;
}

/** The curator's selection on the active tab (rows are 1-based sheet rows, `from` <= `to`). */
export interface SheetSelection {
  readonly sheetName: string;
  readonly rows: readonly { readonly from: number; readonly to: number }[];
}

/** An embedded column chart over blocks of a tab's columns (each block read with its header row). */
export interface ChartSpec {
  /** Stable: the chart made before under this key is updated, never duplicated. */
  readonly key: string;
  readonly title: string;
  /**
   * Every title this chart may have had (either language, any year). A chart at `anchor` with such a title is
   * ours even when its id was never saved (a run stopped between inserting it and saving its id).
   */
  readonly titles: RegExp;
  readonly ranges: readonly { readonly column: number; readonly firstRow: number; readonly rows: number }[];
  /** The cell the chart's top-left corner sits on. */
  readonly anchor: { readonly row: number; readonly column: number };
}

export interface PropertiesPort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface LockPort {
  /** Runs `fn` holding the document lock; returns `{ busy: true }` when another action holds it too long. */
  withDocumentLock<T>(fn: () => T): { busy: false; value: T } | { busy: true };
}

export interface ClockPort {
  now(): Date;
  /** The date as the curator reads it, e.g. 25.11.2026 14:05. */
  format(date: Date, pattern: string): string;
}

export interface UiPort {
  alert(title: string, message: string): void;
  toast(message: string): void;
  showCheckReport(report: CheckReport): void;
  /** Opens the «Пары» sidebar with the proposal. */
  showPairs(view: PairsView): void;
}

/** A file in Drive as the base links it. */
export interface FileRef {
  readonly id: string;
  readonly url: string;
}

export interface MadeDocument {
  readonly doc: FileRef;
  readonly pdf?: FileRef;
  /**
   * Viewers the document could not be opened to: Google shares without an invitation mail only with a Google
   * account, and the add-on sends none. The document is made all the same.
   */
  readonly notShared?: readonly string[];
}

export interface DocumentRequest {
  /** The Google Doc to copy (a built-in template made once, or the curator's own). */
  readonly templateId: string;
  readonly folderId: string;
  /** The file's name: unique in its folder, so a run cut short finds what it made by name. */
  readonly name: string;
  readonly context: DocContext;
  readonly pdf: boolean;
  /** Addresses to give view access; the caller has checked consent and validity. */
  readonly viewers: readonly string[];
  /** The document this one replaces («Пересоздать»): it has the same name until renamed, and is never adopted. */
  readonly replaces?: string;
}

/** A daily quota of Google's ran out: the batch stops and goes on the next day. */
export class QuotaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QuotaError";
  }
}

/** Google refused to send a message (an address it cannot mail): certainly nothing went. */
export class MailRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailRefused";
  }
}

/** A template that cannot be opened: wrong link, deleted, or not shared with the curator. */
export class TemplateAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateAccessError";
  }
}

/**
 * Google Docs and Drive. Every method is a small fixed number of Google calls. A document is made by copying its
 * template into the folder under its final name, filling it (placeholders, repeated table rows, empty
 * placeholder-only paragraphs removed) and saving it.
 */
export interface DocumentsPort {
  /** The folder at this path under My Drive, made if missing. */
  folder(path: readonly string[]): string;
  /** The plain text of a Google Doc, to check its placeholders. Throws TemplateAccessError. */
  templateText(docId: string): string;
  /**
   * Makes a Google Doc of a built-in template's blocks in the folder and returns its id. A file of that name left
   * in the folder by a run cut short (the caller records the id only once the template is whole) is trashed first.
   */
  createTemplate(folderId: string, name: string, blocks: readonly Block[]): string;
  /**
   * The document of the request's name in its folder if a run made it completely, or null. An incomplete one
   * (cut short while being filled) is trashed; a missing PDF or access is completed as the request asks. The
   * document `request.replaces` is never taken for it.
   */
  findMade(request: DocumentRequest): MadeDocument | null;
  /** Makes the document. Throws QuotaError when a daily quota is used up; then nothing is left behind. */
  make(request: DocumentRequest): MadeDocument;
  /**
   * Adds a suffix to a document's name (a replaced document stays in Drive, named so). A name already matching
   * `done` (renamed by a run cut short) is left as it is.
   */
  rename(id: string, suffix: string, done?: RegExp): void;
}

/** Time-driven continuation of long batches. */
export interface TriggersPort {
  /** One run of the top-level function `fn` after `ms`, replacing an earlier pending one of `fn`. */
  runLater(fn: string, ms: number): void;
  /** Removes the pending runs of `fn`. */
  cancel(fn: string): void;
  /** A run of `fn` every month on `day` at about `hour`, unless one is installed already. */
  monthly(fn: string, day: number, hour: number): void;
  /** A run of `fn` every day at about `hour`, unless one is installed already. */
  daily(fn: string, hour: number): void;
}

/** A survey's Google Form as the add-on keeps it. */
export interface FormRef {
  readonly id: string;
  /** The link respondents open. */
  readonly url: string;
  readonly editUrl: string;
  /**
   * The form's prefilled link with the token field set to TOKEN_MARK: a person's link is this with their token
   * in place of the mark, so no Forms call is made per person.
   */
  readonly prefilled: string;
}

/** What stands in the token field of FormRef.prefilled. */
export const TOKEN_MARK = "TOKENMARK7Q";

/** One response as the form holds it: item titles and their answers. */
export interface FormAnswer {
  /** Google's response id: the same response is never recorded twice. */
  readonly id: string;
  /** Submitted, ms since the epoch. */
  readonly at: number;
  readonly answers: Readonly<Record<string, string | readonly string[]>>;
}

/** One question of a form, as the adapter builds it (the domain's survey questions, in the base's language). */
export interface FormQuestion {
  readonly key: string;
  readonly type:
    | "text"
    | "paragraph"
    | "scale"
    | "choice"
    | "checkboxes"
    | "list"
    | "date"
    | "email"
    | "section";
  readonly title: string;
  readonly help?: string;
  readonly required?: boolean;
  readonly scale?: {
    readonly min: number;
    readonly max: number;
    readonly minLabel: string;
    readonly maxLabel: string;
  };
  readonly choices?: readonly string[];
}

export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly questions: readonly FormQuestion[];
  /** The key of the question that carries the personal token, if any. */
  readonly tokenKey?: string;
  /** The top-level function called when someone submits the form. */
  readonly onSubmit: string;
}

/** Google Forms: a survey's form is made once (questions, submit trigger) and found again by its id. */
export interface FormsPort {
  /** Whether the form still exists (not deleted, still ours to open). */
  exists(id: string): boolean;
  /**
   * Makes the form in the folder, with its questions and its submit trigger. `made` is told the form's id as soon
   * as the form exists, before anything is built: a run stopped on the way leaves an id to clean up. The Drive
   * file is named the form's title and moved into the folder last.
   */
  create(spec: FormSpec, folderId: string, made: (id: string) => void): FormRef;
  /** The forms this add-on made whose Drive file is named `title`, not in the trash, wherever they are. */
  findByTitle(title: string): string[];
  /** Deletes the form's triggers and, unless `trash` is false (a form already gone), puts it in the trash. */
  discard(id: string, trash?: boolean): void;
  /** The form's responses not in `known` (ids already recorded), oldest first. */
  responses(formId: string, known: ReadonlySet<string>): FormAnswer[];
}

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The sender's name as the addressee sees it (the programme's curator). */
  readonly name: string;
  readonly replyTo?: string;
}

/** E-mail from the curator's account. */
export interface MailPort {
  /** How many more recipients today's quota allows. */
  remaining(): number;
  /**
   * Sends one message. Throws QuotaError when the daily quota is used up, or MailRefused when Google refused the
   * message (a bad address): nothing is sent then. Any other error leaves it unknown whether the mail went.
   */
  send(message: MailMessage): void;
}

export interface Ports {
  readonly sheets: SheetsPort;
  readonly properties: PropertiesPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly ui: UiPort;
  readonly locale: Locale;
}
