/**
 * Turning the bytes of a CSV file into text. Excel saves «CSV UTF-8» in UTF-8 and plain «CSV» in the system's
 * ANSI code page, which on Russian Windows is Windows-1251; «Текст Юникод» is UTF-16 with a byte order mark.
 * Bytes that are not valid UTF-8 are read as Windows-1251: Cyrillic text in that encoding is practically never
 * valid UTF-8.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

/** What may be loaded: larger files are refused before they are read. */
export const MAX_BYTES = 2 * 1024 * 1024;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

/** An Excel workbook (.xlsx is a zip archive, .xls a compound document) rather than text. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  return starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** The kind of file by its name: text to read, an Excel workbook to save as CSV first, or something else. */
export function kindByName(name: string): "text" | "workbook" | "other" {
  const dot = name.lastIndexOf(".");
  const ext = dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
  if (ext === "" || ext === "csv" || ext === "txt" || ext === "tsv") return "text";
  if (["xlsx", "xlsm", "xlsb", "xls", "ods", "numbers"].includes(ext)) return "workbook";
  return "other";
}

/** Reads a file's bytes with FileReader (as Apps Script's dialogs run in browsers of every age). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("the file could not be read"));
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
