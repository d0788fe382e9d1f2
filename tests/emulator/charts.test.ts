import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator } from "./index";
import { loadBundle } from "./vmHost";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A dashboard sheet with a month column and two series (rows 1–6). */
function setup() {
  const emu = createEmulator();
  const { SpreadsheetApp, Charts } = emu.globals;
  const ss = emu.activeSpreadsheet;
  const sheet = ss.insertSheet("Дашборд");
  sheet.getRange("A1:C6").setValues([
    ["Месяц", "Встречи", "Отзывы"],
    ["Сентябрь", 4, 2],
    ["Октябрь", 6, 5],
    ["Ноябрь", 5, 3],
    ["Декабрь", 7, 6],
    ["Январь", 3, 1],
  ]);
  return { emu, SpreadsheetApp, Charts, ss, sheet };
}

function columnChart(sheet: Sheet, Charts: GoogleAppsScript.Charts.Charts) {
  return sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange("A1:B6"))
    .addRange(sheet.getRange("C1:C6"))
    .setNumHeaders(1)
    .setOption("title", "Встречи по месяцам")
    .setOption("legend", { position: "bottom" })
    .setOption("colors", ["#1a73e8", "#e8710a"])
    .setPosition(2, 5, 10, 20)
    .build();
}

describe("embedded charts: building and inserting", () => {
  test("a column chart with two ranges and options: built off the sheet, inserted with an id", () => {
    const { emu, Charts, sheet } = setup();
    const chart = columnChart(sheet, Charts);
    expect(chart.getChartId()).toBeNull(); // not on a sheet yet
    expect(sheet.getCharts()).toEqual([]);
    expect(emu.charts()).toEqual([]);

    sheet.insertChart(chart);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const inserted = charts[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    const id = inserted.getChartId();
    expect(Number.isInteger(id)).toBe(true);
    expect(id).toBeGreaterThan(0);
    expect(chart.getChartId()).toBeNull(); // the built object stays a copy (not verified against Google)
    expect(sheet.getCharts()[0]?.getChartId()).toBe(id); // stable across reads

    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B6", "C1:C6"]);
    expect(inserted.getRanges()[0]?.getSheet().getName()).toBe("Дашборд");
    const options = inserted.getOptions();
    expect(options.get("title")).toBe("Встречи по месяцам");
    expect(options.get("legend")).toEqual({ position: "bottom" });
    expect(options.get("legend.position")).toBe("bottom"); // a dotted name reads into an object option
    expect(options.get("colors")).toEqual(["#1a73e8", "#e8710a"]);
    expect(options.get("hAxis.title")).toBeNull();
    const position = inserted.getContainerInfo();
    expect([
      position.getAnchorRow(),
      position.getAnchorColumn(),
      position.getOffsetX(),
      position.getOffsetY(),
    ]).toEqual([2, 5, 10, 20]);
    expect(inserted.getNumHeaders()).toBe(1);
    expect(inserted.getTransposeRowsAndColumns()).toBe(false);
    expect(inserted.getHiddenDimensionStrategy()).toBe(Charts.ChartHiddenDimensionStrategy.IGNORE_BOTH);
    expect(inserted.getMergeStrategy()).toBe(Charts.ChartMergeStrategy.MERGE_COLUMNS);
    expect(inserted.modify().getChartType()).toBe(Charts.ChartType.COLUMN);
    expect(String(inserted)).toBe("EmbeddedChart");
  });

  test("builder: ranges deduplicated, removed, cleared; getRanges/getContainer/getChartType; defaults", () => {
    const { Charts, sheet } = setup();
    const builder = sheet.newChart();
    expect(builder.getChartType()).toBeNull();
    expect(builder.getRanges()).toEqual([]);
    expect(builder.getContainer().getAnchorRow()).toBe(1);
    expect(builder.getContainer().getAnchorColumn()).toBe(1);
    builder
      .addRange(sheet.getRange("A1:B6"))
      .addRange(sheet.getRange("A1:B6")) // already there: not added again (as documented)
      .addRange(sheet.getRange("C1:C6"));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B6", "C1:C6"]);
    builder.removeRange(sheet.getRange("A1:B6")).removeRange(sheet.getRange("D1:D2")); // absent: nothing happens
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(["C1:C6"]);
    builder.clearRanges();
    expect(builder.getRanges()).toEqual([]);
    expect(() => builder.build()).toThrow("The chart type must be set before building the chart.");
    const chart = builder.setChartType(Charts.ChartType.LINE).build();
    expect(chart.getNumHeaders()).toBe(-1); // Sheets guesses the headers until told
    expect(chart.getContainerInfo().getAnchorRow()).toBe(1);
    builder
      .setTransposeRowsAndColumns(true)
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS);
    const second = builder.build();
    expect(second.getTransposeRowsAndColumns()).toBe(true);
    expect(second.getHiddenDimensionStrategy()).toBe(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH);
    expect(second.getMergeStrategy()).toBe(Charts.ChartMergeStrategy.MERGE_ROWS);
    expect(chart.getTransposeRowsAndColumns()).toBe(false); // an earlier build is a copy
  });

  test("typed builders record options, stay typed through common methods and have only their own setters", () => {
    const { emu, Charts, sheet } = setup();
    const style = Charts.newTextStyle().setColor("#333333").setFontName("Roboto").setFontSize(14).build();
    expect([style.getColor(), style.getFontName(), style.getFontSize()]).toEqual(["#333333", "Roboto", 14]);
    // @types says addRange returns an EmbeddedChartBuilder; at run time it returns the builder it was called
    // on, as scripts (and Sheets' macro recorder) rely on
    const column = sheet
      .newChart()
      .asColumnChart()
      .addRange(
        sheet.getRange("A1:C6"),
      ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
    column
      .setTitle("Встречи и отзывы")
      .setTitleTextStyle(style)
      .setStacked()
      .setLegendPosition(Charts.Position.BOTTOM)
      .setXAxisTitle("Месяц")
      .setYAxisTitle("Количество")
      .setColors(["#1a73e8", "#e8710a"])
      .setBackgroundColor("#ffffff")
      .setRange(0, 10);
    sheet.insertChart(column.setPosition(1, 6, 0, 0).build());
    const pie = sheet.newChart().asPieChart().setTitle("Доли").set3D().addRange(sheet.getRange("A1:B6"));
    sheet.insertChart(pie.setPosition(20, 6, 0, 0).build());

    const [first, second] = emu.charts("Дашборд");
    expect(first?.type).toBe("COLUMN");
    expect(first?.options).toEqual({
      title: "Встречи и отзывы",
      titleTextStyle: { color: "#333333", fontName: "Roboto", fontSize: 14 },
      isStacked: true,
      "legend.position": "bottom",
      "hAxis.title": "Месяц",
      "vAxis.title": "Количество",
      colors: ["#1a73e8", "#e8710a"],
      backgroundColor: "#ffffff",
      "vAxis.viewWindow.min": 0,
      "vAxis.viewWindow.max": 10,
    });
    expect(second?.type).toBe("PIE");
    expect(second?.options).toEqual({ title: "Доли", is3D: true });

    const generic = sheet.newChart() as unknown as Record<string, unknown>;
    expect(generic.setTitle).toBeUndefined(); // EmbeddedChartBuilder has no typed setters
    const piePlain = sheet.newChart().asPieChart() as unknown as Record<string, unknown>;
    expect(piePlain.setXAxisTitle).toBeUndefined();
    expect(piePlain.setStacked).toBeUndefined();
    const line = sheet.newChart().asLineChart() as unknown as Record<string, unknown>;
    expect(line.setStacked).toBeUndefined();
    expect(typeof line.setCurveStyle).toBe("function");
    const bar = sheet.newChart().asBarChart();
    expect(() => bar.setLegendPosition("bottom" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedBarChartBuilder.setLegendPosition.",
    );
    expect(() => bar.setTitle(5 as never)).toThrow(
      "The parameters (number) don't match the method signature for SpreadsheetApp.EmbeddedBarChartBuilder.setTitle.",
    );
    const table = sheet
      .newChart()
      .asTableChart()
      .enablePaging(10)
      .enableSorting(true)
      .showRowNumberColumn(true);
    expect(table.getChartType()).toBe(Charts.ChartType.TABLE);
    expect(table.build().getOptions().get("pageSize")).toBe(10);
  });
});

describe("embedded charts: updating in place and removing", () => {
  test("modify() → updateChart keeps the id and the count; old EmbeddedChart objects are copies", () => {
    const { emu, Charts, sheet } = setup();
    sheet.insertChart(columnChart(sheet, Charts));
    const before = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    const id = before.getChartId();

    const modified = before
      .modify()
      .clearRanges()
      .addRange(sheet.getRange("A1:B4"))
      .setOption("title", "Встречи за осень")
      .setPosition(8, 1, 0, 0)
      .build();
    expect(modified.getChartId()).toBe(id);
    sheet.updateChart(modified);
    sheet.updateChart(modified); // twice: still one chart

    const after = sheet.getCharts();
    expect(after).toHaveLength(1);
    expect(after[0]?.getChartId()).toBe(id);
    expect(after[0]?.getOptions().get("title")).toBe("Встречи за осень");
    expect(after[0]?.getOptions().get("colors")).toEqual(["#1a73e8", "#e8710a"]); // kept from the original
    expect(after[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B4"]);
    expect(after[0]?.getContainerInfo().getAnchorRow()).toBe(8);
    expect(before.getOptions().get("title")).toBe("Встречи по месяцам"); // read before the update
    expect(emu.charts("Дашборд").map((c) => [c.chartId, c.options.title])).toEqual([
      [id, "Встречи за осень"],
    ]);

    // a modified copy of the chart is not a new chart: insertChart refuses it (the strict choice)
    expect(() => sheet.insertChart(before.modify().build())).toThrow(
      `The chart with id ${id} is already in the spreadsheet: change it with Sheet.updateChart(chart).`,
    );
    // the same built chart inserted twice makes two charts (insertChart always adds)
    const fresh = sheet.newChart().asLineChart().addRange(sheet.getRange("A1:B6")).build();
    sheet.insertChart(fresh);
    sheet.insertChart(fresh);
    const ids = sheet.getCharts().map((c) => c.getChartId());
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  test("removeChart removes it; a removed chart cannot be updated or removed again", () => {
    const { emu, Charts, sheet } = setup();
    sheet.insertChart(columnChart(sheet, Charts));
    sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange("A1:B6")).build());
    const [first, second] = sheet.getCharts() as [
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
    ];
    sheet.removeChart(first);
    expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([second.getChartId()]);
    const message = `The chart with id ${first.getChartId()} is not on the sheet "Дашборд".`;
    expect(() => sheet.removeChart(first)).toThrow(message);
    expect(() => sheet.updateChart(first.modify().build())).toThrow(message);
    expect(first.getChartId()).not.toBeNull(); // the object keeps its id
    sheet.getCharts().forEach((c) => {
      sheet.removeChart(c);
    });
    expect(emu.charts()).toEqual([]);
  });

  test("updateChart/removeChart of a chart not on this sheet, and wrong arguments, throw", () => {
    const { Charts, ss, sheet } = setup();
    const notInserted = columnChart(sheet, Charts);
    const never = "The chart is not on any sheet: insert it with Sheet.insertChart(chart) first.";
    expect(() => sheet.updateChart(notInserted)).toThrow(never);
    expect(() => sheet.removeChart(notInserted)).toThrow(never);

    sheet.insertChart(notInserted);
    const onDashboard = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    const other = ss.getSheets()[0] as Sheet;
    expect(() => other.updateChart(onDashboard.modify().build())).toThrow(
      `The chart with id ${onDashboard.getChartId()} is not on the sheet "Лист1".`,
    );
    expect(() => other.removeChart(onDashboard)).toThrow(`is not on the sheet "Лист1".`);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(() => sheet.insertChart("chart" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
    expect(() => sheet.updateChart(null as never)).toThrow(
      "The parameters (null) don't match the method signature for SpreadsheetApp.Sheet.updateChart.",
    );
  });
});

describe("embedded charts: where ranges and positions may be", () => {
  test("ranges from another sheet or spreadsheet are rejected (the emulator's rule)", () => {
    const { emu, Charts, ss, sheet } = setup();
    const data = ss.getSheets()[0] as Sheet;
    expect(() => sheet.newChart().addRange(data.getRange("A1:B5"))).toThrow(
      `The range 'Лист1'!A1:B5 is not on the chart's sheet "Дашборд".`,
    );
    const elsewhere = emu.createSpreadsheet("Другая таблица").getSheets()[0] as Sheet;
    expect(() => sheet.newChart().asColumnChart().addRange(elsewhere.getRange("A1:A3"))).toThrow(
      `is not on the chart's sheet "Дашборд".`,
    );
    // a chart built for one sheet cannot go onto another with its ranges
    const built = columnChart(sheet, Charts);
    expect(() => data.insertChart(built)).toThrow(
      `The range 'Дашборд'!A1:B6 is not on the chart's sheet "Лист1".`,
    );
    expect(data.getCharts()).toEqual([]);
    expect(() => sheet.newChart().addRange("A1:B2" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
    );
  });

  test("setPosition checks its arguments and the grid; options must be data", () => {
    const { Charts, sheet } = setup();
    const builder = sheet.newChart().setChartType(Charts.ChartType.BAR);
    expect(() => builder.setPosition(0, 1, 0, 0)).toThrow("Invalid argument: anchorRowPos");
    expect(() => builder.setPosition(1, 0, 0, 0)).toThrow("Invalid argument: anchorColPos");
    expect(() => builder.setPosition(1, 1, -5, 0)).toThrow("Invalid argument: offsetX");
    expect(() => builder.setPosition(1001, 1, 0, 0)).toThrow("Invalid argument: anchorRowPos");
    expect(() => builder.setPosition(1, 27, 0, 0)).toThrow("Invalid argument: anchorColPos");
    expect(() => builder.setPosition(1.5, 1, 0, 0)).toThrow(
      "The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.",
    );
    expect(() => builder.setOption("title", () => "x")).toThrow(
      "don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setOption.",
    );
    expect(() => builder.setOption("title", undefined)).toThrow(
      "SpreadsheetApp.EmbeddedChartBuilder.setOption",
    );
    expect(() => builder.setNumHeaders(-2)).toThrow("Invalid argument: headers");
    expect(() => builder.setChartType("COLUMN" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
    builder.setNumHeaders(-1); // what Sheets' macro recorder writes
    expect(builder.setOption("width", 600).build().getOptions().get("width")).toBe(600);
  });

  test("charts follow inserted and deleted rows; they go with their sheet", () => {
    const { emu, Charts, ss, sheet } = setup();
    sheet.insertChart(columnChart(sheet, Charts)); // A1:B6, C1:C6 at row 2, column 5
    sheet.insertRowsBefore(1, 2);
    let [chart] = emu.charts("Дашборд");
    expect(chart?.ranges).toEqual(["'Дашборд'!A3:B8", "'Дашборд'!C3:C8"]);
    expect(chart?.position).toEqual({ anchorRow: 4, anchorColumn: 5, offsetX: 10, offsetY: 20 });
    sheet.deleteColumns(3, 1); // C: the second range goes, the anchor column moves left
    [chart] = emu.charts("Дашборд");
    expect(chart?.ranges).toEqual(["'Дашборд'!A3:B8"]);
    expect(chart?.position.anchorColumn).toBe(4);
    sheet.deleteRows(3, 3); // the anchor row 4 is deleted: the chart moves to the row after the deletion
    [chart] = emu.charts("Дашборд");
    expect(chart?.ranges).toEqual(["'Дашборд'!A3:B5"]);
    expect(chart?.position.anchorRow).toBe(3);

    const held = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    ss.deleteSheet(sheet);
    expect(emu.charts()).toEqual([]);
    expect(() => sheet.getCharts()).toThrow('The sheet "Дашборд" was deleted.');
    expect(() => sheet.updateChart(held)).toThrow('The sheet "Дашборд" was deleted.');
    expect(() => held.getRanges()[0]?.getValues()).toThrow('The sheet "Дашборд" was deleted.');
  });
});

describe("embedded charts: snapshot, emu.charts, blobs and accounting", () => {
  test("snapshot() holds each sheet's charts; emu.charts lists the same, uncounted", () => {
    const { emu, Charts, sheet } = setup();
    sheet.insertChart(columnChart(sheet, Charts));
    const id = sheet.getCharts()[0]?.getChartId() as number;
    emu.calls.reset();
    const snap = emu.snapshot();
    const expected = {
      chartId: id,
      type: "COLUMN",
      ranges: ["'Дашборд'!A1:B6", "'Дашборд'!C1:C6"],
      options: {
        title: "Встречи по месяцам",
        legend: { position: "bottom" },
        colors: ["#1a73e8", "#e8710a"],
      },
      position: { anchorRow: 2, anchorColumn: 5, offsetX: 10, offsetY: 20 },
      numHeaders: 1,
      transposeRowsAndColumns: false,
      hiddenDimensionStrategy: "IGNORE_BOTH",
      mergeStrategy: "MERGE_COLUMNS",
    };
    expect(snap.sheets.map((s) => [s.name, s.charts])).toEqual([
      ["Лист1", []],
      ["Дашборд", [expected]],
    ]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap); // JSON-able
    expect(emu.charts()).toEqual([{ sheet: "Дашборд", ...expected }]);
    expect(emu.charts("Дашборд")).toEqual(emu.charts());
    expect(emu.charts("Лист1")).toEqual([]);
    expect(() => emu.charts("Нет такого")).toThrow('emu.charts: no sheet "Нет такого"');
    expect(emu.calls.total()).toBe(0);

    // "created and updated in place, not duplicated": a second run of the same update leaves the snapshot alone
    const update = () => {
      const existing = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
      sheet.updateChart(existing.modify().setOption("title", "Встречи по месяцам").build());
    };
    update();
    const once = emu.snapshot();
    update();
    expect(emu.snapshot()).toEqual(once);

    const other = emu.createSpreadsheet("Отчёт");
    expect(emu.charts(undefined, other)).toEqual([]);
    expect(emu.snapshot(other).sheets[0]?.charts).toEqual([]);
  });

  test("getBlob/getAs give a PNG stand-in (and a PDF); other types are refused", () => {
    const { Charts, sheet } = setup();
    sheet.insertChart(columnChart(sheet, Charts));
    const chart = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    const png = chart.getBlob();
    expect(png.getContentType()).toBe("image/png");
    expect(png.getName()).toBe("Встречи по месяцам.png");
    const bytes = Buffer.from(png.getBytes());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(chart.getAs("image/png").getContentType()).toBe("image/png");
    const pdf = chart.getAs("application/pdf");
    expect(pdf.getContentType()).toBe("application/pdf");
    expect(pdf.getDataAsString()).toMatch(/^%PDF-1\.4\n/);
    expect(() => chart.getAs("text/csv")).toThrow("Converting from image/png to text/csv is not supported.");
    expect(sheet.newChart().asLineChart().build().getBlob().getName()).toBe("Chart.png");
  });

  test("every chart call counts under SpreadsheetApp and costs like other SpreadsheetApp calls", () => {
    const { emu, Charts, sheet } = setup();
    emu.calls.reset();
    const elapsed = emu.execution.run(() => {
      const range = sheet.getRange("A1:B6");
      const chart = sheet
        .newChart()
        .asColumnChart()
        .setTitle("Встречи")
        .addRange(range)
        .setPosition(1, 5, 0, 0)
        .build();
      sheet.insertChart(chart);
      const existing = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
      sheet.updateChart(existing.modify().setOption("title", "Встречи (обновлено)").build());
      existing.getOptions().get("title");
      existing.getContainerInfo().getAnchorRow();
      Charts.newTextStyle().build();
      String(Charts.ChartType.COLUMN); // an enum read: not a call
      return emu.execution.elapsedMs();
    });
    expect(emu.calls.byMethod()).toEqual({
      "Charts.newTextStyle": 1,
      "ChartOptions.get": 1,
      "ContainerInfo.getAnchorRow": 1,
      "EmbeddedChart.getContainerInfo": 1,
      "EmbeddedChart.getOptions": 1,
      "EmbeddedChart.modify": 1,
      "EmbeddedChartBuilder.build": 1,
      "EmbeddedChartBuilder.setOption": 1,
      "EmbeddedChartBuilder.asColumnChart": 1,
      "EmbeddedColumnChartBuilder.addRange": 1,
      "EmbeddedColumnChartBuilder.build": 1,
      "EmbeddedColumnChartBuilder.setPosition": 1,
      "EmbeddedColumnChartBuilder.setTitle": 1,
      "Sheet.getCharts": 1,
      "Sheet.getRange": 1,
      "Sheet.insertChart": 1,
      "Sheet.newChart": 1,
      "Sheet.updateChart": 1,
      "TextStyleBuilder.build": 1,
    });
    expect(emu.calls.total("SpreadsheetApp")).toBe(19);
    expect(elapsed).toBe(19 * 40);
  });
});

describe("embedded charts in a bundle", () => {
  const CODE = `
function ensureChart() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Дашборд");
  var range = sheet.getRange("A1:B6");
  var charts = sheet.getCharts();
  var builder = charts.length > 0 ? charts[0].modify().clearRanges() : sheet.newChart().setPosition(2, 5, 0, 0);
  var chart = builder
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(range)
    .setOption("title", "Встречи")
    .setOption("legend", { position: "none" })
    .build();
  if (chart.getChartId() === null) sheet.insertChart(chart);
  else sheet.updateChart(chart);
  var options = sheet.getCharts()[0].getOptions();
  return { count: sheet.getCharts().length, legend: options.get("legend"), sameRealm: options.get("legend") instanceof Object };
}
`;
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "emu-charts-"));
    writeFileSync(join(dir, "Code.js"), CODE);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("a script that creates or updates its chart leaves one chart after several runs", () => {
    const { emu } = setup();
    const host = loadBundle(dir, emu);
    expect(host.call("ensureChart")).toEqual({ count: 1, legend: { position: "none" }, sameRealm: true });
    const id = emu.charts("Дашборд")[0]?.chartId;
    expect(host.call("ensureChart")).toEqual({ count: 1, legend: { position: "none" }, sameRealm: true });
    expect(emu.charts("Дашборд").map((c) => c.chartId)).toEqual([id]);
  });
});
