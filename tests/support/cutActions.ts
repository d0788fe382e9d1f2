/**
 * The actions cutAtEveryCall knows, each on a small school brought to the stage where the curator runs it: used by
 * tests/gas/cuts.test.ts (a sample) and `npm run soak` (every call). To add an action: a stage that prepares its
 * world, and the action as the entry point runs it (returning its outcome).
 */
import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { generateDocuments } from "../../src/app/documents";
import { initBase } from "../../src/app/initBase";
import { AUTO_SNAPSHOT, computeIndicators, takeSnapshot } from "../../src/app/kpi";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
import { collectResponses, sendSurveys } from "../../src/app/surveys";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { GasTriggers } from "../../src/gas/documents";
import { allPorts, type CutOptions, type World } from "./cuts";
import { ok, setting } from "./gas";

/** 15.12.2026, 10:00 in Moscow: pairs confirmed from 01.12.2026 are running, surveys may go out. */
export const SMALL_SCHOOL_START = Date.UTC(2026, 11, 15, 7, 0);
const CONFIRM_FROM = "2026-12-01";

/** A small school typed into a new base (with the sample's usual mistakes): 4 mentors, 6 mentees. */
export function typedSchool(w: World, size = { mentors: 4, mentees: 6 }): void {
  const data = sampleSchool(2026, size);
  w.run(() => initBase(w.ports()));
  for (const [key, value] of Object.entries(data.settings)) setting(w.ss, key, value);
  for (const [spec, rows] of [
    [MENTORS, data.mentors],
    [MENTEES, data.mentees],
  ] as const) {
    const sheet = w.ss.getSheetByName(spec.title.ru)!;
    const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
    sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
  }
}

/** The small school checked and every proposed pair accepted, not yet confirmed. */
export function acceptedSchool(w: World): void {
  typedSchool(w);
  w.run(() => checkBase(w.ports()));
  ok(w.run(() => reviewPairs(w.ports(), { type: "acceptAll" })));
}

/** The small school with its pairs confirmed. */
export function confirmedSchool(w: World): void {
  acceptedSchool(w);
  ok(w.run(() => confirmPairs(w.ports(), CONFIRM_FROM)));
}

/** Confirmed, and the mentees' satisfaction survey sent. */
export function surveyedSchool(w: World): void {
  confirmedSchool(w);
  ok(w.run(() => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send")));
}

/** Surveyed, and two mentees answered through their links (their submit runs not yet run). */
export function answeredSchool(w: World): void {
  surveyedSchool(w);
  const links = w.emu.mail
    .sent()
    .map((m) => /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0]?.replace(/[).,]+$/, ""))
    .filter((l): l is string => l !== undefined);
  const form = w.emu.forms.list()[0]!;
  for (const link of links.slice(0, 2)) {
    const answers: Record<string, unknown> = {};
    for (const item of form.items) {
      if (item.title.startsWith("Код анкеты")) continue; // the token the link filled in
      if (item.type === "SCALE") answers[item.title] = 8;
      else if (item.type === "PARAGRAPH_TEXT" || item.type === "TEXT") answers[item.title] = "Всё хорошо";
      else if (item.type === "CHECKBOX") answers[item.title] = [item.choices[0]];
      else if (item.choices.length > 0) answers[item.title] = item.choices[0];
    }
    w.emu.forms.submit(link, answers);
  }
  // The submissions' own trigger runs are left owed: the action below collects them, as the sidebar's button does.
  w.emu.triggers.pendingFormSubmits();
}

/** A cut action: what cutAtEveryCall needs but the sample. */
export type CutAction = Pick<CutOptions, "name" | "prepare" | "action" | "world" | "normalise"> & {
  /** Already made to survive a stop at any call (tested in `npm test`); the others run in `npm run soak` only. */
  survives: boolean;
};

const world = { start: SMALL_SCHOOL_START };

/** Times of day a longer re-run moves (sending and collecting record when they ran). */
const times = (text: string) =>
  text
    .replace(/\d\d\.\d\d\.\d{4} \d\d:\d\d(:\d\d)?/g, "<дата время>")
    .replace(/"\$date":"[^"]+"/g, '"$date":"<t>"');

export const CUT_ACTIONS: readonly CutAction[] = [
  {
    name: "Создать / обновить базу",
    survives: true,
    world,
    prepare: () => {},
    action: (w) => initBase(w.ports()),
  },
  {
    name: "Проверить базу",
    survives: true,
    world,
    prepare: (w) => typedSchool(w),
    action: (w) => checkBase(w.ports()),
  },
  {
    name: "Подтвердить пары",
    survives: false,
    world,
    prepare: acceptedSchool,
    action: (w) => confirmPairs(w.ports(), CONFIRM_FROM),
  },
  {
    name: "Сформировать документы",
    survives: false,
    world,
    prepare: confirmedSchool,
    action: (w) => generateDocuments(allPorts(w), w.emu.clock.now()),
  },
  {
    name: "Разослать анкеты",
    survives: false,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "send"),
  },
  {
    name: "Напомнить об анкетах",
    survives: false,
    world,
    normalise: times,
    prepare: (w) => {
      surveyedSchool(w);
      w.emu.clock.advance(7 * 86_400_000);
    },
    action: (w) => sendSurveys(allPorts(w), "satisfaction_mentee", { type: "all" }, "remind"),
  },
  {
    name: "Собрать ответы",
    survives: true,
    world,
    normalise: times,
    prepare: answeredSchool,
    action: (w) => collectResponses(allPorts(w)),
  },
  {
    name: "Рассчитать показатели",
    survives: true,
    world,
    prepare: confirmedSchool,
    action: (w) => computeIndicators(w.ports()),
  },
  {
    name: "Зафиксировать срез",
    survives: true,
    world,
    normalise: times,
    prepare: confirmedSchool,
    action: (w) => {
      // As the entry point takeKpiSnapshot: the snapshot, then the monthly trigger.
      const r = takeSnapshot(w.ports());
      if ("error" in r) return r;
      new GasTriggers().monthly(AUTO_SNAPSHOT, 25, 6);
      return r;
    },
  },
];
