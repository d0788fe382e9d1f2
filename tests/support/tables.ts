import type { Cell } from "../../src/domain/cells";
import { TABLES, type TableKey, tableSpec } from "../../src/domain/tables";
import type { BaseData, TableData } from "../../src/domain/validate";

/**
 * A tab as the sheet hands it over: the spec's columns in order (or `order`), Russian headers, and rows given as
 * objects keyed by column key. Extra keys that are not columns of the spec become user columns.
 */
export function tableData(
  key: TableKey,
  rows: Record<string, Cell>[],
  opts: { order?: string[]; headers?: Record<string, string>; firstRow?: number } = {},
): TableData {
  const spec = tableSpec(key);
  const keys = opts.order ?? spec.columns.map((c) => c.key);
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !keys.includes(k));
  const all = [...keys, ...extra];
  const columns: Record<string, number> = {};
  all.forEach((k, i) => {
    if (spec.columns.some((c) => c.key === k)) columns[k] = i;
  });
  const headers = all.map((k) => opts.headers?.[k] ?? spec.columns.find((c) => c.key === k)?.header.ru ?? k);
  return {
    key,
    sheetName: spec.title.ru,
    headers,
    columns,
    rows: rows.map((r) => all.map((k) => r[k] ?? "")),
    firstRow: opts.firstRow ?? 2,
  };
}

export const MENTOR: Record<string, Cell> = {
  id: "НС-0001",
  fullName: "Петрова Анна Сергеевна",
  category: "педагог",
  position: "учитель математики",
  subjects: "математика",
  experienceYears: 15,
  competencies: "подготовка к ОГЭ; классное руководство",
  forms: "педагог – педагог",
  capacity: 1,
  format: "очно",
  email: "petrova@school7.ru",
  phone: "+7 914 123-45-67",
  consent: true,
};

export const MENTEE: Record<string, Cell> = {
  id: "НЯ-0001",
  fullName: "Соколов Илья Андреевич",
  category: "молодой специалист",
  position: "учитель физики",
  experienceYears: 1,
  requests: "дисциплина на уроке; работа с родителями",
  form: "педагог – педагог",
  email: "sokolov@school7.ru",
  consent: true,
};

export const SETTINGS_ROWS: Record<string, Cell>[] = [
  { key: "org.name", label: "Полное наименование", value: "МБОУ СОШ № 7" },
  { key: "head.name", value: "Иванов Иван Иванович" },
  { key: "curator.name", value: "Смирнова Ольга Петровна" },
  { key: "program.year", value: "2026/2027" },
  { key: "curator.email", value: "smirnova@school7.ru" },
];

/**
 * A whole base as the check reads it: every tab of TABLES, empty, but one mentor (MENTOR), one mentee (MENTEE) and
 * the settings (SETTINGS_ROWS); `over` replaces any tab.
 */
export function everyTab(over: Partial<BaseData> = {}): BaseData {
  const base: BaseData = {};
  for (const t of TABLES) base[t.key] = tableData(t.key, []);
  return {
    ...base,
    mentors: tableData("mentors", [MENTOR]),
    mentees: tableData("mentees", [MENTEE]),
    settings: tableData("settings", SETTINGS_ROWS),
    ...over,
  };
}
