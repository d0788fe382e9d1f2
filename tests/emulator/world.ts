/**
 * The shared state every service object reaches through `this.world`. Type-only imports keep the service
 * modules free of import cycles; index.ts builds the one World of an emulator.
 */
import type { CacheStores } from "./cache";
import type { Runtime } from "./core";
import type { DriveStore } from "./drive";
import type { FormStore } from "./forms";
import type { LockState } from "./lock";
import type { MailStore } from "./mail";
import type { Workbooks } from "./model";
import type { OAuthState } from "./oauth";
import type { PropertyStores } from "./properties";
import type { TriggerStore } from "./scriptApp";
import type { UiState } from "./ui";

export interface UserOptions {
  email: string;
  locale: string;
}

/** How the script reaches the user: bound to the spreadsheet, or installed as an editor add-on. */
export interface ScriptState {
  /** null: a script bound to the spreadsheet (clasp push); otherwise an editor add-on. */
  readonly addon: {
    readonly source: "WEB_STORE_ADD_ON" | "APPS_MARKETPLACE_DOMAIN_ADD_ON";
    /** Ids of the spreadsheets the add-on is enabled in (used there once). */
    readonly enabledIn: Set<string>;
  } | null;
  /** Has the user granted the manifest's scopes? */
  authorized: boolean;
  /** The scopes of the manifest (loadBundle reads dist/appsscript.json). */
  scopes: string[];
  /** The user's answers to Google's authorization dialog, in order. */
  readonly consentQueue: ("allow" | "deny")[];
  /** Every authorization dialog Google showed. */
  readonly prompts: AuthorizationPrompt[];
}

export interface AuthorizationPrompt {
  /** The function the user's click was about to run. */
  functionName: string;
  scopes: string[];
  answer: "allow" | "deny";
}

export interface World {
  readonly rt: Runtime;
  readonly user: UserOptions;
  readonly timeZone: string;
  readonly addonName: string;
  readonly script: ScriptState;
  readonly scriptId: string;
  readonly books: Workbooks;
  readonly ui: UiState;
  readonly locks: LockState;
  readonly triggers: TriggerStore;
  readonly properties: PropertyStores;
  readonly caches: CacheStores;
  /** Drive's folders and files (Google Docs with their content, the spreadsheets) and the docs quota. */
  readonly drive: DriveStore;
  /** Ids and short links of the forms (the forms themselves are Drive files). */
  readonly forms: FormStore;
  /** Sent mail and the daily quota of recipients. */
  readonly mail: MailStore;
  /** The manifest's OAuth scopes (null: every scope), which DriveApp and the Drive API check. */
  readonly oauth: OAuthState;
  readonly logs: string[];
  readonly htmlFiles: Record<string, string>;
  /** The bundle's vm context (set by vmHost): template scriptlets compile there. */
  scriptRealm: { Function: FunctionConstructor } | undefined;
  /** Deterministic pseudo-random numbers in [0, 1) (uuids, ids). */
  random(): number;
}
