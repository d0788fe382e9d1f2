/**
 * Time zones (via Intl) and Java SimpleDateFormat formatting, as Utilities.formatDate does it.
 */

type Zone = { fixedMs: number } | { dtf: Intl.DateTimeFormat };

const zones = new Map<string, Zone>();

/** Java custom ids ("GMT+3", "GMT+03:00"), "UTC"/"GMT", or IANA names; unknown ids fall back to GMT like Java. */
function zone(tz: string): Zone {
  const cached = zones.get(tz);
  if (cached) return cached;
  let result: Zone;
  const custom = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(tz);
  if (custom) {
    const sign = custom[1] === "-" ? -1 : 1;
    result = { fixedMs: sign * (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) * 60_000 };
  } else if (/^(GMT|UTC|Z)$/i.test(tz)) {
    result = { fixedMs: 0 };
  } else {
    try {
      const dtf = new Intl.DateTimeFormat("en-US", {
        timeZone: tz,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
      result = { dtf };
    } catch {
      result = { fixedMs: 0 };
    }
  }
  zones.set(tz, result);
  return result;
}

/** Offset of `tz` from UTC at instant `utcMs`, in ms (Moscow: +3 h). */
export function offsetMs(tz: string, utcMs: number): number {
  const z = zone(tz);
  if ("fixedMs" in z) return z.fixedMs;
  const whole = Math.floor(utcMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of z.dtf.formatToParts(new Date(whole))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - whole;
}

export interface ZonedFields {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday */
  weekday: number;
  offsetMs: number;
}

export function zonedFields(utcMs: number, tz: string): ZonedFields {
  const off = offsetMs(tz, utcMs);
  const d = new Date(utcMs + off);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMs: off,
  };
}

/** The instant at which the wall clock of `tz` shows the given local time (month 1..12). */
export function zonedToUtc(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const first = offsetMs(tz, guess);
  const candidate = guess - first;
  const second2 = offsetMs(tz, candidate);
  return second2 === first ? candidate : guess - second2;
}

/** True when the day/month/year triple names a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------- Java patterns

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

function offsetText(off: number, style: "Z" | "X1" | "X2" | "X3" | "z"): string {
  if (off === 0 && style.startsWith("X")) return "Z";
  const sign = off < 0 ? "-" : "+";
  const total = Math.abs(Math.round(off / 60_000));
  const hh = pad(Math.floor(total / 60), 2);
  const mm = pad(total % 60, 2);
  switch (style) {
    case "Z":
    case "X2":
      return `${sign}${hh}${mm}`;
    case "X1":
      return total % 60 === 0 ? `${sign}${hh}` : `${sign}${hh}${mm}`;
    case "X3":
      return `${sign}${hh}:${mm}`;
    case "z":
      return off === 0 ? "GMT" : `GMT${sign}${hh}:${mm}`;
  }
}

function dayOfYear(f: ZonedFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000) + 1;
}

function field(letter: string, count: number, f: ZonedFields): string {
  switch (letter) {
    case "G":
      return f.year > 0 ? "AD" : "BC";
    case "y":
    case "Y":
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case "M":
    case "L": {
      const name = MONTHS[f.month - 1] ?? "";
      if (count >= 4) return name;
      if (count === 3) return name.slice(0, 3);
      return pad(f.month, count);
    }
    case "d":
      return pad(f.day, count);
    case "D":
      return pad(dayOfYear(f), count);
    case "E": {
      const name = DAYS[f.weekday] ?? "";
      return count >= 4 ? name : name.slice(0, 3);
    }
    case "u":
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case "a":
      return f.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(f.hour, count);
    case "k":
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case "K":
      return pad(f.hour % 12, count);
    case "h":
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case "m":
      return pad(f.minute, count);
    case "s":
      return pad(f.second, count);
    case "S":
      return pad(f.ms, count);
    case "Z":
      return offsetText(f.offsetMs, "Z");
    case "X":
      return offsetText(f.offsetMs, count === 1 ? "X1" : count === 2 ? "X2" : "X3");
    case "z":
      return offsetText(f.offsetMs, "z");
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats like java.text.SimpleDateFormat with English names: y M L d D E u a H k K h m s S Z X z G, and
 * 'quoted text' ('' is a quote). Week fields (w W F) are not supported and throw.
 */
export function formatJavaDate(utcMs: number, tz: string, pattern: string): string {
  const f = zonedFields(utcMs, tz);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern.charAt(j);
        j++;
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in pattern "${pattern}"`);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern.charAt(j) === c) j++;
      out += field(c, j - i, f);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- parsing

type Token = { kind: "literal"; text: string } | { kind: "field"; letter: string; count: number };

const PATTERN_LETTERS = "GyYMLdDEuaHkKhmsSZXz";

/** The pattern as literals and fields; letters Java knows but the emulator does not (w W F…) throw. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = "";
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) !== "'") break;
          text += "'";
          j += 2;
          continue;
        }
        text += pattern.charAt(j);
        j++;
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in pattern "${pattern}"`);
      literal(text);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern.charAt(j) === c) j++;
      tokens.push({ kind: "field", letter: c, count: j - i });
      i = j;
      continue;
    }
    literal(c);
    i++;
  }
  return tokens;
}

/** A proleptic-Gregorian UTC instant that, unlike Date.UTC, keeps years 0–99 as they are; fields may overflow. */
function utcOf(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  ms: number,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, m, s, ms);
  return d.getTime();
}

/** The longest of `names` (compared case-insensitively) that `text` has at `pos`; its index, or -1. */
function matchName(text: string, pos: number, names: readonly string[]): { index: number; length: number } {
  let best = { index: -1, length: 0 };
  const rest = text.slice(pos).toLowerCase();
  names.forEach((name, index) => {
    if (name.length > best.length && rest.startsWith(name.toLowerCase()))
      best = { index, length: name.length };
  });
  return best;
}

/** "Z", "+03", "+0300", "+03:00", "GMT", "UTC", "GMT+3", "GMT+03:00" at `pos`: the offset in ms and its length. */
function matchOffset(text: string, pos: number): { offset: number; length: number } | undefined {
  const m = /^(?:(Z)|(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?|(GMT|UTC))/i.exec(text.slice(pos));
  if (!m) return undefined;
  if (m[1] || m[5]) return { offset: 0, length: m[0].length };
  const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return { offset: (m[2] === "-" ? -1 : 1) * minutes * 60_000, length: m[0].length };
}

/**
 * Parses like java.text.SimpleDateFormat.parse with English names, as Utilities.parseDate does: lenient (fields
 * overflow into the next: 31.02 is 3 March), numbers take as many digits as there are unless another field follows
 * at once (then the pattern's width), spaces and tabs before a field are skipped, text after the pattern is
 * ignored, fields the pattern lacks are those of 1970-01-01 00:00:00.000, a two-digit year ("yy") falls within
 * 80 years before and 20 after `now`, and an offset in the text (Z, X, z) wins over `tz`. A mismatch throws
 * `Unparseable date: "<text>"` (Java's message).
 */
export function parseJavaDate(text: string, tz: string, pattern: string, now: number): number {
  const tokens = tokenize(pattern);
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}"`);
  };
  let year = 1970;
  let bc = false;
  let twoDigitYear = false;
  let month = 1;
  let day = 1;
  let dayOfYear: number | undefined;
  let hourOfDay: number | undefined;
  let hour12: number | undefined;
  let pm = false;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let offset: number | undefined;
  let pos = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind === "literal") {
      if (!text.startsWith(token.text, pos)) fail();
      pos += token.text.length;
      continue;
    }
    while (text.charAt(pos) === " " || text.charAt(pos) === "\t") pos++;
    const { letter, count } = token;
    const obeyCount = tokens[t + 1]?.kind === "field";
    const number = (): number => {
      const digits = /^\d+/.exec(text.slice(pos, obeyCount ? pos + count : undefined))?.[0];
      if (digits === undefined) return fail();
      pos += digits.length;
      return Number(digits);
    };
    const name = (names: readonly string[]): number => {
      const found = matchName(text, pos, names);
      if (found.index < 0) return fail();
      pos += found.length;
      return found.index;
    };
    switch (letter) {
      case "G":
        bc = name(["AD", "BC"]) === 1;
        break;
      case "y":
      case "Y": {
        const start = pos;
        year = number();
        twoDigitYear = count <= 2 && pos - start === 2;
        break;
      }
      case "M":
      case "L":
        month = count >= 3 ? (name([...MONTHS, ...MONTHS.map((n) => n.slice(0, 3))]) % 12) + 1 : number();
        break;
      case "d":
        day = number();
        break;
      case "D":
        dayOfYear = number();
        break;
      case "E":
        name([...DAYS, ...DAYS.map((n) => n.slice(0, 3))]);
        break;
      case "u":
        number();
        break;
      case "a":
        pm = name(["AM", "PM"]) === 1;
        break;
      case "H":
        hourOfDay = number();
        break;
      case "k": {
        const k = number();
        hourOfDay = k === 24 ? 0 : k;
        break;
      }
      case "K":
        hour12 = number();
        break;
      case "h": {
        const h = number();
        hour12 = h === 12 ? 0 : h;
        break;
      }
      case "m":
        minute = number();
        break;
      case "s":
        second = number();
        break;
      case "S":
        ms = number();
        break;
      default: {
        const found = matchOffset(text, pos);
        if (!found) return fail();
        offset = found.offset;
        pos += found.length;
      }
    }
  }
  if (twoDigitYear) {
    const start = zonedFields(now, tz).year - 80;
    year += Math.floor(start / 100) * 100 + (year < start % 100 ? 100 : 0);
  }
  if (bc) year = 1 - year;
  if (dayOfYear !== undefined) {
    month = 1;
    day = dayOfYear;
  }
  const hour = hourOfDay ?? (hour12 ?? 0) + (pm ? 12 : 0);
  const wall = utcOf(year, month, day, hour, minute, second, ms);
  if (offset !== undefined) return wall - offset;
  const first = offsetMs(tz, wall);
  const candidate = wall - first;
  const second2 = offsetMs(tz, candidate);
  return second2 === first ? candidate : wall - second2;
}
