import { createEmulator } from "./index";
import { DRIVE, DRIVE_FILE } from "./oauth";

/** The advanced Drive service's reach by scope, beyond what tests/contract/driveFile.contract.ts checks. */

const SCOPES = [DRIVE_FILE, "https://www.googleapis.com/auth/documents"];

test("drive.file: a Doc the person made is not found until picked; DocumentApp still opens it (documents scope)", () => {
  const emu = createEmulator({ oauthScopes: SCOPES });
  const { Drive, DocumentApp } = emu.globals;
  const id = emu.drive.userDocument("Шаблон школы", "Соглашение {{наставник.фио}}");
  let error: Error | undefined;
  try {
    Drive.Files.get(id);
  } catch (e) {
    error = e as Error;
  }
  expect(error?.name).toBe("GoogleJsonResponseException");
  expect(error?.message).toBe(`API call to drive.files.get failed with error: File not found: ${id}.`);
  expect(DocumentApp.openById(id).getBody().getText()).toBe("Соглашение {{наставник.фио}}");
  // Not listed either, though it is in My Drive.
  expect(Drive.Files.list({ q: "name = 'Шаблон школы'" }).files).toEqual([]);
  emu.drive.grant(id);
  expect(Drive.Files.get(id, { fields: "id,name" })).toEqual({ id, name: "Шаблон школы" });
  expect(Drive.Files.list({ q: "name = 'Шаблон школы'", fields: "files(id)" }).files).toEqual([{ id }]);
});

test("the full drive scope reaches everything; no Drive scope at all is refused as Google refuses it", () => {
  const full = createEmulator({ oauthScopes: [DRIVE] });
  const id = full.drive.userDocument("Чужой", "x");
  expect(full.globals.Drive.Files.get(id).id).toBe(id);
  const none = createEmulator({ oauthScopes: ["https://www.googleapis.com/auth/documents"] });
  expect(() => none.globals.Drive.Files.list({})).toThrow(
    "API call to drive.files.list failed with error: Request had insufficient authentication scopes.",
  );
  expect(() => none.globals.DriveApp.getFiles()).toThrow(
    "You do not have permission to call DriveApp.getFiles",
  );
});

test("the bound spreadsheet was made by the person, forms and docs the script made are its own", () => {
  const emu = createEmulator({ oauthScopes: SCOPES });
  const { Drive, DocumentApp, FormApp } = emu.globals;
  expect(() => Drive.Files.get(emu.activeSpreadsheet.getId())).toThrow(/File not found/);
  const doc = DocumentApp.create("Мой");
  const form = FormApp.create("Анкета");
  expect(Drive.Files.get(doc.getId(), { fields: "mimeType" }).mimeType).toBe(
    "application/vnd.google-apps.document",
  );
  expect(Drive.Files.get(form.getId(), { fields: "mimeType" }).mimeType).toBe(
    "application/vnd.google-apps.form",
  );
});

test("one parent only; a shared file mails the person unless sendNotificationEmail is false", () => {
  const emu = createEmulator({ oauthScopes: SCOPES });
  const { Drive } = emu.globals;
  const a = Drive.Files.create({ name: "A", mimeType: "application/vnd.google-apps.folder" }).id!;
  const b = Drive.Files.create({ name: "B", mimeType: "application/vnd.google-apps.folder" }).id!;
  expect(() => Drive.Files.create({ name: "x", parents: [a, b] })).toThrow(
    "Increasing the number of parents is not allowed.",
  );
  const f = Drive.Files.create({ name: "x", parents: [a] }).id!;
  expect(() =>
    Drive.Files.update({}, f, null as unknown as GoogleAppsScript.Base.Blob, { addParents: b }),
  ).toThrow("Increasing the number of parents is not allowed.");
  Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "a@example.org" }, f);
  Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "b@example.org" }, f, {
    sendNotificationEmail: false,
  });
  expect(emu.drive.notified()).toEqual([{ to: "a@example.org", fileId: f }]);
  expect(emu.drive.files().find((x) => x.id === f)?.viewers).toEqual(["a@example.org", "b@example.org"]);
});
