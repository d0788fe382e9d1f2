/**
 * Google Docs as the documents feature uses them: a template's content copied into a new Doc, {{fields}} replaced
 * by patterns (values holding `$` and regular-expression characters), a table row repeated per item, PDF export.
 * Google: https://developers.google.com/apps-script/reference/document/body#replaceText(String,String) ("The
 * search pattern is passed as a string, not a JavaScript regular expression object … uses Google's RE2 regular
 * expression library … independently matched against each text block"; the replacement is "the text to use as
 * replacement"), https://developers.google.com/apps-script/reference/document/table-row#copy() ("a detached,
 * deep copy"), https://developers.google.com/apps-script/reference/document/table#insertTableRow(Integer,TableRow),
 * https://developers.google.com/apps-script/reference/document/document#getAs(String) (PDF),
 * https://developers.google.com/apps-script/reference/document/document-app#create(String).
 * Files are made with DocumentApp (the add-on runs under drive.file, without DriveApp) and trashed through the
 * advanced Drive service when the project has it; otherwise docs/live-tests.md says how to clear them.
 */
import { assert, assertEqual, assertThrows, suite } from "./kit";
import { trashIfPossible, uniqueName } from "./scratch";

type Doc = GoogleAppsScript.Document.Document;

/** Escapes a field name the way src/gas/documents.ts does, into a pattern for replaceText. */
function fieldPattern(raw: string): string {
  return `\\{\\{${raw.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")}\\}\\}`;
}

/** Makes a Doc, runs fn on it and trashes it when the project can. */
function withDoc<T>(fn: (doc: Doc) => T): T {
  const doc = DocumentApp.create(uniqueName("Контракт"));
  const id = doc.getId();
  try {
    return fn(doc);
  } finally {
    trashIfPossible(id);
  }
}

/** The types of the body's children, by name. */
function types(body: GoogleAppsScript.Document.Body): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) out.push(String(body.getChild(i).getType()));
  return out;
}

/** The texts of the body's own paragraphs that are not empty (Docs may add an empty paragraph after a table). */
function paragraphs(body: GoogleAppsScript.Document.Body): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) continue;
    const text = child.asParagraph().getText();
    if (text !== "") out.push(text);
  }
  return out;
}

export default suite("Документы Google / Google Docs", (check) => {
  check("DocumentApp.create gives a Doc with one empty paragraph", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      assertEqual(body.getNumChildren(), 1, "children of a new body");
      assertEqual(body.getText(), "", "its text");
      assert(
        /^https:\/\/docs\.google\.com\/document\/d\//.test(doc.getUrl()),
        `a Docs URL, got ${doc.getUrl()}`,
      );
    }),
  );

  check("a template's paragraphs and table copy into another Doc (Element.copy + append)", () =>
    withDoc((template) =>
      withDoc((target) => {
        const tb = template.getBody();
        tb.getParagraphs()[0]!.setText("Соглашение № {{номер}}");
        tb.appendTable([
          ["Наставник", "{{наставник.фио}}"],
          ["Наставляемый", "{{наставляемый.фио}}"],
        ]);
        tb.appendParagraph("Подписи");
        const body = target.getBody();
        const n = tb.getNumChildren();
        for (let i = 0; i < n; i++) {
          const child = tb.getChild(i).copy();
          const type = child.getType();
          if (type === DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(child.asParagraph());
          else if (type === DocumentApp.ElementType.TABLE) body.appendTable(child.asTable());
        }
        body.removeChild(body.getChild(0)); // the new Doc's own empty paragraph
        assertEqual(paragraphs(body), ["Соглашение № {{номер}}", "Подписи"], "the paragraphs copied");
        const [table, ...more] = body.getTables();
        assert(table && more.length === 0, "one table copied");
        assertEqual(table.getCell(1, 1).getText(), "{{наставляемый.фио}}", "a copied cell");
        tb.getTables()[0]!.getCell(1, 1).setText("изменено");
        assertEqual(table.getCell(1, 1).getText(), "{{наставляемый.фио}}", "the copy is independent");
      }),
    ),
  );

  check("replaceText takes a pattern: an escaped {{field.name}} matches only itself", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      body.getParagraphs()[0]!.setText("ФИО: {{наставник.фио}}; не поле: {{наставникXфио}}");
      body.replaceText(fieldPattern("наставник.фио"), "Петрова Мария");
      assertEqual(body.getText(), "ФИО: Петрова Мария; не поле: {{наставникXфио}}", "the text after");
    }),
  );

  check("replaceText inserts $ and regex characters in the value as typed", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      body.getParagraphs()[0]!.setText("Сумма: {{сумма}}. Итог: {{итог}}");
      body.replaceText(fieldPattern("сумма"), "$1 500 (в т.ч. $&) [a-z]* \\1");
      body.replaceText(fieldPattern("итог"), "100$");
      assertEqual(body.getText(), "Сумма: $1 500 (в т.ч. $&) [a-z]* \\1. Итог: 100$", "the text after");
    }),
  );

  check("replaceText matches inside each paragraph, not across paragraphs", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      body.getParagraphs()[0]!.setText("{{a");
      body.appendParagraph("b}} и {{a}}");
      body.replaceText(fieldPattern("a"), "X");
      assertEqual(paragraphs(body), ["{{a", "b}} и X"], "the paragraphs after");
    }),
  );

  check("a table row copied and inserted repeats the row; the template row is then removed", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      const table = body.appendTable([
        ["№", "ФИО"],
        ["{{п.номер}}", "{{п.фио}}"],
        ["Итого", ""],
      ]);
      const items = [
        ["1", "Иванов И. И."],
        ["2", "Сидорова $ А. А."],
      ];
      const templateRow = table.getRow(1);
      items.forEach(([no, name], k) => {
        const row = table.insertTableRow(2 + k, templateRow.copy());
        row.replaceText(fieldPattern("п.номер"), no!);
        row.replaceText(fieldPattern("п.фио"), name!);
      });
      table.removeRow(1);
      assertEqual(table.getNumRows(), 4, "rows after");
      const cells: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const texts: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) texts.push(row.getCell(c).getText());
        cells.push(texts);
      }
      assertEqual(
        cells,
        [
          ["№", "ФИО"],
          ["1", "Иванов И. И."],
          ["2", "Сидорова $ А. А."],
          ["Итого", ""],
        ],
        "the cells",
      );
    }),
  );

  check("Table.getText separates cells with a line break", () =>
    withDoc((doc) => {
      const table = doc.getBody().appendTable([["a", "b"]]);
      assertEqual(table.getText(), "a\nb", "the table's text");
    }),
  );

  check("a table appended last is followed by an empty paragraph; what is appended next goes after it", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      body.getParagraphs()[0]!.setText("Заголовок");
      const table = body.appendTable([["a", "b"]]);
      assertEqual(types(body), ["PARAGRAPH", "TABLE", "PARAGRAPH"], "children after appendTable");
      assertEqual(body.getChild(2).asParagraph().getText(), "", "the paragraph after the table");
      assertEqual(body.getText(), "Заголовок\na\nb\n", "the body's text");
      const next = table.getNextSibling();
      assert(
        next !== null && next.getType() === DocumentApp.ElementType.PARAGRAPH,
        "a paragraph after the table",
      );
      body.appendParagraph("Подписи");
      assertEqual(
        types(body),
        ["PARAGRAPH", "TABLE", "PARAGRAPH", "PARAGRAPH"],
        "children after appendParagraph",
      );
      assertEqual(body.getText(), "Заголовок\na\nb\n\nПодписи", "the body's text after");
    }),
  );

  check("the paragraph after a table appended last cannot be removed, and setText fills it in place", () =>
    withDoc((doc) => {
      const body = doc.getBody();
      const table = body.appendTable([["a"]]);
      const after = table.getNextSibling()!.asParagraph();
      assertThrows(() => after.removeFromParent(), /last paragraph/i, "removing the body's last paragraph");
      after.setText("Подписи");
      assertEqual(types(body), ["PARAGRAPH", "TABLE", "PARAGRAPH"], "children after setText");
      assertEqual(body.getText(), "\na\nПодписи", "the body's text");
      table.removeFromParent();
      assertEqual(types(body), ["PARAGRAPH", "PARAGRAPH"], "children after the table is removed");
    }),
  );

  check("a saved Doc exports as PDF (application/pdf, named after the Doc)", () =>
    withDoc((doc) => {
      const name = doc.getName();
      const id = doc.getId();
      doc.getBody().getParagraphs()[0]!.setText("Приказ");
      doc.saveAndClose();
      const blob = DocumentApp.openById(id).getAs("application/pdf");
      assertEqual(blob.getContentType(), "application/pdf", "the content type");
      assertEqual(blob.getName(), `${name}.pdf`, "the blob's name");
      assert(blob.getBytes().length > 0, "some bytes");
    }),
  );

  check("Document.getId still answers after saveAndClose", () => {
    const doc = DocumentApp.create(uniqueName("Контракт"));
    const id = doc.getId();
    try {
      doc.saveAndClose();
      assertEqual(doc.getId(), id, "getId after saveAndClose");
    } finally {
      trashIfPossible(id);
    }
  });
});
