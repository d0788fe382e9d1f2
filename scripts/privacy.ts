/**
 * The privacy policy and terms of use as the add-on shows them: docs/privacy.md made into one self-contained
 * page, dist/privacy.html, which «Справка» opens in a dialog. The add-on carries the same text it was built with,
 * so the page always matches the version a school runs, and works with no site published anywhere (the
 * Marketplace listing still needs a public copy: docs/publishing.md § 6).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Marked } from "marked";

const ROOT = join(__dirname, "..");
export const PRIVACY_SOURCE = join(ROOT, "docs/privacy.md");

const STYLE = [
  "body{font:14px/1.55 Roboto,Arial,sans-serif;margin:0;color:#202124}",
  "main{padding:8px 20px 24px;max-width:860px}",
  "h1{font-size:20px;margin:12px 0}h2{font-size:16px;margin:20px 0 6px}h3{font-size:14px;margin:16px 0 4px}",
  "table{border-collapse:collapse;margin:8px 0;font-size:13px}",
  "th,td{border:1px solid #dadce0;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f1f3f4}",
  "a{color:#1a0dab}code{font-size:12px;background:#f1f3f4;padding:0 3px}",
].join("");

/** The page made from the policy's Markdown: its first heading is the page's title; links open in a new tab. */
export function privacyPage(markdown: string): string {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? "Политика конфиденциальности";
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: () => "", // raw HTML in the source is dropped, not passed through
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        const safe = /^(https:|mailto:|#)/.test(href) ? href : "#";
        const target = safe.startsWith("#") ? "" : ' target="_blank" rel="noopener noreferrer"';
        return `<a href="${safe.replace(/"/g, "&quot;")}"${target}>${text}</a>`;
      },
    },
  });
  const body = marked.parse(markdown) as string;
  const html =
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${title.replace(/</g, "&lt;")}</title>` +
    `<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
  // HtmlService reads "<?" as a scriptlet in templates; the page is served as a file, but keep it plain anyway.
  return html.replace(/<\?/g, "&lt;?");
}

export function buildPrivacyPage(): string {
  return privacyPage(readFileSync(PRIVACY_SOURCE, "utf8"));
}
