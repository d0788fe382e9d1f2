import { sampleSchool } from "../../scripts/sampleSchool";
import { checkBase } from "../../src/app/checkBase";
import { type DocPorts, generateDocuments } from "../../src/app/documents";
import { initBase } from "../../src/app/initBase";
import { confirmPairs, reviewPairs } from "../../src/app/pairs";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { DRIVE } from "../emulator/oauth";
import { gasWorld, MANIFEST_SCOPES, ok, rowsOf, setting } from "../support/gas";

/**
 * «Сформировать документы» under the manifest's `drive.file` scope: the add-on reaches only what it made and what
 * the curator picked; a school's Drive from an older version (made with DriveApp under the full `drive` scope)
 * keeps working after the upgrade.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

function school(scopes: readonly string[] = MANIFEST_SCOPES) {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0), oauthScopes: scopes });
  worlds.push(w);
  const data = sampleSchool(2026, { mentors: 6, mentees: 8 });
  w.run(() => initBase(w.ports()));
  for (const [key, value] of Object.entries(data.settings)) setting(w.ss, key, value);
  for (const [spec, rows] of [
    [MENTORS, data.mentors],
    [MENTEES, data.mentees],
  ] as const) {
    const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
    w.ss.getSheetByName(spec.title.ru)!.getRange(2, 1, values.length, spec.columns.length).setValues(values);
  }
  w.run(() => checkBase(w.ports()));
  const accept = w.run(() => reviewPairs(w.ports(), { type: "acceptAll" }));
  if ("error" in accept) throw new Error(accept.error);
  const confirmed = w.run(() => confirmPairs(w.ports(), "2026-12-01"));
  if ("error" in confirmed) throw new Error(confirmed.error);
  const docPorts = (): DocPorts => {
    const p = w.ports();
    return { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
  };
  const make = () => w.run(() => generateDocuments(docPorts(), w.emu.clock.now()));
  const register = () => rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  const live = () => w.emu.drive.files().filter((f) => !f.trashed);
  return { w, make, register, live };
}

test("the manifest's scopes: DriveApp is refused as Google refuses it, the Drive API answers", () => {
  const s = school();
  expect(MANIFEST_SCOPES).not.toContain(DRIVE);
  expect(() => s.w.run(() => DriveApp.getRootFolder())).toThrow(
    "You do not have permission to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)",
  );
  expect(() => s.w.run(() => DriveApp.createFolder("x"))).toThrow(
    "Required permissions: https://www.googleapis.com/auth/drive",
  );
  expect(
    s.w.run(() => Drive!.Files.create({ name: "x", mimeType: "application/vnd.google-apps.folder" }).id),
  ).toMatch(/^1/);
});

test("a template typed by hand that the add-on cannot reach: a Russian message that says to pick it; picked, it works", () => {
  const s = school();
  const id = s.w.emu.drive.userDocument(
    "Соглашение нашей школы",
    "Соглашение\n{{наставник.фио}} и {{наставляемый.фио}}",
  );
  setting(s.w.ss, "docs.template.agreement", `https://docs.google.com/document/d/${id}/edit`);
  const r = s.make();
  expect(r).toEqual({ error: expect.stringContaining("«Наставничество → Свой шаблон документа…»") });
  const message = (r as { error: string }).error;
  expect(message).toContain("Документы: свой шаблон соглашения");
  expect(message).toContain(`File not found: ${id}.`);
  expect(message).not.toMatch(/\n\s+at /);
  expect(s.register()).toEqual([]);

  // The curator chooses it in the Picker: from now on the add-on reaches it.
  s.w.emu.drive.grant(id);
  const done = ok(s.make());
  expect(done.state).toBe("done");
  const agreements = s
    .live()
    .filter((f) => f.name.startsWith("Соглашение") && f.mimeType.endsWith("document"));
  expect(agreements.length).toBeGreaterThan(0);
  for (const a of agreements.filter((f) => f.id !== id))
    expect(s.w.emu.docs.text(a.id)).toMatch(/^Соглашение\n\S/);
});

test("a school upgrading from the version with the full drive scope keeps its folders and templates", () => {
  // The old version: folders and templates made with DriveApp under `drive`, remembered in document properties.
  const s = school([...MANIFEST_SCOPES, DRIVE]);
  const old = s.w.run(() => {
    const root = DriveApp.getRootFolder().createFolder("Наставничество");
    const year = root.createFolder("2026–2027");
    const templates = root.createFolder("Шаблоны");
    const agreements = year.createFolder("Соглашения");
    const doc = DocumentApp.create("Соглашение — шаблон");
    doc.getBody().setText("Соглашение (старая версия)\n{{наставник.фио}} и {{наставляемый.фио}}");
    const id = doc.getId();
    doc.saveAndClose();
    DriveApp.getFileById(id).moveTo(templates);
    const props = PropertiesService.getDocumentProperties();
    props.setProperty(
      "mentor-base.folders",
      JSON.stringify({ Наставничество: root.getId(), "Наставничество/Шаблоны": templates.getId() }),
    );
    props.setProperty("mentor-base.template.agreement.ru", id);
    return { root: root.getId(), year: year.getId(), agreements: agreements.getId(), template: id };
  });
  const foldersBefore = s.w.emu.drive.folders().length;

  // The upgrade: the new manifest, consented to; DriveApp is gone, the same files stay reachable.
  s.w.emu.oauth.set(MANIFEST_SCOPES);
  ok(s.make());
  const folders = s.w.emu.drive.folders();
  // Only the folders the old version had not made yet are new (orders, programmes); none made twice.
  const names = folders.map((f) => `${s.w.emu.drive.pathOf(f.id).join("/")}`);
  expect(new Set(names).size).toBe(names.length);
  expect(folders.length).toBeLessThanOrEqual(foldersBefore + 2);
  const agreements = s.live().filter((f) => f.parents.includes(old.agreements));
  expect(agreements.length).toBeGreaterThan(0);
  // Made from the old template, found through the properties the old version wrote.
  for (const a of agreements) expect(s.w.emu.docs.text(a.id)).toMatch(/^Соглашение \(старая версия\)/);
  expect(s.live().filter((f) => f.name === "Соглашение — шаблон")).toHaveLength(1);
});

test("the script moved to another Cloud project (for the Picker): what the old client made is out of reach, nothing fails", () => {
  const s = school();
  const first = ok(s.make());
  expect(first.state).toBe("done");
  const documents = () => s.live().filter((f) => !/ — шаблон$/.test(f.name));
  const before = documents().length;
  s.w.emu.drive.newCloudProject();

  // Nothing new to make: the register says what exists, and no document is made again (the built-in templates
  // are made anew where the new client can reach them).
  expect(ok(s.make())).toMatchObject({ state: "done", total: 0 });
  expect(documents()).toHaveLength(before);

  // «Пересоздать» a document the old client made: a new one is made (in folders and from built-in templates the
  // new client can reach), and the old file, which can no longer be renamed, is left as it is.
  const sheet = s.w.ss.getSheetByName("Документы")!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const col = (name: string) => headers.indexOf(name) + 1;
  const oldLink = String(sheet.getRange(2, col("Документ")).getValue());
  const oldId = /\/d\/([^/]+)\//.exec(oldLink)![1]!;
  const oldName = s.w.emu.drive.files().find((f) => f.id === oldId)!.name;
  sheet.getRange(2, col("Пересоздать")).setValue(true);
  const remade = ok(s.make());
  expect(remade).toMatchObject({ state: "done", total: 1, done: 1 });
  expect(String(sheet.getRange(2, col("Документ")).getValue())).not.toBe(oldLink);
  expect(String(sheet.getRange(2, col("Что не так")).getValue())).toBe("");
  expect(s.w.emu.drive.files().find((f) => f.id === oldId)!.name).toBe(oldName);
  expect(ok(s.make())).toMatchObject({ state: "done", total: 0 });
});
