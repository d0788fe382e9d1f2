/**
 * Data validation as the base sets it and reads it back: dropdown lists, checkboxes, dates.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * (requireValueInList(values, showDropdown), requireCheckbox(), requireDate(), setAllowInvalid: "The default
 * for new data validation rules is true", setHelpText),
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation (getCriteriaType,
 * getCriteriaValues: "the rule's criteria values … an array of arguments appropriate to the criteria type"),
 * https://developers.google.com/apps-script/reference/spreadsheet/range#insertCheckboxes() ("unchecked").
 */
import { assert, assertEqual, suite } from "./kit";
import { withSheet } from "./scratch";

export default suite("Проверка данных / Data validation", (check) => {
  check("a dropdown list reads back as VALUE_IN_LIST with its values and the dropdown flag", () =>
    withSheet((sheet) => {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(["да", "нет"], true)
        .setAllowInvalid(false)
        .setHelpText("Выберите да или нет")
        .build();
      sheet.getRange("A2:A5").setDataValidation(rule);
      const back = sheet.getRange("A3").getDataValidation();
      assert(back, "a rule on A3");
      const type = back.getCriteriaType();
      assert(
        type === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
        `VALUE_IN_LIST, got ${String(type)}`,
      );
      assertEqual(back.getCriteriaValues(), [["да", "нет"], true], "the criteria values");
      assertEqual(back.getAllowInvalid(), false, "allow invalid");
      assertEqual(back.getHelpText(), "Выберите да или нет", "the help text");
      assertEqual(sheet.getRange("A1").getDataValidation(), null, "no rule outside the range");
    }),
  );

  check("getDataValidations gives one rule (or null) per cell", () =>
    withSheet((sheet) => {
      sheet.getRange("B1").setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
      const rules = sheet.getRange("A1:B1").getDataValidations();
      assertEqual(rules.length, 1, "rows");
      assertEqual(rules[0]!.length, 2, "columns");
      assertEqual(rules[0]![0], null, "A1 has none");
      const type = rules[0]![1]?.getCriteriaType();
      assert(
        type === SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE,
        `a date rule, got ${String(type)}`,
      );
    }),
  );

  check("checkboxes: the rule is CHECKBOX and the cells start unchecked (false)", () =>
    withSheet((sheet) => {
      const range = sheet.getRange("C2:C4");
      range.insertCheckboxes();
      const rule = sheet.getRange("C3").getDataValidation();
      assert(rule, "a rule on C3");
      const type = rule.getCriteriaType();
      assert(type === SpreadsheetApp.DataValidationCriteria.CHECKBOX, `CHECKBOX, got ${String(type)}`);
      assertEqual(range.getValues(), [[false], [false], [false]], "the values");
      sheet.getRange("C3").check();
      assertEqual(sheet.getRange("C3").isChecked(), true, "C3 checked");
      assertEqual(range.getValues(), [[false], [true], [false]], "the values after check()");
    }),
  );

  // The Sheets adapter appends after the last row a person typed in, not getLastRow(): a column of unticked boxes
  // holds values (false), so it counts for getLastRow(). An empty string written over a box keeps the box.
  check("unticked boxes count for getLastRow(); a box written over with an empty string stays a box", () =>
    withSheet((sheet) => {
      sheet.getRange("A1").setValue("заголовок");
      sheet.getRange("E2:E9").insertCheckboxes();
      assertEqual(sheet.getLastRow(), 9, "the last row");
      sheet.getRange("E5").setValue("");
      const rule = sheet.getRange("E5").getDataValidation();
      assert(rule, "a rule on E5");
      assert(rule.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.CHECKBOX, "still a checkbox");
    }),
  );

  check("a checkbox rule from the builder has no criteria values", () =>
    withSheet((sheet) => {
      sheet.getRange("D1").setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
      const rule = sheet.getRange("D1").getDataValidation();
      assert(rule, "a rule on D1");
      assertEqual(rule.getCriteriaValues(), [], "the criteria values");
    }),
  );

  check("a date-after rule keeps its date", () =>
    withSheet((sheet) => {
      const from = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
      sheet
        .getRange("E1")
        .setDataValidation(SpreadsheetApp.newDataValidation().requireDateAfter(from).build());
      const rule = sheet.getRange("E1").getDataValidation();
      assert(rule, "a rule on E1");
      const type = rule.getCriteriaType();
      assert(type === SpreadsheetApp.DataValidationCriteria.DATE_AFTER, `DATE_AFTER, got ${String(type)}`);
      const [date] = rule.getCriteriaValues() as [Date];
      assert(Object.prototype.toString.call(date) === "[object Date]", "a Date criterion");
      const tz = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      assertEqual(
        Utilities.formatDate(date, tz, "yyyy-MM-dd"),
        Utilities.formatDate(from, tz, "yyyy-MM-dd"),
        "the day",
      );
    }),
  );

  check("one builder makes several rules: each keeps the criteria it was built with", () =>
    withSheet((sheet) => {
      // The base builds its dropdowns and checkboxes from one builder (src/gas/sheets.ts, rule()).
      const builder = SpreadsheetApp.newDataValidation();
      const list = builder.requireValueInList(["да", "нет"], true).build();
      const box = builder.requireCheckbox().build();
      const other = builder.requireValueInList(["весна"], true).build();
      sheet.getRange("A1:C1").setDataValidations([[list, box, other]]);
      builder.requireValueInList(["потом"], true);
      const back = sheet.getRange("A1:C1").getDataValidations()[0] ?? [];
      assertEqual(
        back.map((r) => (r ? [String(r.getCriteriaType()), r.getCriteriaValues()] : null)),
        [
          ["VALUE_IN_LIST", [["да", "нет"], true]],
          ["CHECKBOX", []],
          ["VALUE_IN_LIST", [["весна"], true]],
        ],
        "the three rules read back",
      );
    }),
  );

  check("a rule from a new builder warns rather than rejects (allowInvalid is true by default)", () =>
    withSheet((sheet) => {
      sheet
        .getRange("G1")
        .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["да", "нет"]).build());
      const rule = sheet.getRange("G1").getDataValidation();
      assert(rule, "a rule on G1");
      assertEqual(rule.getAllowInvalid(), true, "allow invalid");
    }),
  );

  check("a script may write a value the rule refuses (validation binds people, not scripts)", () =>
    withSheet((sheet) => {
      const cell = sheet.getRange("F1");
      cell.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(["да", "нет"]).setAllowInvalid(false).build(),
      );
      cell.setValue("может быть");
      assertEqual(cell.getValue(), "может быть", "the value written");
    }),
  );
});
