/**
 * createEmulator(): in-memory Apps Script services for the tests and the demo. See docs/emulator.md.
 */

import { EmuDrive } from "./advancedDrive";
import { guardAuthMode } from "./auth";
import { CacheStores, EmuCacheService } from "./cache";
import { EmuCharts } from "./charts";
import {
  type AuthModeName,
  type CallCosts,
  Clock,
  DEFAULT_CALL_COSTS,
  type ExecutionKind,
  type FaultSpec,
  Runtime,
  type ServiceName,
} from "./core";
import { type DocStructure, docHtml, docStructure, docText, EmuDocumentApp, setDocText } from "./document";
import {
  DEFAULT_DOCS_CREATED_PER_DAY,
  type DriveFileInfo,
  type DriveFolderInfo,
  DriveStore,
  EmuDriveApp,
  MimeType,
} from "./drive";
import {
  type Answer,
  EmuFormApp,
  type FormInfo,
  type FormResponseInfo,
  FormStore,
  formInfos,
  formResponseInfos,
  formSubmitEvent,
  parsePrefilledUrl,
  personSubmit,
  type SubmitOptions,
} from "./forms";
import { EmuHtmlService } from "./html";
import { EmuLockService, type LockKind, LockState } from "./lock";
import { makeConsole, makeLogger } from "./logger";
import { DEFAULT_MAIL_PER_DAY, EmuMailApp, MailStore, type SentMail } from "./mail";
import {
  type ChartSnapshot,
  chartSnapshot,
  type SpreadsheetModel,
  type SpreadsheetSnapshot,
  snapshotOf,
  Workbooks,
} from "./model";
import { OAuthState } from "./oauth";
import { EmuPropertiesService, PropertyStores } from "./properties";
import { clockEvent, EmuScriptApp, type TriggerInfo, TriggerStore } from "./scriptApp";
import { EmuSession } from "./session";
import { EmuSpreadsheet, EmuSpreadsheetApp, newSpreadsheet } from "./spreadsheet";
import { UiRecorder, UiState } from "./ui";
import { EmuUtilities } from "./utilities";
import { makeVirtualDate } from "./virtualDate";
import type { AuthorizationPrompt, World } from "./world";

export type { AuthModeName, ExecutionKind, FaultSpec, ServiceName } from "./core";
export type { DocStructure } from "./document";
export type { DriveFileInfo, DriveFolderInfo } from "./drive";
export type { Answer, FormInfo, FormResponseInfo, SubmitOptions } from "./forms";
export type { LockKind } from "./lock";
export type { SentMail } from "./mail";
export type { ChartSnapshot, SpreadsheetSnapshot } from "./model";
export type { TriggerInfo } from "./scriptApp";
export type {
  AlertRecord,
  DialogRecord,
  HtmlRecord,
  MenuEntry,
  MenuTree,
  PromptRecord,
  ToastRecord,
} from "./ui";
export type { AuthorizationPrompt } from "./world";

export interface EmulatorOptions {
  user?: { email: string; locale?: string };
  timeZone?: string;
  /** Virtual clock start, ms since the epoch. */
  start?: number;
  executionLimitMs?: number;
  callCostMs?: Partial<CallCosts>;
  htmlFiles?: Record<string, string>;
  seed?: number;
  addonName?: string;
  /** Name of the bound spreadsheet. */
  spreadsheetName?: string;
  /** Daily quotas (per virtual calendar day in the script's time zone). */
  quotas?: { docsCreatedPerDay?: number; mailPerDay?: number };
  /**
   * Run as an editor add-on (published in the Marketplace) instead of a script bound to the spreadsheet:
   * `source` is what ScriptApp.getInstallationSource() answers (default WEB_STORE_ADD_ON), `enabled` whether it
   * has already been used in the bound spreadsheet (default false: its onOpen runs in AuthMode.NONE).
   */
  addon?: { source?: "WEB_STORE_ADD_ON" | "APPS_MARKETPLACE_DOMAIN_ADD_ON"; enabled?: boolean };
  /** Has the user already granted the script's scopes (default true)? */
  authorized?: boolean;
  /**
   * The manifest's `oauthScopes`. Absent: every scope (the emulator's own tests); vmHost then takes the bundle's
   * dist/appsscript.json. DriveApp needs `drive` (or `drive.readonly` to read); the advanced Drive service under
   * `drive.file` reaches only what the script made or the person picked.
   */
  oauthScopes?: readonly string[];
}

/** What Apps Script gives a script, typed with @types/google-apps-script (only the documented subset works). */
export interface EmulatorGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  /** The advanced Drive service, v3 (vmHost leaves it out unless the manifest enables it). */
  Drive: GoogleAppsScript.Drive;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Charts: GoogleAppsScript.Charts.Charts;
  MimeType: GoogleAppsScript.Base.MimeType;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
  Date: DateConstructor;
}

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A chart as `emu.charts()` lists it: what `snapshot()` holds per sheet, with the sheet's name. */
export interface ChartInfo extends ChartSnapshot {
  sheet: string;
}

export interface Emulator {
  readonly globals: EmulatorGlobals;
  /** Copies every global but Date onto `target`; the returned function puts the old values back. */
  install(target?: object): () => void;
  /** The bound spreadsheet (what SpreadsheetApp.getActive() returns). */
  readonly activeSpreadsheet: Spreadsheet;
  createSpreadsheet(name: string): Spreadsheet;
  openById(id: string): Spreadsheet;
  readonly clock: { now(): number; advance(ms: number): void; set(ms: number): void };
  readonly calls: {
    total(service?: ServiceName): number;
    byMethod(): Record<string, number>;
    /** Every counted call since the last reset, in order, as "Class.method". */
    sequence(): string[];
    reset(): void;
  };
  readonly faults: {
    failNth(spec: FaultSpec): void;
    /** The execution's time runs out right after the n-th call (of any service) made inside `execution.run`. */
    stopAfter(n: number): void;
    clear(): void;
  };
  readonly execution: {
    run<T>(fn: () => T, options?: { kind?: ExecutionKind; authMode?: AuthModeName }): T;
    elapsedMs(): number;
  };
  /** The user's authorization of the script, and (for an add-on) where it is enabled. */
  readonly auth: {
    /** Has the user granted the script's scopes? */
    authorized(): boolean;
    /** The answer the user gives to Google's next authorization dialog. */
    queueConsent(answer: "allow" | "deny"): void;
    /** Every authorization dialog shown: the function clicked, the scopes asked, the answer. */
    prompts(): AuthorizationPrompt[];
    /** The user removes the script's access (Google Account → Security): the next click asks again. */
    revoke(): void;
    /** true for an add-on enabled in the bound spreadsheet; false for one not yet used there or a bound script. */
    enabledHere(): boolean;
    /** The AuthMode Google runs onOpen in when the bound spreadsheet is opened now. */
    openMode(): AuthModeName;
  };
  readonly locks: { holdByOther(kind: LockKind): void; releaseOther(kind: LockKind): void };
  readonly ui: UiRecorder;
  readonly triggers: {
    list(): TriggerInfo[];
    due(): TriggerInfo[];
    /**
     * The onFormSubmit runs owed since the last call (one per trigger of the form per submission), with their
     * event objects `{ authMode, response, source, triggerUid }`; they are forgotten once returned.
     */
    pendingFormSubmits(): PendingFormSubmitRun[];
    /**
     * Runs every trigger run owed now (as `due()` and `pendingFormSubmits()` would list them), each in its own
     * "trigger" execution, in time order, through `handlers` (function name → the function, called with the
     * event object): for jest tests that import the handlers instead of loading the bundle. A handler missing
     * from `handlers` throws before anything runs. Returns what each run gave or threw.
     */
    runDue(handlers: Record<string, (event: Record<string, unknown>) => unknown>): {
      handlerFunction: string;
      eventType: "CLOCK" | "ON_FORM_SUBMIT";
      ok: boolean;
      result?: unknown;
      error?: unknown;
    }[];
  };
  readonly logs: string[];
  /** name (without ".html") → content, for HtmlService.create*FromFile. */
  readonly htmlFiles: Record<string, string>;
  snapshot(spreadsheet?: Spreadsheet): SpreadsheetSnapshot;
  /**
   * The embedded charts of one sheet (by name) or of every sheet, in sheet then insertion order, of the bound
   * spreadsheet or of `spreadsheet` (not counted as calls).
   */
  charts(sheetName?: string, spreadsheet?: Spreadsheet): ChartInfo[];
  /** The Drive as tests see it (not counted as calls). */
  readonly drive: {
    files(): DriveFileInfo[];
    folders(): DriveFolderInfo[];
    /** Folder names from below the root: a folder's own path, or the path of the folder holding a file. */
    pathOf(id: string): string[];
    /** Documents created today (DocumentApp.create and makeCopy of a Google Doc). */
    quotaUsed(): number;
    /** The person chose this file or folder in the Google Picker: `drive.file` reaches it from now on. */
    grant(id: string): void;
    /** A Google Doc the person made by hand (not by the script), with `text` as its paragraphs; its id. */
    userDocument(name: string, text?: string, folderId?: string): string;
    /** A folder the person made by hand; its id. */
    userFolder(name: string, parentId?: string): string;
    /**
     * The script moved to another Google Cloud project (a new OAuth client, as the Picker's set-up asks):
     * `drive.file` no longer reaches what the old client made or was given; the files themselves stay.
     */
    newCloudProject(): void;
    /** Sharing notifications Google would have mailed (Permissions.create without sendNotificationEmail false). */
    notified(): { to: string; fileId: string }[];
    /**
     * These addresses have no Google account (a school or Yandex mailbox never registered with Google): sharing
     * with them without a notification (`Drive.Permissions.create` with `sendNotificationEmail: false`) is refused,
     * as Google refuses it. Addresses at the reserved `.invalid` domain have none either.
     */
    withoutGoogleAccount(...emails: string[]): void;
  };
  /** The scopes the script runs with (null: every scope); `set` models a new consent (an upgrade). */
  readonly oauth: { scopes(): string[] | null; set(scopes: readonly string[] | null): void };
  /** Google Forms as a person sees them (not counted as calls). */
  readonly forms: {
    list(): FormInfo[];
    /** Stored responses of a form (id, edit URL or published URL), oldest first. */
    responses(formIdOrUrl: string): FormResponseInfo[];
    /**
     * A person opens the form (id, edit, published, prefilled or short link) and submits `answers` (by item
     * title or id): prefilled values stand unless overridden. Queues the form's onFormSubmit triggers.
     */
    submit(formIdOrUrl: string, answers?: Record<string, unknown>, options?: SubmitOptions): FormResponseInfo;
    /** The values a prefilled link carries, by item id (checkbox items: string[]). */
    parsePrefilledUrl(url: string): {
      formId: string;
      formPublishedId: string;
      entries: Record<string, Answer>;
    };
  };
  /** MailApp's outbox (not counted as calls). */
  readonly mail: {
    sent(): SentMail[];
    /** Forgets the sent messages (the day's quota stays charged). */
    clear(): void;
    /** What MailApp.getRemainingDailyQuota() would answer now. */
    remaining(): number;
  };
  /** Google Docs by file id, rendered for assertions (not counted as calls). */
  readonly docs: {
    text(id: string): string;
    html(id: string): string;
    structure(id: string): DocStructure;
  };
}

/** A trigger run owed now: a time-based trigger whose time has come, or a form submission's onFormSubmit. */
export interface DueRun {
  triggerUid: string;
  handlerFunction: string;
  /** "CLOCK" for a time-based trigger, "ON_FORM_SUBMIT" for a form's submission. */
  eventType: "CLOCK" | "ON_FORM_SUBMIT";
  /** The instant the trigger was due (a submission: its time). */
  scheduledAt: number;
  /** Counts the run as fired (a one-off trigger is spent) and gives its event object. */
  start(): Record<string, unknown>;
}

/**
 * Every trigger run owed now, in time order: time-based triggers that are due and the onFormSubmit runs queued by
 * submissions (taken from the queue). The caller runs each handler in a "trigger" execution after `start()`.
 */
export function dueRuns(world: World): DueRun[] {
  const now = world.rt.clock.now();
  const runs: DueRun[] = world.triggers.dueModels(now).map((trigger) => {
    const scheduledAt = trigger.nextRunAt ?? now;
    return {
      triggerUid: trigger.uid,
      handlerFunction: trigger.handler,
      eventType: "CLOCK",
      scheduledAt,
      start: () => {
        world.triggers.markFired(trigger, now);
        return clockEvent(trigger, scheduledAt);
      },
    };
  });
  for (const pending of world.triggers.takeFormSubmits()) {
    runs.push({
      triggerUid: pending.trigger.uid,
      handlerFunction: pending.trigger.handler,
      eventType: "ON_FORM_SUBMIT",
      scheduledAt: pending.at,
      start: () => formSubmitEvent(world, pending),
    });
  }
  return runs.sort((a, b) => a.scheduledAt - b.scheduledAt);
}

/** One owed onFormSubmit run. */
export interface PendingFormSubmitRun {
  triggerUid: string;
  handlerFunction: string;
  formId: string;
  /** The submission time. */
  at: number;
  event: Record<string, unknown>;
}

const worlds = new WeakMap<Emulator, World>();

/** The emulator's internals, for vmHost. */
export function worldOf(emu: Emulator): World {
  const world = worlds.get(emu);
  if (!world) throw new Error("not an emulator made by createEmulator()");
  return world;
}

/** Small deterministic PRNG (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bookOf(spreadsheet: unknown, caller = "emu.snapshot"): EmuSpreadsheet["_book"] {
  if (!(spreadsheet instanceof EmuSpreadsheet)) throw new Error(`${caller}: not an emulator spreadsheet`);
  return spreadsheet._book;
}

function chartInfos(book: SpreadsheetModel, sheetName?: string): ChartInfo[] {
  const sheets = sheetName === undefined ? book.sheets : book.sheets.filter((s) => s.name === sheetName);
  if (sheets.length === 0) throw new Error(`emu.charts: no sheet "${String(sheetName)}" in "${book.name}"`);
  return sheets.flatMap((sheet) => sheet.charts.map((c) => ({ sheet: sheet.name, ...chartSnapshot(c) })));
}

function docOf(world: World, id: string): NonNullable<ReturnType<DriveStore["docFile"]>> {
  const found = world.drive.docFile(id);
  if (!found) throw new Error(`emu.docs: no Google Doc ${id}`);
  return found;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const user = { email: options.user?.email ?? "curator@example.org", locale: options.user?.locale ?? "ru" };
  const timeZone = options.timeZone ?? "Europe/Moscow";
  const seed = options.seed ?? 1;
  const clock = new Clock(options.start ?? Date.UTC(2026, 8, 1, 6, 0, 0));
  const rt = new Runtime(
    clock,
    { ...DEFAULT_CALL_COSTS, ...options.callCostMs },
    options.executionLimitMs ?? 360_000,
  );
  const idRandom = seeded(seed ^ 0x5bd1e995);
  const driveRandom = seeded(seed ^ 0x2545f491);
  let scriptId = "1";
  while (scriptId.length < 57)
    scriptId += "abcdefghijklmnopqrstuvwxyz0123456789".charAt(Math.floor(idRandom() * 36));
  const books = new Workbooks(
    idRandom,
    timeZone,
    user.locale.startsWith("ru") ? "Лист" : "Sheet",
    options.spreadsheetName ?? "База наставничества",
  );
  const world: World = {
    rt,
    user,
    timeZone,
    addonName: options.addonName ?? "Наставничество",
    script: {
      addon: options.addon
        ? { source: options.addon.source ?? "WEB_STORE_ADD_ON", enabledIn: new Set<string>() }
        : null,
      authorized: options.authorized ?? true,
      scopes: [],
      consentQueue: [],
      prompts: [],
    },
    scriptId,
    books,
    ui: new UiState(),
    locks: new LockState(rt),
    triggers: new TriggerStore(),
    properties: new PropertyStores(),
    caches: new CacheStores(),
    drive: new DriveStore(
      driveRandom,
      clock,
      timeZone,
      user.email,
      books,
      options.quotas?.docsCreatedPerDay ?? DEFAULT_DOCS_CREATED_PER_DAY,
      user.locale.startsWith("ru") ? "Мой диск" : "My Drive",
    ),
    forms: new FormStore(seeded(seed ^ 0x1b873593)),
    mail: new MailStore(clock, timeZone, options.quotas?.mailPerDay ?? DEFAULT_MAIL_PER_DAY),
    oauth: new OAuthState(options.oauthScopes),
    logs: [],
    htmlFiles: { ...options.htmlFiles },
    scriptRealm: undefined,
    random: seeded(seed),
  };

  rt.guard = guardAuthMode;
  if (options.addon?.enabled) world.script.addon?.enabledIn.add(world.books.bound.id);

  const globals = {
    SpreadsheetApp: new EmuSpreadsheetApp(world),
    PropertiesService: new EmuPropertiesService(world),
    CacheService: new EmuCacheService(world),
    LockService: new EmuLockService(world),
    Session: new EmuSession(world),
    Utilities: new EmuUtilities(world),
    ScriptApp: new EmuScriptApp(world),
    HtmlService: new EmuHtmlService(world),
    DriveApp: new EmuDriveApp(world),
    Drive: new EmuDrive(world),
    DocumentApp: new EmuDocumentApp(world),
    FormApp: new EmuFormApp(world),
    MailApp: new EmuMailApp(world),
    Charts: new EmuCharts(world),
    MimeType,
    Logger: makeLogger(world.logs),
    console: makeConsole(world.logs, clock),
    Date: makeVirtualDate(Date, () => clock.now()),
  } as unknown as EmulatorGlobals;

  const emu: Emulator = {
    globals,
    install(target: object = globalThis): () => void {
      const record = target as Record<string, unknown>;
      const saved = new Map<string, PropertyDescriptor | undefined>();
      for (const [key, value] of Object.entries(globals)) {
        if (key === "Date") continue;
        saved.set(key, Object.getOwnPropertyDescriptor(target, key));
        Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
      }
      return () => {
        for (const [key, descriptor] of saved) {
          if (descriptor) Object.defineProperty(target, key, descriptor);
          else delete record[key];
        }
      };
    },
    get activeSpreadsheet(): Spreadsheet {
      return newSpreadsheet(world, world.books.bound) as unknown as Spreadsheet;
    },
    createSpreadsheet(name: string): Spreadsheet {
      return newSpreadsheet(world, world.books.create(name)) as unknown as Spreadsheet;
    },
    openById(id: string): Spreadsheet {
      const book = world.books.all.get(id);
      if (!book) throw new Error(`emu.openById: no spreadsheet ${id}`);
      return newSpreadsheet(world, book) as unknown as Spreadsheet;
    },
    clock: {
      now: () => clock.now(),
      advance: (ms: number) => clock.advance(ms),
      set: (ms: number) => clock.set(ms),
    },
    calls: {
      total: (service?: ServiceName) => rt.calls.total(service),
      byMethod: () => rt.calls.byMethod(),
      sequence: () => rt.calls.sequence(),
      reset: () => rt.calls.reset(),
    },
    faults: {
      failNth: (spec: FaultSpec) => rt.faults.failNth(spec),
      stopAfter: (n: number) => rt.faults.failNth({ n, timeLimit: true }),
      clear: () => rt.faults.clear(),
    },
    execution: {
      run: <T>(fn: () => T, runOptions?: { kind?: ExecutionKind; authMode?: AuthModeName }): T =>
        rt.executions.run(fn, { kind: runOptions?.kind ?? "menu", authMode: runOptions?.authMode ?? "FULL" }),
      elapsedMs: () => rt.executions.elapsedMs(),
    },
    auth: {
      authorized: () => world.script.authorized,
      queueConsent: (answer: "allow" | "deny") => {
        if (answer !== "allow" && answer !== "deny")
          throw new Error(`emu.auth.queueConsent: ${String(answer)}`);
        world.script.consentQueue.push(answer);
      },
      prompts: () => world.script.prompts.map((p) => ({ ...p, scopes: [...p.scopes] })),
      revoke: () => {
        world.script.authorized = false;
      },
      enabledHere: () => world.script.addon?.enabledIn.has(world.books.bound.id) ?? false,
      openMode: () => {
        const addon = world.script.addon;
        return addon && !addon.enabledIn.has(world.books.bound.id) ? "NONE" : "LIMITED";
      },
    },
    locks: {
      holdByOther: (kind: LockKind) => world.locks.holdByOther(kind),
      releaseOther: (kind: LockKind) => world.locks.releaseOther(kind),
    },
    ui: new UiRecorder(world.ui),
    triggers: {
      list: () => world.triggers.list(),
      due: () => world.triggers.due(clock.now()),
      pendingFormSubmits: () =>
        world.triggers.takeFormSubmits().map((p) => ({
          triggerUid: p.trigger.uid,
          handlerFunction: p.trigger.handler,
          formId: p.formId,
          at: p.at,
          event: formSubmitEvent(world, p),
        })),
      runDue: (handlers) => {
        // Checked before anything is taken from the queue: every handler a run may be owed to.
        const owed = [
          ...world.triggers.dueModels(clock.now()),
          ...world.triggers.triggers.filter((t) => t.eventType === "ON_FORM_SUBMIT"),
        ].map((t) => t.handler);
        const missing = [...new Set(owed.filter((h) => typeof handlers[h] !== "function"))];
        if (missing.length > 0)
          throw new Error(`emu.triggers.runDue: no handler given for ${missing.join(", ")}`);
        const runs = dueRuns(world);
        return runs.map((run) => {
          const handler = handlers[run.handlerFunction]!;
          const base = { handlerFunction: run.handlerFunction, eventType: run.eventType };
          try {
            const event = run.start();
            return {
              ...base,
              ok: true,
              result: rt.executions.run(() => handler(event), { kind: "trigger" }),
            };
          } catch (error) {
            return { ...base, ok: false, error };
          }
        });
      },
    },
    logs: world.logs,
    htmlFiles: world.htmlFiles,
    snapshot(spreadsheet?: Spreadsheet): SpreadsheetSnapshot {
      return snapshotOf(spreadsheet === undefined ? world.books.bound : bookOf(spreadsheet));
    },
    charts(sheetName?: string, spreadsheet?: Spreadsheet): ChartInfo[] {
      return chartInfos(
        spreadsheet === undefined ? world.books.bound : bookOf(spreadsheet, "emu.charts"),
        sheetName,
      );
    },
    drive: {
      files: () => world.drive.fileInfos(),
      folders: () => world.drive.folderInfos(),
      pathOf: (id: string) => world.drive.pathOf(id),
      quotaUsed: () => world.drive.quotaUsed(),
      grant: (id: string) => {
        if (!world.drive.get(id)) throw new Error(`emu.drive.grant: no item ${id}`);
        world.drive.picked.add(id);
      },
      userDocument: (name: string, text = "", folderId?: string) => {
        const { file, doc } = world.drive.userDocument(name, folderId);
        if (text !== "") setDocText(doc, text);
        return file.id;
      },
      userFolder: (name: string, parentId?: string) => world.drive.userFolder(name, parentId).id,
      newCloudProject: () => {
        for (const item of world.drive.items.values()) item.byApp = false;
        world.drive.picked.clear();
      },
      notified: () => world.drive.notified.map((n) => ({ ...n })),
      withoutGoogleAccount: (...emails: string[]) => {
        for (const e of emails) world.drive.noAccount.add(e.trim().toLowerCase());
      },
    },
    oauth: {
      scopes: () => world.oauth.list(),
      set: (scopes: readonly string[] | null) => world.oauth.set(scopes),
    },
    forms: {
      list: () => formInfos(world),
      responses: (formIdOrUrl: string) => formResponseInfos(world, formIdOrUrl),
      submit: (formIdOrUrl: string, answers?: Record<string, unknown>, submitOptions?: SubmitOptions) =>
        personSubmit(world, formIdOrUrl, answers, submitOptions),
      parsePrefilledUrl: (url: string) => parsePrefilledUrl(world, url),
    },
    mail: {
      sent: () =>
        world.mail.sent.map((m) => ({
          ...m,
          to: [...m.to],
          cc: [...m.cc],
          bcc: [...m.bcc],
          attachments: m.attachments.map((a) => ({ ...a, bytes: Buffer.from(a.bytes) })),
        })),
      clear: () => {
        world.mail.sent = [];
      },
      remaining: () => world.mail.remaining(),
    },
    docs: {
      text: (id: string) => docText(docOf(world, id).doc),
      html: (id: string) => {
        const { file, doc } = docOf(world, id);
        return docHtml(doc, file.name);
      },
      structure: (id: string) => docStructure(docOf(world, id).doc),
    },
  };
  worlds.set(emu, world);
  return emu;
}
