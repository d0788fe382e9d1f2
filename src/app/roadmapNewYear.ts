import { cellText } from "../domain/cells";
import { enumIndex } from "../domain/enums";
import { type L, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { newYearFrom, ROADMAP_EVIDENCE, startYearOf, type YearBlocks } from "../domain/roadmap";
import type { Ports } from "../ports";
import { itemsOfYear, ROADMAP_FILLED_KEY, ROADMAP_YEARS_KEY, yearBlocks } from "./roadmap";
import { baseLocale, cellAt, filledLength, locked, type Outcome, readTabs, reserve, sheetRow } from "./tabs";

/**
 * «Новый учебный год: дорожная карта» (docs/architecture.md, «The roadmap»): the year on «Настройки» gets its
 * roadmap made from the last one, as a block of new rows below the old year's on «Дорожная карта». The old rows
 * stay as the curator left them (marks, dates, evidence: the record of that year); the new ones keep each item's
 * wording, people and document, re-dated by the years between, with status, done date and evidence empty. From
 * then on «План работы», the reminders and the report read the block of the year on «Настройки».
 *
 * Safe to stop at any call: the ids are reserved and the block recorded (year → first id) before the rows go;
 * run again, a block whose first row is on the tab is not added again, one whose rows never arrived is added.
 */

const TEXT = {
  noYear: {
    ru: "На листе «Настройки» не указан учебный год (например 2027/2028). Укажите новый учебный год и снова выберите «Новый учебный год: дорожная карта».",
    en: "The academic year (e.g. 2027/2028) is missing on Settings. Fill in the new year and choose “New academic year: roadmap” again.",
  },
  noRoadmap: {
    ru: "Дорожной карты ещё нет: сначала откройте «План работы» — он внесёт карту на учебный год с листа «Настройки».",
    en: "There is no roadmap yet: open “Plan of work” first; it puts in the roadmap for the year on Settings.",
  },
  sameYear: {
    ru: "Дорожная карта уже составлена на {year} учебный год. Чтобы сделать карту на следующий год, сначала укажите его на листе «Настройки» (например {next}), затем снова выберите этот пункт.",
    en: "The roadmap is already for {year}. To make next year's, first set it on Settings (e.g. {next}), then choose this item again.",
  },
  made: {
    ru: "На листе «{tab}» добавлена дорожная карта на {year} учебный год: {n} пунктов, перенесённых с {from} со сдвигом сроков на {shift} г. (строки {first}–{last}). Пункты прошлого года остались выше без изменений. Статусы, даты выполнения и подтверждения в новых строках пусты; проверьте сроки и ответственных.",
    en: "The roadmap for {year} is added on the “{tab}” tab: {n} items carried over from {from}, deadlines moved by {shift} year(s) (rows {first}–{last}). Last year's items stay above, unchanged. Status, done date and evidence are empty in the new rows; check the deadlines and the people responsible.",
  },
  already: {
    ru: "Дорожная карта на {year} учебный год уже добавлена на лист «{tab}» (начинается с пункта {id}, строка {row}). Ничего не изменено.",
    en: "The roadmap for {year} is already on the “{tab}” tab (from item {id}, row {row}). Nothing was changed.",
  },
  empty: {
    ru: "В дорожной карте на {from} нет пунктов: переносить нечего.",
    en: "The roadmap for {from} has no items: there is nothing to carry over.",
  },
} satisfies Record<string, L>;

const EVIDENCE = enumIndex(ROADMAP_EVIDENCE);
const yearText = (start: number) => `${start}/${start + 1}`;

/** The academic year the roadmap's latest rows are for: the last block added, else the year it was filled for. */
function lastYearOf(p: Ports, blocks: YearBlocks, target: number): number {
  const years = Object.keys(blocks)
    .map((y) => startYearOf(y))
    .filter((y): y is number => y !== undefined);
  const filled = startYearOf(p.properties.get(ROADMAP_FILLED_KEY) ?? "");
  if (filled !== undefined) years.push(filled);
  // A roadmap typed in by hand before the add-on kept its year: taken for the year before «Настройки»'s.
  return years.length > 0 ? Math.max(...years) : target - 1;
}

export function newRoadmapYear(p: Ports): Outcome<{ message: string }> {
  const t = translator(p.locale);
  return locked<{ message: string }>(p, () => {
    const tabs = readTabs(p, ["settings", "roadmap"]);
    if (typeof tabs === "string") return { error: tabs };
    const table = tabs.found.roadmap;
    if (!table) return { error: t(TEXT.noRoadmap) };
    const read = tabs.reads.roadmap!;
    const settings = tabs.reads.settings!;
    const yearRow = settings.rows.find((r) => String(cellAt(settings, r, "key")).trim() === "program.year");
    const year = yearRow ? String(cellAt(settings, yearRow, "value")).trim() : "";
    const to = startYearOf(year);
    if (to === undefined) return { error: t(TEXT.noYear) };
    const offset = p.sheets.offsetMinutes();
    const ids = read.rows.map((row) => cellText(cellAt(read, row, "id"), offset).trim());
    const blocks = yearBlocks(p);
    const target = yearText(to);
    const recorded = blocks[target];
    const at = recorded ? ids.indexOf(recorded) : -1;
    if (recorded && at >= 0)
      return {
        ok: {
          message: t(TEXT.already, {
            year: target,
            tab: table.sheetName,
            id: recorded,
            row: read.firstRow + at,
          }),
        },
      };
    const from = lastYearOf(p, recorded ? withoutYear(blocks, target) : blocks, to);
    if (from >= to) return { error: t(TEXT.sameYear, { year: yearText(from), next: yearText(from + 1) }) };
    const old = itemsOfYear(blocks, read, offset, yearText(from));
    const planned = newYearFrom(old, from, to);
    if (planned.length === 0) return { error: t(TEXT.empty, { from: yearText(from) }) };
    // The ids are reserved and the block recorded before the rows go: a run stopped after the rows finds them.
    const first =
      recorded !== undefined
        ? Number(recorded.replace(/^\D+-/, ""))
        : reserve(p, "mentor-base.seq.roadmap", highestIdNumber("ДК", ids), planned.length);
    if (recorded === undefined)
      p.properties.set(ROADMAP_YEARS_KEY, JSON.stringify({ ...blocks, [target]: formatId("ДК", first) }));
    const locale = baseLocale(p);
    const rows = planned.map((item, i) =>
      sheetRow(table, {
        ...item,
        id: formatId("ДК", first + i),
        auto: item.auto === "" ? "" : EVIDENCE.label(item.auto, locale),
      }),
    );
    const firstRow = read.firstRow + filledLength(read);
    p.sheets.appendRows(table, rows);
    return {
      ok: {
        message: t(TEXT.made, {
          tab: table.sheetName,
          year: target,
          n: planned.length,
          from: yearText(from),
          shift: to - from,
          first: firstRow,
          last: firstRow + planned.length - 1,
        }),
      },
    };
  });
}

function withoutYear(blocks: YearBlocks, year: string): YearBlocks {
  const { [year]: _gone, ...rest } = blocks;
  return rest;
}
