/** The registry of contract suites: what `npm test` runs on the emulator and `npm run test:live` runs in Google. */
import charts from "./charts.contract";
import documents from "./documents.contract";
import driveFile from "./driveFile.contract";
import formats from "./formats.contract";
import forms from "./forms.contract";
import type { Suite } from "./kit";
import metadata from "./metadata.contract";
import protection from "./protection.contract";
import services from "./services.contract";
import sheets from "./sheets.contract";
import triggers from "./triggers.contract";
import validation from "./validation.contract";
import values from "./values.contract";

export const SUITES: readonly Suite[] = [
  values,
  metadata,
  validation,
  protection,
  formats,
  sheets,
  charts,
  services,
  triggers,
  documents,
  forms,
  driveFile,
];
