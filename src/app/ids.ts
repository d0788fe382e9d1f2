import type { Cell } from "../domain/cells";
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
    const indices = [...plan.assignments.keys()];
    const from = Math.min(...indices);
    const to = Math.max(...indices);
    const values: Cell[] = [];
    for (let i = from; i <= to; i++) values.push(plan.assignments.get(i) ?? data.rows[i]?.[idIndex] ?? "");
    p.properties.set(counterKey, String(plan.last));
    p.sheets.writeColumns(table, [{ column: idIndex + 1, firstRow: data.firstRow + from, values }]);
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
