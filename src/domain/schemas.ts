import * as z from "zod/mini";
import { dateRange, maxLength } from "./base/limits";
import { staffRowRules } from "./base/staffRules";
import {
  type Cell,
  cellText,
  dateCellToIso,
  isBlank,
  isDate,
  isIsoDate,
  isoToRu,
  normalisePhone,
  splitList,
} from "./cells";
import {
  type EnumDef,
  enumIndex,
  FORM_SIDES,
  FORMS,
  type Form,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  YOUNG_SPECIALIST_MAX_YEARS,
} from "./enums";
import type { Locale } from "./i18n";
import { PROBLEMS, type ProblemCode } from "./problems";
import type { SettingSpec } from "./settings";
import type { ColumnSpec, TableSpec } from "./tables";

/**
 * Row schemas, built with zod from the column specs. Each cell parser turns what Sheets returns into a typed value
 * or records a problem (with its code and the values its message needs); the row's own rules run after the cells,
 * even when a cell failed, so a row shows all its problems at once.
 */
export interface SchemaContext {
  readonly locale: Locale;
  /** The time zone offset of the spreadsheet, for reading date cells. */
  readonly offsetMinutes: number;
  /** Today (yyyy-MM-dd) in the spreadsheet's zone: dates later than ten years on are slips. */
  readonly today?: string;
  /** The header as it stands in the sheet (the curator may have renamed it). */
  readonly header: (columnKey: string) => string;
  /**
   * Where the row rules report warnings. A warning does not make a row invalid, so it is not a zod issue; without
   * a collector, warnings are dropped.
   */
  readonly warn?: (column: string, params: IssueParams) => void;
}

export interface IssueParams {
  problem: ProblemCode;
  [name: string]: string | number;
}

type Ctx = { issues: unknown[] };
function report(ctx: Ctx, input: unknown, params: IssueParams): undefined {
  ctx.issues.push({ code: "custom", message: params.problem, input, params });
  return undefined;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (!m) return undefined;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** A parser for one column: cell → typed value (or undefined when blank or wrong). */
function cellSchema(spec: ColumnSpec, sc: SchemaContext) {
  const column = sc.header(spec.key);
  const shown = (v: Cell) => cellText(v, sc.offsetMinutes);
  return z.transform((raw: Cell, ctx: Ctx): unknown => {
    const longest = maxLength(spec.kind);
    if (longest !== undefined && typeof raw === "string" && raw.length > longest)
      return report(ctx, raw, { problem: "tooLong", length: raw.length, max: longest });
    if (isBlank(raw)) {
      if (spec.kind === "checkbox") return false;
      if (spec.required) {
        const problem: ProblemCode =
          spec.kind === "textList" && spec.key === "requests" ? "emptyRequest" : "required";
        report(ctx, raw, { problem, column });
      }
      return undefined;
    }
    switch (spec.kind) {
      case "id":
      case "ref":
      case "text":
      case "longText":
        return shown(raw).trim();
      case "textList":
        return splitList(shown(raw));
      case "int": {
        const n =
          typeof raw === "number"
            ? raw
            : typeof raw === "string"
              ? Number(raw.trim().replace(",", "."))
              : NaN;
        if (!Number.isInteger(n)) {
          return report(ctx, raw, {
            problem: "notInteger",
            value: shown(raw),
            example: spec.max && spec.max <= 10 ? 8 : 5,
          });
        }
        if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
          return report(ctx, raw, {
            problem: "outOfRange",
            value: n,
            min: spec.min ?? "",
            max: spec.max ?? "",
          });
        }
        return n;
      }
      case "date": {
        const iso = isDate(raw)
          ? dateCellToIso(raw, sc.offsetMinutes)
          : typeof raw === "string"
            ? parseDateText(raw)
            : undefined;
        if (!iso) return report(ctx, raw, { problem: "badDate", value: shown(raw) });
        const range = dateRange(sc.today, spec.earliest);
        if (!isIsoDate(iso) || iso < range.from || iso > range.to)
          return report(ctx, raw, {
            problem: "dateOutOfRange",
            value: shown(raw),
            from: isoToRu(range.from),
            to: isoToRu(range.to),
          });
        return iso;
      }
      case "email": {
        const text = shown(raw).trim();
        return EMAIL.test(text) ? text : report(ctx, raw, { problem: "badEmail", value: text });
      }
      case "phone": {
        const text = shown(raw).trim();
        const digits = normalisePhone(text);
        const ok =
          /^[\d\s()+\-.]+$/.test(text) &&
          (digits.length === 11
            ? digits.startsWith("7")
            : digits.length >= 10 && digits.length <= 15 && text.startsWith("+"));
        return ok ? text : report(ctx, raw, { problem: "badPhone", value: text });
      }
      case "checkbox": {
        if (typeof raw === "boolean") return raw;
        const t = shown(raw).trim().toLowerCase();
        if (["true", "да", "yes", "1", "истина"].includes(t)) return true;
        if (["false", "нет", "no", "0", "ложь"].includes(t)) return false;
        return report(ctx, raw, { problem: "badCheckbox", value: shown(raw) });
      }
      case "enum":
      case "enumList": {
        const index = enumIndex(spec.enumDef as EnumDef<string>);
        const items =
          spec.kind === "enum"
            ? [shown(raw)]
            : shown(raw)
                .split(/[;\n]+/)
                .map((s) => s.trim())
                .filter(Boolean);
        const keys = items.map((item) => index.parse(item));
        const bad = items.filter((_, i) => keys[i] === undefined);
        if (bad.length > 0) {
          return report(ctx, raw, {
            problem: "unknownValue",
            value: bad.join("; "),
            allowed: index
              .labels(sc.locale)
              .map((l) => `«${l}»`)
              .join(", "),
          });
        }
        return spec.kind === "enum" ? keys[0] : [...new Set(keys)];
      }
    }
  });
}

export type ParsedRow = Record<string, unknown>;

type Refine = (row: ParsedRow, add: (column: string, params: IssueParams) => void, sc: SchemaContext) => void;

const label = (def: EnumDef<string>, key: string, locale: Locale) => def.values[key]?.[locale] ?? key;
const labels = (def: EnumDef<string>, keys: readonly string[], locale: Locale) =>
  keys.map((k) => `«${label(def, k, locale)}»`).join(", ");

/** Consent rules shared by mentors and mentees. */
const consentRules: Refine = (row, add) => {
  const present = (key: string) => row[key] !== undefined;
  if (row.minor === true && (!row.guardianName || row.guardianConsent !== true)) {
    add(row.guardianName ? "guardianConsent" : "guardianName", { problem: "minorNoGuardian" });
  } else if (present("consent") && row.consent !== true && row.minor !== true) {
    add("consent", { problem: "noConsent" });
  }
};

const experienceRequired: Refine = (row, add, sc) => {
  const cat = row.category as string | undefined;
  const teacherLike = ["teacher", "head", "young_specialist", "new_employee"];
  if (cat && teacherLike.includes(cat) && row.experienceYears === undefined && row.__blank_experienceYears) {
    const def = (row.__table === "mentors" ? MENTOR_CATEGORIES : MENTEE_CATEGORIES) as EnumDef<string>;
    add("experienceYears", {
      problem: "requiredFor",
      category: label(def, cat, sc.locale),
      column: sc.header("experienceYears"),
    });
  }
};

/** An end date before the start date is shown at the end date. */
const datesInOrder: Refine = (row, add) => {
  if (typeof row.startDate === "string" && typeof row.endDate === "string" && row.endDate < row.startDate) {
    add("endDate", { problem: "dateOrder", start: isoToRu(row.startDate) });
  }
};

/** A model of interaction belongs only to the form «педагог – педагог». */
const modelOnlyForTeachers: Refine = (row, add) => {
  if (row.model !== undefined && row.form !== undefined && row.form !== "teacher_teacher") {
    add("model", { problem: "modelWithoutForm" });
  }
};

const RULES: Partial<Record<TableSpec["key"], Refine[]>> = {
  mentors: [
    consentRules,
    experienceRequired,
    (row, add, sc) => {
      const cat = row.category as keyof typeof MENTOR_CATEGORIES.values | undefined;
      if (cat === "employer" && row.__blank_organization) {
        add("organization", {
          problem: "requiredFor",
          category: label(MENTOR_CATEGORIES, cat, sc.locale),
          column: sc.header("organization"),
        });
      }
      const forms = row.forms as Form[] | undefined;
      if (!cat || !forms) return;
      const misfit = forms.filter((f) => !FORM_SIDES[f].mentors.includes(cat));
      for (const f of misfit) {
        add("forms", {
          problem: "categoryForm",
          form: label(FORMS, f, sc.locale),
          category: label(MENTOR_CATEGORIES, cat, sc.locale),
          allowed: labels(MENTOR_CATEGORIES, FORM_SIDES[f].mentors, sc.locale),
        });
      }
    },
  ],
  mentees: [
    consentRules,
    experienceRequired,
    modelOnlyForTeachers,
    (row, add, sc) => {
      const cat = row.category as keyof typeof MENTEE_CATEGORIES.values | undefined;
      const form = row.form as Form | undefined;
      if (cat && form && !FORM_SIDES[form].mentees.includes(cat)) {
        add("form", {
          problem: "categoryForm",
          form: label(FORMS, form, sc.locale),
          category: label(MENTEE_CATEGORIES, cat, sc.locale),
          allowed: labels(MENTEE_CATEGORIES, FORM_SIDES[form].mentees, sc.locale),
        });
      }
      const years = row.experienceYears as number | undefined;
      if (cat === "young_specialist" && years !== undefined && years > YOUNG_SPECIALIST_MAX_YEARS) {
        add("experienceYears", {
          problem: "youngSpecialistExperience",
          max: YOUNG_SPECIALIST_MAX_YEARS,
          years,
        });
      }
    },
  ],
  pairs: [datesInOrder, modelOnlyForTeachers],
  programmes: [datesInOrder],
  staff: [staffRowRules],
};

/**
 * The schema of one row of a table, over the columns the sheet has. Input: column key → cell. Output: column key
 * → typed value (lists as arrays, enums as keys, dates as ISO strings, checkboxes as booleans).
 */
export function rowSchema(table: TableSpec, present: readonly string[], sc: SchemaContext) {
  const shape: Record<string, ReturnType<typeof cellSchema>> = {};
  for (const spec of table.columns) {
    if (present.includes(spec.key)) shape[spec.key] = cellSchema(spec, sc);
  }
  const rules = RULES[table.key] ?? [];
  return z.pipe(
    z.transform((cells: Record<string, Cell>) => ({ ...cells, ...blankFlags(table, cells) })),
    z.looseObject(shape).check(
      z.superRefine(
        (row: ParsedRow, ctx) => {
          const add = (column: string, params: IssueParams) => {
            if (!present.includes(column)) return;
            if (PROBLEMS[params.problem].severity === "warning") sc.warn?.(column, params);
            else ctx.addIssue({ code: "custom", message: params.problem, path: [column], params });
          };
          for (const rule of rules) rule(row, add, sc);
        },
        { when: () => true },
      ),
    ),
  );
}

/** Marks which cells were blank, so rules can tell "blank" from "could not be read". */
function blankFlags(table: TableSpec, cells: Record<string, Cell>): ParsedRow {
  const flags: ParsedRow = { __table: table.key };
  for (const [key, value] of Object.entries(cells)) if (isBlank(value)) flags[`__blank_${key}`] = true;
  return flags;
}

/** Reads one value of the «Настройки» tab with the same cell rules; the academic year has its own form. */
export function parseSettingValue(
  spec: SettingSpec,
  raw: Cell,
  sc: SchemaContext,
): { ok: true; value: unknown } | { ok: false; issue: IssueParams } {
  if (spec.kind === "academicYear") {
    if (isBlank(raw))
      return spec.required
        ? { ok: false, issue: { problem: "required", column: spec.label[sc.locale] } }
        : { ok: true, value: undefined };
    const m = /^(\d{4})\s*[/\-–—]\s*(\d{4})$/.exec(String(raw).trim());
    if (m && Number(m[2]) === Number(m[1]) + 1) return { ok: true, value: `${m[1]}/${m[2]}` };
    return { ok: false, issue: { problem: "badYear", value: cellText(raw, sc.offsetMinutes) } };
  }
  const column: ColumnSpec = {
    key: "value",
    kind: spec.kind,
    header: spec.label,
    note: spec.hint,
    required: spec.required,
    enumDef: spec.enumDef,
    min: spec.min,
    max: spec.max,
  };
  const result = cellSchema(column, sc).safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const params = (result.error.issues[0] as { params?: IssueParams } | undefined)?.params;
  return { ok: false, issue: params ?? { problem: "required", column: spec.label[sc.locale] } };
}
