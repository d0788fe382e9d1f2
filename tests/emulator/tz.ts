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
