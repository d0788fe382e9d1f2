/**
 * Protection as the base sets it: a warning-only sheet, and protected ranges listed and removed.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/protection (setWarningOnly,
 * isWarningOnly, setDescription, getRange, remove), https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
 * and #getProtections(ProtectionType), https://developers.google.com/apps-script/reference/spreadsheet/range#protect().
 * A sheet protection's range has no A1 notation: observed live by tanaikech/gas-fakes (test/testsheetspermissions.js).
 */
import { assert, assertEqual, suite } from "./kit";
import { withSheet } from "./scratch";

export default suite("Защита / Protection", (check) => {
  check("a sheet protected warning-only reads back as warning-only, with its description", () =>
    withSheet((sheet) => {
      const protection = sheet.protect().setDescription("Только куратор").setWarningOnly(true);
      try {
        const [listed, ...rest] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
        assert(listed && rest.length === 0, "one sheet protection");
        assertEqual(listed.isWarningOnly(), true, "warning-only");
        assertEqual(listed.getDescription(), "Только куратор", "the description");
        assert(listed.canEdit(), "the owner can edit");
      } finally {
        protection.remove();
      }
      assertEqual(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length, 0, "none after remove()");
    }),
  );

  check("a protected range is listed with its range and removed", () =>
    withSheet((sheet) => {
      const protection = sheet.getRange("A1:C1").protect().setDescription("Заголовки").setWarningOnly(true);
      const mine = () =>
        sheet
          .getProtections(SpreadsheetApp.ProtectionType.RANGE)
          .filter((p) => p.getRange().getSheet().getSheetId() === sheet.getSheetId());
      assertEqual(
        mine().map((p) => [p.getRange().getA1Notation(), p.getDescription(), p.isWarningOnly()]),
        [["A1:C1", "Заголовки", true]],
        "the sheet's range protections",
      );
      protection.remove();
      assertEqual(mine().length, 0, "none after remove()");
    }),
  );

  check("a new protection has an empty description; a range's reads back in the A1 it was made from", () =>
    withSheet((sheet) => {
      // The base finishes a protection a cut run left (ours by its range, without our description yet).
      const header = sheet.getRange("1:1").protect();
      const ids = sheet.getRange("A2:A1000").protect();
      assertEqual([header.getDescription(), ids.getDescription()], ["", ""], "the new descriptions");
      const listed = sheet
        .getProtections(SpreadsheetApp.ProtectionType.RANGE)
        .map((p) => p.getRange().getA1Notation())
        .sort();
      assertEqual(listed, ["1:1", "A2:A1000"], "the ranges' A1 notations");
      header.remove();
      ids.remove();
    }),
  );

  check("protect() on a protected sheet gives its protection; its range spans the sheet, with no A1", () =>
    withSheet((sheet) => {
      const first = sheet.protect().setDescription("лист надстройки").setWarningOnly(true);
      try {
        const again = sheet.protect();
        assertEqual(again.getDescription(), "лист надстройки", "the existing protection's description");
        assertEqual(
          sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
          1,
          "one sheet protection",
        );
        const range = again.getRange();
        assertEqual(
          [range.getNumRows(), range.getNumColumns()],
          [sheet.getMaxRows(), sheet.getMaxColumns()],
          "the range's size",
        );
        assertEqual(range.getA1Notation(), "", "the range's A1 notation");
      } finally {
        first.remove();
      }
    }),
  );

  check("a protected range grows when a row is inserted inside it", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:B3").protect().setWarningOnly(true);
      sheet.insertRowAfter(1);
      const [p] = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      assert(p, "the protection is still there");
      assertEqual(p.getRange().getA1Notation(), "A1:B4", "its range");
      p.remove();
    }),
  );
});
