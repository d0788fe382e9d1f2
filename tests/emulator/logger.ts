/**
 * Logger and console: every line goes to emu.logs. They are not accounted (no quota, no virtual cost).
 */
import { format } from "node:util";
import { type Clock, Facade } from "./core";
import { formatString } from "./utilities";

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Facade) return String(value); // "Range", "Sheet"… as Apps Script prints them
  if (Object.prototype.toString.call(value) === "[object Date]") {
    const t = (value as Date).getTime();
    return Number.isNaN(t) ? "Invalid Date" : new Date(t).toISOString();
  }
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export interface EmuLogger {
  log(data: unknown, ...values: unknown[]): EmuLogger;
  getLog(): string;
  clear(): void;
}

export function makeLogger(logs: string[]): EmuLogger {
  let own: string[] = [];
  const logger: EmuLogger = {
    log(data: unknown, ...values: unknown[]): EmuLogger {
      const line =
        typeof data === "string" && values.length > 0 ? formatString(data, values.map(text)) : text(data);
      logs.push(line);
      own.push(line);
      return logger;
    },
    getLog(): string {
      return own.map((line) => `${line}\n`).join("");
    },
    clear(): void {
      own = [];
    },
  };
  return logger;
}

export interface EmuConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}

export function makeConsole(logs: string[], clock: Clock): EmuConsole {
  const timers = new Map<string, number>();
  const write = (...args: unknown[]): void => {
    const [first, ...rest] = args;
    logs.push(typeof first === "string" ? format(first, ...rest) : args.map(text).join(" "));
  };
  return {
    log: write,
    info: write,
    warn: write,
    error: write,
    time(label = "default"): void {
      timers.set(label, clock.now());
    },
    timeEnd(label = "default"): void {
      const start = timers.get(label);
      if (start === undefined) return;
      timers.delete(label);
      logs.push(`${label}: ${clock.now() - start}ms`);
    },
  };
}
