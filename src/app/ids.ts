import { runsOf } from "../domain/base/runs";
import { planIds } from "../domain/ids";
import { TABLES, type TableKey } from "../domain/tables";
import type { FoundTable, Ports, TableRead } from "../ports";

export type Reads = Partial<Record<TableKey, TableRead>>;

/**
 * Gives ids to rows that have content but no id, in one write per tab. The counter is saved before the write: if
 * the write fails, a few numbers are skipped but none is ever given twice. Returns the reads with the new ids in.
 */
export function assignIds(
  p: Ports,
  found: Partial<Record<TableKey, FoundTable>>,
  reads: Reads,
): { reads: Reads; assigned: number } {
  let assigned = 0;
  const out: Reads = { ...reads };
  for (const spec of TABLES) {
    const table = found[spec.key];
    const data = reads[spec.key];
    const idIndex = data?.columns.id;
    if (!spec.idPrefix || !table || !data || idIndex === undefined) continue;
    const counterKey = `mentor-base.seq.${spec.key}`;
    const plan = planIds(spec, data, Number(p.properties.get(counterKey) ?? 0) || 0);
    if (plan.assignments.size === 0) continue;
    p.properties.set(counterKey, String(plan.last));
    p.sheets.writeColumns(
      table,
      runsOf(plan.assignments).map((run) => ({
        column: idIndex + 1,
        firstRow: data.firstRow + run.from,
        values: run.values,
      })),
    );
    const rows = data.rows.map((r, i) => {
      const id = plan.assignments.get(i);
      if (id === undefined) return r;
      const copy = [...r];
      copy[idIndex] = id;
      return copy;
    });
    out[spec.key] = { ...data, rows };
    assigned += plan.assignments.size;
  }
  return { reads: out, assigned };
}
