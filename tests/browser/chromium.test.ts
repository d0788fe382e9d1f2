import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chooseChromium, packagedChromium, SYSTEM_CHROMIUM, unpackPackagedChromium } from "./chromium";

/** Which Chromium the browser tests run, and the one shipped in the npm package for a machine with none. */

describe("the choice", () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  test("CHROMIUM wins over CHROMIUM_PATH and the system's", () => {
    expect(
      chooseChromium(
        { CHROMIUM: "/opt/a", CHROMIUM_PATH: "/opt/b" },
        only("/opt/a", "/opt/b", SYSTEM_CHROMIUM),
      ),
    ).toEqual({ kind: "env", variable: "CHROMIUM", path: "/opt/a" });
  });

  test("CHROMIUM_PATH still works", () => {
    expect(chooseChromium({ CHROMIUM_PATH: "/opt/b" }, only("/opt/b", SYSTEM_CHROMIUM))).toEqual({
      kind: "env",
      variable: "CHROMIUM_PATH",
      path: "/opt/b",
    });
  });

  test("then Debian's, then the package's; an empty variable counts as unset", () => {
    expect(chooseChromium({ CHROMIUM: "" }, only(SYSTEM_CHROMIUM))).toEqual({
      kind: "system",
      path: SYSTEM_CHROMIUM,
    });
    expect(chooseChromium({ CHROMIUM: "", CHROMIUM_PATH: "" }, only())).toEqual({ kind: "package" });
  });

  test("a variable naming no executable is an error that says what to do, not a silent fallback", () => {
    expect(() => chooseChromium({ CHROMIUM: "/nowhere/chrome" }, only(SYSTEM_CHROMIUM))).toThrow(
      /CHROMIUM=\/nowhere\/chrome is not an executable file: point it at a Chromium binary, or unset it/,
    );
  });
});

describe("the package's Chromium", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "mentor-base-chromium-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("unpacks once, whole, even when two test files ask at the same time, and starts headless", async () => {
    const [a, b] = await Promise.all([unpackPackagedChromium(dir), unpackPackagedChromium(dir)]);
    const { version } = packagedChromium();
    expect(a).toBe(join(dir, `mentor-base-chromium-${version}`, "chromium"));
    expect(b).toBe(a);
    // No half-written file left beside it.
    expect(readdirSync(join(dir, `mentor-base-chromium-${version}`))).toEqual(["chromium"]);
    const written = statSync(a).mtimeMs;
    expect(await unpackPackagedChromium(dir)).toBe(a);
    expect(statSync(a).mtimeMs).toBe(written);

    const browser = await chromium.launch({
      executablePath: a,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
    try {
      // The package's major version is its Chromium's.
      expect(browser.version().split(".")[0]).toBe(version.split(".")[0]);
      const page = await browser.newPage();
      await page.setContent("<button>Проверить</button>");
      expect(await page.getByRole("button", { name: "Проверить" }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
