import { shapeProblems } from "../domain/base/shape";
import { type Mark, planMarks } from "../domain/marks";
import { buildReport, type CheckReport } from "../domain/report";
import { TABLES, type TableKey } from "../domain/tables";
import type { validateBase } from "../domain/validate";
import type { FoundTable, Ports } from "../ports";
import { assignIds, type Reads } from "./ids";
import { checkReads } from "./tabs";

/**
 * «Проверить базу». Reads every tab once, gives ids to new rows, checks every row and the rules across rows,
 * then marks each problem at its cell and lifts the marks of fixed cells, one write per changed column. Values a
 * person typed are never written; only the add-on's own notes and colours change.
 */
export function checkBase(p: Ports): CheckReport | null {
  const run = p.lock.withDocumentLock((): CheckReport => {
    const found = p.sheets.findTables();
    let reads: Reads = {};
    for (const spec of TABLES) {
      const table = found[spec.key];
      if (!table) continue;
      if (spec.output) {
        // The add-on's own output tabs are not checked: only their presence counts.
        reads[spec.key] = {
          key: spec.key,
          sheetName: table.sheetName,
          headers: [],
          columns: {},
          rows: [],
          firstRow: 2,
        };
        continue;
      }
      const minLastRow = Number(p.properties.get(extentKey(spec.key)) ?? 0) || 0;
      reads[spec.key] = p.sheets.readTable(table, { marks: true, minLastRow });
    }
    const ids = assignIds(p, found, reads);
    reads = ids.reads;
    const result = checkReads(p, reads);
    // A tab whose header row is gone or moved, or whose columns disagree with their headers (docs/architecture.md,
    // «Shape drift»), is named first, before the problems of its rows.
    const drift = TABLES.flatMap((spec) => {
      const data = reads[spec.key];
      return data && !spec.output ? shapeProblems(spec, data, p.locale) : [];
    });
    if (drift.length > 0) {
      const order = (t: TableKey) => TABLES.findIndex((x) => x.key === t);
      result.problems.push(...drift);
      result.problems.sort((a, b) => order(a.table) - order(b.table) || a.row - b.row);
    }
    const now = p.clock.now();
    const stamp = p.clock.format(now, "dd.MM.yyyy HH:mm");
    for (const spec of TABLES) {
      const table = found[spec.key];
      const data = reads[spec.key];
      if (table && data)
        writeMarks(
          p,
          table,
          data,
          result.problems.filter((x) => x.table === spec.key),
          stamp,
        );
    }
    const sheets: Parameters<typeof buildReport>[1] = {};
    for (const [key, table] of Object.entries(found) as [TableKey, FoundTable][]) {
      sheets[key] = {
        sheetName: table.sheetName,
        columns: table.columns,
        headers: reads[key]?.headers ?? [],
      };
    }
    return buildReport(result, sheets, { locale: p.locale, checkedAt: stamp, idsAssigned: ids.assigned });
  });
  if (run.busy) return null;
  return run.value;
}

const extentKey = (table: TableKey) => `mentor-base.marks.${table}`;

function writeMarks(
  p: Ports,
  table: FoundTable,
  data: NonNullable<Reads[TableKey]>,
  problems: ReturnType<typeof validateBase>["problems"],
  stamp: string,
): void {
  if (!data.notes || !data.backgrounds) return;
  const marks = new Map<string, Mark>();
  for (const x of problems) {
    const c = x.column === undefined ? undefined : data.columns[x.column];
    const r = x.row - data.firstRow;
    if (c === undefined || r < 0) continue;
    const key = `${r}:${c}`;
    const before = marks.get(key);
    // One note per cell: errors before warnings, several messages joined.
    if (!before) marks.set(key, { severity: x.severity, message: x.message });
    else
      marks.set(key, {
        severity: before.severity === "error" || x.severity === "error" ? "error" : "warning",
        message: `${before.message}\n⚠ ${x.message}`,
      });
  }
  const owned = Object.values(data.columns).filter((c): c is number => c !== undefined);
  const plan = planMarks(data.notes, data.backgrounds, owned, marks, stamp);
  // Remember how far down marks go, so the next check reads that far even if those rows are emptied.
  const extent = String(
    Math.max(0, ...[...marks.keys()].map((k) => Number(k.split(":")[0]) + data.firstRow)),
  );
  if (p.properties.get(extentKey(table.key)) !== extent) p.properties.set(extentKey(table.key), extent);
  if (plan.length === 0) return;
  p.sheets.writeMarks(
    table,
    plan.map((m) => ({
      column: m.column + 1,
      firstRow: data.firstRow,
      notes: m.notes,
      backgrounds: m.backgrounds,
    })),
  );
}
