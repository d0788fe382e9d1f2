/**
 * Every function Apps Script calls: onOpen/onInstall, menu items, google.script.run targets. The build emits a
 * top-level `function name(e) {…}` for each export here, because Apps Script finds functions only by declaration.
 */
import {
  continueAnalyticReport as continueAnalyticReportUseCase,
  makeAnalyticReport,
} from "../app/analyticReport";
import { checkBase } from "../app/checkBase";
import {
  COMPLETION_TITLE,
  type CompletionResult,
  completePairs as completePairsUseCase,
  selectedPairs,
} from "../app/completion";
import { type DocPorts, generateDocuments, readProgress } from "../app/documents";
import { enrolSelected } from "../app/enrolStaff";
import { type ImportPreview, type ImportResult, importPeople, previewImport } from "../app/importPeople";
import { initBase } from "../app/initBase";
import { pairJourneys } from "../app/journey";
import {
  AUTO_SNAPSHOT,
  autoSnapshot,
  computeIndicators as computeIndicatorsUseCase,
  takeSnapshot,
} from "../app/kpi";
import { MSG } from "../app/messages";
import {
  confirmPairs as confirmPairsUseCase,
  proposePairs,
  reviewPairs as reviewPairsUseCase,
} from "../app/pairs";
import { markRoadmapDone as markRoadmapDoneUseCase, openRoadmap, type RoadmapView } from "../app/roadmap";
import { newRoadmapYear } from "../app/roadmapNewYear";
import { type ReminderPorts, sendRoadmapReminders, switchRoadmapReminders } from "../app/roadmapReminders";
import {
  collectResponses,
  continueSurveys as continueSurveysUseCase,
  markMailArrived,
  resendSurvey,
  type SurveyPorts,
  type SurveyScope,
  sendSurveys,
  surveyForm,
  surveysView,
} from "../app/surveys";
import { errorMessage } from "../app/tabs";
import { type ChooseResult, pickerView, chooseTemplate as recordTemplate } from "../app/templatePicker";
import { asPairAction, own, parseArgs, type Target } from "../domain/base/args";
import type { CompletionInput } from "../domain/completion";
import { placeholderReference } from "../domain/documents";
import type { DocumentsProgress } from "../domain/documentsProgress";
import { type Locale, localeOf, translator } from "../domain/i18n";
import type { JourneyView } from "../domain/journey";
import type { KpiView } from "../domain/kpiView";
import type { ConfirmResult, PairsView } from "../domain/pairsView";
import type { CheckReport } from "../domain/report";
import { escapeHtml, SURVEYS } from "../domain/surveys";
import type { CollectView, SendView, SurveysView } from "../domain/surveysView";
import type { Ports } from "../ports";
import { GasDocuments, GasTriggers } from "./documents";
import { GasForms, GasMail } from "./forms";
import { HELP, helpHtml, MENU_TITLE, menuItems, PRIVACY_PAGE, PRIVACY_TITLE } from "./menu";
import { GasClock, GasLock, GasProperties, GasUi, jsonForHtml } from "./services";
import { GasSheets } from "./sheets";

function ports(): Ports {
  const locale = userLocale();
  return {
    sheets: new GasSheets(),
    properties: new GasProperties(),
    lock: new GasLock(),
    clock: new GasClock(),
    ui: new GasUi(locale),
    locale,
  };
}

function docPorts(): DocPorts {
  const p = ports();
  return { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
}

function surveyPorts(): SurveyPorts {
  const p = ports();
  return {
    ...p,
    forms: new GasForms(),
    mail: new GasMail(),
    docs: new GasDocuments(p.properties),
    triggers: new GasTriggers(),
    uuid: () => Utilities.getUuid(),
  };
}

/** Runs a menu action; an unexpected error becomes a plain message instead of a stack trace. */
function guarded(action: string, fn: (p: Ports) => void): void {
  const p = ports();
  try {
    fn(p);
  } catch (err) {
    // Errors may come from another realm (Google's services), so no instanceof.
    const message = errorMessage(err);
    // Only the action and Google's error text: no cell values, names or addresses reach the log.
    console.error(`${action} failed: ${message}`);
    const t = translator(p.locale);
    p.ui.alert(t(MSG.errorTitle), t(MSG.errorBody, { error: message }));
  }
}

/** A google.script.run target's arguments, parsed (src/domain/base/args.ts); a bad call throws a clear message. */
function argsOf<T extends Target>(target: T, raw: readonly unknown[]) {
  return parseArgs(target, raw, userLocale());
}

/** The user's language; Russian when it cannot be known (before the add-on is authorised, say). */
function userLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    return "ru";
  }
}

/**
 * Builds the menu. One build serves both ways a school gets the add-on (docs/architecture.md, «Bound script or
 * add-on»): pushed into its spreadsheet with clasp, it is a bound script and shows its own top-level menu
 * «Наставничество»; installed from the Google Workspace Marketplace, it is an editor add-on and its menu goes
 * under «Расширения» (Extensions), the only place Google gives an add-on.
 *
 * onOpen runs before anyone has clicked anything, in whatever mode Google gives it: AuthMode.NONE (an add-on
 * the user installed but has not used in this file) allows only the user's locale and building a menu;
 * AuthMode.LIMITED (a bound script, or an add-on used here before) adds the current file and Properties, which
 * this function does not need. So it reads nothing but the locale, in every mode, and the menu is the same.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(e) ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE[locale]);
  for (const item of menuItems(locale)) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.caption, item.fn);
  }
  menu.addToUi();
}

/** Google calls it (in AuthMode.FULL) when a user installs the add-on from the Marketplace while in a file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Is this an editor add-on rather than a script bound to the spreadsheet? Only an add-on ever runs in
 * AuthMode.NONE, and there nothing but the menu may be asked; otherwise ScriptApp says how the script was
 * installed. If Google refuses the question, the add-on menu is the safe answer: it works for both.
 */
function runsAsAddon(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): boolean {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return true;
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return true;
  }
}

export function menuInitBase(): void {
  guarded("initBase", (p) => initBase(p));
}

export function menuCheckBase(): void {
  guarded("checkBase", (p) => {
    const report = checkBase(p);
    const t = translator(p.locale);
    if (!report) {
      p.ui.alert(t(MSG.busyTitle), t(MSG.busy));
      return;
    }
    p.ui.showCheckReport(report);
    p.ui.toast(
      report.errors === 0
        ? t(MSG.checkToastOk)
        : t(MSG.checkToast, { errors: report.errors, warnings: report.warnings }),
    );
  });
}

export function menuProposePairs(): void {
  guarded("proposePairs", (p) => proposePairs(p));
}

/** Menu: where to start, and the way to the privacy policy (a dialog, since an alert cannot hold a button). */
export function menuHelp(): void {
  guarded("help", (p) => {
    const page = HtmlService.createHtmlOutput(helpHtml(p.locale)).setWidth(640).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(page, translator(p.locale)(HELP.title));
  });
}

/** google.script.run from the Help dialog: the privacy policy and terms of use, in place of Help. */
export function showPrivacy(): void {
  const locale = userLocale();
  const page = HtmlService.createHtmlOutputFromFile(PRIVACY_PAGE).setWidth(860).setHeight(620);
  SpreadsheetApp.getUi().showModalDialog(page, translator(locale)(PRIVACY_TITLE));
}

/** google.script.run from the «Пары» sidebar: apply the curator's action (or none), match again, return the view. */
export function reviewPairs(...raw: unknown[]): PairsView {
  const [action] = argsOf("reviewPairs", raw);
  const p = ports();
  const r = reviewPairsUseCase(p, asPairAction(action));
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** google.script.run from the «Пары» sidebar: «Утвердить пары» with the start date (YYYY-MM-DD). */
export function confirmPairs(...raw: unknown[]): ConfirmResult {
  const [startDate] = argsOf("confirmPairs", raw);
  const p = ports();
  const r = confirmPairsUseCase(p, startDate);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** google.script.run from the report sidebar: run the check again and return the new report. */
export function recheckBase(...raw: unknown[]): CheckReport {
  argsOf("recheckBase", raw);
  const p = ports();
  const report = checkBase(p);
  if (!report) throw new Error(translator(p.locale)(MSG.busy));
  return report;
}

/** google.script.run from the report sidebar: select the cell of a problem. */
export function goToCell(...raw: unknown[]): void {
  const [table, row, column] = argsOf("goToCell", raw);
  const p = ports();
  const found = own(p.sheets.findTables(), table);
  if (!found) return;
  const col = column ? own(found.columns, column) : undefined;
  p.sheets.select(found, row, col ?? 1);
}

/** Menu: the import dialog (a CSV file from Excel or another system). */
export function menuImport(): void {
  guarded("import", (p) => {
    const template = HtmlService.createTemplateFromFile("import");
    template.data = jsonForHtml({ locale: p.locale });
    const page = template.evaluate().setWidth(760).setHeight(600);
    SpreadsheetApp.getUi().showModalDialog(page, translator(p.locale)(IMPORT_TITLE));
  });
}

const IMPORT_TITLE = { ru: "Импорт участников из файла CSV", en: "Import participants from a CSV file" };

/** google.script.run from the import dialog: what the file holds and how its columns match ours. */
export function previewImportFile(...raw: unknown[]): ImportPreview {
  const [table, csv] = argsOf("previewImportFile", raw);
  return previewImport(ports(), table, csv);
}

/** google.script.run from the import dialog: append the file's people to the tab. */
export function importParticipants(...raw: unknown[]): ImportResult {
  const [table, csv, mapping] = argsOf("importParticipants", raw);
  const list = mapping.map((m) => (m !== null && m !== "" ? m : null));
  return importPeople(ports(), table, csv, list);
}

/** Menu: the rows selected on «Педагогический коллектив» become mentors. */
export function menuEnrolMentors(): void {
  guarded("enrolMentors", (p) => enrolSelected(p, "mentors"));
}

/** Menu: the rows selected on «Педагогический коллектив» become mentees. */
export function menuEnrolMentees(): void {
  guarded("enrolMentees", (p) => enrolSelected(p, "mentees"));
}

const DOCUMENTS_TITLE = { ru: "Документы", en: "Documents" };
const FIELDS_TITLE = { ru: "Поля шаблонов документов", en: "Document template fields" };

/** Menu: the «Документы» sidebar, which starts making the documents that are due. */
export function menuDocuments(): void {
  guarded("documents", (p) => {
    const template = HtmlService.createTemplateFromFile("documents");
    const progress = readProgress(p);
    // A batch a trigger is making right now: the page follows it instead of starting another.
    const running = progress?.state === "running" && Date.now() - progress.at < 7 * 60_000;
    template.data = jsonForHtml({ locale: p.locale, progress, autostart: !running });
    const page = template.evaluate().setTitle(translator(p.locale)(DOCUMENTS_TITLE));
    SpreadsheetApp.getUi().showSidebar(page);
  });
}

/** google.script.run from the «Документы» sidebar: make what fits in this run; a trigger does the rest. */
export function makeDocuments(...raw: unknown[]): DocumentsProgress {
  argsOf("makeDocuments", raw);
  const startedAt = Date.now();
  const r = generateDocuments(docPorts(), startedAt);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

const PICKER_TITLE = { ru: "Свой шаблон документа", en: "Own document template" };

/**
 * The «Свой шаблон документа» dialog with Google's Picker, for `kind` or with a choice of kind. The OAuth token
 * goes to the page only when the Picker is set up (it needs it to show the curator's Drive).
 */
function showTemplatePicker(p: Ports, kind: unknown): void {
  const view = pickerView(p, kind);
  if ("error" in view) {
    p.ui.alert(translator(p.locale)(PICKER_TITLE), view.error);
    return;
  }
  const template = HtmlService.createTemplateFromFile("picker");
  const token = view.ok.missing.length === 0 ? ScriptApp.getOAuthToken() : "";
  template.data = jsonForHtml({ ...view.ok, token });
  const page = template.evaluate().setWidth(640).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(page, translator(p.locale)(PICKER_TITLE));
}

/** Menu: «Свой шаблон документа…». */
export function menuTemplatePicker(): void {
  guarded("templatePicker", (p) => showTemplatePicker(p, null));
}

/** google.script.run from the «Документы» sidebar: the Picker dialog, for one kind or the kind chosen in it. */
export function openTemplatePicker(...raw: unknown[]): void {
  const [kind] = argsOf("openTemplatePicker", raw);
  showTemplatePicker(ports(), kind ?? null);
}

/** google.script.run from the Picker dialog: record the picked Doc for the kind (asks before replacing). */
export function chooseTemplate(...raw: unknown[]): ChooseResult {
  const [kind, docId, name, replace] = argsOf("chooseTemplate", raw);
  const p = ports();
  return recordTemplate({ ...p, docs: new GasDocuments(p.properties) }, kind, docId, name, replace);
}

/** google.script.run from the «Документы» sidebar: where the batch stands. */
export function documentsProgress(...raw: unknown[]): DocumentsProgress | null {
  argsOf("documentsProgress", raw);
  return readProgress(ports());
}

/** The time-driven trigger that goes on with a batch of documents (no one is there to read an alert). */
export function continueDocuments(): void {
  const startedAt = Date.now();
  const r = generateDocuments(docPorts(), startedAt);
  // The message names tabs and templates only; no personal data reaches the log.
  if ("error" in r) console.error(`continueDocuments stopped: ${r.error}`);
}

/** Menu: the fields a custom template may use, with what each becomes. */
export function menuTemplateFields(): void {
  guarded("templateFields", (p) => {
    const t = translator(p.locale);
    const head =
      p.locale === "ru"
        ? ["Поле", "Что подставляется", "В каких документах", "Пример"]
        : ["Field", "What it becomes", "In which documents", "Example"];
    const rows = placeholderReference(p.locale)
      .map(
        (r) =>
          `<tr><td><code>{{${escapeHtml(r.name)}}}</code></td><td>${escapeHtml(r.description)}</td><td>${escapeHtml(r.kinds)}</td><td>${escapeHtml(r.example)}</td></tr>`,
      )
      .join("");
    const intro =
      p.locale === "ru"
        ? "Свой шаблон — это Google Документ с полями в двойных фигурных скобках. Ссылку на него укажите на листе «Настройки». Строка таблицы с полями списка (например, {{пары.наставник}}) повторяется для каждого элемента списка; абзац, в котором только пустые поля, удаляется."
        : "A template of your own is a Google Doc with fields in double braces; put its link on the Settings tab. A table row with list fields (e.g. {{pairs.mentor}}) repeats for each item; a paragraph of nothing but empty fields is removed.";
    const html = `<!DOCTYPE html><html lang="${p.locale}"><head><meta charset="utf-8"><title>${escapeHtml(t(FIELDS_TITLE))}</title><style>body{font:13px Roboto,Arial,sans-serif;margin:12px;color:#202124}table{border-collapse:collapse;width:100%}th,td{border:1px solid #dadce0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}code{white-space:nowrap}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head><body><main><h1 class="sr-only">${escapeHtml(t(FIELDS_TITLE))}</h1><p>${escapeHtml(intro)}</p><table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table></main></body></html>`;
    const page = HtmlService.createHtmlOutput(html).setWidth(820).setHeight(600);
    SpreadsheetApp.getUi().showModalDialog(page, t(FIELDS_TITLE));
  });
}

const SURVEYS_TITLE = { ru: "Анкеты", en: "Surveys" };

function viewNow(p: SurveyPorts): SurveysView {
  const r = surveysView(p);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** Menu: the «Анкеты» sidebar. */
export function menuSurveys(): void {
  guarded("surveys", (p) => {
    const view = surveysView(p);
    if ("error" in view) throw new Error(view.error);
    const template = HtmlService.createTemplateFromFile("surveys");
    template.data = jsonForHtml({ view: view.ok });
    const page = template.evaluate().setTitle(translator(p.locale)(SURVEYS_TITLE));
    SpreadsheetApp.getUi().showSidebar(page);
  });
}

const MEETING_JOURNAL_TEXT = {
  later: {
    ru: "Ещё {n} ссылок уйдут завтра сами: сегодняшний лимит писем исчерпан.",
    en: "{n} more links go tomorrow by themselves: today's mail quota is used up.",
  },
  more: { ru: "…и ещё {n} — на листе «Анкеты».", en: "…and {n} more: see the Surveys tab." },
} as const;

/**
 * Menu: «Отправить наставникам ссылки на журнал встреч» — the form «Журнал встреч наставника» (made once per year)
 * and one personal link per active pair to its mentor, as «Отправить анкеты» sends them; what the quota leaves goes
 * the next day. The answers come in with the surveys' («Собрать ответы», or by themselves on submit).
 */
export function menuMeetingJournal(): void {
  guarded("meetingJournal", () => {
    const p = surveyPorts();
    const r = sendSurveys(p, "meeting_journal", { type: "all" }, "send");
    const t = translator(p.locale);
    if ("error" in r) {
      p.ui.alert(t(SURVEYS.meeting_journal.title), r.error);
      return;
    }
    const lines = [r.ok.message];
    if (r.ok.later > 0) lines.push(t(MEETING_JOURNAL_TEXT.later, { n: r.ok.later }));
    // Who got no link and why, for the curator to fix (names on the curator's screen only, never in a log).
    for (const x of r.ok.skipped.slice(0, 15)) lines.push(`• ${x.name}: ${x.why}`);
    if (r.ok.skipped.length > 15) lines.push(t(MEETING_JOURNAL_TEXT.more, { n: r.ok.skipped.length - 15 }));
    p.ui.alert(t(SURVEYS.meeting_journal.title), lines.join("\n"));
  });
}

/** google.script.run from the «Анкеты» sidebar: the view as it stands. */
export function surveysOverview(...raw: unknown[]): SurveysView {
  argsOf("surveysOverview", raw);
  return viewNow(surveyPorts());
}

/** google.script.run from the «Анкеты» sidebar: «Отправить» (mode "send") or «Напомнить» (mode "remind"). */
export function sendSurvey(...raw: unknown[]): SendView {
  const [kind, scope, mode] = argsOf("sendSurvey", raw);
  const p = surveyPorts();
  const r = sendSurveys(p, kind, scope as SurveyScope, mode);
  if ("error" in r) throw new Error(r.error);
  const { sent, already, later, skipped, message } = r.ok;
  return { sent, already, later, skipped, message, view: viewNow(p) };
}

/** google.script.run from the «Анкеты» sidebar: «Отправить ещё раз» for one person whose mail is in doubt. */
export function resendSurveyMail(...raw: unknown[]): SendView {
  const [kind, personId] = argsOf("resendSurveyMail", raw);
  const p = surveyPorts();
  const r = resendSurvey(p, kind, personId);
  if ("error" in r) throw new Error(r.error);
  const { sent, already, later, skipped, message } = r.ok;
  return { sent, already, later, skipped, message, view: viewNow(p) };
}

/**
 * google.script.run from the «Анкеты» sidebar: «Письмо дошло» for one person whose mail is in doubt (the person
 * said it arrived): the row counts as sent, and no mail goes.
 */
export function markSurveyMailArrived(...raw: unknown[]): SendView {
  const [kind, personId] = argsOf("markSurveyMailArrived", raw);
  const p = surveyPorts();
  const r = markMailArrived(p, kind, personId);
  if ("error" in r) throw new Error(r.error);
  const { sent, already, later, skipped, message } = r.ok;
  return { sent, already, later, skipped, message, view: viewNow(p) };
}

/** google.script.run from the «Анкеты» sidebar: «Собрать ответы». */
export function collectSurveyAnswers(...raw: unknown[]): CollectView {
  argsOf("collectSurveyAnswers", raw);
  const p = surveyPorts();
  const r = collectResponses(p);
  if ("error" in r) throw new Error(r.error);
  return { ...r.ok, view: viewNow(p) };
}

/** google.script.run from the «Анкеты» sidebar: the survey's form (made now if needed), e.g. to share a registration form. */
export function surveyFormLinks(...raw: unknown[]): { url: string; editUrl: string } {
  const [kind] = argsOf("surveyFormLinks", raw);
  const r = surveyForm(surveyPorts(), kind);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** The forms' submit trigger: brings the new answers into the base (a busy base is caught up next time). */
export function onSurveySubmit(): void {
  const r = collectResponses(surveyPorts());
  // Counts and tab names only: no answers or names reach the log.
  if ("error" in r) console.error(`onSurveySubmit: ${r.error}`);
}

/** The time-driven trigger that sends what did not fit in yesterday's mail quota. */
export function continueSurveys(): void {
  const r = continueSurveysUseCase(surveyPorts());
  if (r && "error" in r) console.error(`continueSurveys: ${r.error}`);
}

const KPI_TITLE = { ru: "Показатели", en: "Indicators" };

/** Menu: computes the indicators (the KPI tab and counts) and opens the dashboard. */
export function menuKpi(): void {
  guarded("kpi", (p) => {
    const r = computeIndicatorsUseCase(p);
    if ("error" in r) {
      p.ui.alert(translator(p.locale)(KPI_TITLE), r.error);
      return;
    }
    const template = HtmlService.createTemplateFromFile("kpi");
    template.data = jsonForHtml({ view: r.ok });
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(translator(p.locale)(KPI_TITLE)));
  });
}

/** google.script.run from the dashboard: «Пересчитать». */
export function computeIndicators(...raw: unknown[]): KpiView {
  argsOf("computeIndicators", raw);
  const r = computeIndicatorsUseCase(ports());
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** google.script.run from the dashboard: «Зафиксировать срез»; also sets the monthly trigger that takes the
 * December and June snapshots by itself. */
export function takeKpiSnapshot(...raw: unknown[]): KpiView {
  argsOf("takeKpiSnapshot", raw);
  const p = ports();
  const r = takeSnapshot(p);
  if ("error" in r) throw new Error(r.error);
  new GasTriggers().monthly(AUTO_SNAPSHOT, 25, 6);
  return r.ok;
}

/** The monthly trigger: the December or June snapshot, once per half-year. */
export function kpiAutoSnapshot(): void {
  const r = autoSnapshot(ports());
  if (r && "error" in r) console.error(`kpiAutoSnapshot: ${r.error}`);
}

const JOURNEY_TITLE = { ru: "Ход работы пар", en: "Pairs' progress" };

/** Menu: «Ход работы пар» — writes each pair's stage, meetings and last meeting, and opens the sidebar. */
export function menuJourney(): void {
  guarded("journey", (p) => {
    const r = pairJourneys(p);
    if ("error" in r) {
      p.ui.alert(translator(p.locale)(JOURNEY_TITLE), r.error);
      return;
    }
    const template = HtmlService.createTemplateFromFile("journey");
    template.data = jsonForHtml({ view: r.ok });
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(translator(p.locale)(JOURNEY_TITLE)));
  });
}

/** google.script.run from the «Ход работы пар» sidebar: «Обновить». */
export function refreshJourneys(...raw: unknown[]): JourneyView {
  argsOf("refreshJourneys", raw);
  const r = pairJourneys(ports());
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

const ROADMAP_TITLE = { ru: "План работы", en: "Plan of work" };

/** Menu: «План работы» — the year's roadmap (made the first time), what the add-on sees done ticked, the sidebar. */
export function menuRoadmap(): void {
  guarded("roadmap", (p) => {
    const r = openRoadmap(p);
    if ("error" in r) {
      p.ui.alert(translator(p.locale)(ROADMAP_TITLE), r.error);
      return;
    }
    const template = HtmlService.createTemplateFromFile("roadmap");
    template.data = jsonForHtml({ locale: p.locale, view: r.ok });
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(translator(p.locale)(ROADMAP_TITLE)));
  });
}

/** google.script.run from the «План работы» sidebar: «Обновить» — the roadmap as it stands, ticks included. */
export function roadmapOverview(...raw: unknown[]): RoadmapView {
  argsOf("roadmapOverview", raw);
  const r = openRoadmap(ports());
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

const REMINDERS_TITLE = { ru: "Напоминания по плану работы", en: "Plan of work reminders" };

function reminderPorts(): ReminderPorts {
  const p = ports();
  return { ...p, mail: new GasMail(), triggers: new GasTriggers() };
}

/** Menu: «Напоминания по плану работы: включить/выключить» — the daily trigger installed, or removed. */
export function menuRoadmapReminders(): void {
  guarded("roadmapReminders", () => {
    const p = reminderPorts();
    const r = switchRoadmapReminders(p);
    p.ui.alert(translator(p.locale)(REMINDERS_TITLE), "error" in r ? r.error : r.ok.message);
  });
}

/** The daily trigger: one digest per responsible person. The log gets counts only, never names or addresses. */
export function roadmapReminders(): void {
  const startedAt = Date.now();
  logReminders("roadmapReminders", sendRoadmapReminders(reminderPorts(), startedAt));
}

/** The one-off trigger that goes on with a reminders' run stopped by its time budget, the same day. */
export function continueRoadmapReminders(): void {
  const startedAt = Date.now();
  logReminders("continueRoadmapReminders", sendRoadmapReminders(reminderPorts(), startedAt));
}

function logReminders(name: string, r: ReturnType<typeof sendRoadmapReminders>): void {
  if (r === null) return;
  if ("error" in r) {
    console.error(`${name}: ${r.error}`);
    return;
  }
  const counts = new Map<string, number>();
  for (const x of r.ok.skipped) counts.set(x.why, (counts.get(x.why) ?? 0) + 1);
  const why = [...counts].map(([k, n]) => `${k} ${n}`);
  console.log(
    `${name}: sent ${r.ok.sent}, already ${r.ok.already}, later ${r.ok.later}, paused ${r.ok.paused}, skipped ${r.ok.skipped.length}${why.length ? ` (${why.join(", ")})` : ""}`,
  );
}

/** Menu: «Новый учебный год: дорожная карта» — the year on «Настройки» gets its roadmap below the last one. */
export function menuRoadmapNewYear(): void {
  guarded("roadmapNewYear", (p) => {
    const r = newRoadmapYear(p);
    p.ui.alert(translator(p.locale)(ROADMAP_TITLE), "error" in r ? r.error : r.ok.message);
  });
}

const ANALYTIC_TITLE = { ru: "Аналитическая справка", en: "Analytic report" };

/** Menu: «Аналитическая справка» for the half-year today falls in; the message gives its link. */
export function menuAnalyticReport(): void {
  guarded("analyticReport", () => {
    const p = docPorts();
    const r = makeAnalyticReport(p);
    p.ui.alert(translator(p.locale)(ANALYTIC_TITLE), "error" in r ? r.error : r.ok.message);
  });
}

/** Trigger: the analytic report a daily quota stopped, finished the next day (no second one is made). */
export function continueAnalyticReport(): void {
  const r = continueAnalyticReportUseCase(docPorts());
  // The message names tabs only; no personal data reaches the log.
  if ("error" in r) console.error(`continueAnalyticReport stopped: ${r.error}`);
}

/** google.script.run from the «План работы» sidebar: «Выполнено» for one item (its row's status, date, evidence). */
export function markRoadmapDone(...raw: unknown[]): RoadmapView {
  const [id, date, evidence] = argsOf("markRoadmapDone", raw);
  const r = markRoadmapDoneUseCase(ports(), id, date, evidence);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

/** Menu: «Завершить выбранные пары…» — the dialog for the pairs on the rows selected on «Пары и группы». */
export function menuCompletePairs(): void {
  guarded("completePairs", (p) => {
    const t = translator(p.locale);
    const r = selectedPairs(p);
    if ("error" in r) {
      p.ui.alert(t(COMPLETION_TITLE), r.error);
      return;
    }
    const template = HtmlService.createTemplateFromFile("complete");
    const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
    template.data = jsonForHtml({ locale: p.locale, today, pairs: r.ok });
    const page = template.evaluate().setWidth(520).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(page, t(COMPLETION_TITLE));
  });
}

/** google.script.run from the «Завершить пару» dialog or the «Ход работы пар» sidebar: the form, for the pairs. */
export function completePairs(...raw: unknown[]): CompletionResult {
  const [pairIds, input] = argsOf("completePairs", raw);
  const r = completePairsUseCase(surveyPorts(), pairIds, input as CompletionInput);
  if ("error" in r) throw new Error(r.error);
  return r.ok;
}

const THANKS_TITLE = { ru: "Благодарности наставникам", en: "Letters of thanks to mentors" };

/**
 * Menu: «Благодарности наставникам» — a letter of thanks for the mentor of every pair completed this academic
 * year, as Google Docs listed on «Документы»; what does not fit in this run goes on by the documents' trigger.
 */
export function menuThanks(): void {
  guarded("thanks", () => {
    const p = docPorts();
    const r = generateDocuments(p, Date.now(), "thanks");
    p.ui.alert(translator(p.locale)(THANKS_TITLE), "error" in r ? r.error : r.ok.message);
  });
}

const PORTFOLIO_TITLE = { ru: "Портфолио наставников", en: "Mentors' portfolios" };

/**
 * Menu: «Портфолио наставников» — a portfolio for every mentor with a pair this academic year (the pairs, the
 * contests, the satisfaction scores), as Google Docs listed on «Документы»; the rest goes on by the documents'
 * trigger.
 */
export function menuPortfolio(): void {
  guarded("portfolio", () => {
    const p = docPorts();
    const r = generateDocuments(p, Date.now(), "portfolio");
    p.ui.alert(translator(p.locale)(PORTFOLIO_TITLE), "error" in r ? r.error : r.ok.message);
  });
}
