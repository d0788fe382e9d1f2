import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
import type { SurveyPorts } from "../../src/app/surveys";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { GasForms, GasMail } from "../../src/gas/forms";
import { gasWorld, ok, rowsOf, setting } from "../support/gas";

/** A small school with confirmed pairs, on the emulator, and the surveys' ports over it. */
export function school(opts: { mentees?: number; emulator?: Parameters<typeof gasWorld>[0] } = {}) {
  const w = gasWorld({ start: Date.UTC(2026, 11, 15, 7, 0), ...opts.emulator });
  const mentees = opts.mentees ?? 18;
  const data = sampleSchool(2026, { mentors: Math.round(mentees * 0.7), mentees });
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
  w.run(() => checkBase(w.ports()));
  ok(w.run(() => reviewPairs(w.ports(), { type: "acceptAll" })));
  ok(w.run(() => confirmPairs(w.ports(), "2026-12-01")));
  const surveyPorts = (): SurveyPorts => {
    const p = w.ports();
    return {
      ...p,
      forms: new GasForms(),
      mail: new GasMail(),
      docs: new GasDocuments(p.properties),
      triggers: new GasTriggers(),
      uuid: () => Utilities.getUuid(),
    };
  };
  const run = <T>(fn: (p: SurveyPorts) => T, kind: "menu" | "trigger" = "menu") =>
    w.emu.execution.run(() => fn(surveyPorts()), { kind });
  const surveys = () => rowsOf(w.ss, "Анкеты").filter((r) => r["ID"] !== "");
  const responses = () => rowsOf(w.ss, "Ответы анкет").filter((r) => r["ID"] !== "");
  return { w, run, surveys, responses };
}

/** The personal link in a mail. */
export const linkIn = (body: string) =>
  /https:\/\/docs\.google\.com\/forms\/\S+/.exec(body)![0]!.replace(/[).,]+$/, "");
