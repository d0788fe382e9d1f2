import { type DocPorts, generateDocuments } from "../../src/app/documents";
import { initBase } from "../../src/app/initBase";
import { TEMPLATES } from "../../src/domain/documents";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { faultPoints, gasWorld, setting, stableText } from "../support/gas";

/**
 * The built-in templates made when «Сформировать документы» first runs (docs/architecture.md, «Встроенные
 * шаблоны»), stopped at any call: the next run leaves exactly one whole template of each kind, recorded, and
 * nothing else in Drive. A school with no pairs yet: the run makes the templates and nothing more.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

function school(): World {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0) });
  worlds.push(w);
  w.run(() => initBase(w.ports()));
  setting(w.ss, "program.year", "2026/2027");
  return w;
}

const make = (w: World) =>
  w.run(() => {
    const p = w.ports();
    const docs: DocPorts = { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
    const r = generateDocuments(docs, w.emu.clock.now());
    if ("error" in r) throw new Error(r.error);
    return r.ok;
  });

const DOC = "application/vnd.google-apps.document";
/** The Docs in Drive not in the trash, as the curator sees them: where, what name, what text. */
const docs = (w: World) =>
  w.emu.drive
    .files()
    .filter((f) => !f.trashed && f.mimeType === DOC)
    .map((f) => ({ path: w.emu.drive.pathOf(f.id).join(" / "), name: f.name, text: w.emu.docs.text(f.id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
/** The ids recorded for the built-in templates. */
const recorded = (w: World) => {
  const props = w.run(() => PropertiesService.getDocumentProperties().getProperties());
  return Object.entries(props)
    .filter(([k]) => k.startsWith("mentor-base.template."))
    .map(([, v]) => v);
};
/** Exactly one Doc per template, each the one recorded, each whole. */
function expectOneWholeTemplateEach(w: World): void {
  const live = w.emu.drive.files().filter((f) => !f.trashed && f.mimeType === DOC);
  // «Сформировать документы» makes the pairs' templates; the letter, the portfolio and the report have their own actions.
  const own = ["thanks", "portfolio", "report"];
  expect(live).toHaveLength(Object.keys(TEMPLATES).filter((k) => !own.includes(k)).length);
  expect(new Set(recorded(w))).toEqual(new Set(live.map((f) => f.id)));
}

test("a stop while a built-in template is filled: the next run leaves one template of each kind, no stray", () => {
  const clean = school();
  make(clean);
  const expected = docs(clean);
  const w = school();
  // The fifth paragraph appended: the first template is half-written.
  w.emu.faults.failNth({ method: "Body.appendParagraph", n: 5, message: "Service Documents failed" });
  expect(() => make(w)).toThrow("Service Documents failed");
  make(w);
  expectOneWholeTemplateEach(w);
  expect(docs(w)).toEqual(expected);
});

test("a template made whole whose id was never recorded: the next run trashes it and makes one", () => {
  const clean = school();
  make(clean);
  const expected = docs(clean);
  const w = school();
  make(w);
  // What a stop between saving the template and recording its id leaves: the template, its id recorded nowhere.
  const first = w.emu.drive.files().find((f) => !f.trashed && f.mimeType === DOC)!;
  w.run(() => {
    const props = PropertiesService.getDocumentProperties();
    for (const [k, v] of Object.entries(props.getProperties())) if (v === first.id) props.deleteProperty(k);
  });
  make(w);
  expectOneWholeTemplateEach(w);
  expect(docs(w)).toEqual(expected);
  expect(w.emu.drive.files().find((f) => f.id === first.id)?.trashed).toBe(true);
});

test("another base's templates of the same names in the same folder are left alone", () => {
  const w = school();
  make(w);
  const before = w.emu.drive.files().filter((f) => !f.trashed && f.mimeType === DOC);
  // Another base (its own properties) in the same Drive folder makes its templates: ours stay, and so do its.
  w.run(() => {
    const props = PropertiesService.getDocumentProperties();
    for (const k of Object.keys(props.getProperties()))
      if (k.startsWith("mentor-base.template")) props.deleteProperty(k);
  });
  const tags = () => w.run(() => PropertiesService.getDocumentProperties().getProperties());
  expect(Object.keys(tags()).filter((k) => k.startsWith("mentor-base.template"))).toEqual([]);
  make(w);
  const after = w.emu.drive.files().filter((f) => !f.trashed && f.mimeType === DOC);
  expect(after).toHaveLength(2 * before.length);
  for (const f of before) expect(after.map((x) => x.id)).toContain(f.id);
});

/**
 * Drive, Properties and Utilities (making, tagging, recording, trashing) are cut at every point; the Docs edits
 * of the fill, which all stop the same way, and the tab reads and writes (cut everywhere by tests/gas/faults.test.ts)
 * at every fifth, so that `npm test` stays quick. `SOAK=1` cuts at every point.
 */
const OWN = /^(Files|Permissions|Properties|PropertiesService|Utilities|DocumentApp|Document)\./;
const sampled = (points: { method: string; n: number }[]) =>
  process.env.SOAK === "1" ? points : points.filter((p, i) => OWN.test(p.method) || i % 5 === 0);

test("cut at every kind of call while the templates are made, then run again: as a clean run", () => {
  const clean = school();
  clean.emu.calls.reset();
  make(clean);
  const expectedDocs = docs(clean);
  const expectedSheet = stableText(clean.emu, clean.ss, { ids: true });
  const all = faultPoints(clean.emu.calls.byMethod());
  expect(all.length).toBeGreaterThan(20);
  const points = sampled(all);
  for (const point of points) {
    const w = school();
    w.emu.faults.failNth({ method: point.method, n: point.n, message: "Service failed" });
    try {
      make(w);
    } catch (err) {
      expect(String(err)).toContain("Service failed");
    }
    w.emu.faults.clear();
    make(w);
    const got = { point, docs: docs(w), sheet: stableText(w.emu, w.ss, { ids: true }) === expectedSheet };
    expect(got).toEqual({ point, docs: expectedDocs, sheet: true });
    expectOneWholeTemplateEach(w);
    w.uninstall();
  }
});
