/**
 * Embedded charts of a sheet (Sheet.newChart/insertChart/updateChart/removeChart/getCharts) and the `Charts`
 * global's enums and text styles. A chart is data only: type, ranges, options and position; nothing is drawn
 * (getBlob gives a 1×1 PNG stand-in). Every class counts under SpreadsheetApp (the emulator has no Charts service
 * of its own).
 *
 * Builders share one mutable state between their typed views (asColumnChart()… return a view of the same
 * builder); an EmbeddedChart is a frozen copy taken by build() or getCharts(), and a sheet's chart changes only
 * through insertChart/updateChart/removeChart.
 */
import type { Area } from "./a1";
import { EnumValue, Facade, gasError, instrument, isDate, isEnumOf, makeEnum, signatureError } from "./core";
import { checkAlive, hide, isInt, resolveBounds } from "./grid";
import { type ChartModel, type ChartRange, type ChartSpec, rangeRefA1, type SheetModel } from "./model";
import { EmuRange, newRange } from "./range";
import { EmuBlob } from "./utilities";
import type { World } from "./world";

// ---------------------------------------------------------------------------------------------- enums

/** Google's order (Charts.ChartType). */
export const ChartType = makeEnum([
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);
export const ChartHiddenDimensionStrategy = makeEnum([
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
]);
export const ChartMergeStrategy = makeEnum(["MERGE_COLUMNS", "MERGE_ROWS"]);
export const ColumnType = makeEnum(["DATE", "NUMBER", "STRING"]);
export const CurveStyle = makeEnum(["NORMAL", "SMOOTH"]);
export const PointStyle = makeEnum(["NONE", "TINY", "MEDIUM", "LARGE", "HUGE"]);
export const Position = makeEnum(["TOP", "RIGHT", "BOTTOM", "NONE"]);

const MIME_PNG = "image/png";
const MIME_PDF = "application/pdf";
/** A valid 1×1 transparent PNG: what getBlob() gives instead of a rendering. */
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

// ---------------------------------------------------------------------------------------------- spec

function newSpec(): ChartSpec {
  return {
    type: null,
    ranges: [],
    options: new Map(),
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    numHeaders: -1,
    transpose: false,
    hiddenDimensionStrategy: "IGNORE_BOTH",
    mergeStrategy: "MERGE_COLUMNS",
  };
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A deep copy of an option value (of any realm); `ok: false` when the value is not option data. */
function cloneOption(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (value === null || typeof value === "string" || typeof value === "boolean") return { ok: true, value };
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  if (value instanceof EnumValue) return { ok: true, value };
  if (isDate(value)) return { ok: true, value: new Date(value.getTime()) };
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const copy = cloneOption(item);
      if (!copy.ok) return copy;
      out.push(copy.value);
    }
    return { ok: true, value: out };
  }
  if (typeof value === "object" && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const copy = cloneOption(item);
      if (!copy.ok) return copy;
      out[key] = copy.value;
    }
    return { ok: true, value: out };
  }
  return { ok: false };
}

function copyValue(value: unknown): unknown {
  const copy = cloneOption(value);
  return copy.ok ? copy.value : value;
}

export function cloneSpec(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, area: { ...r.area } })),
    options: new Map([...spec.options].map(([k, v]) => [k, copyValue(v)])),
  };
}

function sameArea(a: Area, b: Area): boolean {
  return a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;
}

function notOnSheet(range: ChartRange, sheet: SheetModel): Error {
  return gasError(
    `The range ${rangeRefA1(range.sheet, range.area)} is not on the chart's sheet "${sheet.name}".`,
  );
}

/** A chart's ranges must be on its own sheet (the emulator's rule) and inside the grid. */
function checkRanges(sheet: SheetModel, spec: ChartSpec): void {
  for (const range of spec.ranges) {
    if (range.sheet !== sheet) throw notOnSheet(range, sheet);
    resolveBounds(sheet, range.area);
  }
}

function checkAnchor(sheet: SheetModel, row: number, column: number): void {
  if (row > sheet.maxRows) throw gasError("Invalid argument: anchorRowPos");
  if (column > sheet.maxColumns) throw gasError("Invalid argument: anchorColPos");
}

// ---------------------------------------------------------------------------------------------- TextStyle

interface TextStyleState {
  color?: string;
  fontName?: string;
  fontSize?: number;
}

export class EmuTextStyle extends Facade {
  declare readonly _style: Readonly<TextStyleState>;

  constructor(world: World, style: TextStyleState) {
    super(world);
    hide(this, { _style: Object.freeze({ ...style }) });
  }

  getColor(): string | null {
    return this._style.color ?? null;
  }
  getFontName(): string | null {
    return this._style.fontName ?? null;
  }
  getFontSize(): number | null {
    return this._style.fontSize ?? null;
  }
}
instrument(EmuTextStyle, { service: "SpreadsheetApp", className: "TextStyle" });

export class EmuTextStyleBuilder extends Facade {
  declare readonly _style: TextStyleState;

  constructor(world: World) {
    super(world);
    hide(this, { _style: {} });
  }

  setColor(cssValue: unknown): this {
    if (typeof cssValue !== "string") throw signatureError("Charts.TextStyleBuilder.setColor", [cssValue]);
    this._style.color = cssValue;
    return this;
  }
  setFontName(fontName: unknown): this {
    if (typeof fontName !== "string") throw signatureError("Charts.TextStyleBuilder.setFontName", [fontName]);
    this._style.fontName = fontName;
    return this;
  }
  setFontSize(fontSize: unknown): this {
    if (typeof fontSize !== "number" || !Number.isFinite(fontSize)) {
      throw signatureError("Charts.TextStyleBuilder.setFontSize", [fontSize]);
    }
    this._style.fontSize = fontSize;
    return this;
  }
  build(): EmuTextStyle {
    return new EmuTextStyle(this.world, this._style);
  }
}
instrument(EmuTextStyleBuilder, { service: "SpreadsheetApp", className: "TextStyleBuilder" });

/** The `Charts` global: enums (property reads, not counted) and `newTextStyle()`. */
export class EmuCharts extends Facade {
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
  readonly ChartType = ChartType;
  readonly ColumnType = ColumnType;
  readonly CurveStyle = CurveStyle;
  readonly PointStyle = PointStyle;
  readonly Position = Position;

  newTextStyle(): EmuTextStyleBuilder {
    return new EmuTextStyleBuilder(this.world);
  }
}
instrument(EmuCharts, { service: "SpreadsheetApp", className: "Charts" });

// ---------------------------------------------------------------------------------------------- ContainerInfo

export class EmuContainerInfo extends Facade {
  declare readonly _position: Readonly<{ row: number; column: number; x: number; y: number }>;

  constructor(world: World, spec: ChartSpec) {
    super(world);
    hide(this, {
      _position: Object.freeze({
        row: spec.anchorRow,
        column: spec.anchorColumn,
        x: spec.offsetX,
        y: spec.offsetY,
      }),
    });
  }

  getAnchorColumn(): number {
    return this._position.column;
  }
  getAnchorRow(): number {
    return this._position.row;
  }
  getOffsetX(): number {
    return this._position.x;
  }
  getOffsetY(): number {
    return this._position.y;
  }
}
instrument(EmuContainerInfo, { service: "SpreadsheetApp", className: "ContainerInfo" });

// ---------------------------------------------------------------------------------------------- ChartOptions

export class EmuChartOptions extends Facade {
  declare readonly _options: ReadonlyMap<string, unknown>;

  constructor(world: World, options: ReadonlyMap<string, unknown>) {
    super(world);
    hide(this, { _options: options });
  }

  /** The value set under `option`; a dotted name also reads into an object set under its prefix. */
  get(option: unknown): unknown {
    if (typeof option !== "string") throw signatureError("Charts.ChartOptions.get", [option]);
    if (this._options.has(option)) return copyValue(this._options.get(option));
    const parts = option.split(".");
    for (let i = parts.length - 1; i >= 1; i--) {
      const prefix = parts.slice(0, i).join(".");
      if (!this._options.has(prefix)) continue;
      let value: unknown = this._options.get(prefix);
      for (const key of parts.slice(i)) {
        if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
        value = (value as Record<string, unknown>)[key];
      }
      return value === undefined ? null : copyValue(value);
    }
    return null;
  }
  /** The emulator knows no defaults: as `get`. */
  getOrDefault(option: unknown): unknown {
    if (typeof option !== "string") throw signatureError("Charts.ChartOptions.getOrDefault", [option]);
    return this.get(option);
  }
}
instrument(EmuChartOptions, { service: "SpreadsheetApp", className: "ChartOptions" });

// ---------------------------------------------------------------------------------------------- EmbeddedChart

export class EmuEmbeddedChart extends Facade {
  /** The sheet the chart was built for or read from. */
  declare readonly _sheet: SheetModel;
  /** null until the chart is on a sheet (built by `newChart()`). */
  declare readonly _chartId: number | null;
  declare readonly _spec: ChartSpec;

  constructor(world: World, sheet: SheetModel, chartId: number | null, spec: ChartSpec) {
    super(world);
    hide(this, { _sheet: sheet, _chartId: chartId, _spec: spec });
  }

  private _blobName(extension: string): string {
    const title = this._spec.options.get("title");
    return `${typeof title === "string" && title !== "" ? title : "Chart"}.${extension}`;
  }

  asDataSourceChart(): null {
    return null;
  }
  getAs(contentType: unknown): EmuBlob {
    if (typeof contentType !== "string")
      throw signatureError("SpreadsheetApp.EmbeddedChart.getAs", [contentType]);
    if (contentType === MIME_PNG)
      return new EmuBlob(this.world, Buffer.from(PNG_1X1), MIME_PNG, this._blobName("png"));
    if (contentType === MIME_PDF) {
      const title = this._spec.options.get("title");
      const text = `%PDF-1.4\n% emulator stand-in: ${this._spec.type ?? "chart"} chart${
        typeof title === "string" ? ` "${title}"` : ""
      }\n%%EOF\n`;
      return new EmuBlob(this.world, Buffer.from(text, "utf8"), MIME_PDF, this._blobName("pdf"));
    }
    throw gasError(`Converting from ${MIME_PNG} to ${contentType} is not supported.`);
  }
  getBlob(): EmuBlob {
    return new EmuBlob(this.world, Buffer.from(PNG_1X1), MIME_PNG, this._blobName("png"));
  }
  getChartId(): number | null {
    return this._chartId;
  }
  getContainerInfo(): EmuContainerInfo {
    return new EmuContainerInfo(this.world, this._spec);
  }
  getHiddenDimensionStrategy(): EnumValue {
    return ChartHiddenDimensionStrategy[
      this._spec.hiddenDimensionStrategy as keyof typeof ChartHiddenDimensionStrategy
    ];
  }
  getMergeStrategy(): EnumValue {
    return ChartMergeStrategy[this._spec.mergeStrategy as keyof typeof ChartMergeStrategy];
  }
  getNumHeaders(): number {
    return this._spec.numHeaders;
  }
  getOptions(): EmuChartOptions {
    return new EmuChartOptions(this.world, cloneSpec(this._spec).options);
  }
  getRanges(): EmuRange[] {
    return this._spec.ranges.map((r) => newRange(this.world, r.sheet, { ...r.area }));
  }
  getTransposeRowsAndColumns(): boolean {
    return this._spec.transpose;
  }
  modify(): EmuChartBuilder {
    return newBuilder(this.world, this._sheet, this._chartId, cloneSpec(this._spec), "EmbeddedChartBuilder");
  }
}
instrument(EmuEmbeddedChart, { service: "SpreadsheetApp", className: "EmbeddedChart" });

// ---------------------------------------------------------------------------------------------- builders

/** The builder classes, by their Apps Script names. */
type BuilderName =
  | "EmbeddedChartBuilder"
  | "EmbeddedAreaChartBuilder"
  | "EmbeddedBarChartBuilder"
  | "EmbeddedColumnChartBuilder"
  | "EmbeddedComboChartBuilder"
  | "EmbeddedHistogramChartBuilder"
  | "EmbeddedLineChartBuilder"
  | "EmbeddedPieChartBuilder"
  | "EmbeddedScatterChartBuilder"
  | "EmbeddedTableChartBuilder";

/**
 * Base of every builder view; its public methods are attached per class below (so that each class counts its
 * calls under its own name, e.g. "EmbeddedColumnChartBuilder.setTitle", and has only Google's methods).
 */
export class EmuChartBuilder extends Facade {
  declare readonly _sheet: SheetModel;
  declare readonly _chartId: number | null;
  declare readonly _state: ChartSpec;
  declare readonly _className: BuilderName;

  constructor(
    world: World,
    sheet: SheetModel,
    chartId: number | null,
    state: ChartSpec,
    className: BuilderName,
  ) {
    super(world);
    hide(this, { _sheet: sheet, _chartId: chartId, _state: state, _className: className });
  }

  _method(name: string): string {
    return `SpreadsheetApp.${this._className}.${name}`;
  }
  _view(className: BuilderName, type?: keyof typeof ChartType): EmuChartBuilder {
    if (type !== undefined) this._state.type = type;
    return newBuilder(this.world, this._sheet, this._chartId, this._state, className);
  }
  _option(name: string, value: unknown): this {
    this._state.options.set(name, value);
    return this;
  }
  _string(method: string, value: unknown): string {
    if (typeof value !== "string") throw signatureError(this._method(method), [value]);
    return value;
  }
  _boolean(method: string, value: unknown): boolean {
    if (typeof value !== "boolean") throw signatureError(this._method(method), [value]);
    return value;
  }
  _int(method: string, value: unknown): number {
    if (!isInt(value)) throw signatureError(this._method(method), [value]);
    return value;
  }
  _numbers(method: string, start: unknown, end: unknown): [number, number] {
    if (
      typeof start !== "number" ||
      typeof end !== "number" ||
      !Number.isFinite(start) ||
      !Number.isFinite(end)
    ) {
      throw signatureError(this._method(method), [start, end]);
    }
    return [start, end];
  }
  _textStyle(method: string, value: unknown): Record<string, unknown> {
    if (!(value instanceof EmuTextStyle)) throw signatureError(this._method(method), [value]);
    return { ...value._style };
  }
  _rangeArg(method: string, range: unknown): ChartRange {
    if (!(range instanceof EmuRange)) throw signatureError(this._method(method), [range]);
    range._bounds();
    const ref: ChartRange = { sheet: range._sheet, area: { ...range._area } };
    if (ref.sheet !== this._sheet) throw notOnSheet(ref, this._sheet);
    return ref;
  }
}

type BuilderMethod = (this: EmuChartBuilder, ...args: unknown[]) => unknown;

/**
 * Methods every builder has. They return the builder they are called on (a typed builder stays typed, as scripts
 * recorded by Sheets rely on: `asColumnChart().addRange(r).setXAxisTitle(…)`).
 */
const COMMON: Record<string, BuilderMethod> = {
  addRange(range) {
    const ref = this._rangeArg("addRange", range);
    checkAlive(this._sheet);
    if (!this._state.ranges.some((r) => r.sheet === ref.sheet && sameArea(r.area, ref.area))) {
      this._state.ranges.push(ref);
    }
    return this;
  },
  removeRange(range) {
    if (!(range instanceof EmuRange)) throw signatureError(this._method("removeRange"), [range]);
    this._state.ranges = this._state.ranges.filter(
      (r) => !(r.sheet === range._sheet && sameArea(r.area, range._area)),
    );
    return this;
  },
  clearRanges() {
    this._state.ranges = [];
    return this;
  },
  getRanges() {
    return this._state.ranges.map((r) => newRange(this.world, r.sheet, { ...r.area }));
  },
  getChartType() {
    const type = this._state.type;
    return type === null ? null : ChartType[type as keyof typeof ChartType];
  },
  getContainer() {
    return new EmuContainerInfo(this.world, this._state);
  },
  setChartType(type) {
    if (!isEnumOf(ChartType, type)) throw signatureError(this._method("setChartType"), [type]);
    this._state.type = type.name();
    return this;
  },
  setHiddenDimensionStrategy(strategy) {
    if (!isEnumOf(ChartHiddenDimensionStrategy, strategy)) {
      throw signatureError(this._method("setHiddenDimensionStrategy"), [strategy]);
    }
    this._state.hiddenDimensionStrategy = strategy.name();
    return this;
  },
  setMergeStrategy(mergeStrategy) {
    if (!isEnumOf(ChartMergeStrategy, mergeStrategy)) {
      throw signatureError(this._method("setMergeStrategy"), [mergeStrategy]);
    }
    this._state.mergeStrategy = mergeStrategy.name();
    return this;
  },
  setNumHeaders(headers) {
    const n = this._int("setNumHeaders", headers);
    if (n < -1) throw gasError("Invalid argument: headers");
    this._state.numHeaders = n;
    return this;
  },
  setOption(option, value) {
    if (typeof option !== "string" || option === "" || value === undefined) {
      throw signatureError(this._method("setOption"), [option, value]);
    }
    const copy = cloneOption(value);
    if (!copy.ok) throw signatureError(this._method("setOption"), [option, value]);
    this._state.options.set(option, copy.value);
    return this;
  },
  setPosition(anchorRowPos, anchorColPos, offsetX, offsetY) {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!isInt(anchorRowPos) || !isInt(anchorColPos) || !isInt(offsetX) || !isInt(offsetY)) {
      throw signatureError(this._method("setPosition"), args);
    }
    if (anchorRowPos < 1) throw gasError("Invalid argument: anchorRowPos");
    if (anchorColPos < 1) throw gasError("Invalid argument: anchorColPos");
    if (offsetX < 0) throw gasError("Invalid argument: offsetX");
    if (offsetY < 0) throw gasError("Invalid argument: offsetY");
    checkAlive(this._sheet);
    checkAnchor(this._sheet, anchorRowPos, anchorColPos);
    Object.assign(this._state, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this;
  },
  setTransposeRowsAndColumns(transpose) {
    this._state.transpose = this._boolean("setTransposeRowsAndColumns", transpose);
    return this;
  },
  asAreaChart() {
    return this._view("EmbeddedAreaChartBuilder", "AREA");
  },
  asBarChart() {
    return this._view("EmbeddedBarChartBuilder", "BAR");
  },
  asColumnChart() {
    return this._view("EmbeddedColumnChartBuilder", "COLUMN");
  },
  asComboChart() {
    return this._view("EmbeddedComboChartBuilder", "COMBO");
  },
  asHistogramChart() {
    return this._view("EmbeddedHistogramChartBuilder", "HISTOGRAM");
  },
  asLineChart() {
    return this._view("EmbeddedLineChartBuilder", "LINE");
  },
  asPieChart() {
    return this._view("EmbeddedPieChartBuilder", "PIE");
  },
  asScatterChart() {
    return this._view("EmbeddedScatterChartBuilder", "SCATTER");
  },
  asTableChart() {
    return this._view("EmbeddedTableChartBuilder", "TABLE");
  },
  build() {
    const state = this._state;
    if (state.type === null) throw gasError("The chart type must be set before building the chart.");
    return new EmuEmbeddedChart(this.world, this._sheet, this._chartId, cloneSpec(state));
  },
};

/**
 * The typed builders' setters; each records Google Charts options (the names `getOptions().get(...)` reads back).
 */
const TYPED: Record<string, BuilderMethod> = {
  setTitle(chartTitle) {
    return this._option("title", this._string("setTitle", chartTitle));
  },
  setTitleTextStyle(textStyle) {
    return this._option("titleTextStyle", this._textStyle("setTitleTextStyle", textStyle));
  },
  setBackgroundColor(cssValue) {
    return this._option("backgroundColor", this._string("setBackgroundColor", cssValue));
  },
  setColors(cssValues) {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== "string")) {
      throw signatureError(this._method("setColors"), [cssValues]);
    }
    return this._option("colors", [...(cssValues as string[])]);
  },
  setLegendPosition(position) {
    if (!isEnumOf(Position, position)) throw signatureError(this._method("setLegendPosition"), [position]);
    return this._option("legend.position", position.name().toLowerCase());
  },
  setLegendTextStyle(textStyle) {
    return this._option("legend.textStyle", this._textStyle("setLegendTextStyle", textStyle));
  },
  setXAxisTitle(title) {
    return this._option("hAxis.title", this._string("setXAxisTitle", title));
  },
  setXAxisTextStyle(textStyle) {
    return this._option("hAxis.textStyle", this._textStyle("setXAxisTextStyle", textStyle));
  },
  setXAxisTitleTextStyle(textStyle) {
    return this._option("hAxis.titleTextStyle", this._textStyle("setXAxisTitleTextStyle", textStyle));
  },
  setYAxisTitle(title) {
    return this._option("vAxis.title", this._string("setYAxisTitle", title));
  },
  setYAxisTextStyle(textStyle) {
    return this._option("vAxis.textStyle", this._textStyle("setYAxisTextStyle", textStyle));
  },
  setYAxisTitleTextStyle(textStyle) {
    return this._option("vAxis.titleTextStyle", this._textStyle("setYAxisTitleTextStyle", textStyle));
  },
  reverseCategories() {
    return this._option("reverseCategories", true);
  },
  setStacked() {
    return this._option("isStacked", true);
  },
  useLogScale() {
    return this._option("vAxis.logScale", true);
  },
  setRange(start, end) {
    const [min, max] = this._numbers("setRange", start, end);
    this._option("vAxis.viewWindow.min", min);
    return this._option("vAxis.viewWindow.max", max);
  },
  setPointStyle(style) {
    if (!isEnumOf(PointStyle, style)) throw signatureError(this._method("setPointStyle"), [style]);
    return this._option("pointStyle", style.name().toLowerCase());
  },
  setCurveStyle(style) {
    if (!isEnumOf(CurveStyle, style)) throw signatureError(this._method("setCurveStyle"), [style]);
    return this._option("curveType", style === CurveStyle.SMOOTH ? "function" : "none");
  },
  reverseDirection() {
    return this._option("reverseDirection", true);
  },
  set3D() {
    return this._option("is3D", true);
  },
  setXAxisLogScale() {
    return this._option("hAxis.logScale", true);
  },
  setYAxisLogScale() {
    return this._option("vAxis.logScale", true);
  },
  setXAxisRange(start, end) {
    const [min, max] = this._numbers("setXAxisRange", start, end);
    this._option("hAxis.viewWindow.min", min);
    return this._option("hAxis.viewWindow.max", max);
  },
  setYAxisRange(start, end) {
    const [min, max] = this._numbers("setYAxisRange", start, end);
    this._option("vAxis.viewWindow.min", min);
    return this._option("vAxis.viewWindow.max", max);
  },
  enablePaging(first, startPage) {
    if (typeof first === "boolean" && startPage === undefined) {
      return this._option("page", first ? "enable" : "disable");
    }
    if (!isInt(first) || (startPage !== undefined && !isInt(startPage))) {
      throw signatureError(this._method("enablePaging"), [first, startPage]);
    }
    this._option("page", "enable");
    this._option("pageSize", first);
    return startPage === undefined ? this : this._option("startPage", startPage);
  },
  enableRtlTable(rtlEnabled) {
    return this._option("rtlTable", this._boolean("enableRtlTable", rtlEnabled));
  },
  enableSorting(enableSorting) {
    return this._option("sort", this._boolean("enableSorting", enableSorting) ? "enable" : "disable");
  },
  setFirstRowNumber(number) {
    return this._option("firstRowNumber", this._int("setFirstRowNumber", number));
  },
  setInitialSortingAscending(column) {
    this._option("sortColumn", this._int("setInitialSortingAscending", column));
    return this._option("sortAscending", true);
  },
  setInitialSortingDescending(column) {
    this._option("sortColumn", this._int("setInitialSortingDescending", column));
    return this._option("sortAscending", false);
  },
  showRowNumberColumn(showRowNumber) {
    return this._option("showRowNumber", this._boolean("showRowNumberColumn", showRowNumber));
  },
  useAlternatingRowStyle(alternate) {
    return this._option("alternatingRowStyle", this._boolean("useAlternatingRowStyle", alternate));
  },
};

const STYLED = [
  "setTitle",
  "setTitleTextStyle",
  "setBackgroundColor",
  "setColors",
  "setLegendPosition",
  "setLegendTextStyle",
];
const AXES = [
  "setXAxisTitle",
  "setXAxisTextStyle",
  "setXAxisTitleTextStyle",
  "setYAxisTitle",
  "setYAxisTextStyle",
  "setYAxisTitleTextStyle",
];
const CATEGORIES = ["reverseCategories", "setRange", "useLogScale"];

/** Each class's own methods beyond COMMON, as @types/google-apps-script and Google's reference list them. */
const EXTRA: Record<BuilderName, readonly string[]> = {
  EmbeddedChartBuilder: [],
  EmbeddedAreaChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setStacked", "setPointStyle"],
  EmbeddedBarChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setStacked", "reverseDirection"],
  EmbeddedColumnChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setStacked"],
  EmbeddedComboChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setStacked"],
  EmbeddedHistogramChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setStacked"],
  EmbeddedLineChartBuilder: [...STYLED, ...AXES, ...CATEGORIES, "setPointStyle", "setCurveStyle"],
  EmbeddedPieChartBuilder: [...STYLED, "reverseCategories", "set3D"],
  EmbeddedScatterChartBuilder: [
    ...STYLED,
    ...AXES,
    "setPointStyle",
    "setXAxisLogScale",
    "setXAxisRange",
    "setYAxisLogScale",
    "setYAxisRange",
  ],
  EmbeddedTableChartBuilder: [
    "enablePaging",
    "enableRtlTable",
    "enableSorting",
    "setFirstRowNumber",
    "setInitialSortingAscending",
    "setInitialSortingDescending",
    "showRowNumberColumn",
    "useAlternatingRowStyle",
  ],
};

const BUILDER_CLASSES = {} as Record<BuilderName, typeof EmuChartBuilder>;

for (const name of Object.keys(EXTRA) as BuilderName[]) {
  const cls = class extends EmuChartBuilder {};
  Object.defineProperty(cls, "name", { value: `Emu${name}` });
  const methods: Record<string, BuilderMethod> = { ...COMMON };
  for (const method of EXTRA[name]) {
    const fn = TYPED[method];
    if (fn === undefined) throw new Error(`charts.ts: no method ${method}`);
    methods[method] = fn;
  }
  for (const [method, fn] of Object.entries(methods)) {
    Object.defineProperty(cls.prototype, method, { value: fn, writable: true, configurable: true });
  }
  instrument(cls, { service: "SpreadsheetApp", className: name });
  BUILDER_CLASSES[name] = cls;
}

function newBuilder(
  world: World,
  sheet: SheetModel,
  chartId: number | null,
  state: ChartSpec,
  className: BuilderName,
): EmuChartBuilder {
  return new BUILDER_CLASSES[className](world, sheet, chartId, state, className);
}

// ---------------------------------------------------------------------------------------------- Sheet's side

/** Sheet.newChart(): an empty builder for a chart on `sheet`. */
export function newChartBuilder(world: World, sheet: SheetModel): EmuChartBuilder {
  return newBuilder(world, sheet, null, newSpec(), "EmbeddedChartBuilder");
}

function chartArg(chart: unknown, method: string): EmuEmbeddedChart {
  if (!(chart instanceof EmuEmbeddedChart)) throw signatureError(`SpreadsheetApp.Sheet.${method}`, [chart]);
  return chart;
}

function chartOnSheet(sheet: SheetModel, chart: EmuEmbeddedChart): ChartModel {
  const id = chart._chartId;
  if (id === null) {
    throw gasError("The chart is not on any sheet: insert it with Sheet.insertChart(chart) first.");
  }
  const found = sheet.charts.find((c) => c.id === id);
  if (!found) throw gasError(`The chart with id ${id} is not on the sheet "${sheet.name}".`);
  return found;
}

export function sheetCharts(world: World, sheet: SheetModel): EmuEmbeddedChart[] {
  return sheet.charts.map((c) => new EmuEmbeddedChart(world, sheet, c.id, cloneSpec(c.spec)));
}

/** Sheet.insertChart(chart): a new chart with a new id; a chart already in the spreadsheet is refused. */
export function insertChart(sheet: SheetModel, chartValue: unknown): void {
  const chart = chartArg(chartValue, "insertChart");
  const id = chart._chartId;
  if (id !== null && sheet.book.sheets.some((s) => s.charts.some((c) => c.id === id))) {
    throw gasError(
      `The chart with id ${id} is already in the spreadsheet: change it with Sheet.updateChart(chart).`,
    );
  }
  const spec = cloneSpec(chart._spec);
  checkRanges(sheet, spec);
  checkAnchor(sheet, spec.anchorRow, spec.anchorColumn);
  sheet.charts.push({ id: sheet.book.books.newChartId(), spec });
}

/** Sheet.updateChart(chart): replaces the chart with the same id on this sheet. */
export function updateChart(sheet: SheetModel, chartValue: unknown): void {
  const chart = chartArg(chartValue, "updateChart");
  const model = chartOnSheet(sheet, chart);
  const spec = cloneSpec(chart._spec);
  checkRanges(sheet, spec);
  checkAnchor(sheet, spec.anchorRow, spec.anchorColumn);
  model.spec = spec;
}

/** Sheet.removeChart(chart). */
export function removeChart(sheet: SheetModel, chartValue: unknown): void {
  const chart = chartArg(chartValue, "removeChart");
  const model = chartOnSheet(sheet, chart);
  sheet.charts = sheet.charts.filter((c) => c !== model);
}
