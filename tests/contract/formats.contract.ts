/**
 * Notes and backgrounds written in bulk, one call per range, as the check's marks are.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object) ("a
 * two-dimensional array of notes … must match the dimensions of the range"; null removes a note),
 * #setBackgrounds(String) (colours in CSS notation; the dimensions must match the range), #getNotes(),
 * #getBackgrounds() (colour codes such as "#ffffff").
 */
import { assertEqual, assertThrows, suite } from "./kit";
import { withSheet } from "./scratch";

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
});
