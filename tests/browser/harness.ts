import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { buildPage } from "../../scripts/html";
import { chromiumPath } from "./chromium";

/**
 * Browser tests of the add-on's pages. One Chromium per test file (chosen by chromium.ts: `CHROMIUM`, else
 * Debian's, else the one shipped in an npm package; tests never download a browser); each page is served from a tiny HTTP server on 127.0.0.1 and any other request is refused and
 * recorded, since HtmlService's sandbox has no network either. `google.script.run` is a stub installed before the
 * page's own scripts; every server call goes to a Node-side handler given by the test.
 */

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  // No network on the test machine: without these Chromium waits on refused connections.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser: Promise<Browser> | null = null;

/** The test file's Chromium, started on first use. */
export function getBrowser(): Promise<Browser> {
  browser ??= chromiumPath().then((executablePath) =>
    chromium.launch({ executablePath, args: CHROMIUM_ARGS }),
  );
  return browser;
}

/** Call in `afterAll`. */
export async function closeBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b !== null) await (await b).close();
}

/** What the test's server does with a call: a value (or a promise of it), or a throw for a failure. */
export type ServerHandler = (name: string, args: unknown[]) => unknown;

export interface ServerCall {
  readonly name: string;
  readonly args: unknown[];
}

export interface OpenOptions {
  /** Only these server functions exist on `google.script.run` (as only the script's functions do). */
  readonly functions?: readonly string[];
  /** The sidebar's size by default. */
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
  readonly timezoneId?: string;
  /** Script run in the page before its own (after the google.script stub): a fake of a Google API, say. */
  readonly initScript?: string;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every server call the page made, in order. */
  readonly calls: ServerCall[];
  /** Uncaught errors in the page. */
  readonly errors: string[];
  /** Requests the page tried to make other than for itself. */
  readonly blocked: string[];
  /** Every call of `google.script.host` (close, setHeight, setWidth, editor.focus), in order. */
  readonly host: ServerCall[];
  close(): Promise<void>;
}

const BRIDGE = "__mentorBaseServerCall";
const HOST_BRIDGE = "__mentorBaseHostCall";

/** The global through which the stub (stub.ts) gets its options; defined just before it in the init script. */
export const STUB_OPTIONS = "__mentorBaseStubOptions";
export interface StubOptions {
  /** The function exposed by Playwright that forwards a call to the test's handler. */
  readonly bridge: string;
  /** The server functions that exist, or null for any name. */
  readonly functions: readonly string[] | null;
  /** The function exposed by Playwright that records a call of `google.script.host`. */
  readonly hostBridge?: string;
}

type BridgeResult = { ok: true; value: unknown } | { ok: false; message: string };

export async function openPage(
  html: string,
  handler: ServerHandler,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const calls: ServerCall[] = [];
  const errors: string[] = [];
  const blocked: string[] = [];
  const host: ServerCall[] = [];

  const server = await serve(html, blocked);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await (await getBrowser()).newContext({
    viewport: options.viewport ?? { width: 300, height: 700 },
    locale: options.locale ?? "ru-RU",
    timezoneId: options.timezoneId ?? "Europe/Moscow",
    serviceWorkers: "block",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === `${origin}/`) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  await context.exposeFunction(BRIDGE, async (name: string, args: unknown[]): Promise<BridgeResult> => {
    calls.push({ name, args });
    try {
      return { ok: true, value: asReturned(await handler(name, args)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await context.exposeFunction(HOST_BRIDGE, (name: string, args: unknown[]) => {
    host.push({ name, args });
  });
  const stubOptions: StubOptions = {
    bridge: BRIDGE,
    functions: options.functions ?? null,
    hostBridge: HOST_BRIDGE,
  };
  await context.addInitScript({
    content: `{\nconst ${STUB_OPTIONS} = ${JSON.stringify(stubOptions)};\n${await scriptRunStub()}}`,
  });

  if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: "load" });

  return {
    page,
    context,
    calls,
    errors,
    blocked,
    host,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function serve(html: string, blocked: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(html);
      return;
    }
    // The browser asks for a favicon on its own, some versions sometimes: not the page's request.
    if (req.url === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    blocked.push(req.url ?? "");
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

/**
 * What the client receives for a server function's result. Apps Script passes JSON-like values; a result that
 * holds a Date or a function anywhere reaches the success handler as null.
 */
function asReturned(value: unknown): unknown {
  if (value === undefined) return undefined;
  const illegal = (v: unknown): boolean =>
    v instanceof Date ||
    typeof v === "function" ||
    (typeof v === "object" && v !== null && Object.values(v).some(illegal));
  if (illegal(value)) return null;
  return JSON.parse(JSON.stringify(value));
}

/** tests/browser/stub.ts bundled for the page by esbuild, so it does not depend on how jest compiles this file. */
let stubSource: Promise<string> | null = null;
function scriptRunStub(): Promise<string> {
  stubSource ??= esbuild
    .build({
      entryPoints: [join(__dirname, "stub.ts")],
      bundle: true,
      write: false,
      format: "iife",
      target: "es2020",
      platform: "browser",
      logLevel: "silent",
    })
    .then((result) => result.outputFiles[0]?.text ?? "");
  return stubSource;
}

/** The scriptlet through which the server gives a page its data. */
export const DATA_SCRIPTLET = "<?!= data ?>";

/**
 * What HtmlService serves for a built page: the data scriptlet replaced by the data as JSON with `<` escaped (as
 * the server does it). A stand-in until these tests go through the emulator's HtmlService.
 */
export function served(page: string, data: unknown): string {
  const parts = page.split(DATA_SCRIPTLET);
  if (parts.length !== 2) throw new Error(`the page must contain ${DATA_SCRIPTLET} exactly once`);
  const html = parts.join(JSON.stringify(data).replace(/</g, "\\u003c"));
  if (html.includes("<?")) throw new Error("the page has a scriptlet other than the data one");
  return html;
}

/** Waits until `check()` holds (server calls arrive asynchronously); fails after `timeoutMs`. */
export async function until(check: () => boolean, what = "the condition", timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise and its two ends, to hold a server call open while a test looks at the page in between. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type Deferred = ReturnType<typeof deferred<unknown>>;

/** A page a test file tests, built once: `open` serves it with data and keeps the page for the checks after each test. */
export interface PageUnderTest {
  /** The built page (as HtmlService would serve it, before the data is put in). */
  readonly html: string;
  /** Opens the page with `data`; its server calls go to `handler`. */
  open(data: unknown, handler?: ServerHandler, options?: OpenOptions): Promise<OpenedPage>;
  /** Keeps a page opened some other way, to be closed and checked after the test like the rest. */
  keep<T extends OpenedPage>(o: T): T;
}

/**
 * Sets a test file up for the page in `dir`: builds it before the tests; after each test closes the pages it
 * opened and checks that none logged an error or asked for anything outside (HtmlService's sandbox has no
 * network); closes the browser at the end. `defaults` are the options every `open` starts from.
 */
export function pageUnderTest(dir: string, defaults: OpenOptions = {}): PageUnderTest {
  let built = "";
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    built = await buildPage(dir);
  });
  afterEach(async () => {
    const pages = opened.splice(0);
    for (const o of pages) await o.close();
    for (const o of pages) {
      expect(o.errors).toEqual([]);
      expect(o.blocked).toEqual([]);
    }
  });
  afterAll(() => closeBrowser());
  const keep = <T extends OpenedPage>(o: T): T => {
    opened.push(o);
    return o;
  };
  return {
    get html() {
      return built;
    },
    keep,
    open: async (data, handler = () => undefined, options = {}) =>
      keep(await openPage(served(built, data), handler, { ...defaults, ...options })),
  };
}

/** A server whose every call waits until the test settles it: `answer(name)` gives the next call of `name`. */
export interface WaitingServer {
  readonly waiting: { readonly name: string; readonly args: unknown[]; readonly d: Deferred }[];
  readonly handler: ServerHandler;
  answer(name: string): Promise<Deferred>;
}

export function waitingServer(): WaitingServer {
  const waiting: { name: string; args: unknown[]; d: Deferred }[] = [];
  return {
    waiting,
    handler: (name, args) => {
      const d = deferred<unknown>();
      waiting.push({ name, args, d });
      return d.promise;
    },
    async answer(name) {
      await until(() => waiting.some((w) => w.name === name), name);
      const i = waiting.findIndex((w) => w.name === name);
      return waiting.splice(i, 1)[0]!.d;
    },
  };
}

// ---- reading a page as a person does ------------------------------------------------------------------------

/** White space made single; `\s` takes in the no-break space of «45,5 %». */
export const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The text of one element as rendered (what a person reads), white space made single. */
export async function read(locator: Locator): Promise<string> {
  await locator.waitFor({ state: "attached" });
  return norm((await locator.allInnerTexts())[0] ?? "");
}

/** The text as written in the page (section titles shown in capitals are read as written). */
export const content = async (o: OpenedPage, selector: string): Promise<string> =>
  norm((await o.page.textContent(selector)) ?? "");

/** A button by its accessible name, exactly. */
export const button = (o: OpenedPage, name: string): Locator =>
  o.page.getByRole("button", { name, exact: true });

/** Waits until the element's rendered text is `text`. */
export async function untilText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: "visible" });
  expect(await read(locator)).toBe(text);
}
