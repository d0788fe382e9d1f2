import type { Cell } from "../domain/cells";
import { type L, translator } from "../domain/i18n";
import { MatchError, matchBase, matchInputFromBase } from "../domain/matching";
import { baseFrom } from "../domain/model";
import { decisionsFrom, matchSettings, type ProposalSummary, proposalRows } from "../domain/proposals";
import { PROPOSALS, type TableKey, tableSpec } from "../domain/tables";
import { validateBase } from "../domain/validate";
import type { Ports, TableRead } from "../ports";
import { MSG } from "./messages";

const TEXT = {
  title: { ru: "Подбор пар", en: "Matching" },
  noBase: {
    ru: "В таблице нет листа «{tab}». Выполните «Наставничество → Создать / обновить базу», затем подбор.",
    en: "The spreadsheet has no “{tab}” tab. Run “Mentoring → Create / update the base”, then match again.",
  },
  pinError: {
    ru: "Закреплённую пару нельзя оставить: {error}\nИсправьте решение на листе «{tab}» и запустите подбор снова.",
    en: "A pinned pair cannot be kept: {error}\nCorrect the decision on the “{tab}” tab and match again.",
  },
  done: {
    ru: "На листе «{tab}»: предложено пар {pairs} (наставников с группой: {groups}), без наставника {unmatched}, исключено куратором {excluded}.",
    en: "On the “{tab}” tab: {pairs} pairs proposed ({groups} mentors with a group), {unmatched} mentees without a mentor, {excluded} excluded by the curator.",
  },
  skipped: {
    ru: "Строк с ошибками, не участвовавших в подборе: {n}. Выполните «Проверить базу», чтобы увидеть и исправить их.",
    en: "Rows with errors left out of the matching: {n}. Run “Check the base” to see and fix them.",
  },
  next: {
    ru: "В столбце «Решение куратора» отметьте «закрепить» или «исключить» и запустите подбор снова: закреплённые пары останутся, исключённые больше не будут предлагаться.",
    en: "In the “Curator's decision” column mark “pin” or “exclude” and match again: pinned pairs stay, excluded ones are not proposed again.",
  },
} as const satisfies Record<string, L>;

const NEEDED: TableKey[] = ["mentors", "mentees", "pairs", "settings", "proposals"];

export interface ProposeResult {
  readonly tab: string;
  readonly summary: ProposalSummary;
  readonly skippedRows: number;
}

/**
 * «Подобрать пары». Reads the base and the curator's decisions, runs the optimal matching, and rewrites the
 * «Предложенные пары» tab: one read per tab, one write per column, whatever the number of rows. The decision
 * column is read back first and written again with every pair it names, so nothing the curator typed is lost.
 */
export function proposePairs(p: Ports): ProposeResult | null {
  const t = translator(p.locale);
  const run = p.lock.withDocumentLock((): ProposeResult | string => {
    const found = p.sheets.findTables();
    const missing = NEEDED.find((k) => !found[k]);
    if (missing)
      return t(TEXT.noBase, {
        tab: tableSpec(missing).title[p.locale],
      });
    const reads: Partial<Record<TableKey, TableRead>> = {};
    for (const k of NEEDED) reads[k] = p.sheets.readTable(found[k]!);
    const check = validateBase(reads, { locale: p.locale, offsetMinutes: p.sheets.offsetMinutes() });
    const base = baseFrom(check);
    const decisions = decisionsFrom(reads.proposals);
    const { weights, rules } = matchSettings(check.settings);
    let result: ReturnType<typeof matchBase>;
    try {
      result = matchBase(
        matchInputFromBase(base, { pins: decisions.pins, exclusions: decisions.exclusions, weights, rules }),
      );
    } catch (err) {
      if (err instanceof MatchError)
        return t(TEXT.pinError, { error: err.text[p.locale], tab: found.proposals!.sheetName });
      throw err;
    }
    const { rows, summary } = proposalRows(result, base, decisions.exclusions, p.locale);
    const table = found.proposals!;
    const before = reads.proposals!.rows.filter((r) => r.some((v) => v !== "")).length;
    const height = Math.max(before, rows.length);
    const writes = PROPOSALS.columns
      .filter((c) => table.columns[c.key] !== undefined)
      .map((c) => {
        const values: Cell[] = rows.map((r) => r[c.key] ?? "");
        while (values.length < height) values.push("");
        return { column: table.columns[c.key]!, firstRow: 2, values };
      });
    p.sheets.writeColumns(table, writes);
    return { tab: table.sheetName, summary, skippedRows: base.skipped.length };
  });
  if (run.busy) {
    p.ui.alert(t(MSG.busyTitle), t(MSG.busy));
    return null;
  }
  if (typeof run.value === "string") {
    p.ui.alert(t(TEXT.title), run.value);
    return null;
  }
  const { tab, summary, skippedRows } = run.value;
  const lines = [t(TEXT.done, { tab, ...summary })];
  if (skippedRows > 0) lines.push(t(TEXT.skipped, { n: skippedRows }));
  lines.push("", t(TEXT.next));
  p.ui.alert(t(TEXT.title), lines.join("\n"));
  return run.value;
}
