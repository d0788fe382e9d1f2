/**
 * Utilities: formatDate and parseDate (Java patterns), formatString, deterministic getUuid, base64, digests and
 * HMACs as Java-style signed byte arrays, a minimal Blob, parseCsv, and sleep on the virtual clock.
 *
 * Text given to computeDigest / computeHmacSignature / computeHmacSha256Signature without a charset is encoded as
 * US-ASCII, as live Apps Script does (each character outside ASCII, a surrogate pair counting as one, becomes
 * "?"): so "Иванов" and "Петров" hash alike unless Utilities.Charset.UTF_8 is passed. base64Encode keeps UTF-8.
 */
import { createHash, createHmac } from "node:crypto";
import { Facade, gasError, instrument, isDate, isEnumOf, signatureError } from "./core";
import { Charset, DigestAlgorithm, MacAlgorithm } from "./enums";
import { formatJavaDate, parseJavaDate } from "./tz";
import type { World } from "./world";

export type Byte = number;

function toSigned(buffer: Uint8Array): Byte[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

function isByteArray(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.every((b) => typeof b === "number" && Number.isInteger(b) && b >= -128 && b <= 255)
  );
}

type CharsetName = "UTF_8" | "US_ASCII";

function charsetOf(
  charset: unknown,
  method: string,
  args: readonly unknown[],
  fallback: CharsetName = "UTF_8",
): CharsetName {
  if (charset === undefined) return fallback;
  if (!isEnumOf(Charset, charset)) throw signatureError(method, args);
  return charset === Charset.US_ASCII ? "US_ASCII" : "UTF_8";
}

/** Java's String.getBytes: in US-ASCII every code point outside ASCII (a surrogate pair is one) becomes "?". */
function encodeString(text: string, charset: CharsetName): Buffer {
  return charset === "US_ASCII"
    ? Buffer.from(text.replace(/[^\x00-\x7f]/gu, "?"), "latin1")
    : Buffer.from(text, "utf8");
}

/** Bytes of a `Byte[] | string` argument (strings in `charset`, else in `fallback`). */
function bytesOf(
  value: unknown,
  charset: unknown,
  method: string,
  args: readonly unknown[],
  fallback: CharsetName = "UTF_8",
): Buffer {
  if (typeof value === "string") return encodeString(value, charsetOf(charset, method, args, fallback));
  if (isByteArray(value) && charset === undefined) return Buffer.from(value.map((b) => b & 0xff));
  throw signatureError(method, args);
}

function decodeBase64(encoded: unknown, webSafe: boolean, method: string, args: readonly unknown[]): Byte[] {
  if (typeof encoded !== "string") throw signatureError(method, args);
  const text = encoded.replace(/\s+/g, "");
  const valid = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!valid.test(text) || text.replace(/=+$/, "").length % 4 === 1)
    throw gasError("Could not decode string.");
  return toSigned(Buffer.from(text, webSafe ? "base64url" : "base64"));
}

const DIGESTS: Record<string, string | undefined> = {
  MD2: undefined,
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

const MACS: Record<string, string> = {
  HMAC_MD5: "md5",
  HMAC_SHA_1: "sha1",
  HMAC_SHA_256: "sha256",
  HMAC_SHA_384: "sha384",
  HMAC_SHA_512: "sha512",
};

/** Java-like %s %d %i %f %.2f %x %% (with optional width), enough for log lines. */
export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(
    /%(-)?(\d+)?(?:\.(\d+))?([sdifxX%])/g,
    (_m, left: string, width: string, precision: string, conv: string) => {
      if (conv === "%") return "%";
      const value = args[next++];
      let text: string;
      switch (conv) {
        case "d":
        case "i":
          text = String(Math.trunc(Number(value)));
          break;
        case "f":
          text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
          break;
        case "x":
          text = Math.trunc(Number(value)).toString(16);
          break;
        case "X":
          text = Math.trunc(Number(value)).toString(16).toUpperCase();
          break;
        default:
          text = String(value);
          if (precision !== undefined) text = text.slice(0, Number(precision));
      }
      const w = width === undefined ? 0 : Number(width);
      return left ? text.padEnd(w) : text.padStart(w);
    },
  );
}

/** RFC 4180 CSV: quoted fields, "" escapes, CRLF or LF line ends. */
export function parseCsv(csv: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charAt(i);
    if (quoted) {
      if (c === '"' && csv.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && csv.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class EmuBlob extends Facade {
  declare readonly _blob: { bytes: Buffer; contentType: string | null; name: string | null };

  constructor(world: World, bytes: Buffer, contentType: string | null, name: string | null) {
    super(world);
    Object.defineProperty(this, "_blob", { value: { bytes, contentType, name }, enumerable: false });
  }

  getBytes(): Byte[] {
    return toSigned(this._blob.bytes);
  }
  setBytes(data: unknown): this {
    this._blob.bytes = bytesOf(data, undefined, "Blob.setBytes", [data]);
    return this;
  }
  getDataAsString(charset?: unknown): string {
    const cs = charset === undefined ? "UTF_8" : typeof charset === "string" ? charset.toUpperCase() : "";
    return this._blob.bytes.toString(cs === "US-ASCII" || cs === "US_ASCII" ? "latin1" : "utf8");
  }
  setDataFromString(text: unknown, charset?: unknown): this {
    if (typeof text !== "string") throw signatureError("Blob.setDataFromString", [text, charset]);
    this._blob.bytes = encodeString(text, charset === "US-ASCII" ? "US_ASCII" : "UTF_8");
    return this;
  }
  getContentType(): string | null {
    return this._blob.contentType;
  }
  setContentType(contentType: unknown): this {
    if (contentType !== null && typeof contentType !== "string") {
      throw signatureError("Blob.setContentType", [contentType]);
    }
    this._blob.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this._blob.name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") throw signatureError("Blob.setName", [name]);
    this._blob.name = name;
    return this;
  }
  copyBlob(): EmuBlob {
    const b = this._blob;
    return new EmuBlob(this.world, Buffer.from(b.bytes), b.contentType, b.name);
  }
  getAs(contentType: unknown): EmuBlob {
    if (typeof contentType !== "string") throw signatureError("Blob.getAs", [contentType]);
    const b = this._blob;
    return new EmuBlob(this.world, Buffer.from(b.bytes), contentType, b.name);
  }
  getBlob(): EmuBlob {
    return this.copyBlob();
  }
  isGoogleType(): boolean {
    return false;
  }
}
instrument(EmuBlob, { service: "Utilities", className: "Blob" });

export class EmuUtilities extends Facade {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    const args = [date, timeZone, format];
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.formatDate", args);
    }
    if (Number.isNaN(date.getTime())) throw gasError("Invalid argument: date");
    try {
      return formatJavaDate(date.getTime(), timeZone, format);
    } catch (error) {
      throw gasError((error as Error).message);
    }
  }
  /**
   * Java SimpleDateFormat.parse in `timeZone`: lenient (31.02 is 3 March), fields the pattern lacks are those of
   * 1970-01-01 00:00:00, text after the pattern is ignored, an offset in the text (Z, X, z) wins over `timeZone`.
   */
  parseDate(date: unknown, timeZone: unknown, format: unknown): Date {
    const args = [date, timeZone, format];
    if (typeof date !== "string" || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.parseDate", args);
    }
    try {
      return new Date(parseJavaDate(date, timeZone, format, this.world.rt.clock.now()));
    } catch (error) {
      throw gasError((error as Error).message);
    }
  }
  formatString(template: unknown, ...args: unknown[]): string {
    if (typeof template !== "string") throw signatureError("Utilities.formatString", [template, ...args]);
    return formatString(template, args);
  }
  /** A v4-shaped UUID from the emulator's seeded generator: the same seed gives the same sequence. */
  getUuid(): string {
    const hex = Array.from({ length: 16 }, () => Math.floor(this.world.random() * 256));
    hex[6] = ((hex[6] ?? 0) & 0x0f) | 0x40;
    hex[8] = ((hex[8] ?? 0) & 0x3f) | 0x80;
    const s = hex.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== "number" || !Number.isFinite(milliseconds) || milliseconds < 0) {
      throw signatureError("Utilities.sleep", [milliseconds]);
    }
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset, "Utilities.base64Encode", [data, charset]).toString("base64");
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    const text = bytesOf(data, charset, "Utilities.base64EncodeWebSafe", [data, charset]).toString("base64");
    return text.replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: unknown, charset?: unknown): Byte[] {
    if (charset !== undefined) charsetOf(charset, "Utilities.base64Decode", [encoded, charset]);
    return decodeBase64(encoded, false, "Utilities.base64Decode", [encoded, charset]);
  }
  base64DecodeWebSafe(encoded: unknown, charset?: unknown): Byte[] {
    if (charset !== undefined) charsetOf(charset, "Utilities.base64DecodeWebSafe", [encoded, charset]);
    return decodeBase64(encoded, true, "Utilities.base64DecodeWebSafe", [encoded, charset]);
  }
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): Byte[] {
    const args = [algorithm, value, charset];
    if (!isEnumOf(DigestAlgorithm, algorithm)) throw signatureError("Utilities.computeDigest", args);
    const name = DIGESTS[String(algorithm)];
    if (name === undefined)
      throw gasError(`Digest algorithm ${String(algorithm)} is not supported by the emulator.`);
    return toSigned(
      createHash(name)
        .update(bytesOf(value, charset, "Utilities.computeDigest", args, "US_ASCII"))
        .digest(),
    );
  }
  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): Byte[] {
    const args = [algorithm, value, key, charset];
    if (!isEnumOf(MacAlgorithm, algorithm)) throw signatureError("Utilities.computeHmacSignature", args);
    if (typeof value !== typeof key) throw signatureError("Utilities.computeHmacSignature", args);
    const mac = createHmac(
      MACS[String(algorithm)] ?? "sha256",
      bytesOf(key, charset, "Utilities.computeHmacSignature", args, "US_ASCII"),
    );
    return toSigned(
      mac.update(bytesOf(value, charset, "Utilities.computeHmacSignature", args, "US_ASCII")).digest(),
    );
  }
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): Byte[] {
    const args = [value, key, charset];
    if (typeof value !== typeof key) throw signatureError("Utilities.computeHmacSha256Signature", args);
    const method = "Utilities.computeHmacSha256Signature";
    const mac = createHmac("sha256", bytesOf(key, charset, method, args, "US_ASCII"));
    return toSigned(mac.update(bytesOf(value, charset, method, args, "US_ASCII")).digest());
  }
  newBlob(data: unknown, contentType?: unknown, name?: unknown): EmuBlob {
    const args = [data, contentType, name];
    if (
      (contentType !== undefined && typeof contentType !== "string") ||
      (name !== undefined && typeof name !== "string")
    ) {
      throw signatureError("Utilities.newBlob", args);
    }
    const bytes = bytesOf(data, undefined, "Utilities.newBlob", args);
    return new EmuBlob(this.world, bytes, contentType ?? null, name ?? null);
  }
  parseCsv(csv: unknown, delimiter?: unknown): string[][] {
    if (
      typeof csv !== "string" ||
      (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1))
    ) {
      throw signatureError("Utilities.parseCsv", [csv, delimiter]);
    }
    return parseCsv(csv, delimiter ?? ",");
  }
}
instrument(EmuUtilities, {
  service: "Utilities",
  className: "Utilities",
  cost: (_self, method, args) => {
    const ms = args[0];
    return method === "sleep" && typeof ms === "number" && Number.isFinite(ms) && ms > 0 ? ms : 0;
  },
});

/** A Blob given as such, or what a BlobSource (a File, a Document…) gives by getBlob(), as Google accepts both. */
export function blobOf(value: unknown): EmuBlob | undefined {
  if (value instanceof EmuBlob) return value;
  const source = value as { getBlob?: unknown } | null;
  if (typeof source === "object" && source !== null && typeof source.getBlob === "function") {
    const blob: unknown = (source.getBlob as () => unknown)();
    if (blob instanceof EmuBlob) return blob;
  }
  return undefined;
}
