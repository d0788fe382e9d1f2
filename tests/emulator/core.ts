/**
 * The emulator's execution core: virtual clock, call accounting, fault injection, executions and realms.
 *
 * Every public method of every service object goes through `Runtime.invoke` (wired by `instrument`), which
 * counts the call, charges its virtual cost, enforces the execution-time limit and fires injected faults.
 */
import type { World } from "./world";

export type ServiceName =
  | "SpreadsheetApp"
  | "PropertiesService"
  | "CacheService"
  | "LockService"
  | "Session"
  | "Utilities"
  | "ScriptApp"
  | "HtmlService"
  | "DriveApp"
  | "Drive"
  | "DocumentApp"
  | "FormApp"
  | "MailApp";

export type ExecutionKind = "menu" | "trigger" | "sidebar";

/**
 * What an execution may touch (ScriptApp.AuthMode): FULL for menu items, sidebars, installable triggers and
 * onInstall; LIMITED for onOpen of a bound script or of an add-on enabled in the file; NONE for onOpen of an
 * add-on installed by the user but not yet used in this file. See tests/emulator/auth.ts.
 */
export type AuthModeName = "NONE" | "LIMITED" | "FULL";

/**
 * `perCell`: extra ms per spreadsheet cell read or written. `DocumentApp` is the cost of opening, creating,
 * converting and saving a document; `docElement` the cost of every other DocumentApp call (Body, Paragraph…).
 * `FormApp` is the cost of creating or opening a form, reading its responses and submitting one; `formElement`
 * the cost of every other FormApp call (items, settings, item responses). `MailApp` is the cost of one
 * `sendEmail`.
 */
export type CallCosts = Record<ServiceName, number> & {
  perCell: number;
  docElement: number;
  formElement: number;
};

export const DEFAULT_CALL_COSTS: CallCosts = {
  SpreadsheetApp: 40,
  PropertiesService: 10,
  CacheService: 5,
  LockService: 5,
  Session: 1,
  Utilities: 1,
  ScriptApp: 20,
  HtmlService: 10,
  DriveApp: 60,
  Drive: 60,
  DocumentApp: 80,
  FormApp: 60,
  MailApp: 100,
  perCell: 0.01,
  docElement: 2,
  formElement: 2,
};

export const TIME_LIMIT_MESSAGE = "Exceeded maximum execution time";

/** An error as Apps Script throws it: `e.name` is "Exception", `String(e)` is "Exception: message". */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = "Exception";
  return error;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return `${first === undefined ? "Object" : typeName(first)}[]`;
  }
  switch (typeof value) {
    case "string":
      return "String";
    case "number":
      return "number";
    case "boolean":
      return "Boolean";
    case "undefined":
      return "undefined";
    default:
      return Object.prototype.toString.call(value) === "[object Date]" ? "Date" : "Object";
  }
}

/**
 * Google's message for arguments that match no overload of a method; `name` names a service's own classes as
 * Google does (e.g. "DriveApp.Folder"), falling back to the plain types.
 */
export function signatureError(
  method: string,
  args: readonly unknown[],
  name: (value: unknown) => string | undefined = () => undefined,
): Error {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const types = args
    .slice(0, end)
    .map((a) => name(a) ?? typeName(a))
    .join(",");
  return gasError(`The parameters (${types}) don't match the method signature for ${method}.`);
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

// ---------------------------------------------------------------------------------------------- enums

/** An Apps Script enum value: compared by identity, prints as its name. */
export class EnumValue {
  declare private readonly key: string;
  declare private readonly index: number;
  constructor(key: string, index: number) {
    Object.defineProperty(this, "key", { value: key, enumerable: false });
    Object.defineProperty(this, "index", { value: index, enumerable: false });
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
  toString(): string {
    return this.key;
  }
  toJSON(): string {
    return this.key;
  }
}

export type GasEnum<K extends string> = Readonly<Record<K, EnumValue>>;

export function makeEnum<const K extends string>(keys: readonly K[]): GasEnum<K> {
  const result: Partial<Record<K, EnumValue>> = {};
  keys.forEach((key, i) => {
    result[key] = new EnumValue(key, i);
  });
  return Object.freeze(result as Record<K, EnumValue>);
}

export function isEnumOf<K extends string>(enumObject: GasEnum<K>, value: unknown): value is EnumValue {
  return (Object.values(enumObject) as unknown[]).includes(value);
}

// ---------------------------------------------------------------------------------------------- clock

export class Clock {
  private ms: number;
  constructor(start: number) {
    this.ms = start;
  }
  /** Whole milliseconds since the epoch. */
  now(): number {
    return Math.floor(this.ms);
  }
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance: bad duration ${ms}`);
    this.ms += ms;
  }
  set(ms: number): void {
    if (!Number.isFinite(ms)) throw new Error(`clock.set: bad time ${ms}`);
    this.ms = ms;
  }
}

// ---------------------------------------------------------------------------------------------- calls

export class CallCounter {
  private readonly counts = new Map<string, { service: ServiceName; count: number }>();
  private order: string[] = [];

  record(service: ServiceName, label: string): void {
    const entry = this.counts.get(label);
    if (entry) entry.count++;
    else this.counts.set(label, { service, count: 1 });
    this.order.push(label);
  }
  /** Every counted call since the last reset, in order, as "Class.method". */
  sequence(): string[] {
    return [...this.order];
  }
  total(service?: ServiceName): number {
    let sum = 0;
    for (const entry of this.counts.values()) {
      if (service === undefined || entry.service === service) sum += entry.count;
    }
    return sum;
  }
  byMethod(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const label of [...this.counts.keys()].sort()) result[label] = this.counts.get(label)?.count ?? 0;
    return result;
  }
  reset(): void {
    this.counts.clear();
    this.order = [];
  }
}

// ---------------------------------------------------------------------------------------------- faults

export interface FaultSpec {
  service?: ServiceName;
  /** "setValues" (any class) or "Range.setValues". */
  method?: string;
  /** 1 = the next matching call. */
  n: number;
  message?: string;
  /**
   * The call takes effect, then throws (Google did the write and the reply was lost). Without it the call throws
   * before it has any effect.
   */
  after?: boolean;
  /**
   * The execution's time runs out right after this call took effect: the call returns as usual, every later call
   * of the execution throws Google's "Exceeded maximum execution time", and so does the execution itself when
   * it ends, even if the script caught the errors. `message` and `after` do not apply.
   */
  timeLimit?: boolean;
}

/** What a call must do because of a fault: nothing, throw after its effect, or end its execution's time. */
export type FaultOutcome = { kind: "after"; error: Error } | { kind: "timeLimit" } | undefined;

export class Faults {
  private pending: Array<{ spec: FaultSpec; seen: number }> = [];

  failNth(spec: FaultSpec): void {
    if (!Number.isInteger(spec.n) || spec.n < 1) throw new Error(`faults.failNth: n must be 1 or more`);
    if (spec.timeLimit && spec.message !== undefined)
      throw new Error(`faults.failNth: a time-limit fault has Google's message`);
    if (spec.timeLimit && spec.after)
      throw new Error(`faults.failNth: timeLimit and after exclude each other`);
    this.pending.push({ spec: { ...spec }, seen: 0 });
  }
  clear(): void {
    this.pending = [];
  }
  /**
   * Counts this call against every pending fault it matches. When it is the n-th match of one (that fault is then
   * spent): a plain fault throws now, before the call's effect; `after` and `timeLimit` are returned for the
   * caller to apply once the call took effect.
   */
  check(service: ServiceName, label: string, inExecution = true): FaultOutcome {
    const method = label.slice(label.indexOf(".") + 1);
    let hit: FaultSpec | undefined;
    for (const fault of this.pending) {
      const { spec } = fault;
      // Calls outside `execution.run` have no time to run out of: they do not count for a time-limit fault.
      if (spec.timeLimit && !inExecution) continue;
      if (spec.service !== undefined && spec.service !== service) continue;
      if (spec.method !== undefined && spec.method !== (spec.method.includes(".") ? label : method)) continue;
      fault.seen++;
      if (fault.seen === spec.n && hit === undefined) hit = spec;
    }
    if (hit === undefined) return undefined;
    const spent = hit;
    this.pending = this.pending.filter((f) => f.spec !== spent);
    if (spent.timeLimit) return { kind: "timeLimit" };
    const error = gasError(spent.message ?? `Service error: ${service} (${label})`);
    if (spent.after) return { kind: "after", error };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------- realms

/** The constructors of a JavaScript realm (Node's own, or a vm context's). */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Function: FunctionConstructor;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies arrays, plain objects and Dates into `realm` (so `instanceof` works there); other values pass. */
export function toRealm(value: unknown, realm: Realm, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const copy = new realm.Array<unknown>();
    seen.set(value, copy);
    for (const item of value) copy.push(toRealm(item, realm, seen));
    return copy;
  }
  if (!isPlainObject(value)) return value;
  const copy = new realm.Object() as Record<string, unknown>;
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = toRealm(item, realm, seen);
  return copy;
}

/** Re-creates an Error (of any realm) as an Error of `realm`, keeping name, message and stack. */
export function errorToRealm(error: unknown, realm: Realm): unknown {
  if (Object.prototype.toString.call(error) !== "[object Error]" || error instanceof realm.Error)
    return error;
  const original = error as Error;
  const copy = new realm.Error(original.message);
  copy.name = original.name;
  if (original.stack !== undefined) copy.stack = original.stack;
  return copy;
}

// ---------------------------------------------------------------------------------------------- executions

function timeLimitError(execution: Execution): unknown {
  const error = gasError(TIME_LIMIT_MESSAGE);
  return execution.realm ? errorToRealm(error, execution.realm) : error;
}

export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind | "ambient";
  readonly authMode: AuthModeName;
  elapsed: number;
  exceeded: boolean;
  /** The realm results are converted into (the bundle's vm context), if any. */
  readonly realm: Realm | undefined;
}

export interface RunOptions {
  kind?: ExecutionKind;
  /** FULL unless told. */
  authMode?: AuthModeName;
  realm?: Realm;
}

export class Executions {
  /** Calls made outside `run` (e.g. by a jest test directly) belong to this never-ending execution. */
  readonly ambient: Execution = {
    id: 0,
    kind: "ambient",
    authMode: "FULL",
    elapsed: 0,
    exceeded: false,
    realm: undefined,
  };
  private readonly stack: Execution[] = [];
  private readonly endListeners: Array<(execution: Execution) => void> = [];
  private nextId = 1;
  private lastElapsed = 0;

  current(): Execution {
    return this.stack[this.stack.length - 1] ?? this.ambient;
  }
  onEnd(listener: (execution: Execution) => void): void {
    this.endListeners.push(listener);
  }
  run<T>(fn: () => T, options: RunOptions = {}): T {
    const kind = options.kind ?? "menu";
    if (kind !== "menu" && kind !== "trigger" && kind !== "sidebar") {
      throw new Error(`execution.run: unknown kind ${String(kind)}`);
    }
    const authMode = options.authMode ?? "FULL";
    if (authMode !== "NONE" && authMode !== "LIMITED" && authMode !== "FULL") {
      throw new Error(`execution.run: unknown auth mode ${String(authMode)}`);
    }
    const execution: Execution = {
      id: this.nextId++,
      kind,
      authMode,
      elapsed: 0,
      exceeded: false,
      realm: options.realm,
    };
    this.stack.push(execution);
    try {
      let result: T;
      try {
        result = fn();
      } catch (error) {
        throw execution.exceeded ? timeLimitError(execution) : error;
      }
      // Google halts an execution out of time: a script that caught the error does not finish either.
      if (execution.exceeded) throw timeLimitError(execution);
      return result;
    } finally {
      this.stack.pop();
      this.lastElapsed = execution.elapsed;
      for (const listener of this.endListeners) listener(execution);
    }
  }
  /** Virtual ms of the running execution, or of the last finished one when none runs. */
  elapsedMs(): number {
    const running = this.stack[this.stack.length - 1];
    return running ? running.elapsed : this.lastElapsed;
  }
}

// ---------------------------------------------------------------------------------------------- runtime

export class Runtime {
  readonly calls = new CallCounter();
  readonly faults = new Faults();
  readonly executions = new Executions();
  /** >0 while a service method runs: nested service calls are internal and not accounted. */
  depth = 0;
  /**
   * Throws Google's error when the running execution's auth mode forbids the call (set by createEmulator from
   * tests/emulator/auth.ts; a forbidden call is counted, costs nothing and has no effect).
   */
  guard: (authMode: AuthModeName, service: ServiceName, label: string) => void = () => {};

  constructor(
    readonly clock: Clock,
    readonly costs: CallCosts,
    readonly executionLimitMs: number,
  ) {}

  /** Spends virtual time in the current execution; throws once the execution passes its limit. */
  spend(ms: number): void {
    const execution = this.executions.current();
    if (execution.exceeded) throw gasError(TIME_LIMIT_MESSAGE);
    this.clock.advance(ms);
    execution.elapsed += ms;
    if (execution !== this.executions.ambient && execution.elapsed > this.executionLimitMs) {
      execution.exceeded = true;
      throw gasError(TIME_LIMIT_MESSAGE);
    }
  }

  /** The one accounting path of every public service method. */
  invoke<T>(
    service: ServiceName,
    label: string,
    body: () => T,
    extraCost: () => number,
    baseCost: number = this.costs[service],
  ): T {
    if (this.depth > 0) return body();
    const execution = this.executions.current();
    try {
      this.calls.record(service, label);
      if (execution.authMode !== "FULL") this.guard(execution.authMode, service, label);
      this.spend(baseCost + extraCost());
      const fault = this.faults.check(service, label, execution !== this.executions.ambient);
      this.depth++;
      let result: T;
      try {
        result = body();
      } finally {
        this.depth--;
      }
      if (fault?.kind === "after") throw fault.error;
      // The time runs out between this call and the next.
      if (fault?.kind === "timeLimit") execution.exceeded = true;
      return (execution.realm ? toRealm(result, execution.realm) : result) as T;
    } catch (error) {
      throw execution.realm ? errorToRealm(error, execution.realm) : error;
    }
  }

  /** Runs script code (template scriptlets) from inside a service method: its service calls count again. */
  userCode<T>(fn: () => T): T {
    const saved = this.depth;
    this.depth = 0;
    try {
      return fn();
    } finally {
      this.depth = saved;
    }
  }

  currentKind(): ExecutionKind | "ambient" {
    return this.executions.current().kind;
  }

  currentAuthMode(): AuthModeName {
    return this.executions.current().authMode;
  }
}

// ---------------------------------------------------------------------------------------------- facades

/** Base of every service object handed to scripts; `world` is hidden from enumeration and JSON. */
export abstract class Facade {
  declare protected readonly world: World;
  constructor(world: World) {
    Object.defineProperty(this, "world", { value: world, enumerable: false, writable: false });
  }
}

type AnyFacadeClass<T extends Facade> = abstract new (...args: never[]) => T;

export interface InstrumentSpec<T extends Facade> {
  service: ServiceName;
  /** The Apps Script class name, e.g. "Range": calls count as "Range.getValues". */
  className: string;
  /** Extra virtual ms of a call (cells touched, sleep time, lock waits). */
  cost?: (self: T, method: string, args: readonly unknown[], world: World) => number;
  /** The call's own cost when it is not the service's (DocumentApp elements cost `docElement`). */
  base?: (costs: CallCosts, method: string) => number;
  /**
   * Runs before the call is counted and may throw: a method the script's OAuth scopes do not allow fails as
   * Google fails it (see oauth.ts), without costing a call.
   */
  guard?: (world: World, method: string) => void;
}

/**
 * Routes every public prototype method of `ctor` through `Runtime.invoke`. Methods whose name starts with
 * "_" are internal helpers and stay unaccounted. Also gives instances Apps Script's `toString()`.
 */
export function instrument<T extends Facade>(ctor: AnyFacadeClass<T>, spec: InstrumentSpec<T>): void {
  const proto = ctor.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "constructor" || key.startsWith("_") || key === "toString") continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    const original: unknown = descriptor?.value;
    if (!descriptor || typeof original !== "function") continue;
    const label = `${spec.className}.${key}`;
    const cost = spec.cost;
    const base = spec.base;
    const guard = spec.guard;
    const wrapped = function (this: T, ...args: unknown[]): unknown {
      const world = (this as unknown as { world: World }).world;
      if (guard && world.rt.depth === 0) {
        try {
          guard(world, key);
        } catch (error) {
          const realm = world.rt.executions.current().realm;
          throw realm ? errorToRealm(error, realm) : error;
        }
      }
      return world.rt.invoke(
        spec.service,
        label,
        () => (original as (...a: unknown[]) => unknown).apply(this, args),
        () => (cost ? cost(this, key, args, world) : 0),
        base ? base(world.rt.costs, key) : undefined,
      );
    };
    Object.defineProperty(wrapped, "name", { value: key });
    Object.defineProperty(proto, key, { ...descriptor, value: wrapped });
  }
  Object.defineProperty(proto, "toString", {
    value: () => spec.className,
    enumerable: false,
    writable: true,
    configurable: true,
  });
}
