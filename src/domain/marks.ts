import type { Severity } from "./problems";

/**
 * Marks of the base check: a note and a colour on the cell with the problem. A curator's own note or colour on
 * that cell is kept inside our note and put back when the problem is fixed, so the check never loses what a
 * person wrote. A note is ours only while it carries our signature line; a curator who edits it away makes it
 * theirs, and we leave it alone.
 */
export const MARK_COLORS: Readonly<Record<Severity, string>> = { error: "#f4cccc", warning: "#fff2cc" };
export const DEFAULT_BACKGROUND = "#ffffff";

const SIGNATURE = "— «Наставничество», проверка базы";
const KEPT_BACKGROUND = "··· цвет ячейки до отметки: ";
const KEPT_NOTE = "··· заметка до отметки:";

export interface Mark {
  readonly severity: Severity;
  readonly message: string;
}

interface OurNote {
  readonly keptNote: string;
  readonly keptBackground: string;
}

export function parseOurNote(note: string): OurNote | null {
  if (!note.startsWith("⚠ ")) return null;
  const lines = note.split("\n");
  const sig = lines.findIndex((l) => l.startsWith(SIGNATURE));
  if (sig < 0) return null;
  let keptBackground = DEFAULT_BACKGROUND;
  let keptNote = "";
  for (let i = sig + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith(KEPT_BACKGROUND)) keptBackground = line.slice(KEPT_BACKGROUND.length).trim();
    else if (line === KEPT_NOTE) {
      keptNote = lines.slice(i + 1).join("\n");
      break;
    }
  }
  return { keptNote, keptBackground };
}

export function composeNote(mark: Mark, kept: OurNote, date: string): string {
  const parts = [`⚠ ${mark.message}`, `${SIGNATURE} ${date}`];
  if (kept.keptBackground !== DEFAULT_BACKGROUND) parts.push(`${KEPT_BACKGROUND}${kept.keptBackground}`);
  if (kept.keptNote !== "") parts.push(KEPT_NOTE, kept.keptNote);
  return parts.join("\n");
}

export interface ColumnMarks {
  /** 0-based column index in the read range. */
  readonly column: number;
  readonly notes: string[];
  readonly backgrounds: string[];
}

/**
 * What to write, column by column, so that exactly the cells in `marks` (key `row:column`, 0-based in the read
 * range) carry a mark and every earlier mark of ours elsewhere is lifted. Only the given columns are touched, and
 * a column appears in the result only if something in it changes.
 */
export function planMarks(
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  columns: readonly number[],
  marks: ReadonlyMap<string, Mark>,
  date: string,
): ColumnMarks[] {
  const markColors = new Set(Object.values(MARK_COLORS));
  const out: ColumnMarks[] = [];
  for (const c of columns) {
    const newNotes: string[] = [];
    const newBackgrounds: string[] = [];
    let changed = false;
    for (let r = 0; r < notes.length; r++) {
      const note = notes[r]?.[c] ?? "";
      const bg = (backgrounds[r]?.[c] ?? DEFAULT_BACKGROUND).toLowerCase();
      const ours = parseOurNote(note);
      const mark = marks.get(`${r}:${c}`);
      let nextNote = note;
      let nextBg = bg;
      if (mark) {
        const kept = ours ?? { keptNote: note, keptBackground: markColors.has(bg) ? DEFAULT_BACKGROUND : bg };
        // An unchanged mark keeps its date, so a re-check that finds the same problem writes nothing.
        nextNote =
          ours && note.startsWith(`⚠ ${mark.message}\n${SIGNATURE}`) ? note : composeNote(mark, kept, date);
        nextBg = MARK_COLORS[mark.severity];
      } else if (ours) {
        nextNote = ours.keptNote;
        nextBg = markColors.has(bg) ? ours.keptBackground : bg;
      }
      newNotes.push(nextNote);
      newBackgrounds.push(nextBg);
      if (nextNote !== note || nextBg !== bg) changed = true;
    }
    if (changed) out.push({ column: c, notes: newNotes, backgrounds: newBackgrounds });
  }
  return out;
}
