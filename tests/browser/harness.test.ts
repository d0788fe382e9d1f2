import { closeBrowser, type OpenedPage, openPage, until } from "./harness";

/** The `google.script.run` stub behaves as Apps Script's does, so pages are tested against the real contract. */

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><p id="out"></p></body></html>`;

let o: OpenedPage;

beforeAll(async () => {
  o = await openPage(
    PAGE,
    (name, args) => {
      if (name === "echo") return { args };
      if (name === "when") return { at: new Date(0) };
      if (name === "slow") return new Promise((resolve) => setTimeout(() => resolve("late"), 50));
      throw new Error(`Script function not found: ${name}`);
    },
    { functions: ["echo", "when", "slow", "missing"] },
  );
});

afterAll(async () => {
  await o.close();
  await closeBrowser();
});

test("handlers run later, never inside the call, with the user object", async () => {
  const log = await o.page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const seen: unknown[] = [];
        const g = (
          window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }
        ).google;
        const runner = g.script.run as unknown as {
          withSuccessHandler(f: (v: unknown, u: unknown) => void): typeof runner;
          withUserObject(u: unknown): typeof runner;
          echo(...a: unknown[]): unknown;
        };
        const returned = runner
          .withSuccessHandler((value, user) => {
            seen.push(["success", value, user]);
            resolve(seen);
          })
          .withUserObject({ row: 7 })
          .echo("mentors", 7, ["a", null], { x: 1 });
        seen.push(["returned", returned === undefined ? "undefined" : returned]);
      }),
  );
  expect(log).toEqual([
    ["returned", "undefined"],
    ["success", { args: ["mentors", 7, ["a", null], { x: 1 }] }, { row: 7 }],
  ]);
  expect(o.calls.at(-1)).toEqual({ name: "echo", args: ["mentors", 7, ["a", null], { x: 1 }] });
});

test("each with… gives a new runner; google.script.run itself keeps no handler", async () => {
  const result = await o.page.evaluate(async () => {
    const run = (
      window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }
    ).google.script.run as unknown as {
      withSuccessHandler(f: (v: unknown) => void): typeof run;
      slow(): void;
    };
    let base = 0;
    let chained = "";
    const withHandler = run.withSuccessHandler(() => {
      base++;
    });
    run.slow();
    await new Promise((r) => setTimeout(r, 150));
    await new Promise<void>((resolve) =>
      withHandler
        .withSuccessHandler((v) => {
          chained = String(v);
          resolve();
        })
        .slow(),
    );
    return { base, chained, same: withHandler === run };
  });
  expect(result).toEqual({ base: 0, chained: "late", same: false });
});

test("a failure reaches the failure handler as an Error, or surfaces as uncaught without one", async () => {
  const message = await o.page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const run = (window as unknown as { google: { script: { run: unknown } } }).google.script.run as {
          withFailureHandler(f: (e: Error) => void): { missing(): void };
        };
        run.withFailureHandler((e) => resolve(`${e instanceof Error}:${e.message}`)).missing();
      }),
  );
  expect(message).toBe("true:Script function not found: missing");

  const before = o.errors.length;
  await o.page.evaluate(() => {
    (
      (window as unknown as { google: { script: { run: Record<string, () => void> } } }).google.script.run[
        "missing"
      ] ?? (() => {})
    )();
  });
  await until(() => o.errors.length > before, "the uncaught failure");
  expect(o.errors.at(-1)).toBe("Script function not found: missing");
  o.errors.length = 0;
});

test("only the script's functions exist; a Date in a result makes it null", async () => {
  const result = await o.page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google
          .script.run as Record<string, unknown> & {
          withSuccessHandler(f: (v: unknown) => void): { when(): void };
        };
        const unknownFunction = typeof run["doesNotExist"];
        run.withSuccessHandler((v) => resolve({ unknownFunction, value: v })).when();
      }),
  );
  expect(result).toEqual({ unknownFunction: "undefined", value: null });
});
