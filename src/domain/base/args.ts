import { z } from "zod";

export { own } from "./own";

import { OUTCOMES, RESULT_KEYS } from "../completion";
import { DECISIONS, SURVEY_KINDS } from "../enums";
import { fill, type L, type Locale } from "../i18n";
import type { PairAction } from "../pairsView";
import { TABLES } from "../tables";
import { dateInRange } from "./limits";

/**
 * The arguments of every google.script.run target, parsed at the boundary. Any editor of the spreadsheet can call
 * these functions from the browser's console with anything JSON can carry, so each argument is checked by value
 * (enumerations are lists of values, never `key in object`), strings and lists are bounded, and objects are read
 * by their own known fields only. A call that does not fit is refused with one clear message before anything is
 * read or written; it never reaches a lookup that could land on Object.prototype.
 */

export const BAD_CALL: L = {
  ru: "Панель передала надстройке неверные данные ({what}). Ничего не изменено. Закройте панель и откройте её снова из меню «Наставничество»; если это повторится, сообщите разработчику надстройки.",
  en: "The panel sent the add-on invalid data ({what}). Nothing was changed. Close the panel and open it again from the Mentoring menu; if this happens again, tell the add-on's developer.",
};

/** A call refused at the boundary: its message is the curator's, in their language. */
export class BadCall extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadCall";
  }
}

const keysOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Bounds: an id, a code, a column key; a CSV file (what «Импорт» accepts: 20 MB of text). */
const LIMIT = { id: 100, code: 40, name: 1_000, csv: 20_000_000, mapping: 500, row: 10_000_000 } as const;

const id = z.string().trim().min(1).max(LIMIT.id);
const surveyKind = z.enum(keysOf(SURVEY_KINDS.values));
/** A person's id, or for the meeting journal (one row per pair) the mentor's id and the pair's: «НС-0001|П-0001». */
const personId = z
  .string()
  .trim()
  .regex(/^(НС|НЯ)-\d{4,9}(\|П-\d{4,9})?$/);
const tableKey = z.enum(TABLES.map((t) => t.key) as [string, ...string[]]);
const importTable = z.enum(["mentors", "mentees", "staff"]);
const docKind = z.enum(["agreement", "order", "plan", "thanks", "portfolio", "report"]);

const pairAction = z.union([
  z.null(),
  z.undefined(),
  z.strictObject({
    type: z.literal("decide"),
    mentorId: id,
    menteeId: id,
    decision: z.enum(keysOf(DECISIONS.values)).nullable(),
  }),
  z.strictObject({ type: z.literal("swap"), menteeId: id, mentorId: id }),
  z.strictObject({ type: z.literal("acceptAll") }),
]);

const scope = z.union([
  z.strictObject({ type: z.literal("all") }),
  z.strictObject({ type: z.enum(["batch", "group"]), code: z.string().trim().min(1).max(LIMIT.code) }),
]);

/** A roadmap item's id (ДК-0001), a day in the base's range, an evidence link (http/https) or nothing. */
const roadmapId = z
  .string()
  .trim()
  .regex(/^ДК-\d{4,9}$/);
const isoDay = z
  .string()
  .trim()
  .refine((v) => dateInRange(v));
const evidenceLink = z
  .string()
  .max(2_000)
  .trim()
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v));

/** A pair's id (П-0001), as «Утвердить пары» gives it. */
const pairId = z
  .string()
  .trim()
  .regex(/^П-\d{4,9}$/);

/** «Завершить пару»: the form; a terminated pair needs its reason. */
const text = (max: number) => z.string().max(max).trim();
const completion = z
  .strictObject({
    endDate: isoDay,
    outcome: z.enum(OUTCOMES as [string, ...string[]]),
    result: z.enum(RESULT_KEYS as [string, ...string[]]),
    note: text(2_000),
    mentorReflection: text(4_000),
    menteeReflection: text(4_000),
    reason: text(2_000),
  })
  .refine((v) => v.outcome !== "terminated" || v.reason !== "");

/** No arguments (trailing undefined allowed: a page may pass none or an empty slot). */
const none = z.array(z.undefined()).max(4);

/** Each target's arguments, as a tuple. */
export const ARGS = {
  goToCell: z.tuple([
    tableKey,
    z.number().int().min(1).max(LIMIT.row),
    z
      .string()
      .max(LIMIT.id)
      .regex(/^[A-Za-z0-9_]*$/),
  ]),
  recheckBase: none,
  previewImportFile: z.tuple([importTable, z.string().max(LIMIT.csv)]),
  importParticipants: z.tuple([
    importTable,
    z.string().max(LIMIT.csv),
    z.array(z.union([z.string().max(LIMIT.id), z.null()])).max(LIMIT.mapping),
  ]),
  reviewPairs: z.union([z.tuple([]), z.tuple([pairAction])]),
  confirmPairs: z.tuple([z.string().max(LIMIT.code)]),
  makeDocuments: none,
  openTemplatePicker: z.union([z.tuple([]), z.tuple([docKind.nullable().optional()])]),
  chooseTemplate: z.tuple([
    docKind,
    z.string().regex(/^[A-Za-z0-9_-]{10,100}$/),
    z.string().max(LIMIT.name),
    z.boolean(),
  ]),
  documentsProgress: none,
  surveysOverview: none,
  sendSurvey: z.tuple([surveyKind, scope, z.enum(["send", "remind"])]),
  resendSurveyMail: z.tuple([surveyKind, personId]),
  markSurveyMailArrived: z.tuple([surveyKind, personId]),
  collectSurveyAnswers: none,
  surveyFormLinks: z.tuple([surveyKind]),
  computeIndicators: none,
  takeKpiSnapshot: none,
  refreshJourneys: none,
  roadmapOverview: none,
  markRoadmapDone: z.tuple([roadmapId, isoDay, evidenceLink]),
  completePairs: z.tuple([z.array(pairId).min(1).max(500), completion]),
} as const;

export type Target = keyof typeof ARGS;

/**
 * The target's arguments, parsed; or BadCall naming the target and the first argument that does not fit. Never
 * echoes the value (it may be huge, or a person's data).
 */
export function parseArgs<T extends Target>(
  target: T,
  args: readonly unknown[],
  locale: Locale,
): z.output<(typeof ARGS)[T]> {
  const schema: z.ZodType = ARGS[target];
  let r: ReturnType<z.ZodType["safeParse"]>;
  try {
    r = schema.safeParse(Array.isArray(args) ? [...args] : args);
  } catch {
    // A value whose getters or prototype throw while being read.
    r = { success: false } as never;
  }
  if (r.success) return r.data as z.output<(typeof ARGS)[T]>;
  const at = r.error?.issues[0]?.path[0];
  const what = typeof at === "number" ? `${target}, argument ${at + 1}` : target;
  throw new BadCall(fill(BAD_CALL[locale], { what }));
}

/** The Pairs sidebar's action, as the use case takes it. */
export const asPairAction = (v: z.output<typeof pairAction>): PairAction | null => v ?? null;
