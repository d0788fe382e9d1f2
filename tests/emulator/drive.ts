/**
 * DriveApp: an in-memory Drive owned by the emulator's user: folders, uploaded files, Google Docs (their
 * content lives in document.ts) and the emulator's spreadsheets, with the daily quota of documents created.
 */
import { type Clock, Facade, gasError, instrument, isEnumOf, makeEnum, signatureError } from "./core";
import {
  convertedName,
  copyDocModel,
  type DocModel,
  type DocumentStore,
  docBlob,
  docStructure,
  GOOGLE_DOCS_MIME,
  newDocModel,
  pdfBytes,
} from "./document";
import type { FormModel } from "./forms";
import { type SpreadsheetModel, snapshotOf, type Workbooks } from "./model";
import { requireDriveApp } from "./oauth";
import { EmuUser } from "./session";
import { zonedFields } from "./tz";
import { blobOf, EmuBlob } from "./utilities";
import type { World } from "./world";

// ---------------------------------------------------------------------------------------------- enums

/** The `MimeType` global: every name @types/google-apps-script declares, with Google's values. */
export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: "application/vnd.google-apps.script",
  GOOGLE_DRAWINGS: "application/vnd.google-apps.drawing",
  GOOGLE_DOCS: GOOGLE_DOCS_MIME,
  GOOGLE_FORMS: "application/vnd.google-apps.form",
  GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
  GOOGLE_SITES: "application/vnd.google-apps.site",
  GOOGLE_SLIDES: "application/vnd.google-apps.presentation",
  FOLDER: "application/vnd.google-apps.folder",
  SHORTCUT: "application/vnd.google-apps.shortcut",
  BMP: "image/bmp",
  GIF: "image/gif",
  JPEG: "image/jpeg",
  PNG: "image/png",
  SVG: "image/svg+xml",
  PDF: "application/pdf",
  CSS: "text/css",
  CSV: "text/csv",
  HTML: "text/html",
  JAVASCRIPT: "application/javascript",
  PLAIN_TEXT: "text/plain",
  RTF: "application/rtf",
  OPENDOCUMENT_GRAPHICS: "application/vnd.oasis.opendocument.graphics",
  OPENDOCUMENT_PRESENTATION: "application/vnd.oasis.opendocument.presentation",
  OPENDOCUMENT_SPREADSHEET: "application/vnd.oasis.opendocument.spreadsheet",
  OPENDOCUMENT_TEXT: "application/vnd.oasis.opendocument.text",
  MICROSOFT_EXCEL: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  MICROSOFT_EXCEL_LEGACY: "application/vnd.ms-excel",
  MICROSOFT_POWERPOINT: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  MICROSOFT_POWERPOINT_LEGACY: "application/vnd.ms-powerpoint",
  MICROSOFT_WORD: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  MICROSOFT_WORD_LEGACY: "application/msword",
  ZIP: "application/zip",
});

export const Access = makeEnum(["ANYONE", "ANYONE_WITH_LINK", "DOMAIN", "DOMAIN_WITH_LINK", "PRIVATE"]);
export const Permission = makeEnum([
  "VIEW",
  "EDIT",
  "COMMENT",
  "OWNER",
  "ORGANIZER",
  "FILE_ORGANIZER",
  "NONE",
]);
type AccessName = keyof typeof Access;
type PermissionName = keyof typeof Permission;

// ---------------------------------------------------------------------------------------------- model

interface ItemModel {
  readonly id: string;
  name: string;
  /** Ids of the parent folders (the root folder has none). */
  parents: string[];
  /** Set on the item itself; an item inside a trashed folder is trashed too (see DriveStore.isTrashed). */
  trashed: boolean;
  starred: boolean;
  shareableByEditors: boolean;
  description: string | null;
  created: number;
  updated: number;
  access: AccessName;
  permission: PermissionName;
  editors: string[];
  viewers: string[];
  commenters: string[];
  /**
   * Made by this script (DriveApp, the Drive API, DocumentApp.create, FormApp.create, SpreadsheetApp.create):
   * what `drive.file` reaches without the Picker. False for what the person made by hand (and the bound
   * spreadsheet), see `emu.drive.userDocument`.
   */
  byApp: boolean;
}

export interface FolderModel extends ItemModel {
  readonly kind: "folder";
}

export interface FileModel extends ItemModel {
  readonly kind: "file";
  readonly mimeType: string;
  /** Content of an uploaded file (empty for Google files). */
  bytes: Buffer;
  /** A Google Doc's content. */
  readonly doc: DocModel | null;
  /** A spreadsheet's model (its name is the file's name). */
  readonly book: SpreadsheetModel | null;
  /** A Google Form's content (forms.ts); its title is not the file's name, as in Google. */
  readonly form?: FormModel | null;
}

export type DriveItem = FolderModel | FileModel;

export const DEFAULT_DOCS_CREATED_PER_DAY = 250;
export const DOCS_QUOTA_MESSAGE = "Service invoked too many times for one day: docs create.";
const NOT_FOUND =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** What emu.drive.files() lists. */
export interface DriveFileInfo {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Drive's description ("" when it has none). */
  description: string;
  sharing: { access: AccessName; permission: PermissionName };
  /** Emails given access one by one (the owner is not listed). */
  editors: string[];
  commenters: string[];
  viewers: string[];
}

export interface DriveFolderInfo {
  id: string;
  name: string;
  parents: string[];
  trashed: boolean;
  sharing: { access: AccessName; permission: PermissionName };
  editors: string[];
  viewers: string[];
}

/**
 * Whether a Google account stands behind an address: not for those marked by `emu.drive.withoutGoogleAccount`,
 * nor at the reserved `.invalid` domain (RFC 2606), where no mail arrives and so nobody can have verified an
 * account; every other address is taken to have one (the sample school's `.example` addresses included).
 */
export function hasGoogleAccount(store: DriveStore, email: string): boolean {
  const address = email.trim().toLowerCase();
  return !store.noAccount.has(address) && !address.endsWith(".invalid");
}

export class DriveStore implements DocumentStore {
  /** Every folder and file, in creation order. */
  readonly items = new Map<string, DriveItem>();
  readonly root: FolderModel;
  /** Files and folders the user chose in the Picker (emu.drive.grant): drive.file reaches them too. */
  readonly picked = new Set<string>();
  /** Sharing notifications Google would have mailed (Drive.Permissions.create without sendNotificationEmail false). */
  readonly notified: { to: string; fileId: string }[] = [];
  /** Addresses with no Google account behind them (emu.drive.withoutGoogleAccount), lower-cased. */
  readonly noAccount = new Set<string>();
  /** Documents created per virtual day ("2026-9-1") in the script's time zone. */
  private readonly docsCreated = new Map<string, number>();

  constructor(
    private readonly random: () => number,
    private readonly clock: Clock,
    private readonly timeZone: string,
    readonly owner: string,
    private readonly books: Workbooks,
    readonly docsPerDay: number,
    rootName: string,
  ) {
    this.root = { ...this.baseItem(this.newId("0A", 19), rootName, []), kind: "folder" };
    this.items.set(this.root.id, this.root);
    this.sync();
  }

  private newId(prefix: string, length: number): string {
    for (;;) {
      let id = prefix;
      while (id.length < length) id += ID_CHARS.charAt(Math.floor(this.random() * ID_CHARS.length));
      if (!this.items.has(id)) return id;
    }
  }

  private baseItem(id: string, name: string, parents: string[]): ItemModel {
    const now = this.clock.now();
    return {
      id,
      name,
      parents,
      trashed: false,
      starred: false,
      shareableByEditors: true,
      description: null,
      created: now,
      updated: now,
      access: "PRIVATE",
      permission: "NONE",
      editors: [],
      viewers: [],
      commenters: [],
      byApp: true,
    };
  }

  /** Spreadsheets made by SpreadsheetApp (and the bound one) appear in the root folder. */
  sync(): void {
    for (const book of this.books.all.values()) {
      if (this.items.has(book.id)) continue;
      const file = {
        ...this.baseItem(book.id, book.name, [this.root.id]),
        byApp: book !== this.books.bound,
        kind: "file",
        mimeType: MimeType.GOOGLE_SHEETS,
        bytes: Buffer.alloc(0),
        doc: null,
        book,
      } as FileModel;
      Object.defineProperty(file, "name", {
        get: () => book.name,
        set: (name: string) => {
          book.name = name;
        },
        enumerable: true,
      });
      this.items.set(book.id, file);
    }
  }

  get(id: string): DriveItem | undefined {
    this.sync();
    return this.items.get(id);
  }

  all(): DriveItem[] {
    this.sync();
    return [...this.items.values()];
  }

  addFolder(name: string, parent: FolderModel): FolderModel {
    const folder: FolderModel = { ...this.baseItem(this.newId("1", 33), name, [parent.id]), kind: "folder" };
    this.items.set(folder.id, folder);
    return folder;
  }

  addFile(
    name: string,
    mimeType: string,
    parents: string[],
    content: { bytes?: Buffer; doc?: DocModel; form?: FormModel },
  ): FileModel {
    const id = content.doc || content.form ? this.newId("1", 44) : this.newId("1", 33);
    const file: FileModel = {
      ...this.baseItem(id, name, parents),
      kind: "file",
      mimeType,
      bytes: content.bytes ?? Buffer.alloc(0),
      doc: content.doc ?? null,
      book: null,
      form: content.form ?? null,
    };
    this.items.set(id, file);
    return file;
  }

  private dayKey(): string {
    const f = zonedFields(this.clock.now(), this.timeZone);
    return `${f.year}-${f.month}-${f.day}`;
  }

  /** Counts one created document against today's quota; throws (and counts nothing) when it is spent. */
  chargeDocCreate(): void {
    const key = this.dayKey();
    const used = this.docsCreated.get(key) ?? 0;
    if (used >= this.docsPerDay) throw gasError(DOCS_QUOTA_MESSAGE);
    this.docsCreated.set(key, used + 1);
  }

  quotaUsed(): number {
    return this.docsCreated.get(this.dayKey()) ?? 0;
  }

  docFile(id: string): { file: FileModel; doc: DocModel } | undefined {
    const item = this.get(id);
    return item?.kind === "file" && item.doc !== null ? { file: item, doc: item.doc } : undefined;
  }

  createDocument(name: string): { file: FileModel; doc: DocModel } {
    this.chargeDocCreate();
    const doc = newDocModel();
    return { file: this.addFile(name, MimeType.GOOGLE_DOCS, [this.root.id], { doc }), doc };
  }

  /** A Google Doc the person made by hand (not by the script): drive.file does not reach it until picked. */
  userDocument(name: string, parentId?: string): { file: FileModel; doc: DocModel } {
    const doc = newDocModel();
    const file = this.addFile(name, MimeType.GOOGLE_DOCS, [parentId ?? this.root.id], { doc });
    file.byApp = false;
    return { file, doc };
  }

  /** A folder the person made by hand. */
  userFolder(name: string, parentId?: string): FolderModel {
    const parent = this.items.get(parentId ?? this.root.id);
    if (parent?.kind !== "folder") throw new Error(`emu.drive.userFolder: no folder ${String(parentId)}`);
    const folder = this.addFolder(name, parent);
    folder.byApp = false;
    return folder;
  }

  /** Trashed itself or inside a trashed folder. */
  isTrashed(item: DriveItem, seen = new Set<string>()): boolean {
    if (item.trashed) return true;
    seen.add(item.id);
    return item.parents.some((p) => {
      const parent = this.items.get(p);
      return parent !== undefined && !seen.has(p) && this.isTrashed(parent, seen);
    });
  }

  /** Names from just below the root down to the folder itself (a file: to the folder holding it). */
  pathOf(id: string): string[] {
    const start = this.get(id);
    if (!start) throw new Error(`emu.drive.pathOf: no item ${id}`);
    const path: string[] = [];
    let item: DriveItem | undefined = start.kind === "file" ? this.items.get(start.parents[0] ?? "") : start;
    const seen = new Set<string>();
    while (item && item !== this.root && !seen.has(item.id)) {
      seen.add(item.id);
      path.unshift(item.name);
      item = this.items.get(item.parents[0] ?? "");
    }
    return path;
  }

  fileInfos(): DriveFileInfo[] {
    return this.all()
      .filter((i): i is FileModel => i.kind === "file")
      .map((f) => ({
        id: f.id,
        name: f.name,
        mimeType: f.mimeType,
        parents: [...f.parents],
        trashed: this.isTrashed(f),
        description: f.description ?? "",
        sharing: { access: f.access, permission: f.permission },
        editors: [...f.editors],
        commenters: [...f.commenters],
        viewers: [...f.viewers],
      }));
  }

  folderInfos(): DriveFolderInfo[] {
    return this.all()
      .filter((i): i is FolderModel => i.kind === "folder")
      .map((f) => ({
        id: f.id,
        name: f.name,
        parents: [...f.parents],
        trashed: this.isTrashed(f),
        sharing: { access: f.access, permission: f.permission },
        editors: [...f.editors],
        viewers: [...f.viewers],
      }));
  }
}

// ---------------------------------------------------------------------------------------------- argument checks

/** Drive's classes as Google names them in its messages. */
function driveTypeName(value: unknown): string | undefined {
  if (value === null) return "null";
  if (value instanceof EmuFolder) return "DriveApp.Folder";
  if (value instanceof EmuFile) return "DriveApp.File";
  if (value instanceof EmuBlob) return "Blob";
  if (Array.isArray(value)) return "Object[]";
  return undefined;
}

/** Google's message for arguments that match no overload, naming Drive classes as Google does. */
function badArgs(method: string, args: readonly unknown[]): Error {
  return signatureError(`DriveApp.${method}`, args, driveTypeName);
}

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function emailsArg(value: unknown, plural: boolean, method: string): string[] {
  const list = plural ? value : [value];
  if (!Array.isArray(list)) throw badArgs(method, [value]);
  return list.map((item: unknown) => {
    let email: string | undefined;
    if (typeof item === "string") email = item;
    else if (item instanceof EmuUser) email = item._email;
    else if (item instanceof EmuDriveUser) email = item._email;
    if (email === undefined) throw badArgs(method, [value]);
    if (!EMAIL_RE.test(email)) throw gasError(`Invalid email: ${email}`);
    return email;
  });
}

const isGoogleType = (mime: string): boolean => mime.startsWith("application/vnd.google-apps.");

/** createFile(blob) | createFile(name, content[, mimeType]) in `parent`. */
function createFileIn(world: World, parent: FolderModel, method: string, args: readonly unknown[]): EmuFile {
  const [first, content, mimeType] = args;
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const blob = end === 1 ? blobOf(first) : undefined;
  let file: FileModel;
  if (blob) {
    const { name, contentType, bytes } = blob._blob;
    if (name === null || name === "")
      throw gasError("Blob object must have non-null name for this operation.");
    file = world.drive.addFile(name, contentType ?? MimeType.PLAIN_TEXT, [parent.id], {
      bytes: Buffer.from(bytes),
    });
  } else {
    if ((first === null || first === "") && typeof content === "string")
      throw gasError("Invalid argument: name");
    if (
      typeof first !== "string" ||
      typeof content !== "string" ||
      (mimeType !== undefined && typeof mimeType !== "string")
    ) {
      throw badArgs(method, args);
    }
    const mime = mimeType ?? MimeType.PLAIN_TEXT;
    if (isGoogleType(mime)) throw gasError("Invalid argument: mimeType");
    file = world.drive.addFile(first, mime, [parent.id], { bytes: Buffer.from(content, "utf8") });
  }
  return new EmuFile(world, file);
}

// ---------------------------------------------------------------------------------------------- facades

/** DriveApp needs the full `drive` scope (or `drive.readonly` to read): see oauth.ts. */
function guardOf(className: string): (world: World, method: string) => void {
  return (world, method) => requireDriveApp(world.oauth, className, method);
}

export class EmuDriveUser extends Facade {
  declare readonly _email: string;
  constructor(world: World, email: string) {
    super(world);
    Object.defineProperty(this, "_email", { value: email, enumerable: false });
  }
  getEmail(): string {
    return this._email;
  }
  /** The emulator has no display names: the part of the email before "@". */
  getName(): string {
    return this._email.slice(0, this._email.indexOf("@"));
  }
  getDomain(): string {
    return this._email.slice(this._email.indexOf("@") + 1);
  }
  getPhotoUrl(): string {
    return "";
  }
}
instrument(EmuDriveUser, { service: "DriveApp", className: "DriveUser", guard: guardOf("User") });

export class EmuFileIterator extends Facade {
  declare readonly _state: { items: FileModel[]; next: number };
  constructor(world: World, items: FileModel[]) {
    super(world);
    Object.defineProperty(this, "_state", { value: { items, next: 0 }, enumerable: false });
  }
  hasNext(): boolean {
    return this._state.next < this._state.items.length;
  }
  next(): EmuFile {
    const item = this._state.items[this._state.next];
    if (item === undefined) throw gasError("Cannot retrieve the next object: iterator has reached the end.");
    this._state.next++;
    return new EmuFile(this.world, item);
  }
}
instrument(EmuFileIterator, {
  service: "DriveApp",
  className: "FileIterator",
  guard: guardOf("FileIterator"),
});

export class EmuFolderIterator extends Facade {
  declare readonly _state: { items: FolderModel[]; next: number };
  constructor(world: World, items: FolderModel[]) {
    super(world);
    Object.defineProperty(this, "_state", { value: { items, next: 0 }, enumerable: false });
  }
  hasNext(): boolean {
    return this._state.next < this._state.items.length;
  }
  next(): EmuFolder {
    const item = this._state.items[this._state.next];
    if (item === undefined) throw gasError("Cannot retrieve the next object: iterator has reached the end.");
    this._state.next++;
    return new EmuFolder(this.world, item);
  }
}
instrument(EmuFolderIterator, {
  service: "DriveApp",
  className: "FolderIterator",
  guard: guardOf("FolderIterator"),
});

/** Methods File and Folder share; copied onto each class before it is instrumented. */
abstract class EmuItem<T extends DriveItem> extends Facade {
  declare readonly _item: T;

  constructor(world: World, item: T) {
    super(world);
    Object.defineProperty(this, "_item", { value: item, enumerable: false });
  }
  protected _cls(): string {
    return this._item.kind === "file" ? "File" : "Folder";
  }
  /** The root folder's metadata cannot be changed. */
  protected _mutable(): T {
    if (this._item === (this.world.drive.root as DriveItem)) throw gasError("Access denied: DriveApp.");
    return this._item;
  }
  protected _touch(): void {
    this._item.updated = this.world.rt.clock.now();
  }

  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") throw badArgs(`${this._cls()}.setName`, [name]);
    this._mutable().name = name;
    this._touch();
    return this;
  }
  getDescription(): string | null {
    return this._item.description;
  }
  setDescription(description: unknown): this {
    if (typeof description !== "string") throw badArgs(`${this._cls()}.setDescription`, [description]);
    this._mutable().description = description;
    return this;
  }
  getDateCreated(): Date {
    return new Date(this._item.created);
  }
  getLastUpdated(): Date {
    return new Date(this._item.updated);
  }
  getParents(): EmuFolderIterator {
    const parents = this._item.parents
      .map((id) => this.world.drive.get(id))
      .filter((p): p is FolderModel => p?.kind === "folder");
    return new EmuFolderIterator(this.world, parents);
  }
  isTrashed(): boolean {
    return this.world.drive.isTrashed(this._item);
  }
  setTrashed(trashed: unknown): this {
    if (typeof trashed !== "boolean") throw badArgs(`${this._cls()}.setTrashed`, [trashed]);
    this._mutable().trashed = trashed;
    return this;
  }
  isStarred(): boolean {
    return this._item.starred;
  }
  setStarred(starred: unknown): this {
    if (typeof starred !== "boolean") throw badArgs(`${this._cls()}.setStarred`, [starred]);
    this._mutable().starred = starred;
    return this;
  }
  moveTo(destination: unknown): this {
    if (!(destination instanceof EmuFolder)) throw badArgs(`${this._cls()}.moveTo`, [destination]);
    const item = this._mutable();
    if (item.kind === "folder") {
      let probe: DriveItem | undefined = destination._item;
      while (probe) {
        if (probe === item)
          throw gasError("Invalid argument: destination (a folder cannot move into itself)");
        probe = this.world.drive.get(probe.parents[0] ?? "");
      }
    }
    item.parents = [destination._item.id];
    return this;
  }
  getOwner(): EmuDriveUser {
    return new EmuDriveUser(this.world, this.world.drive.owner);
  }
  getSharingAccess(): unknown {
    return Access[this._item.access];
  }
  getSharingPermission(): unknown {
    return Permission[this._item.permission];
  }
  setSharing(accessType: unknown, permissionType: unknown): this {
    const args = [accessType, permissionType];
    if (!isEnumOf(Access, accessType) || !isEnumOf(Permission, permissionType)) {
      throw badArgs(`${this._cls()}.setSharing`, args);
    }
    const permission = permissionType.name() as PermissionName;
    if (!["VIEW", "COMMENT", "EDIT", "NONE"].includes(permission)) {
      throw gasError("Invalid argument: permissionType");
    }
    const item = this._mutable();
    item.access = accessType.name() as AccessName;
    item.permission = item.access === "PRIVATE" ? "NONE" : permission;
    return this;
  }
  isShareableByEditors(): boolean {
    return this._item.shareableByEditors;
  }
  setShareableByEditors(shareable: unknown): this {
    if (typeof shareable !== "boolean") throw badArgs(`${this._cls()}.setShareableByEditors`, [shareable]);
    this._item.shareableByEditors = shareable;
    return this;
  }
  private _addEditors(emails: string[]): this {
    const item = this._item;
    for (const email of emails) {
      if (email === this.world.drive.owner) continue;
      item.viewers = item.viewers.filter((e) => e !== email);
      item.commenters = item.commenters.filter((e) => e !== email);
      if (!item.editors.includes(email)) item.editors.push(email);
    }
    return this;
  }
  private _addViewers(emails: string[]): this {
    const item = this._item;
    for (const email of emails) {
      if (email === this.world.drive.owner || item.editors.includes(email) || item.commenters.includes(email))
        continue;
      if (!item.viewers.includes(email)) item.viewers.push(email);
    }
    return this;
  }
  addEditor(user: unknown): this {
    return this._addEditors(emailsArg(user, false, `${this._cls()}.addEditor`));
  }
  addEditors(users: unknown): this {
    return this._addEditors(emailsArg(users, true, `${this._cls()}.addEditors`));
  }
  addViewer(user: unknown): this {
    return this._addViewers(emailsArg(user, false, `${this._cls()}.addViewer`));
  }
  addViewers(users: unknown): this {
    return this._addViewers(emailsArg(users, true, `${this._cls()}.addViewers`));
  }
  removeEditor(user: unknown): this {
    const [email] = emailsArg(user, false, `${this._cls()}.removeEditor`);
    this._item.editors = this._item.editors.filter((e) => e !== email);
    this._item.viewers = this._item.viewers.filter((e) => e !== email);
    return this;
  }
  removeViewer(user: unknown): this {
    const [email] = emailsArg(user, false, `${this._cls()}.removeViewer`);
    this._item.viewers = this._item.viewers.filter((e) => e !== email);
    this._item.commenters = this._item.commenters.filter((e) => e !== email);
    return this;
  }
  /** The owner first, then the users added as editors. */
  getEditors(): EmuDriveUser[] {
    return [this.world.drive.owner, ...this._item.editors].map((e) => new EmuDriveUser(this.world, e));
  }
  /** Viewers and commenters. */
  getViewers(): EmuDriveUser[] {
    return [...this._item.viewers, ...this._item.commenters].map((e) => new EmuDriveUser(this.world, e));
  }
}

export class EmuFolder extends EmuItem<FolderModel> {
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._item.id}`;
  }
  getSize(): number {
    return 0;
  }
  createFolder(name: unknown): EmuFolder {
    if (typeof name !== "string") throw badArgs("Folder.createFolder", [name]);
    return new EmuFolder(this.world, this.world.drive.addFolder(name, this._item));
  }
  createFile(...args: unknown[]): EmuFile {
    return createFileIn(this.world, this._item, "Folder.createFile", args);
  }
  private _files(): FileModel[] {
    return this.world.drive
      .all()
      .filter((i): i is FileModel => i.kind === "file" && i.parents.includes(this._item.id));
  }
  private _folders(): FolderModel[] {
    return this.world.drive
      .all()
      .filter((i): i is FolderModel => i.kind === "folder" && i.parents.includes(this._item.id));
  }
  getFiles(): EmuFileIterator {
    return new EmuFileIterator(this.world, this._files());
  }
  getFolders(): EmuFolderIterator {
    return new EmuFolderIterator(this.world, this._folders());
  }
  getFilesByName(name: unknown): EmuFileIterator {
    if (typeof name !== "string") throw badArgs("Folder.getFilesByName", [name]);
    return new EmuFileIterator(
      this.world,
      this._files().filter((f) => f.name === name),
    );
  }
  getFoldersByName(name: unknown): EmuFolderIterator {
    if (typeof name !== "string") throw badArgs("Folder.getFoldersByName", [name]);
    return new EmuFolderIterator(
      this.world,
      this._folders().filter((f) => f.name === name),
    );
  }
  getFilesByType(mimeType: unknown): EmuFileIterator {
    if (typeof mimeType !== "string") throw badArgs("Folder.getFilesByType", [mimeType]);
    return new EmuFileIterator(
      this.world,
      this._files().filter((f) => f.mimeType === mimeType),
    );
  }
  addFile(child: unknown): this {
    if (!(child instanceof EmuFile)) throw badArgs("Folder.addFile", [child]);
    if (!child._item.parents.includes(this._item.id)) child._item.parents.push(this._item.id);
    return this;
  }
  removeFile(child: unknown): this {
    if (!(child instanceof EmuFile)) throw badArgs("Folder.removeFile", [child]);
    child._item.parents = child._item.parents.filter((p) => p !== this._item.id);
    return this;
  }
  addFolder(child: unknown): this {
    if (!(child instanceof EmuFolder)) throw badArgs("Folder.addFolder", [child]);
    if (!child._item.parents.includes(this._item.id)) child._item.parents.push(this._item.id);
    return this;
  }
  removeFolder(child: unknown): this {
    if (!(child instanceof EmuFolder)) throw badArgs("Folder.removeFolder", [child]);
    child._item.parents = child._item.parents.filter((p) => p !== this._item.id);
    return this;
  }
}

export class EmuFile extends EmuItem<FileModel> {
  getMimeType(): string {
    return this._item.mimeType;
  }
  getUrl(): string {
    const file = this._item;
    if (file.doc !== null) return `https://docs.google.com/document/d/${file.id}/edit`;
    if (file.book !== null) return file.book.url;
    if (file.form) return `https://docs.google.com/forms/d/${file.id}/edit`;
    return `https://drive.google.com/file/d/${file.id}/view`;
  }
  /** Bytes of an uploaded file; Google files report the size of their content (the emulator's JSON of it). */
  getSize(): number {
    const file = this._item;
    if (file.doc !== null) return Buffer.byteLength(JSON.stringify(docStructure(file.doc)), "utf8");
    if (file.book !== null) return Buffer.byteLength(JSON.stringify(snapshotOf(file.book)), "utf8");
    if (file.form) return Buffer.byteLength(JSON.stringify(file.form), "utf8");
    return file.bytes.length;
  }
  /** A Google Doc comes as PDF (as in Google); spreadsheets are not exported by the emulator. */
  getBlob(): EmuBlob {
    const file = this._item;
    if (file.doc !== null) return docBlob(this.world, file, file.doc, MimeType.PDF);
    if (file.book !== null) throw new Error("emulator: exporting a spreadsheet is not emulated");
    if (file.form) throw gasError(`Converting from ${file.mimeType} to ${MimeType.PDF} is not supported.`);
    return new EmuBlob(this.world, Buffer.from(file.bytes), file.mimeType, file.name);
  }
  getAs(contentType: unknown): EmuBlob {
    if (typeof contentType !== "string") throw badArgs("File.getAs", [contentType]);
    const file = this._item;
    if (file.doc !== null) return docBlob(this.world, file, file.doc, contentType);
    if (file.book !== null) throw new Error("emulator: exporting a spreadsheet is not emulated");
    if (file.form) throw gasError(`Converting from ${file.mimeType} to ${contentType} is not supported.`);
    if (contentType === file.mimeType) {
      return new EmuBlob(this.world, Buffer.from(file.bytes), file.mimeType, file.name);
    }
    if (contentType === MimeType.PDF && (file.mimeType === "text/plain" || file.mimeType === "text/html")) {
      const text = file.bytes.toString("utf8");
      return new EmuBlob(
        this.world,
        pdfBytes(file.name, text),
        MimeType.PDF,
        convertedName(file.name, "pdf"),
      );
    }
    throw gasError(`Converting from ${file.mimeType} to ${contentType} is not supported.`);
  }
  setContent(content: unknown): this {
    if (content === undefined) throw badArgs("File.setContent", [content]);
    const file = this._item;
    if (isGoogleType(file.mimeType)) throw gasError("Invalid argument: content (not for a Google file)");
    file.bytes = Buffer.from(String(content), "utf8");
    this._touch();
    return this;
  }
  makeCopy(...args: unknown[]): EmuFile {
    const [a, b] = args;
    let end = args.length;
    while (end > 0 && args[end - 1] === undefined) end--;
    let name: string | undefined;
    let destination: FolderModel | undefined;
    if (end === 1 && typeof a === "string") name = a;
    else if (end === 1 && a instanceof EmuFolder) destination = a._item;
    else if (end === 2 && typeof a === "string" && b instanceof EmuFolder) {
      name = a;
      destination = b._item;
    } else if (end !== 0) throw badArgs("File.makeCopy", args);
    const source = this._item;
    if (source.book !== null) throw new Error("emulator: copying a spreadsheet is not emulated");
    if (source.form) throw new Error("emulator: copying a form is not emulated");
    const drive = this.world.drive;
    if (source.doc !== null) drive.chargeDocCreate();
    const parents = destination
      ? [destination.id]
      : source.parents.length > 0
        ? [...source.parents]
        : [drive.root.id];
    const copy = drive.addFile(name ?? source.name, source.mimeType, parents, {
      bytes: Buffer.from(source.bytes),
      ...(source.doc !== null ? { doc: copyDocModel(source.doc) } : {}),
    });
    copy.description = source.description;
    return new EmuFile(this.world, copy);
  }
  addCommenter(user: unknown): this {
    return this._addCommenters(emailsArg(user, false, "File.addCommenter"));
  }
  addCommenters(users: unknown): this {
    return this._addCommenters(emailsArg(users, true, "File.addCommenters"));
  }
  removeCommenter(user: unknown): this {
    const [email] = emailsArg(user, false, "File.removeCommenter");
    this._item.commenters = this._item.commenters.filter((e) => e !== email);
    return this;
  }
  private _addCommenters(emails: string[]): this {
    const item = this._item;
    for (const email of emails) {
      if (email === this.world.drive.owner || item.editors.includes(email)) continue;
      item.viewers = item.viewers.filter((e) => e !== email);
      if (!item.commenters.includes(email)) item.commenters.push(email);
    }
    return this;
  }
}

/** Copies the shared methods onto a class (instrument counts own methods only) and instruments it. */
function finishItemClass<T extends EmuItem<DriveItem>>(
  ctor: abstract new (...args: never[]) => T,
  className: "File" | "Folder",
): void {
  const base = EmuItem.prototype as unknown as Record<string, unknown>;
  const own = new Set(Object.getOwnPropertyNames(ctor.prototype));
  for (const key of Object.getOwnPropertyNames(base)) {
    if (key === "constructor" || own.has(key)) continue;
    Object.defineProperty(
      ctor.prototype,
      key,
      Object.getOwnPropertyDescriptor(base, key) as PropertyDescriptor,
    );
  }
  instrument(ctor, { service: "DriveApp", className, guard: guardOf(className) });
  // Google prints a File or Folder as its name (the root folder as "My Drive").
  Object.defineProperty(ctor.prototype, "toString", {
    value(this: T): string {
      return this._item.name;
    },
    writable: true,
    configurable: true,
  });
}
finishItemClass(EmuFolder, "Folder");
finishItemClass(EmuFile, "File");

export class EmuDriveApp extends Facade {
  readonly Access = Access;
  readonly Permission = Permission;

  getRootFolder(): EmuFolder {
    return new EmuFolder(this.world, this.world.drive.root);
  }
  getFileById(id: unknown): EmuFile {
    if (typeof id !== "string") throw badArgs("getFileById", [id]);
    const item = this.world.drive.get(id);
    if (item?.kind !== "file") throw gasError(NOT_FOUND);
    return new EmuFile(this.world, item);
  }
  getFolderById(id: unknown): EmuFolder {
    if (typeof id !== "string") throw badArgs("getFolderById", [id]);
    const item = this.world.drive.get(id);
    if (item?.kind !== "folder") throw gasError(NOT_FOUND);
    return new EmuFolder(this.world, item);
  }
  getFiles(): EmuFileIterator {
    return new EmuFileIterator(
      this.world,
      this.world.drive.all().filter((i): i is FileModel => i.kind === "file"),
    );
  }
  getFolders(): EmuFolderIterator {
    const drive = this.world.drive;
    return new EmuFolderIterator(
      this.world,
      drive.all().filter((i): i is FolderModel => i.kind === "folder" && i !== drive.root),
    );
  }
  getFilesByName(name: unknown): EmuFileIterator {
    if (typeof name !== "string") throw badArgs("getFilesByName", [name]);
    return new EmuFileIterator(
      this.world,
      this.world.drive.all().filter((i): i is FileModel => i.kind === "file" && i.name === name),
    );
  }
  getFoldersByName(name: unknown): EmuFolderIterator {
    if (typeof name !== "string") throw badArgs("getFoldersByName", [name]);
    const drive = this.world.drive;
    return new EmuFolderIterator(
      this.world,
      drive.all().filter((i): i is FolderModel => i.kind === "folder" && i !== drive.root && i.name === name),
    );
  }
  getFilesByType(mimeType: unknown): EmuFileIterator {
    if (typeof mimeType !== "string") throw badArgs("getFilesByType", [mimeType]);
    return new EmuFileIterator(
      this.world,
      this.world.drive.all().filter((i): i is FileModel => i.kind === "file" && i.mimeType === mimeType),
    );
  }
  createFolder(name: unknown): EmuFolder {
    if (typeof name !== "string") throw badArgs("createFolder", [name]);
    return new EmuFolder(this.world, this.world.drive.addFolder(name, this.world.drive.root));
  }
  createFile(...args: unknown[]): EmuFile {
    return createFileIn(this.world, this.world.drive.root, "createFile", args);
  }
}
instrument(EmuDriveApp, { service: "DriveApp", className: "DriveApp", guard: guardOf("DriveApp") });
Object.defineProperty(EmuDriveApp.prototype, "toString", {
  value: () => "Drive",
  writable: true,
  configurable: true,
});
