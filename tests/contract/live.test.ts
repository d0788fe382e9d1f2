/**
 * The live runner, tested here as Apps Script would run it: `npm run test:live`'s bundle is built, loaded into the
 * vm host on the emulator, its menu clicked, and the «Совместимость» sheet read: one row per check, every check
 * passing except the known emulator differences, which must fail there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildLive, liveManifest, projectProblem, RUNNER_SCOPES } from "../../scripts/live";
import { createEmulator } from "../emulator";
import { loadBundle } from "../emulator/vmHost";
import { checkKey, EMULATOR_DIFFERENCES } from "./emulatorDifferences";
import { SUITES } from "./index";
import { FAILED, HEADER, MENU, MENU_ITEM, PASSED, SHEET } from "./liveSheet";

let dir: string;
let functions: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dist-live-"));
  ({ functions } = await buildLive(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the bundle's top-level functions are the runner's: menu, run, the contracts' trigger handler", () => {
  expect(functions.sort()).toEqual(["contractTriggerNoop", "onOpen", "runContractChecks"]);
  const code = readFileSync(join(dir, "Code.js"), "utf8");
  expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
});

test("the manifest is the add-on's own, with only the runner's scopes added", () => {
  const root = JSON.parse(readFileSync(join(__dirname, "../../appsscript.json"), "utf8"));
  const live = JSON.parse(readFileSync(join(dir, "appsscript.json"), "utf8"));
  expect(live).toEqual({ ...root, oauthScopes: expect.any(Array) });
  expect(new Set(live.oauthScopes)).toEqual(new Set([...root.oauthScopes, ...RUNNER_SCOPES]));
  expect(liveManifest({ oauthScopes: ["a", RUNNER_SCOPES[0]!] }).oauthScopes).toEqual([
    "a",
    ...RUNNER_SCOPES,
  ]);
});

test("the menu runs every check and writes one row per check into «Совместимость»", () => {
  const emu = createEmulator({ user: { email: "tester@example.org", locale: "ru" } });
  const host = loadBundle(dir, emu);
  host.call("onOpen", { authMode: "NONE" });
  expect(emu.ui.menus().map((m) => m.caption)).toEqual([MENU]);
  host.clickMenu(MENU, MENU_ITEM);

  const sheet = emu.activeSpreadsheet.getSheetByName(SHEET);
  expect(sheet).not.toBeNull();
  const values = sheet!.getDataRange().getValues();
  expect(values[1]).toEqual(HEADER);
  const rows = values.slice(2);
  const expected = SUITES.flatMap((s) => s.checks.map((c) => [s.name, c.name]));
  expect(rows.map((r) => [r[0], r[1]])).toEqual(expected);

  const known = new Set(Object.keys(EMULATOR_DIFFERENCES));
  const outcome = rows.map((r) => [checkKey(String(r[0]), String(r[1])), r[2]]);
  expect(outcome.filter(([key, result]) => result !== (known.has(String(key)) ? FAILED : PASSED))).toEqual(
    [],
  );
  for (const r of rows) {
    expect(typeof r[4]).toBe("number");
    if (r[2] === PASSED) expect(r[3]).toBe("");
    else expect(String(r[3])).toMatch(/^(Error|Exception|TypeError): ./);
  }
  const passed = rows.length - known.size;
  expect(values[0]![0]).toMatch(
    new RegExp(`^Итого / Total: ${passed} прошли / passed, ${known.size} не прошли`),
  );
  expect(emu.ui.toasts.length).toBeGreaterThan(0);

  // The contracts cleaned up after themselves: only the runner's sheet was added, no trigger or property is left.
  expect(emu.activeSpreadsheet.getSheets().map((s) => s.getName())).toEqual(["Лист1", SHEET]);
  expect(emu.triggers.list()).toEqual([]);
});

describe(".clasp.live.json", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "clasp-live-"));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (text: string) => {
    const p = join(tmp, ".clasp.live.json");
    writeFileSync(p, text);
    return p;
  };

  test("missing, the placeholder of the example, or pointing elsewhere: a reason", () => {
    expect(projectProblem(join(tmp, ".clasp.live.json"))).toMatch(/not found/);
    expect(projectProblem(write("{"))).toMatch(/not valid JSON/);
    const example = readFileSync(join(__dirname, "../../.clasp.live.example.json"), "utf8");
    expect(projectProblem(write(example))).toMatch(/no scriptId/);
    expect(
      projectProblem(write(JSON.stringify({ scriptId: "1AbCdEfGhIjKlMnOpQrStUvWxYz", rootDir: "dist" }))),
    ).toMatch(/"rootDir": "dist-live"/);
  });

  test("a script id and rootDir dist-live: usable", () => {
    expect(
      projectProblem(
        write(JSON.stringify({ scriptId: "1AbCdEfGhIjKlMnOpQrStUvWxYz", rootDir: "dist-live" })),
      ),
    ).toBe(null);
  });
});
