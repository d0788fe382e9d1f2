/**
 * Builds what clasp pushes: dist/Code.js (the server bundle plus one top-level function per entry point),
 * dist/appsscript.json and one self-contained HTML file per page in src/ui/<name>/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { buildPage } from "./html";
import { buildPrivacyPage } from "./privacy";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const ENTRY = join(ROOT, "src/gas/entrypoints.ts");
const GLOBAL = "MentorBase";

/** The names exported by the entry file: these become Apps Script's top-level functions. */
async function entryPoints(entry: string): Promise<string[]> {
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    outdir: "probe",
    logLevel: "silent",
  });
  const out = Object.values(probe.metafile.outputs).find((o) => o.entryPoint);
  if (!out) throw new Error("esbuild gave no output for the entry file");
  return [...out.exports].sort();
}

/**
 * Bundles an entry file (the add-on's by default; the live contract runner's for `npm run test:live`) into one
 * IIFE plus one top-level function per name it exports.
 */
export async function buildServer(
  entry: string = ENTRY,
  globalName: string = GLOBAL,
): Promise<{ code: string; functions: string[] }> {
  const functions = await entryPoints(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  const bundle = result.outputFiles[0]?.text ?? "";
  if (/\brequire\(|\bprocess\.|\bBuffer\b|\bsetTimeout\(/.test(bundle)) {
    throw new Error("The server bundle refers to Node or browser APIs that Apps Script does not have");
  }
  const stubs = functions.map(
    (name) => `function ${name}(...args) { return ${globalName}.${name}(...args); }`,
  );
  const code = `${bundle}\n// Entry points: Apps Script finds functions only as top-level declarations.\n${stubs.join("\n")}\n`;
  return { code, functions };
}

/** Builds dist/ and returns what it wrote, with sizes in bytes. */
export async function buildAll(): Promise<{ file: string; bytes: number; note?: string }[]> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const { code, functions } = await buildServer();
  writeFileSync(join(DIST, "Code.js"), code);
  writeFileSync(join(DIST, "appsscript.json"), readFileSync(join(ROOT, "appsscript.json")));
  const pages: string[] = [];
  const ui = join(ROOT, "src/ui");
  for (const name of readdirSync(ui).sort()) {
    const dir = join(ui, name);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, "index.html"))) continue;
    writeFileSync(join(DIST, `${name}.html`), await buildPage(dir));
    pages.push(name);
  }
  writeFileSync(join(DIST, "privacy.html"), buildPrivacyPage());
  pages.push("privacy");
  const size = (f: string) => statSync(join(DIST, f)).size;
  return [
    { file: "dist/Code.js", bytes: size("Code.js"), note: `entry points: ${functions.join(", ")}` },
    { file: "dist/appsscript.json", bytes: size("appsscript.json") },
    ...pages.map((p) => ({ file: `dist/${p}.html`, bytes: size(`${p}.html`) })),
  ];
}

if (require.main === module) {
  buildAll()
    .then((files) => {
      for (const f of files)
        console.log(`${f.file} ${(f.bytes / 1024).toFixed(1)} KB${f.note ? `, ${f.note}` : ""}`);
    })
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
