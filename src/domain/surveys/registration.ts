import {
  type Cell,
  isBlank,
  neutralizeFormula,
  normaliseEmail,
  normaliseName,
  normalisePhone,
  splitList,
} from "../cells";
import { type EnumDef, enumIndex, PERSON_STATUSES } from "../enums";
import type { Locale } from "../i18n";
import { type ColumnSpec, MENTEES, MENTORS, type TableSpec } from "../tables";
import { answerValues, choiceKey, visibleQuestions } from "./answers";
import { isRegistration } from "./definitions";
import type { Answers, SurveyDef } from "./types";

/** A row of «Наставники» or «Наставляемые» by column key, ready to append (or to fill an existing row's gaps). */
export type PersonRow = Record<string, Cell>;

export function registrationTable(def: SurveyDef): TableSpec {
  if (!isRegistration(def.kind)) throw new Error(`${def.kind} is not a registration survey.`);
  return def.kind === "registration_mentor" ? MENTORS : MENTEES;
}

const text = (s: string) => s.replace(/\s+/g, " ").trim();
const inert = (s: string): string => String(neutralizeFormula(s));

function uniqueBy(items: string[], norm: (s: string) => string): string[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = norm(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The base row a registration response makes, by column key. Enumerations are written as their label in the
 * base's language (`locale`), lists joined with "; ", every text made inert with `neutralizeFormula`. Answers of
 * the legal representative's page count only for a minor. A new person gets the status «кандидат».
 * Answers that cannot be read (a letter in the experience, an unknown choice) are kept as typed, so the base
 * check reports them at the cell.
 */
export function registrationRow(def: SurveyDef, answers: Answers, locale: Locale): PersonRow {
  const table = registrationTable(def);
  const row: PersonRow = {};
  for (const q of visibleQuestions(def, answers)) {
    if (!q.column) continue;
    const spec = table.columns.find((c) => c.key === q.column?.key);
    if (!spec) continue;
    const raw = answerValues(answers[q.key]);
    const values = raw.map(text).filter(Boolean);
    if (values.length === 0) continue;
    switch (spec.kind) {
      case "textList": {
        const items = uniqueBy(raw.flatMap(splitList).map(text).filter(Boolean), normaliseName);
        if (items.length > 0) row[spec.key] = inert(items.join("; "));
        break;
      }
      case "int": {
        const v = values[0]!;
        row[spec.key] = /^\d+$/.test(v) ? Number(v) : inert(v);
        break;
      }
      case "enum":
      case "enumList": {
        const index = enumIndex(spec.enumDef as EnumDef<string>);
        const labels = values.map((v) => {
          const key = index.parse(v) ?? choiceKey(q, v);
          return key !== undefined && index.keys.includes(key) ? index.label(key, locale) : v;
        });
        const list = uniqueBy(labels, normaliseName);
        row[spec.key] = inert(spec.kind === "enum" ? list[0]! : list.join("; "));
        break;
      }
      case "checkbox": {
        const key = choiceKey(q, values[0]!);
        if (key === "yes") row[spec.key] = true;
        else if (key === "no") row[spec.key] = false;
        break;
      }
      case "email":
        row[spec.key] = inert(values[0]!.replace(/\s+/g, ""));
        break;
      default:
        row[spec.key] = inert(values.join(" "));
    }
  }
  row.status = PERSON_STATUSES.values.candidate[locale];
  return row;
}

export interface CellConflict {
  readonly key: string;
  /** What the base holds: kept. */
  readonly existing: Cell;
  /** What the response says: not written. */
  readonly incoming: Cell;
}

export type PersonMatch =
  /** Nobody in the base: append. `related` are rows with the same name but other contacts, or another name with
   * the same e-mail or phone: not the same person by the rules, worth a remark. */
  | { readonly kind: "new"; readonly related: number[] }
  /** This row of the base (index into `existingRows`): write `fill` into its empty cells, show `conflicts`. */
  | {
      readonly kind: "same";
      readonly index: number;
      readonly fill: PersonRow;
      readonly conflicts: CellConflict[];
    }
  /** Cannot tell: the same name with no contact to compare, or several rows match. Flag for the curator. */
  | { readonly kind: "ambiguous"; readonly candidates: number[] };

/** Columns only a new row gets from a response: the status, dates and notes are the curator's. */
const NEW_ONLY = new Set(["id", "status", "entryDate", "consentDate", "remarks"]);

/** The column specs by key, over both tables (a key means the same kind of value in both). */
const SPECS = new Map<string, ColumnSpec[]>();
for (const t of [MENTORS, MENTEES])
  for (const c of t.columns) SPECS.set(c.key, [...(SPECS.get(c.key) ?? []), c]);

const shown = (v: Cell) => (typeof v === "string" ? v : String(v));

function truthy(v: Cell): boolean | undefined {
  if (typeof v === "boolean") return v;
  const t = shown(v).trim().toLowerCase();
  if (["true", "да", "yes", "1", "истина"].includes(t)) return true;
  if (["false", "нет", "no", "0", "ложь", ""].includes(t)) return false;
  return undefined;
}

function emptyCell(key: string, v: Cell): boolean {
  if (isBlank(v)) return true;
  return SPECS.get(key)?.[0]?.kind === "checkbox" && truthy(v) === false;
}

/** Whether two cells say the same thing, by the kind of the column (labels in either language are the same). */
function sameValue(key: string, a: Cell, b: Cell): boolean {
  const specs = SPECS.get(key) ?? [];
  const kind = specs[0]?.kind;
  const set = (items: string[]) => [...new Set(items)].sort().join("\u0000");
  switch (kind) {
    case "email":
      return normaliseEmail(shown(a)) === normaliseEmail(shown(b));
    case "phone":
      return normalisePhone(shown(a)) === normalisePhone(shown(b));
    case "int":
      return Number(shown(a).trim().replace(",", ".")) === Number(shown(b).trim().replace(",", "."));
    case "checkbox":
      return truthy(a) === truthy(b);
    case "textList":
      return set(splitList(shown(a)).map(normaliseName)) === set(splitList(shown(b)).map(normaliseName));
    case "enum":
    case "enumList": {
      const items = (v: Cell) =>
        shown(v)
          .split(kind === "enum" ? /\n/ : /[;\n]+/)
          .map((s) => s.trim())
          .filter(Boolean);
      return specs.some((spec) => {
        const index = enumIndex(spec.enumDef as EnumDef<string>);
        const keys = (v: Cell) => items(v).map((s) => index.parse(s) ?? `?${normaliseName(s)}`);
        return set(keys(a)) === set(keys(b));
      });
    }
    default:
      return normaliseName(shown(a)) === normaliseName(shown(b));
  }
}

interface Contacts {
  readonly email?: string;
  readonly phone?: string;
}

function contactsOf(row: Readonly<PersonRow>): Contacts {
  const email = isBlank(row.email) ? "" : normaliseEmail(shown(row.email!));
  const phone = isBlank(row.phone) ? "" : normalisePhone(shown(row.phone!));
  return { email: email || undefined, phone: phone.length >= 10 ? phone : undefined };
}

/** same: a contact both have agrees; different: both have contacts of a kind and none agrees; unknown otherwise. */
function compareContacts(a: Contacts, b: Contacts): "same" | "different" | "unknown" {
  let compared = false;
  for (const k of ["email", "phone"] as const) {
    if (a[k] === undefined || b[k] === undefined) continue;
    if (a[k] === b[k]) return "same";
    compared = true;
  }
  return compared ? "different" : "unknown";
}

/**
 * Who a registration is, against the rows already on the tab (rows by column key, as `dataRows` reads them).
 * The rule of the import and the base check: the same person is the same name (case, ё and spaces aside) with the
 * same e-mail or phone. The same name with a different e-mail and phone is another person; the same name where
 * no contact can be compared is ambiguous, as is a response that fits several rows. For the same person only the
 * empty cells of the base are filled (an unticked checkbox counts as empty); a different value already there is
 * kept and listed as a conflict.
 */
export function matchPerson(
  row: Readonly<PersonRow>,
  existingRows: readonly Readonly<PersonRow>[],
): PersonMatch {
  const name = isBlank(row.fullName) ? "" : normaliseName(shown(row.fullName!));
  if (name === "") return { kind: "ambiguous", candidates: [] };
  const mine = contactsOf(row);
  const same: number[] = [];
  const unknown: number[] = [];
  const related: number[] = [];
  existingRows.forEach((r, i) => {
    const theirs = contactsOf(r);
    const sameName = !isBlank(r.fullName) && normaliseName(shown(r.fullName!)) === name;
    const relation = compareContacts(mine, theirs);
    if (!sameName) {
      if (relation === "same") related.push(i);
      return;
    }
    if (relation === "same") same.push(i);
    else if (relation === "unknown") unknown.push(i);
    else related.push(i);
  });
  if (same.length > 1) return { kind: "ambiguous", candidates: same };
  if (same.length === 1) return { kind: "same", index: same[0]!, ...mergePlan(row, existingRows[same[0]!]!) };
  if (unknown.length > 0) return { kind: "ambiguous", candidates: unknown };
  return { kind: "new", related };
}

/** What to write into an existing row: its empty cells only; differing values are conflicts. */
export function mergePlan(
  incoming: Readonly<PersonRow>,
  existing: Readonly<PersonRow>,
): { fill: PersonRow; conflicts: CellConflict[] } {
  const fill: PersonRow = {};
  const conflicts: CellConflict[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    if (NEW_ONLY.has(key) || isBlank(value)) continue;
    const before = existing[key] ?? "";
    if (emptyCell(key, before)) {
      if (!emptyCell(key, value)) fill[key] = value;
    } else if (!sameValue(key, before, value)) conflicts.push({ key, existing: before, incoming: value });
  }
  return { fill, conflicts };
}
