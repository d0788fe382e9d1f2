/**
 * Developer metadata on columns: the add-on finds its columns by keys kept on whole columns, so the keys must
 * follow a column that moves. Google: https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String)
 * and the Sheets API's DeveloperMetadata ("will remain associated at those locations as they move around and
 * the spreadsheet is edited … If the associated object is deleted its metadata is deleted too"),
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata;
 * Sheet.moveColumns: https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer).
 * The table's key on its sheet, found with a finder: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * (withKey, withLocationType, find) and https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
 * (getSheet/getColumn: null unless the location is of that type).
 */
import { assert, assertEqual, suite } from "./kit";
import { uniqueName, withSheet } from "./scratch";

/** The column numbers holding metadata with this key on this sheet. */
function columnsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string): number[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .map((m) => {
      const column = m.getLocation().getColumn();
      assert(column, `metadata ${key} on a column`);
      return column.getColumn();
    });
}

export default suite("Метаданные столбцов / Developer metadata on columns", (check) => {
  check("metadata on a whole column reads back with its key, value and location", () =>
    withSheet((sheet) => {
      const key = uniqueName("mb.col").replace(" ", ".");
      sheet.getRange("B:B").addDeveloperMetadata(key, "email");
      const [found, ...rest] = sheet.createDeveloperMetadataFinder().withKey(key).find();
      assert(found && rest.length === 0, "exactly one metadata with the key");
      assertEqual(found.getValue(), "email", "the value");
      const type = found.getLocation().getLocationType();
      assert(
        type === SpreadsheetApp.DeveloperMetadataLocationType.COLUMN,
        `a COLUMN location, got ${String(type)}`,
      );
      assertEqual(columnsOf(sheet, key), [2], "the column");
    }),
  );

  check("a column inserted before moves the metadata right with its column", () =>
    withSheet((sheet) => {
      const key = uniqueName("mb.col").replace(" ", ".");
      sheet.getRange("B:B").addDeveloperMetadata(key, "email");
      sheet.getRange("B1").setValue("E-mail");
      sheet.insertColumnBefore(1);
      assertEqual(columnsOf(sheet, key), [3], "the column after an insert before it");
      assertEqual(sheet.getRange("C1").getValue(), "E-mail", "the header moved with it");
    }),
  );

  check("a column moved elsewhere keeps its metadata (Sheet.moveColumns)", () =>
    withSheet((sheet) => {
      const key = uniqueName("mb.col").replace(" ", ".");
      sheet.getRange("A1:D1").setValues([["a", "b", "c", "d"]]);
      sheet.getRange("B:B").addDeveloperMetadata(key, "b");
      // Move column B to before column E: a, c, d, b.
      sheet.moveColumns(sheet.getRange("B:B"), 5);
      assertEqual(sheet.getRange("A1:D1").getValues(), [["a", "c", "d", "b"]], "the headers after the move");
      assertEqual(columnsOf(sheet, key), [4], "the metadata's column after the move");
    }),
  );

  check(
    "a sheet's key is found across the spreadsheet by key and SHEET location; its location is the sheet",
    () =>
      withSheet((sheet) => {
        const key = uniqueName("mb.table").replace(" ", ".");
        sheet.addDeveloperMetadata(key, "mentors");
        sheet.getRange("C:C").addDeveloperMetadata(key, "column");
        const found = SpreadsheetApp.getActiveSpreadsheet()
          .createDeveloperMetadataFinder()
          .withKey(key)
          .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
          .find();
        assertEqual(
          found.map((m) => m.getValue()),
          ["mentors"],
          "only the sheet's metadata",
        );
        const location = found[0]!.getLocation();
        assertEqual(location.getSheet()?.getSheetId(), sheet.getSheetId(), "the location's sheet");
        assertEqual(location.getColumn(), null, "no column for a SHEET location");
        const columns = sheet
          .createDeveloperMetadataFinder()
          .withKey(key)
          .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
          .find();
        assertEqual(
          columns.map((m) => [
            m.getValue(),
            m.getLocation().getColumn()?.getColumn(),
            m.getLocation().getSheet(),
          ]),
          [["column", 3, null]],
          "the column's metadata: value, column, no sheet location",
        );
      }),
  );

  check("deleting the column deletes its metadata", () =>
    withSheet((sheet) => {
      const key = uniqueName("mb.col").replace(" ", ".");
      sheet.getRange("C:C").addDeveloperMetadata(key, "gone");
      sheet.deleteColumn(3);
      assertEqual(columnsOf(sheet, key), [], "no metadata left with the key");
    }),
  );
});
