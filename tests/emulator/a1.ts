/**
 * A1 notation: "A1", "A1:B2", "C:C", "2:2", "A2:C", "$A$1", with an optional "'Sheet name'!" prefix.
 */

/** 1-based grid rectangle; a null end runs to the edge of the sheet ("C:C", "2:2", "A2:C"). */
export interface Area {
  r1: number;
  c1: number;
  r2: number | null;
  c2: number | null;
}

export interface ParsedA1 extends Area {
  sheetName: string | undefined;
}

export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Part {
  col: number | undefined;
  row: number | undefined;
}

function parsePart(text: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row === 0) return null;
  return { col: m[1] === undefined ? undefined : columnNumber(m[1]), row };
}

/** Parses A1 notation; null when it is not valid ("Range not found" in Google). */
export function parseA1(input: string): ParsedA1 | null {
  let text = input.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (prefix.startsWith("'")) {
      if (!prefix.endsWith("'") || prefix.length < 2) return null;
      sheetName = prefix.slice(1, -1).replace(/''/g, "'");
    } else {
      sheetName = prefix;
    }
    if (sheetName === "") return null;
  }
  const pieces = text.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0] ?? "");
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) return null;
    return { sheetName, r1: a.row, c1: a.col, r2: a.row, c2: a.col };
  }
  const b = parsePart(pieces[1] ?? "");
  if (!b) return null;
  if (a.col !== undefined && a.row !== undefined && b.col !== undefined && b.row !== undefined) {
    return {
      sheetName,
      r1: Math.min(a.row, b.row),
      r2: Math.max(a.row, b.row),
      c1: Math.min(a.col, b.col),
      c2: Math.max(a.col, b.col),
    };
  }
  if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    return { sheetName, r1: 1, r2: null, c1: Math.min(a.col, b.col), c2: Math.max(a.col, b.col) };
  }
  if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    return { sheetName, r1: Math.min(a.row, b.row), r2: Math.max(a.row, b.row), c1: 1, c2: null };
  }
  if (a.col !== undefined && a.row !== undefined && b.row === undefined && b.col !== undefined) {
    return { sheetName, r1: a.row, r2: null, c1: Math.min(a.col, b.col), c2: Math.max(a.col, b.col) };
  }
  if (a.col !== undefined && a.row !== undefined && b.col === undefined && b.row !== undefined) {
    return { sheetName, r1: Math.min(a.row, b.row), r2: Math.max(a.row, b.row), c1: a.col, c2: null };
  }
  return null;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function areaA1(area: Area): string {
  const { r1, c1, r2, c2 } = area;
  // The whole sheet without bounds (a sheet protection's range): Google gives no A1 notation for it.
  if (r2 === null && c2 === null && r1 === 1 && c1 === 1) return "";
  if (r2 === null && c2 !== null) {
    return r1 === 1 ? `${columnLetter(c1)}:${columnLetter(c2)}` : `${cellA1(r1, c1)}:${columnLetter(c2)}`;
  }
  if (c2 === null && r2 !== null) {
    return c1 === 1 ? `${r1}:${r2}` : `${cellA1(r1, c1)}:${r2}`;
  }
  if (r2 === null || c2 === null) return `${cellA1(r1, c1)}:${columnLetter(c2 ?? c1)}`;
  if (r1 === r2 && c1 === c2) return cellA1(r1, c1);
  return `${cellA1(r1, c1)}:${cellA1(r2, c2)}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
