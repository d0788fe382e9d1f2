/**
 * MailApp: sendEmail records the message (nothing leaves the process) and charges the daily quota of recipients.
 */
import { type Clock, Facade, gasError, instrument, signatureError } from "./core";
import { zonedFields } from "./tz";
import { blobOf } from "./utilities";

/** Recipients per day of a consumer account (Google's quota table). */
export const DEFAULT_MAIL_PER_DAY = 100;
export const MAIL_QUOTA_MESSAGE = "Service invoked too many times for one day: email.";
/** Google's limits per message (consumer account). */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
export const MAX_SUBJECT_CHARS = 250;

const EMAIL_RE = /^[^@\s<>,;"]+@[^@\s<>,;"]+\.[^@\s<>,;"]+$/;

/** One message as emu.mail.sent() lists it. */
export interface SentMail {
  /** Addresses (a "Name <addr>" recipient is recorded as addr). */
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  /** The sender's display name (`name` option), null when not given. */
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: Array<{ name: string | null; contentType: string | null; bytes: Buffer }>;
  /** Virtual time of sending. */
  at: number;
}

export class MailStore {
  sent: SentMail[] = [];
  /** Recipients charged per virtual day ("2026-9-1") in the script's time zone. */
  private readonly used = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly timeZone: string,
    readonly perDay: number,
  ) {}

  private dayKey(): string {
    const f = zonedFields(this.clock.now(), this.timeZone);
    return `${f.year}-${f.month}-${f.day}`;
  }
  remaining(): number {
    return Math.max(0, this.perDay - (this.used.get(this.dayKey()) ?? 0));
  }
  /** Charges `recipients`; throws (and charges nothing) when today's quota cannot cover them all. */
  charge(recipients: number): void {
    if (recipients > this.remaining()) throw gasError(MAIL_QUOTA_MESSAGE);
    const key = this.dayKey();
    this.used.set(key, (this.used.get(key) ?? 0) + recipients);
  }
}

// ---------------------------------------------------------------------------------------------- argument checks

/** "a@x.ru, Name <b@y.ru>" → addresses; empty pieces are skipped; anything else is `Invalid email: piece`. */
function addresses(list: string): string[] {
  const result: string[] = [];
  for (const raw of list.split(",")) {
    const piece = raw.trim();
    if (piece === "") continue;
    const address = /^[^<>]*<\s*([^<>\s]+)\s*>$/.exec(piece)?.[1] ?? piece;
    if (!EMAIL_RE.test(address)) throw gasError(`Invalid email: ${piece}`);
    result.push(address);
  }
  return result;
}

interface Message {
  to: string;
  subject: unknown;
  body: unknown;
  options: Record<string, unknown>;
  /** The message form (one object): body may be left out when htmlBody is given. */
  single: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function optionalString(options: Record<string, unknown>, key: string): string | null {
  const value = options[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw gasError(`Invalid argument: ${key}`);
  return value;
}

/** The four documented overloads. */
function readArgs(args: readonly unknown[]): Message {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const [a, b, c, d] = args;
  if (end === 1 && isPlainObject(a)) {
    const to = a.to;
    if (to !== undefined && to !== null && typeof to !== "string") throw gasError("Invalid argument: to");
    return { to: to ?? "", subject: a.subject, body: a.body, options: a, single: true };
  }
  if (typeof a === "string" && typeof b === "string" && typeof c === "string") {
    if (end === 3) return { to: a, subject: b, body: c, options: {}, single: false };
    if (end === 4 && typeof d === "string")
      return { to: a, subject: c, body: d, options: { replyTo: b }, single: false };
    if (end === 4 && isPlainObject(d)) return { to: a, subject: b, body: c, options: d, single: false };
  }
  throw signatureError("MailApp.sendEmail", args, (v) => (isPlainObject(v) ? "Object" : undefined));
}

// ---------------------------------------------------------------------------------------------- facade

export class EmuMailApp extends Facade {
  /** Recipients that can still be emailed today (the quota counts recipients, not messages). */
  getRemainingDailyQuota(): number {
    return this.world.mail.remaining();
  }

  /**
   * sendEmail(recipient, subject, body[, options]) | sendEmail(to, replyTo, subject, body) | sendEmail(message).
   * Checks everything before charging the quota: a refused message is neither sent nor charged.
   */
  sendEmail(...args: unknown[]): void {
    const message = readArgs(args);
    const { options } = message;
    if (message.subject === undefined || message.subject === null)
      throw gasError("Invalid argument: subject");
    if (typeof message.subject !== "string") throw gasError("Invalid argument: subject");
    const htmlBody = optionalString(options, "htmlBody");
    let body: string;
    if (message.body === undefined || message.body === null) {
      if (!message.single || htmlBody === null) throw gasError("Invalid argument: body");
      body = "";
    } else if (typeof message.body !== "string") throw gasError("Invalid argument: body");
    else body = message.body;
    const cc = optionalString(options, "cc");
    const bcc = optionalString(options, "bcc");
    const replyTo = optionalString(options, "replyTo");
    const name = optionalString(options, "name");
    const noReply = options.noReply ?? false;
    if (typeof noReply !== "boolean") throw gasError("Invalid argument: noReply");

    const to = addresses(message.to);
    const ccList = cc === null ? [] : addresses(cc);
    const bccList = bcc === null ? [] : addresses(bcc);
    if (to.length + ccList.length + bccList.length === 0)
      throw gasError("Failed to send email: no recipient");
    const replyAddress = replyTo === null || replyTo.trim() === "" ? null : (addresses(replyTo)[0] ?? null);

    const attachments: SentMail["attachments"] = [];
    const rawAttachments = options.attachments;
    if (rawAttachments !== undefined && rawAttachments !== null) {
      if (!Array.isArray(rawAttachments)) throw gasError("Invalid argument: attachments");
      for (const item of rawAttachments as unknown[]) {
        const blob = blobOf(item);
        if (!blob) throw gasError("Invalid argument: attachments");
        const { bytes, contentType, name: blobName } = blob._blob;
        attachments.push({ name: blobName, contentType, bytes: Buffer.from(bytes) });
      }
    }

    if (message.subject.length > MAX_SUBJECT_CHARS) throw gasError("Argument too large: subject");
    const recipients = to.length + ccList.length + bccList.length;
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE)
      throw gasError("Limit Exceeded: Email Recipients Per Message.");
    if (
      Buffer.byteLength(body, "utf8") > MAX_BODY_BYTES ||
      Buffer.byteLength(htmlBody ?? "", "utf8") > MAX_BODY_BYTES
    ) {
      throw gasError("Limit Exceeded: Email Body Size.");
    }
    if (attachments.reduce((sum, a) => sum + a.bytes.length, 0) > MAX_ATTACHMENTS_BYTES) {
      throw gasError("Limit Exceeded: Email Total Attachments Size.");
    }

    const mail = this.world.mail;
    mail.charge(recipients);
    mail.sent.push({
      to,
      cc: ccList,
      bcc: bccList,
      subject: message.subject,
      body,
      htmlBody,
      name,
      replyTo: replyAddress,
      noReply,
      attachments,
      at: this.world.rt.clock.now(),
    });
  }
}
instrument(EmuMailApp, {
  service: "MailApp",
  className: "MailApp",
  base: (costs, name) => (name === "sendEmail" ? costs.MailApp : 1),
});
