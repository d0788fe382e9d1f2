/**
 * The fuzzer of issue 13: a seeded careless (or hostile) curator. Each case types the sample school into a new
 * base through the BUILT bundle (dist/Code.js) on the emulator, plants hostile values in cells of every column
 * kind and bends the sheets out of shape, then works every menu action and sidebar call; it records what the
 * curator was shown and checks four rules: no uncaught error, no internal error text shown, nothing a person typed
 * changed, no action silently doing nothing. Used by tests/fuzz/fuzz.test.ts (a fixed sample) and scripts/fuzz.ts
 * (`npm run fuzz`, a long run). Node-only: it never reaches the Apps Script bundle.
 */
import { join } from "node:path";
import { sampleSchool } from "../../scripts/sampleSchool";
import { PROBLEMS, type ProblemCode } from "../../src/domain/problems";
import { SURVEYS as SURVEY_DEFS } from "../../src/domain/surveys/definitions";
import {
  ACHIEVEMENTS,
  type ColumnKind,
  type ColumnSpec,
  MENTEES,
  MENTORS,
  STAFF,
  type TableSpec,
} from "../../src/domain/tables";
import { createEmulator } from "../emulator";
import { type BundleHost, loadBundle } from "../emulator/vmHost";

type Emulator = ReturnType<typeof createEmulator>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DIST = join(__dirname, "..", "..", "dist");

/** mulberry32: a small seeded generator, the same sequence on every machine. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A hostile value with a short name for the failure report. */
export interface Hostile {
  readonly name: string;
  readonly value: unknown;
}

const utc = (y: number, m = 0, d = 1): Date => {
  const date = new Date(Date.UTC(2000, m, d));
  date.setUTCFullYear(y);
  return date;
};

/** Values that break any column: formulas, markup, control characters, giant and odd strings, prototype names. */
const ANY: readonly Hostile[] = [
  { name: "formula =", value: "=1+1" },
  { name: "formula =HYPERLINK", value: '=HYPERLINK("http://evil.example","нажми")' },
  { name: "formula +", value: "+7 914 123-45-67" },
  { name: "formula -", value: "-2+3" },
  { name: "formula @", value: "@Петров" },
  { name: "html script", value: "<script>alert(1)</script>" },
  { name: "html img", value: '<img src=x onerror="alert(1)">' },
  { name: "control chars", value: "Иванов\u0000\u0007\u001b[31m\r\nИван" },
  { name: "rtl marks", value: "\u202eвонавИ\u200f Иван\u200e" },
  { name: "zero width", value: "\u200b\ufeff" },
  { name: "50k chars", value: "Я".repeat(50_000) },
  { name: "emoji", value: "👩‍🏫 Анна 🧑🏽‍🎓" },
  { name: "lone surrogate", value: "Анна\ud800" },
  { name: "spaces only", value: "   " },
  { name: "__proto__", value: "__proto__" },
  { name: "constructor", value: "constructor" },
  { name: "toString", value: "toString" },
  { name: "hasOwnProperty", value: "hasOwnProperty" },
  { name: "NaN text", value: "NaN" },
  { name: "Infinity text", value: "Infinity" },
  { name: "boolean true", value: true },
  { name: "boolean false", value: false },
  { name: "date in text", value: utc(2026, 8, 1) },
  { name: "huge number", value: 1e308 },
  { name: "negative number", value: -12345 },
];

const NUMBERS: readonly Hostile[] = [
  { name: "number as text", value: "0015" },
  { name: "words", value: "пять лет" },
  { name: "with unit", value: "15 лет" },
  { name: "fraction", value: 2.5 },
  { name: "comma fraction", value: "2,5" },
  { name: "negative", value: -3 },
  { name: "zero", value: 0 },
  { name: "huge", value: 1e21 },
  { name: "-0", value: -0 },
  { name: "1e309 text", value: "1e309" },
  { name: "max safe+", value: 2 ** 53 + 2 },
];

const DATES: readonly Hostile[] = [
  { name: "year 9999", value: utc(9999, 11, 31) },
  { name: "year 0001", value: utc(1, 0, 1) },
  { name: "year 1899", value: utc(1899, 11, 30) },
  { name: "text 31.02.2026", value: "31.02.2026" },
  { name: "text 9999-12-31", value: "9999-12-31" },
  { name: "text 00.00.0000", value: "00.00.0000" },
  { name: "text вчера", value: "вчера" },
  { name: "serial number", value: 46000 },
  { name: "boolean in date", value: true },
];

const EMAILS: readonly Hostile[] = [
  { name: "no domain", value: "ivanov@" },
  { name: "two at", value: "a@@school7.ru" },
  { name: "two addresses", value: "a@school7.ru, b@school7.ru" },
  { name: "angle brackets", value: "<ivanov@school7.ru>" },
  { name: "trailing newline", value: "ivanov@school7.ru\n" },
  { name: "formula mail", value: "=ivanov@school7.ru" },
  { name: "cyrillic domain", value: "иванов@школа.рф" },
  { name: "very long", value: `${"a".repeat(300)}@school7.ru` },
];

const PHONES: readonly Hostile[] = [
  { name: "extension", value: "+7 (914) 123-45-67 доб. 5" },
  { name: "number", value: 89141234567 },
  { name: "too long", value: "+7914123456789012345" },
  { name: "letters", value: "позвонить завучу" },
];

const ENUMS: readonly Hostile[] = [
  { name: "english label", value: "teacher" },
  { name: "trailing space", value: "педагог " },
  { name: "upper case", value: "ПЕДАГОГ" },
  { name: "list with junk", value: "педагог – педагог, ;;, ," },
];

const CHECKBOXES: readonly Hostile[] = [
  { name: "да", value: "да" },
  { name: "TRUE text", value: "TRUE" },
  { name: "one", value: 1 },
  { name: "false text", value: "false" },
];

const IDS: readonly Hostile[] = [
  { name: "wrong prefix", value: "НЯ-0001" },
  { name: "mentor id in mentees", value: "НС-0001" },
  { name: "prefix only", value: "НС-" },
  { name: "huge id", value: "НС-99999999999999999999" },
  { name: "latin lookalike", value: "HC-0001" },
];

const BY_KIND: Partial<Record<ColumnKind, readonly Hostile[]>> = {
  int: NUMBERS,
  date: DATES,
  email: EMAILS,
  phone: PHONES,
  enum: ENUMS,
  enumList: ENUMS,
  checkbox: CHECKBOXES,
  id: IDS,
  ref: IDS,
};

/** A hostile value for a column of this kind: mostly the kind's own, sometimes any. */
export function hostileFor(rng: Rng, kind: ColumnKind): Hostile {
  const own = BY_KIND[kind];
  return own && rng.chance(0.6) ? rng.pick(own) : rng.pick(ANY);
}

/**
 * The hostile sheet shapes. `known` names the part of issue 13 that fixes what the shape breaks today: the
 * `npm test` sample leaves those out until the lead merges that part (then drop the `known`).
 */
export const SHAPES = {
  renamedTab: { known: null },
  deletedTab: { known: null },
  extraCuratorColumn: { known: null },
  movedColumns: { known: null },
  emptyFormattedRows: { known: null },
  handEditedProposals: { known: null },
  /** The header row deleted: the check names it, actions refuse, the update puts it back (part B). */
  deletedHeaderRow: { known: null },
  /** Values (with their headers) swapped by cut and paste under columns whose keys did not move (part B). */
  swappedColumnValues: { known: null },
  /** Insert → Checkbox on a whole column: the unticked rows stay empty (part B). */
  wholeColumnCheckboxes: { known: null },
  /** A curator's own column on «Предложенные пары»: each note stays beside its mentee (part C). */
  proposalsCuratorColumn: { known: null },
} as const;
export type Shape = keyof typeof SHAPES;

export interface Plant {
  tab: string;
  row: number;
  column: string;
  kind: ColumnKind;
  hostile: Hostile;
}

export interface CaseInput {
  seed: number;
  plants: Plant[];
  shapes: Shape[];
  confirmDate: Hostile;
  pairStart: Hostile | null;
  csv: string;
  serverArgs: boolean;
  /** Hostile text a participant types into a survey form's free-text questions (emu.forms.submit). */
  answers: Hostile[];
  /** A template picked for a document kind (chooseTemplate): the Picker's id and name, or hostile ones. */
  template: { kind: string; docId: unknown; name: unknown; replace: unknown };
  /** Careless edits of «Педагогический коллектив» and «Конкурсы и достижения» (issue 14). */
  registerEdits: RegisterEdit[];
  /** The staff rows (1-based among the data rows, some past the end) selected for «Добавить выбранных …». */
  enrol: { role: "mentors" | "mentees"; rows: number[] };
  /** A file imported into «Педагогический коллектив». */
  staffCsv: string;
}

/** What a careless curator does to the staff register and the contests tab. */
export const REGISTER_EDITS = [
  /** A hire or leaving date that is no date, or out of range (9999, 1949, 31 February). */
  "badDate",
  /** A leaving date without a reason, or a reason that is no reason of the list. */
  "badReason",
  /** A register row typed twice (the same person, the same id). */
  "duplicate",
  /** A contest row naming a person who is on no tab. */
  "unknownPerson",
  /** A register column moved, with its header, to the other end of the tab. */
  "movedHeader",
] as const;
export type RegisterEdit = (typeof REGISTER_EDITS)[number];

const CONFIRM_DATES: readonly Hostile[] = [
  { name: "ok", value: "2026-12-01" },
  { name: "ok", value: "2026-12-01" },
  { name: "31 February", value: "2026-02-31" },
  { name: "year 1900", value: "1900-01-01" },
  { name: "year 9999", value: "9999-12-31" },
  { name: "dd.mm.yyyy", value: "01.12.2026" },
  { name: "__proto__", value: "__proto__" },
  { name: "number", value: 20261201 },
  { name: "null", value: null },
  { name: "object", value: { toString: "x" } },
];

const PAIR_STARTS: readonly Hostile[] = [
  { name: "year 9999", value: utc(9999, 11, 31) },
  { name: "year 0001", value: utc(1, 0, 1) },
  { name: "text", value: "с сентября" },
  { name: "formula", value: "=TODAY()" },
  { name: "boolean", value: true },
];

/** What a participant types into a survey form's free-text answer: any hostile text of ANY. */
const ANSWER_TEXTS: readonly Hostile[] = [
  ...ANY.filter((h) => typeof h.value === "string"),
  { name: "json", value: '{"__proto__":{"admin":true}}' },
  { name: "token-like", value: "0123456789ABCDEFGHJKMNPQRS" },
];

/**
 * A template chosen in the Picker dialog (chooseTemplate): `MADE` stands for the id of a Doc the run made (a real
 * Doc the add-on can open); the rest are ids and names a tampered page could send.
 */
export const MADE = "(a Doc the run made)";
const TEMPLATE_CHOICES: readonly { kind: string; docId: unknown; name: unknown; replace: unknown }[] = [
  { kind: "agreement", docId: MADE, name: "Моё соглашение", replace: false },
  { kind: "plan", docId: MADE, name: '<img src=x onerror="alert(1)">', replace: true },
  { kind: "order", docId: MADE, name: "Я".repeat(5000), replace: "yes" },
  { kind: "agreement", docId: "AAAAAAAAAAAAAAAAAAAAAAAA", name: "нет такого", replace: false },
  { kind: "__proto__", docId: MADE, name: "x", replace: false },
  { kind: "plan", docId: "__proto__", name: null, replace: false },
  { kind: "order", docId: "https://docs.google.com/document/d/../../etc", name: "x", replace: true },
];

/** Columns a curator types into on the people's tabs (not the id, which the add-on gives). */
const typedColumns = (spec: TableSpec): readonly ColumnSpec[] => spec.columns;

/** What a case does, from its seed alone. `sample` leaves out the known cases (see SHAPES). */
export function generate(seed: number, sample: boolean): CaseInput {
  const rng = new Rng(seed);
  const plants: Plant[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n; i++) {
    const spec = rng.chance(0.5) ? MENTORS : MENTEES;
    const column = rng.pick(typedColumns(spec));
    const rows = spec === MENTORS ? 4 : 6;
    plants.push({
      tab: spec.title.ru,
      row: 2 + rng.int(rows),
      column: column.key,
      kind: column.kind,
      hostile: hostileFor(rng, column.kind),
    });
  }
  const names = (Object.keys(SHAPES) as Shape[]).filter((s) => !sample || SHAPES[s].known === null);
  const shapes: Shape[] = [];
  if (rng.chance(0.6)) shapes.push(rng.pick(names));
  if (rng.chance(0.2)) {
    const more = rng.pick(names);
    if (!shapes.includes(more)) shapes.push(more);
  }
  const confirmDate = rng.pick(CONFIRM_DATES);
  const pairStart: Hostile | null = rng.chance(0.3) ? rng.pick(PAIR_STARTS) : null;
  const csvValue = String(hostileFor(rng, rng.pick<ColumnKind>(["text", "email", "int", "date"])).value);
  const csv = `ФИО;E-mail;Педагогический стаж, лет\n"${csvValue.replace(/"/g, '""').slice(0, 2000)}";x@school7.ru;${csvValue.slice(0, 100)}\nПетров Пётр;petrov@school7.ru;__proto__\n`;
  const serverArgs = rng.chance(sample ? 0.3 : 0.5);
  // What a participant types into the survey form's text questions, and the template picked by hand.
  const answers = [0, 1].map(() => rng.pick(ANSWER_TEXTS));
  const template = rng.pick(TEMPLATE_CHOICES);
  // Issue 14: drawn after everything above, so the earlier seeds keep their cases.
  for (const spec of [STAFF, ACHIEVEMENTS]) {
    if (!rng.chance(0.5)) continue;
    const column = rng.pick(spec.columns);
    plants.push({
      tab: spec.title.ru,
      row: 2 + rng.int(spec === STAFF ? 8 : 3),
      column: column.key,
      kind: column.kind,
      hostile: hostileFor(rng, column.kind),
    });
  }
  const registerEdits = REGISTER_EDITS.filter(() => rng.chance(0.35));
  const enrol = {
    role: rng.pick(["mentors", "mentees"] as const),
    rows: Array.from({ length: 1 + rng.int(3) }, () => rng.int(14)),
  };
  const staffValue = String(hostileFor(rng, rng.pick<ColumnKind>(["text", "date", "int", "enum"])).value);
  const quoted = `"${staffValue.replace(/"/g, '""').slice(0, 2000)}"`;
  const staffCsv = [
    "ФИО;Должность;Дата приема;Стаж педагогический;Категория;Дата увольнения;Причина увольнения;E-mail",
    `${quoted};учитель;01.09.2015;${quoted};высшая;;;`,
    `Соколова Анна Петровна;учитель музыки;${quoted};3;${quoted};;;sokolova@school7.ru`,
    "Соколова Анна Петровна;учитель музыки;01.09.2023;3;первая;;;sokolova@school7.ru",
    `Громов Лев Ильич;учитель физики;1.9.1949;40;б/к;31.08.20255;${quoted};`,
  ].join("\r\n");
  return {
    seed,
    plants,
    shapes,
    confirmDate,
    pairStart,
    csv,
    serverArgs,
    answers,
    template,
    registerEdits,
    enrol,
    staffCsv,
  };
}

/** A short, readable description of the case: what a failure report prints. */
export function describe(input: CaseInput): string {
  const show = (h: Hostile) => {
    const text =
      h.value instanceof Date
        ? `Date(${Number.isNaN(h.value.getTime()) ? "invalid" : h.value.toISOString()})`
        : JSON.stringify(h.value);
    return `${h.name}: ${text && text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text}`;
  };
  return [
    `seed ${input.seed}`,
    ...input.plants.map((p) => `  ${p.tab}!row ${p.row} ${p.column} (${p.kind}) = ${show(p.hostile)}`),
    `  shapes: ${input.shapes.join(", ") || "none"}`,
    `  confirm date: ${show(input.confirmDate)}; pair start typed: ${input.pairStart ? show(input.pairStart) : "none"}`,
    `  survey answers typed: ${input.answers.map(show).join("; ") || "none"}`,
    `  template chosen: ${input.template.kind} ${show({ name: "id", value: input.template.docId })}, ${show({ name: "name", value: input.template.name })}, replace ${JSON.stringify(input.template.replace)}`,
    `  hostile server arguments: ${input.serverArgs ? "yes" : "no"}`,
    `  register edits: ${input.registerEdits.join(", ") || "none"}; enrol as ${input.enrol.role}: staff rows ${input.enrol.rows.map((r) => r + 2).join(", ")}`,
  ].join("\n");
}

export type FailureKind =
  | "uncaught"
  | "unreported"
  | "notRefused"
  | "duplicated"
  | "internalText"
  | "englishOnly"
  | "typedChanged"
  | "silent"
  | "ghostRow"
  | "movedNote";
/**
 * uncaught: a menu item threw, or a trigger failed; internalText: a TypeError, "Invalid time value", a stack…
 * shown; englishOnly: the add-on's own words with no Russian; typedChanged: a cell a person typed changed;
 * silent: an action showed or answered nothing; ghostRow: a row with nothing typed (a lone checkbox, formatting)
 * was given an id; movedNote: a curator's note on «Предложенные пары» ended up beside another mentee;
 * unreported: «Проверить базу» did not name a tab whose shape drifted (its header row deleted, its columns'
 * values swapped); notRefused: an action on such a tab wrote something, or did not say in Russian why it stopped;
 * duplicated: confirming the same pairs a second time added rows.
 */
export const FAILURE_KINDS: readonly FailureKind[] = [
  "uncaught",
  "unreported",
  "notRefused",
  "duplicated",
  "internalText",
  "englishOnly",
  "typedChanged",
  "silent",
  "ghostRow",
  "movedNote",
];

export interface Failure {
  action: string;
  kind: FailureKind;
  detail: string;
}

export interface CaseResult {
  input: CaseInput;
  /** Every action that ran, in order (the table's rows). */
  actions: string[];
  failures: Failure[];
}

/** Internal error text a curator must never see. */
const INTERNAL =
  /\b(TypeError|ReferenceError|RangeError|SyntaxError|Invalid time value|Invalid Date|Cannot read|Cannot set|is not a function|is not defined|is not iterable|undefined|\[object Object\]|Maximum call stack)\b|\n\s+at \S+ \(|\.js:\d+:\d+/;

/** Every string in a value (an answer of a server function, a sidebar's data). */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 12) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out, depth + 1);
  else if (value && typeof value === "object")
    for (const v of Object.values(value as Record<string, unknown>)) strings(v, out, depth + 1);
  return out;
}

/** The JSON a served page carries (its data element): what the curator's sidebar shows. */
function pageData(content: string): unknown {
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(content);
  if (!m?.[1]) return null;
  try {
    return JSON.parse(m[1]);
  } catch {
    return null;
  }
}

/** Messages (not data) in an answer: the fields a sidebar shows as the add-on's own words. */
function messages(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 12 || !value || typeof value !== "object") return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === "string" && /^(message|why|text|prompt|title|hint|error)$/i.test(k)) out.push(v);
    else messages(v, out, depth + 1);
  }
  return out;
}

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORDS = /[A-Za-z]{3,}/;

export class Recorder {
  readonly failures: Failure[] = [];
  readonly actions: string[] = [];
  /** Every text the last `run` showed or answered: alerts, toasts, pages' data, the answer, the error. */
  lastShown: string[] = [];
  constructor(
    private readonly emu: Emulator,
    private readonly host: BundleHost,
    private readonly planted: readonly string[],
  ) {}

  /** Text with the planted values taken out: what remains is the add-on's own. */
  private own(text: string): string {
    let t = text;
    for (const p of this.planted) if (p.length >= 2) t = t.split(p).join("«…»");
    return t;
  }

  private checkText(action: string, where: string, text: string, ownWords: boolean): void {
    const t = this.own(text);
    const m = INTERNAL.exec(t);
    if (m) {
      const at = Math.max(0, m.index - 60);
      this.fail(action, "internalText", `${where}: …${t.slice(at, m.index + 80).replace(/\s+/g, " ")}…`);
    }
    if (ownWords && LATIN_WORDS.test(t) && !CYRILLIC.test(t))
      this.fail(action, "englishOnly", `${where}: ${t.slice(0, 160)}`);
  }

  fail(action: string, kind: FailureKind, detail: string): void {
    if (!this.failures.some((f) => f.action === action && f.kind === kind && f.detail === detail))
      this.failures.push({ action, kind, detail });
  }

  /**
   * Runs one action as the curator starts it: a menu item (`menu`: it must show something and never throw) or a
   * sidebar's server call (it may throw a message for the curator, which the page shows).
   */
  run(
    action: string,
    how: "menu" | "sidebar",
    fn: () => unknown,
    opts: { mayBeVoid?: boolean } = {},
  ): unknown {
    this.actions.push(action);
    const ui = this.emu.ui;
    const before = {
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
    };
    let result: unknown;
    let threw: Error | null = null;
    try {
      result = fn();
    } catch (error) {
      threw = error instanceof Error ? error : new Error(String(error));
    }
    const alerts = ui.alerts.slice(before.alerts);
    const toasts = ui.toasts.slice(before.toasts);
    const pages = [...ui.sidebars.slice(before.sidebars), ...ui.dialogs.slice(before.dialogs)];
    for (const a of alerts) this.checkText(action, "alert", `${a.title ?? ""}\n${a.prompt}`, true);
    for (const t of toasts) this.checkText(action, "toast", `${t.title ?? ""}\n${t.text}`, true);
    for (const p of pages) {
      const data = pageData(p.content);
      if (data !== null) {
        for (const s of strings(data)) this.checkText(action, `sidebar «${p.title}»`, s, false);
        for (const s of messages(data)) this.checkText(action, `sidebar «${p.title}»`, s, true);
      }
    }
    this.lastShown = [
      ...alerts.map((a) => `${a.title ?? ""}\n${a.prompt}`),
      ...toasts.map((t) => `${t.title ?? ""}\n${t.text}`),
      ...pages.flatMap((p) => strings(pageData(p.content))),
      ...(threw ? [threw.message] : strings(result)),
    ];
    if (threw) {
      const name = threw.name && threw.name !== "Error" ? `${threw.name}: ` : "";
      if (how === "menu") this.fail(action, "uncaught", `${name}${threw.message}`.slice(0, 300));
      else this.checkText(action, "error shown in the sidebar", `${name}${threw.message}`, true);
    } else {
      for (const s of strings(result)) this.checkText(action, "answer", s, false);
      for (const s of messages(result)) this.checkText(action, "answer", s, true);
      const shown = alerts.length + toasts.length + pages.length;
      if (how === "menu" && shown === 0)
        this.fail(action, "silent", "the menu item showed nothing (no alert, toast, sidebar or dialog)");
      if (how === "sidebar" && result === undefined && !opts.mayBeVoid)
        this.fail(action, "silent", "the server function answered nothing");
    }
    return threw ? undefined : result;
  }

  /** A server function that must refuse its arguments with a clear message (or answer usefully). */
  hostileCall(action: string, name: string, args: unknown[]): void {
    this.actions.push(action);
    try {
      const result = this.host.callAs("sidebar", name, ...args);
      for (const s of messages(result)) this.checkText(action, `${name} answer`, s, true);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const text = `${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${e.message}`;
      this.checkText(
        action,
        `${name}(${args.map((a) => JSON.stringify(a) ?? String(a)).join(", ")})`,
        text,
        true,
      );
    }
  }
}

/** The typed cells of the tabs a curator types into, by sheet id: what must never change. */
interface Typed {
  sheetId: number;
  tab: string;
  values: unknown[][];
}

const TYPED_TABS = [
  "Наставники",
  "Наставляемые",
  "Программы",
  "Встречи",
  "Цели показателей",
  "Педагогический коллектив",
  "Конкурсы и достижения",
];

function snapshotTyped(ss: Spreadsheet): Typed[] {
  return ss
    .getSheets()
    .filter((s) => PEOPLE_IDS.includes(s.getSheetId()) || TYPED_TABS.some((t) => s.getName().startsWith(t)))
    .map((s) => ({ sheetId: s.getSheetId(), tab: s.getName(), values: s.getDataRange().getValues() }));
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime() || (Number.isNaN(a.getTime()) && Number.isNaN(b.getTime()))
    : a === b || (typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b));

/**
 * Whether every typed cell of `before` sits one row lower in `after`: the update put a deleted header row back
 * above the data (`insertHeaderRow`), which moves every typed row down, whole.
 */
function headerInserted(before: readonly unknown[][], after: readonly unknown[][]): boolean {
  return before.every((row, r) => row.every((v, c) => v === "" || v === null || same(v, after[r + 1]?.[c])));
}

/** Tabs whose header row a shape deleted: the update may insert one above their data. */
const HEADER_DELETED = new Set<number>();

function compareTyped(ss: Spreadsheet, before: readonly Typed[], rec: Recorder): void {
  for (const b of before) {
    const sheet = ss.getSheets().find((s) => s.getSheetId() === b.sheetId);
    if (!sheet) {
      rec.fail("(whole run)", "typedChanged", `the tab «${b.tab}» a person typed into is gone`);
      continue;
    }
    const read = sheet.getDataRange().getValues();
    const after = HEADER_DELETED.has(b.sheetId) && headerInserted(b.values, read) ? read.slice(1) : read;
    let reported = 0;
    b.values.forEach((row, r) => {
      // A row of nothing but unticked boxes holds nothing a person typed: the add-on may append into it.
      if (row.every((v) => v === "" || v === null || v === false)) return;
      row.forEach((v, c) => {
        if (v === "" || v === null || reported >= 3) return;
        const now = after[r]?.[c];
        if (!same(v, now)) {
          reported++;
          const show = (x: unknown) => (JSON.stringify(x) ?? String(x)).slice(0, 50);
          rec.fail(
            "(whole run)",
            "typedChanged",
            `«${b.tab}» row ${r + 1} column ${c + 1}: ${show(v)} became ${show(now)}`,
          );
        }
      });
    });
  }
}

/** Rows with nothing a person typed (empty, unticked boxes) must not be given an id. */
function checkGhostRows(ss: Spreadsheet, rec: Recorder): void {
  for (const sheet of ss.getSheets()) {
    const values = sheet.getDataRange().getValues();
    const idCol = values.slice(1).length
      ? (values[0] ?? []).findIndex((_, c) =>
          values.slice(1).some((r) => /^(НС|НЯ|СТ|КД)-\d+$/.test(String(r[c]))),
        )
      : -1;
    if (idCol < 0) continue;
    let ghosts = 0;
    let first = 0;
    values.forEach((row, r) => {
      if (r === 0 || row[idCol] === "") return;
      const typed = row.some((v, c) => c !== idCol && v !== "" && v !== false);
      if (!typed && ghosts++ === 0) first = r + 1;
    });
    if (ghosts > 0)
      rec.fail(
        "(whole run)",
        "ghostRow",
        `«${sheet.getName()}»: ${ghosts} rows with nothing typed got an id (first: row ${first})`,
      );
  }
}

/** The curator's notes on «Предложенные пары» by the mentee's id in the same row. */
function proposalNotes(ss: Spreadsheet, header: string): Map<string, string> {
  const notes = new Map<string, string>();
  const sheet = ss.getSheetByName("Предложенные пары");
  if (!sheet) return notes;
  const values = sheet.getDataRange().getValues();
  const col = (values[0] ?? []).map(String).indexOf(header);
  if (col < 0) return notes;
  for (const row of values.slice(1)) {
    const mentee = row.map(String).find((v) => /^НЯ-\d+$/.test(v));
    if (mentee && row[col] !== "") notes.set(mentee, String(row[col]));
  }
  return notes;
}

function headersOf(sheet: Sheet): string[] {
  return sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0]!.map(String);
}

let PEOPLE_IDS: number[] = [];

/** The id of the tab a shape drifted (its header row deleted, its values swapped), or null. */
function applyShape(ss: Spreadsheet, shape: Shape, rng: Rng): number | null {
  // A tab renamed by an earlier shape is found by its id, which the rename keeps.
  const [mentors, mentees] = PEOPLE_IDS.map((id) => ss.getSheets().find((s) => s.getSheetId() === id)!) as [
    Sheet,
    Sheet,
  ];
  switch (shape) {
    case "renamedTab":
      rng.pick([mentors, mentees]).setName(rng.pick(["Наставники (копия)", "Ученики 2026", "Лист7"]));
      return null;
    case "deletedTab": {
      const name = rng.pick(["Программы", "Встречи", "Пары и группы", "Цели показателей", "Настройки"]);
      const sheet = ss.getSheetByName(name);
      if (sheet) ss.deleteSheet(sheet);
      return null;
    }
    case "extraCuratorColumn": {
      const sheet = rng.pick([mentors, mentees]);
      const at = 2 + rng.int(Math.max(1, sheet.getLastColumn() - 1));
      sheet.insertColumnBefore(at);
      const rows = sheet.getLastRow();
      sheet
        .getRange(1, at, rows, 1)
        .setValues([
          ["Комментарий куратора"],
          ...Array.from({ length: rows - 1 }, (_, i) => [`заметка ${i + 1}`]),
        ]);
      return null;
    }
    case "movedColumns": {
      const sheet = rng.pick([mentors, mentees]);
      const last = sheet.getLastColumn();
      const from = 2 + rng.int(last - 2);
      sheet.moveColumns(sheet.getRange(1, from, 1, 1), rng.pick([2, last + 1]));
      return null;
    }
    case "emptyFormattedRows": {
      const sheet = rng.pick([mentors, mentees]);
      const first = sheet.getLastRow() + 1;
      sheet.insertRowsAfter(sheet.getMaxRows(), 2000);
      sheet.getRange(first, 1, 2000, sheet.getLastColumn()).setBackground("#fff2cc");
      return null;
    }
    case "deletedHeaderRow": {
      const sheet = rng.pick([mentors, mentees]);
      sheet.deleteRow(1);
      return sheet.getSheetId();
    }
    case "swappedColumnValues": {
      const sheet = rng.pick([mentors, mentees]);
      const headers = headersOf(sheet);
      const a = headers.indexOf("ФИО") + 1;
      const b = headers.indexOf("E-mail") + 1;
      if (a < 1 || b < 1) return null;
      const rows = sheet.getLastRow();
      const va = sheet.getRange(1, a, rows, 1).getValues();
      const vb = sheet.getRange(1, b, rows, 1).getValues();
      sheet.getRange(1, a, rows, 1).setValues(vb);
      sheet.getRange(1, b, rows, 1).setValues(va);
      return sheet.getSheetId();
    }
    case "wholeColumnCheckboxes": {
      // Insert → Checkbox on one of the add-on's own checkbox columns, down to the sheet's last row.
      const sheet = rng.pick([mentors, mentees]);
      const spec = sheet === mentors ? MENTORS : MENTEES;
      const boxes = spec.columns.filter((c) => c.kind === "checkbox").map((c) => c.header.ru);
      const at = headersOf(sheet).indexOf(rng.pick(boxes)) + 1;
      if (at > 0) sheet.getRange(2, at, sheet.getMaxRows() - 1, 1).insertCheckboxes();
      return null;
    }
    // Applied after «Подобрать пары» (handEditedProposals, proposalsCuratorColumn).
    default:
      return null;
  }
}

function editProposals(ss: Spreadsheet, shapes: readonly Shape[], rng: Rng): void {
  const sheet = ss.getSheetByName("Предложенные пары");
  if (!sheet || sheet.getLastRow() < 2) return;
  if (shapes.includes("handEditedProposals")) {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const row = 2 + rng.int(rows - 1);
    sheet
      .getRange(row, 1 + rng.int(cols))
      .setValue(rng.pick(["__proto__", "принять!!", "=1/0", "", 42, true]));
    if (rows > 3 && rng.chance(0.5)) sheet.deleteRow(2 + rng.int(rows - 2));
    if (rng.chance(0.3))
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, 3).setValues([["НС-0001", "НЯ-9999", "x"]]);
  }
  if (shapes.includes("proposalsCuratorColumn")) {
    const at = sheet.getLastColumn() + 1;
    const rows = sheet.getLastRow();
    sheet
      .getRange(1, at, rows, 1)
      .setValues([["Мой комментарий"], ...Array.from({ length: rows - 1 }, (_, i) => [`обсудить ${i + 1}`])]);
  }
}

/** Types the sample's settings and people into the base, as `npm start` does. */
function typeSchool(ss: Spreadsheet): void {
  const data = sampleSchool(2026, { mentors: 4, mentees: 6, staff: true });
  const settings = ss.getSheetByName("Настройки")!;
  const codes = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  for (const [key, value] of Object.entries(data.settings)) {
    const row = codes.indexOf(key) + 1;
    if (row > 1) settings.getRange(row, 3).setValue(value);
  }
  for (const [spec, rows] of [
    [MENTORS, data.mentors],
    [MENTEES, data.mentees],
    [STAFF, data.staff],
    [ACHIEVEMENTS, data.achievements],
  ] as const) {
    if (rows.length === 0) continue;
    const sheet = ss.getSheetByName(spec.title.ru)!;
    const headers = headersOf(sheet);
    const keyOf = new Map(spec.columns.map((c) => [c.header.ru, c.key]));
    const values = rows.map((r) => headers.map((h) => r[keyOf.get(h) ?? ""] ?? ""));
    sheet.getRange(2, 1, values.length, headers.length).setValues(values);
  }
}

const BY_TITLE = new Map([MENTORS, MENTEES, STAFF, ACHIEVEMENTS].map((t) => [t.title.ru, t]));

function plant(ss: Spreadsheet, p: Plant): boolean {
  const spec = BY_TITLE.get(p.tab)!;
  const sheet = ss.getSheetByName(p.tab);
  if (!sheet) return false;
  const header = spec.columns.find((c) => c.key === p.column)!.header.ru;
  const col = headersOf(sheet).indexOf(header) + 1;
  if (col < 1) return false;
  try {
    sheet.getRange(p.row, col).setValue(p.hostile.value);
    return true;
  } catch {
    // Sheets itself refuses the value (a cell holds at most 50,000 characters): nothing of the add-on's.
    return false;
  }
}

/** A careless edit of the register or the contests tab (REGISTER_EDITS). */
function editRegister(ss: Spreadsheet, edit: RegisterEdit, rng: Rng): void {
  const staff = ss.getSheetByName(STAFF.title.ru);
  const contests = ss.getSheetByName(ACHIEVEMENTS.title.ru);
  if (!staff || !contests) return;
  const at = (sheet: Sheet, header: string) => headersOf(sheet).indexOf(header) + 1;
  const header = (spec: TableSpec, key: string) => spec.columns.find((c) => c.key === key)!.header.ru;
  const rows = Math.max(2, staff.getLastRow());
  const row = 2 + rng.int(rows - 1);
  switch (edit) {
    case "badDate": {
      const col = at(staff, header(STAFF, rng.pick(["hireDate", "leaveDate", "experienceDate"])));
      if (col > 0)
        staff
          .getRange(row, col)
          .setValue(rng.pick(["31.02.2020", "01.09.9999", "31.12.1949", "вчера", 45000]));
      return;
    }
    case "badReason": {
      const date = at(staff, header(STAFF, "leaveDate"));
      const reason = at(staff, header(STAFF, "leaveReason"));
      if (date > 0) staff.getRange(row, date).setValue("31.05.2026");
      if (reason > 0) staff.getRange(row, reason).setValue(rng.pick(["", "по собственному желанию", "=1/0"]));
      return;
    }
    case "duplicate": {
      const width = staff.getLastColumn();
      const copy = staff.getRange(row, 1, 1, width).getValues();
      staff.getRange(staff.getLastRow() + 1, 1, 1, width).setValues(copy);
      return;
    }
    case "unknownPerson": {
      const person = at(contests, header(ACHIEVEMENTS, "personId"));
      const event = at(contests, header(ACHIEVEMENTS, "event"));
      const next = contests.getLastRow() + 1;
      if (person > 0)
        contests.getRange(next, person).setValue(rng.pick(["СТ-9999", "НС-0999", "Иванова", "__proto__"]));
      if (event > 0) contests.getRange(next, event).setValue("Учитель года");
      return;
    }
    case "movedHeader": {
      const last = staff.getLastColumn();
      const from = 2 + rng.int(last - 2);
      staff.moveColumns(staff.getRange(1, from, 1, 1), rng.pick([2, last + 1]));
      return;
    }
  }
}

function plantPairStart(ss: Spreadsheet, value: unknown): void {
  const sheet = ss.getSheetByName("Пары и группы");
  if (!sheet || sheet.getLastRow() < 2) return;
  const col = headersOf(sheet).findIndex((h) => /начал/i.test(h)) + 1;
  if (col > 0) sheet.getRange(2, col).setValue(value);
}

/** What each drifted shape must be reported as (src/domain/base/shape.ts and its problems). */
const DRIFT_CODES: Readonly<Partial<Record<Shape, readonly ProblemCode[]>>> = {
  deletedHeaderRow: ["headerMissing", "headerMoved"],
  swappedColumnValues: ["headerMismatch", "wrongKind"],
};

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The check's message for `code` on the tab `tab`, whatever its other parameters: the words part B chose. */
function driftMessage(code: ProblemCode, tab: string): RegExp {
  const parts = PROBLEMS[code].message.ru.split(/(\{\w+\})/);
  return new RegExp(
    parts
      .map((x) => (x === "{tab}" ? escapeRe(tab) : /^\{\w+\}$/.test(x) ? "[\\s\\S]*?" : escapeRe(x)))
      .join(""),
  );
}

/** Every tab's values by name: what "writes nothing" is checked against. */
function snapshotAll(ss: Spreadsheet): Map<string, string> {
  return new Map(
    ss.getSheets().map((s) => [
      s.getName(),
      JSON.stringify(
        s
          .getDataRange()
          .getValues()
          .map((r) => r.map((v) => (v instanceof Date ? v.getTime() : v))),
      ),
    ]),
  );
}

/** The tabs made, changed or deleted between two snapshots. */
function changedTabs(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((n) => before.get(n) !== after.get(n))
    .map((n) => (before.has(n) ? (after.has(n) ? `«${n}» changed` : `«${n}» deleted`) : `«${n}» made`));
}

/**
 * Before the update repairs anything: «Проверить базу» must name each drifted tab with part B's words, and an
 * action reading it («Подобрать пары», the import into it) must refuse with the same words and write nothing.
 */
function checkDrift(
  ss: Spreadsheet,
  drifted: ReadonlyMap<number, readonly ProblemCode[]>,
  rec: Recorder,
  run: { menu: (item: string) => unknown; side: (name: string, ...args: unknown[]) => unknown },
): void {
  const action = "shape drift";
  const reported = (codes: readonly ProblemCode[], tab: string) => {
    const shown = rec.lastShown.join("\n");
    return codes.some((c) => driftMessage(c, tab).test(shown));
  };
  run.menu("Проверить базу");
  for (const [id, codes] of drifted) {
    const tab = ss
      .getSheets()
      .find((s) => s.getSheetId() === id)!
      .getName();
    if (!reported(codes, tab))
      rec.fail(action, "unreported", `«Проверить базу» did not name «${tab}» (${codes.join(" or ")})`);
  }
  // An action names the drifted tabs it reads: at least one of them (its message lists the first three problems).
  const refuses = (what: string, tabs: ReadonlyMap<number, readonly ProblemCode[]>, act: () => void) => {
    const before = snapshotAll(ss);
    act();
    const changed = changedTabs(before, snapshotAll(ss));
    if (changed.length > 0)
      rec.fail(action, "notRefused", `${what} wrote to the base: ${changed.join(", ")}`);
    const named = [...tabs].some(([id, codes]) =>
      reported(
        codes,
        ss
          .getSheets()
          .find((s) => s.getSheetId() === id)!
          .getName(),
      ),
    );
    if (!named)
      rec.fail(
        action,
        "notRefused",
        `${what} did not say which drifted tab stops it: ${rec.lastShown.join(" | ").slice(0, 400)}`,
      );
  };
  refuses("«Подобрать пары»", drifted, () => run.menu("Подобрать пары"));
  for (const [id, codes] of drifted) {
    const table = id === PEOPLE_IDS[0] ? "mentors" : "mentees";
    const csv = "ФИО;E-mail\nСоколова Анна Петровна;sokolova@school7.ru\n";
    refuses(`the import into ${table}`, new Map([[id, codes]]), () => {
      const preview = run.side("previewImportFile", table, csv) as
        | { guess?: unknown; mapping?: unknown }
        | undefined;
      const mapping = preview?.mapping ?? preview?.guess;
      if (Array.isArray(mapping)) run.side("importParticipants", table, csv, mapping);
    });
  }
}

/** Rows on «Пары и группы» (confirmed pairs): a second confirmation must not add any. */
function pairRows(ss: Spreadsheet): number {
  const sheet = ss.getSheetByName("Пары и группы");
  if (!sheet) return 0;
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r.some((v) => v !== "" && v !== false)).length;
}

/** Participants answer the survey through the form's link in their mail, typing hostile text where text goes. */
function answerSurveys(emu: Emulator, answers: readonly Hostile[], rec: Recorder): void {
  const def = SURVEY_DEFS.satisfaction_mentee;
  const links = emu.mail
    .sent()
    .map((m) => ({ to: m.to[0] ?? "", link: /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0] }))
    .filter((x): x is { to: string; link: string } => x.link !== undefined);
  links.slice(0, answers.length).forEach(({ to, link }, i) => {
    const given: Record<string, unknown> = {};
    for (const q of def.questions) {
      if (q.token || q.type === "section") continue;
      if (q.type === "scale") given[q.title.ru] = 3 + i;
      else if (q.type === "choice" || q.type === "list") given[q.title.ru] = q.choices![0]!.label.ru;
      else given[q.title.ru] = answers[i]!.value;
    }
    try {
      emu.forms.submit(link, given, { email: to });
    } catch (error) {
      // The form itself refused the text (Forms' own limits): nothing of the add-on's.
      if (!/emu\.forms\.submit/.test(String(error)))
        rec.fail("survey answers", "uncaught", String(error).slice(0, 300));
    }
  });
}

/** The id of a Doc the run made (an agreement, a plan): a Doc the add-on can open, for the template picker. */
function madeDoc(ss: Spreadsheet): string {
  for (const sheet of ss.getSheets())
    for (const row of sheet.getDataRange().getValues())
      for (const v of row) {
        const m = /docs\.google\.com\/document\/d\/([A-Za-z0-9_-]{10,})/.exec(String(v));
        if (m) return m[1]!;
      }
  return "AAAAAAAAAAAAAAAAAAAAAAAA";
}

/** Hostile arguments for every google.script.run target a page calls. */
const SERVER_ARGS: readonly [string, unknown[]][] = [
  ["goToCell", ["__proto__", 1e9, "constructor"]],
  ["goToCell", ["mentors", -1, "toString"]],
  ["reviewPairs", [{ type: "__proto__" }]],
  ["reviewPairs", [{ type: "decide", mentorId: { toString: 1 }, menteeId: null, decision: "constructor" }]],
  ["reviewPairs", ["acceptAll"]],
  ["confirmPairs", [{ valueOf: 1 }]],
  ["previewImportFile", ["__proto__", "a;b\n1;2"]],
  ["previewImportFile", ["mentors", { length: 1e9 }]],
  ["importParticipants", ["mentors", "ФИО\nИванов", "toString"]],
  ["importParticipants", ["toString", "ФИО\nИванов", [null]]],
  ["chooseTemplate", ["__proto__", "x", "y", "yes"]],
  ["openTemplatePicker", ["constructor"]],
  ["sendSurvey", ["toString", { type: "all" }, "send"]],
  ["sendSurvey", ["satisfaction_mentee", { type: "__proto__" }, "send"]],
  ["sendSurvey", ["satisfaction_mentee", { type: "all" }, "constructor"]],
  ["sendSurvey", ["satisfaction_mentee", null, "send"]],
  ["resendSurveyMail", ["hasOwnProperty", "НЯ-0001"]],
  ["markSurveyMailArrived", ["satisfaction_mentee", { toString: "НЯ-0001" }]],
  ["surveyFormLinks", ["__proto__"]],
  ["surveyFormLinks", [["satisfaction_mentee"]]],
  ["markRoadmapDone", ["__proto__", "2026-12-10", ""]],
  ["markRoadmapDone", ["ДК-0001", "9999-12-31", "javascript:alert(1)"]],
  ["roadmapOverview", [{ constructor: { prototype: { polluted: true } } }]],
  ["completePairs", [["__proto__"], { constructor: { prototype: { polluted: true } } }]],
  ["completePairs", ["П-0001", null]],
  [
    "completePairs",
    [
      ["П-0001"],
      {
        endDate: "2027-05-31",
        outcome: "terminated",
        result: "toString",
        note: "",
        mentorReflection: "",
        menteeReflection: "",
        reason: "",
      },
    ],
  ],
];

export interface RunOptions {
  /** Leave out the known cases (the npm test sample). */
  sample?: boolean;
  /** Called at the end with the case's emulator and spreadsheet (to look at a case by hand). */
  inspect?: (emu: Emulator, ss: Spreadsheet) => void;
}

/** One case: a fresh emulator and bundle, the school typed, hostile values and shapes, every action. */
export function runCase(seed: number, opts: RunOptions = {}): CaseResult {
  const input = generate(seed, opts.sample ?? false);
  const rng = new Rng(seed ^ 0x5eed);
  const emu = createEmulator({
    user: { email: "curator@sosh7.example", locale: "ru" },
    start: Date.UTC(2026, 10, 25, 6, 30),
  });
  const host = loadBundle(DIST, emu);
  const ss = emu.activeSpreadsheet as unknown as Spreadsheet;
  const planted = [...input.plants.map((p) => p.hostile), ...input.answers]
    .map((h) => h.value)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  const rec = new Recorder(emu, host, planted);
  host.call("onOpen", { authMode: "FULL" });
  emu.auth.queueConsent("allow");
  const menu = (action: string, item: string) =>
    rec.run(action, "menu", () => host.clickMenu("Наставничество", item));
  const side = (action: string, name: string, ...args: unknown[]) =>
    rec.run(action, "sidebar", () => host.callAs("sidebar", name, ...args));

  menu("create base", "Создать / обновить базу");
  typeSchool(ss);
  for (const p of input.plants) plant(ss, p);
  PEOPLE_IDS = ["Наставники", "Наставляемые"].map((n) => ss.getSheetByName(n)!.getSheetId());
  HEADER_DELETED.clear();
  const drifted = new Map<number, ProblemCode[]>();
  for (const s of input.shapes) {
    const id = applyShape(ss, s, rng);
    if (id === null) continue;
    if (s === "deletedHeaderRow") HEADER_DELETED.add(id);
    drifted.set(id, [...(drifted.get(id) ?? []), ...(DRIFT_CODES[s] ?? [])]);
  }
  // After the shapes, so the shapes of the earlier seeds draw as they did before issue 14.
  for (const edit of input.registerEdits) editRegister(ss, edit, rng);
  const typed = snapshotTyped(ss);

  if (drifted.size > 0)
    checkDrift(ss, drifted, rec, {
      menu: (item) => menu("shape drift", item),
      side: (name, ...args) => side("shape drift", name, ...args),
    });
  menu("update base", "Создать / обновить базу");
  menu("check", "Проверить базу");
  side("check", "recheckBase");
  menu("import", "Импорт участников из CSV…");
  const preview = side("import", "previewImportFile", "mentors", input.csv) as {
    guess?: (string | null)[];
    mapping?: (string | null)[];
  };
  const mapping = preview?.mapping ?? preview?.guess;
  if (Array.isArray(mapping)) side("import", "importParticipants", "mentors", input.csv, mapping);
  // Issue 14: the staff register imported into, and staff rows added to the programme from a selection.
  const staffPreview = side("import staff", "previewImportFile", "staff", input.staffCsv) as
    | { mapping?: (string | null)[] }
    | undefined;
  if (Array.isArray(staffPreview?.mapping))
    side("import staff", "importParticipants", "staff", input.staffCsv, staffPreview.mapping);
  const register = ss.getSheetByName(STAFF.title.ru);
  if (register) {
    register.getRangeList(input.enrol.rows.map((r) => `B${r + 2}:C${r + 2}`)).activate();
    menu(
      "enrol",
      input.enrol.role === "mentors"
        ? "Добавить выбранных в наставники"
        : "Добавить выбранных в наставляемые",
    );
    // A second time: the same people are not added twice.
    const counts = () =>
      [MENTORS, MENTEES].map((t) => ss.getSheetByName(t.title.ru)?.getLastRow() ?? 0).join("/");
    const before = counts();
    register.getRangeList(input.enrol.rows.map((r) => `B${r + 2}`)).activate();
    menu(
      "enrol",
      input.enrol.role === "mentors"
        ? "Добавить выбранных в наставники"
        : "Добавить выбранных в наставляемые",
    );
    if (counts() !== before)
      rec.fail("enrol", "duplicated", `the people tabs had ${before} rows, now ${counts()}`);
  }
  menu("propose pairs", "Подобрать пары");
  editProposals(ss, input.shapes, rng);
  const notes = proposalNotes(ss, "Мой комментарий");
  side("propose pairs", "reviewPairs", { type: "acceptAll" });
  const after = proposalNotes(ss, "Мой комментарий");
  for (const [mentee, note] of notes)
    if (after.get(mentee) !== note)
      rec.fail(
        "propose pairs",
        "movedNote",
        `the note «${note}» beside ${mentee} is now ${JSON.stringify(after.get(mentee) ?? null)}`,
      );
  const confirmed = side("confirm pairs", "confirmPairs", input.confirmDate.value);
  // A refused date: the curator types a proper one, as they would.
  if (confirmed === undefined) side("confirm pairs", "confirmPairs", "2026-12-01");
  // Confirming twice (a double click, a second visit): nothing is added the second time.
  const pairs = pairRows(ss);
  side("confirm twice", "confirmPairs", "2026-12-01");
  if (pairRows(ss) !== pairs)
    rec.fail("confirm twice", "duplicated", `«Пары и группы» had ${pairs} rows, now ${pairRows(ss)}`);
  if (input.pairStart) plantPairStart(ss, input.pairStart.value);
  menu("documents", "Сформировать документы");
  side("documents", "makeDocuments");
  side("documents", "documentsProgress");
  menu("surveys", "Анкеты…");
  side("surveys", "surveysOverview");
  side("surveys", "sendSurvey", "satisfaction_mentee", { type: "all" }, "send");
  answerSurveys(emu, input.answers, rec);
  side("surveys", "sendSurvey", "satisfaction_mentee", { type: "all" }, "remind");
  side("surveys", "collectSurveyAnswers");
  side("surveys", "surveysOverview");
  menu("kpi", "Рассчитать показатели");
  side("kpi", "computeIndicators");
  side("kpi", "takeKpiSnapshot");
  menu("roadmap", "План работы");
  side("roadmap", "roadmapOverview");
  side("roadmap", "markRoadmapDone", "ДК-0003", "2026-12-10", "https://school7.example/news/12");
  side("roadmap", "markRoadmapDone", "ДК-0004", "2026-12-10", "");
  menu("template picker", "Свой шаблон документа…");
  const t = input.template;
  side(
    "template picker",
    "chooseTemplate",
    t.kind,
    t.docId === MADE ? madeDoc(ss) : t.docId,
    t.name,
    t.replace,
  );
  for (const run of host.runDueTriggers())
    if (!run.ok)
      rec.fail(`trigger ${run.functionName}`, "uncaught", String(run.error?.message).slice(0, 300));
  if (input.serverArgs)
    for (const [name, args] of SERVER_ARGS) rec.hostileCall("server arguments", name, args);
  compareTyped(ss, typed, rec);
  checkGhostRows(ss, rec);
  opts.inspect?.(emu, ss);
  return { input, actions: rec.actions, failures: rec.failures };
}

/** The per-action table: cases and failures by kind (printed like `npm run bench`). */
export function table(results: readonly CaseResult[]): string {
  const rows = new Map<string, { cases: number; byKind: Record<FailureKind, number> }>();
  const zero = () => Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
  for (const r of results) {
    for (const a of new Set(r.actions)) {
      const row = rows.get(a) ?? { cases: 0, byKind: zero() };
      row.cases++;
      rows.set(a, row);
    }
    for (const f of r.failures) {
      const row = rows.get(f.action) ?? { cases: 0, byKind: zero() };
      row.byKind[f.kind]++;
      rows.set(f.action, row);
    }
  }
  const head = ["action", "cases", ...FAILURE_KINDS];
  const body = [...rows].map(([a, r]) => [
    a,
    String(r.cases),
    ...FAILURE_KINDS.map((k) => String(r.byKind[k])),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** A failing case as a report prints it: its seed, what was hostile, and each failure. */
export function report(result: CaseResult): string {
  return [
    describe(result.input),
    ...result.failures.map((f) => `  ✗ ${f.action} — ${f.kind}: ${f.detail}`),
    `  reproduce: npm run fuzz -- --seed ${result.input.seed} --runs 1`,
  ].join("\n");
}
