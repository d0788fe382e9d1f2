/**
 * loadBundle(distDir, emu): runs the built add-on (dist/*.js, dist/*.html) in a fresh vm context whose
 * global object holds only emu.globals, the way Apps Script runs a project.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createContext, runInContext } from "node:vm";
import { type AuthModeName, type ExecutionKind, errorToRealm, gasError, type Realm, toRealm } from "./core";
import { AuthMode } from "./enums";
import { dueRuns, type Emulator, worldOf } from "./index";
import { newSpreadsheet } from "./spreadsheet";
import { makeVirtualDate } from "./virtualDate";

export interface TriggerRun {
  triggerUid: string;
  functionName: string;
  /** "CLOCK" for a time-based trigger, "ON_FORM_SUBMIT" for a form's submission. */
  eventType: "CLOCK" | "ON_FORM_SUBMIT";
  /** The instant the trigger was due (a submission: its time). */
  scheduledAt: number;
  ok: boolean;
  result?: unknown;
  error?: Error;
}

export interface BundleHost {
  /** The vm context (its global object). */
  readonly context: Record<string, unknown>;
  /** Names of the top-level functions the bundle defined. */
  functions(): string[];
  /** Runs one execution (kind "menu") of a top-level function. */
  call(name: string, ...args: unknown[]): unknown;
  /** Same as call, in an execution of the given kind ("trigger" executions have no Ui). */
  callAs(kind: ExecutionKind, name: string, ...args: unknown[]): unknown;
  /**
   * The user clicks the menu item at path (menu caption, …, item caption). Its function runs in AuthMode.FULL;
   * a user who has not authorised the script first gets Google's authorization dialog (answer it with
   * `emu.auth.queueConsent`): on "deny" nothing runs and `undefined` is returned. A click enables an add-on in
   * the spreadsheet.
   */
  clickMenu(...path: string[]): unknown;
  /**
   * The spreadsheet is opened: Google runs `onOpen(e)` with `e.authMode` (and `e.source` unless NONE) in that
   * auth mode, by default the one `emu.auth.openMode()` gives (NONE for an add-on not yet used in the file,
   * LIMITED otherwise). Does nothing when the bundle has no onOpen.
   */
  open(authMode?: AuthModeName): unknown;
  /** The user installs the add-on from the Marketplace while in the spreadsheet: `onInstall(e)` in FULL. */
  install(): unknown;
  /**
   * Runs every time-based trigger that is due and every onFormSubmit run owed for a submission, each in its own
   * "trigger" execution, in time order.
   */
  runDueTriggers(): TriggerRun[];
}

interface Manifest {
  oauthScopes?: string[];
  dependencies?: {
    enabledAdvancedServices?: { userSymbol?: string; serviceId?: string; version?: string }[];
  };
}

function readManifest(dir: string): Manifest | null {
  const path = join(dir, "appsscript.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Manifest) : null;
}

const NODE_REALM: Realm = { Array, Object, Date, Error, Function };

export function loadBundle(distDir: string, emu: Emulator): BundleHost {
  const world = worldOf(emu);
  const dir = resolve(distDir);
  const files = readdirSync(dir).sort();
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    world.htmlFiles[file.slice(0, -".html".length)] = readFileSync(join(dir, file), "utf8");
  }

  const sandbox: Record<string, unknown> = {};
  const context = createContext(sandbox, {
    name: "apps-script",
    codeGeneration: { strings: true, wasm: false },
  });
  const builtin = <T>(name: string): T => runInContext(name, context) as T;
  const virtualDate = makeVirtualDate(builtin<DateConstructor>("Date"), () => world.rt.clock.now());
  const realm: Realm = {
    Array: builtin("Array"),
    Object: builtin("Object"),
    Error: builtin("Error"),
    Function: builtin("Function"),
    Date: virtualDate,
  };
  // The manifest: its oauthScopes bound what the script may reach (unless the test set its own), and the
  // advanced Drive service is a global only when enabledAdvancedServices lists it, as in Apps Script.
  const manifest = readManifest(dir);
  if (manifest && !world.oauth.explicit) world.oauth.set(manifest.oauthScopes ?? null);
  const driveEnabled = (manifest?.dependencies?.enabledAdvancedServices ?? []).some(
    (s) => s.userSymbol === "Drive" && s.serviceId === "drive",
  );
  for (const [key, value] of Object.entries(emu.globals)) {
    if (key === "Drive" && !driveEnabled) continue;
    sandbox[key] = key === "Date" ? virtualDate : value;
  }
  const provided = new Set(Object.keys(sandbox));
  world.scriptRealm = { Function: realm.Function };
  // The scopes the authorization dialog asks for.
  if (manifest) world.script.scopes = (manifest.oauthScopes ?? []).map(String);

  for (const file of files.filter((f) => f.endsWith(".js"))) {
    const path = join(dir, file);
    runInContext(readFileSync(path, "utf8"), context, { filename: path });
  }

  const functions = (): string[] =>
    Object.keys(sandbox).filter((key) => !provided.has(key) && typeof sandbox[key] === "function");

  const runAs = (kind: ExecutionKind, authMode: AuthModeName, name: string, args: unknown[]): unknown => {
    const fn = functions().includes(name) ? sandbox[name] : undefined;
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    if (authMode === "FULL" && kind !== "trigger" && !world.script.authorized) {
      // google.script.run (or a run from the editor) by a user who never granted the scopes.
      throw errorToRealm(gasError("Authorization is required to perform that action."), NODE_REALM);
    }
    const scriptArgs = toRealm(args, realm) as unknown[];
    try {
      const result = world.rt.executions.run(() => (fn as (...a: unknown[]) => unknown)(...scriptArgs), {
        kind,
        authMode,
        realm,
      });
      return toRealm(result, NODE_REALM);
    } catch (error) {
      throw errorToRealm(error, NODE_REALM);
    }
  };
  const callAs = (kind: ExecutionKind, name: string, ...args: unknown[]): unknown =>
    runAs(kind, "FULL", name, args);
  const script = world.script;
  const enable = (): void => {
    script.addon?.enabledIn.add(world.books.bound.id);
  };

  return {
    context: sandbox,
    functions,
    call: (name, ...args) => callAs("menu", name, ...args),
    callAs,
    clickMenu: (...path) => {
      const name = emu.ui.findFunction(...path);
      if (!script.authorized) {
        const answer = script.consentQueue.shift();
        if (answer === undefined) {
          throw new Error(
            `emu: "${path.join(" → ")}" needs the user's authorization first; call emu.auth.queueConsent("allow" | "deny")`,
          );
        }
        script.prompts.push({ functionName: name, scopes: [...script.scopes], answer });
        if (answer === "deny") return undefined;
        script.authorized = true;
      }
      enable();
      return callAs("menu", name);
    },
    open(authMode?: AuthModeName): unknown {
      if (!functions().includes("onOpen")) return undefined;
      const mode = authMode ?? emu.auth.openMode();
      const event: Record<string, unknown> = { authMode: AuthMode[mode] };
      if (mode !== "NONE") event["source"] = newSpreadsheet(world, world.books.bound);
      return runAs("menu", mode, "onOpen", [event]);
    },
    install(): unknown {
      if (!script.addon)
        throw new Error("emu: onInstall runs only for an add-on (createEmulator({ addon: {} }))");
      // The Marketplace's install dialog is where the user grants the scopes.
      script.authorized = true;
      enable();
      return runAs("menu", "FULL", "onInstall", [{ authMode: AuthMode.FULL }]);
    },
    runDueTriggers(): TriggerRun[] {
      return dueRuns(world).map((due) => {
        const run = {
          triggerUid: due.triggerUid,
          functionName: due.handlerFunction,
          eventType: due.eventType,
          scheduledAt: due.scheduledAt,
        };
        try {
          return { ...run, ok: true, result: callAs("trigger", due.handlerFunction, due.start()) };
        } catch (error) {
          return { ...run, ok: false, error: error instanceof Error ? error : new Error(String(error)) };
        }
      });
    },
  };
}
