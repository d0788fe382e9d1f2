import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";

/**
 * Builds one page of the add-on (a sidebar or a dialog) into a single HTML string for HtmlService.
 *
 * A page is a folder with `index.html`, `main.ts` and optionally `style.css`. index.html marks with placeholders,
 * each on its own, where the built parts go:
 *
 *     <!-- build:style -->    <style>…minified style.css…</style> (removed when there is no style.css)
 *     <!-- build:script -->   <script>…main.ts bundled and minified…</script>
 *     <!-- build:data -->     <script type="application/json" id="data"><?!= data ?></script> (optional)
 *
 * style.css may `@import` local stylesheets, e.g. `@import "../lib/base.css";` for the styles all pages share:
 * esbuild inlines them. Anything external (an `@import` or `url()` of another site) is refused.
 *
 * Everything is inlined: a page must work on its own. The one exception is Google's API loader for the Picker
 * (ALLOWED_SCRIPTS), which HtmlService's sandbox may load over https. HtmlService reads
 * `<? … ?>` as template scriptlets: the server fills the one data scriptlet with the page's JSON, and nothing
 * else may contain `<?` or `?>`. The scriptlet is not written in index.html itself because the HTML linter
 * cannot parse it.
 */
export const STYLE_PLACEHOLDER = "<!-- build:style -->";
export const SCRIPT_PLACEHOLDER = "<!-- build:script -->";
export const DATA_PLACEHOLDER = "<!-- build:data -->";
/** Where the server's JSON goes: `template.data = JSON.stringify(value).replace(/</g, "\\u003c")`. */
export const DATA_ELEMENT = '<script type="application/json" id="data"><?!= data ?></script>';

export async function buildPage(dir: string): Promise<string> {
  const html = await readFile(join(dir, "index.html"), "utf8");
  noScriptlets(html, `${dir}/index.html`);
  const cssPath = join(dir, "style.css");
  const css = existsSync(cssPath) ? await bundleCss(cssPath) : null;
  const js = await bundleJs(join(dir, "main.ts"));

  noScriptlets(js, `${dir}/main.ts (bundled)`);
  if (css !== null) {
    noScriptlets(css, `${dir}/style.css`);
    if (/<\/style/i.test(css))
      throw new Error(`${dir}/style.css: "</style" would end the <style> element early`);
  }

  // In this order, so that nothing inserted is taken for a placeholder (the script has `<!--` escaped).
  let page = html.includes(DATA_PLACEHOLDER) ? replaceOnce(html, DATA_PLACEHOLDER, DATA_ELEMENT, dir) : html;
  page = replaceOnce(page, SCRIPT_PLACEHOLDER, `<script>${escapeScript(js)}</script>`, dir);
  if (css !== null) page = replaceOnce(page, STYLE_PLACEHOLDER, `<style>${css}</style>`, dir);
  else page = page.split(STYLE_PLACEHOLDER).join("");

  const external = externalReferences(page);
  if (external.length > 0) {
    throw new Error(
      `${dir}: the page refers to external resources, which the sandbox cannot load: ${external.join(", ")}`,
    );
  }
  return page;
}

async function bundleJs(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`${entry}: esbuild produced no output`);
  return file.text.trimEnd();
}

/** style.css minified, with the local stylesheets it `@import`s (such as `../lib/base.css`) inlined. */
async function bundleCss(path: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    write: false,
    minify: true,
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`${path}: esbuild produced no output`);
  return file.text.trimEnd();
}

function noScriptlets(text: string, what: string): void {
  for (const mark of ["<?", "?>"]) {
    const at = text.indexOf(mark);
    if (at >= 0) {
      const around = text.slice(Math.max(0, at - 30), at + 30);
      throw new Error(
        `${what} contains "${mark}", which HtmlService would read as a template scriptlet: …${around}… ` +
          `Write it differently, e.g. "<" + "?" in a string; the page's data comes through ${DATA_PLACEHOLDER}.`,
      );
    }
  }
}

/**
 * Makes the code safe inside <script>…</script>: `</script` would end the element and `<!--` changes how the
 * HTML parser reads the rest. Both only occur inside string, template or regex literals, where the escaped
 * forms mean the same.
 */
export function escapeScript(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "\\x3C!--");
}

function replaceOnce(text: string, placeholder: string, replacement: string, dir: string): string {
  const parts = text.split(placeholder);
  if (parts.length !== 2) {
    throw new Error(`${dir}/index.html must contain ${placeholder} exactly once (found ${parts.length - 1})`);
  }
  // Joined by hand: String.replace would read "$&" and the like in the minified code.
  return parts[0] + replacement + parts[1];
}

/**
 * The one external script a page may load: Google's API loader, which the Picker needs (HtmlService's IFRAME
 * sandbox allows https scripts). Exactly this address, nothing else.
 */
export const ALLOWED_SCRIPTS: readonly string[] = ["https://apis.google.com/js/api.js"];

function allowed(reference: string): boolean {
  const m = /^src\s*=\s*["']?\s*(https:\/\/[^\s"'>]*)/i.exec(reference);
  return m !== null && ALLOWED_SCRIPTS.includes(m[1]!);
}

function externalReferences(page: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'>]*/gi,
    /url\(\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?\/\/[^)]*\)/gi,
    /@import\b[^;]*;?/gi,
  ];
  for (const re of patterns) for (const m of page.matchAll(re)) if (!allowed(m[0])) found.push(m[0]);
  return found;
}
