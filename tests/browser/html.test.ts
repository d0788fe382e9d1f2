import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPage, DATA_ELEMENT } from "../../scripts/html";
import { closeBrowser, openPage, served } from "./harness";

/** buildPage: one self-contained HTML string that HtmlService can serve. */

const INDEX = `<!DOCTYPE html>
<html lang="ru">
  <head>
    <meta charset="utf-8">
    <!-- build:style -->
  </head>
  <body>
    <p id="out"></p>
    <!-- build:data -->
    <!-- build:script -->
  </body>
</html>
`;

let root = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mentor-base-html-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await closeBrowser();
});

let n = 0;
async function pageDir(files: Record<string, string>): Promise<string> {
  const dir = join(root, `page${++n}`);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

test("inlines the bundled code and the styles; keeps the one data scriptlet", async () => {
  const dir = await pageDir({
    "index.html": INDEX,
    "main.ts": `import { greet } from "./greet";\nconst out = document.getElementById("out")!;\nout.textContent = greet("мир");\n`,
    "greet.ts": `export const greet = (who: string): string => "Привет, " + who + "!";\n`,
    "style.css": "p {\n  color: #ff0000;\n}\n",
  });
  const page = await buildPage(dir);
  expect(page).not.toContain("build:");
  expect(page).toMatch(/<style>p\{color:red\}<\/style>/);
  expect(page).toContain("<script>(()=>{");
  expect(page).not.toContain("import");
  expect(page.split(DATA_ELEMENT)).toHaveLength(2);
  expect(page.match(/<\?/g)).toHaveLength(1);

  const o = await openPage(served(page, {}), () => undefined);
  try {
    expect(await o.page.textContent("#out")).toBe("Привет, мир!");
    expect(await o.page.locator("#out").evaluate((e) => getComputedStyle(e).color)).toBe("rgb(255, 0, 0)");
    expect(o.errors).toEqual([]);
  } finally {
    await o.close();
  }
});

test("inlines the local stylesheets style.css imports, before the page's own rules", async () => {
  // As src/ui/lib/base.css is to the pages: a folder next to the page's.
  await mkdir(join(root, "lib"), { recursive: true });
  await writeFile(
    join(root, "lib", "base.css"),
    ":root {\n  --ink: #00ff00;\n}\n\np {\n  margin: 0;\n  color: red;\n}\n",
  );
  const dir = await pageDir({
    "index.html": INDEX,
    "main.ts": "",
    "style.css": `/* The page. */\n@import "../lib/base.css";\n\np {\n  color: var(--ink);\n}\n`,
  });
  const page = await buildPage(dir);
  expect(page).toContain("<style>:root{--ink: #00ff00}p{margin:0;color:red}p{color:var(--ink)}</style>");
  expect(page).not.toContain("@import");

  const o = await openPage(served(page, {}), () => undefined);
  try {
    expect(await o.page.locator("#out").evaluate((e) => getComputedStyle(e).color)).toBe("rgb(0, 255, 0)");
    expect(o.blocked).toEqual([]);
    expect(o.errors).toEqual([]);
  } finally {
    await o.close();
  }
});

test.each([
  ["an external stylesheet", `@import url("https://fonts.example/x.css");\n`, /external resources/],
  ["a missing local stylesheet", `@import "../nowhere/base.css";\n`, /Could not resolve/],
])("refuses style.css that imports %s", async (_what, css, error) => {
  const dir = await pageDir({ "index.html": INDEX, "main.ts": "", "style.css": css });
  await expect(buildPage(dir)).rejects.toThrow(error);
});

test("without style.css the style placeholder goes", async () => {
  const dir = await pageDir({ "index.html": INDEX, "main.ts": `console.log(1);\n` });
  const page = await buildPage(dir);
  expect(page).not.toContain("<style>");
  expect(page).not.toContain("build:style");
});

test("escapes </script and <!-- in the code, which still means the same", async () => {
  const dir = await pageDir({
    "index.html": INDEX,
    "main.ts": [
      `const tail = "</" + "SCRIPT>";`,
      `const s = "</script><!-- not a comment -->" + tail;`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: this is JavaScript source for the page
      "const t = `</Script>${s.length}`;",
      `const r = /<\\/script>/i.test(s);`,
      `document.getElementById("out")!.textContent = [s, t, String(r)].join("|");`,
      "",
    ].join("\n"),
  });
  const page = await buildPage(dir);
  const code = page.slice(page.indexOf("<script>(") + "<script>".length);
  expect(code.indexOf("</script")).toBe(code.indexOf("</script>\n"));
  expect(code.toLowerCase().split("</script").length).toBe(2);
  expect(code).not.toContain("<!--");

  const o = await openPage(served(page, {}), () => undefined);
  try {
    expect(await o.page.textContent("#out")).toBe(
      "</script><!-- not a comment --></SCRIPT>|</Script>40|true",
    );
    expect(o.errors).toEqual([]);
  } finally {
    await o.close();
  }
});

test.each([
  ["?> in the code", { "main.ts": `console.log("<xml ?>");\n` }, /main\.ts \(bundled\) contains "\?>"/],
  ["<? in the code", { "main.ts": `console.log("<?xml");\n` }, /main\.ts \(bundled\) contains "<\?"/],
  [
    "<? in the styles",
    { "main.ts": "", "style.css": `p::after { content: "<?"; }\n` },
    /style\.css contains "<\?"/,
  ],
  [
    "a scriptlet in index.html",
    { "main.ts": "", "index.html": INDEX.replace("<p", "<?= 1 ?><p") },
    /index\.html/,
  ],
  [
    "no script placeholder",
    { "main.ts": "", "index.html": INDEX.replace("<!-- build:script -->", "") },
    /exactly once/,
  ],
  [
    "an external font",
    {
      "main.ts": "",
      "style.css": `@font-face { font-family: X; src: url(https://fonts.example/x.woff2); }\n`,
    },
    /external resources/,
  ],
  [
    "an external script",
    { "main.ts": "", "index.html": INDEX.replace("<p", `<script src="//cdn.example/x.js"></script><p`) },
    /external/,
  ],
])("refuses a page with %s", async (_what, files, error) => {
  const dir = await pageDir({ "index.html": INDEX, ...files });
  await expect(buildPage(dir)).rejects.toThrow(error);
});

test("the report sidebar builds into one page with nothing external", async () => {
  const page = await buildPage("src/ui/report");
  expect(page.split(DATA_ELEMENT)).toHaveLength(2);
  expect(page).not.toMatch(/https?:\/\//);
  expect(page.length).toBeLessThan(60_000);
});
