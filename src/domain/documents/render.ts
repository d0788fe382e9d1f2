import { findPlaceholder, PLACEHOLDER_RE, placeholdersIn } from "./placeholders";
import type { Block, DocContext, ListName } from "./types";

/** The value a placeholder written as `raw` has, or undefined when it stays as written. */
type Resolve = (raw: string) => string | undefined;

/**
 * An unknown name stays as written. A known scalar takes its value from `context.values` ("" when the context
 * has none: `checkTemplate` keeps such names out of a document). A list field has a value only inside a repeated
 * row: the item's ("" for a field of another list); outside one it stays as written.
 */
function resolver(context: DocContext, item?: Readonly<Record<string, string>>): Resolve {
  return (raw) => {
    const p = findPlaceholder(raw);
    if (!p || p.block) return undefined;
    if (p.list) return item ? (item[p.key] ?? "") : undefined;
    return context.values[p.key] ?? "";
  };
}

function fillWith(text: string, resolve: Resolve): string {
  return text.replace(PLACEHOLDER_RE, (whole, inner: string) => resolve(inner) ?? whole);
}

/**
 * The block field a paragraph is made of: its only content, besides white space, is one block placeholder (rule 4).
 */
export function blockFieldOf(text: string): string | undefined {
  const names = placeholdersIn(text);
  if (names.length !== 1 || text.replace(PLACEHOLDER_RE, "").trim() !== "") return undefined;
  const p = findPlaceholder(names[0]!);
  return p?.block ? p.key : undefined;
}

/** Replaces every known scalar placeholder; unknown ones stay as written, so a mistake is seen. */
export function fillText(text: string, context: DocContext): string {
  return fillWith(text, resolver(context));
}

/**
 * Rule 3: the text has placeholders, all of them resolve to empty, and besides them it holds only white space
 * and punctuation. Text without placeholders never vanishes.
 */
function vanishes(text: string, resolve: Resolve): boolean {
  const names = placeholdersIn(text);
  if (names.length === 0) return false;
  if (!/^[\s\p{P}]*$/u.test(text.replace(PLACEHOLDER_RE, ""))) return false;
  return names.every((n) => resolve(n) === "");
}

/** The list a row repeats over: that of its first list placeholder (placeholders of other lists stay as written). */
export function rowList(row: readonly string[]): ListName | undefined {
  for (const cell of row) {
    for (const m of cell.matchAll(PLACEHOLDER_RE)) {
      const list = findPlaceholder(m[1] ?? "")?.list;
      if (list) return list;
    }
  }
  return undefined;
}

/**
 * The reference implementation of the four rules (the Google Docs adapter does the same on a real document):
 * 1. a scalar placeholder is replaced by its value everywhere;
 * 2. a table row with a list placeholder is repeated once per item of that list (the first list named in the
 *    row), and removed when the list is empty; a table left without rows is removed;
 * 3. a paragraph (title, heading) made only of placeholders that all resolve to empty, besides white space and
 *    punctuation, is removed. A table cell is a paragraph too, but a cell cannot be removed: it is emptied;
 * 4. a paragraph made only of a block field (`{{справка.показатели}}`) is replaced by the field's blocks (removed
 *    when it has none); a block field anywhere else stays as written.
 */
export function renderBlocks(blocks: readonly Block[], context: DocContext): Block[] {
  const resolve = resolver(context);
  const fill = (text: string) => (vanishes(text, resolve) ? "" : fillWith(text, resolve));
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== "table") {
      const field = blockFieldOf(block.text);
      if (field !== undefined) {
        out.push(...(context.blocks?.[field] ?? []));
        continue;
      }
      if (!vanishes(block.text, resolve)) out.push({ ...block, text: fillWith(block.text, resolve) });
      continue;
    }
    const rows: string[][] = [];
    for (const row of block.rows) {
      const list = rowList(row);
      if (!list) {
        rows.push(row.map(fill));
        continue;
      }
      for (const item of context.lists[list] ?? []) {
        const inItem = resolver(context, item);
        rows.push(row.map((cell) => fillWith(cell, inItem)));
      }
    }
    if (rows.length > 0) out.push({ ...block, rows });
  }
  return out;
}

/** All the text of blocks, a line per paragraph and per table row (cells joined by " | "): for checks and previews. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === "table" ? b.rows.map((r) => r.join(" | ")).join("\n") : b.text))
    .join("\n");
}
