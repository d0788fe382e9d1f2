/**
 * cutAtEveryCall: an action stopped at one call, then run again (and its pending triggers run), must leave the
 * world as a clean run leaves it. The world is the spreadsheet, Drive, the project's triggers, the mail sent, the
 * forms and the charts (see `worldState`). docs/architecture.md, «Stopping at any call», «How it is tested».
 */
import { continueAnalyticReport } from "../../src/app/analyticReport";
import { type DocPorts, generateDocuments } from "../../src/app/documents";
import { autoSnapshot } from "../../src/app/kpi";
import { sendRoadmapReminders } from "../../src/app/roadmapReminders";
import { collectResponses, continueSurveys, type SurveyPorts } from "../../src/app/surveys";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { GasForms, GasMail } from "../../src/gas/forms";
import { gasWorld, snapshotDiff, stableText } from "./gas";

export type World = ReturnType<typeof gasWorld>;

/** How the call is cut: it fails before its effect, it takes effect and its reply is lost, the time runs out after it. */
export type CutMode = "before" | "after" | "timeLimit";
export const CUT_MODES: readonly CutMode[] = ["before", "after", "timeLimit"];

/** Which call indices (1-based) to cut: all of them, or the first and last few and every m-th between. */
export type CutSample = "all" | { first?: number; last?: number; every?: number };

/** The message of the injected service errors, to tell them from the action's own. */
export const CUT_MESSAGE = "Service error (cut by the test)";

/** Every port an action or a trigger handler may take: Ports, DocPorts and SurveyPorts in one. */
export function allPorts(w: World): SurveyPorts & DocPorts {
  const p = w.ports();
  return {
    ...p,
    forms: new GasForms(),
    mail: new GasMail(),
    docs: new GasDocuments(p.properties),
    triggers: new GasTriggers(),
    uuid: () => Utilities.getUuid(),
  };
}

/** The message of an error outcome (`{ error }`), or null. */
export function refusal(r: unknown): string | null {
  return r && typeof r === "object" && "error" in r ? String((r as { error: unknown }).error) : null;
}

/** An action's result: thrown when it is an error outcome, so that a refused action counts as failed. */
function must(r: unknown): unknown {
  const message = refusal(r);
  if (message !== null) throw new Error(message);
  return r;
}

/**
 * The add-on's time-based and form-submit handlers as src/gas/entrypoints.ts runs them, on the world's ports (the
 * entry points themselves read Node's clock in jest, not the emulator's).
 */
export function triggerHandlers(w: World): Record<string, () => unknown> {
  return {
    continueDocuments: () => must(generateDocuments(allPorts(w), w.emu.clock.now())),
    continueSurveys: () => must(continueSurveys(allPorts(w))),
    onSurveySubmit: () => must(collectResponses(allPorts(w))),
    kpiAutoSnapshot: () => must(autoSnapshot(w.ports())),
    continueAnalyticReport: () => must(continueAnalyticReport(allPorts(w))),
    roadmapReminders: () => must(sendRoadmapReminders(allPorts(w))),
    continueRoadmapReminders: () => must(sendRoadmapReminders(allPorts(w), w.emu.clock.now())),
  };
}

/**
 * Runs the time-based triggers that come due within `horizonMs` from now (the clock is moved to each in turn) and
 * the owed form submissions, as Google would, each in a trigger execution. Returns the runs that failed.
 */
export function runPendingTriggers(w: World, horizonMs = 86_400_000, maxRounds = 30): string[] {
  const until = w.emu.clock.now() + horizonMs;
  const failed: string[] = [];
  const handlers = triggerHandlers(w);
  for (let round = 0; round < maxRounds; round++) {
    const next = w.emu.triggers
      .list()
      .filter((t) => t.eventType === "CLOCK" && t.nextRunAt !== null && t.nextRunAt <= until)
      .map((t) => t.nextRunAt as number)
      .sort((a, b) => a - b)[0];
    if (next !== undefined && next > w.emu.clock.now()) w.emu.clock.set(next);
    const runs = w.emu.triggers.runDue(handlers);
    for (const r of runs) if (!r.ok) failed.push(`${r.handlerFunction}: ${String(r.error)}`);
    if (runs.length === 0 && next === undefined) break;
  }
  return failed;
}

/** The world as a person sees it, as sorted lines per part (ids of Drive files, forms and charts named instead). */
export interface WorldState {
  spreadsheet: string;
  drive: string[];
  triggers: string[];
  mail: string[];
  forms: string[];
  charts: string[];
}

/** Sorted, duplicates kept: a file made twice or a mail sent twice is two equal lines. */
function counted(lines: string[]): string[] {
  return [...lines].sort();
}

/**
 * The world state compared after a cut: the spreadsheet's stableText (numbers such as НС-0001 or У-0001 as
 * НС-####, У-####; every
 * Drive, form and chart id replaced by what it names, since a re-made file gets a new id), Drive files and folders
 * not trashed (path, name, MIME type), project triggers (handler, event, spent), mails per recipient and subject,
 * forms not trashed (title and item titles), charts per sheet (count and titles). `normalise` is applied to the spreadsheet
 * text (e.g. times of day that a longer run moves).
 */
export function worldState(w: World, normalise: (text: string) => string = (t) => t): WorldState {
  const { emu } = w;
  const files = emu.drive.files().filter((f) => !f.trashed);
  const folders = emu.drive.folders().filter((f) => !f.trashed);
  const names = new Map<string, string>();
  for (const f of files) names.set(f.id, `<${f.mimeType.replace(/^.*\./, "")}:${f.name}>`);
  for (const f of folders) names.set(f.id, `<folder:${f.name}>`);
  for (const f of emu.drive.files().filter((x) => x.trashed)) names.set(f.id, `<trashed:${f.name}>`);
  // A trashed form is gone for respondents and the curator alike, as a trashed file is.
  const trashed = new Set(
    emu.drive
      .files()
      .filter((f) => f.trashed)
      .map((f) => f.id),
  );
  const forms = emu.forms.list().filter((f) => !trashed.has(f.id));
  for (const f of forms) {
    const published = /\/d\/e\/([^/]+)\//.exec(f.publishedUrl)?.[1];
    if (published) names.set(published, `<published form:${f.title}>`);
  }
  const charts = emu.charts();
  charts.forEach((c, i) => {
    names.set(String(c.chartId), `<chart ${c.sheet} #${i}>`);
  });
  // Numbers given by the base (НС-0001, confirmations У-0001, groups Г-0001…): a run cut after it reserved
  // numbers skips them, by design, so that no number is ever given twice.
  let text = stableText(emu, w.ss, { ids: true }).replace(/"([А-ЯЁ]{1,3})-\d{4,}"/g, '"$1-####"');
  text = text.replace(/"chartId":(\d+)/g, (_m, id: string) => `"chartId":"${names.get(id) ?? "<chart>"}"`);
  text = text.replace(/[A-Za-z0-9_-]{25,}/g, (id) => names.get(id) ?? "<id>");
  text = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>");
  const sheetNames = w.ss.getSheets().map((s) => s.getName());
  return {
    spreadsheet: normalise(text),
    drive: counted([
      ...files.map((f) => `${[...emu.drive.pathOf(f.id), f.name].join("/")} (${f.mimeType})`),
      ...folders.slice(1).map((f) => `${emu.drive.pathOf(f.id).join("/")}/ (folder)`),
    ]),
    triggers: counted(
      emu.triggers
        .list()
        .map(
          (t) =>
            `${t.handlerFunction} (${t.eventType}${t.eventType === "CLOCK" && t.nextRunAt === null ? ", spent" : ""})`,
        ),
    ),
    mail: counted(emu.mail.sent().map((m) => `${[...m.to, ...m.cc, ...m.bcc].join(", ")} | ${m.subject}`)),
    forms: counted(forms.map((f) => `${f.title}: ${f.items.map((i) => i.title).join(" / ")}`)),
    charts: sheetNames.flatMap((sheet) => {
      const own = charts.filter((c) => c.sheet === sheet);
      if (own.length === 0) return [];
      const titles = own.map((c) => JSON.stringify(c.options["title"] ?? null));
      return [`${sheet}: ${own.length} chart(s) ${titles.join(", ")}`];
    }),
  };
}

function linesDiff(part: string, got: string[], want: string[]): string[] {
  const left = [...want];
  const extra: string[] = [];
  for (const l of got) {
    const i = left.indexOf(l);
    if (i >= 0) left.splice(i, 1);
    else extra.push(l);
  }
  return [...extra.map((l) => `${part}: + ${l}`), ...left.map((l) => `${part}: - ${l}`)];
}

/** What differs between two world states ("+" only after the cut, "-" only in the clean run). */
export function worldDiff(got: WorldState, want: WorldState, limit = 12): string[] {
  const out: string[] = [];
  if (got.spreadsheet !== want.spreadsheet) {
    out.push(
      ...snapshotDiff(JSON.parse(got.spreadsheet), JSON.parse(want.spreadsheet), limit).map(
        (d) => `spreadsheet: ${d}`,
      ),
    );
  }
  for (const part of ["drive", "triggers", "mail", "forms", "charts"] as const) {
    out.push(...linesDiff(part, got[part], want[part]));
  }
  return out.slice(0, limit);
}

/** The call indices to cut, in order. */
export function sampleIndices(calls: number, sample: CutSample): number[] {
  if (sample === "all") return Array.from({ length: calls }, (_, i) => i + 1);
  const { first = 3, last = 3, every = Math.max(1, Math.ceil(calls / 10)) } = sample;
  const picked = new Set<number>();
  for (let k = 1; k <= Math.min(first, calls); k++) picked.add(k);
  for (let k = Math.max(1, calls - last + 1); k <= calls; k++) picked.add(k);
  for (let k = every; k <= calls; k += every) picked.add(k);
  return [...picked].sort((a, b) => a - b);
}

export interface CutOptions {
  /** Shown in reports. */
  name: string;
  /** Builds the world the action runs on (called once per point on a fresh gasWorld). */
  prepare: (w: World) => void;
  /**
   * The action, run inside one menu execution. It may return an outcome: an error outcome (`{ error }`) fails the
   * clean run; after a cut it is the action's answer to the curator (e.g. «nothing left to confirm») and not a
   * failure by itself: the world state decides.
   */
  action: (w: World) => unknown;
  /**
   * After the cut: what the curator and Google do next. Default: the action again in a new execution, then every
   * trigger run owed within a day (`runPendingTriggers`). Its failures are the point's failures.
   */
  rerun?: (w: World) => void;
  /** After the clean run, before its state is taken (default: `runPendingTriggers`, as rerun does). */
  settle?: (w: World) => void;
  /** Default: the first 3, the last 3 and every tenth of the calls. */
  sample?: CutSample;
  modes?: readonly CutMode[];
  /** Applied to the spreadsheet's text on both sides. */
  normalise?: (text: string) => string;
  /** Extra checks on the world after the rerun (e.g. nothing typed changed); return problems found. */
  check?: (w: World) => string[];
  /** Stop at the first failing point (default true: the first difference is the one to read). */
  stopAtFirst?: boolean;
  /** Options of gasWorld (e.g. a start date). */
  world?: Parameters<typeof gasWorld>[0];
  /**
   * The trigger runs the action leaves within this many ms (a continuation, tomorrow's mails) are part of it:
   * their calls are counted and cut too. A cut trigger run fails as Google's would; then comes `rerun`.
   */
  withTriggers?: number;
}

export interface CutFailure {
  k: number;
  method: string;
  mode: CutMode;
  /** How the cut run ended: the error it threw, or "returned". */
  cut: string;
  diff: string[];
}

export interface CutReport {
  name: string;
  /** The calls the clean action made. */
  calls: number;
  /** Their methods, in order (`Range.setValues`, `Files.copy`, …). */
  sequence: readonly string[];
  /** The points tried (call index × mode). */
  tried: number;
  /** Points where the cut action returned instead of failing (its failure absorbed). */
  absorbed: { k: number; method: string; mode: CutMode }[];
  failures: CutFailure[];
}

function defaultRerun(options: CutOptions): (w: World) => void {
  return (w) => {
    w.run(() => options.action(w));
    const failed = runPendingTriggers(w, options.withTriggers);
    if (failed.length > 0) throw new Error(`trigger runs failed: ${failed.join("; ")}`);
  };
}

function inject(w: World, k: number, mode: CutMode): void {
  if (mode === "timeLimit") w.emu.faults.stopAfter(k);
  else w.emu.faults.failNth({ n: k, message: CUT_MESSAGE, after: mode === "after" });
}

function describeError(error: unknown): string {
  return String(error).slice(0, 200);
}

/**
 * Runs `action` clean once to count its calls, then for each sampled call index k and each mode: a fresh world,
 * `prepare`, the fault, the action (expected to fail), `rerun`; the world state must equal the clean run's.
 */
export function cutAtEveryCall(options: CutOptions): CutReport {
  const rerun = options.rerun ?? defaultRerun(options);
  const settle =
    options.settle ??
    ((w: World) => {
      const failed = runPendingTriggers(w, options.withTriggers);
      if (failed.length > 0)
        throw new Error(`${options.name}: the clean run's triggers failed: ${failed.join("; ")}`);
    });
  const normalise = options.normalise ?? ((t: string) => t);
  const fresh = (): World => {
    const w = gasWorld(options.world);
    options.prepare(w);
    w.emu.faults.clear();
    w.emu.calls.reset();
    return w;
  };

  const clean = fresh();
  let expected: WorldState;
  let sequence: string[];
  try {
    const refused = refusal(clean.run(() => options.action(clean)));
    if (refused !== null) throw new Error(`${options.name}: the clean run refused: ${refused}`);
    if (options.withTriggers !== undefined) {
      const failed = runPendingTriggers(clean, options.withTriggers);
      if (failed.length > 0)
        throw new Error(`${options.name}: the clean run's triggers failed: ${failed.join("; ")}`);
    }
    sequence = clean.emu.calls.sequence();
    settle(clean);
    expected = worldState(clean, normalise);
  } finally {
    clean.uninstall();
  }

  const report: CutReport = {
    name: options.name,
    calls: sequence.length,
    sequence,
    tried: 0,
    absorbed: [],
    failures: [],
  };
  const modes = options.modes ?? CUT_MODES;
  for (const k of sampleIndices(sequence.length, options.sample ?? {})) {
    for (const mode of modes) {
      const method = sequence[k - 1] ?? "?";
      const w = fresh();
      report.tried++;
      try {
        inject(w, k, mode);
        let cut = "returned";
        try {
          const refused = refusal(w.run(() => options.action(w)));
          if (refused !== null) cut = `refused: ${refused.slice(0, 160)}`;
          else report.absorbed.push({ k, method, mode });
        } catch (error) {
          cut = describeError(error);
        }
        if (options.withTriggers !== undefined) {
          const failed = runPendingTriggers(w, options.withTriggers);
          if (failed.length > 0) cut = `a trigger run: ${failed[0]!.slice(0, 160)}`;
        }
        w.emu.faults.clear();
        let diff: string[];
        try {
          rerun(w);
          diff = [...worldDiff(worldState(w, normalise), expected), ...(options.check?.(w) ?? [])];
        } catch (error) {
          diff = [`the re-run failed: ${describeError(error)}`];
        }
        if (diff.length > 0) report.failures.push({ k, method, mode, cut, diff });
      } finally {
        w.uninstall();
      }
      if (report.failures.length > 0 && options.stopAtFirst !== false) return report;
    }
  }
  return report;
}

/** A failure as text: which call, how it was cut, how the cut run ended and what differs. */
export function formatFailure(name: string, f: CutFailure): string {
  return [
    `${name}: cut at call #${f.k} ${f.method} (${f.mode}); the cut run: ${f.cut}`,
    ...f.diff.map((d) => `  ${d}`),
  ].join("\n");
}
