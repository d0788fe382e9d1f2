/**
 * LockService. A lock belongs to an execution (re-entrant inside it) and is released when the execution
 * ends; tests make "another process" hold one with emu.locks.holdByOther(kind).
 */
import { Facade, gasError, instrument, type Runtime, signatureError } from "./core";
import type { World } from "./world";

export type LockKind = "document" | "script" | "user";

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

/** Owner of each lock: an execution id (0 = calls made outside execution.run), "other", or null. */
export class LockState {
  readonly owners: Record<LockKind, number | "other" | null> = { document: null, script: null, user: null };

  constructor(rt: Runtime) {
    rt.executions.onEnd((execution) => {
      for (const kind of Object.keys(this.owners) as LockKind[]) {
        if (this.owners[kind] === execution.id) this.owners[kind] = null;
      }
    });
  }

  holdByOther(kind: LockKind): void {
    this.check(kind);
    this.owners[kind] = "other";
  }
  releaseOther(kind: LockKind): void {
    this.check(kind);
    if (this.owners[kind] === "other") this.owners[kind] = null;
  }
  private check(kind: string): void {
    if (!(kind in this.owners)) throw new Error(`emu.locks: unknown lock kind ${kind}`);
  }
}

function timeoutArg(timeout: unknown, method: string): number {
  if (typeof timeout !== "number" || Number.isNaN(timeout)) throw signatureError(`Lock.${method}`, [timeout]);
  return timeout;
}

export class EmuLock extends Facade {
  declare readonly _kind: LockKind;

  constructor(world: World, kind: LockKind) {
    super(world);
    Object.defineProperty(this, "_kind", { value: kind, enumerable: false });
  }

  private _me(): number {
    return this.world.rt.executions.current().id;
  }
  /** Held by someone else: a tryLock/waitLock now would wait its whole timeout. */
  _blocked(): boolean {
    const owner = this.world.locks.owners[this._kind];
    return owner !== null && owner !== this._me();
  }
  private _acquire(): boolean {
    if (this._blocked()) return false;
    this.world.locks.owners[this._kind] = this._me();
    return true;
  }

  /** A negative timeout gets nothing, even a free lock (as live Apps Script answers, seen in public tests). */
  tryLock(timeoutInMillis: unknown): boolean {
    if (timeoutArg(timeoutInMillis, "tryLock") < 0) return false;
    return this._acquire();
  }
  waitLock(timeoutInMillis: unknown): void {
    if (timeoutArg(timeoutInMillis, "waitLock") < 0 || !this._acquire()) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.world.locks.owners[this._kind] === this._me();
  }
  releaseLock(): void {
    if (this.hasLock()) this.world.locks.owners[this._kind] = null;
  }
}
instrument(EmuLock, {
  service: "LockService",
  className: "Lock",
  cost: (self, method, args) => {
    if ((method !== "tryLock" && method !== "waitLock") || !self._blocked()) return 0;
    const timeout = args[0];
    return typeof timeout === "number" && Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
  },
});

export class EmuLockService extends Facade {
  getDocumentLock(): EmuLock {
    return new EmuLock(this.world, "document");
  }
  getScriptLock(): EmuLock {
    return new EmuLock(this.world, "script");
  }
  getUserLock(): EmuLock {
    return new EmuLock(this.world, "user");
  }
}
instrument(EmuLockService, { service: "LockService", className: "LockService" });
