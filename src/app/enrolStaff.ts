import { type EnrolPlan, planEnrol, type Role } from "../domain/base/enrol";
import { academicYearStart } from "../domain/base/staffLinks";
import { type Cell, isoToDateCell } from "../domain/cells";
import { enumIndex, MENTEE_CATEGORIES, MENTOR_CATEGORIES } from "../domain/enums";
import { type L, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { tableSpec } from "../domain/tables";
import type { ParsedRecord } from "../domain/validate";
import type { FoundTable, Ports, TableRead } from "../ports";
import {
  baseLocale,
  cellAt,
  checkReads,
  filledLength,
  locked,
  type Outcome,
  readTabs,
  reserve,
  sheetRow,
  writeSpans,
} from "./tabs";

/**
 * «Добавить выбранных в наставники / в наставляемые»: the curator selects rows on «Педагогический коллектив» and
 * the selected members of staff become mentors or mentees. The plan is src/domain/base/enrol.ts; this module
 * reads, reserves the ids, appends the new rows in one call and fills the empty «ID в коллективе» of participants
 * who were typed in before the register, in one more. Safe to stop at any call: the ids are reserved before the
 * append (a stop skips a few numbers, never gives one twice), and a re-run skips everyone already linked.
 */

export type { Role } from "../domain/base/enrol";

const TEXT = {
  title: {
    ru: "Добавить из коллектива",
    en: "Add from the staff",
  },
  notOnStaff: {
    ru: "Выделите строки людей на листе «{staff}» (можно несколько диапазонов, с Ctrl) и выберите этот пункт меню снова. Сейчас выделение на листе «{tab}».",
    en: "Select the people's rows on the “{staff}” tab (several ranges with Ctrl are fine) and choose this menu item again. The selection is now on the “{tab}” tab.",
  },
  noRows: {
    ru: "В выделении на листе «{staff}» нет строк с людьми (строка 1 — заголовки). Выделите строки нужных сотрудников и выберите пункт меню снова.",
    en: "The selection on the “{staff}” tab holds no rows with people (row 1 is the header). Select the staff members' rows and choose the menu item again.",
  },
  added: {
    ru: "Добавлено на лист «{tab}»: {n} (строки {from}–{to}): {names}.",
    en: "Added to the “{tab}” tab: {n} (rows {from}–{to}): {names}.",
  },
  nobodyAdded: { ru: "Никто не добавлен.", en: "Nobody was added." },
  toFill: {
    ru: "Заполните в строках {from}–{to} листа «{tab}» столбцы {columns}: их в реестре нет. Затем выполните «Проверить базу».",
    en: "Fill in the {columns} columns in rows {from}–{to} of the “{tab}” tab: the register does not have them. Then run “Check the base”.",
  },
  linked: {
    ru: "Уже были на листе «{tab}» без «{column}» — вписан ID из реестра: {list}.",
    en: "Already on the “{tab}” tab without “{column}”; the register's id was entered: {list}.",
  },
  linkedItem: { ru: "{name} (строка {row}) — {id}", en: "{name} (row {row}): {id}" },
  skippedHead: { ru: "Пропущены:", en: "Skipped:" },
  linkedSkip: {
    ru: "{name} (строка {staffRow} листа «{staff}») — уже на листе «{tab}», строка {row}.",
    en: "{name} (row {staffRow} of “{staff}”): already on the “{tab}” tab, row {row}.",
  },
  leftSkip: {
    ru: "{name} (строка {staffRow} листа «{staff}») — уволен(а): заполнена «Дата ухода». Если это ошибка, очистите дату и повторите.",
    en: "{name} (row {staffRow} of “{staff}”): has left (“Leave date” is filled). If that is a mistake, clear the date and try again.",
  },
  noIdSkip: {
    ru: "{name} (строка {staffRow} листа «{staff}») — нет ID. Выполните «Проверить базу»: ID будет выдан, затем повторите.",
    en: "{name} (row {staffRow} of “{staff}”): no id. Run “Check the base” (it gives the id), then try again.",
  },
  noNameSkip: {
    ru: "{name} (строка {staffRow} листа «{staff}») — не заполнено ФИО. Впишите его и повторите.",
    en: "{name} (row {staffRow} of “{staff}”): the full name is empty. Enter it and try again.",
  },
  invalidSkip: {
    ru: "{name} (строка {staffRow} листа «{staff}») — в строке есть ошибки. Выполните «Проверить базу», исправьте отмеченные ячейки и повторите.",
    en: "{name} (row {staffRow} of “{staff}”): the row has errors. Run “Check the base”, correct the marked cells and try again.",
  },
} as const satisfies Record<string, L>;

export interface EnrolResult {
  readonly message: string;
  readonly added: number;
  readonly linked: number;
  readonly skipped: number;
}

const CATEGORIES = { mentors: enumIndex(MENTOR_CATEGORIES), mentees: enumIndex(MENTEE_CATEGORIES) } as const;

/** The menu action: adds the selected members of staff to «Наставники» (role "mentors") or «Наставляемые». */
export function enrolStaff(p: Ports, role: Role): Outcome<EnrolResult> {
  return locked<EnrolResult>(p, () => {
    const tabs = readTabs(p, ["staff", role, "settings"]);
    if (typeof tabs === "string") return { error: tabs };
    const { found, reads } = tabs;
    const staff = reads.staff!;
    const chosen = selectedRecords(p, found.staff!, staff);
    if (typeof chosen === "string") return { error: chosen };
    const offset = p.sheets.offsetMinutes();
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    const check = checkReads(p, reads, offset, today);
    const records = (check.records.staff ?? []).filter((r) => chosen.has(r.row));
    const invalid = records.filter((r) => r.values.__invalid);
    const plan = planEnrol(
      role,
      records.filter((r) => !r.values.__invalid),
      check.records[role] ?? [],
      { today, yearStart: academicYearStart(check.settings["program.year"], today) },
    );
    const table = found[role]!;
    const read = reads[role]!;
    const firstNew = appendNew(p, role, table, read, plan, offset);
    linkExisting(p, table, read, plan);
    return { ok: summary(p, role, found.staff!, table, read, plan, invalid, firstNew) };
  });
}

/** The data rows of the staff tab the curator selected, or why there are none. */
function selectedRecords(p: Ports, staffTable: FoundTable, staff: TableRead): Set<number> | string {
  const t = translator(p.locale);
  const sel = p.sheets.selection();
  if (sel.sheetName !== staffTable.sheetName)
    return t(TEXT.notOnStaff, { staff: staffTable.sheetName, tab: sel.sheetName });
  const first = staff.firstRow;
  const last = staff.firstRow + filledLength(staff) - 1;
  const rows = new Set<number>();
  for (const r of sel.rows)
    for (let row = Math.max(r.from, first); row <= Math.min(r.to, last); row++) rows.add(row);
  // Only rows with something in them: an empty row between people is not a person.
  for (const row of [...rows]) {
    const cells = staff.rows[row - first] ?? [];
    if (!cells.some((c) => c !== "" && c !== false && c !== null)) rows.delete(row);
  }
  return rows.size > 0 ? rows : t(TEXT.noRows, { staff: staffTable.sheetName });
}

/**
 * Reserves the ids (the counter saved first) and appends one row per new participant in one call. Returns the
 * sheet row of the first new row.
 */
function appendNew(
  p: Ports,
  role: Role,
  table: FoundTable,
  read: TableRead,
  plan: EnrolPlan,
  offset: number,
): number {
  const firstRow = read.firstRow + filledLength(read);
  if (plan.add.length === 0) return firstRow;
  const spec = tableSpec(role);
  const prefix = spec.idPrefix!;
  const ids = read.rows.map((r) => cellAt(read, r, "id"));
  const from = reserve(p, `mentor-base.seq.${role}`, highestIdNumber(prefix, ids), plan.add.length);
  const locale = baseLocale(p);
  const rows = plan.add.map((a, i) => {
    const v = a.values;
    const cells: Record<string, Cell> = {
      id: formatId(prefix, from + i),
      fullName: v.fullName,
      category: CATEGORIES[role].label(v.category as never, locale),
      staffId: v.staffId,
    };
    if (v.position) cells.position = v.position;
    if (v.subjects) cells[role === "mentors" ? "subjects" : "subject"] = v.subjects;
    if (v.experienceYears !== undefined) cells.experienceYears = v.experienceYears;
    if (v.email) cells.email = v.email;
    if (v.phone) cells.phone = v.phone;
    if (v.consent) cells.consent = true;
    if (v.consentDate) cells.consentDate = isoToDateCell(v.consentDate, offset);
    return sheetRow(table, cells);
  });
  p.sheets.appendRows(table, rows);
  return firstRow;
}

/** Fills the empty «ID в коллективе» of participants the register matched: one write, nothing typed overwritten. */
function linkExisting(p: Ports, table: FoundTable, read: TableRead, plan: EnrolPlan): void {
  const changes = new Map<number, Record<string, Cell>>();
  for (const l of plan.link) {
    const i = l.row - read.firstRow;
    if (cellAt(read, read.rows[i] ?? [], "staffId") === "") changes.set(i, { staffId: l.staffId });
  }
  writeSpans(p, table, read, changes);
}

function summary(
  p: Ports,
  role: Role,
  staffTable: FoundTable,
  table: FoundTable,
  read: TableRead,
  plan: EnrolPlan,
  invalid: readonly ParsedRecord[],
  firstNew: number,
): EnrolResult {
  const t = translator(p.locale);
  const tab = table.sheetName;
  const staff = staffTable.sheetName;
  const lines: string[] = [];
  const to = firstNew + plan.add.length - 1;
  if (plan.add.length > 0) {
    const names = plan.add.map((a) => a.values.fullName).join(", ");
    lines.push(t(TEXT.added, { tab, n: plan.add.length, from: firstNew, to, names }));
    const header = (key: string) => {
      const c = read.columns[key];
      const shown = c === undefined ? "" : String(read.headers[c] ?? "");
      return `«${shown || tableSpec(role).columns.find((x) => x.key === key)!.header[p.locale]}»`;
    };
    lines.push(t(TEXT.toFill, { tab, from: firstNew, to, columns: plan.toFill.map(header).join(", ") }));
  } else lines.push(t(TEXT.nobodyAdded));
  if (plan.link.length > 0) {
    const column = String(read.headers[read.columns.staffId ?? -1] ?? "ID в коллективе");
    const list = plan.link
      .map((l) => {
        const name = String(cellAt(read, read.rows[l.row - read.firstRow] ?? [], "fullName"));
        return t(TEXT.linkedItem, { name, row: l.row, id: l.staffId });
      })
      .join("; ");
    lines.push(t(TEXT.linked, { tab, column, list }));
  }
  const skipped = [
    ...plan.skipped.map((s) => {
      const params = { name: s.name, staffRow: s.staffRow, staff, tab, row: s.row ?? "" };
      const words = {
        linked: TEXT.linkedSkip,
        left: TEXT.leftSkip,
        noId: TEXT.noIdSkip,
        noName: TEXT.noNameSkip,
      };
      return { row: s.staffRow, text: t(words[s.reason], params) };
    }),
    ...invalid.map((r) => ({
      row: r.row,
      text: t(TEXT.invalidSkip, {
        name: String(r.values.fullName ?? r.values.id ?? ""),
        staffRow: r.row,
        staff,
      }),
    })),
  ].sort((a, b) => a.row - b.row);
  if (skipped.length > 0) lines.push([t(TEXT.skippedHead), ...skipped.map((s) => `• ${s.text}`)].join("\n"));
  return {
    message: lines.join("\n\n"),
    added: plan.add.length,
    linked: plan.link.length,
    skipped: skipped.length,
  };
}

/** What the menu item runs: the action, then its message (or why nothing was done) in one alert. */
export function enrolSelected(p: Ports, role: Role): EnrolResult | null {
  const r = enrolStaff(p, role);
  const title = translator(p.locale)(TEXT.title);
  if ("error" in r) {
    p.ui.alert(title, r.error);
    return null;
  }
  p.ui.alert(title, r.ok.message);
  return r.ok;
}
