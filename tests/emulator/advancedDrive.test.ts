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

test("quiet sharing needs a Google account: without one Google asks for the invitation mail, and nothing changes", () => {
  const emu = createEmulator({ oauthScopes: SCOPES });
  const { Drive } = emu.globals;
  const id = Drive.Files.create({ name: "Соглашение", mimeType: "application/vnd.google-apps.document" }).id!;
  emu.drive.withoutGoogleAccount("Ivanova@Yandex.ru");
  const quiet = { sendNotificationEmail: false };
  let error: (Error & { details?: { code: number } }) | undefined;
  try {
    Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "ivanova@yandex.ru" }, id, quiet);
  } catch (e) {
    error = e as Error & { details?: { code: number } };
  }
  expect(error?.name).toBe("GoogleJsonResponseException");
  expect(error?.message).toBe(
    'API call to drive.permissions.create failed with error: Bad Request. User message: "You are trying to invite ivanova@yandex.ru. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."',
  );
  expect(error?.details?.code).toBe(400);
  // The reserved .invalid domain has no account either; an ordinary address is taken to have one.
  expect(() =>
    Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "x@school.invalid" }, id, quiet),
  ).toThrow("no Google account");
  Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "petrov@school7.ru" }, id, quiet);
  expect(emu.drive.files().find((f) => f.id === id)?.viewers).toEqual(["petrov@school7.ru"]);
  expect(emu.drive.notified()).toEqual([]);
  // With the notification Google invites the address by mail.
  Drive.Permissions.create({ type: "user", role: "reader", emailAddress: "ivanova@yandex.ru" }, id);
  expect(emu.drive.notified()).toEqual([{ to: "ivanova@yandex.ru", fileId: id }]);
});
