/**
 * The script's OAuth scopes, as the manifest's `oauthScopes` lists them, and what they let DriveApp and the
 * advanced Drive service reach. `null` scopes (an emulator made without a manifest) allow everything, so the
 * emulator's own tests of DriveApp keep working; vmHost and tests/support/gas.ts pass the manifest's list.
 *
 * Google's references: https://developers.google.com/apps-script/concepts/scopes (explicit scopes: a call the
 * listed scopes do not cover fails with "You do not have permission to call …. Required permissions: …"), and
 * https://developers.google.com/drive/api/guides/api-specific-auth (drive.file: only files the app created or
 * the user opened with it, e.g. chose in the Picker).
 */
import { gasError } from "./core";

export const SCOPE_PREFIX = "https://www.googleapis.com/auth/";
export const DRIVE = `${SCOPE_PREFIX}drive`;
export const DRIVE_READONLY = `${SCOPE_PREFIX}drive.readonly`;
export const DRIVE_FILE = `${SCOPE_PREFIX}drive.file`;

/** How much of the user's Drive the scopes reach. */
export type DriveReach = "full" | "readonly" | "file" | "none";

export class OAuthState {
  private scopes: Set<string> | null;
  /** Set by createEmulator's `oauthScopes`: vmHost then keeps them rather than reading the manifest's. */
  explicit: boolean;

  constructor(scopes?: readonly string[] | null) {
    this.scopes = scopes ? new Set(scopes) : null;
    this.explicit = scopes !== undefined && scopes !== null;
  }

  list(): string[] | null {
    return this.scopes ? [...this.scopes] : null;
  }

  set(scopes: readonly string[] | null): void {
    this.scopes = scopes ? new Set(scopes) : null;
  }

  allows(scope: string): boolean {
    return this.scopes === null || this.scopes.has(scope);
  }

  driveReach(): DriveReach {
    if (this.allows(DRIVE)) return "full";
    if (this.allows(DRIVE_READONLY)) return "readonly";
    if (this.allows(DRIVE_FILE)) return "file";
    return "none";
  }
}

/** DriveApp methods that only read (drive.readonly is enough for them). */
const READS = /^(get|is|has|next|search)/;

/**
 * DriveApp needs `drive` (or `drive.readonly` for reads); `drive.file` does not cover it. Google's message names
 * the method and the scope it needed.
 */
export function requireDriveApp(oauth: OAuthState, className: string, method: string): void {
  const reach = oauth.driveReach();
  if (reach === "full") return;
  const read = READS.test(method);
  if (read && reach === "readonly") return;
  const call = className === "DriveApp" ? `DriveApp.${method}` : `DriveApp.${className}.${method}`;
  const needed = read ? `(${DRIVE_READONLY} || ${DRIVE})` : DRIVE;
  throw gasError(`You do not have permission to call ${call}. Required permissions: ${needed}`);
}
