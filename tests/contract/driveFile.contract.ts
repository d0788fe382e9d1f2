/**
 * The advanced Drive service (v3) under the `drive.file` scope, as src/gas/documents.ts and forms.ts use it:
 * folders, Docs created and copied into folders, search by name and parent, renaming, trashing and moving, a PDF
 * saved from a Doc, view access without a notification, and "not found" for a file the add-on did not make.
 * Only Apps Script globals: the same checks run on the emulator (tests/contract/driveFile.test.ts) and in a real
 * project. Two script properties, when set, make the live run meaningful:
 * - `mentor-base.contract.foreignFile`: the id of a Google Doc the tester made by hand (never picked), which
 *   drive.file must not reach;
 * - `mentor-base.contract.viewer`: a Google account to give view access to (Google refuses addresses without one);
 * - `mentor-base.contract.noAccount` (optional): an address with no Google account, for the refusal; by default a
 *   made-up one at the reserved `.invalid` domain.
 * Sharing: https://developers.google.com/drive/api/reference/rest/v3/permissions/create (sendNotificationEmail);
 * the refusal's wording is Google's as public Apps Script code quotes it ("… Since there is no Google account
 * associated with this email address, you must check the "Notify people" box to invite this recipient.").
 */
import { assert, assertEqual, assertThrows, suite } from "./kit";

const FOLDER = "application/vnd.google-apps.folder";
const DOC = "application/vnd.google-apps.document";
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

function api(): GoogleAppsScript.Drive {
  assert(typeof Drive !== "undefined" && Drive, "the advanced Drive service (Drive, v3) is enabled");
  return Drive;
}

/** Runs `body` with a fresh scratch folder and trashes everything it made afterwards. */
function scratch(body: (folder: string, made: string[]) => void): void {
  const name = `mentor-base contract ${Utilities.getUuid()}`;
  const folder = api().Files.create({ name, mimeType: FOLDER }, NO_MEDIA, { fields: "id" }).id as string;
  const made: string[] = [];
  try {
    body(folder, made);
  } finally {
    for (const id of [...made, folder]) {
      try {
        api().Files.update({ trashed: true }, id);
      } catch {
        // already gone
      }
    }
  }
}

function newDoc(name: string, folder: string, text: string, made: string[]): string {
  const id = api().Files.create({ name, mimeType: DOC, parents: [folder] }, NO_MEDIA, { fields: "id" })
    .id as string;
  made.push(id);
  const doc = DocumentApp.openById(id);
  doc.getBody().setText(text);
  doc.saveAndClose();
  return id;
}

const q = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

export default suite("Drive v3 under drive.file", (check) => {
  check("a folder is created inside a folder, with its parent and not trashed", () => {
    scratch((parent, made) => {
      const f = api().Files.create({ name: "Соглашения", mimeType: FOLDER, parents: [parent] }, NO_MEDIA, {
        fields: "id,name,mimeType,parents,trashed",
      });
      made.push(f.id as string);
      assertEqual(
        { name: f.name, mimeType: f.mimeType, parents: f.parents, trashed: f.trashed },
        { name: "Соглашения", mimeType: FOLDER, parents: [parent], trashed: false },
        "the folder made",
      );
      const plain = api().Files.get(f.id as string);
      assert(
        plain.parents === undefined,
        "without `fields` the answer has only the default fields (no parents)",
      );
    });
  });

  check("a Doc created in a folder and copied into another under a new name keeps its text", () => {
    scratch((folder, made) => {
      const other = api().Files.create({ name: "B", mimeType: FOLDER, parents: [folder] }, NO_MEDIA, {
        fields: "id",
      }).id as string;
      made.push(other);
      const source = newDoc("Шаблон", folder, "Соглашение {{наставник.фио}} $1", made);
      const copy = api().Files.copy({ name: "Соглашение № 1", parents: [other] }, source, {
        fields: "id,name,parents,mimeType",
      });
      made.push(copy.id as string);
      assertEqual(
        { name: copy.name, parents: copy.parents, mimeType: copy.mimeType },
        { name: "Соглашение № 1", parents: [other], mimeType: DOC },
        "the copy",
      );
      assertEqual(
        DocumentApp.openById(copy.id as string)
          .getBody()
          .getText(),
        "Соглашение {{наставник.фио}} $1",
        "the copy's text",
      );
    });
  });

  check("search by exact name and parent finds the one file, quotes escaped, trashed ones left out", () => {
    scratch((folder, made) => {
      const name = "Приказ № 1 «О'Нил»";
      const id = newDoc(name, folder, "x", made);
      newDoc(`${name} (2)`, folder, "x", made);
      const query = `name = ${q(name)} and ${q(folder)} in parents and trashed = false`;
      const found = api().Files.list({ q: query, fields: "files(id,name)" });
      assertEqual(found.files, [{ id, name }], "found by name and parent");
      api().Files.update({ trashed: true }, id);
      assertEqual(api().Files.list({ q: query, fields: "files(id)" }).files, [], "not found once trashed");
    });
  });

  check(
    "a description given at create is listed back with its file (built-in templates carry their tag so)",
    () => {
      scratch((folder, made) => {
        const name = "Соглашение — шаблон";
        const description = "Шаблон надстройки «Наставничество» / Mentoring add-on template: 1a2b";
        const id = api().Files.create({ name, mimeType: DOC, parents: [folder], description }, NO_MEDIA, {
          fields: "id",
        }).id as string;
        made.push(id);
        const untagged = newDoc(name, folder, "x", made);
        const query = `name = ${q(name)} and ${q(folder)} in parents and mimeType = '${DOC}' and trashed = false`;
        const found = api().Files.list({ q: query, fields: "files(id,description)" }).files ?? [];
        assertEqual(
          found.find((f) => f.id === id),
          { id, description },
          "the tagged one, with its description",
        );
        assert(
          found.some((f) => f.id === untagged && !f.description),
          "the other one, without a description",
        );
      });
    },
  );

  check(
    "a copy keeps its original's description unless the copy's metadata gives one (files.copy patches the copy)",
    () => {
      scratch((folder, made) => {
        const description = "Шаблон надстройки «Наставничество» / Mentoring add-on template: 3c4d";
        const source = api().Files.create(
          { name: "Шаблон", mimeType: DOC, parents: [folder], description },
          NO_MEDIA,
          {
            fields: "id",
          },
        ).id as string;
        made.push(source);
        const kept = api().Files.copy({ name: "Копия", parents: [folder] }, source, { fields: "id" })
          .id as string;
        made.push(kept);
        const own = "Документ надстройки «Наставничество» / Mentoring add-on document";
        const given = api().Files.copy({ name: "Документ", parents: [folder], description: own }, source, {
          fields: "id",
        }).id as string;
        made.push(given);
        assertEqual(
          api().Files.get(kept, { fields: "description" }).description,
          description,
          "the original's",
        );
        assertEqual(api().Files.get(given, { fields: "description" }).description, own, "the one given");
      });
    },
  );

  check("update renames, trashes and moves (parents only through addParents/removeParents)", () => {
    scratch((folder, made) => {
      const other = api().Files.create({ name: "B", mimeType: FOLDER, parents: [folder] }, NO_MEDIA, {
        fields: "id",
      }).id as string;
      made.push(other);
      const id = newDoc("Было", folder, "x", made);
      api().Files.update({ name: "Было (заменён 25.11.2026)" }, id);
      assertEqual(api().Files.get(id, { fields: "name" }).name, "Было (заменён 25.11.2026)", "renamed");
      assertThrows(
        () => api().Files.update({ parents: [other] }, id),
        /parents field is not directly writable/,
        "parents in the body of an update",
      );
      api().Files.update({}, id, NO_MEDIA, { addParents: other, removeParents: folder });
      assertEqual(api().Files.get(id, { fields: "parents" }).parents, [other], "moved");
      api().Files.update({ trashed: true }, id);
      assertEqual(api().Files.get(id, { fields: "trashed" }).trashed, true, "trashed");
    });
  });

  check("a Doc's PDF is saved into the folder with Files.create", () => {
    scratch((folder, made) => {
      const id = newDoc("Программа", folder, "Индивидуальная программа", made);
      const blob = DocumentApp.openById(id).getAs("application/pdf");
      const pdf = api().Files.create(
        { name: "Программа.pdf", mimeType: "application/pdf", parents: [folder] },
        blob,
        {
          fields: "id,name,mimeType,parents,size",
        },
      );
      made.push(pdf.id as string);
      assertEqual(
        { name: pdf.name, mimeType: pdf.mimeType, parents: pdf.parents },
        { name: "Программа.pdf", mimeType: "application/pdf", parents: [folder] },
        "the PDF",
      );
      assert(Number(pdf.size) > 0, "the PDF has content");
    });
  });

  check("view access is given without a notification and listed", () => {
    scratch((folder, made) => {
      const viewer =
        PropertiesService.getScriptProperties().getProperty("mentor-base.contract.viewer") ??
        "viewer@example.org";
      const id = newDoc("Соглашение", folder, "x", made);
      const p = api().Permissions.create({ type: "user", role: "reader", emailAddress: viewer }, id, {
        sendNotificationEmail: false,
        fields: "id,type,role",
      });
      assertEqual({ type: p.type, role: p.role }, { type: "user", role: "reader" }, "the permission");
      const list = api().Permissions.list(id, { fields: "permissions(role,emailAddress)" });
      assert(
        (list.permissions ?? []).some(
          (x) => x.role === "reader" && x.emailAddress?.toLowerCase() === viewer.toLowerCase(),
        ),
        "the viewer is listed as a reader",
      );
    });
  });

  check("quiet sharing with an address that has no Google account is refused: Google asks to notify", () => {
    scratch((folder, made) => {
      const nobody =
        PropertiesService.getScriptProperties().getProperty("mentor-base.contract.noAccount") ??
        `nobody-${Utilities.getUuid().slice(0, 8)}@mentor-base.invalid`;
      const id = newDoc("Соглашение", folder, "x", made);
      const message = assertThrows(
        () =>
          api().Permissions.create({ type: "user", role: "reader", emailAddress: nobody }, id, {
            sendNotificationEmail: false,
          }),
        /no Google accounts? (is |are )?associated with th(is|ese) email address/i,
        "sharing without a notification",
      );
      assert(message.includes("Notify people"), `Google names the "Notify people" box: ${message}`);
      const list = api().Permissions.list(id, { fields: "permissions(emailAddress)" });
      assert(
        !(list.permissions ?? []).some((x) => x.emailAddress?.toLowerCase() === nobody.toLowerCase()),
        "the address was not given access",
      );
    });
  });

  check(
    "a form made by FormApp.create is the script's own: found in My Drive and moved into a folder",
    () => {
      scratch((folder, made) => {
        const form = FormApp.create("Анкета (контракт)");
        const id = form.getId();
        made.push(id);
        const before = api().Files.get(id, { fields: "id,mimeType,parents" });
        assertEqual(before.mimeType, "application/vnd.google-apps.form", "its mime type");
        const parents = (before.parents ?? []).join(",");
        assert(parents !== "", "the new form has a parent (My Drive)");
        api().Files.update({}, id, NO_MEDIA, { addParents: folder, removeParents: parents });
        assertEqual(api().Files.get(id, { fields: "parents" }).parents, [folder], "moved into the folder");
        assertEqual(FormApp.openById(id).getId(), id, "FormApp still opens it");
      });
    },
  );

  check("a file the add-on did not make is not found (get and copy), in Google's words", () => {
    const foreign =
      PropertiesService.getScriptProperties().getProperty("mentor-base.contract.foreignFile") ??
      "1NotMadeByThisAddOnNorPickedXXXXXXXXXXXXXXXX";
    const get = assertThrows(() => api().Files.get(foreign), /File not found/, "get");
    assert(
      get.includes(`API call to drive.files.get failed with error: File not found: ${foreign}`),
      `get: ${get}`,
    );
    assertThrows(
      () => api().Files.copy({ name: "x" }, foreign),
      /API call to drive\.files\.copy failed with error: File not found/,
      "copy",
    );
  });
});
