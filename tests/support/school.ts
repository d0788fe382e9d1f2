/**
 * The sample school (scripts/sampleSchool.ts) typed into a new base on the emulator and brought to a stage: the
 * set-up the emulator tests of documents, surveys and cuts share.
 */
import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { type gasWorld, ok, setting } from "./gas";

type World = ReturnType<typeof gasWorld>;

/** The day pairs start in these tests' confirmations. */
export const CONFIRM_FROM = "2026-12-01";

/**
 * A new base with the sample's settings (and `settings` over them, by key) and its mentors and mentees typed in,
 * with the sample's usual mistakes. Default size: 4 mentors, 6 mentees.
 */
export function typedSchool(
  w: World,
  size: { mentors: number; mentees: number } = { mentors: 4, mentees: 6 },
  settings: Readonly<Record<string, string>> = {},
): void {
  const data = sampleSchool(2026, size);
  w.run(() => initBase(w.ports()));
  for (const [key, value] of Object.entries({ ...data.settings, ...settings })) setting(w.ss, key, value);
  for (const [spec, rows] of [
    [MENTORS, data.mentors],
    [MENTEES, data.mentees],
  ] as const) {
    const sheet = w.ss.getSheetByName(spec.title.ru)!;
    const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
    sheet.getRange(2, 1, values.length, spec.columns.length).setValues(values);
  }
}

/** «Проверить базу», then every proposed pair accepted in the «Пары» sidebar; returns the sidebar's view. */
export function acceptEveryPair(w: World) {
  w.run(() => checkBase(w.ports()));
  return ok(w.run(() => reviewPairs(w.ports(), { type: "acceptAll" })));
}

/** «Утвердить пары» from CONFIRM_FROM. */
export function confirmAccepted(w: World) {
  return ok(w.run(() => confirmPairs(w.ports(), CONFIRM_FROM)));
}

/** typedSchool, every proposed pair accepted and confirmed in one confirmation. */
export function confirmedSchool(
  w: World,
  size?: { mentors: number; mentees: number },
  settings?: Readonly<Record<string, string>>,
): void {
  typedSchool(w, size, settings);
  acceptEveryPair(w);
  confirmAccepted(w);
}
