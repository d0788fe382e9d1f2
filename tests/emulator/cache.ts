/**
 * CacheService: script, user and document caches expiring on the virtual clock.
 */
import { Facade, gasError, instrument, signatureError } from "./core";
import type { World } from "./world";

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;
/** Google keeps about 1000 items per cache and evicts the oldest ~10% when full. */
export const CACHE_MAX_ITEMS = 1000;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheStore {
  readonly entries = new Map<string, Entry>();

  live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
  put(key: string, value: string, expiresAt: number, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    if (this.entries.size <= CACHE_MAX_ITEMS) return;
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
    const excess = this.entries.size - CACHE_MAX_ITEMS;
    if (excess <= 0) return;
    const evict = [...this.entries.keys()].slice(0, Math.max(excess, CACHE_MAX_ITEMS / 10));
    for (const k of evict) this.entries.delete(k);
  }
}

export class CacheStores {
  readonly script = new CacheStore();
  readonly user = new CacheStore();
  private readonly documents = new Map<string, CacheStore>();

  document(spreadsheetId: string): CacheStore {
    let store = this.documents.get(spreadsheetId);
    if (!store) {
      store = new CacheStore();
      this.documents.set(spreadsheetId, store);
    }
    return store;
  }
}

function keyArg(key: unknown, method: string, args: readonly unknown[]): string {
  if (typeof key !== "string") throw signatureError(`Cache.${method}`, args);
  if (key.length > CACHE_KEY_LIMIT) throw gasError("Argument too large: key");
  return key;
}

function valueArg(value: unknown, method: string, args: readonly unknown[]): string {
  if (value === undefined) throw signatureError(`Cache.${method}`, args);
  const text = String(value);
  if (Buffer.byteLength(text, "utf8") > CACHE_VALUE_LIMIT) throw gasError("Argument too large: value");
  return text;
}

/** Seconds to keep an entry: default 600, at most 21600 (larger values are capped), non-positive ignored. */
function ttlArg(ttl: unknown, method: string, args: readonly unknown[]): number {
  if (ttl === undefined) return CACHE_DEFAULT_TTL_S;
  if (typeof ttl !== "number" || !Number.isFinite(ttl)) throw signatureError(`Cache.${method}`, args);
  if (ttl <= 0) return CACHE_DEFAULT_TTL_S;
  return Math.min(Math.floor(ttl), CACHE_MAX_TTL_S);
}

export class EmuCache extends Facade {
  declare readonly _store: CacheStore;

  constructor(world: World, store: CacheStore) {
    super(world);
    Object.defineProperty(this, "_store", { value: store, enumerable: false });
  }

  private _now(): number {
    return this.world.rt.clock.now();
  }

  get(key: unknown): string | null {
    return this._store.live(keyArg(key, "get", [key]), this._now())?.value ?? null;
  }
  getAll(keys: unknown): Record<string, string> {
    if (!Array.isArray(keys)) throw signatureError("Cache.getAll", [keys]);
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this._store.live(keyArg(key, "getAll", [keys]), this._now());
      if (entry) out[key as string] = entry.value;
    }
    return out;
  }
  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    const args = [key, value, expirationInSeconds];
    const k = keyArg(key, "put", args);
    const v = valueArg(value, "put", args);
    const ttl = ttlArg(expirationInSeconds, "put", args);
    this._store.put(k, v, this._now() + ttl * 1000, this._now());
  }
  putAll(values: unknown, expirationInSeconds?: unknown): void {
    const args = [values, expirationInSeconds];
    if (typeof values !== "object" || values === null) throw signatureError("Cache.putAll", args);
    const ttl = ttlArg(expirationInSeconds, "putAll", args);
    const checked = Object.entries(values).map(([k, v]) => [
      keyArg(k, "putAll", args),
      valueArg(v, "putAll", args),
    ]);
    for (const [k, v] of checked)
      this._store.put(k as string, v as string, this._now() + ttl * 1000, this._now());
  }
  remove(key: unknown): void {
    this._store.entries.delete(keyArg(key, "remove", [key]));
  }
  removeAll(keys: unknown): void {
    if (!Array.isArray(keys)) throw signatureError("Cache.removeAll", [keys]);
    for (const key of keys) this._store.entries.delete(keyArg(key, "removeAll", [keys]));
  }
}
instrument(EmuCache, { service: "CacheService", className: "Cache" });

export class EmuCacheService extends Facade {
  getScriptCache(): EmuCache {
    return new EmuCache(this.world, this.world.caches.script);
  }
  getUserCache(): EmuCache {
    return new EmuCache(this.world, this.world.caches.user);
  }
  /** The bound spreadsheet's cache. */
  getDocumentCache(): EmuCache {
    return new EmuCache(this.world, this.world.caches.document(this.world.books.bound.id));
  }
}
instrument(EmuCacheService, { service: "CacheService", className: "CacheService" });
