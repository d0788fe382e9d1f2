import type { CompletionResult } from "../../app/completion";
import type { ImportPreview, ImportResult } from "../../app/importPeople";
import type { RoadmapView } from "../../app/roadmap";
import type { ChooseResult } from "../../app/templatePicker";
import type { DocumentsProgress } from "../../domain/documentsProgress";
import type { JourneyView } from "../../domain/journey";
import type { KpiView } from "../../domain/kpiView";
import type { ConfirmResult, PairAction, PairsView } from "../../domain/pairsView";
import type { CheckReport } from "../../domain/report";
import type { CollectView, SendView, SurveyScopeView, SurveysView } from "../../domain/surveysView";

/**
 * The server functions a page may call, with their argument and result types. Each is a top-level function of
 * the add-on's server code (src/gas); keep this list and those functions in step.
 */
export interface ServerApi {
  /** Selects the cell: the tab of `table`, sheet row `row` (1-based), the column whose key is `column`. */
  goToCell(table: string, row: number, column: string): void;
  /** Runs the base check again and returns the new report. */
  recheckBase(): CheckReport;
  /** The import dialog: what the CSV text holds and a guess of which file column fills which column of the tab. */
  previewImportFile(table: "mentors" | "mentees" | "staff", csv: string): ImportPreview;
  /** The import dialog: appends the file's people to the tab; `mapping` has a column key or null per file column. */
  importParticipants(
    table: "mentors" | "mentees" | "staff",
    csv: string,
    mapping: (string | null)[],
  ): ImportResult;
  /** Runs the base check and opens the «Проверка базы» sidebar (as the menu item does). */
  menuCheckBase(): void;
  /**
   * The «Пары» sidebar: writes the action (null: none) to the proposals tab, matches again with the curator's
   * decisions kept, and returns the new view. Throws with a message for the curator when the decisions cannot all
   * hold (a pin breaking a rule, say); nothing is written then.
   */
  reviewPairs(action: PairAction | null): PairsView;
  /** The «Пары» sidebar: writes the accepted pairs into «Пары и группы», starting on `startDate` (YYYY-MM-DD). */
  confirmPairs(startDate: string): ConfirmResult;
  /**
   * The «Документы» sidebar: makes the documents that are due, until the run's time budget is spent (then a
   * trigger goes on by itself), and returns where the batch stands. Throws with a message for the curator when
   * nothing can be made (a template with unknown fields, a missing tab); nothing is made then.
   */
  makeDocuments(): DocumentsProgress;
  /**
   * The «Документы» sidebar: opens the «Свой шаблон документа» dialog (Google's Picker), for one kind or (null)
   * with the kind to choose in the dialog.
   */
  openTemplatePicker(kind: "agreement" | "order" | "plan" | null): void;
  /**
   * The «Свой шаблон документа» dialog: records the picked Google Doc for the kind on «Настройки», after checking
   * the add-on can open it and its fields fit. `{ confirm }` asks first when another value stands there; called
   * again with `replace` true, it replaces it.
   */
  chooseTemplate(kind: string, docId: string, name: string, replace: boolean): ChooseResult;
  /** The «Документы» sidebar, while a batch runs: where it stands now (null before any run). */
  documentsProgress(): DocumentsProgress | null;
  /** The «Анкеты» sidebar: the view as it stands now. */
  surveysOverview(): SurveysView;
  /**
   * The «Анкеты» sidebar: mails the survey's personal links ("send") or reminders to those who have not answered
   * ("remind") to the participants of the current pairs in scope. Throws with a message for the curator.
   */
  sendSurvey(kind: string, scope: SurveyScopeView, mode: "send" | "remind"): SendView;
  /**
   * The «Анкеты» sidebar: «Отправить ещё раз» for one person whose mail a stopped run left in doubt (the invitation,
   * or the reminder when the invitation is known to have gone). Throws with a message naming the row when the
   * person's mail is not in doubt.
   */
  resendSurveyMail(kind: string, personId: string): SendView;
  /**
   * The «Анкеты» sidebar: «Письмо дошло» for one person whose mail is in doubt: the row counts as sent on the day
   * of the attempt, and no mail goes. Throws with a message naming the row when the mail is not in doubt.
   */
  markSurveyMailArrived(kind: string, personId: string): SendView;
  /** The «Анкеты» sidebar: brings new answers from the forms into the base. */
  collectSurveyAnswers(): CollectView;
  /** The «Анкеты» sidebar: the survey's form links (made now if needed), for registration forms. */
  surveyFormLinks(kind: string): { url: string; editUrl: string };
  /** The «Показатели» dashboard: computes the indicators, rewrites the KPI tab and its charts, returns the view. */
  computeIndicators(): KpiView;
  /** The «Показатели» dashboard: «Зафиксировать срез» — appends this half-year's snapshot to the history tab. */
  takeKpiSnapshot(): KpiView;
  /** The «Ход работы пар» sidebar: rewrites each pair's stage, meetings and last meeting, returns the view. */
  refreshJourneys(): JourneyView;
  /** The «План работы» sidebar: «Обновить» — the roadmap as it stands, with what the add-on sees done ticked. */
  roadmapOverview(): RoadmapView;
  /**
   * The «План работы» sidebar: «Выполнено» for item `id` (ДК-…) on `date` (YYYY-MM-DD), with an evidence link
   * (http/https) or "". Writes that row's status, date and evidence only; throws with a message for the curator.
   */
  markRoadmapDone(id: string, date: string, evidence: string): RoadmapView;
  /**
   * «Завершить пару» (the dialog on the selected rows, or the «Ход работы пар» sidebar): writes the form to the
   * pairs' rows (filled cells kept) and sends their closing surveys; throws with a message for the curator.
   */
  completePairs(
    pairIds: string[],
    input: {
      endDate: string;
      outcome: "completed" | "terminated";
      result: string;
      note: string;
      mentorReflection: string;
      menteeReflection: string;
      reason: string;
    },
  ): CompletionResult;
}

export type ServerFunction = keyof ServerApi;

/**
 * The part of Apps Script's client-side `google.script.run` this module uses. Each `with…` call returns a runner
 * carrying that handler; a server function is called as a method of the runner, returns nothing at once and
 * reports through the handlers later.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
  readonly [serverFunction: string]: unknown;
}

interface GoogleClient {
  readonly script?: { readonly run?: ScriptRunner };
}

function scriptRunner(): ScriptRunner {
  const google = (globalThis as { google?: GoogleClient }).google;
  const runner = google?.script?.run;
  if (runner === undefined)
    throw new Error("google.script.run is not available: the page is not served by Apps Script");
  return runner;
}

/**
 * Calls a server function and resolves with its result, or rejects with the server's error.
 *
 *     await run("goToCell", "mentors", 7, "email");
 *     const report = await run("recheckBase");
 */
export function run<K extends ServerFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = scriptRunner()
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(asError(error)));
    const fn = runner[name];
    if (typeof fn !== "function") throw new Error(`The server has no function ${name}`);
    fn.apply(runner, args);
  });
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    return new Error((error as { message: string }).message);
  }
  return new Error(String(error));
}
