/**
 * Objects hanging off a spreadsheet: DataValidation (+ builder), Protection, NamedRange and
 * DeveloperMetadata (+ finder and location).
 */
import { Facade, gasError, instrument, isDate, isEnumOf, signatureError } from "./core";
import {
  type CriteriaName,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
} from "./enums";
import { hide } from "./grid";
import {
  type MetadataModel,
  type NamedRangeModel,
  type ProtectionModel,
  RangeRef,
  type SheetModel,
  type SpreadsheetModel,
  type ValidationRule,
} from "./model";
import { EmuUser, emailOf } from "./session";
import type { EmuSpreadsheet } from "./spreadsheet";
import { EmuRange, EmuSheet, newRange, newSheet, newSpreadsheet } from "./spreadsheet";
import type { World } from "./world";

function copyArg(world: World, value: unknown): unknown {
  if (value instanceof RangeRef) return newRange(world, value.sheet, value.area);
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((v) => copyArg(world, v));
  return value;
}

// ---------------------------------------------------------------------------------------------- DataValidation

export class EmuDataValidation extends Facade {
  declare readonly _rule: ValidationRule;

  constructor(world: World, rule: ValidationRule) {
    super(world);
    hide(this, { _rule: rule });
  }

  getCriteriaType(): unknown {
    return DataValidationCriteria[this._rule.criteria as CriteriaName];
  }
  getCriteriaValues(): unknown[] {
    return this._rule.args.map((a) => copyArg(this.world, a));
  }
  getHelpText(): string | null {
    return this._rule.helpText;
  }
  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }
  copy(): EmuDataValidationBuilder {
    const { criteria, args, allowInvalid, helpText } = this._rule;
    return new EmuDataValidationBuilder(this.world, { criteria, args: [...args], allowInvalid, helpText });
  }
}
instrument(EmuDataValidation, { service: "SpreadsheetApp", className: "DataValidation" });

interface BuilderState {
  criteria: string | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const BUILDER = "SpreadsheetApp.DataValidationBuilder";

export class EmuDataValidationBuilder extends Facade {
  declare readonly _state: BuilderState;

  constructor(world: World, state?: BuilderState) {
    super(world);
    hide(this, { _state: state ?? { criteria: null, args: [], allowInvalid: true, helpText: null } });
  }

  private _set(criteria: CriteriaName, args: unknown[]): this {
    this._state.criteria = criteria;
    this._state.args = args;
    return this;
  }
  private _numbers(method: string, args: unknown[], count: number): number[] {
    if (args.length !== count || args.some((a) => typeof a !== "number" || !Number.isFinite(a))) {
      throw signatureError(`${BUILDER}.${method}`, args);
    }
    return args as number[];
  }
  private _dates(method: string, args: unknown[], count: number): Date[] {
    if (args.length !== count || args.some((a) => !isDate(a)))
      throw signatureError(`${BUILDER}.${method}`, args);
    return (args as Date[]).map((d) => new Date(d.getTime()));
  }
  private _text(method: string, text: unknown): string {
    if (typeof text !== "string") throw signatureError(`${BUILDER}.${method}`, [text]);
    return text;
  }

  build(): EmuDataValidation {
    const { criteria, args, allowInvalid, helpText } = this._state;
    if (criteria === null) throw gasError("You must specify a criteria type for the data validation rule.");
    return new EmuDataValidation(
      this.world,
      Object.freeze({ criteria, args: [...args], allowInvalid, helpText }),
    );
  }
  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.world, { ...this._state, args: [...this._state.args] });
  }
  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }
  getCriteriaType(): unknown {
    return this._state.criteria === null
      ? null
      : DataValidationCriteria[this._state.criteria as CriteriaName];
  }
  getCriteriaValues(): unknown[] {
    return this._state.args.map((a) => copyArg(this.world, a));
  }
  getHelpText(): string | null {
    return this._state.helpText;
  }
  setAllowInvalid(allowInvalidData: unknown): this {
    if (typeof allowInvalidData !== "boolean")
      throw signatureError(`${BUILDER}.setAllowInvalid`, [allowInvalidData]);
    this._state.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: unknown): this {
    this._state.helpText = this._text("setHelpText", helpText);
    return this;
  }
  withCriteria(criteria: unknown, args: unknown): this {
    if (!isEnumOf(DataValidationCriteria, criteria) || !Array.isArray(args)) {
      throw signatureError(`${BUILDER}.withCriteria`, [criteria, args]);
    }
    return this._set(
      String(criteria) as CriteriaName,
      args.map((a: unknown) => (a instanceof EmuRange ? new RangeRef(a._sheet, a._area) : a)),
    );
  }

  requireCheckbox(...args: unknown[]): this {
    const values = args.filter((a) => a !== undefined);
    if (values.length > 2) throw signatureError(`${BUILDER}.requireCheckbox`, args);
    return this._set("CHECKBOX", values);
  }
  requireDate(): this {
    return this._set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(...args: unknown[]): this {
    return this._set("DATE_AFTER", this._dates("requireDateAfter", args, 1));
  }
  requireDateBefore(...args: unknown[]): this {
    return this._set("DATE_BEFORE", this._dates("requireDateBefore", args, 1));
  }
  requireDateBetween(...args: unknown[]): this {
    return this._set("DATE_BETWEEN", this._dates("requireDateBetween", args, 2));
  }
  requireDateNotBetween(...args: unknown[]): this {
    return this._set("DATE_NOT_BETWEEN", this._dates("requireDateNotBetween", args, 2));
  }
  requireDateEqualTo(...args: unknown[]): this {
    return this._set("DATE_EQUAL_TO", this._dates("requireDateEqualTo", args, 1));
  }
  requireDateOnOrAfter(...args: unknown[]): this {
    return this._set("DATE_ON_OR_AFTER", this._dates("requireDateOnOrAfter", args, 1));
  }
  requireDateOnOrBefore(...args: unknown[]): this {
    return this._set("DATE_ON_OR_BEFORE", this._dates("requireDateOnOrBefore", args, 1));
  }
  requireFormulaSatisfied(formula: unknown): this {
    return this._set("CUSTOM_FORMULA", [this._text("requireFormulaSatisfied", formula)]);
  }
  requireNumberBetween(...args: unknown[]): this {
    return this._set("NUMBER_BETWEEN", this._numbers("requireNumberBetween", args, 2));
  }
  requireNumberNotBetween(...args: unknown[]): this {
    return this._set("NUMBER_NOT_BETWEEN", this._numbers("requireNumberNotBetween", args, 2));
  }
  requireNumberEqualTo(...args: unknown[]): this {
    return this._set("NUMBER_EQUAL_TO", this._numbers("requireNumberEqualTo", args, 1));
  }
  requireNumberNotEqualTo(...args: unknown[]): this {
    return this._set("NUMBER_NOT_EQUAL_TO", this._numbers("requireNumberNotEqualTo", args, 1));
  }
  requireNumberGreaterThan(...args: unknown[]): this {
    return this._set("NUMBER_GREATER_THAN", this._numbers("requireNumberGreaterThan", args, 1));
  }
  requireNumberGreaterThanOrEqualTo(...args: unknown[]): this {
    return this._set(
      "NUMBER_GREATER_THAN_OR_EQUAL_TO",
      this._numbers("requireNumberGreaterThanOrEqualTo", args, 1),
    );
  }
  requireNumberLessThan(...args: unknown[]): this {
    return this._set("NUMBER_LESS_THAN", this._numbers("requireNumberLessThan", args, 1));
  }
  requireNumberLessThanOrEqualTo(...args: unknown[]): this {
    return this._set(
      "NUMBER_LESS_THAN_OR_EQUAL_TO",
      this._numbers("requireNumberLessThanOrEqualTo", args, 1),
    );
  }
  requireTextContains(text: unknown): this {
    return this._set("TEXT_CONTAINS", [this._text("requireTextContains", text)]);
  }
  requireTextDoesNotContain(text: unknown): this {
    return this._set("TEXT_DOES_NOT_CONTAIN", [this._text("requireTextDoesNotContain", text)]);
  }
  requireTextEqualTo(text: unknown): this {
    return this._set("TEXT_EQUAL_TO", [this._text("requireTextEqualTo", text)]);
  }
  requireTextIsEmail(): this {
    return this._set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this._set("TEXT_IS_VALID_URL", []);
  }
  requireValueInList(values: unknown, showDropdown: unknown = true): this {
    if (!Array.isArray(values) || typeof showDropdown !== "boolean") {
      throw signatureError(`${BUILDER}.requireValueInList`, [values, showDropdown]);
    }
    const list = values.map((v: unknown) => {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
        throw signatureError(`${BUILDER}.requireValueInList`, [values, showDropdown]);
      }
      return String(v);
    });
    return this._set("VALUE_IN_LIST", [list, showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown: unknown = true): this {
    if (!(range instanceof EmuRange) || typeof showDropdown !== "boolean") {
      throw signatureError(`${BUILDER}.requireValueInRange`, [range, showDropdown]);
    }
    range._bounds();
    return this._set("VALUE_IN_RANGE", [new RangeRef(range._sheet, { ...range._area }), showDropdown]);
  }
}
instrument(EmuDataValidationBuilder, { service: "SpreadsheetApp", className: "DataValidationBuilder" });

// ---------------------------------------------------------------------------------------------- Protection

const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export class EmuProtection extends Facade {
  declare readonly _model: ProtectionModel;

  constructor(world: World, model: ProtectionModel) {
    super(world);
    hide(this, { _model: model });
  }

  private _p(): ProtectionModel {
    if (this._model.removed) throw gasError("This protection has been removed.");
    return this._model;
  }
  private _emails(value: unknown, method: string): string[] {
    const list = Array.isArray(value) ? value : [value];
    return list.map((item: unknown) => {
      const email = emailOf(item);
      if (email === undefined) throw signatureError(`SpreadsheetApp.Protection.${method}`, [value]);
      if (!EMAIL_RE.test(email)) throw gasError(`Invalid email: ${email}`);
      return email;
    });
  }

  getProtectionType(): unknown {
    return ProtectionType[this._p().type];
  }
  getRange(): EmuRange {
    const p = this._p();
    // A sheet protection covers the whole sheet, unbounded: its range spans the grid as it is now, and its A1
    // notation is "" (as observed in live Apps Script by tanaikech/gas-fakes' test/testsheetspermissions.js).
    const area = p.area ?? { r1: 1, c1: 1, r2: null, c2: null };
    return newRange(this.world, p.sheet, area);
  }
  setRange(range: unknown): this {
    const p = this._p();
    if (!(range instanceof EmuRange) || range._sheet !== p.sheet || p.type !== "RANGE") {
      throw signatureError("SpreadsheetApp.Protection.setRange", [range]);
    }
    range._bounds();
    p.area = { ...range._area };
    return this;
  }
  getDescription(): string {
    return this._p().description;
  }
  setDescription(description: unknown): this {
    if (typeof description !== "string")
      throw signatureError("SpreadsheetApp.Protection.setDescription", [description]);
    this._p().description = description;
    return this;
  }
  isWarningOnly(): boolean {
    return this._p().warningOnly;
  }
  setWarningOnly(warningOnly: unknown): this {
    if (typeof warningOnly !== "boolean")
      throw signatureError("SpreadsheetApp.Protection.setWarningOnly", [warningOnly]);
    this._p().warningOnly = warningOnly;
    return this;
  }
  getEditors(): EmuUser[] {
    return this._p().editors.map((email) => new EmuUser(this.world, email));
  }
  addEditor(emailOrUser: unknown): this {
    return this.addEditors([emailOrUser]);
  }
  addEditors(emails: unknown): this {
    const p = this._p();
    for (const email of this._emails(emails, "addEditors"))
      if (!p.editors.includes(email)) p.editors.push(email);
    return this;
  }
  removeEditor(emailOrUser: unknown): this {
    return this.removeEditors([emailOrUser]);
  }
  /** The owner (the emulated user) always stays an editor, as in Google. */
  removeEditors(emails: unknown): this {
    const p = this._p();
    const gone = this._emails(emails, "removeEditors").filter((e) => e !== this.world.user.email);
    p.editors = p.editors.filter((e) => !gone.includes(e));
    return this;
  }
  canEdit(): boolean {
    const p = this._p();
    return p.warningOnly || p.editors.includes(this.world.user.email);
  }
  canDomainEdit(): boolean {
    return this._p().domainEdit;
  }
  setDomainEdit(editable: unknown): this {
    if (typeof editable !== "boolean")
      throw signatureError("SpreadsheetApp.Protection.setDomainEdit", [editable]);
    this._p().domainEdit = editable;
    return this;
  }
  getUnprotectedRanges(): EmuRange[] {
    const p = this._p();
    return p.unprotected.map((area) => newRange(this.world, p.sheet, area));
  }
  setUnprotectedRanges(ranges: unknown): this {
    const p = this._p();
    if (!Array.isArray(ranges) || p.type !== "SHEET") {
      throw signatureError("SpreadsheetApp.Protection.setUnprotectedRanges", [ranges]);
    }
    p.unprotected = ranges.map((r: unknown) => {
      if (!(r instanceof EmuRange) || r._sheet !== p.sheet) {
        throw signatureError("SpreadsheetApp.Protection.setUnprotectedRanges", [ranges]);
      }
      return { ...r._area };
    });
    return this;
  }
  getRangeName(): string | null {
    return this._p().rangeName;
  }
  setRangeName(rangeName: unknown): this {
    if (typeof rangeName !== "string")
      throw signatureError("SpreadsheetApp.Protection.setRangeName", [rangeName]);
    const p = this._p();
    const named = p.sheet.book.namedRanges.find((n) => n.name === rangeName);
    if (!named) throw gasError("Range not found");
    p.rangeName = rangeName;
    p.area = { ...named.area };
    return this;
  }
  remove(): void {
    const p = this._p();
    p.removed = true;
    p.sheet.book.protections = p.sheet.book.protections.filter((other) => other !== p);
  }
}
instrument(EmuProtection, { service: "SpreadsheetApp", className: "Protection" });

// ---------------------------------------------------------------------------------------------- NamedRange

/** Sheets' rule: letters, digits, "_" and "."; not starting with a digit; not A1/R1C1-like; not TRUE/FALSE. */
export function validNamedRangeName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 250 &&
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(true|false)$/i.test(name)
  );
}

export class EmuNamedRange extends Facade {
  declare readonly _model: NamedRangeModel;

  constructor(world: World, model: NamedRangeModel) {
    super(world);
    hide(this, { _model: model });
  }

  private _book(): SpreadsheetModel {
    return this._model.sheet.book;
  }
  private _n(): NamedRangeModel {
    if (!this._book().namedRanges.includes(this._model)) throw gasError("Range not found");
    return this._model;
  }

  getName(): string {
    return this._n().name;
  }
  setName(name: unknown): this {
    if (typeof name !== "string") throw signatureError("SpreadsheetApp.NamedRange.setName", [name]);
    const n = this._n();
    if (!validNamedRangeName(name)) throw gasError("Invalid argument: name");
    if (this._book().namedRanges.some((other) => other !== n && other.name === name)) {
      throw gasError(`A named range with the name "${name}" already exists.`);
    }
    n.name = name;
    return this;
  }
  getRange(): EmuRange {
    const n = this._n();
    return newRange(this.world, n.sheet, n.area);
  }
  setRange(range: unknown): this {
    const n = this._n();
    if (!(range instanceof EmuRange) || range._sheet.book !== this._book()) {
      throw signatureError("SpreadsheetApp.NamedRange.setRange", [range]);
    }
    range._bounds();
    n.sheet = range._sheet;
    n.area = { ...range._area };
    return this;
  }
  remove(): void {
    const n = this._n();
    const book = this._book();
    book.namedRanges = book.namedRanges.filter((other) => other !== n);
  }
}
instrument(EmuNamedRange, { service: "SpreadsheetApp", className: "NamedRange" });

// ---------------------------------------------------------------------------------------------- DeveloperMetadata

function spanOf(range: EmuRange, type: "ROW" | "COLUMN"): { start: number; end: number } {
  const b = range._bounds();
  return type === "ROW" ? { start: b.r1, end: b.r2 } : { start: b.c1, end: b.c2 };
}

export class EmuDeveloperMetadata extends Facade {
  declare readonly _book: SpreadsheetModel;
  declare readonly _model: MetadataModel;

  constructor(world: World, book: SpreadsheetModel, model: MetadataModel) {
    super(world);
    hide(this, { _book: book, _model: model });
  }

  private _m(): MetadataModel {
    if (this._model.removed) throw gasError("This developer metadata has been removed.");
    return this._model;
  }
  private _sheetRange(range: unknown, method: string): EmuRange {
    if (!(range instanceof EmuRange) || range._sheet.book !== this._book) {
      throw signatureError(`SpreadsheetApp.DeveloperMetadata.${method}`, [range]);
    }
    return range;
  }

  getId(): number {
    return this._m().id;
  }
  getKey(): string {
    return this._m().key;
  }
  setKey(key: unknown): this {
    if (typeof key !== "string" || key === "")
      throw signatureError("SpreadsheetApp.DeveloperMetadata.setKey", [key]);
    this._m().key = key;
    return this;
  }
  getValue(): string | null {
    return this._m().value;
  }
  setValue(value: unknown): this {
    if (typeof value !== "string") throw signatureError("SpreadsheetApp.DeveloperMetadata.setValue", [value]);
    this._m().value = value;
    return this;
  }
  getVisibility(): unknown {
    return DeveloperMetadataVisibility[this._m().visibility];
  }
  setVisibility(visibility: unknown): this {
    if (!isEnumOf(DeveloperMetadataVisibility, visibility)) {
      throw signatureError("SpreadsheetApp.DeveloperMetadata.setVisibility", [visibility]);
    }
    this._m().visibility = visibility === DeveloperMetadataVisibility.PROJECT ? "PROJECT" : "DOCUMENT";
    return this;
  }
  getLocation(): EmuDeveloperMetadataLocation {
    return new EmuDeveloperMetadataLocation(this.world, this._book, { ...this._m().location });
  }
  moveToRow(row: unknown): this {
    const range = this._sheetRange(row, "moveToRow");
    this._m().location = { type: "ROW", sheet: range._sheet, ...spanOf(range, "ROW") };
    return this;
  }
  moveToColumn(column: unknown): this {
    const range = this._sheetRange(column, "moveToColumn");
    this._m().location = { type: "COLUMN", sheet: range._sheet, ...spanOf(range, "COLUMN") };
    return this;
  }
  moveToSheet(sheet: unknown): this {
    if (!(sheet instanceof EmuSheet) || sheet._sheet.book !== this._book) {
      throw signatureError("SpreadsheetApp.DeveloperMetadata.moveToSheet", [sheet]);
    }
    this._m().location = { type: "SHEET", sheet: sheet._sheet };
    return this;
  }
  moveToSpreadsheet(): this {
    this._m().location = { type: "SPREADSHEET" };
    return this;
  }
  remove(): void {
    const m = this._m();
    m.removed = true;
    this._book.metadata = this._book.metadata.filter((other) => other !== m);
  }
}
instrument(EmuDeveloperMetadata, { service: "SpreadsheetApp", className: "DeveloperMetadata" });

export class EmuDeveloperMetadataLocation extends Facade {
  declare readonly _book: SpreadsheetModel;
  declare readonly _location: MetadataModel["location"];

  constructor(world: World, book: SpreadsheetModel, location: MetadataModel["location"]) {
    super(world);
    hide(this, { _book: book, _location: location });
  }

  getLocationType(): unknown {
    return DeveloperMetadataLocationType[this._location.type];
  }
  getSpreadsheet(): EmuSpreadsheet | null {
    return this._location.type === "SPREADSHEET" ? newSpreadsheet(this.world, this._book) : null;
  }
  getSheet(): EmuSheet | null {
    return this._location.type === "SHEET" ? newSheet(this.world, this._location.sheet) : null;
  }
  getRow(): EmuRange | null {
    const loc = this._location;
    if (loc.type !== "ROW") return null;
    return newRange(this.world, loc.sheet, { r1: loc.start, r2: loc.end, c1: 1, c2: null });
  }
  getColumn(): EmuRange | null {
    const loc = this._location;
    if (loc.type !== "COLUMN") return null;
    return newRange(this.world, loc.sheet, { r1: 1, r2: null, c1: loc.start, c2: loc.end });
  }
}
instrument(EmuDeveloperMetadataLocation, {
  service: "SpreadsheetApp",
  className: "DeveloperMetadataLocation",
});

/** Where a finder looks: a whole spreadsheet, one sheet, or one range of a sheet. */
export interface MetadataScope {
  book: SpreadsheetModel;
  sheet?: SheetModel;
  bounds?: { r1: number; c1: number; r2: number; c2: number };
}

interface FinderFilters {
  id?: number;
  key?: string;
  value?: string;
  locationType?: string;
  visibility?: string;
}

export class EmuDeveloperMetadataFinder extends Facade {
  declare readonly _scope: MetadataScope;
  declare readonly _filters: FinderFilters;
  declare _intersecting: boolean;

  constructor(world: World, scope: MetadataScope) {
    super(world);
    hide(this, { _scope: scope, _filters: {}, _intersecting: false });
  }

  withId(id: unknown): this {
    if (typeof id !== "number") throw signatureError("SpreadsheetApp.DeveloperMetadataFinder.withId", [id]);
    this._filters.id = id;
    return this;
  }
  withKey(key: unknown): this {
    if (typeof key !== "string")
      throw signatureError("SpreadsheetApp.DeveloperMetadataFinder.withKey", [key]);
    this._filters.key = key;
    return this;
  }
  withValue(value: unknown): this {
    if (typeof value !== "string")
      throw signatureError("SpreadsheetApp.DeveloperMetadataFinder.withValue", [value]);
    this._filters.value = value;
    return this;
  }
  withLocationType(locationType: unknown): this {
    if (!isEnumOf(DeveloperMetadataLocationType, locationType)) {
      throw signatureError("SpreadsheetApp.DeveloperMetadataFinder.withLocationType", [locationType]);
    }
    this._filters.locationType = String(locationType);
    return this;
  }
  withVisibility(visibility: unknown): this {
    if (!isEnumOf(DeveloperMetadataVisibility, visibility)) {
      throw signatureError("SpreadsheetApp.DeveloperMetadataFinder.withVisibility", [visibility]);
    }
    this._filters.visibility = String(visibility);
    return this;
  }
  onIntersectingLocations(): this {
    this._intersecting = true;
    return this;
  }
  find(): EmuDeveloperMetadata[] {
    const { book } = this._scope;
    const f = this._filters;
    return book.metadata
      .filter((m) => this._inScope(m))
      .filter(
        (m) =>
          (f.id === undefined || m.id === f.id) &&
          (f.key === undefined || m.key === f.key) &&
          (f.value === undefined || m.value === f.value) &&
          (f.locationType === undefined || m.location.type === f.locationType) &&
          (f.visibility === undefined || m.visibility === f.visibility),
      )
      .map((m) => new EmuDeveloperMetadata(this.world, book, m));
  }
  private _inScope(m: MetadataModel): boolean {
    const { sheet, bounds } = this._scope;
    const loc = m.location;
    if (!sheet) return true;
    if (loc.type === "SPREADSHEET" || loc.sheet !== sheet) return false;
    if (!bounds) return true;
    if (loc.type === "SHEET") return false;
    const [lo, hi] = loc.type === "ROW" ? [bounds.r1, bounds.r2] : [bounds.c1, bounds.c2];
    if (this._intersecting) return loc.start <= hi && loc.end >= lo;
    const wholeLines =
      loc.type === "ROW"
        ? bounds.c1 === 1 && bounds.c2 === sheet.maxColumns
        : bounds.r1 === 1 && bounds.r2 === sheet.maxRows;
    return wholeLines && loc.start >= lo && loc.end <= hi;
  }
}
instrument(EmuDeveloperMetadataFinder, { service: "SpreadsheetApp", className: "DeveloperMetadataFinder" });
