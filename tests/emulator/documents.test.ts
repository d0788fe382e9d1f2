import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type EmulatorOptions } from "./index";
import { loadBundle } from "./vmHost";

type Body = GoogleAppsScript.Document.Body;

const START = Date.UTC(2026, 8, 1, 6, 0, 0); // 09:00 in Moscow
const NOT_FOUND =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";

function setup(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  const { DriveApp, DocumentApp } = emu.globals;
  return { emu, DriveApp, DocumentApp };
}

/** A template like the add-on's agreement: heading, placeholders, a table with a header and a template row. */
function makeTemplate(
  DocumentApp: GoogleAppsScript.Document.DocumentApp,
): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create("Шаблон соглашения");
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText("Соглашение о наставничестве");
  body
    .getChild(0)
    .asParagraph()
    .setHeading(DocumentApp.ParagraphHeading.HEADING1)
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph("Наставник: {{наставник.фио}}, ученик: {{ученик.фио}}.");
  body.appendParagraph("Подпись наставника: {{наставник.фио}}");
  const table = body.appendTable([
    ["Мероприятие", "Срок"],
    ["{{мероприятие}}", "{{срок}}"],
  ]);
  table.setBorderWidth(1);
  body.appendParagraph("Конец.");
  return doc;
}

describe("DriveApp: folders and files", () => {
  test("a folder tree is created and found by name; paths, parents and the bound spreadsheet", () => {
    const { emu, DriveApp } = setup();
    const root = DriveApp.getRootFolder();
    expect(root.getName()).toBe("Мой диск");
    expect(root.getParents().hasNext()).toBe(false);
    const base = DriveApp.createFolder("Наставничество");
    const year = base.createFolder("2026/2027");
    const agreements = year.createFolder("Соглашения");
    year.createFolder("Отчёты");

    expect(DriveApp.getFoldersByName("Наставничество").next().getId()).toBe(base.getId());
    expect(DriveApp.getFoldersByName("Нет такой").hasNext()).toBe(false);
    expect(() => DriveApp.getFoldersByName("Нет такой").next()).toThrow(
      "Cannot retrieve the next object: iterator has reached the end.",
    );
    const found = base.getFoldersByName("2026/2027").next().getFoldersByName("Соглашения").next();
    expect(found.getId()).toBe(agreements.getId());
    expect(found.getParents().next().getName()).toBe("2026/2027");
    expect(found.getUrl()).toBe(`https://drive.google.com/drive/folders/${found.getId()}`);
    expect(String(found)).toBe("Соглашения");
    expect(emu.drive.pathOf(agreements.getId())).toEqual(["Наставничество", "2026/2027", "Соглашения"]);

    const names: string[] = [];
    const sub = year.getFolders();
    while (sub.hasNext()) names.push(sub.next().getName());
    expect(names).toEqual(["Соглашения", "Отчёты"]);

    const txt = agreements.createFile("заметка.txt", "Привет");
    expect(txt.getMimeType()).toBe("text/plain");
    expect(txt.getBlob().getDataAsString()).toBe("Привет");
    expect(txt.getSize()).toBe(Buffer.byteLength("Привет"));
    expect(txt.getUrl()).toBe(`https://drive.google.com/file/d/${txt.getId()}/view`);
    expect(emu.drive.pathOf(txt.getId())).toEqual(["Наставничество", "2026/2027", "Соглашения"]);
    expect(DriveApp.getFilesByName("заметка.txt").next().getId()).toBe(txt.getId());
    expect(agreements.getFilesByName("заметка.txt").hasNext()).toBe(true);
    expect(year.getFilesByName("заметка.txt").hasNext()).toBe(false);

    const blobFile = DriveApp.createFile(emu.globals.Utilities.newBlob("a,b", "text/csv", "data.csv"));
    expect(blobFile.getParents().next().getId()).toBe(root.getId());
    expect(blobFile.getMimeType()).toBe("text/csv");
    expect(() => DriveApp.createFile(emu.globals.Utilities.newBlob("x"))).toThrow(
      "Blob object must have non-null name for this operation.",
    );

    const ss = emu.activeSpreadsheet;
    const ssFile = DriveApp.getFileById(ss.getId());
    expect(ssFile.getName()).toBe("База наставничества");
    expect(ssFile.getMimeType()).toBe(emu.globals.MimeType.GOOGLE_SHEETS);
    expect(ssFile.getParents().next().getId()).toBe(root.getId());

    expect(() => DriveApp.getFileById("nope")).toThrow(NOT_FOUND);
    expect(() => DriveApp.getFolderById(txt.getId())).toThrow(NOT_FOUND);
    expect(emu.drive.folders().map((f) => f.name)).toEqual([
      "Мой диск",
      "Наставничество",
      "2026/2027",
      "Соглашения",
      "Отчёты",
    ]);
  });

  test("ids come from the seed: the same seed gives the same ids, spreadsheet ids are unchanged", () => {
    const ids = (seed: number) => {
      const emu = createEmulator({ seed });
      return [
        emu.globals.DriveApp.getRootFolder().getId(),
        emu.globals.DriveApp.createFolder("a").getId(),
        emu.globals.DocumentApp.create("d").getId(),
        emu.activeSpreadsheet.getId(),
      ];
    };
    const [root, folder, doc, ss] = ids(1);
    expect(ids(1)).toEqual([root, folder, doc, ss]);
    expect(ids(2)[2]).not.toBe(doc);
    expect(root).toMatch(/^0A[\w-]{17}$/);
    expect(folder).toMatch(/^1[\w-]{32}$/);
    expect(doc).toMatch(/^1[\w-]{43}$/);
    expect(ss).toBe(createEmulator({ seed: 1 }).activeSpreadsheet.getId());
  });

  test("trash, move, add/remove parents; listings include trashed items as Google's do", () => {
    const { emu, DriveApp } = setup();
    const a = DriveApp.createFolder("A");
    const b = DriveApp.createFolder("B");
    const file = a.createFile("f.txt", "x");
    file.moveTo(b);
    expect(a.getFiles().hasNext()).toBe(false);
    expect(b.getFiles().next().getId()).toBe(file.getId());
    a.addFile(file);
    expect(emu.drive.files().find((f) => f.id === file.getId())?.parents).toEqual([b.getId(), a.getId()]);
    a.removeFile(file);
    b.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(DriveApp.getFileById(file.getId()).getName()).toBe("f.txt");
    expect(DriveApp.getFilesByName("f.txt").hasNext()).toBe(true);
    b.setTrashed(false);
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(b.isTrashed()).toBe(false);
    expect(() => DriveApp.getRootFolder().setTrashed(true)).toThrow(/^Access denied/);
    expect(() => b.moveTo("A" as never)).toThrow(
      "The parameters (String) don't match the method signature for DriveApp.Folder.moveTo.",
    );
    expect(() => a.moveTo(a)).toThrow(/Invalid argument: destination/);
  });
});

describe("File.makeCopy and the content of copied documents", () => {
  test("a copy into a folder with a name has the content and is independent afterwards", () => {
    const { emu, DriveApp, DocumentApp } = setup();
    const template = makeTemplate(DocumentApp);
    const folder = DriveApp.createFolder("Соглашения");
    const copy = DriveApp.getFileById(template.getId()).makeCopy("Соглашение — Иванов", folder);
    expect(copy.getName()).toBe("Соглашение — Иванов");
    expect(copy.getMimeType()).toBe("application/vnd.google-apps.document");
    expect(copy.getParents().next().getId()).toBe(folder.getId());
    expect(copy.getUrl()).toBe(`https://docs.google.com/document/d/${copy.getId()}/edit`);
    expect(emu.docs.text(copy.getId())).toBe(emu.docs.text(template.getId()));

    const doc = DocumentApp.openById(copy.getId());
    doc.getBody().replaceText("\\{\\{наставник\\.фио\\}\\}", "Петрова А. А.");
    doc.saveAndClose();
    expect(emu.docs.text(copy.getId())).toContain("Наставник: Петрова А. А., ученик: {{ученик.фио}}.");
    expect(emu.docs.text(template.getId())).toContain("Наставник: {{наставник.фио}}");

    template.getBody().appendParagraph("Добавлено в шаблон");
    expect(emu.docs.text(copy.getId())).not.toContain("Добавлено в шаблон");
  });

  test("makeCopy() keeps the name and the folder; makeCopy(name) and makeCopy(folder); bad arguments", () => {
    const { DriveApp, DocumentApp } = setup();
    const folder = DriveApp.createFolder("Шаблоны");
    const source = DriveApp.getFileById(DocumentApp.create("Шаблон").getId());
    source.moveTo(folder);
    const same = source.makeCopy();
    expect(same.getName()).toBe("Шаблон");
    expect(same.getParents().next().getId()).toBe(folder.getId());
    expect(source.makeCopy("Другое имя").getName()).toBe("Другое имя");
    const root = DriveApp.getRootFolder();
    expect(source.makeCopy(root).getParents().next().getId()).toBe(root.getId());
    expect(() => source.makeCopy(folder as never, "x" as never)).toThrow(
      "The parameters (DriveApp.Folder,String) don't match the method signature for DriveApp.File.makeCopy.",
    );
    expect(() => source.makeCopy("a", "b" as never)).toThrow(
      "The parameters (String,String) don't match the method signature for DriveApp.File.makeCopy.",
    );
  });
});

describe("Body.replaceText and findText", () => {
  test("escaped regex specials and Cyrillic; every match; within tables; the replacement is literal", () => {
    const { emu, DocumentApp } = setup();
    const doc = makeTemplate(DocumentApp);
    const body = doc.getBody();
    body.replaceText("\\{\\{наставник\\.фио\\}\\}", "Петрова А. А.");
    body.replaceText("\\{\\{мероприятие\\}\\}", "Встреча");
    body.replaceText("\\{\\{срок\\}\\}", "до 01.10.2026");
    const text = emu.docs.text(doc.getId());
    expect(text).toBe(
      [
        "Соглашение о наставничестве",
        "Наставник: Петрова А. А., ученик: {{ученик.фио}}.",
        "Подпись наставника: Петрова А. А.",
        "Мероприятие\nСрок",
        "Встреча\nдо 01.10.2026",
        "", // the paragraph Google adds after a table appended last
        "Конец.",
      ].join("\n"),
    );
    expect(body.getText()).toBe(text);
    // An unescaped "." matches any character; "$1" and "$&" are inserted as typed.
    body.replaceText("ученик: \\{\\{(ученик).фио\\}\\}", "ученик: $1 $&");
    expect(body.getParagraphs()[1]?.getText()).toBe("Наставник: Петрова А. А., ученик: $1 $&.");
    // Flags and RE2-unsupported syntax are refused.
    expect(() => body.replaceText("(?=x)", "y")).toThrow(/Invalid regular expression/);
    expect(() => body.replaceText("(a)\\1", "y")).toThrow(/Invalid regular expression/);
    expect(() => body.replaceText("(?i)конец", "y")).toThrow(/Invalid regular expression/);
    // ^ and $ anchor at each paragraph.
    body.replaceText("^Конец\\.$", "Финал.");
    expect(body.getParagraphs().at(-1)?.getText()).toBe("Финал.");
  });

  test("a pattern never matches across paragraphs; findText gives the Text element and offsets", () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create("d").getBody();
    body.getChild(0).asParagraph().setText("начало {{поле");
    body.appendParagraph("}} конец {{поле}}");
    body.replaceText("\\{\\{поле\\}\\}", "X");
    body.replaceText("поле\\n\\}\\}", "Y");
    body.replaceText("поле[\\s\\S]*\\}\\}", "Z");
    expect(body.getText()).toBe("начало {{поле\n}} конец X");

    const found = body.findText("конец");
    expect(found).not.toBeNull();
    expect(found.getElement().getType()).toBe(DocumentApp.ElementType.TEXT);
    expect(found.getElement().asText().getText()).toBe("}} конец X");
    expect(found.getStartOffset()).toBe(3);
    expect(found.getEndOffsetInclusive()).toBe(7);
    expect(found.isPartial()).toBe(true);
    expect(body.findText("\\{\\{", found)).toBeNull();
    const first = body.findText("\\{\\{");
    expect(first.getStartOffset()).toBe(7);
    expect(body.findText("\\{\\{", first)).toBeNull();
    expect(body.findText("нет такого")).toBeNull();
  });

  test("replaceText on one paragraph, a table, a row and a cell only touches that element", () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create("d").getBody();
    body.getChild(0).asParagraph().setText("X вне таблицы");
    const table = body.appendTable([
      ["X1", "X2"],
      ["X3", "X4"],
    ]);
    table.getRow(0).replaceText("X", "R");
    table.getCell(1, 1).replaceText("X", "C");
    expect(table.getText()).toBe("R1\nR2\nX3\nC4");
    table.replaceText("X", "T");
    expect(body.getText()).toBe("X вне таблицы\nR1\nR2\nT3\nC4\n");
    body.getParagraphs()[0]?.replaceText("X", "P");
    expect(body.getParagraphs()[0]?.getText()).toBe("P вне таблицы");
  });
});

describe("Document structure", () => {
  test("a template row is copied, filled and inserted for each item, then removed", () => {
    const { emu, DocumentApp } = setup();
    const doc = makeTemplate(DocumentApp);
    const table = doc.getBody().getTables()[0] as GoogleAppsScript.Document.Table;
    expect(table.getNumRows()).toBe(2);
    const template = table.getRow(1);
    const items = [
      ["Знакомство", "сентябрь"],
      ["Открытый урок", "октябрь"],
      ["Итоги", "май"],
    ];
    items.forEach(([what, when], i) => {
      const row = template.copy();
      row.replaceText("\\{\\{мероприятие\\}\\}", what as string);
      row.replaceText("\\{\\{срок\\}\\}", when as string);
      table.insertTableRow(2 + i, row);
    });
    table.removeRow(1);
    expect(table.getNumRows()).toBe(4);
    expect(table.getRow(3).getCell(0).getText()).toBe("Итоги");
    expect(table.getCell(1, 1).getText()).toBe("сентябрь");
    expect(table.getRow(1).getParentTable().getNumRows()).toBe(4);
    expect(table.getCell(1, 0).getParentRow().getNumCells()).toBe(2);
    expect(emu.docs.text(doc.getId())).toContain(
      "Мероприятие\nСрок\nЗнакомство\nсентябрь\nОткрытый урок\nоктябрь",
    );
    expect(() => table.insertTableRow(1, table.getRow(1))).toThrow("Element must be detached.");
    expect(() => table.getRow(9)).toThrow(
      "Child index (9) must be less than the number of child elements (4).",
    );
    const appended = table.appendTableRow();
    appended.appendTableCell("a");
    appended.appendTableCell("b");
    expect(table.getRow(4).getText()).toBe("a\nb");
    const structure = emu.docs.structure(doc.getId());
    expect(structure.type).toBe("BODY_SECTION");
  });

  test("paragraphs are removed; the last paragraph of the body cannot be", () => {
    const { emu, DocumentApp } = setup();
    const doc = makeTemplate(DocumentApp);
    const body = doc.getBody();
    const optional = body.getParagraphs().find((p) => p.getText().startsWith("Подпись"));
    optional?.removeFromParent();
    expect(emu.docs.text(doc.getId())).not.toContain("Подпись");
    const last = body.getChild(body.getNumChildren() - 1);
    expect(last.isAtDocumentEnd()).toBe(true);
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.removeChild(last)).toThrow("Can't remove the last paragraph in a document section.");
    const before = body.getNumChildren();
    body.removeChild(body.getChild(1));
    expect(body.getNumChildren()).toBe(before - 1);
    const first = body.getChild(0);
    expect(body.getChildIndex(first)).toBe(0);
    expect(first.getNextSibling()?.getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(body.getChildIndex(first.getNextSibling())).toBe(1);
    expect(first.getPreviousSibling()).toBeNull();
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe("");
  });

  test("headings, alignment and bold are kept and rendered in emu.docs.html, escaped", () => {
    const { emu, DocumentApp } = setup();
    const doc = makeTemplate(DocumentApp);
    const body = doc.getBody();
    const p = body.appendParagraph("Важно: <не> & «так»");
    p.editAsText().setBold(0, 5, true);
    const right = body.appendParagraph("Директор");
    right.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    right.setAttributes({ [String(DocumentApp.Attribute.BOLD)]: true });
    expect(right.editAsText().isBold()).toBe(true);
    expect(p.editAsText().isBold()).toBeNull();
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.editAsText().isBold(7)).toBe(false);
    expect(body.getChild(0).asParagraph().getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(body.getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(body.getTables()[0]?.getBorderWidth()).toBe(1);

    const html = emu.docs.html(doc.getId());
    expect(html).toContain('<h1 style="text-align:center">Соглашение о наставничестве</h1>');
    expect(html).toContain("<p><b>Важно:</b> &lt;не&gt; &amp; «так»</p>");
    expect(html).toContain('<p style="text-align:right"><b>Директор</b></p>');
    expect(html).toContain("border:1pt solid #000000");
    expect(html).not.toContain("<не>");
    expect(html).not.toMatch(/<script/i);

    const structure = emu.docs.structure(doc.getId());
    expect(structure.type).toBe("BODY_SECTION");
    const children = structure.type === "BODY_SECTION" ? structure.children : [];
    expect(children[0]).toMatchObject({ type: "PARAGRAPH", heading: "HEADING1", alignment: "CENTER" });
    expect(children.at(-1)).toMatchObject({
      type: "PARAGRAPH",
      alignment: "RIGHT",
      runs: [{ text: "Директор", BOLD: true }],
    });
    expect(children[3]).toMatchObject({ type: "TABLE", borderWidth: 1, rows: [{ type: "TABLE_ROW" }, {}] });
  });

  test("a table appended or inserted last is followed by an empty paragraph, as Google adds one", () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create("Таблица").getBody();
    const types = () =>
      Array.from({ length: body.getNumChildren() }, (_, i) => String(body.getChild(i).getType()));
    const table = body.appendTable([["a", "b"]]);
    expect(types()).toEqual(["PARAGRAPH", "TABLE", "PARAGRAPH"]);
    expect(body.getChild(2).asParagraph().getText()).toBe("");
    expect(body.getChildIndex(table)).toBe(1);
    expect(body.getText()).toBe("\na\nb\n");
    // What is appended next goes after that paragraph, which stays.
    body.appendParagraph("после");
    expect(types()).toEqual(["PARAGRAPH", "TABLE", "PARAGRAPH", "PARAGRAPH"]);
    expect(body.getText()).toBe("\na\nb\n\nпосле");
    // A table inserted in the middle gets none; one inserted at the end does, and so does a copy appended.
    body.insertTable(1, [["x"]]);
    expect(types()).toEqual(["PARAGRAPH", "TABLE", "TABLE", "PARAGRAPH", "PARAGRAPH"]);
    body.insertTable(body.getNumChildren(), table.copy());
    expect(types().slice(-2)).toEqual(["TABLE", "PARAGRAPH"]);
    body.appendTable(table.copy());
    expect(types().slice(-2)).toEqual(["TABLE", "PARAGRAPH"]);
    // That paragraph is the body's last, so it cannot be removed; the table before it can.
    const last = body.getChild(body.getNumChildren() - 1);
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.getChild(body.getNumChildren() - 2).removeFromParent();
    expect(types().slice(-2)).toEqual(["PARAGRAPH", "PARAGRAPH"]);
    // A table cell is left as it is (not confirmed for cells).
    const cell = table.getCell(0, 0);
    cell.appendTable([["вложенная"]]);
    expect(cell.getNumChildren()).toBe(2);
    expect(String(cell.getChild(1).getType())).toBe("TABLE");
  });

  test("a newline in a paragraph's or list item's text becomes a line break (\\r), as Google documents", () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create("Строки").getBody();
    const p = body.appendParagraph("первая\nвторая");
    expect(p.getText()).toBe("первая\rвторая");
    expect(body.getNumChildren()).toBe(2);
    p.setText("a\nb");
    expect(p.getText()).toBe("a\rb");
    expect(body.appendListItem("x\ny").getText()).toBe("x\ry");
    expect(body.insertParagraph(0, "1\n2").getText()).toBe("1\r2");
    expect(body.getText()).toBe("1\r2\n\na\rb\nx\ry");
  });

  test("a new document has one empty paragraph; appendParagraph joins with a newline", () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create("Пустой");
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    body.appendParagraph("p1");
    expect(body.getText()).toBe("\np1");
    expect(() => body.appendParagraph(body.getChild(1).asParagraph())).toThrow("Element must be detached.");
    body.appendParagraph(body.getChild(1).asParagraph().copy());
    expect(body.getText()).toBe("\np1\np1");
    expect(() => body.getChild(0).asTable()).toThrow(/Cannot convert Paragraph to Table/);
    expect((body as unknown as Record<string, unknown>).getNumRows).toBeUndefined();
  });
});

describe("Document lifecycle and conversions", () => {
  test("after saveAndClose the Document and its elements refuse further use; openById sees the writes", () => {
    const { emu, DocumentApp } = setup();
    const doc = DocumentApp.create("Черновик");
    const id = doc.getId();
    const body: Body = doc.getBody();
    body.appendParagraph("сохранено");
    doc.saveAndClose();
    const closed = "Document is closed, its contents cannot be updated.";
    // The id still answers (as Google's does); the content does not.
    expect(doc.getId()).toBe(id);
    expect(() => doc.getBody()).toThrow(closed);
    expect(() => body.appendParagraph("потеряно")).toThrow(closed);
    expect(() => doc.saveAndClose()).toThrow(closed);
    const again = DocumentApp.openById(id);
    expect(again.getBody().getText()).toBe("\nсохранено");
    const byUrl = DocumentApp.openByUrl(`https://docs.google.com/document/d/${id}/edit`);
    expect(byUrl.getName()).toBe("Черновик");
    expect(() => DocumentApp.openById("missing")).toThrow(
      "Document missing is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(() => DocumentApp.openById(emu.activeSpreadsheet.getId())).toThrow(/is missing/);
    // Another execution sees the saved text too.
    expect(emu.execution.run(() => DocumentApp.openById(id).getBody().getText())).toBe("\nсохранено");
  });

  test("getAs(PDF) gives <name>.pdf with the document's text; other conversions throw", () => {
    const { emu, DriveApp, DocumentApp } = setup();
    const doc = makeTemplate(DocumentApp);
    doc.setName("Соглашение 2026");
    const pdf = doc.getAs(emu.globals.MimeType.PDF);
    expect(pdf.getName()).toBe("Соглашение 2026.pdf");
    expect(pdf.getContentType()).toBe("application/pdf");
    const content = pdf.getDataAsString();
    expect(content.startsWith("%PDF-")).toBe(true);
    expect(content).toContain("Соглашение о наставничестве");
    expect(content).toContain("Мероприятие\nСрок");

    const file = DriveApp.getFileById(doc.getId());
    expect(file.getAs("application/pdf").getDataAsString()).toBe(content);
    expect(file.getBlob().getContentType()).toBe("application/pdf");
    file.setName("Акт.12.2026");
    expect(file.getAs("application/pdf").getName()).toBe("Акт.12.pdf");
    expect(file.getAs("text/markdown").getDataAsString()).toContain("# Соглашение о наставничестве");
    expect(() => file.getAs("image/png")).toThrow(
      "Converting from application/vnd.google-apps.document to image/png is not supported.",
    );
    const folder = DriveApp.createFolder("PDF");
    const saved = folder.createFile(file.getAs(emu.globals.MimeType.PDF));
    expect(saved.getName()).toBe("Акт.12.pdf");
    expect(saved.getMimeType()).toBe("application/pdf");
  });

  test("sharing: access and permission, viewers, editors, commenters, invalid email", () => {
    const { emu, DriveApp, DocumentApp } = setup({ user: { email: "curator@school.ru", locale: "ru" } });
    const file = DriveApp.getFileById(DocumentApp.create("Общий").getId());
    expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.NONE);
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
    expect(emu.drive.files().find((f) => f.id === file.getId())?.sharing).toEqual({
      access: "ANYONE_WITH_LINK",
      permission: "VIEW",
    });
    file.addViewer("mentor@school.ru").addEditor("deputy@school.ru").addCommenter("parent@mail.ru");
    file.addViewer("deputy@school.ru");
    expect(emu.drive.files().find((f) => f.id === file.getId())).toMatchObject({
      editors: ["deputy@school.ru"],
      commenters: ["parent@mail.ru"],
      viewers: ["mentor@school.ru"],
    });
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(["mentor@school.ru", "parent@mail.ru"]);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(["curator@school.ru", "deputy@school.ru"]);
    expect(file.getOwner().getEmail()).toBe("curator@school.ru");
    expect(() => file.addViewer("not an email")).toThrow("Invalid email: not an email");
    expect(() => file.addEditor("a@b")).toThrow("Invalid email: a@b");
    expect(() => file.setSharing("ANYONE" as never, DriveApp.Permission.VIEW)).toThrow(/don't match/);
    file.setDescription("Соглашение");
    expect(file.getDescription()).toBe("Соглашение");
    expect(file.getDateCreated().getTime()).toBeLessThanOrEqual(file.getLastUpdated().getTime());
  });
});

describe("quota, faults, accounting and time", () => {
  test("the daily quota of created documents: exact message, nothing created, resets the next day", () => {
    const { emu, DriveApp, DocumentApp } = setup({ quotas: { docsCreatedPerDay: 3 }, start: START });
    const template = DriveApp.getFileById(DocumentApp.create("Шаблон").getId());
    template.makeCopy("Копия 1");
    DriveApp.createFile("не документ.txt", "x").makeCopy("и это не документ.txt");
    template.makeCopy("Копия 2");
    expect(emu.drive.quotaUsed()).toBe(3);
    const filesBefore = emu.drive.files().length;
    const message = "Service invoked too many times for one day: docs create.";
    expect(() => template.makeCopy("Копия 3")).toThrow(message);
    expect(() => DocumentApp.create("Новый")).toThrow(message);
    try {
      DocumentApp.create("Новый");
    } catch (e) {
      expect(String(e)).toBe(`Exception: ${message}`);
    }
    expect(emu.drive.files().length).toBe(filesBefore);
    expect(DriveApp.getFilesByName("Копия 3").hasNext()).toBe(false);
    // 23:59 in Moscow is still the same day; midnight starts a new one.
    emu.clock.set(Date.UTC(2026, 8, 1, 20, 59));
    expect(() => DocumentApp.create("Новый")).toThrow(message);
    emu.clock.set(Date.UTC(2026, 8, 1, 21, 0));
    expect(emu.drive.quotaUsed()).toBe(0);
    expect(template.makeCopy("Копия 3").getName()).toBe("Копия 3");
    expect(emu.drive.quotaUsed()).toBe(1);
  });

  test("the default quota is 250 documents a day", () => {
    const { emu, DocumentApp } = setup({ callCostMs: { DocumentApp: 0 } });
    for (let i = 0; i < 250; i++) DocumentApp.create(`Документ ${i}`);
    expect(() => DocumentApp.create("251")).toThrow(
      "Service invoked too many times for one day: docs create.",
    );
    expect(emu.drive.quotaUsed()).toBe(250);
  });

  test("faults.failNth on makeCopy: that call throws and copies nothing", () => {
    const { emu, DriveApp, DocumentApp } = setup();
    const template = DriveApp.getFileById(DocumentApp.create("Шаблон").getId());
    emu.faults.failNth({ service: "DriveApp", method: "makeCopy", n: 3 });
    template.makeCopy("1");
    template.makeCopy("2");
    const before = emu.drive.files().length;
    expect(() => template.makeCopy("3")).toThrow("Service error: DriveApp (File.makeCopy)");
    expect(emu.drive.files().length).toBe(before);
    expect(emu.drive.quotaUsed()).toBe(3);
    expect(template.makeCopy("3").getName()).toBe("3");
    emu.faults.failNth({ method: "Body.replaceText", n: 1, message: "Ошибка Docs" });
    const body = DocumentApp.openById(template.getId()).getBody();
    expect(() => body.replaceText("a", "b")).toThrow("Ошибка Docs");
  });

  test("every call counts under its service and method and costs its virtual time", () => {
    const { emu, DriveApp, DocumentApp } = setup({ start: START });
    const templateId = DocumentApp.create("Шаблон").getId();
    emu.calls.reset();
    const t0 = emu.clock.now();
    const copy = DriveApp.getFileById(templateId).makeCopy("Копия");
    expect(emu.clock.now() - t0).toBe(120);
    const copyId = copy.getId();
    const t1 = emu.clock.now();
    const doc = DocumentApp.openById(copyId);
    const body = doc.getBody();
    body.appendParagraph("x").setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.replaceText("x", "y");
    doc.saveAndClose();
    expect(emu.clock.now() - t1).toBe(80 + 2 + 2 + 2 + 2 + 80);
    const files = DriveApp.getFilesByName("Копия");
    while (files.hasNext()) files.next().getName();
    expect(emu.calls.byMethod()).toEqual({
      "Body.appendParagraph": 1,
      "Body.replaceText": 1,
      "Document.getBody": 1,
      "Document.saveAndClose": 1,
      "DocumentApp.openById": 1,
      "DriveApp.getFileById": 1,
      "DriveApp.getFilesByName": 1,
      "File.getId": 1,
      "File.getName": 1,
      "File.makeCopy": 1,
      "FileIterator.hasNext": 2,
      "FileIterator.next": 1,
      "Paragraph.setHeading": 1,
    });
    expect(emu.calls.total("DriveApp")).toBe(8);
    expect(emu.calls.total("DocumentApp")).toBe(6);
    // Enum reads and the test helpers are free.
    emu.calls.reset();
    void DocumentApp.ParagraphHeading.TITLE;
    void DriveApp.Access.PRIVATE;
    emu.docs.html(copyId);
    emu.drive.files();
    expect(emu.calls.total()).toBe(0);
  });

  test("callCostMs overrides DriveApp, DocumentApp and docElement", () => {
    const { emu, DocumentApp } = setup({ callCostMs: { DocumentApp: 500, docElement: 10, DriveApp: 1 } });
    const t0 = emu.clock.now();
    DocumentApp.create("d").getBody().appendParagraph("p");
    expect(emu.clock.now() - t0).toBe(520);
    const t1 = emu.clock.now();
    emu.globals.DriveApp.getRootFolder();
    expect(emu.clock.now() - t1).toBe(1);
  });

  test("the execution time limit stops a long document loop", () => {
    const { emu, DriveApp, DocumentApp } = setup({ executionLimitMs: 10_000 });
    const template = DriveApp.getFileById(DocumentApp.create("Шаблон").getId());
    const folder = DriveApp.createFolder("Соглашения");
    let made = 0;
    expect(() =>
      emu.execution.run(() => {
        for (let i = 0; i < 100; i++) {
          const copy = template.makeCopy(`Соглашение ${i}`, folder);
          const doc = DocumentApp.openById(copy.getId());
          doc.getBody().replaceText("x", "y");
          doc.saveAndClose();
          made++;
        }
      }),
    ).toThrow("Exceeded maximum execution time");
    expect(made).toBeGreaterThan(10);
    expect(made).toBeLessThan(100);
    expect(emu.execution.elapsedMs()).toBeGreaterThan(10_000);
  });
});

describe("in a loadBundle context", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "emu-docs-"));
    writeFileSync(
      join(dir, "Code.js"),
      `
function makeAgreement(name) {
  var folder = DriveApp.createFolder("Соглашения");
  var doc = DocumentApp.create(name);
  var body = doc.getBody();
  var first = body.getChild(0).asParagraph();
  first.setText("Наставник: {{фио}}"); // Paragraph.setText returns nothing, as in Google
  first.setHeading(DocumentApp.ParagraphHeading.HEADING2);
  body.replaceText("\\\\{\\\\{фио\\\\}\\\\}", "Петрова");
  var found = body.findText("Петрова");
  var attrs = body.getChild(0).getAttributes();
  var id = doc.getId();
  doc.saveAndClose();
  var file = DriveApp.getFileById(id);
  file.moveTo(folder);
  return {
    id: id,
    offsets: [found.getStartOffset(), found.getEndOffsetInclusive()],
    attrsIsObject: attrs instanceof Object,
    heading: attrs[DocumentApp.Attribute.HEADING] === DocumentApp.ParagraphHeading.HEADING2,
    created: file.getDateCreated() instanceof Date,
    mime: file.getMimeType() === MimeType.GOOGLE_DOCS,
  };
}
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("DocumentApp, DriveApp and MimeType are globals of the bundle and values cross the realm", () => {
    const emu = createEmulator();
    const host = loadBundle(dir, emu);
    const result = host.call("makeAgreement", "Соглашение") as Record<string, unknown>;
    expect(result).toMatchObject({
      offsets: [11, 17],
      attrsIsObject: true,
      heading: true,
      created: true,
      mime: true,
    });
    const id = result.id as string;
    expect(emu.docs.text(id)).toBe("Наставник: Петрова");
    expect(emu.drive.pathOf(id)).toEqual(["Соглашения"]);
  });
});
