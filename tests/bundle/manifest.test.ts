import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleSchool } from "../../scripts/sampleSchool";
import { MENTEES, MENTORS } from "../../src/domain/tables";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";
import { setting } from "../support/gas";

/**
 * The built manifest (what clasp pushes and what Google shows on the consent screen) asks for no restricted scope.
 * Google's restricted scopes for Drive and Gmail, as listed in
 * https://support.google.com/cloud/answer/13464325 ("Restricted scopes") and
 * https://developers.google.com/drive/api/guides/api-specific-auth: publishing with any of them needs a yearly
 * third-party security assessment.
 */
const RESTRICTED = [
  "https://www.googleapis.com/auth/drive",
  "https://www.googleapis.com/auth/drive.readonly",
  "https://www.googleapis.com/auth/drive.metadata",
  "https://www.googleapis.com/auth/drive.metadata.readonly",
  "https://www.googleapis.com/auth/drive.activity",
  "https://www.googleapis.com/auth/drive.activity.readonly",
  "https://www.googleapis.com/auth/drive.photos.readonly",
  "https://www.googleapis.com/auth/drive.scripts",
  "https://www.googleapis.com/auth/drive.apps.readonly",
  "https://mail.google.com/",
  "https://www.googleapis.com/auth/gmail.readonly",
  "https://www.googleapis.com/auth/gmail.metadata",
  "https://www.googleapis.com/auth/gmail.modify",
  "https://www.googleapis.com/auth/gmail.insert",
  "https://www.googleapis.com/auth/gmail.compose",
  "https://www.googleapis.com/auth/gmail.settings.basic",
  "https://www.googleapis.com/auth/gmail.settings.sharing",
];

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");

beforeAll(() => {
  if (!existsSync(join(DIST, "appsscript.json")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "ignore" });
});

interface Manifest {
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
}
const manifest = () => JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8")) as Manifest;

test("dist/appsscript.json asks for no restricted scope", () => {
  const restricted = manifest().oauthScopes.filter((s) => RESTRICTED.includes(s));
  expect(restricted).toEqual([]);
});

test("dist/appsscript.json: drive.file with the advanced Drive service v3, and nothing broader than listed", () => {
  const m = manifest();
  expect(m.dependencies.enabledAdvancedServices).toContainEqual({
    userSymbol: "Drive",
    serviceId: "drive",
    version: "v3",
  });
  expect([...m.oauthScopes].sort()).toEqual(
    [
      "https://www.googleapis.com/auth/documents",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/forms",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.scriptapp",
      "https://www.googleapis.com/auth/script.send_mail",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ].sort(),
  );
});

test("the built code calls no DriveApp: every Drive call goes through the advanced service", () => {
  const code = readFileSync(join(DIST, "Code.js"), "utf8");
  expect(code).not.toMatch(/\bDriveApp\b/);
  expect(code).toMatch(/\bDrive\.Files\b|\.Files\.copy\(/);
});

describe("the bundle under its manifest's scopes", () => {
  function school(dist: string) {
    const emu = createEmulator({ user: { email: "curator@sosh7.example", locale: "ru" } });
    const host = loadBundle(dist, emu);
    const ss = emu.activeSpreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    host.call("onOpen", { authMode: "FULL" });
    host.clickMenu("Наставничество", "Создать / обновить базу");
    const data = sampleSchool(2026, { mentors: 5, mentees: 7 });
    for (const [k, v] of Object.entries({ ...data.settings, "docs.pdf": "да", "docs.share": "да" }))
      setting(ss, k, v);
    for (const [spec, rows] of [
      [MENTORS, data.mentors],
      [MENTEES, data.mentees],
    ] as const) {
      const values = rows.map((r) => spec.columns.map((c) => r[c.key] ?? ""));
      ss.getSheetByName(spec.title.ru)!.getRange(2, 1, values.length, spec.columns.length).setValues(values);
    }
    host.call("recheckBase");
    host.callAs("sidebar", "reviewPairs", { type: "acceptAll" });
    host.callAs("sidebar", "confirmPairs", "2026-12-01");
    return { emu, host };
  }

  test("documents, PDFs and sharing work end to end with drive.file and no DriveApp", () => {
    const { emu, host } = school(DIST);
    expect(emu.oauth.scopes()).toEqual(manifest().oauthScopes);
    const made = host.callAs("sidebar", "makeDocuments") as { done: number; state: string };
    expect(made.state).toBe("done");
    expect(made.done).toBeGreaterThan(3);
    const files = emu.drive.files().filter((f) => !f.trashed);
    expect(files.filter((f) => f.mimeType === "application/pdf")).toHaveLength(made.done);
    expect(emu.calls.byMethod()["DriveApp.getRootFolder"]).toBeUndefined();
  });

  test("a project without the advanced Drive service enabled has no Drive global: the batch says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "dist-"));
    for (const f of readdirSync(DIST)) copyFileSync(join(DIST, f), join(dir, f));
    const m = manifest();
    writeFileSync(join(dir, "appsscript.json"), JSON.stringify({ ...m, dependencies: {} }));
    const { host } = school(dir);
    expect(host.context.Drive).toBeUndefined();
    expect(() => host.callAs("sidebar", "makeDocuments")).toThrow(
      "The advanced Drive service is not enabled in appsscript.json (Drive, v3).",
    );
  });
});
