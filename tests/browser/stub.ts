import type { StubOptions } from "./harness";

/**
 * `google.script.run` for browser tests, run in the page before its own scripts (harness.ts bundles this file and
 * puts it in an init script). It behaves as Apps Script's does: each `with…` returns a new runner carrying the
 * handler or the user object, calling a server function returns undefined at once, and the handlers run later,
 * never inside the call. Without a failure handler a failure surfaces as an uncaught error. The call itself goes
 * to the Node side through the function Playwright exposes.
 */

declare const __mentorBaseStubOptions: StubOptions;

type Success = (value: unknown, userObject?: unknown) => void;
type Failure = (error: Error, userObject?: unknown) => void;
type Result = { ok: true; value: unknown } | { ok: false; message: string };

interface Config {
  readonly success: Success | null;
  readonly failure: Failure | null;
  readonly userObject: unknown;
}

const options = __mentorBaseStubOptions;
const w = window as unknown as Record<string, unknown>;

function callServer(name: string, args: unknown[]): Promise<Result> {
  return (w[options.bridge] as (name: string, args: unknown[]) => Promise<Result>)(name, args);
}

/** Apps Script refuses dates, functions and DOM elements other than a form as arguments. */
function illegalArgument(v: unknown): boolean {
  if (v instanceof Date || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint")
    return true;
  if (v instanceof Node) return !(v instanceof HTMLFormElement);
  if (typeof v === "object" && v !== null) return Object.values(v).some(illegalArgument);
  return false;
}

function later(fn: () => void): void {
  setTimeout(fn, 0);
}

function fail(config: Config, message: string): void {
  const error = new Error(message);
  error.name = "ScriptError";
  later(() => {
    if (config.failure !== null) config.failure(error, config.userObject);
    else throw error;
  });
}

function invoke(config: Config, name: string, args: unknown[]): void {
  if (args.some(illegalArgument)) {
    fail(config, `Failed due to illegal value in argument of ${name}.`);
    return;
  }
  const plain = args.map((a) => (a instanceof HTMLFormElement ? Object.fromEntries(new FormData(a)) : a));
  callServer(name, plain).then(
    (result) => {
      if (result.ok) later(() => config.success?.(result.value, config.userObject));
      else fail(config, result.message);
    },
    (error: unknown) => fail(config, String(error)),
  );
}

function runner(config: Config): unknown {
  const methods = {
    withSuccessHandler: (fn: Success) => runner({ ...config, success: fn }),
    withFailureHandler: (fn: Failure) => runner({ ...config, failure: fn }),
    withUserObject: (userObject: unknown) => runner({ ...config, userObject }),
  };
  return new Proxy(methods, {
    get(target, prop) {
      if (typeof prop !== "string") return undefined;
      if (Object.keys(target).includes(prop)) return target[prop as keyof typeof methods];
      if (options.functions !== null && !options.functions.includes(prop)) return undefined;
      return (...args: unknown[]) => {
        invoke(config, prop, args);
      };
    },
  });
}

/**
 * `google.script.host`: in Apps Script it closes or resizes the dialog and gives the focus back to the sheet.
 * Here each call is only recorded (harness.ts `host`); the page stays open so the test can look at it.
 */
function hostCall(name: string, args: unknown[]): void {
  const record = options.hostBridge === undefined ? undefined : w[options.hostBridge];
  if (typeof record === "function")
    void (record as (name: string, args: unknown[]) => Promise<void>)(name, args);
}

const host = {
  origin: location.origin,
  close: (): void => hostCall("close", []),
  setHeight: (height: number): void => hostCall("setHeight", [height]),
  setWidth: (width: number): void => hostCall("setWidth", [width]),
  editor: { focus: (): void => hostCall("editor.focus", []) },
};

w["google"] = {
  script: { run: runner({ success: null, failure: null, userObject: undefined }), host },
};
