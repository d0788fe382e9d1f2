/**
 * Ranges and typed values: what getValues and getDisplayValues give back for what setValues wrote.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() ("values of type
 * Number, Boolean, Date, or String, depending on the value of the cell. Empty cells are represented by an empty
 * string"), #getDisplayValues() (strings), #setValues(Object) (the data must match the range's dimensions).
 */
import { assert, assertEqual, assertThrows, suite } from "./kit";
import { withSheet } from "./scratch";

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export default suite("Диапазоны и типы значений / Ranges and typed values", (check) => {
  check("numbers, booleans and text come back with their types", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:E1").setValues([[42, 3.5, true, false, "Иванова Анна"]]);
      const row = sheet.getRange("A1:E1").getValues()[0]!;
      assertEqual(
        row.map((v) => typeof v),
        ["number", "number", "boolean", "boolean", "string"],
        "the types read back",
      );
      assertEqual(row, [42, 3.5, true, false, "Иванова Анна"], "the values read back");
    }),
  );

  check("empty cells read as empty strings, in getValues and getDisplayValues", () =>
    withSheet((sheet) => {
      sheet.getRange("B2").setValue("x");
      assertEqual(
        sheet.getRange("A1:C2").getValues(),
        [
          ["", "", ""],
          ["", "x", ""],
        ],
        "getValues",
      );
      assertEqual(
        sheet.getRange("A1:C2").getDisplayValues(),
        [
          ["", "", ""],
          ["", "x", ""],
        ],
        "getDisplayValues",
      );
    }),
  );

  check("a Date comes back as a Date at the same instant", () =>
    withSheet((sheet) => {
      const when = new Date(Date.UTC(2026, 8, 1, 9, 30, 0));
      sheet.getRange("A1").setValue(when);
      const back = sheet.getRange("A1").getValue();
      assert(isDate(back), `a Date back, got ${typeof back}`);
      assertEqual(back.getTime(), when.getTime(), "the instant");
    }),
  );

  check("getDisplayValues gives strings, a date by its number format", () =>
    withSheet((sheet) => {
      const tz = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      const when = new Date(Date.UTC(2026, 8, 1, 9, 0, 0));
      sheet.getRange("A1:C1").setValues([[42, "текст", when]]);
      sheet.getRange("C1").setNumberFormat("yyyy-mm-dd");
      const shown = sheet.getRange("A1:C1").getDisplayValues()[0]!;
      assertEqual(
        shown.map((v) => typeof v),
        ["string", "string", "string"],
        "every display value is a string",
      );
      assertEqual(shown, ["42", "текст", Utilities.formatDate(when, tz, "yyyy-MM-dd")], "what is shown");
    }),
  );

  check("plain-text format (@) keeps digits with leading zeros as text", () =>
    withSheet((sheet) => {
      const cell = sheet.getRange("A1");
      cell.setNumberFormat("@");
      cell.setValue("007");
      assertEqual(cell.getValue(), "007", "the value");
      assertEqual(cell.getNumberFormat(), "@", "the number format");
    }),
  );

  check("setValues with the wrong number of rows or columns throws and writes nothing", () =>
    withSheet((sheet) => {
      const range = sheet.getRange("A1:B2");
      assertThrows(() => range.setValues([[1, 2]]), /rows/i, "one row for a two-row range");
      assertThrows(() => range.setValues([[1], [2]]), /columns/i, "one column for a two-column range");
      assertEqual(
        range.getValues(),
        [
          ["", ""],
          ["", ""],
        ],
        "nothing written",
      );
    }),
  );

  check("a string starting with = is a formula, getFormulas returns it", () =>
    withSheet((sheet) => {
      sheet.getRange("A1").setValues([["=1+1"]]);
      assertEqual(sheet.getRange("A1").getFormulas(), [["=1+1"]], "getFormulas");
    }),
  );
});
