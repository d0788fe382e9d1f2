/**
 * PropertiesService: script, user and document stores with Google's size limits.
 */
import { Facade, gasError, instrument, signatureError } from "./core";
import type { World } from "./world";

/** Per value (9 KB) and per store (500 KB), counted in UTF-8 bytes of keys and values. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, "utf8");

export class PropertyStore {
  readonly values = new Map<string, string>();

  size(): number {
    let total = 0;
    for (const [k, v] of this.values) total += bytes(k) + bytes(v);
    return total;
  }
}

export class PropertyStores {
  readonly script = new PropertyStore();
  readonly user = new PropertyStore();
  private readonly documents = new Map<string, PropertyStore>();

  document(spreadsheetId: string): PropertyStore {
    let store = this.documents.get(spreadsheetId);
    if (!store) {
      store = new PropertyStore();
      this.documents.set(spreadsheetId, store);
    }
    return store;
  }
}

function keyArg(key: unknown, method: string, args: readonly unknown[]): string {
  if (typeof key !== "string") throw signatureError(`Properties.${method}`, args);
  if (key === "") throw gasError("Invalid argument: key");
  return key;
}

/** Property values are strings: numbers and booleans are converted as Apps Script does; null/undefined throw. */
function valueArg(value: unknown, method: string, args: readonly unknown[]): string {
  if (value === null || value === undefined) throw signatureError(`Properties.${method}`, args);
  const text = typeof value === "string" ? value : String(value);
  if (bytes(text) > PROPERTY_VALUE_LIMIT) throw gasError("Argument too large: value");
  return text;
}

export class EmuProperties extends Facade {
  declare readonly _store: PropertyStore;

  constructor(world: World, store: PropertyStore) {
    super(world);
    Object.defineProperty(this, "_store", { value: store, enumerable: false });
  }

  /** Applies `changes` only if the store stays within its quota. */
  private _commit(changes: Map<string, string>, replaceAll: boolean): void {
    const next = new Map(replaceAll ? [] : this._store.values);
    for (const [k, v] of changes) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) {
      throw gasError(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this._store.values.clear();
    for (const [k, v] of next) this._store.values.set(k, v);
  }

  getProperty(key: unknown): string | null {
    return this._store.values.get(keyArg(key, "getProperty", [key])) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store.values);
  }
  getKeys(): string[] {
    return [...this._store.values.keys()];
  }
  setProperty(key: unknown, value: unknown): this {
    const args = [key, value];
    this._commit(new Map([[keyArg(key, "setProperty", args), valueArg(value, "setProperty", args)]]), false);
    return this;
  }
  setProperties(properties: unknown, deleteAllOthers: unknown = false): this {
    const args = [properties, deleteAllOthers];
    if (typeof properties !== "object" || properties === null || typeof deleteAllOthers !== "boolean") {
      throw signatureError("Properties.setProperties", args);
    }
    const changes = new Map<string, string>();
    for (const [k, v] of Object.entries(properties)) {
      changes.set(keyArg(k, "setProperties", args), valueArg(v, "setProperties", args));
    }
    this._commit(changes, deleteAllOthers);
    return this;
  }
  deleteProperty(key: unknown): this {
    this._store.values.delete(keyArg(key, "deleteProperty", [key]));
    return this;
  }
  deleteAllProperties(): this {
    this._store.values.clear();
    return this;
  }
}
instrument(EmuProperties, { service: "PropertiesService", className: "Properties" });

export class EmuPropertiesService extends Facade {
  getScriptProperties(): EmuProperties {
    return new EmuProperties(this.world, this.world.properties.script);
  }
  getUserProperties(): EmuProperties {
    return new EmuProperties(this.world, this.world.properties.user);
  }
  /** The bound spreadsheet's store. */
  getDocumentProperties(): EmuProperties {
    return new EmuProperties(this.world, this.world.properties.document(this.world.books.bound.id));
  }
}
instrument(EmuPropertiesService, { service: "PropertiesService", className: "PropertiesService" });
