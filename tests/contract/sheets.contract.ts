/**
 * Sheets and ranges as the base's adapter (src/gas/sheets.ts) uses them: where a new tab goes, which sheet is
 * which by its id, an empty tab's extent, growing the grid before writing past it, ranges got in one list and
 * styled together, number formats compared with what was set.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
 * ("sheetIndex: the index of the newly created sheet. To insert a sheet as the first one in the spreadsheet, set
 * it to 0"), #getSheetId() and #getSheetName() (the active sheet's), #getSheetById(Integer);
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex() (position, from 1),
 * #getLastRow(), #getLastColumn() ("the last row/column that has content"), #insertColumnsAfter(Integer,Integer),
 * #insertRowsAfter(Integer,Integer), #getMaxColumns(), #getMaxRows(), #getRangeList(String),
 * #getColumnWidth(Integer), #setColumnWidths(Integer,Integer,Integer) (a new sheet's columns are 100 px wide:
 * Sheets' default, checked here); a template copy's widths: #insertSheet(String,Integer,Object) ("template: All
 * data from the template sheet object is copied to the new sheet").
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list (getRanges, setFontWeight,
 * setBackground, setWrap, setNumberFormat: each returns the RangeList);
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String) and
 * #getNumberFormats().
 */
import { assert, assertEqual, suite } from "./kit";
import { uniqueName, withSheet } from "./scratch";

export default suite("Листы и диапазоны / Sheets and ranges", (check) => {
  check("an empty sheet's last row and last column are 0", () =>
    withSheet((sheet) => {
      assertEqual(
        [sheet.getLastRow(), sheet.getLastColumn()],
        [0, 0],
        "last row and column of an empty sheet",
      );
      sheet.getRange("C2").setValue("x");
      assertEqual([sheet.getLastRow(), sheet.getLastColumn()], [2, 3], "after writing C2");
    }),
  );

  check("insertSheet(name, index) puts the sheet at that index counted from 0 (getIndex counts from 1)", () =>
    withSheet((first) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      // Right after the scratch sheet: index (from 0) = the scratch sheet's position (from 1).
      const at = first.getIndex();
      const next = ss.insertSheet(uniqueName("contract"), at);
      try {
        assertEqual(next.getIndex(), at + 1, "the new sheet's position");
        assertEqual(
          ss.getSheets()[at]?.getSheetId(),
          next.getSheetId(),
          "getSheets()[index] is the new sheet",
        );
        assert(next.getSheetId() !== first.getSheetId(), "a new sheet id");
      } finally {
        ss.deleteSheet(next);
      }
    }),
  );

  check("a sheet keeps its id: found again by it in getSheets() and getSheetById, also after a rename", () =>
    withSheet((sheet) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const id = sheet.getSheetId();
      assertEqual(typeof id, "number", "the id's type");
      sheet.setName(uniqueName("renamed"));
      assertEqual(sheet.getSheetId(), id, "the id after a rename");
      const again = ss.getSheets().filter((s) => s.getSheetId() === id);
      assertEqual(
        again.map((s) => s.getName()),
        [sheet.getName()],
        "the one sheet of getSheets() with that id",
      );
      assertEqual(ss.getSheetById(id)?.getName(), sheet.getName(), "getSheetById");
    }),
  );

  check("Spreadsheet.getSheetId and getSheetName answer for the active sheet", () =>
    withSheet((sheet) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      sheet.activate();
      assertEqual(ss.getSheetId(), sheet.getSheetId(), "getSheetId");
      assertEqual(ss.getSheetName(), sheet.getName(), "getSheetName");
    }),
  );

  check("inserting columns and rows after the last ones grows the grid", () =>
    withSheet((sheet) => {
      const columns = sheet.getMaxColumns();
      const rows = sheet.getMaxRows();
      sheet.insertColumnsAfter(columns, 3);
      sheet.insertRowsAfter(rows, 2);
      assertEqual([sheet.getMaxColumns(), sheet.getMaxRows()], [columns + 3, rows + 2], "the grid's size");
      sheet.getRange(rows + 2, columns + 3).setValue("край");
      assertEqual(
        sheet.getRange(rows + 2, columns + 3).getValue(),
        "край",
        "the last new cell holds a value",
      );
    }),
  );

  check("a template copy of a blank sheet has the grid of a sheet inserted without one", () =>
    withSheet((plain) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const copy = ss.insertSheet(uniqueName("contract"), plain.getIndex(), { template: plain });
      try {
        assertEqual(
          [copy.getMaxRows(), copy.getMaxColumns()],
          [plain.getMaxRows(), plain.getMaxColumns()],
          "rows and columns",
        );
      } finally {
        ss.deleteSheet(copy);
      }
    }),
  );

  check(
    "a new sheet's columns are 100 pixels wide; setColumnWidths sets a run and leaves its neighbours",
    () =>
      withSheet((sheet) => {
        assertEqual([sheet.getColumnWidth(1), sheet.getColumnWidth(4)], [100, 100], "default widths");
        sheet.setColumnWidths(2, 2, 180);
        assertEqual(
          [1, 2, 3, 4].map((c) => sheet.getColumnWidth(c)),
          [100, 180, 180, 100],
          "B:C set, A and D untouched",
        );
      }),
  );

  check("a template copy has the template's column widths; setting the copy's leaves the template's", () =>
    withSheet((template) => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      template.setColumnWidths(1, 1, 80);
      template.setColumnWidths(4, 1, 180);
      const copy = ss.insertSheet(uniqueName("contract"), template.getIndex(), { template });
      try {
        assertEqual(
          [1, 2, 3, 4].map((c) => copy.getColumnWidth(c)),
          [80, 100, 100, 180],
          "the copy's widths",
        );
        copy.setColumnWidths(4, 1, 100);
        assertEqual(copy.getColumnWidth(4), 100, "set back to the default");
        assertEqual(template.getColumnWidth(4), 180, "the template keeps its own");
      } finally {
        ss.deleteSheet(copy);
      }
    }),
  );

  check(
    "getRangeList gives the ranges in the order asked, whole rows and columns kept open; setters chain",
    () =>
      withSheet((sheet) => {
        const list = sheet.getRangeList(["C:C", "1:1", "A2:B5", "D7"]);
        assertEqual(
          list.getRanges().map((r) => r.getA1Notation()),
          ["C:C", "1:1", "A2:B5", "D7"],
          "the ranges' A1 notations",
        );
        sheet.getRangeList(["1:1", "C:C"]).setFontWeight("bold").setBackground("#dde6f5").setWrap(true);
        assertEqual(sheet.getRange("F1").getFontWeight(), "bold", "row 1 bold");
        assertEqual(sheet.getRange("C9").getBackground(), "#dde6f5", "column C coloured");
        assertEqual(sheet.getRange("A1:A2").getWraps(), [[true], [false]], "wrap on row 1 only (column A)");
        assertEqual(sheet.getRange("B2").getFontWeight(), "normal", "B2 untouched");
      }),
  );

  check("number formats read back exactly as set (@, 0, dd.MM.yyyy), one range or a list", () =>
    withSheet((sheet) => {
      sheet.getRange("A2:A4").setNumberFormat("@");
      sheet.getRangeList(["B2:B4", "D2:D4"]).setNumberFormat("dd.MM.yyyy");
      sheet.getRange("C2:C4").setNumberFormat("0");
      assertEqual(
        sheet.getRange("A2:D2").getNumberFormats(),
        [["@", "dd.MM.yyyy", "0", "dd.MM.yyyy"]],
        "row 2's formats",
      );
      assertEqual(sheet.getRange("D4").getNumberFormat(), "dd.MM.yyyy", "the list's last cell");
    }),
  );

  check(
    "a selection of several ranges reads back as the active range list, in order; the last is the active range",
    () =>
      withSheet((sheet) => {
        sheet.activate();
        sheet.getRangeList(["A3:C4", "B7", "A9:A10"]).activate();
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        assertEqual(ss.getActiveSheet().getSheetId(), sheet.getSheetId(), "the active sheet");
        const rows = (list: GoogleAppsScript.Spreadsheet.RangeList | null) =>
          (list ? list.getRanges() : []).map((r) => [r.getRow(), r.getLastRow()]);
        assertEqual(
          rows(sheet.getActiveRangeList()),
          [
            [3, 4],
            [7, 7],
            [9, 10],
          ],
          "the sheet's active ranges' rows",
        );
        assertEqual(
          rows(ss.getActiveRangeList()),
          [
            [3, 4],
            [7, 7],
            [9, 10],
          ],
          "the spreadsheet's, the same",
        );
        assertEqual(ss.getActiveRange()?.getA1Notation(), "A9:A10", "the active range is the last selected");
        sheet.getRange("B5:C6").activate();
        assertEqual(rows(sheet.getActiveRangeList()), [[5, 6]], "one range selected: the list is that range");
      }),
  );
});
