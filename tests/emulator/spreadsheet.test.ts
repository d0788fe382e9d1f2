import { createEmulator } from "./index";

function setup() {
  const emu = createEmulator();
  const { SpreadsheetApp } = emu.globals;
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheets()[0]!;
  return { emu, SpreadsheetApp, ss, sheet };
}

const NBSP = "\u00a0";

describe("spreadsheets and sheets", () => {
  test("a new spreadsheet has one 1000×26 sheet named Лист1 with id 0", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    expect(ss.getSheets()).toHaveLength(1);
    expect(sheet.getName()).toBe("Лист1");
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(ss.getSpreadsheetLocale()).toBe("ru_RU");
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/Moscow");
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(SpreadsheetApp.openById(ss.getId()).getName()).toBe(ss.getName());
    const other = SpreadsheetApp.create("Отчёт");
    expect(other.getId()).not.toBe(ss.getId());
    expect(SpreadsheetApp.getActive().getId()).toBe(ss.getId());
    expect(() => SpreadsheetApp.openById("nope")).toThrow(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
  });

  test("insertSheet places, activates and refuses duplicate names like Google", () => {
    const { ss } = setup();
    const b = ss.insertSheet("Наставники");
    const a = ss.insertSheet("Первый", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Первый", "Лист1", "Наставники"]);
    expect(a.getIndex()).toBe(1);
    expect(b.getIndex()).toBe(3);
    expect(ss.getActiveSheet().getName()).toBe("Первый");
    expect(b.getMaxRows()).toBe(1000);
    expect(() => ss.insertSheet("Наставники")).toThrow(
      'A sheet with the name "Наставники" already exists. Please enter another name.',
    );
    expect(() => a.setName("Лист1")).toThrow(
      'A sheet with the name "Лист1" already exists. Please enter another name.',
    );
    expect(ss.insertSheet().getName()).toBe("Лист4");
    expect(ss.getSheetByName("Нет такого")).toBeNull();
    expect(ss.getSheetById(b.getSheetId())?.getName()).toBe("Наставники");
    ss.deleteSheet(b);
    expect(ss.getSheetByName("Наставники")).toBeNull();
    expect(() => b.getName()).toThrow();
  });

  test("Spreadsheet.getSheetId and getSheetName answer for the active sheet", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    expect([ss.getSheetId(), ss.getSheetName()]).toEqual([0, "Лист1"]);
    const second = ss.insertSheet("Наставники");
    expect([ss.getSheetId(), ss.getSheetName()]).toEqual([second.getSheetId(), "Наставники"]);
    expect(second.getSheetId()).not.toBe(0);
    sheet.activate();
    expect([ss.getSheetId(), ss.getSheetName()]).toEqual([0, "Лист1"]);
    second.setName("Наставляемые");
    ss.setActiveSheet(second);
    expect(SpreadsheetApp.getActive().getSheetName()).toBe("Наставляемые");
    ss.deleteSheet(second);
    expect(ss.getSheetName()).toBe("Лист1");
  });

  test("copyTo copies cells and layout into another spreadsheet", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    sheet.getRange("A1:B1").setValues([["Шаблон", 1]]);
    sheet.getRange("A1").setNote("n").setBackground("#cccccc");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 300);
    const target = SpreadsheetApp.create("Цель");
    const copy = sheet.copyTo(target);
    expect(copy.getName()).toBe("Копия Лист1");
    expect(copy.getParent().getId()).toBe(target.getId());
    expect(copy.getRange("A1:B1").getValues()).toEqual([["Шаблон", 1]]);
    expect(copy.getRange("A1").getNote()).toBe("n");
    expect(copy.getRange("A1").getBackground()).toBe("#cccccc");
    expect([copy.getFrozenRows(), copy.getColumnWidth(1)]).toEqual([1, 300]);
    copy.getRange("A1").setValue("другое");
    expect(sheet.getRange("A1").getValue()).toBe("Шаблон");
    expect(sheet.copyTo(ss).getName()).toBe("Копия Лист1");
    expect(sheet.copyTo(ss).getName()).toBe("Копия Лист1 2");
  });

  test("the last sheet cannot be deleted or hidden", () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const second = ss.insertSheet("Второй");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(second.isSheetHidden()).toBe(false);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test("layout: frozen rows/columns, widths, hidden columns, tab colour", () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getFrozenColumns()).toBe(1);
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setColumnWidth(3, 240);
    expect(sheet.getColumnWidth(3)).toBe(240);
    sheet.hideColumns(2, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.getTabColor()).toBeNull();
    sheet.setTabColor("RED");
    expect(sheet.getTabColor()).toBe("#ff0000");
  });
});

describe("ranges and A1 notation", () => {
  test("numeric and A1 forms, including whole rows/columns and open ranges", () => {
    const { ss, sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([r.getLastRow(), r.getLastColumn(), r.getA1Notation()]).toEqual([5, 7, "C2:G5"]);
    expect(sheet.getRange("B3").getA1Notation()).toBe("B3");
    expect(sheet.getRange("$B$3:$a$1").getA1Notation()).toBe("A1:B3");
    const col = sheet.getRange("C:C");
    expect([col.getA1Notation(), col.getNumRows(), col.getColumn()]).toEqual(["C:C", 1000, 3]);
    const row = sheet.getRange("2:2");
    expect([row.getA1Notation(), row.getNumColumns(), row.getRow()]).toEqual(["2:2", 26, 2]);
    const open = sheet.getRange("A2:C");
    expect([open.getA1Notation(), open.getNumRows(), open.getNumColumns()]).toEqual(["A2:C", 999, 3]);
    sheet.insertRowsAfter(1000, 5);
    expect(open.getNumRows()).toBe(1004);
    ss.insertSheet("Лист 2");
    const qualified = ss.getRange("'Лист 2'!B2:C3");
    expect(qualified.getSheet().getName()).toBe("Лист 2");
    expect(qualified.getA1Notation()).toBe("B2:C3");
    ss.setActiveSheet(sheet);
    expect(ss.getRange("D4").getSheet().getName()).toBe("Лист1");
  });

  test("Google's errors for bad coordinates", () => {
    const { ss, sheet } = setup();
    const outside = "The coordinates of the range are outside the dimensions of the sheet.";
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(outside);
    expect(() => sheet.getRange("A1001")).toThrow(outside);
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
    expect(() => ss.getRange("'Нет листа'!A1")).toThrow("Range not found");
  });

  test("offset, getCell, data range, last row and column, range lists", () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("B2:C4").setValues([
      [1, 2],
      [3, 4],
      [5, ""],
    ]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C4");
    const r = sheet.getRange("B2:C4");
    expect(r.offset(1, 1).getA1Notation()).toBe("C3:D5");
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(r.getCell(3, 1).getValue()).toBe(5);
    expect(() => r.getCell(4, 1)).toThrow("Cell reference out of range");
    const list = sheet.getRangeList(["A1", "D1:E2"]);
    list.setBackground("#00ff00").setNote("note").setValue("x").setFontWeight("bold");
    expect(list.getRanges().map((x) => x.getA1Notation())).toEqual(["A1", "D1:E2"]);
    expect(sheet.getRange("E2").getValue()).toBe("x");
    expect(sheet.getRange("E2").getBackground()).toBe("#00ff00");
    expect(sheet.getRange("D1").getFontWeight()).toBe("bold");
    list.clearNote();
    expect(sheet.getRange("A1").getNote()).toBe("");
    expect(sheet.getSheetValues(2, 2, 2, 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe("values", () => {
  test("setValues checks the shape with Google's messages and writes nothing on error", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B2");
    expect(() => r.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => r.setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setValues("ab" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    for (const bad of [
      undefined,
      { a: 1 },
      () => 1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(Number.NaN),
      [1],
    ]) {
      expect(() =>
        r.setValues([
          [1, 2],
          [3, bad],
        ]),
      ).toThrow(/Invalid value for cell B2/);
    }
    expect(r.getValues()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(() => sheet.getRange("C1").setValue(undefined)).toThrow(/Invalid value for cell C1/);
  });

  test("strings are parsed as Sheets does: numbers, booleans, dates, ' and =", () => {
    const { sheet } = setup();
    const inputs = [
      "42",
      "-3,5",
      "2.25",
      "007",
      "1e3",
      "TRUE",
      "false",
      "01.09.2026",
      "2026-09-01",
      "31.02.2026",
      "'123",
      "=A1+1",
      "текст",
      "",
    ];
    const r = sheet.getRange(1, 1, 1, inputs.length);
    r.setValues([inputs]);
    const midnight = new Date(Date.UTC(2026, 7, 31, 21, 0, 0));
    expect(r.getValues()[0]).toEqual([
      42,
      -3.5,
      2.25,
      7,
      1000,
      true,
      false,
      midnight,
      midnight,
      "31.02.2026",
      "123",
      "#FORMULA!",
      "текст",
      "",
    ]);
    expect(r.getFormulas()[0]?.[11]).toBe("=A1+1");
    expect(r.getFormulas()[0]?.[0]).toBe("");
    const dated = sheet.getRange("A2");
    dated.setValue("15.03.2026 14:30");
    expect((dated.getValue() as Date).toISOString()).toBe("2026-03-15T11:30:00.000Z");
  });

  test('number format "@" keeps strings as text', () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:C1");
    r.setNumberFormat("@");
    r.setValues([["007", "=A1", "01.09.2026"]]);
    expect(r.getValues()).toEqual([["007", "=A1", "01.09.2026"]]);
    expect(r.getFormulas()).toEqual([["", "", ""]]);
    expect(r.getNumberFormats()).toEqual([["@", "@", "@"]]);
  });

  test("display values: decimal comma, dd.MM.yyyy dates, TRUE/FALSE, #FORMULA!, number formats", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:G1");
    r.setValues([
      [1234.5, -0.25, new Date(Date.UTC(2026, 8, 1, 6, 30, 5)), "01.09.2026", true, "=NOW()", "abc"],
    ]);
    expect(r.getDisplayValues()).toEqual([
      ["1234,5", "-0,25", "01.09.2026 09:30:05", "01.09.2026", "TRUE", "#FORMULA!", "abc"],
    ]);
    const n = sheet.getRange("A2:D2");
    n.setValues([[1234.5, 1234.5, 0.256, 3]]);
    n.setNumberFormats([["0.00", "#,##0", "0.0%", "dd.mm.yyyy"]]);
    expect(n.getDisplayValues()).toEqual([["1234,50", `1${NBSP}235`, "25,6%", "3"]]);
    const d = sheet.getRange("A3");
    d.setValue(new Date(Date.UTC(2026, 8, 1, 6, 30)));
    d.setNumberFormat("dd.mm.yyyy hh:mm");
    expect(d.getDisplayValue()).toBe("01.09.2026 09:30");
  });

  test("empty cells, null, single values over a block, copies of dates", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B2");
    expect(r.getValue()).toBe("");
    expect(r.isBlank()).toBe(true);
    r.setValue(5);
    expect(r.getValues()).toEqual([
      [5, 5],
      [5, 5],
    ]);
    expect(r.isBlank()).toBe(false);
    r.setValues([
      [null, 1],
      ["", 2],
    ]);
    expect(r.getValues()).toEqual([
      ["", 1],
      ["", 2],
    ]);
    const c = sheet.getRange("C1");
    const when = new Date(Date.UTC(2026, 0, 1));
    c.setValue(when);
    when.setUTCFullYear(2000);
    const read = c.getValue() as Date;
    expect(read.getUTCFullYear()).toBe(2026);
    read.setUTCFullYear(1999);
    expect((c.getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  test("appendRow writes after the last row with content and grows the grid", () => {
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue("last");
    sheet.appendRow(["1,5", "x", true]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 3).getValues()).toEqual([[1.5, "x", true]]);
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1002, 30).getValue()).toBe(29);
    expect(() => sheet.appendRow([undefined])).toThrow(/Invalid value/);
  });
});

describe("formats and notes", () => {
  test("defaults as Google returns them", () => {
    const { sheet } = setup();
    const r = sheet.getRange("B2");
    expect(r.getBackground()).toBe("#ffffff");
    expect(r.getFontWeight()).toBe("normal");
    expect(r.getFontColor()).toBe("#000000");
    expect(r.getNumberFormat()).toBe("0.###############");
    expect(r.getNote()).toBe("");
    expect(r.getFormula()).toBe("");
    expect(r.getDataValidation()).toBeNull();
    expect(r.getWrap()).toBe(false);
  });

  test("setters, grids and clearing", () => {
    const { sheet, SpreadsheetApp } = setup();
    const r = sheet.getRange("A1:B1");
    r.setValues([["a", "b"]]);
    r.setBackgrounds([["Red", "#ABC"]])
      .setFontWeights([["bold", null]])
      .setFontColors([["blue", "#123456"]]);
    r.setNotes([["первая", null]])
      .setWrap(true)
      .setHorizontalAlignment("center");
    expect(r.getBackgrounds()).toEqual([["#ff0000", "#aabbcc"]]);
    expect(r.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(r.getFontColors()).toEqual([["#0000ff", "#123456"]]);
    expect(r.getNotes()).toEqual([["первая", ""]]);
    expect(r.getWrap()).toBe(true);
    expect(r.getHorizontalAlignment()).toBe("center");
    expect(() => r.setBackgrounds([["red"]])).toThrow(/number of columns/);
    expect(() => r.setFontWeight("heavy" as never)).toThrow();

    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
    expect(r.getValues()).toEqual([["a", "b"]]);
    expect(r.getNote()).toBe("первая");
    r.setBackground("yellow");
    r.clearContent();
    expect(r.getValues()).toEqual([["", ""]]);
    expect(r.getBackground()).toBe("#ffff00");
    r.setValue(1);
    r.clear();
    expect(r.getValue()).toBe("");
    expect(r.getBackground()).toBe("#ffffff");
    expect(r.getNote()).toBe("первая");
    r.clearNote();
    expect(r.getNote()).toBe("");
    r.setNote("n").setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    r.clear({});
    expect(r.getNote()).toBe("");
    expect(r.getDataValidation()).toBeNull();
  });
});

describe("data validation", () => {
  test("builder produces rules with Google's criteria values", () => {
    const { SpreadsheetApp, sheet } = setup();
    const C = SpreadsheetApp.DataValidationCriteria;
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(["да", "нет"], false)
      .setAllowInvalid(false)
      .setHelpText("Выберите")
      .build();
    expect(list.getCriteriaType()).toBe(C.VALUE_IN_LIST);
    expect(String(list.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(list.getCriteriaValues()).toEqual([["да", "нет"], false]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe("Выберите");

    const b = SpreadsheetApp.newDataValidation();
    expect(b.requireCheckbox().build().getCriteriaValues()).toEqual([]);
    expect(b.requireCheckbox("y", "n").build().getCriteriaValues()).toEqual(["y", "n"]);
    expect(b.requireNumberBetween(1, 5).build().getCriteriaType()).toBe(C.NUMBER_BETWEEN);
    expect(b.requireNumberGreaterThanOrEqualTo(0).build().getCriteriaValues()).toEqual([0]);
    expect(b.requireDate().build().getCriteriaType()).toBe(C.DATE_IS_VALID_DATE);
    expect(b.requireTextIsEmail().build().getCriteriaType()).toBe(C.TEXT_IS_VALID_EMAIL);
    const inRange = b.requireValueInRange(sheet.getRange("Z1:Z5")).build();
    const [source, dropdown] = inRange.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(source.getA1Notation()).toBe("Z1:Z5");
    expect(dropdown).toBe(true);
    expect(inRange.getAllowInvalid()).toBe(true);
    expect(inRange.getHelpText()).toBeNull();
    const copy = list.copy().setAllowInvalid(true).build();
    expect(copy.getCriteriaValues()).toEqual([["да", "нет"], false]);
    expect(copy.getAllowInvalid()).toBe(true);
    expect(list.getAllowInvalid()).toBe(false);
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
    expect(() => b.requireNumberBetween("1" as never, 2)).toThrow(/don't match the method signature/);
  });

  test("set, get, clear, and a builder instead of a rule is rejected", () => {
    const { SpreadsheetApp, sheet } = setup();
    const builder = SpreadsheetApp.newDataValidation().requireValueInList(["a"]);
    const r = sheet.getRange("A1:B2");
    expect(() => r.setDataValidation(builder as never)).toThrow(/don't match the method signature/);
    r.setDataValidation(builder.build());
    expect(
      r
        .getDataValidations()
        .flat()
        .map((v) => v?.getCriteriaValues()),
    ).toEqual(Array(4).fill([["a"], true]));
    sheet.getRange("B2").setDataValidation(null);
    expect(r.getDataValidations()[1]?.[1]).toBeNull();
    expect(() => r.setDataValidations([[null]])).toThrow(/number of rows/);
    r.clearDataValidations();
    expect(r.getDataValidation()).toBeNull();
  });

  test("insertCheckboxes sets the rule and the unchecked value", () => {
    const { SpreadsheetApp, sheet } = setup();
    const r = sheet.getRange("A1:A2");
    r.setValue("old");
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(r.getDataValidation()?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.CHECKBOX);
    expect(r.isChecked()).toBe(false);
    sheet.getRange("A1").check();
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    expect(r.getValues()).toEqual([[true], [true]]);
    const custom = sheet.getRange("B1");
    custom.insertCheckboxes("да", "нет");
    expect(custom.getValue()).toBe("нет");
    custom.check();
    expect(custom.getValue()).toBe("да");
  });
});

describe("inserting and deleting rows and columns moves everything with its cells", () => {
  function populate() {
    const ctx = setup();
    const { SpreadsheetApp, ss, sheet } = ctx;
    sheet.getRange("A3:C3").setValues([["x", "=B1", 5]]);
    sheet
      .getRange("A3")
      .setNote("note")
      .setBackground("#ff0000")
      .setFontWeight("bold")
      .setFontColor("#00ff00");
    sheet.getRange("C3").setNumberFormat("0.00");
    sheet.getRange("B3").setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build());
    ss.setNamedRange("Блок", sheet.getRange("A3:B4"));
    sheet.getRange("C3:C5").protect().setDescription("guard");
    sheet.getRange("3:3").addDeveloperMetadata("row", "r3");
    sheet.getRange("B:B").addDeveloperMetadata("col", "B");
    return ctx;
  }

  function metadataPlaces(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    return ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => {
        const loc = m.getLocation();
        return `${m.getKey()}@${(loc.getRow() ?? loc.getColumn())?.getA1Notation()}`;
      });
  }

  test("rows inserted above", () => {
    const { ss, sheet, SpreadsheetApp } = populate();
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A3:C3").isBlank()).toBe(true);
    const moved = sheet.getRange("A5:C5");
    expect(moved.getValues()).toEqual([["x", "#FORMULA!", 5]]);
    expect(moved.getFormulas()[0]?.[1]).toBe("=B1");
    expect(sheet.getRange("A5").getNote()).toBe("note");
    expect(sheet.getRange("A5").getBackground()).toBe("#ff0000");
    expect(sheet.getRange("A5").getFontWeight()).toBe("bold");
    expect(sheet.getRange("A5").getFontColor()).toBe("#00ff00");
    expect(sheet.getRange("C5").getNumberFormat()).toBe("0.00");
    expect(sheet.getRange("B5").getDataValidation()?.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.TEXT_IS_VALID_EMAIL,
    );
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("A5:B6");
    const [protection] = ss.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protection?.getRange().getA1Notation()).toBe("C5:C7");
    expect(metadataPlaces(ss)).toEqual(["row@5:5", "col@B:B"]);
  });

  test("rows inserted inside a named range grow it; inserted after it leave it alone", () => {
    const { ss, sheet } = populate();
    sheet.insertRowAfter(3);
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("A3:B5");
    sheet.insertRows(6, 3);
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("A3:B5");
    expect(sheet.getMaxRows()).toBe(1004);
  });

  test("deleting rows moves cells up and deletes row metadata with its row", () => {
    const { ss, sheet, SpreadsheetApp } = populate();
    sheet.getRange("A5").setValue("below");
    sheet.deleteRow(3);
    expect(sheet.getRange("A4").getValue()).toBe("below");
    expect(sheet.getRange("A3").getNote()).toBe("");
    expect(metadataPlaces(ss)).toEqual(["col@B:B"]);
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("A3:B3");
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe(
      "C3:C4",
    );
    sheet.deleteRows(3, 1);
    expect(ss.getRangeByName("Блок")).toBeNull();
    expect(sheet.getMaxRows()).toBe(998);
  });

  test("columns inserted and deleted", () => {
    const { ss, sheet, SpreadsheetApp } = populate();
    sheet.insertColumnBefore(1);
    expect(sheet.getRange("B3:D3").getValues()).toEqual([["x", "#FORMULA!", 5]]);
    expect(sheet.getRange("B3").getNote()).toBe("note");
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("B3:C4");
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe(
      "D3:D5",
    );
    expect(metadataPlaces(ss)).toEqual(["row@3:3", "col@C:C"]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.insertColumnsAfter(4, 2);
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.deleteColumn(3);
    expect(metadataPlaces(ss)).toEqual(["row@3:3"]);
    expect(sheet.getRange("C3").getValue()).toBe(5);
    expect(sheet.getRange("C3").getNumberFormat()).toBe("0.00");
    sheet.deleteColumns(1, 2);
    expect(ss.getRangeByName("Блок")).toBeNull();
    expect(sheet.getRange("A3").getValue()).toBe(5);
  });

  test("column widths and hidden flags move with their columns", () => {
    const { sheet } = setup();
    sheet.setColumnWidth(2, 250);
    sheet.hideColumns(3);
    sheet.hideRows(4);
    sheet.insertColumnsBefore(1, 2);
    sheet.insertRowBefore(1);
    expect(sheet.getColumnWidth(4)).toBe(250);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    sheet.deleteColumn(4);
    expect(sheet.getColumnWidth(4)).toBe(100);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
  });

  test("frozen rows follow inserts and deletes; bounds errors", () => {
    const { sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(3);
    sheet.deleteRows(1, 2);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(() => sheet.deleteRows(990, 20)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteColumns(26, 2)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.deleteRows(2, sheet.getMaxRows() - 1)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.insertRowBefore(0)).toThrow("Those rows are out of bounds.");
  });
});

describe("moving rows and columns (Sheet.moveColumns, Sheet.moveRows) carries everything with its cells", () => {
  // Google: https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)
  // the destination is an index before the move; the moved block lands before what stood there
  function headers(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
    return sheet.getRange("A1:F1").getValues()[0] as string[];
  }

  function populate() {
    const ctx = setup();
    const { SpreadsheetApp, sheet } = ctx;
    sheet.getRange("A1:F1").setValues([["a", "b", "c", "d", "e", "f"]]);
    sheet.getRange("B2").setValue("b2").setNote("заметка").setBackground("#ffff00");
    sheet.getRange("B3").setFormula("=A3");
    sheet
      .getRange("B2:B5")
      .setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build());
    sheet.getRange("B:B").addDeveloperMetadata("mb.email", "email");
    sheet.getRange("E:E").addDeveloperMetadata("mb.phone", "phone");
    sheet.getRange("B1:B10").protect().setDescription("ids");
    sheet.setColumnWidth(2, 240);
    return ctx;
  }

  function columnOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, key: string): string[] {
    return sheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .find()
      .map((m) => m.getLocation().getColumn()?.getA1Notation() ?? "?");
  }

  test("a column moved right lands before the destination column as it was before the move", () => {
    const { ss, sheet, SpreadsheetApp } = populate();
    sheet.moveColumns(sheet.getRange("B:B"), 5);
    expect(headers(sheet)).toEqual(["a", "c", "d", "b", "e", "f"]);
    expect(sheet.getRange("D2").getValue()).toBe("b2");
    expect(sheet.getRange("D2").getNote()).toBe("заметка");
    expect(sheet.getRange("D2").getBackground()).toBe("#ffff00");
    expect(sheet.getRange("D3").getFormula()).toBe("=A3");
    expect(sheet.getRange("D5").getDataValidation()?.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.TEXT_IS_VALID_EMAIL,
    );
    expect(sheet.getRange("B2").getNote()).toBe("");
    expect(sheet.getRange("B2").getDataValidation()).toBeNull();
    expect(columnOf(sheet, "mb.email")).toEqual(["D:D"]);
    expect(columnOf(sheet, "mb.phone")).toEqual(["E:E"]);
    const [protection] = ss.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protection?.getRange().getA1Notation()).toBe("D1:D10");
    expect(protection?.getDescription()).toBe("ids");
    expect(sheet.getColumnWidth(4)).toBe(240);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test("a column moved left lands at the destination; the ones it passes shift right", () => {
    const { sheet } = populate();
    sheet.moveColumns(sheet.getRange("E:E"), 2);
    expect(headers(sheet)).toEqual(["a", "e", "b", "c", "d", "f"]);
    expect(columnOf(sheet, "mb.phone")).toEqual(["B:B"]);
    expect(columnOf(sheet, "mb.email")).toEqual(["C:C"]);
    expect(sheet.getRange("C2").getNote()).toBe("заметка");
    expect(sheet.getColumnWidth(3)).toBe(240);
  });

  test("a range that is not whole columns moves every column it spans (Google's own example)", () => {
    const { sheet } = populate();
    sheet.moveColumns(sheet.getRange("A1:B1"), 5);
    expect(headers(sheet)).toEqual(["c", "d", "a", "b", "e", "f"]);
    expect(sheet.getRange("D2").getNote()).toBe("заметка");
    expect(columnOf(sheet, "mb.email")).toEqual(["D:D"]);
    sheet.moveColumns(sheet.getRange("C2:D7"), 1);
    expect(headers(sheet)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(columnOf(sheet, "mb.email")).toEqual(["B:B"]);
  });

  test("moving to the end of the grid, and to the block's own place (nothing moves)", () => {
    const { sheet } = populate();
    sheet.moveColumns(sheet.getRange("B:B"), 2);
    sheet.moveColumns(sheet.getRange("B:B"), 3);
    expect(headers(sheet)).toEqual(["a", "b", "c", "d", "e", "f"]);
    sheet.moveColumns(sheet.getRange("A:A"), 27);
    expect(sheet.getRange("Z1").getValue()).toBe("a");
    expect(headers(sheet)).toEqual(["b", "c", "d", "e", "f", ""]);
    expect(columnOf(sheet, "mb.email")).toEqual(["A:A"]);
  });

  test("named ranges and chart anchors follow; a range the column leaves shrinks, one it enters grows", () => {
    const { emu, ss, sheet } = populate();
    const { Charts } = emu.globals;
    ss.setNamedRange("Почта", sheet.getRange("B2:B5"));
    ss.setNamedRange("Блок", sheet.getRange("A1:C3"));
    ss.setNamedRange("Дальше", sheet.getRange("D1:F1"));
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange("B1:B5"))
        .setPosition(1, 2, 0, 0)
        .build(),
    );
    sheet.moveColumns(sheet.getRange("B:B"), 6);
    expect(headers(sheet)).toEqual(["a", "c", "d", "e", "b", "f"]);
    expect(ss.getRangeByName("Почта")?.getA1Notation()).toBe("E2:E5");
    expect(ss.getRangeByName("Блок")?.getA1Notation()).toBe("A1:B3");
    expect(ss.getRangeByName("Дальше")?.getA1Notation()).toBe("C1:F1");
    const [chart] = sheet.getCharts();
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(["E1:E5"]);
    expect(chart?.getContainerInfo().getAnchorColumn()).toBe(5);
  });

  test("rows move down and up with values, notes, validation, row metadata and protections", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    sheet.getRange("A1:A5").setValues([["1"], ["2"], ["3"], ["4"], ["5"]]);
    sheet.getRange("A2").setNote("второй");
    sheet.getRange("B2").setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet.getRange("2:2").addDeveloperMetadata("mb.row", "2");
    sheet.getRange("A2:B2").protect();
    sheet.hideRows(2);
    // Google's Sheets API example: rows 2-3 before row 5 gives 1, 4, 2, 3, 5
    sheet.moveRows(sheet.getRange("A2:C3"), 5);
    expect(
      sheet
        .getRange("A1:A5")
        .getValues()
        .map((r) => r[0]),
    ).toEqual([1, 4, 2, 3, 5]);
    expect(sheet.getRange("A3").getNote()).toBe("второй");
    expect(sheet.getRange("B3").getDataValidation()?.getCriteriaType()).toBe(
      SpreadsheetApp.DataValidationCriteria.CHECKBOX,
    );
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
    expect(sheet.isRowHiddenByUser(2)).toBe(false);
    const [found] = sheet.createDeveloperMetadataFinder().withKey("mb.row").find();
    expect(found?.getLocation().getRow()?.getA1Notation()).toBe("3:3");
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe(
      "A3:B3",
    );
    sheet.moveRows(sheet.getRange("3:3"), 1);
    expect(
      sheet
        .getRange("A1:A5")
        .getValues()
        .map((r) => r[0]),
    ).toEqual([2, 1, 4, 3, 5]);
    expect(sheet.getRange("A1").getNote()).toBe("второй");
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .withKey("mb.row")
        .find()[0]
        ?.getLocation()
        .getRow()
        ?.getA1Notation(),
    ).toBe("1:1");
  });

  test("errors: a destination inside the moved span or off the grid, a range of another sheet", () => {
    const { ss, sheet } = populate();
    expect(() => sheet.moveColumns(sheet.getRange("B:D"), 3)).toThrow(
      "The destination of the move is inside the columns being moved.",
    );
    expect(() => sheet.moveColumns(sheet.getRange("B:D"), 4)).toThrow(
      "The destination of the move is inside the columns being moved.",
    );
    expect(() => sheet.moveColumns(sheet.getRange("B:B"), 0)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.moveColumns(sheet.getRange("B:B"), 28)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.moveRows(sheet.getRange("2:4"), 4)).toThrow(
      "The destination of the move is inside the rows being moved.",
    );
    expect(() => sheet.moveRows(sheet.getRange("2:2"), 1002)).toThrow("Those rows are out of bounds.");
    const other = ss.insertSheet("Другой");
    expect(() => sheet.moveColumns(other.getRange("A:A"), 3)).toThrow(
      "don't match the method signature for SpreadsheetApp.Sheet.moveColumns",
    );
    expect(() => sheet.moveColumns("B:B" as unknown as GoogleAppsScript.Spreadsheet.Range, 3)).toThrow(
      "don't match the method signature for SpreadsheetApp.Sheet.moveColumns",
    );
    expect(() => sheet.moveRows(sheet.getRange("2:2"), 1.5)).toThrow(
      "don't match the method signature for SpreadsheetApp.Sheet.moveRows",
    );
    expect(headers(sheet)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  test("each move is one counted SpreadsheetApp call at the service's cost", () => {
    const { emu, sheet } = populate();
    const spec = sheet.getRange("B:B");
    const rows = sheet.getRange("2:2");
    emu.calls.reset();
    const t0 = emu.clock.now();
    sheet.moveColumns(spec, 5);
    sheet.moveRows(rows, 4);
    expect(emu.clock.now() - t0).toBe(80);
    expect(emu.calls.byMethod()).toEqual({ "Sheet.moveColumns": 1, "Sheet.moveRows": 1 });
  });
});

describe("named ranges", () => {
  test("set, get, rename, move and remove", () => {
    const { ss, sheet } = setup();
    ss.setNamedRange("Наставники", sheet.getRange("A2:C10"));
    ss.setNamedRange("_x", sheet.getRange("D1"));
    expect(ss.getRangeByName("Наставники")?.getA1Notation()).toBe("A2:C10");
    expect(ss.getRangeByName("нет")).toBeNull();
    expect(
      ss
        .getNamedRanges()
        .map((n) => n.getName())
        .sort(),
    ).toEqual(["_x", "Наставники"]);
    ss.setNamedRange("Наставники", sheet.getRange("A2:C20"));
    expect(ss.getNamedRanges()).toHaveLength(2);
    expect(ss.getRangeByName("Наставники")?.getA1Notation()).toBe("A2:C20");
    for (const bad of ["A1", "1abc", "with space", "TRUE", "R1C1", ""]) {
      expect(() => ss.setNamedRange(bad, sheet.getRange("A1"))).toThrow();
    }
    const named = ss.getNamedRanges().find((n) => n.getName() === "_x")!;
    named.setName("Итог").setRange(sheet.getRange("E5:E6"));
    expect(ss.getRangeByName("Итог")?.getA1Notation()).toBe("E5:E6");
    expect(sheet.getNamedRanges()).toHaveLength(2);
    named.remove();
    expect(ss.getRangeByName("Итог")).toBeNull();
    ss.removeNamedRange("Наставники");
    expect(ss.getNamedRanges()).toHaveLength(0);
    expect(() => ss.removeNamedRange("Наставники")).toThrow("Range not found");
  });
});

describe("developer metadata", () => {
  test("only on the spreadsheet, a sheet, or whole rows/columns", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    const V = SpreadsheetApp.DeveloperMetadataVisibility;
    ss.addDeveloperMetadata("schema", "3");
    ss.addDeveloperMetadata("flag", V.PROJECT);
    sheet.addDeveloperMetadata("role", "mentors", V.PROJECT);
    sheet.getRange("2:2").addDeveloperMetadata("person", "p-1");
    sheet.getRange(4, 1, 2, 26).addDeveloperMetadata("people");
    sheet.getRange("C:C").addDeveloperMetadata("field", "email");
    expect(() => sheet.getRange("A1:B2").addDeveloperMetadata("x")).toThrow(
      "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to top-level spreadsheets, sheets, or entire rows and columns.",
    );
    expect(
      ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())]),
    ).toEqual([
      ["schema", "3", "DOCUMENT"],
      ["flag", null, "PROJECT"],
    ]);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["role"]);
    expect(
      sheet
        .getRange("2:2")
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(["p-1"]);
    expect(sheet.getRange("A2:B2").getDeveloperMetadata()).toEqual([]);
    const people = sheet.getRange("4:5").getDeveloperMetadata()[0]!;
    expect(people.getLocation().getRow()?.getA1Notation()).toBe("4:5");
    expect(people.getLocation().getLocationType()).toBe(SpreadsheetApp.DeveloperMetadataLocationType.ROW);
    const field = sheet.getRange("C:C").getDeveloperMetadata()[0]!;
    expect(field.getLocation().getColumn()?.getA1Notation()).toBe("C:C");
    expect(field.getLocation().getSheet()).toBeNull();
    expect(ss.getDeveloperMetadata()[0]?.getLocation().getSpreadsheet()?.getId()).toBe(ss.getId());
  });

  test("finder: filters and scopes", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    const T = SpreadsheetApp.DeveloperMetadataLocationType;
    const other = ss.insertSheet("Другой");
    ss.addDeveloperMetadata("k", "ss");
    sheet.addDeveloperMetadata("k", "sheet");
    sheet.getRange("3:3").addDeveloperMetadata("k", "row3");
    sheet.getRange("B:B").addDeveloperMetadata("other", "colB");
    other.getRange("3:3").addDeveloperMetadata("k", "other-row3");
    const values = (found: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
      found.map((m) => m.getValue());
    expect(values(ss.createDeveloperMetadataFinder().withKey("k").find())).toEqual([
      "ss",
      "sheet",
      "row3",
      "other-row3",
    ]);
    expect(values(ss.createDeveloperMetadataFinder().withLocationType(T.ROW).find())).toEqual([
      "row3",
      "other-row3",
    ]);
    expect(values(ss.createDeveloperMetadataFinder().withKey("k").withValue("row3").find())).toEqual([
      "row3",
    ]);
    expect(values(sheet.createDeveloperMetadataFinder().find())).toEqual(["sheet", "row3", "colB"]);
    expect(values(sheet.getRange("A1:D5").createDeveloperMetadataFinder().find())).toEqual([]);
    expect(values(sheet.getRange("1:5").createDeveloperMetadataFinder().find())).toEqual(["row3"]);
    expect(
      values(sheet.getRange("A1:D5").createDeveloperMetadataFinder().onIntersectingLocations().find()),
    ).toEqual(["row3", "colB"]);
    const id = sheet.getRange("3:3").getDeveloperMetadata()[0]!.getId();
    expect(values(ss.createDeveloperMetadataFinder().withId(id).find())).toEqual(["row3"]);
    const vis = SpreadsheetApp.DeveloperMetadataVisibility;
    expect(ss.createDeveloperMetadataFinder().withVisibility(vis.PROJECT).find()).toEqual([]);
  });

  test("edit, move and remove", () => {
    const { ss, sheet } = setup();
    sheet.getRange("2:2").addDeveloperMetadata("person", "p-1");
    const m = ss.createDeveloperMetadataFinder().withKey("person").find()[0]!;
    m.setValue("p-2").setKey("mentor");
    expect(ss.createDeveloperMetadataFinder().withKey("mentor").find()[0]?.getValue()).toBe("p-2");
    m.moveToRow(sheet.getRange("7:7"));
    expect(sheet.getRange("7:7").getDeveloperMetadata()).toHaveLength(1);
    m.moveToSheet(sheet);
    expect(sheet.getDeveloperMetadata()).toHaveLength(1);
    m.remove();
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });
});

describe("protections", () => {
  test("sheet and range protections with editors", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    const P = SpreadsheetApp.ProtectionType;
    const whole = sheet.protect().setDescription("Только куратор").setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe("Только куратор");
    expect(whole.isWarningOnly()).toBe(true);
    expect(whole.getProtectionType()).toBe(P.SHEET);
    // The whole sheet, unbounded: Google gives it no A1 notation, but its size is the grid's.
    expect(whole.getRange().getA1Notation()).toBe("");
    expect([whole.getRange().getNumRows(), whole.getRange().getNumColumns()]).toEqual([1000, 26]);
    sheet.insertColumnsAfter(26, 2);
    expect(whole.getRange().getNumColumns()).toBe(28);
    const range = sheet.getRange("A1:B2").protect();
    expect(range.getProtectionType()).toBe(P.RANGE);
    expect(range.getDescription()).toBe("");
    expect(range.getEditors().map((u) => u.getEmail())).toEqual(["curator@example.org"]);
    range.addEditor("mentor@school.ru").addEditors(["a@school.ru", "b@school.ru"]);
    range.removeEditor("a@school.ru").removeEditors(["curator@example.org"]);
    expect(range.getEditors().map((u) => u.getEmail())).toEqual([
      "curator@example.org",
      "mentor@school.ru",
      "b@school.ru",
    ]);
    expect(range.canEdit()).toBe(true);
    expect(() => range.addEditor("not an email")).toThrow("Invalid email: not an email");
    expect(ss.getProtections(P.RANGE)).toHaveLength(1);
    expect(ss.getProtections(P.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(P.RANGE)[0]?.getRange().getA1Notation()).toBe("A1:B2");
    range.remove();
    expect(ss.getProtections(P.RANGE)).toHaveLength(0);
    expect(() => ss.getProtections("RANGE" as never)).toThrow(/don't match the method signature/);
  });
});

describe("active range, toast and snapshot", () => {
  test("active sheet and range", () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    const second = ss.insertSheet("Второй");
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe("Второй");
    sheet.getRange("B2:C3").activate();
    expect(ss.getActiveSheet().getName()).toBe("Лист1");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("B2:C3");
    expect(ss.getCurrentCell()?.getA1Notation()).toBe("B2");
    ss.setActiveRange(second.getRange("D4"));
    expect(SpreadsheetApp.getActiveRange()?.getSheet().getName()).toBe("Второй");
    second.activate();
    sheet.activate();
    expect(ss.getActiveSheet().getName()).toBe("Лист1");
  });

  test("toast is recorded", () => {
    const { emu, ss } = setup();
    ss.toast("Готово", "База", 3);
    ss.toast("Ещё");
    expect(emu.ui.toasts).toEqual([
      { text: "Готово", title: "База", timeoutSeconds: 3 },
      { text: "Ещё", title: null, timeoutSeconds: null },
    ]);
  });

  test("snapshot is a JSON-able deep copy that does not change afterwards", () => {
    const { emu, ss, sheet, SpreadsheetApp } = setup();
    sheet.getRange("A1:B1").setValues([["Имя", new Date(Date.UTC(2026, 0, 2))]]);
    sheet.getRange("A1").setNote("n").setBackground("#eeeeee");
    sheet.getRange("B1").setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
    ss.setNamedRange("Шапка", sheet.getRange("A1:B1"));
    sheet.protect();
    ss.addDeveloperMetadata("v", "1");
    sheet.setFrozenRows(1);
    const before = emu.snapshot(ss);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    expect(before.sheets[0]?.cells).toEqual({
      A1: { value: "Имя", note: "n", formats: { background: "#eeeeee" } },
      B1: {
        value: { $date: "2026-01-02T00:00:00.000Z" },
        validation: { criteria: "DATE_IS_VALID_DATE", args: [], allowInvalid: true, helpText: null },
      },
    });
    expect(before.namedRanges).toEqual([{ name: "Шапка", range: "'Лист1'!A1:B1" }]);
    expect(before.sheets[0]?.frozenRows).toBe(1);
    expect(before.protections).toHaveLength(1);
    expect(before.developerMetadata).toEqual([
      { id: 1, key: "v", value: "1", visibility: "DOCUMENT", location: { type: "SPREADSHEET" } },
    ]);
    sheet.getRange("A1").setValue("changed");
    expect(before.sheets[0]?.cells.A1?.value).toBe("Имя");
    expect(emu.snapshot(ss)).not.toEqual(before);
  });
});
