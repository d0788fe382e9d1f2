/**
 * Notes and backgrounds written in bulk, one call per range, as the check's marks are.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object) ("a
 * two-dimensional array of notes … must match the dimensions of the range"; null removes a note),
 * #setBackgrounds(String) (colours in CSS notation; the dimensions must match the range), #getNotes(),
 * #getBackgrounds() (colour codes such as "#ffffff"). A tab made from a blank styled one:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)
 * ("template: All data from the template sheet object is copied to the new sheet").
 */
import { assertEqual, assertThrows, suite } from "./kit";
import { uniqueName, withSheet } from "./scratch";

export default suite("Заметки и фон / Notes and backgrounds in bulk", (check) => {
  check("setNotes writes a grid of notes, null and empty string leave none", () =>
    withSheet((sheet) => {
      const range = sheet.getRange("A1:B2");
      range.setNotes([
        ["Ошибка: пустое поле", null],
        ["", "Проверьте дату"],
      ]);
      assertEqual(
        range.getNotes(),
        [
          ["Ошибка: пустое поле", ""],
          ["", "Проверьте дату"],
        ],
        "the notes",
      );
      assertEqual(sheet.getRange("B2").getNote(), "Проверьте дату", "one cell's note");
    }),
  );

  check("setBackgrounds writes a grid of colours, read back as lower-case #rrggbb; null resets", () =>
    withSheet((sheet) => {
      const range = sheet.getRange("A1:B1");
      range.setBackgrounds([["#f4cccc", "#fff2cc"]]);
      assertEqual(range.getBackgrounds(), [["#f4cccc", "#fff2cc"]], "the colours");
      range.setBackgrounds([[null as unknown as string, "#fff2cc"]]);
      assertEqual(range.getBackgrounds(), [["#ffffff", "#fff2cc"]], "after a null");
    }),
  );

  check("a grid of the wrong shape throws (rows, then columns) and changes nothing", () =>
    withSheet((sheet) => {
      const range = sheet.getRange("A1:B2");
      assertThrows(() => range.setNotes([["x", "y"]]), /rows/i, "setNotes with one row for two");
      assertThrows(
        () => range.setBackgrounds([["#ff0000"], ["#ff0000"]]),
        /columns/i,
        "setBackgrounds one column",
      );
      assertEqual(
        range.getNotes(),
        [
          ["", ""],
          ["", ""],
        ],
        "no note written",
      );
      assertEqual(
        range.getBackgrounds(),
        [
          ["#ffffff", "#ffffff"],
          ["#ffffff", "#ffffff"],
        ],
        "no colour written",
      );
    }),
  );

  check(
    "insertSheet with a template copies its frozen row and its header row's style; the two stay apart",
    () =>
      withSheet((template) => {
        template.setFrozenRows(1);
        template.getRange("1:1").setFontWeight("bold").setBackground("#dde6f5").setWrap(true);
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const copy = ss.insertSheet(uniqueName("contract"), template.getIndex(), { template });
        try {
          assertEqual(copy.getFrozenRows(), 1, "frozen rows");
          const header = copy.getRange("A1:C1");
          assertEqual(header.getFontWeights(), [["bold", "bold", "bold"]], "bold");
          assertEqual(header.getBackgrounds(), [["#dde6f5", "#dde6f5", "#dde6f5"]], "background");
          assertEqual(header.getWraps(), [[true, true, true]], "wrap");
          assertEqual(copy.getRange("A2").getFontWeight(), "normal", "row 2 as new");
          copy.getRange("A1").setValue("только в копии");
          assertEqual(template.getRange("A1").getValue(), "", "the template keeps its own cells");
        } finally {
          ss.deleteSheet(copy);
        }
      }),
  );
});
