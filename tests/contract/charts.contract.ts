/**
 * Embedded charts as the indicators' dashboard makes and remakes them (src/gas/sheets.ts, upsertChart): a column
 * chart built, inserted and found again by its id; later modified in place.
 * Google: https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart(),
 * #insertChart(EmbeddedChart), #updateChart(EmbeddedChart), #getCharts();
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId() ("null if the chart
 * is not embedded"), #modify(), #getOptions(), #getContainerInfo(), #getRanges();
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder (setChartType,
 * clearRanges, addRange, setPosition(anchorRowPos, anchorColPos, offsetX, offsetY), setOption, build);
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#removeChart(EmbeddedChart).
 * upsertCharts tells a chart of ours from a curator's by its saved id, or by its anchor cell and title (a copy a
 * stopped run left), and removes such copies: the checks below hold what that relies on.
 */
import { assert, assertEqual, suite } from "./kit";
import { withSheet } from "./scratch";

function columnChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, title: string, rows: number) {
  return sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .clearRanges()
    .setPosition(2, 4, 0, 0)
    .setOption("title", title)
    .addRange(sheet.getRange(1, 1, rows, 1))
    .addRange(sheet.getRange(1, 2, rows, 1));
}

export default suite("Диаграммы / Embedded charts", (check) => {
  check("a built chart has no id; inserted, it is the last of getCharts() with an id, title and anchor", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:B3").setValues([
        ["Показатель", "Значение"],
        ["Пары", 3],
        ["Встречи", 5],
      ]);
      const built = columnChart(sheet, "Первая", 3).build();
      assertEqual(built.getChartId(), null, "a built chart's id");
      sheet.insertChart(built);
      sheet.insertChart(columnChart(sheet, "Вторая", 3).build());
      const charts = sheet.getCharts();
      assertEqual(charts.length, 2, "charts on the sheet");
      const last = charts[charts.length - 1]!;
      const id = last.getChartId();
      assert(typeof id === "number", `a numeric id, got ${String(id)}`);
      assertEqual(last.getOptions().get("title"), "Вторая", "the last one is the one inserted last");
      assert(charts[0]!.getChartId() !== id, "two ids");
      const info = last.getContainerInfo();
      assertEqual([info.getAnchorRow(), info.getAnchorColumn()], [2, 4], "the anchor cell");
      assertEqual(
        last.getRanges().map((r) => r.getA1Notation()),
        ["A1:A3", "B1:B3"],
        "the ranges",
      );
    }),
  );

  check("modify, clearRanges and updateChart change the chart in place: same id, same count", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:B4").setValues([
        ["Показатель", "Значение"],
        ["Пары", 3],
        ["Встречи", 5],
        ["Анкеты", 7],
      ]);
      sheet.insertChart(columnChart(sheet, "До", 3).build());
      const [chart] = sheet.getCharts();
      assert(chart, "the chart");
      const id = chart.getChartId();
      const again = chart
        .modify()
        .setChartType(Charts.ChartType.COLUMN)
        .clearRanges()
        .setPosition(2, 4, 0, 0)
        .setOption("title", "После")
        .addRange(sheet.getRange(1, 1, 4, 1))
        .addRange(sheet.getRange(1, 2, 4, 1))
        .build();
      sheet.updateChart(again);
      const after = sheet.getCharts();
      assertEqual(after.length, 1, "still one chart");
      assertEqual(after[0]!.getChartId(), id, "the same id");
      assertEqual(after[0]!.getOptions().get("title"), "После", "the new title");
      assertEqual(
        after[0]!.getRanges().map((r) => r.getA1Notation()),
        ["A1:A4", "B1:B4"],
        "only the new ranges",
      );
    }),
  );

  check("removeChart removes that chart only; the others keep their ids, anchors and titles", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:B3").setValues([
        ["Показатель", "Значение"],
        ["Пары", 3],
        ["Встречи", 5],
      ]);
      sheet.insertChart(columnChart(sheet, "Наша", 3).build());
      sheet.insertChart(columnChart(sheet, "Копия", 3).build());
      sheet.insertChart(columnChart(sheet, "Куратора", 3).setPosition(10, 1, 0, 0).build());
      const [ours, copy, theirs] = sheet.getCharts();
      assert(ours && copy && theirs, "three charts");
      const ids = [ours.getChartId(), theirs.getChartId()];
      sheet.removeChart(copy);
      const left = sheet.getCharts();
      assertEqual(
        left.map((c) => c.getChartId()),
        ids,
        "the two others, same ids, in order",
      );
      assertEqual(
        left.map((c) => [
          c.getOptions().get("title"),
          c.getContainerInfo().getAnchorRow(),
          c.getContainerInfo().getAnchorColumn(),
        ]),
        [
          ["Наша", 2, 4],
          ["Куратора", 10, 1],
        ],
        "titles and anchors",
      );
    }),
  );

  check("an updated chart reads back its new anchor and title; its id is the same on every getCharts()", () =>
    withSheet((sheet) => {
      sheet.getRange("A1:B3").setValues([
        ["Показатель", "Значение"],
        ["Пары", 3],
        ["Встречи", 5],
      ]);
      sheet.insertChart(columnChart(sheet, "До", 3).build());
      const id = sheet.getCharts()[0]!.getChartId();
      assertEqual(sheet.getCharts()[0]!.getChartId(), id, "the id asked again");
      sheet.updateChart(
        sheet.getCharts()[0]!.modify().setPosition(5, 7, 0, 0).setOption("title", "После").build(),
      );
      const [after] = sheet.getCharts();
      assert(after, "the chart");
      assertEqual(after.getChartId(), id, "the same id");
      assertEqual(
        [
          after.getOptions().get("title"),
          after.getContainerInfo().getAnchorRow(),
          after.getContainerInfo().getAnchorColumn(),
        ],
        ["После", 5, 7],
        "the new title and anchor",
      );
    }),
  );
});
