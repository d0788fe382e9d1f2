/**
 * ScriptApp: installable triggers (time-based ones come due on the virtual clock; a form's onFormSubmit ones are
 * queued by each submission) and its enums.
 */
import { type EnumValue, Facade, gasError, instrument, isDate, isEnumOf, signatureError } from "./core";
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  InstallationSource,
  TriggerSource,
  Weekday,
} from "./enums";
import { EmuForm, FORM_NOT_FOUND, type FormResponseModel, formById } from "./forms";
import { EmuSpreadsheet } from "./spreadsheet";
import { zonedFields, zonedToUtc } from "./tz";
import type { World } from "./world";

export const MAX_TRIGGERS = 20;
const TOO_MANY_TRIGGERS =
  "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

type EventName = "CLOCK" | "ON_OPEN" | "ON_EDIT" | "ON_CHANGE" | "ON_FORM_SUBMIT";
type SourceName = "CLOCK" | "SPREADSHEETS" | "FORMS";

export type Schedule =
  | { kind: "once"; at: number }
  | { kind: "minutes" | "hours"; every: number }
  | { kind: "days" | "weeks"; every: number; weekday: number | null; hour: number | null; minute: number }
  | { kind: "monthly"; day: number; hour: number | null; minute: number };

export interface TriggerModel {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: EventName;
  readonly source: SourceName;
  /** Spreadsheet (or form) id of a spreadsheet (form) trigger; null for time-based ones. */
  readonly sourceId: string | null;
  /** The spreadsheet the script was bound to when the trigger was created (getUserTriggers). */
  readonly documentId: string;
  readonly schedule: Schedule | null;
  readonly timeZone: string;
  nextRunAt: number | null;
  fired: number;
}

/** What emu.triggers.list() and due() return (a copy). */
export interface TriggerInfo {
  uniqueId: string;
  handlerFunction: string;
  eventType: EventName;
  triggerSource: SourceName;
  triggerSourceId: string | null;
  schedule: Schedule | null;
  timeZone: string;
  nextRunAt: number | null;
  fired: number;
}

function info(t: TriggerModel): TriggerInfo {
  return {
    uniqueId: t.uid,
    handlerFunction: t.handler,
    eventType: t.eventType,
    triggerSource: t.source,
    triggerSourceId: t.sourceId,
    schedule: t.schedule ? { ...t.schedule } : null,
    timeZone: t.timeZone,
    nextRunAt: t.nextRunAt,
    fired: t.fired,
  };
}

/** The instant of the next local hh:mm after `after` (on `weekday` if given, 0 = Sunday). */
function nextLocal(after: number, tz: string, hour: number, minute: number, weekday: number | null): number {
  const f = zonedFields(after, tz);
  for (let add = 0; add <= 8; add++) {
    const t = zonedToUtc(tz, f.year, f.month, f.day + add, hour, minute);
    if (t <= after) continue;
    if (weekday !== null && zonedFields(t, tz).weekday !== weekday) continue;
    return t;
  }
  throw new Error("unreachable: no matching day within a week");
}

function addLocalDays(t: number, tz: string, days: number): number {
  const f = zonedFields(t, tz);
  return zonedToUtc(tz, f.year, f.month, f.day + days, f.hour, f.minute, f.second);
}

function firstRun(s: Schedule, now: number, tz: string): number {
  switch (s.kind) {
    case "once":
      return s.at;
    case "minutes":
      return now + s.every * 60_000;
    case "hours":
      return now + s.every * 3_600_000;
    case "days":
    case "weeks":
      if (s.hour === null && s.weekday === null)
        return addLocalDays(now, tz, s.kind === "days" ? s.every : 7 * s.every);
      return nextLocal(now, tz, s.hour ?? zonedFields(now, tz).hour, s.minute, s.weekday);
    case "monthly": {
      const f = zonedFields(now, tz);
      for (let add = 0; ; add++) {
        const t = zonedToUtc(tz, f.year, f.month + add, s.day, s.hour ?? 0, s.minute);
        if (t > now) return t;
      }
    }
  }
}

function following(s: Schedule, previous: number, tz: string): number | null {
  switch (s.kind) {
    case "once":
      return null;
    case "minutes":
      return previous + s.every * 60_000;
    case "hours":
      return previous + s.every * 3_600_000;
    case "days":
      return addLocalDays(previous, tz, s.every);
    case "weeks":
      return addLocalDays(previous, tz, 7 * s.every);
    case "monthly": {
      const f = zonedFields(previous, tz);
      return zonedToUtc(tz, f.year, f.month + 1, s.day, f.hour, f.minute);
    }
  }
}

/** A submission waiting for one onFormSubmit trigger of its form to run. */
export interface PendingFormSubmit {
  readonly trigger: TriggerModel;
  readonly formId: string;
  readonly response: FormResponseModel;
  /** The submission time. */
  readonly at: number;
}

export class TriggerStore {
  triggers: TriggerModel[] = [];
  private pending: PendingFormSubmit[] = [];
  private nextUid = 1;

  /** A response was submitted: each onFormSubmit trigger of the form is owed one run. */
  queueFormSubmit(formId: string, response: FormResponseModel, at: number): void {
    for (const trigger of this.triggers) {
      if (
        trigger.eventType === "ON_FORM_SUBMIT" &&
        trigger.source === "FORMS" &&
        trigger.sourceId === formId
      ) {
        this.pending.push({ trigger, formId, response, at });
      }
    }
  }
  /** Hands out (and forgets) the queued form submissions, counting each as a run of its trigger. */
  takeFormSubmits(): PendingFormSubmit[] {
    const taken = this.pending;
    this.pending = [];
    for (const p of taken) p.trigger.fired++;
    return taken;
  }

  newUid(): string {
    return String(7_000_000 + this.nextUid++);
  }
  add(trigger: TriggerModel): void {
    if (this.triggers.length >= MAX_TRIGGERS) throw gasError(TOO_MANY_TRIGGERS);
    this.triggers.push(trigger);
  }
  remove(uid: string): void {
    this.triggers = this.triggers.filter((t) => t.uid !== uid);
  }
  list(): TriggerInfo[] {
    return this.triggers.map(info);
  }
  dueModels(now: number): TriggerModel[] {
    return this.triggers.filter((t) => t.eventType === "CLOCK" && t.nextRunAt !== null && t.nextRunAt <= now);
  }
  due(now: number): TriggerInfo[] {
    return this.dueModels(now).map(info);
  }
  /** Records a run at `now`: a one-off trigger is spent (it stays listed, as in Google, until deleted). */
  markFired(trigger: TriggerModel, now: number): void {
    trigger.fired++;
    if (!trigger.schedule || trigger.nextRunAt === null) return;
    let next = following(trigger.schedule, trigger.nextRunAt, trigger.timeZone);
    while (next !== null && next <= now) next = following(trigger.schedule, next, trigger.timeZone);
    trigger.nextRunAt = next;
  }
}

/** The event object a time-driven handler receives. */
export function clockEvent(trigger: TriggerModel, at: number): Record<string, unknown> {
  const d = new Date(at);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: AuthMode.FULL,
    triggerUid: trigger.uid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    "day-of-month": d.getUTCDate(),
    "day-of-week": d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    "week-of-year": Math.ceil(((at - jan1) / 86_400_000 + new Date(jan1).getUTCDay() + 1) / 7),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: "UTC",
  };
}

// ---------------------------------------------------------------------------------------------- facades

export class EmuTrigger extends Facade {
  declare readonly _model: TriggerModel;

  constructor(world: World, model: TriggerModel) {
    super(world);
    Object.defineProperty(this, "_model", { value: model, enumerable: false });
  }
  getEventType(): unknown {
    return EventType[this._model.eventType];
  }
  getHandlerFunction(): string {
    return this._model.handler;
  }
  getTriggerSource(): unknown {
    return TriggerSource[this._model.source];
  }
  getTriggerSourceId(): string | null {
    return this._model.sourceId;
  }
  getUniqueId(): string {
    return this._model.uid;
  }
}
instrument(EmuTrigger, { service: "ScriptApp", className: "Trigger" });

function newModel(
  world: World,
  handler: string,
  eventType: EventName,
  sourceId: string | null,
  schedule: Schedule | null,
  timeZone: string,
  source: SourceName = eventType === "CLOCK" ? "CLOCK" : "SPREADSHEETS",
): TriggerModel {
  const now = world.rt.clock.now();
  return {
    uid: world.triggers.newUid(),
    handler,
    eventType,
    source,
    sourceId,
    documentId: world.books.bound.id,
    schedule,
    timeZone,
    nextRunAt: schedule ? firstRun(schedule, now, timeZone) : null,
    fired: 0,
  };
}

function intArg(value: unknown, min: number, max: number, method: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw signatureError(method, [value]);
  if (value < min || value > max) throw gasError(`Invalid argument: ${value} (${method})`);
  return value;
}

interface ClockState {
  handler: string;
  kind: "once" | "minutes" | "hours" | "days" | "weeks" | "monthly" | null;
  at: number | null;
  every: number;
  hour: number | null;
  minute: number | null;
  weekday: number | null;
  monthDay: number | null;
  timeZone: string;
}

const CB = "ClockTriggerBuilder";

export class EmuClockTriggerBuilder extends Facade {
  declare readonly _s: ClockState;

  constructor(world: World, handler: string) {
    super(world);
    const state: ClockState = {
      handler,
      kind: null,
      at: null,
      every: 1,
      hour: null,
      minute: null,
      weekday: null,
      monthDay: null,
      timeZone: world.timeZone,
    };
    Object.defineProperty(this, "_s", { value: state, enumerable: false });
  }

  private _kind(kind: NonNullable<ClockState["kind"]>): void {
    if (this._s.kind !== null && this._s.kind !== kind) {
      throw gasError(`Already chose a ${this._s.kind} schedule for this trigger.`);
    }
    this._s.kind = kind;
  }

  after(durationMilliseconds: unknown): this {
    const ms = intArg(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, `${CB}.after`);
    this._kind("once");
    this._s.at = this.world.rt.clock.now() + ms;
    return this;
  }
  at(date: unknown): this {
    if (!isDate(date)) throw signatureError(`${CB}.at`, [date]);
    this._kind("once");
    this._s.at = date.getTime();
    return this;
  }
  atDate(year: unknown, month: unknown, day: unknown): this {
    const y = intArg(year, 1970, 9999, `${CB}.atDate`);
    const m = intArg(month, 1, 12, `${CB}.atDate`);
    const d = intArg(day, 1, 31, `${CB}.atDate`);
    this._kind("once");
    this._s.at = zonedToUtc(this._s.timeZone, y, m, d);
    return this;
  }
  everyMinutes(n: unknown): this {
    if (!isNumberIn(n, [1, 5, 10, 15, 30])) {
      throw gasError("The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.");
    }
    this._kind("minutes");
    this._s.every = n;
    return this;
  }
  everyHours(n: unknown): this {
    if (!isNumberIn(n, [1, 2, 4, 6, 8, 12])) {
      throw gasError("The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.");
    }
    this._kind("hours");
    this._s.every = n;
    return this;
  }
  everyDays(n: unknown): this {
    this._s.every = intArg(n, 1, 366, `${CB}.everyDays`);
    this._kind("days");
    return this;
  }
  everyWeeks(n: unknown): this {
    this._s.every = intArg(n, 1, 52, `${CB}.everyWeeks`);
    this._kind("weeks");
    return this;
  }
  onWeekDay(day: unknown): this {
    if (!isEnumOf(Weekday, day)) throw signatureError(`${CB}.onWeekDay`, [day]);
    this._kind("weeks");
    this._s.weekday = (day as EnumValue).ordinal();
    return this;
  }
  onMonthDay(day: unknown): this {
    this._s.monthDay = intArg(day, 1, 31, `${CB}.onMonthDay`);
    this._kind("monthly");
    return this;
  }
  atHour(hour: unknown): this {
    this._s.hour = intArg(hour, 0, 23, `${CB}.atHour`);
    return this;
  }
  nearMinute(minute: unknown): this {
    this._s.minute = intArg(minute, 0, 59, `${CB}.nearMinute`);
    return this;
  }
  inTimezone(timezone: unknown): this {
    if (typeof timezone !== "string") throw signatureError(`${CB}.inTimezone`, [timezone]);
    this._s.timeZone = timezone;
    return this;
  }
  create(): EmuTrigger {
    const s = this._s;
    let schedule: Schedule;
    if ((s.hour !== null || s.minute !== null) && !["days", "weeks", "monthly"].includes(s.kind ?? "")) {
      throw gasError("atHour and nearMinute can only be used with everyDays, everyWeeks or onMonthDay.");
    }
    switch (s.kind) {
      case null:
        throw gasError(
          "The trigger has no schedule: call after, at, atDate, everyMinutes, everyHours, everyDays or everyWeeks.",
        );
      case "once":
        schedule = { kind: "once", at: s.at ?? this.world.rt.clock.now() };
        break;
      case "minutes":
      case "hours":
        schedule = { kind: s.kind, every: s.every };
        break;
      case "days":
      case "weeks":
        schedule = { kind: s.kind, every: s.every, weekday: s.weekday, hour: s.hour, minute: s.minute ?? 0 };
        break;
      case "monthly":
        schedule = { kind: "monthly", day: s.monthDay ?? 1, hour: s.hour, minute: s.minute ?? 0 };
        break;
    }
    const model = newModel(this.world, s.handler, "CLOCK", null, schedule, s.timeZone);
    this.world.triggers.add(model);
    return new EmuTrigger(this.world, model);
  }
}
instrument(EmuClockTriggerBuilder, { service: "ScriptApp", className: "ClockTriggerBuilder" });

function isNumberIn(value: unknown, allowed: readonly number[]): value is number {
  return typeof value === "number" && allowed.includes(value);
}

export class EmuSpreadsheetTriggerBuilder extends Facade {
  declare readonly _s: { handler: string; spreadsheetId: string; event: EventName | null };

  constructor(world: World, handler: string, spreadsheetId: string) {
    super(world);
    Object.defineProperty(this, "_s", { value: { handler, spreadsheetId, event: null }, enumerable: false });
  }
  onOpen(): this {
    this._s.event = "ON_OPEN";
    return this;
  }
  onEdit(): this {
    this._s.event = "ON_EDIT";
    return this;
  }
  onChange(): this {
    this._s.event = "ON_CHANGE";
    return this;
  }
  onFormSubmit(): this {
    this._s.event = "ON_FORM_SUBMIT";
    return this;
  }
  create(): EmuTrigger {
    const { handler, spreadsheetId, event } = this._s;
    if (event === null)
      throw gasError("The trigger has no event type: call onOpen, onEdit, onChange or onFormSubmit.");
    const model = newModel(this.world, handler, event, spreadsheetId, null, this.world.timeZone);
    this.world.triggers.add(model);
    return new EmuTrigger(this.world, model);
  }
}
instrument(EmuSpreadsheetTriggerBuilder, { service: "ScriptApp", className: "SpreadsheetTriggerBuilder" });

export class EmuFormTriggerBuilder extends Facade {
  declare readonly _s: { handler: string; formId: string; event: EventName | null };

  constructor(world: World, handler: string, formId: string) {
    super(world);
    Object.defineProperty(this, "_s", { value: { handler, formId, event: null }, enumerable: false });
  }
  onFormSubmit(): this {
    this._s.event = "ON_FORM_SUBMIT";
    return this;
  }
  /** Runs when the form's editor opens: never in the emulator. */
  onOpen(): this {
    this._s.event = "ON_OPEN";
    return this;
  }
  create(): EmuTrigger {
    const { handler, formId, event } = this._s;
    if (event === null) throw gasError("The trigger has no event type: call onFormSubmit or onOpen.");
    const model = newModel(this.world, handler, event, formId, null, this.world.timeZone, "FORMS");
    this.world.triggers.add(model);
    return new EmuTrigger(this.world, model);
  }
}
instrument(EmuFormTriggerBuilder, { service: "ScriptApp", className: "FormTriggerBuilder" });

export class EmuTriggerBuilder extends Facade {
  declare readonly _handler: string;

  constructor(world: World, handler: string) {
    super(world);
    Object.defineProperty(this, "_handler", { value: handler, enumerable: false });
  }
  timeBased(): EmuClockTriggerBuilder {
    return new EmuClockTriggerBuilder(this.world, this._handler);
  }
  forSpreadsheet(sheet: unknown): EmuSpreadsheetTriggerBuilder {
    let id: string;
    if (sheet instanceof EmuSpreadsheet) id = sheet._book.id;
    else if (typeof sheet === "string" && this.world.books.all.has(sheet)) id = sheet;
    else throw signatureError("TriggerBuilder.forSpreadsheet", [sheet]);
    return new EmuSpreadsheetTriggerBuilder(this.world, this._handler, id);
  }
  /** A Form, or a form's id. */
  forForm(form: unknown): EmuFormTriggerBuilder {
    let id: string;
    if (form instanceof EmuForm) id = form._form.id;
    else if (typeof form === "string") {
      if (!formById(this.world, form)) throw gasError(FORM_NOT_FOUND);
      id = form;
    } else throw signatureError("TriggerBuilder.forForm", [form]);
    return new EmuFormTriggerBuilder(this.world, this._handler, id);
  }
}
instrument(EmuTriggerBuilder, { service: "ScriptApp", className: "TriggerBuilder" });

export class EmuScriptApp extends Facade {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = Weekday;

  newTrigger(functionName: unknown): EmuTriggerBuilder {
    if (typeof functionName !== "string" || functionName === "") {
      throw signatureError("ScriptApp.newTrigger", [functionName]);
    }
    return new EmuTriggerBuilder(this.world, functionName);
  }
  getProjectTriggers(): EmuTrigger[] {
    return this.world.triggers.triggers.map((t) => new EmuTrigger(this.world, t));
  }
  /** A Spreadsheet's triggers (its own and the time-based ones made from it), or a Form's. */
  getUserTriggers(document: unknown): EmuTrigger[] {
    if (document instanceof EmuForm) {
      const formId = document._form.id;
      return this.world.triggers.triggers
        .filter((t) => t.source === "FORMS" && t.sourceId === formId)
        .map((t) => new EmuTrigger(this.world, t));
    }
    if (!(document instanceof EmuSpreadsheet)) throw signatureError("ScriptApp.getUserTriggers", [document]);
    const id = document._book.id;
    return this.world.triggers.triggers
      .filter((t) => t.sourceId === id || (t.sourceId === null && t.documentId === id))
      .map((t) => new EmuTrigger(this.world, t));
  }
  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof EmuTrigger)) throw signatureError("ScriptApp.deleteTrigger", [trigger]);
    this.world.triggers.remove(trigger._model.uid);
  }
  getScriptId(): string {
    return this.world.scriptId;
  }
  getOAuthToken(): string {
    return "emulator-oauth-token";
  }
  /** NONE for a bound script; for an add-on, how it was installed (createEmulator's `addon` option). */
  getInstallationSource(): unknown {
    return InstallationSource[this.world.script.addon?.source ?? "NONE"];
  }
}
instrument(EmuScriptApp, { service: "ScriptApp", className: "ScriptApp" });
