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

export interface World {
  readonly rt: Runtime;
  readonly user: UserOptions;
  readonly timeZone: string;
  readonly addonName: string;
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
