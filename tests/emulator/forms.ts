/**
 * FormApp: Google Forms held in the emulator's Drive (drive.ts) as files of type application/vnd.google-apps.form.
 * A form has items, settings and stored responses; a submission (a script's `FormResponse.submit()` or a person
 * through `emu.forms.submit`) queues the form's onFormSubmit triggers in the TriggerStore (scriptApp.ts), which
 * vmHost's `runDueTriggers` and `emu.triggers.pendingFormSubmits` hand out with their event objects.
 */
import {
  type EnumValue,
  Facade,
  gasError,
  instrument,
  isDate,
  isEnumOf,
  makeEnum,
  signatureError,
} from "./core";
import { type FileModel, MimeType } from "./drive";
import { AuthMode } from "./enums";
import type { PendingFormSubmit } from "./scriptApp";
import { zonedFields } from "./tz";
import type { World } from "./world";

// ---------------------------------------------------------------------------------------------- enums

export const ItemType = makeEnum([
  "CHECKBOX",
  "CHECKBOX_GRID",
  "DATE",
  "DATETIME",
  "DURATION",
  "FILE_UPLOAD",
  "GRID",
  "IMAGE",
  "LIST",
  "MULTIPLE_CHOICE",
  "PAGE_BREAK",
  "PARAGRAPH_TEXT",
  "RATING",
  "SCALE",
  "SECTION_HEADER",
  "TEXT",
  "TIME",
  "VIDEO",
  "UNSUPPORTED",
]);
export const Alignment = makeEnum(["LEFT", "CENTER", "RIGHT"]);
export const DestinationType = makeEnum(["SPREADSHEET"]);
export const FeedbackType = makeEnum(["CORRECT", "INCORRECT", "GENERAL"]);
export const PageNavigationType = makeEnum(["CONTINUE", "GO_TO_PAGE", "RESTART", "SUBMIT"]);

// ---------------------------------------------------------------------------------------------- model

/** The item kinds the emulator builds (ItemType names). */
export type ItemKind =
  | "TEXT"
  | "PARAGRAPH_TEXT"
  | "SCALE"
  | "MULTIPLE_CHOICE"
  | "CHECKBOX"
  | "LIST"
  | "DATE"
  | "SECTION_HEADER"
  | "PAGE_BREAK";

const QUESTION_KINDS: ReadonlySet<ItemKind> = new Set([
  "TEXT",
  "PARAGRAPH_TEXT",
  "SCALE",
  "MULTIPLE_CHOICE",
  "CHECKBOX",
  "LIST",
  "DATE",
]);
/** Kinds whose missing answer getItemResponses() still lists, with "" (as Google documents). */
const EMPTY_WHEN_MISSING: ReadonlySet<ItemKind> = new Set(["TEXT", "PARAGRAPH_TEXT", "DATE"]);

export interface FormItemModel {
  /** Google-like numeric item id (getId()). */
  readonly id: number;
  /** The number of the `entry.<n>` parameter in prefilled links: not the item id, as in Google. */
  readonly entryId: number;
  readonly type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  /** MULTIPLE_CHOICE, CHECKBOX, LIST. */
  choices: string[];
  /** MULTIPLE_CHOICE, CHECKBOX: the "other" field. */
  other: boolean;
  /** SCALE. */
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  /** DATE. */
  includesYear: boolean;
}

/** A stored answer: a string, or the ticked values of a checkbox item. Scales are strings ("4"), dates "yyyy-MM-dd". */
export type Answer = string | string[];

export interface FormResponseModel {
  readonly id: string;
  readonly timestamp: number;
  /** "" when the form did not collect emails (or the script submitted). */
  readonly email: string;
  /** Who submitted (a person's email given to emu.forms.submit, "" for a script), for one-response-per-user. */
  readonly respondent: string;
  /** Item id → answer. */
  readonly answers: Record<string, Answer>;
}

/** A form's content; plain JSON (File.getSize() reports its size). The Drive file's name is kept apart. */
export interface FormModel {
  /** The Drive file's id. */
  id: string;
  readonly publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  customClosedFormMessage: string;
  published: boolean;
  accepting: boolean;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  showLinkToRespondAgain: boolean;
  progressBar: boolean;
  shuffleQuestions: boolean;
  publishingSummary: boolean;
  items: FormItemModel[];
  responses: FormResponseModel[];
}

export const FORM_NOT_FOUND =
  "No item with the given ID could be found, or you do not have permission to access it.";
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const OTHER_OPTION = "__other_option__";
const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Ids and short links of the forms (the forms themselves live in the Drive). */
export class FormStore {
  private readonly numbers = new Set<number>();
  private readonly strings = new Set<string>();
  private readonly shortToLong = new Map<string, string>();
  private readonly longToShort = new Map<string, string>();

  constructor(private readonly random: () => number) {}

  /** A 9–10 digit number below 2^31, like Google's item ids. */
  newNumber(): number {
    for (;;) {
      const n = 100_000_000 + Math.floor(this.random() * 2_047_483_000);
      if (!this.numbers.has(n)) {
        this.numbers.add(n);
        return n;
      }
    }
  }
  newString(prefix: string, length: number, chars = ID_CHARS): string {
    for (;;) {
      let s = prefix;
      while (s.length < length) s += chars.charAt(Math.floor(this.random() * chars.length));
      if (!this.strings.has(s)) {
        this.strings.add(s);
        return s;
      }
    }
  }
  shorten(url: string): string {
    const known = this.longToShort.get(url);
    if (known !== undefined) return known;
    const short = `https://forms.gle/${this.newString("", 17, BASE62)}`;
    this.longToShort.set(url, short);
    this.shortToLong.set(short, url);
    return short;
  }
  expand(shortUrl: string): string | undefined {
    return this.shortToLong.get(shortUrl.split(/[?#]/)[0] ?? "");
  }
}

/** A new form; its id is set to its Drive file's id once the file exists. */
function newFormModel(world: World, title: string, published: boolean): FormModel {
  return {
    id: "",
    publishedId: world.forms.newString("1FAIpQLS", 56),
    title,
    description: "",
    confirmationMessage: "",
    customClosedFormMessage: "",
    published,
    accepting: true,
    collectEmail: false,
    allowResponseEdits: false,
    limitOneResponsePerUser: false,
    showLinkToRespondAgain: true,
    progressBar: false,
    shuffleQuestions: false,
    publishingSummary: false,
    items: [],
    responses: [],
  };
}

function newItem(world: World, type: ItemKind): FormItemModel {
  return {
    id: world.forms.newNumber(),
    entryId: world.forms.newNumber(),
    type,
    title: "",
    helpText: "",
    required: false,
    // Google's new multiple-choice, checkbox and list items hold one empty choice until setChoiceValues.
    choices: type === "MULTIPLE_CHOICE" || type === "CHECKBOX" || type === "LIST" ? [""] : [],
    other: false,
    lower: 1,
    upper: 5,
    leftLabel: "",
    rightLabel: "",
    includesYear: true,
  };
}

// ---------------------------------------------------------------------------------------------- lookups and URLs

function formFiles(world: World): Array<{ file: FileModel; form: FormModel }> {
  const found: Array<{ file: FileModel; form: FormModel }> = [];
  for (const item of world.drive.all()) {
    if (item.kind === "file" && item.form) found.push({ file: item, form: item.form });
  }
  return found;
}

export function formById(world: World, id: string): { file: FileModel; form: FormModel } | undefined {
  const item = world.drive.get(id);
  return item?.kind === "file" && item.form ? { file: item, form: item.form } : undefined;
}

function formByPublishedId(
  world: World,
  publishedId: string,
): { file: FileModel; form: FormModel } | undefined {
  return formFiles(world).find((f) => f.form.publishedId === publishedId);
}

const editUrl = (form: FormModel): string => `https://docs.google.com/forms/d/${form.id}/edit`;
const publishedUrl = (form: FormModel): string =>
  `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
const responseEditUrl = (form: FormModel, response: FormResponseModel): string =>
  `${publishedUrl(form)}?edit2=${response.id}`;

/** Form-urlencoding as Google's prefilled links use it (spaces as "+"). */
const encodeParam = (s: string): string => encodeURIComponent(s).replace(/%20/g, "+");
const decodeParam = (s: string): string => decodeURIComponent(s.replace(/\+/g, " "));

function prefilledUrl(form: FormModel, answers: ReadonlyMap<number, Answer>): string {
  const parts = ["usp=pp_url"];
  for (const item of form.items) {
    const answer = answers.get(item.id);
    if (answer === undefined) continue;
    const name = `entry.${item.entryId}`;
    for (const value of Array.isArray(answer) ? answer : [answer]) {
      if ((item.type === "MULTIPLE_CHOICE" || item.type === "CHECKBOX") && !item.choices.includes(value)) {
        parts.push(`${name}=${OTHER_OPTION}`, `${name}.other_option_response=${encodeParam(value)}`);
      } else {
        parts.push(`${name}=${encodeParam(value)}`);
      }
    }
  }
  return `${publishedUrl(form)}?${parts.join("&")}`;
}

/** The form a link or id names, and the `entry.*` values the link carries (raw strings by item). */
function resolveTarget(
  world: World,
  target: string,
  who: string,
): { form: FormModel; entries: Map<number, string[]> } {
  let url = target;
  if (/^https?:\/\/forms\.gle\//.test(url)) {
    const long = world.forms.expand(url);
    if (long === undefined) throw new Error(`${who}: unknown short link ${url}`);
    url = long;
  }
  let found: { form: FormModel } | undefined;
  if (!url.includes("://")) found = formById(world, url);
  else {
    const published = /\/forms\/d\/e\/([\w-]+)/.exec(url)?.[1];
    const id = published === undefined ? /\/forms\/d\/([\w-]+)/.exec(url)?.[1] : undefined;
    if (published !== undefined) found = formByPublishedId(world, published);
    else if (id !== undefined) found = formById(world, id);
  }
  if (!found) throw new Error(`${who}: no form for ${target}`);
  const form = found.form;
  const entries = new Map<number, string[]>();
  const query = url.includes("?") ? (url.slice(url.indexOf("?") + 1).split("#")[0] ?? "") : "";
  const others = new Map<number, string>();
  for (const pair of query.split("&")) {
    const match = /^entry\.(\d+)(\.other_option_response)?=(.*)$/.exec(pair);
    if (!match) continue;
    const entryId = Number(match[1]);
    const item = form.items.find((i) => i.entryId === entryId);
    if (!item) throw new Error(`${who}: the form "${form.title}" has no entry.${entryId}`);
    const value = decodeParam(match[3] ?? "");
    if (match[2] !== undefined) others.set(item.id, value);
    else entries.set(item.id, [...(entries.get(item.id) ?? []), value]);
  }
  for (const [itemId, values] of entries) {
    const other = others.get(itemId);
    entries.set(
      itemId,
      values.map((v) => (v === OTHER_OPTION ? (other ?? "") : v)),
    );
  }
  return { form, entries };
}

// ---------------------------------------------------------------------------------------------- answers

/** Thrown by the value checks: the caller turns it into a script exception or a test error. */
class BadAnswer {
  constructor(readonly message: string) {}
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function dateAnswer(item: FormItemModel, ms: number, timeZone: string): string {
  const f = zonedFields(ms, timeZone);
  const monthDay = `${pad(f.month)}-${pad(f.day)}`;
  return item.includesYear ? `${pad(f.year, 4)}-${monthDay}` : monthDay;
}

/**
 * Checks an answer the way the form would take it and returns it as stored. `person` accepts what a person
 * types or a prefilled link carries (numbers as text, a date as "yyyy-MM-dd", one checkbox value as a string);
 * a script's createResponse takes the documented types only.
 */
function checkAnswer(item: FormItemModel, value: unknown, timeZone: string, person: boolean): Answer {
  const bad = (): BadAnswer =>
    new BadAnswer(`Invalid response for the item "${item.title}": ${JSON.stringify(value) ?? String(value)}`);
  switch (item.type) {
    case "TEXT":
    case "PARAGRAPH_TEXT":
      if (typeof value === "string") return value;
      if (person && typeof value === "number") return String(value);
      throw bad();
    case "SCALE": {
      const n = person && typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
      if (typeof n !== "number" || !Number.isInteger(n) || n < item.lower || n > item.upper) throw bad();
      return String(n);
    }
    case "MULTIPLE_CHOICE":
    case "LIST":
      if (typeof value !== "string") throw bad();
      if (item.choices.includes(value)) return value;
      if (item.type === "MULTIPLE_CHOICE" && item.other && value !== "") return value;
      throw bad();
    case "CHECKBOX": {
      const list = person && typeof value === "string" ? [value] : value;
      if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === "string")) throw bad();
      const values = list as string[];
      const others = values.filter((v) => !item.choices.includes(v));
      if (others.length > (item.other ? 1 : 0) || others.includes("")) throw bad();
      return [...values];
    }
    case "DATE": {
      if (isDate(value) && !Number.isNaN(value.getTime())) return dateAnswer(item, value.getTime(), timeZone);
      if (person && typeof value === "string") {
        const m = (item.includesYear ? /^(\d{4})-(\d{2})-(\d{2})$/ : /^()(\d{2})-(\d{2})$/).exec(value);
        if (m) {
          const year = item.includesYear ? Number(m[1]) : 2000;
          const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
          if (d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return value;
        }
      }
      throw bad();
    }
    default:
      throw new BadAnswer(`The item "${item.title}" (${item.type}) takes no answer`);
  }
}

const isEmptyAnswer = (a: Answer | undefined): boolean =>
  a === undefined || a === "" || (Array.isArray(a) && a.length === 0);

/** The first required question left unanswered, if any. */
function missingRequired(form: FormModel, answers: ReadonlyMap<number, Answer>): FormItemModel | undefined {
  return form.items.find((i) => i.required && QUESTION_KINDS.has(i.type) && isEmptyAnswer(answers.get(i.id)));
}

/** Stores a response and queues the form's onFormSubmit triggers. */
function storeResponse(
  world: World,
  form: FormModel,
  answers: ReadonlyMap<number, Answer>,
  email: string,
  respondent: string,
  timestamp: number,
): FormResponseModel {
  const record: Record<string, Answer> = {};
  for (const item of form.items) {
    const answer = answers.get(item.id);
    if (!isEmptyAnswer(answer) && answer !== undefined) record[String(item.id)] = answer;
  }
  const response: FormResponseModel = {
    id: world.forms.newString("2_ABaOnu", 72),
    timestamp,
    email,
    respondent,
    answers: record,
  };
  let at = form.responses.length;
  while (at > 0 && (form.responses[at - 1]?.timestamp ?? 0) > timestamp) at--;
  form.responses.splice(at, 0, response);
  world.triggers.queueFormSubmit(form.id, response, timestamp);
  return response;
}

// ---------------------------------------------------------------------------------------------- test helpers

/** What emu.forms.list() returns for each form. */
export interface FormInfo {
  id: string;
  title: string;
  description: string;
  editUrl: string;
  publishedUrl: string;
  published: boolean;
  acceptingResponses: boolean;
  collectsEmail: boolean;
  items: Array<{
    id: number;
    entryId: number;
    index: number;
    type: ItemKind;
    title: string;
    required: boolean;
    choices: string[];
    otherOption: boolean;
    bounds?: [number, number];
  }>;
  responses: number;
}

/** What emu.forms.responses() and emu.forms.submit() return. */
export interface FormResponseInfo {
  id: string;
  formId: string;
  timestamp: number;
  email: string;
  /** By item title (a later item with the same title wins; use byItemId then). */
  answers: Record<string, Answer>;
  byItemId: Record<string, Answer>;
  editResponseUrl: string;
}

export interface SubmitOptions {
  /** Who answers (required when the form collects emails or allows one response per user). */
  email?: string;
  /** Submission time (ms); defaults to now. A later time moves the virtual clock there. */
  at?: number;
  /** A prefilled link the person opened: its values are used unless `answers` overrides them. */
  fromPrefilledUrl?: string;
}

const copyAnswer = (a: Answer): Answer => (Array.isArray(a) ? [...a] : a);

function responseInfo(form: FormModel, r: FormResponseModel): FormResponseInfo {
  const answers: Record<string, Answer> = {};
  const byItemId: Record<string, Answer> = {};
  for (const item of form.items) {
    const a = r.answers[String(item.id)];
    if (a === undefined) continue;
    answers[item.title] = copyAnswer(a);
    byItemId[String(item.id)] = copyAnswer(a);
  }
  return {
    id: r.id,
    formId: form.id,
    timestamp: r.timestamp,
    email: r.email,
    answers,
    byItemId,
    editResponseUrl: responseEditUrl(form, r),
  };
}

export function formInfos(world: World): FormInfo[] {
  return formFiles(world).map(({ form }) => ({
    id: form.id,
    title: form.title,
    description: form.description,
    editUrl: editUrl(form),
    publishedUrl: publishedUrl(form),
    published: form.published,
    acceptingResponses: form.published && form.accepting,
    collectsEmail: form.collectEmail,
    items: form.items.map((i, index) => ({
      id: i.id,
      entryId: i.entryId,
      index,
      type: i.type,
      title: i.title,
      required: i.required,
      choices: [...i.choices],
      otherOption: i.other,
      ...(i.type === "SCALE" ? { bounds: [i.lower, i.upper] as [number, number] } : {}),
    })),
    responses: form.responses.length,
  }));
}

export function formResponseInfos(world: World, formIdOrUrl: string): FormResponseInfo[] {
  const { form } = resolveTarget(world, formIdOrUrl, "emu.forms.responses");
  return form.responses.map((r) => responseInfo(form, r));
}

/** { formId, formPublishedId, entries: item id → value (checkbox items: the ticked values) }. */
export function parsePrefilledUrl(
  world: World,
  url: string,
): { formId: string; formPublishedId: string; entries: Record<string, Answer> } {
  const { form, entries } = resolveTarget(world, url, "emu.forms.parsePrefilledUrl");
  const result: Record<string, Answer> = {};
  for (const item of form.items) {
    const values = entries.get(item.id);
    if (values === undefined) continue;
    result[String(item.id)] = item.type === "CHECKBOX" ? values : (values[values.length - 1] ?? "");
  }
  return { formId: form.id, formPublishedId: form.publishedId, entries: result };
}

/** A person opens the form (or a prefilled link to it), answers and submits. */
export function personSubmit(
  world: World,
  target: string,
  answers: Record<string, unknown> = {},
  options: SubmitOptions = {},
): FormResponseInfo {
  const who = "emu.forms.submit";
  const { form, entries } = resolveTarget(world, target, who);
  if (options.fromPrefilledUrl !== undefined) {
    const other = resolveTarget(world, options.fromPrefilledUrl, who);
    if (other.form !== form) throw new Error(`${who}: the prefilled link is for another form`);
    for (const [k, v] of other.entries) entries.set(k, v);
  }
  if (!form.published || !form.accepting) {
    throw new Error(`${who}: the form "${form.title}" is not accepting responses`);
  }
  const email = options.email ?? "";
  if (email !== "" && !EMAIL_RE.test(email)) throw new Error(`${who}: invalid email ${email}`);
  if ((form.collectEmail || form.limitOneResponsePerUser) && email === "") {
    throw new Error(`${who}: the form "${form.title}" needs the respondent's email (options.email)`);
  }
  if (form.limitOneResponsePerUser && form.responses.some((r) => r.respondent === email)) {
    throw new Error(`${who}: ${email} has already responded to "${form.title}" (one response per user)`);
  }
  const raw = new Map<number, unknown>();
  for (const item of form.items) {
    const values = entries.get(item.id);
    if (values !== undefined) raw.set(item.id, item.type === "CHECKBOX" ? values : values[values.length - 1]);
  }
  for (const [key, value] of Object.entries(answers)) {
    const byId = form.items.filter((i) => String(i.id) === key);
    const matches = byId.length > 0 ? byId : form.items.filter((i) => i.title === key);
    if (matches.length === 0) throw new Error(`${who}: the form "${form.title}" has no item "${key}"`);
    if (matches.length > 1) throw new Error(`${who}: several items are titled "${key}": use the item id`);
    const item = matches[0] as FormItemModel;
    if (!QUESTION_KINDS.has(item.type)) throw new Error(`${who}: "${key}" is not a question`);
    raw.set(item.id, value);
  }
  const checked = new Map<number, Answer>();
  for (const item of form.items) {
    const value = raw.get(item.id);
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
      continue;
    try {
      checked.set(item.id, checkAnswer(item, value, world.timeZone, true));
    } catch (error) {
      if (error instanceof BadAnswer) throw new Error(`${who}: ${error.message}`);
      throw error;
    }
  }
  const missing = missingRequired(form, checked);
  if (missing) throw new Error(`${who}: the required question "${missing.title}" is not answered`);
  const now = world.rt.clock.now();
  const at = options.at ?? now;
  if (!Number.isFinite(at)) throw new Error(`${who}: bad time ${at}`);
  if (at > now) world.rt.clock.set(at);
  const response = storeResponse(world, form, checked, form.collectEmail ? email : "", email, at);
  return responseInfo(form, response);
}

/** The event object of an installable onFormSubmit trigger of a form. */
export function formSubmitEvent(world: World, pending: PendingFormSubmit): Record<string, unknown> {
  const found = formById(world, pending.formId);
  if (!found) throw new Error(`emulator: the form ${pending.formId} is gone`);
  return {
    authMode: AuthMode.FULL,
    response: new EmuFormResponse(world, found.form, { kind: "stored", model: pending.response }),
    source: new EmuForm(world, found.file, found.form),
    triggerUid: pending.trigger.uid,
  };
}

// ---------------------------------------------------------------------------------------------- argument checks

function boolArg(value: unknown, method: string): boolean {
  if (typeof value !== "boolean") throw signatureError(method, [value]);
  return value;
}

function stringArg(value: unknown, method: string): string {
  if (typeof value !== "string") throw signatureError(method, [value]);
  return value;
}

function intArg(value: unknown, method: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw signatureError(method, [value]);
  return value;
}

// ---------------------------------------------------------------------------------------------- items

const CLASS_OF: Record<ItemKind, string> = {
  TEXT: "TextItem",
  PARAGRAPH_TEXT: "ParagraphTextItem",
  SCALE: "ScaleItem",
  MULTIPLE_CHOICE: "MultipleChoiceItem",
  CHECKBOX: "CheckboxItem",
  LIST: "ListItem",
  DATE: "DateItem",
  SECTION_HEADER: "SectionHeaderItem",
  PAGE_BREAK: "PageBreakItem",
};

/** Base of every item facade: the generic Item and the typed items. Methods are attached per class below. */
export class EmuFormItem extends Facade {
  declare readonly _form: FormModel;
  declare readonly _item: FormItemModel;
  declare readonly _className: string;

  constructor(world: World, form: FormModel, item: FormItemModel, className: string) {
    super(world);
    Object.defineProperty(this, "_form", { value: form, enumerable: false });
    Object.defineProperty(this, "_item", { value: item, enumerable: false });
    Object.defineProperty(this, "_className", { value: className, enumerable: false });
  }
  /** The item, unless it was deleted from its form. */
  _live(): FormItemModel {
    if (!this._form.items.includes(this._item)) throw gasError("The item has been deleted from the form.");
    return this._item;
  }
}

export class EmuItem extends EmuFormItem {}
export class EmuTextItem extends EmuFormItem {}
export class EmuParagraphTextItem extends EmuFormItem {}
export class EmuScaleItem extends EmuFormItem {}
export class EmuMultipleChoiceItem extends EmuFormItem {}
export class EmuCheckboxItem extends EmuFormItem {}
export class EmuListItem extends EmuFormItem {}
export class EmuDateItem extends EmuFormItem {}
export class EmuSectionHeaderItem extends EmuFormItem {}
export class EmuPageBreakItem extends EmuFormItem {}

const TYPED: Record<
  ItemKind,
  new (
    world: World,
    form: FormModel,
    item: FormItemModel,
    cls: string,
  ) => EmuFormItem
> = {
  TEXT: EmuTextItem,
  PARAGRAPH_TEXT: EmuParagraphTextItem,
  SCALE: EmuScaleItem,
  MULTIPLE_CHOICE: EmuMultipleChoiceItem,
  CHECKBOX: EmuCheckboxItem,
  LIST: EmuListItem,
  DATE: EmuDateItem,
  SECTION_HEADER: EmuSectionHeaderItem,
  PAGE_BREAK: EmuPageBreakItem,
};

function typedItem(world: World, form: FormModel, item: FormItemModel): EmuFormItem {
  return new TYPED[item.type](world, form, item, CLASS_OF[item.type]);
}

function genericItem(world: World, form: FormModel, item: FormItemModel): EmuItem {
  return new EmuItem(world, form, item, "Item");
}

export class EmuChoice extends Facade {
  declare readonly _value: string;
  constructor(world: World, value: string) {
    super(world);
    Object.defineProperty(this, "_value", { value, enumerable: false });
  }
  getValue(): string {
    return this._value;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}
instrument(EmuChoice, { service: "FormApp", className: "Choice", base: (costs) => costs.formElement });

export class EmuItemResponse extends Facade {
  declare readonly _form: FormModel;
  declare readonly _item: FormItemModel;
  declare readonly _answer: Answer;
  constructor(world: World, form: FormModel, item: FormItemModel, answer: Answer) {
    super(world);
    Object.defineProperty(this, "_form", { value: form, enumerable: false });
    Object.defineProperty(this, "_item", { value: item, enumerable: false });
    Object.defineProperty(this, "_answer", { value: answer, enumerable: false });
  }
  getItem(): EmuItem {
    return genericItem(this.world, this._form, this._item);
  }
  /** A string, or the ticked values (string[]) of a checkbox item. */
  getResponse(): Answer {
    return copyAnswer(this._answer);
  }
}
instrument(EmuItemResponse, {
  service: "FormApp",
  className: "ItemResponse",
  base: (costs) => costs.formElement,
});

type ItemMethod = (this: EmuFormItem, ...args: unknown[]) => unknown;

function cast(kind: ItemKind | null): ItemMethod {
  return function (this: EmuFormItem): unknown {
    const item = this._live();
    if (kind === null || item.type !== kind) throw gasError(`Invalid conversion for item type: ${item.type}`);
    return typedItem(this.world, this._form, item);
  };
}

function choicesOf(values: unknown, method: string): string[] {
  if (!Array.isArray(values)) throw signatureError(method, [values]);
  if (values.length === 0) throw gasError("Invalid argument: values (the array is empty)");
  return values.map((v: unknown) => {
    if (typeof v !== "string") throw signatureError(method, [values]);
    return v;
  });
}

/** Every item method; each class gets the ones Google gives it (ITEM_METHODS). */
const IMPL: Record<string, ItemMethod> = {
  getId(): number {
    return this._live().id;
  },
  getIndex(): number {
    return this._form.items.indexOf(this._live());
  },
  getTitle(): string {
    return this._live().title;
  },
  setTitle(title: unknown): EmuFormItem {
    this._live().title = stringArg(title, `${this._className}.setTitle`);
    return this;
  },
  getHelpText(): string {
    return this._live().helpText;
  },
  setHelpText(text: unknown): EmuFormItem {
    this._live().helpText = stringArg(text, `${this._className}.setHelpText`);
    return this;
  },
  getType(): EnumValue {
    return ItemType[this._live().type];
  },
  duplicate(): EmuFormItem {
    const item = this._live();
    const copy: FormItemModel = {
      ...item,
      id: this.world.forms.newNumber(),
      entryId: this.world.forms.newNumber(),
      choices: [...item.choices],
    };
    this._form.items.push(copy);
    return new (this.constructor as new (w: World, f: FormModel, i: FormItemModel, c: string) => EmuFormItem)(
      this.world,
      this._form,
      copy,
      this._className,
    );
  },
  isRequired(): boolean {
    return this._live().required;
  },
  setRequired(enabled: unknown): EmuFormItem {
    this._live().required = boolArg(enabled, `${this._className}.setRequired`);
    return this;
  },
  createResponse(response: unknown): EmuItemResponse {
    const item = this._live();
    const method = `${this._className}.createResponse`;
    const expected: Record<string, (v: unknown) => boolean> = {
      TEXT: (v) => typeof v === "string",
      PARAGRAPH_TEXT: (v) => typeof v === "string",
      SCALE: (v) => typeof v === "number",
      MULTIPLE_CHOICE: (v) => typeof v === "string",
      LIST: (v) => typeof v === "string",
      CHECKBOX: (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
      DATE: (v) => isDate(v),
    };
    if (!(expected[item.type]?.(response) ?? false)) throw signatureError(method, [response]);
    try {
      return new EmuItemResponse(
        this.world,
        this._form,
        item,
        checkAnswer(item, response, this.world.timeZone, false),
      );
    } catch (error) {
      if (error instanceof BadAnswer) throw gasError(error.message);
      throw error;
    }
  },
  // SCALE
  setBounds(lower: unknown, upper: unknown): EmuFormItem {
    const method = `${this._className}.setBounds`;
    if (typeof lower !== "number" || typeof upper !== "number") throw signatureError(method, [lower, upper]);
    const lo = Math.trunc(lower);
    const hi = Math.trunc(upper);
    if (lo !== 0 && lo !== 1) throw gasError("Invalid argument: lower (the lower bound must be 0 or 1)");
    if (hi < 3 || hi > 10)
      throw gasError("Invalid argument: upper (the upper bound must be between 3 and 10)");
    const item = this._live();
    item.lower = lo;
    item.upper = hi;
    return this;
  },
  getLowerBound(): number {
    return this._live().lower;
  },
  getUpperBound(): number {
    return this._live().upper;
  },
  setLabels(lower: unknown, upper: unknown): EmuFormItem {
    if (typeof lower !== "string" || typeof upper !== "string") {
      throw signatureError(`${this._className}.setLabels`, [lower, upper]);
    }
    const item = this._live();
    item.leftLabel = lower;
    item.rightLabel = upper;
    return this;
  },
  getLeftLabel(): string {
    return this._live().leftLabel;
  },
  getRightLabel(): string {
    return this._live().rightLabel;
  },
  // MULTIPLE_CHOICE, CHECKBOX, LIST
  createChoice(value: unknown): EmuChoice {
    return new EmuChoice(this.world, stringArg(value, `${this._className}.createChoice`));
  },
  getChoices(): EmuChoice[] {
    return this._live().choices.map((v) => new EmuChoice(this.world, v));
  },
  setChoiceValues(values: unknown): EmuFormItem {
    this._live().choices = choicesOf(values, `${this._className}.setChoiceValues`);
    return this;
  },
  setChoices(choices: unknown): EmuFormItem {
    const method = `${this._className}.setChoices`;
    if (!Array.isArray(choices)) throw signatureError(method, [choices]);
    if (choices.length === 0 || choices.some((c) => c === null || c === undefined)) {
      throw gasError("Invalid argument: choices (null, empty, or holding null elements)");
    }
    const values = choices.map((c: unknown) => {
      if (!(c instanceof EmuChoice)) throw signatureError(method, [choices]);
      return c._value;
    });
    this._live().choices = values;
    return this;
  },
  showOtherOption(enabled: unknown): EmuFormItem {
    this._live().other = boolArg(enabled, `${this._className}.showOtherOption`);
    return this;
  },
  hasOtherOption(): boolean {
    return this._live().other;
  },
  // DATE
  includesYear(): boolean {
    return this._live().includesYear;
  },
  setIncludesYear(enabled: unknown): EmuFormItem {
    this._live().includesYear = boolArg(enabled, `${this._className}.setIncludesYear`);
    return this;
  },
  // Item casts
  asTextItem: cast("TEXT"),
  asParagraphTextItem: cast("PARAGRAPH_TEXT"),
  asScaleItem: cast("SCALE"),
  asMultipleChoiceItem: cast("MULTIPLE_CHOICE"),
  asCheckboxItem: cast("CHECKBOX"),
  asListItem: cast("LIST"),
  asDateItem: cast("DATE"),
  asSectionHeaderItem: cast("SECTION_HEADER"),
  asPageBreakItem: cast("PAGE_BREAK"),
  asGridItem: cast(null),
  asCheckboxGridItem: cast(null),
  asDateTimeItem: cast(null),
  asDurationItem: cast(null),
  asTimeItem: cast(null),
  asImageItem: cast(null),
  asVideoItem: cast(null),
  asRatingItem: cast(null),
};

const COMMON = [
  "getId",
  "getIndex",
  "getTitle",
  "setTitle",
  "getHelpText",
  "setHelpText",
  "getType",
  "duplicate",
];
const QUESTION = [...COMMON, "isRequired", "setRequired", "createResponse"];
const CHOICE = ["createChoice", "getChoices", "setChoiceValues", "setChoices"];

const ITEM_METHODS: Array<[abstract new (...args: never[]) => EmuFormItem, string, string[]]> = [
  [EmuItem, "Item", [...COMMON, ...Object.keys(IMPL).filter((k) => k.startsWith("as"))]],
  [EmuTextItem, "TextItem", QUESTION],
  [EmuParagraphTextItem, "ParagraphTextItem", QUESTION],
  [
    EmuScaleItem,
    "ScaleItem",
    [
      ...QUESTION,
      "setBounds",
      "getLowerBound",
      "getUpperBound",
      "setLabels",
      "getLeftLabel",
      "getRightLabel",
    ],
  ],
  [
    EmuMultipleChoiceItem,
    "MultipleChoiceItem",
    [...QUESTION, ...CHOICE, "showOtherOption", "hasOtherOption"],
  ],
  [EmuCheckboxItem, "CheckboxItem", [...QUESTION, ...CHOICE, "showOtherOption", "hasOtherOption"]],
  [EmuListItem, "ListItem", [...QUESTION, ...CHOICE]],
  [EmuDateItem, "DateItem", [...QUESTION, "includesYear", "setIncludesYear"]],
  [EmuSectionHeaderItem, "SectionHeaderItem", COMMON],
  [EmuPageBreakItem, "PageBreakItem", COMMON],
];
for (const [ctor, className, names] of ITEM_METHODS) {
  for (const name of names) {
    const fn = IMPL[name];
    if (!fn) throw new Error(`emulator: no item method ${name}`);
    Object.defineProperty(ctor.prototype, name, {
      value: fn,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  instrument(ctor, { service: "FormApp", className, base: (costs) => costs.formElement });
}

// ---------------------------------------------------------------------------------------------- responses

type ResponseState =
  | { kind: "draft"; answers: Map<number, Answer>; submitted: boolean }
  | { kind: "stored"; model: FormResponseModel };

export class EmuFormResponse extends Facade {
  declare readonly _form: FormModel;
  declare readonly _state: ResponseState;

  constructor(world: World, form: FormModel, state: ResponseState) {
    super(world);
    Object.defineProperty(this, "_form", { value: form, enumerable: false });
    Object.defineProperty(this, "_state", { value: state, enumerable: false });
  }
  private _answers(): Map<number, Answer> {
    const state = this._state;
    if (state.kind === "draft") return state.answers;
    return new Map(Object.entries(state.model.answers).map(([k, v]) => [Number(k), v]));
  }
  private _stored(): FormResponseModel | null {
    return this._state.kind === "stored" ? this._state.model : null;
  }

  getId(): string | null {
    return this._stored()?.id ?? null;
  }
  getTimestamp(): Date | null {
    const stored = this._stored();
    return stored ? new Date(stored.timestamp) : null;
  }
  getRespondentEmail(): string | null {
    return this._stored()?.email ?? null;
  }
  getEditResponseUrl(): string | null {
    const stored = this._stored();
    return stored ? responseEditUrl(this._form, stored) : null;
  }
  /** In form order; a missing answer to a text, paragraph or date item is listed as "" (as Google documents). */
  getItemResponses(): EmuItemResponse[] {
    const answers = this._answers();
    const result: EmuItemResponse[] = [];
    for (const item of this._form.items) {
      const answer = answers.get(item.id);
      if (answer !== undefined) result.push(new EmuItemResponse(this.world, this._form, item, answer));
      else if (EMPTY_WHEN_MISSING.has(item.type))
        result.push(new EmuItemResponse(this.world, this._form, item, ""));
    }
    return result;
  }
  getResponseForItem(item: unknown): EmuItemResponse | null {
    if (!(item instanceof EmuFormItem)) throw signatureError("FormResponse.getResponseForItem", [item]);
    const answer = this._answers().get(item._item.id);
    return answer === undefined || item._form !== this._form
      ? null
      : new EmuItemResponse(this.world, this._form, item._item, answer);
  }
  withItemResponse(response: unknown): this {
    if (!(response instanceof EmuItemResponse))
      throw signatureError("FormResponse.withItemResponse", [response]);
    const state = this._state;
    if (state.kind !== "draft" || state.submitted) {
      throw gasError("This response has already been submitted and cannot be changed.");
    }
    if (response._form !== this._form || !this._form.items.includes(response._item)) {
      throw gasError("Invalid argument: response (the item is not in this form)");
    }
    state.answers.set(response._item.id, copyAnswer(response._answer));
    return this;
  }
  toPrefilledUrl(): string {
    return prefilledUrl(this._form, this._answers());
  }
  submit(): EmuFormResponse {
    const state = this._state;
    if (state.kind !== "draft" || state.submitted)
      throw gasError("This response has already been submitted.");
    const form = this._form;
    if (form.limitOneResponsePerUser) {
      throw gasError("A script cannot submit responses to a form that allows only one response per user.");
    }
    if (!form.published || !form.accepting) throw gasError("This form is not accepting responses.");
    const answers = new Map([...state.answers].filter(([id]) => form.items.some((i) => i.id === id)));
    const missing = missingRequired(form, answers);
    if (missing) throw gasError(`The required question "${missing.title}" has no response.`);
    const model = storeResponse(this.world, form, answers, "", "", this.world.rt.clock.now());
    state.submitted = true;
    return new EmuFormResponse(this.world, form, { kind: "stored", model });
  }
}
instrument(EmuFormResponse, {
  service: "FormApp",
  className: "FormResponse",
  base: (costs, name) => (name === "submit" ? costs.FormApp : costs.formElement),
});

// ---------------------------------------------------------------------------------------------- form

const HEAVY_FORM_METHODS = new Set([
  "getResponses",
  "getResponse",
  "deleteAllResponses",
  "deleteResponse",
  "shortenFormUrl",
]);

export class EmuForm extends Facade {
  declare readonly _file: FileModel;
  declare readonly _form: FormModel;

  constructor(world: World, file: FileModel, form: FormModel) {
    super(world);
    Object.defineProperty(this, "_file", { value: file, enumerable: false });
    Object.defineProperty(this, "_form", { value: form, enumerable: false });
  }
  private _add(kind: ItemKind): EmuFormItem {
    const item = newItem(this.world, kind);
    this._form.items.push(item);
    return typedItem(this.world, this._form, item);
  }
  private _itemOf(value: unknown, method: string, args: readonly unknown[]): FormItemModel {
    if (!(value instanceof EmuFormItem)) throw signatureError(method, args);
    if (value._form !== this._form || !this._form.items.includes(value._item)) {
      throw gasError("The item has been deleted from the form.");
    }
    return value._item;
  }

  getId(): string {
    return this._form.id;
  }
  getTitle(): string {
    return this._form.title;
  }
  setTitle(title: unknown): this {
    this._form.title = stringArg(title, "Form.setTitle");
    return this;
  }
  getDescription(): string {
    return this._form.description;
  }
  setDescription(description: unknown): this {
    this._form.description = stringArg(description, "Form.setDescription");
    return this;
  }
  getEditUrl(): string {
    return editUrl(this._form);
  }
  getPublishedUrl(): string {
    return publishedUrl(this._form);
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this._form.id}/viewanalytics`;
  }
  shortenFormUrl(url: unknown): string {
    const long = stringArg(url, "Form.shortenFormUrl");
    if (!/^https:\/\/docs\.google\.com\/forms\//.test(long)) throw gasError("Invalid argument: url");
    return this.world.forms.shorten(long);
  }
  getConfirmationMessage(): string {
    return this._form.confirmationMessage;
  }
  setConfirmationMessage(message: unknown): this {
    this._form.confirmationMessage = stringArg(message, "Form.setConfirmationMessage");
    return this;
  }
  getCustomClosedFormMessage(): string {
    return this._form.customClosedFormMessage;
  }
  setCustomClosedFormMessage(message: unknown): this {
    this._form.customClosedFormMessage = stringArg(message, "Form.setCustomClosedFormMessage");
    return this;
  }
  collectsEmail(): boolean {
    return this._form.collectEmail;
  }
  setCollectEmail(collect: unknown): this {
    this._form.collectEmail = boolArg(collect, "Form.setCollectEmail");
    return this;
  }
  canEditResponse(): boolean {
    return this._form.allowResponseEdits;
  }
  setAllowResponseEdits(enabled: unknown): this {
    this._form.allowResponseEdits = boolArg(enabled, "Form.setAllowResponseEdits");
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this._form.limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: unknown): this {
    this._form.limitOneResponsePerUser = boolArg(enabled, "Form.setLimitOneResponsePerUser");
    return this;
  }
  /** False while the form is unpublished, whatever setAcceptingResponses said. */
  isAcceptingResponses(): boolean {
    return this._form.published && this._form.accepting;
  }
  setAcceptingResponses(enabled: unknown): this {
    this._form.accepting = boolArg(enabled, "Form.setAcceptingResponses");
    return this;
  }
  isPublished(): boolean {
    return this._form.published;
  }
  setPublished(enabled: unknown): this {
    this._form.published = boolArg(enabled, "Form.setPublished");
    return this;
  }
  hasRespondAgainLink(): boolean {
    return this._form.showLinkToRespondAgain;
  }
  setShowLinkToRespondAgain(enabled: unknown): this {
    this._form.showLinkToRespondAgain = boolArg(enabled, "Form.setShowLinkToRespondAgain");
    return this;
  }
  hasProgressBar(): boolean {
    return this._form.progressBar;
  }
  setProgressBar(enabled: unknown): this {
    this._form.progressBar = boolArg(enabled, "Form.setProgressBar");
    return this;
  }
  getShuffleQuestions(): boolean {
    return this._form.shuffleQuestions;
  }
  setShuffleQuestions(shuffle: unknown): this {
    this._form.shuffleQuestions = boolArg(shuffle, "Form.setShuffleQuestions");
    return this;
  }
  isPublishingSummary(): boolean {
    return this._form.publishingSummary;
  }
  setPublishingSummary(enabled: unknown): this {
    this._form.publishingSummary = boolArg(enabled, "Form.setPublishingSummary");
    return this;
  }
  isQuiz(): boolean {
    return false;
  }
  requiresLogin(): boolean {
    return false;
  }

  addTextItem(): EmuFormItem {
    return this._add("TEXT");
  }
  addParagraphTextItem(): EmuFormItem {
    return this._add("PARAGRAPH_TEXT");
  }
  addScaleItem(): EmuFormItem {
    return this._add("SCALE");
  }
  addMultipleChoiceItem(): EmuFormItem {
    return this._add("MULTIPLE_CHOICE");
  }
  addCheckboxItem(): EmuFormItem {
    return this._add("CHECKBOX");
  }
  addListItem(): EmuFormItem {
    return this._add("LIST");
  }
  addDateItem(): EmuFormItem {
    return this._add("DATE");
  }
  addSectionHeaderItem(): EmuFormItem {
    return this._add("SECTION_HEADER");
  }
  addPageBreakItem(): EmuFormItem {
    return this._add("PAGE_BREAK");
  }
  getItems(itemType?: unknown): EmuItem[] {
    if (itemType !== undefined && !isEnumOf(ItemType, itemType))
      throw signatureError("Form.getItems", [itemType]);
    const wanted = itemType === undefined ? undefined : (itemType as EnumValue).name();
    return this._form.items
      .filter((i) => wanted === undefined || i.type === wanted)
      .map((i) => genericItem(this.world, this._form, i));
  }
  getItemById(id: unknown): EmuItem | null {
    const n = intArg(id, "Form.getItemById");
    const item = this._form.items.find((i) => i.id === n);
    return item ? genericItem(this.world, this._form, item) : null;
  }
  deleteItem(indexOrItem: unknown): void {
    const items = this._form.items;
    if (typeof indexOrItem === "number") {
      const index = intArg(indexOrItem, "Form.deleteItem");
      if (index < 0 || index >= items.length) throw gasError(`Invalid argument: index (no item at ${index})`);
      items.splice(index, 1);
      return;
    }
    const item = this._itemOf(indexOrItem, "Form.deleteItem", [indexOrItem]);
    items.splice(items.indexOf(item), 1);
  }
  moveItem(from: unknown, to: unknown): EmuItem {
    const items = this._form.items;
    let item: FormItemModel;
    if (typeof from === "number") {
      const index = intArg(from, "Form.moveItem");
      const found = items[index];
      if (found === undefined || index < 0) throw gasError(`Invalid argument: from (no item at ${index})`);
      item = found;
    } else item = this._itemOf(from, "Form.moveItem", [from, to]);
    const target = intArg(to, "Form.moveItem");
    if (target < 0 || target >= items.length)
      throw gasError(`Invalid argument: to (${target} is out of bounds)`);
    items.splice(items.indexOf(item), 1);
    items.splice(target, 0, item);
    return genericItem(this.world, this._form, item);
  }

  createResponse(): EmuFormResponse {
    return new EmuFormResponse(this.world, this._form, {
      kind: "draft",
      answers: new Map(),
      submitted: false,
    });
  }
  /** Every stored response, or those submitted at `timestamp` or later. */
  getResponses(timestamp?: unknown): EmuFormResponse[] {
    if (timestamp !== undefined && !isDate(timestamp)) throw signatureError("Form.getResponses", [timestamp]);
    const since = timestamp === undefined ? Number.NEGATIVE_INFINITY : timestamp.getTime();
    return this._form.responses
      .filter((r) => r.timestamp >= since)
      .map((model) => new EmuFormResponse(this.world, this._form, { kind: "stored", model }));
  }
  getResponse(responseId: unknown): EmuFormResponse {
    const id = stringArg(responseId, "Form.getResponse");
    const model = this._form.responses.find((r) => r.id === id);
    if (!model) throw gasError("Invalid argument: responseId");
    return new EmuFormResponse(this.world, this._form, { kind: "stored", model });
  }
  deleteResponse(responseId: unknown): this {
    const id = stringArg(responseId, "Form.deleteResponse");
    const index = this._form.responses.findIndex((r) => r.id === id);
    if (index < 0) throw gasError("Invalid argument: responseId");
    this._form.responses.splice(index, 1);
    return this;
  }
  deleteAllResponses(): this {
    this._form.responses = [];
    return this;
  }
}
instrument(EmuForm, {
  service: "FormApp",
  className: "Form",
  base: (costs, name) => (HEAVY_FORM_METHODS.has(name) ? costs.FormApp : costs.formElement),
});

export class EmuFormApp extends Facade {
  readonly Alignment = Alignment;
  readonly DestinationType = DestinationType;
  readonly FeedbackType = FeedbackType;
  readonly ItemType = ItemType;
  readonly PageNavigationType = PageNavigationType;

  /** A new form in the Drive root; the Drive file and the form both take the title. */
  create(title: unknown, isPublished?: unknown): EmuForm {
    if (title === null || title === "") throw gasError("Invalid argument: title");
    if (typeof title !== "string" || (isPublished !== undefined && typeof isPublished !== "boolean")) {
      throw signatureError("FormApp.create", [title, isPublished]);
    }
    const drive = this.world.drive;
    // Google names the Drive file after `title` but leaves the form's own title empty (docs/emulator.md).
    const form = newFormModel(this.world, "", isPublished ?? true);
    const file = drive.addFile(title, MimeType.GOOGLE_FORMS, [drive.root.id], { form });
    form.id = file.id;
    return new EmuForm(this.world, file, form);
  }
  openById(id: unknown): EmuForm {
    const key = stringArg(id, "FormApp.openById");
    const found = formById(this.world, key);
    if (!found) throw gasError(FORM_NOT_FOUND);
    return new EmuForm(this.world, found.file, found.form);
  }
  /** An edit URL (`…/forms/d/<id>/…`); a published `…/forms/d/e/…` link is not an id. */
  openByUrl(url: unknown): EmuForm {
    const text = stringArg(url, "FormApp.openByUrl");
    const match = /^https:\/\/docs\.google\.com\/forms\/d\/(?!e\/)([\w-]+)/.exec(text);
    if (!match?.[1]) throw gasError("Invalid argument: url");
    const found = formById(this.world, match[1]);
    if (!found) throw gasError(FORM_NOT_FOUND);
    return new EmuForm(this.world, found.file, found.form);
  }
  /** The add-on is bound to a spreadsheet: there is no active form. */
  getActiveForm(): null {
    return null;
  }
}
instrument(EmuFormApp, { service: "FormApp", className: "FormApp" });
