/**
 * The advanced Drive service (`Drive`, Drive API v3) over the emulator's Drive (drive.ts), with the reach the
 * script's OAuth scopes give it (oauth.ts): under `drive.file` only what this script made or the person chose in
 * the Picker (`emu.drive.grant`) is found; anything else answers "File not found", as Google does.
 *
 * Google's references: https://developers.google.com/apps-script/advanced/drive (the same objects, methods and
 * parameters as the REST API; `delete` is `remove`), https://developers.google.com/drive/api/reference/rest/v3
 * (files.create/copy/get/list/update, permissions.create/list/delete; default response fields `kind,id,name,
 * mimeType` unless `fields` asks for more; `parents` is changed by `addParents`/`removeParents` only),
 * https://developers.google.com/drive/api/guides/search-files (the `q` syntax) and
 * https://developers.google.com/drive/api/guides/api-specific-auth (drive.file).
 */
import { Facade, instrument } from "./core";
import { copyDocModel, GOOGLE_DOCS_MIME, newDocModel } from "./document";
import { type DriveItem, type FolderModel, hasGoogleAccount, MimeType } from "./drive";
import { blobOf } from "./utilities";
import type { World } from "./world";

/** The error Apps Script throws for an API's error answer: `GoogleJsonResponseException: API call to … failed`. */
export function apiError(method: string, message: string, code: number): Error {
  const error = new Error(`API call to drive.${method} failed with error: ${message}`);
  error.name = "GoogleJsonResponseException";
  Object.defineProperty(error, "details", { value: { code, message }, enumerable: false });
  return error;
}

const notFound = (method: string, id: string) => apiError(method, `File not found: ${id}.`, 404);
const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const FILE_FIELDS = [
  "kind",
  "id",
  "name",
  "mimeType",
  "parents",
  "trashed",
  "explicitlyTrashed",
  "description",
  "webViewLink",
  "createdTime",
  "modifiedTime",
  "size",
] as const;
const DEFAULT_FILE_FIELDS = ["kind", "id", "name", "mimeType"];
const PERMISSION_FIELDS = ["kind", "id", "type", "role", "emailAddress"] as const;
const DEFAULT_PERMISSION_FIELDS = ["kind", "id", "type", "role"];

type Args = Record<string, unknown>;

function argsOf(value: unknown, method: string): Args {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value))
    throw apiError(method, "Invalid argument: optionalArgs", 400);
  return value as Args;
}

/**
 * The fields asked for: `fields` of a single resource ("id,name,parents"), or of a list's items ("files(id,name),
 * nextPageToken"). `*` is every field; nothing asked is the API's default.
 */
function fieldsOf(
  fields: unknown,
  listKey: string | null,
  all: readonly string[],
  defaults: string[],
): Set<string> {
  if (fields === undefined || fields === null || fields === "") return new Set(defaults);
  const text = String(fields).replace(/\s+/g, "");
  if (text === "*") return new Set(all);
  if (listKey !== null) {
    const inner = new RegExp(`${listKey}\\(([^)]*)\\)`).exec(text)?.[1];
    if (inner === undefined) return new Set(text.split(",").includes(listKey) ? all : []);
    return inner === "*" ? new Set(all) : new Set(inner.split(","));
  }
  return new Set(text.split(","));
}

function pick(full: Record<string, unknown>, fields: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(full)) if (fields.has(key) && full[key] !== undefined) out[key] = full[key];
  return out;
}

/** One `q` clause the emulator understands, as a test of an item. */
function clauseOf(clause: string): (item: DriveItem, world: World) => boolean {
  const text = clause.trim();
  const quoted = "'((?:[^'\\\\]|\\\\.)*)'";
  const unquote = (s: string) => s.replace(/\\(.)/g, "$1");
  let m = new RegExp(`^name\\s*(=|!=|contains)\\s*${quoted}$`).exec(text);
  if (m) {
    const [, op, raw] = m;
    const value = unquote(raw ?? "");
    if (op === "=") return (item) => item.name === value;
    if (op === "!=") return (item) => item.name !== value;
    return (item) => item.name.toLowerCase().includes(value.toLowerCase());
  }
  m = new RegExp(`^${quoted}\\s+in\\s+parents$`).exec(text);
  if (m) {
    const parent = unquote(m[1] ?? "");
    return (item, world) => item.parents.includes(parent === "root" ? world.drive.root.id : parent);
  }
  m = /^trashed\s*(=|!=)\s*(true|false)$/.exec(text);
  if (m) {
    const want = (m[2] === "true") === (m[1] === "=");
    return (item, world) => world.drive.isTrashed(item) === want;
  }
  m = new RegExp(`^mimeType\\s*(=|!=)\\s*${quoted}$`).exec(text);
  if (m) {
    const [, op, raw] = m;
    const value = unquote(raw ?? "");
    return (item) => (mimeOf(item) === value) === (op === "=");
  }
  throw new Error(`emulator: Drive.Files.list q clause not emulated: ${text}`);
}

/** Splits `q` at ` and ` outside quotes; `or` and parentheses are not emulated. */
function queryOf(q: unknown): (item: DriveItem, world: World) => boolean {
  if (q === undefined || q === null || q === "") return () => true;
  const text = String(q);
  const parts: string[] = [];
  let current = "";
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\\" && inQuote) {
      current += ch + text.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === "'") inQuote = !inQuote;
    if (!inQuote && /^\s+and\s+/i.test(text.slice(i))) {
      parts.push(current);
      current = "";
      i += (/^\s+and\s+/i.exec(text.slice(i))?.[0].length ?? 1) - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  if (parts.some((p) => /\s+or\s+|[()]/i.test(p.replace(/'(?:[^'\\]|\\.)*'/g, "''"))))
    throw new Error(`emulator: Drive.Files.list q with "or" or parentheses is not emulated: ${text}`);
  const tests = parts.map(clauseOf);
  return (item, world) => tests.every((t) => t(item, world));
}

function mimeOf(item: DriveItem): string {
  return item.kind === "folder" ? MimeType.FOLDER : item.mimeType;
}

function linkOf(item: DriveItem): string {
  if (item.kind === "folder") return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.doc !== null) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  if (item.book !== null) return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  if (item.form) return `https://docs.google.com/forms/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

class DriveApi extends Facade {
  /** The scopes allow the Drive API at all (drive, drive.readonly or drive.file). */
  protected _scoped(method: string, write: boolean): void {
    const reach = this.world.oauth.driveReach();
    if (reach === "none" || (reach === "readonly" && write))
      throw apiError(method, "Request had insufficient authentication scopes.", 403);
  }
  /** The item as the scopes let the script see it: anything else is "not found". */
  protected _reach(id: unknown, method: string): DriveItem {
    if (typeof id !== "string" || id === "") throw apiError(method, "Required parameter: fileId", 400);
    const drive = this.world.drive;
    const item = id === "root" ? drive.root : drive.get(id);
    if (!item || !this._reachable(item)) throw notFound(method, id);
    return item;
  }
  protected _reachable(item: DriveItem): boolean {
    const reach = this.world.oauth.driveReach();
    if (reach === "full" || reach === "readonly") return true;
    const drive = this.world.drive;
    return item === drive.root || item.byApp || drive.picked.has(item.id);
  }
  protected _folder(id: unknown, method: string): FolderModel {
    const item = this._reach(id, method);
    if (item.kind !== "folder") throw apiError(method, "The specified parent is not a folder.", 403);
    return item;
  }
  protected _parents(value: unknown, method: string): FolderModel[] {
    if (value === undefined || value === null) return [this.world.drive.root];
    if (!Array.isArray(value)) throw apiError(method, "Invalid Value", 400);
    if (value.length > 1) throw apiError(method, "Increasing the number of parents is not allowed.", 403);
    return value.length === 0 ? [this.world.drive.root] : value.map((id) => this._folder(id, method));
  }
  protected _resource(item: DriveItem, fields: Set<string>): Record<string, unknown> {
    const drive = this.world.drive;
    const full: Record<string, unknown> = {
      kind: "drive#file",
      id: item.id,
      name: item.name,
      mimeType: mimeOf(item),
      parents: item === drive.root ? undefined : [...item.parents],
      trashed: drive.isTrashed(item),
      explicitlyTrashed: item.trashed,
      description: item.description ?? undefined,
      webViewLink: linkOf(item),
      createdTime: new Date(item.created).toISOString(),
      modifiedTime: new Date(item.updated).toISOString(),
      size:
        item.kind === "file" && item.doc === null && item.book === null && !item.form
          ? String(item.bytes.length)
          : undefined,
    };
    return pick(full, fields);
  }
}

export class EmuDriveFiles extends DriveApi {
  get(fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("files.get", false);
    const args = argsOf(optionalArgs, "files.get");
    if (args.alt === "media") throw new Error("emulator: Drive.Files.get with alt=media is not emulated");
    const item = this._reach(fileId, "files.get");
    return this._resource(item, fieldsOf(args.fields, null, FILE_FIELDS, DEFAULT_FILE_FIELDS));
  }

  list(optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("files.list", false);
    const args = argsOf(optionalArgs, "files.list");
    const test = queryOf(args.q);
    const drive = this.world.drive;
    const found = drive
      .all()
      .filter((item) => item !== drive.root && this._reachable(item) && test(item, this.world));
    const size = Math.min(Math.max(Number(args.pageSize ?? 100) || 100, 1), 1000);
    const start = args.pageToken ? Number(args.pageToken) : 0;
    if (!Number.isInteger(start) || start < 0) throw apiError("files.list", "Invalid Value", 400);
    const page = found.slice(start, start + size);
    const fields = fieldsOf(args.fields, "files", FILE_FIELDS, DEFAULT_FILE_FIELDS);
    const out: Record<string, unknown> = {
      kind: "drive#fileList",
      incompleteSearch: false,
      files: page.map((item) => this._resource(item, fields)),
    };
    if (start + size < found.length) out.nextPageToken = String(start + size);
    return out;
  }

  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("files.create", true);
    const meta = argsOf(resource, "files.create");
    const args = argsOf(optionalArgs, "files.create");
    const drive = this.world.drive;
    const [parent] = this._parents(meta.parents, "files.create");
    const blob = mediaData === undefined || mediaData === null ? undefined : blobOf(mediaData);
    if (mediaData !== undefined && mediaData !== null && !blob)
      throw apiError("files.create", "Invalid argument: mediaData", 400);
    const mime = typeof meta.mimeType === "string" ? meta.mimeType : (blob?._blob.contentType ?? null);
    const name = typeof meta.name === "string" ? meta.name : (blob?._blob.name ?? "Untitled");
    let item: DriveItem;
    if (mime === MimeType.FOLDER) {
      if (blob) throw apiError("files.create", "A folder cannot have content.", 400);
      item = drive.addFolder(name, parent!);
    } else if (mime === GOOGLE_DOCS_MIME) {
      if (blob) throw new Error("emulator: converting an upload into a Google Doc is not emulated");
      this._chargeDoc("files.create");
      item = drive.addFile(name, GOOGLE_DOCS_MIME, [parent!.id], { doc: newDocModel() });
    } else if (mime?.startsWith("application/vnd.google-apps.")) {
      throw new Error(`emulator: Drive.Files.create of ${mime} is not emulated`);
    } else {
      item = drive.addFile(name, mime ?? "application/octet-stream", [parent!.id], {
        bytes: blob ? Buffer.from(blob._blob.bytes) : Buffer.alloc(0),
      });
    }
    if (typeof meta.description === "string") item.description = meta.description;
    return this._resource(item, fieldsOf(args.fields, null, FILE_FIELDS, DEFAULT_FILE_FIELDS));
  }

  copy(resource: unknown, fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("files.copy", true);
    const meta = argsOf(resource, "files.copy");
    const args = argsOf(optionalArgs, "files.copy");
    const source = this._reach(fileId, "files.copy");
    if (source.kind === "folder")
      throw apiError("files.copy", "This file cannot be copied by the user.", 403);
    if (source.book !== null) throw new Error("emulator: copying a spreadsheet is not emulated");
    if (source.form) throw new Error("emulator: copying a form is not emulated");
    const parents =
      meta.parents === undefined
        ? source.parents.filter((p) => {
            const parent = this.world.drive.get(p);
            return parent !== undefined && this._reachable(parent);
          })
        : this._parents(meta.parents, "files.copy").map((f) => f.id);
    if (source.doc !== null) this._chargeDoc("files.copy");
    const copy = this.world.drive.addFile(
      typeof meta.name === "string" ? meta.name : `Copy of ${source.name}`,
      source.mimeType,
      parents.length > 0 ? parents : [this.world.drive.root.id],
      {
        bytes: Buffer.from(source.bytes),
        ...(source.doc !== null ? { doc: copyDocModel(source.doc) } : {}),
      },
    );
    copy.description = typeof meta.description === "string" ? meta.description : source.description;
    return this._resource(copy, fieldsOf(args.fields, null, FILE_FIELDS, DEFAULT_FILE_FIELDS));
  }

  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): unknown {
    this._scoped("files.update", true);
    const meta = argsOf(resource, "files.update");
    const args = argsOf(optionalArgs, "files.update");
    if (mediaData !== undefined && mediaData !== null)
      throw new Error("emulator: Drive.Files.update with media is not emulated");
    const item = this._reach(fileId, "files.update");
    if (meta.parents !== undefined)
      throw apiError(
        "files.update",
        "The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.",
        403,
      );
    if (item === this.world.drive.root)
      throw apiError("files.update", "The user does not have sufficient permissions for this file.", 403);
    const add =
      typeof args.addParents === "string" && args.addParents !== "" ? args.addParents.split(",") : [];
    const remove =
      typeof args.removeParents === "string" && args.removeParents !== ""
        ? args.removeParents.split(",")
        : [];
    const added = add.map((id) => this._folder(id.trim(), "files.update").id);
    const rootId = this.world.drive.root.id;
    const removed = remove.map((id) => (id.trim() === "root" ? rootId : id.trim()));
    const parents = [
      ...item.parents.filter((p) => !removed.includes(p)),
      ...added.filter((p) => !item.parents.includes(p)),
    ];
    if (parents.length > 1)
      throw apiError("files.update", "Increasing the number of parents is not allowed.", 403);
    if (item.kind === "folder")
      for (const id of added) {
        let probe: DriveItem | undefined = this.world.drive.get(id);
        while (probe) {
          if (probe === item)
            throw apiError("files.update", "A folder cannot be moved into itself or its own subfolder.", 400);
          probe = this.world.drive.get(probe.parents[0] ?? "");
        }
      }
    item.parents = parents;
    if (typeof meta.name === "string") item.name = meta.name;
    if (typeof meta.trashed === "boolean") item.trashed = meta.trashed;
    if (typeof meta.description === "string") item.description = meta.description;
    if (typeof meta.starred === "boolean") item.starred = meta.starred;
    item.updated = this.world.rt.clock.now();
    return this._resource(item, fieldsOf(args.fields, null, FILE_FIELDS, DEFAULT_FILE_FIELDS));
  }

  /** Deletes for good (the API's `delete`), skipping the trash; a folder's contents go with it. */
  remove(fileId: unknown): void {
    this._scoped("files.delete", true);
    const item = this._reach(fileId, "files.delete");
    const drive = this.world.drive;
    if (item === drive.root)
      throw apiError("files.delete", "The user does not have sufficient permissions for this file.", 403);
    const doomed = new Set([item.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const other of drive.all())
        if (!doomed.has(other.id) && other.parents.some((p) => doomed.has(p))) {
          doomed.add(other.id);
          grew = true;
        }
    }
    for (const id of doomed) drive.items.delete(id);
  }

  private _chargeDoc(method: string): void {
    try {
      this.world.drive.chargeDocCreate();
    } catch {
      throw apiError(method, "User rate limit exceeded.", 403);
    }
  }
}
instrument(EmuDriveFiles, { service: "Drive", className: "Files" });

/** A user's permission id: stable per address, as Google's are. */
function permissionId(email: string): string {
  let h = 0;
  for (const ch of email) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return String(10_000_000_000 + h);
}

const ROLE_LISTS = { reader: "viewers", commenter: "commenters", writer: "editors" } as const;

export class EmuDrivePermissions extends DriveApi {
  create(resource: unknown, fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("permissions.create", true);
    const meta = argsOf(resource, "permissions.create");
    const args = argsOf(optionalArgs, "permissions.create");
    const item = this._reach(fileId, "permissions.create");
    if (meta.type !== "user")
      throw new Error(`emulator: permissions of type ${String(meta.type)} are not emulated`);
    const role = meta.role;
    if (role !== "reader" && role !== "commenter" && role !== "writer")
      throw apiError("permissions.create", "The provided role is not valid.", 400);
    const email = typeof meta.emailAddress === "string" ? meta.emailAddress.trim() : "";
    if (!EMAIL_RE.test(email)) throw apiError("permissions.create", "Bad Request", 400);
    // Google shares quietly only with a Google account: anyone else can be reached by the invitation alone.
    if (args.sendNotificationEmail === false && !hasGoogleAccount(this.world.drive, email))
      throw apiError(
        "permissions.create",
        `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`,
        400,
      );
    if (email !== this.world.drive.owner) {
      item.viewers = item.viewers.filter((e) => e !== email);
      item.commenters = item.commenters.filter((e) => e !== email);
      item.editors = item.editors.filter((e) => e !== email);
      item[ROLE_LISTS[role]].push(email);
      // Google mails the person unless told not to (sendNotificationEmail defaults to true for users).
      if (args.sendNotificationEmail !== false)
        this.world.drive.notified.push({ to: email, fileId: item.id });
    }
    const full = {
      kind: "drive#permission",
      id: permissionId(email),
      type: "user",
      role,
      emailAddress: email,
    };
    return pick(full, fieldsOf(args.fields, null, PERMISSION_FIELDS, DEFAULT_PERMISSION_FIELDS));
  }

  list(fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    this._scoped("permissions.list", false);
    const args = argsOf(optionalArgs, "permissions.list");
    const item = this._reach(fileId, "permissions.list");
    const entries: [string, string][] = [
      [this.world.drive.owner, "owner"],
      ...item.editors.map((e): [string, string] => [e, "writer"]),
      ...item.commenters.map((e): [string, string] => [e, "commenter"]),
      ...item.viewers.map((e): [string, string] => [e, "reader"]),
    ];
    const fields = fieldsOf(args.fields, "permissions", PERMISSION_FIELDS, DEFAULT_PERMISSION_FIELDS);
    return {
      kind: "drive#permissionList",
      permissions: entries.map(([email, role]) =>
        pick(
          { kind: "drive#permission", id: permissionId(email), type: "user", role, emailAddress: email },
          fields,
        ),
      ),
    };
  }

  /** The API's `delete`. */
  remove(fileId: unknown, permissionIdArg: unknown): void {
    this._scoped("permissions.delete", true);
    const item = this._reach(fileId, "permissions.delete");
    const match = (e: string) => permissionId(e) === permissionIdArg;
    if (![...item.editors, ...item.commenters, ...item.viewers].some(match))
      throw apiError("permissions.delete", `Permission not found: ${String(permissionIdArg)}.`, 404);
    item.editors = item.editors.filter((e) => !match(e));
    item.commenters = item.commenters.filter((e) => !match(e));
    item.viewers = item.viewers.filter((e) => !match(e));
  }
}
instrument(EmuDrivePermissions, { service: "Drive", className: "Permissions" });

/** The `Drive` global of a project that enables the advanced Drive service, v3. */
export class EmuDrive extends Facade {
  declare readonly Files: EmuDriveFiles;
  declare readonly Permissions: EmuDrivePermissions;
  constructor(world: World) {
    super(world);
    Object.defineProperty(this, "Files", { value: new EmuDriveFiles(world), enumerable: true });
    Object.defineProperty(this, "Permissions", { value: new EmuDrivePermissions(world), enumerable: true });
  }
}
Object.defineProperty(EmuDrive.prototype, "toString", {
  value: () => "Drive",
  writable: true,
  configurable: true,
});
