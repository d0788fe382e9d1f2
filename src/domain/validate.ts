import { isTyped } from "./base/shape";
import { academicYearStart, checkStaffLinks } from "./base/staffLinks";
import { achievementPeople, duplicateStaff } from "./base/staffRules";
import type { TableData } from "./base/table";
import { type Cell, cellText, isBlank, normaliseEmail, normaliseName, normalisePhone } from "./cells";
import { fill, type Locale } from "./i18n";
import { meetingFindings } from "./journey/rules";
import { PROBLEMS, type Problem, type ProblemCode } from "./problems";
import {
  type IssueParams,
  type ParsedRow,
  parseSettingValue,
  rowSchema,
  type SchemaContext,
} from "./schemas";
import { SETTINGS_SPEC } from "./settings";
import { TABLES, type TableKey, type TableSpec, tableSpec } from "./tables";

export type { TableData };

export type BaseData = Partial<Record<TableKey, TableData>>;

export interface ParsedRecord {
  readonly row: number;
  readonly values: ParsedRow;
}

export interface CheckResult {
  readonly problems: Problem[];
  /** Non-blank data rows per tab. */
  readonly rowCounts: Partial<Record<TableKey, number>>;
  readonly records: Partial<Record<TableKey, ParsedRecord[]>>;
  readonly settings: Record<string, unknown>;
}

export interface CheckOptions {
  readonly locale: Locale;
  readonly offsetMinutes: number;
  /** Today (yyyy-MM-dd) in the spreadsheet's zone, for the range of dates (src/domain/base/limits.ts). */
  readonly today?: string;
}

function problem(
  table: TableKey,
  row: number,
  column: string | undefined,
  params: IssueParams,
  locale: Locale,
): Problem {
  const def = PROBLEMS[params.problem];
  const { problem: code, ...rest } = params;
  return { table, row, column, code, severity: def.severity, message: fill(def.message[locale], rest) };
}

/** Data rows that hold anything in the add-on's columns (an id alone does not count). */
export function dataRows(table: TableSpec, data: TableData): { row: number; cells: Record<string, Cell> }[] {
  const out: { row: number; cells: Record<string, Cell> }[] = [];
  data.rows.forEach((values, i) => {
    const cells: Record<string, Cell> = {};
    let filled = false;
    for (const spec of table.columns) {
      const index = data.columns[spec.key];
      if (index === undefined) continue;
      const v = values[index] ?? "";
      cells[spec.key] = v;
      // An unticked checkbox (Insert → Checkbox on a whole column) is not something a person typed.
      if (spec.kind !== "id" && isTyped(v)) filled = true;
    }
    if (filled) out.push({ row: data.firstRow + i, cells });
  });
  return out;
}

function headerOf(table: TableSpec, data: TableData, locale: Locale) {
  return (key: string): string => {
    const index = data.columns[key];
    const inSheet = index === undefined ? "" : String(data.headers[index] ?? "").trim();
    return inSheet || (table.columns.find((c) => c.key === key)?.header[locale] ?? key);
  };
}

function checkTable(table: TableSpec, data: TableData, opts: CheckOptions, out: CheckResult): void {
  let rowNumber = 0;
  const sc: SchemaContext = {
    locale: opts.locale,
    offsetMinutes: opts.offsetMinutes,
    today: opts.today,
    header: headerOf(table, data, opts.locale),
    warn: (column, params) => out.problems.push(problem(table.key, rowNumber, column, params, opts.locale)),
  };
  for (const spec of table.columns) {
    if (data.columns[spec.key] === undefined) {
      out.problems.push(
        problem(
          table.key,
          1,
          undefined,
          { problem: "missingColumn", column: spec.header[opts.locale] },
          opts.locale,
        ),
      );
    }
  }
  const present = table.columns.map((c) => c.key).filter((k) => data.columns[k] !== undefined);
  const schema = rowSchema(table, present, sc);
  const rows = dataRows(table, data);
  const records: ParsedRecord[] = [];
  for (const { row, cells } of rows) {
    rowNumber = row;
    const result = schema.safeParse(cells);
    if (result.success) {
      records.push({ row, values: result.data });
      continue;
    }
    const values: ParsedRow = {};
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "");
      const params = (issue as { params?: IssueParams }).params;
      if (params) out.problems.push(problem(table.key, row, column, params, opts.locale));
    }
    // Keep what could be read, for the checks across rows.
    for (const [key, v] of Object.entries(cells))
      if (!isBlank(v)) values[key] = typeof v === "string" ? v.trim() : v;
    records.push({ row, values: { ...values, __invalid: true } });
  }
  out.rowCounts[table.key] = rows.length;
  out.records[table.key] = records;
  checkFormulas(table, data, opts, out);

  const firstById = new Map<string, number>();
  for (const { row, values } of records) {
    const id = values.id === undefined ? "" : String(values.id);
    if (!id) continue;
    const first = firstById.get(id);
    if (first === undefined) firstById.set(id, row);
    else
      out.problems.push(
        problem(table.key, row, "id", { problem: "duplicateId", value: id, row: first }, opts.locale),
      );
  }
}

/** Columns where people type text: a formula there is almost always pasted text that came alive. */
const TEXT_KINDS = new Set(["text", "longText", "textList", "email", "phone", "id", "ref"]);

function checkFormulas(table: TableSpec, data: TableData, opts: CheckOptions, out: CheckResult): void {
  if (!data.formulas) return;
  for (const spec of table.columns) {
    const c = data.columns[spec.key];
    if (c === undefined || !TEXT_KINDS.has(spec.kind)) continue;
    data.formulas.forEach((row, i) => {
      const f = row[c] ?? "";
      if (f === "") return;
      const formula = f.length > 60 ? `${f.slice(0, 57)}…` : f;
      out.problems.push(
        problem(table.key, data.firstRow + i, spec.key, { problem: "formulaInCell", formula }, opts.locale),
      );
    });
  }
}

/** The same person twice: same name with the same e-mail or phone; same name alone is a possible duplicate. */
function checkPeople(key: TableKey, records: ParsedRecord[], opts: CheckOptions, problems: Problem[]): void {
  const byName = new Map<string, ParsedRecord[]>();
  const byContact = new Map<string, ParsedRecord>();
  const contactsOf = (r: ParsedRecord) => {
    const list: { column: string; key: string; shown: string }[] = [];
    if (typeof r.values.email === "string")
      list.push({ column: "email", key: `e:${normaliseEmail(r.values.email)}`, shown: r.values.email });
    if (r.values.phone !== undefined) {
      const shown = cellText(r.values.phone as Cell);
      const digits = normalisePhone(shown);
      if (digits.length >= 10) list.push({ column: "phone", key: `p:${digits}`, shown });
    }
    return list;
  };
  for (const r of records) {
    if (typeof r.values.fullName !== "string") continue;
    const name = normaliseName(r.values.fullName);
    const earlier = byName.get(name) ?? [];
    const mine = contactsOf(r);
    const same = earlier.find((e) => {
      const theirs = new Set(contactsOf(e).map((c) => c.key));
      return mine.some((c) => theirs.has(c.key));
    });
    if (same) {
      problems.push(
        problem(
          key,
          r.row,
          "fullName",
          { problem: "duplicatePerson", name: r.values.fullName, row: same.row },
          opts.locale,
        ),
      );
    } else if (
      earlier.length > 0 &&
      (mine.length === 0 || earlier.every((e) => contactsOf(e).length === 0))
    ) {
      problems.push(
        problem(key, r.row, "fullName", { problem: "possibleDuplicate", row: earlier[0]!.row }, opts.locale),
      );
    } else {
      for (const c of mine) {
        const other = byContact.get(c.key);
        if (other && normaliseName(String(other.values.fullName)) !== name) {
          problems.push(
            problem(
              key,
              r.row,
              c.column,
              { problem: "sharedContact", value: c.shown, row: other.row },
              opts.locale,
            ),
          );
        }
      }
    }
    earlier.push(r);
    byName.set(name, earlier);
    for (const c of mine) if (!byContact.has(c.key)) byContact.set(c.key, r);
  }
}

function checkRefs(base: BaseData, out: CheckResult, opts: CheckOptions): void {
  const ids = (key: TableKey) =>
    new Set((out.records[key] ?? []).map((r) => String(r.values.id ?? "")).filter(Boolean));
  const idSets = new Map<TableKey, Set<string>>();
  for (const table of TABLES) {
    for (const spec of table.columns) {
      if (spec.kind !== "ref" || !spec.ref || !base[spec.ref]) continue;
      // An entry's person may be a participant not on the register: checkStaff looks on all three tabs.
      if (table.key === "achievements" && spec.key === "personId") continue;
      const target = idSets.get(spec.ref) ?? ids(spec.ref);
      idSets.set(spec.ref, target);
      const tab = base[spec.ref]?.sheetName ?? tableSpec(spec.ref).title[opts.locale];
      for (const r of out.records[table.key] ?? []) {
        const v = r.values[spec.key];
        if (typeof v === "string" && v !== "" && !target.has(v)) {
          out.problems.push(
            problem(table.key, r.row, spec.key, { problem: "unknownRef", value: v, tab }, opts.locale),
          );
        }
      }
    }
  }
  // Survey rows refer to a person on either tab.
  const people = new Set([...ids("mentors"), ...ids("mentees")]);
  for (const r of out.records.surveys ?? []) {
    const v = r.values.personId;
    if (typeof v === "string" && v !== "" && !people.has(v)) {
      const tab = `${base.mentors?.sheetName ?? tableSpec("mentors").title[opts.locale]} / ${base.mentees?.sheetName ?? tableSpec("mentees").title[opts.locale]}`;
      out.problems.push(
        problem("surveys", r.row, "personId", { problem: "unknownRef", value: v, tab }, opts.locale),
      );
    }
  }
}

/** The register's duplicates and the contest entries' people (src/domain/base/staffRules.ts). */
function checkStaff(base: BaseData, out: CheckResult, opts: CheckOptions): void {
  const name = (key: TableKey) => base[key]?.sheetName ?? tableSpec(key).title[opts.locale];
  const findings = duplicateStaff(out.records.staff ?? [], opts.locale);
  if (base.achievements && base.staff)
    findings.push(
      ...achievementPeople(out.records.achievements ?? [], {
        staff: out.records.staff ?? [],
        mentors: out.records.mentors ?? [],
        mentees: out.records.mentees ?? [],
        names: { staff: name("staff"), mentors: name("mentors"), mentees: name("mentees") },
      }),
    );
  for (const f of findings) out.problems.push(problem(f.table, f.row, f.column, f.params, opts.locale));
}

function checkSettings(data: TableData, opts: CheckOptions, out: CheckResult): void {
  const keyCol = data.columns.key;
  const valueCol = data.columns.value;
  if (keyCol === undefined || valueCol === undefined) {
    const spec = tableSpec("settings");
    for (const k of ["key", "value"]) {
      if (data.columns[k] === undefined) {
        const column = spec.columns.find((c) => c.key === k)?.header[opts.locale] ?? k;
        out.problems.push(
          problem("settings", 1, undefined, { problem: "missingColumn", column }, opts.locale),
        );
      }
    }
    return;
  }
  const rowOf = new Map<string, number>();
  data.rows.forEach((r, i) => {
    const k = String(r[keyCol] ?? "").trim();
    if (k && !rowOf.has(k)) rowOf.set(k, i);
  });
  for (const spec of SETTINGS_SPEC) {
    const i = rowOf.get(spec.key);
    if (i === undefined) {
      // A deleted optional row simply has no value; a required one must be back.
      if (spec.required)
        out.problems.push(
          problem(
            "settings",
            1,
            undefined,
            { problem: "missingSetting", label: spec.label[opts.locale] },
            opts.locale,
          ),
        );
      continue;
    }
    const raw = data.rows[i]?.[valueCol] ?? "";
    const parsed = parseSettingValue(spec, raw, {
      locale: opts.locale,
      offsetMinutes: opts.offsetMinutes,
      today: opts.today,
      header: () => spec.label[opts.locale],
    });
    if (parsed.ok) out.settings[spec.key] = parsed.value;
    else out.problems.push(problem("settings", data.firstRow + i, "value", parsed.issue, opts.locale));
  }
}

/** Checks the whole base: every row of every tab, then the rules across rows and tabs. Pure. */
export function validateBase(base: BaseData, opts: CheckOptions): CheckResult {
  const out: CheckResult = { problems: [], rowCounts: {}, records: {}, settings: {} };
  for (const table of TABLES) {
    const data = base[table.key];
    // A tab an action makes is missing until that action first runs: nothing to check then.
    if (!data && table.madeBy === "action") continue;
    if (!data) {
      out.problems.push(
        problem(
          table.key,
          0,
          undefined,
          { problem: "missingTable", tab: table.title[opts.locale] },
          opts.locale,
        ),
      );
      continue;
    }
    if (table.output) continue;
    if (table.key === "settings") checkSettings(data, opts, out);
    else checkTable(table, data, opts, out);
  }
  for (const key of ["mentors", "mentees"] as const)
    checkPeople(key, out.records[key] ?? [], opts, out.problems);
  checkRefs(base, out, opts);
  checkStaff(base, out, opts);
  if (base.meetings && base.pairs) {
    const pairsTab = base.pairs.sheetName ?? tableSpec("pairs").title[opts.locale];
    const findings = meetingFindings(out.records.meetings ?? [], out.records.pairs ?? [], {
      today: opts.today,
      pairsTab,
    });
    for (const f of findings) out.problems.push(problem("meetings", f.row, f.column, f.params, opts.locale));
  }
  if (base.staff && opts.today) {
    const findings = checkStaffLinks(
      { mentors: out.records.mentors ?? [], mentees: out.records.mentees ?? [] },
      out.records.staff ?? [],
      {
        today: opts.today,
        yearStart: academicYearStart(out.settings["program.year"], opts.today),
        staffTab: base.staff.sheetName ?? tableSpec("staff").title[opts.locale],
      },
    );
    for (const f of findings) {
      const def = PROBLEMS[f.code];
      out.problems.push({
        table: f.table,
        row: f.row,
        column: f.column,
        code: f.code,
        severity: def.severity,
        message: fill(def.message[opts.locale], f.params),
      });
    }
  }
  out.problems.sort(
    (a, b) =>
      TABLES.findIndex((t) => t.key === a.table) - TABLES.findIndex((t) => t.key === b.table) ||
      a.row - b.row,
  );
  return out;
}

export function countByCode(problems: readonly Problem[]): Map<ProblemCode, number> {
  const counts = new Map<ProblemCode, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return counts;
}
