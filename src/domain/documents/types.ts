import type { L, Locale } from "../i18n";
import type { TableKey } from "../tables";

/**
 * The documents the add-on makes from templates: the mentor–mentee agreement, the order fixing a batch, the pair's
 * plan (made by «Сформировать документы»), the letter of thanks to a mentor whose pairs completed their work (made
 * by «Благодарности наставникам»), the mentor's portfolio for the academic year (made by «Портфолио наставников»),
 * and the half-year's analytic report (made by «Аналитическая справка»).
 */
export type DocKind = "agreement" | "order" | "plan" | "thanks" | "portfolio" | "report";
/** The kinds the documents' batch makes (the pairs' papers, the letters of thanks, the portfolios); not the report. */
export type PairDocKind = Exclude<DocKind, "report">;

/**
 * One piece of a document. Texts hold placeholders `{{name}}`; the same three rules fill a built-in template
 * (these blocks) and a curator's own Google Doc (see docs/documents.md).
 */
export type Block =
  /** Centred, bold, large. */
  | { kind: "title"; text: string }
  /** A section heading. */
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; align?: "left" | "center" | "right" | "justify"; bold?: boolean }
  /** `header`: the first row is a header row (bold, repeated on a new page); `borders`: false for layout tables. */
  | { kind: "table"; rows: string[][]; header?: boolean; borders?: boolean };

export interface Template {
  readonly kind: DocKind;
  readonly name: L;
  readonly blocks: Record<Locale, Block[]>;
  /** Filled like any text; see `documentFileName`. */
  readonly fileName: Record<Locale, string>;
}

/** The lists whose placeholders repeat a table row once per item. */
export type ListName = "pairs" | "goals" | "stages" | "contests";

export interface PlaceholderDef {
  /** Stable internal id, e.g. "mentor.fullName": the key of the value in a `DocContext`. */
  readonly key: string;
  /** The name as written in templates, e.g. `наставник.фио` / `mentor.name`; both work in any template. */
  readonly names: L;
  readonly description: L;
  /** Where the placeholder has a value. */
  readonly kinds: readonly DocKind[];
  /** For a list field: the list whose items repeat the table row. */
  readonly list?: ListName;
  /**
   * A block field: standing alone in its paragraph, the paragraph is replaced by the field's blocks (tables,
   * paragraphs) from `DocContext.blocks`; anywhere else it stays as written.
   */
  readonly block?: boolean;
  /** A document that uses it cannot be made while it is empty. */
  readonly required?: boolean;
  /** Where the curator fills the value (for settings, `column` is the parameter's code on «Настройки»). */
  readonly source?: { readonly table: TableKey; readonly column: string };
  /** A value as it would appear in a document: one string, or one per language when it is a label. */
  readonly example: string | L;
}

/** The values a document is filled with, by `PlaceholderDef.key`. */
export interface DocContext {
  values: Record<string, string>;
  lists: Partial<Record<ListName, Record<string, string>[]>>;
  /** The blocks of each block field, by `PlaceholderDef.key`. */
  blocks?: Record<string, Block[]>;
}

/**
 * A required value that is empty, and where to fix it: the tab, the row's id (`""` for «Настройки») and the
 * column key (for «Настройки», the parameter's code, e.g. `head.name`).
 */
export interface Missing {
  key: string;
  name: L;
  table: TableKey;
  id: string;
  column: string;
}

export interface Built {
  context: DocContext;
  missing: Missing[];
}
