/** Session and User. */
import { createHash } from "node:crypto";
import { emailVisible } from "./auth";
import { Facade, instrument } from "./core";
import type { World } from "./world";

export class EmuUser extends Facade {
  declare readonly _email: string;
  constructor(world: World, email: string) {
    super(world);
    Object.defineProperty(this, "_email", { value: email, enumerable: false });
  }
  /** Blank in an execution that runs without the user's authorization (onOpen in NONE or LIMITED). */
  getEmail(): string {
    return this._visibleEmail();
  }
  _visibleEmail(): string {
    return emailVisible(this.world.rt.currentAuthMode()) ? this._email : "";
  }
}
instrument(EmuUser, { service: "Session", className: "User" });
// String(Session.getActiveUser()) is the e-mail address in Google (not "User", as other objects print), and blank
// where getEmail() is: the same rule. Converting is not a service call, so it is not counted.
Object.defineProperty(EmuUser.prototype, "toString", {
  value(this: EmuUser): string {
    return this._visibleEmail();
  },
  enumerable: false,
  writable: true,
  configurable: true,
});

export class EmuSession extends Facade {
  getActiveUser(): EmuUser {
    return new EmuUser(this.world, this.world.user.email);
  }
  getEffectiveUser(): EmuUser {
    return new EmuUser(this.world, this.world.user.email);
  }
  getActiveUserLocale(): string {
    return this.world.user.locale;
  }
  getScriptTimeZone(): string {
    return this.world.timeZone;
  }
  /** Stable per user and script, opaque like Google's. */
  getTemporaryActiveUserKey(): string {
    return createHash("sha256")
      .update(`${this.world.scriptId}/${this.world.user.email}`)
      .digest("base64")
      .replace(/=+$/, "");
  }
}
instrument(EmuSession, { service: "Session", className: "Session" });

/** Email of a `string | User` argument (Protection.addEditor etc.); undefined if it is neither. */
export function emailOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value instanceof EmuUser) return value._email;
  return undefined;
}
