/** Apps Script enums shared by several services (one object per value: scripts compare by identity). */
import { makeEnum } from "./core";

export const DataValidationCriteria = makeEnum([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);
export type CriteriaName = keyof typeof DataValidationCriteria;

export const ProtectionType = makeEnum(["RANGE", "SHEET"]);
export const DeveloperMetadataVisibility = makeEnum(["DOCUMENT", "PROJECT"]);
export const DeveloperMetadataLocationType = makeEnum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]);
export const WrapStrategy = makeEnum(["WRAP", "OVERFLOW", "CLIP"]);
export const Dimension = makeEnum(["COLUMNS", "ROWS"]);
export const SheetType = makeEnum(["GRID", "OBJECT"]);

export const Button = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export type ButtonName = keyof typeof Button;
export const ButtonSet = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export type ButtonSetName = keyof typeof ButtonSet;

export const Weekday = makeEnum([
  "SUNDAY",
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
  "SATURDAY",
]);
export const AuthMode = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
export const AuthorizationStatus = makeEnum(["REQUIRED", "NOT_REQUIRED"]);
export const TriggerSource = makeEnum(["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"]);
export const EventType = makeEnum([
  "CLOCK",
  "ON_OPEN",
  "ON_EDIT",
  "ON_FORM_SUBMIT",
  "ON_CHANGE",
  "ON_EVENT_UPDATED",
]);
export const InstallationSource = makeEnum(["APPS_MARKETPLACE_DOMAIN_ADD_ON", "NONE", "WEB_STORE_ADD_ON"]);

export const SandboxMode = makeEnum(["EMULATED", "IFRAME", "NATIVE"]);
export const XFrameOptionsMode = makeEnum(["ALLOWALL", "DEFAULT"]);

export const DigestAlgorithm = makeEnum(["MD2", "MD5", "SHA_1", "SHA_256", "SHA_384", "SHA_512"]);
export const MacAlgorithm = makeEnum([
  "HMAC_MD5",
  "HMAC_SHA_1",
  "HMAC_SHA_256",
  "HMAC_SHA_384",
  "HMAC_SHA_512",
]);
export const Charset = makeEnum(["US_ASCII", "UTF_8"]);
