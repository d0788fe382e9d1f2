/**
 * HtmlService, HtmlOutput and HtmlTemplate (scriptlets <?= ?> escaped, <?!= ?> raw, <? ?> statements).
 */
import { Facade, gasError, instrument, isEnumOf, signatureError } from "./core";
import { SandboxMode, XFrameOptionsMode } from "./enums";
import type { World } from "./world";

export interface HtmlState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: Array<{ name: string; content: string }>;
  faviconUrl: string | null;
}

const ALLOWED_META_TAGS = [
  "apple-mobile-web-app-capable",
  "apple-mobile-web-app-status-bar-style",
  "apple-mobile-web-app-title",
  "google-site-verification",
  "mobile-web-app-capable",
  "viewport",
];

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function newState(content: string): HtmlState {
  return {
    content,
    title: "",
    width: null,
    height: null,
    sandboxMode: "IFRAME",
    xFrameOptionsMode: "DEFAULT",
    metaTags: [],
    faviconUrl: null,
  };
}

function textOf(source: unknown, method: string): string {
  if (typeof source === "string") return source;
  const blob = source as { getDataAsString?: unknown } | null;
  if (typeof blob?.getDataAsString === "function") return String((blob.getDataAsString as () => unknown)());
  throw signatureError(method, [source]);
}

export class EmuHtmlOutputMetaTag extends Facade {
  declare readonly _tag: { name: string; content: string };
  constructor(world: World, tag: { name: string; content: string }) {
    super(world);
    Object.defineProperty(this, "_tag", { value: { ...tag }, enumerable: false });
  }
  getName(): string {
    return this._tag.name;
  }
  getContent(): string {
    return this._tag.content;
  }
}
instrument(EmuHtmlOutputMetaTag, { service: "HtmlService", className: "HtmlOutputMetaTag" });

export class EmuHtmlOutput extends Facade {
  declare readonly _state: HtmlState;

  constructor(world: World, content: string) {
    super(world);
    Object.defineProperty(this, "_state", { value: newState(content), enumerable: false });
  }

  getContent(): string {
    return this._state.content;
  }
  setContent(content: unknown): this {
    if (typeof content !== "string") throw signatureError("HtmlOutput.setContent", [content]);
    this._state.content = content;
    return this;
  }
  append(addedContent: unknown): this {
    if (typeof addedContent !== "string") throw signatureError("HtmlOutput.append", [addedContent]);
    this._state.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: unknown): this {
    if (typeof addedContent !== "string") throw signatureError("HtmlOutput.appendUntrusted", [addedContent]);
    this._state.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this._state.content = "";
    return this;
  }
  getTitle(): string {
    return this._state.title;
  }
  setTitle(title: unknown): this {
    if (typeof title !== "string") throw signatureError("HtmlOutput.setTitle", [title]);
    this._state.title = title;
    return this;
  }
  getWidth(): number | null {
    return this._state.width;
  }
  setWidth(width: unknown): this {
    if (typeof width !== "number" || !Number.isInteger(width) || width < 0) {
      throw signatureError("HtmlOutput.setWidth", [width]);
    }
    this._state.width = width;
    return this;
  }
  getHeight(): number | null {
    return this._state.height;
  }
  setHeight(height: unknown): this {
    if (typeof height !== "number" || !Number.isInteger(height) || height < 0) {
      throw signatureError("HtmlOutput.setHeight", [height]);
    }
    this._state.height = height;
    return this;
  }
  setSandboxMode(mode: unknown): this {
    if (!isEnumOf(SandboxMode, mode)) throw signatureError("HtmlOutput.setSandboxMode", [mode]);
    this._state.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): this {
    if (!isEnumOf(XFrameOptionsMode, mode)) throw signatureError("HtmlOutput.setXFrameOptionsMode", [mode]);
    this._state.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    if (typeof name !== "string" || typeof content !== "string") {
      throw signatureError("HtmlOutput.addMetaTag", [name, content]);
    }
    if (!ALLOWED_META_TAGS.includes(name)) throw gasError(`Meta tag "${name}" is not allowed.`);
    this._state.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): EmuHtmlOutputMetaTag[] {
    return this._state.metaTags.map((tag) => new EmuHtmlOutputMetaTag(this.world, tag));
  }
  getFaviconUrl(): string | null {
    return this._state.faviconUrl;
  }
  setFaviconUrl(iconUrl: unknown): this {
    if (typeof iconUrl !== "string") throw signatureError("HtmlOutput.setFaviconUrl", [iconUrl]);
    this._state.faviconUrl = iconUrl;
    return this;
  }
  asTemplate(): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this.world, this._state.content);
  }
}
instrument(EmuHtmlOutput, { service: "HtmlService", className: "HtmlOutput" });

/** Turns a template into the body of `function (__scope, __raw, __esc, output) { with (__scope) { … } }`. */
export function compileTemplate(raw: string): string {
  const lines: string[] = [];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of raw.matchAll(scriptlet)) {
    const start = m.index ?? 0;
    if (start > last) lines.push(`__raw(${JSON.stringify(raw.slice(last, start))});`);
    const body = (m[2] ?? "").trim().replace(/;+$/, "");
    if (m[1] === "=") lines.push(`__esc(${body});`);
    else if (m[1] === "!=") lines.push(`__raw(${body});`);
    else lines.push(m[2] ?? "");
    last = start + m[0].length;
  }
  if (last < raw.length) lines.push(`__raw(${JSON.stringify(raw.slice(last))});`);
  return lines.join("\n");
}

export class EmuHtmlTemplate extends Facade {
  declare readonly _raw: string;

  constructor(world: World, raw: string) {
    super(world);
    Object.defineProperty(this, "_raw", { value: raw, enumerable: false });
  }

  getRawContent(): string {
    return this._raw;
  }
  getCode(): string {
    return compileTemplate(this._raw);
  }
  getCodeWithComments(): string {
    return `// template scriptlets compiled by the emulator\n${compileTemplate(this._raw)}`;
  }
  /** Runs the scriptlets with this template's own properties in scope (and the script's globals). */
  evaluate(): EmuHtmlOutput {
    const scope: Record<string, unknown> = {};
    for (const key of Object.keys(this)) scope[key] = (this as unknown as Record<string, unknown>)[key];
    const pieces: string[] = [];
    const text = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
    const output = {
      append: (s: unknown) => pieces.push(text(s)),
      appendUntrusted: (s: unknown) => pieces.push(escapeHtml(text(s))),
      clear: () => {
        pieces.length = 0;
      },
      getContent: () => pieces.join(""),
    };
    const Fn = this.world.scriptRealm?.Function ?? Function;
    const render = new Fn(
      "__scope",
      "__raw",
      "__esc",
      "output",
      `with (__scope) {\n${compileTemplate(this._raw)}\n}`,
    );
    this.world.rt.userCode(() =>
      render(
        scope,
        (v: unknown) => pieces.push(text(v)),
        (v: unknown) => pieces.push(escapeHtml(text(v))),
        output,
      ),
    );
    return new EmuHtmlOutput(this.world, pieces.join(""));
  }
}
instrument(EmuHtmlTemplate, { service: "HtmlService", className: "HtmlTemplate" });

export class EmuHtmlService extends Facade {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  private _file(filename: unknown, method: string): string {
    if (typeof filename !== "string") throw signatureError(method, [filename]);
    const files = this.world.htmlFiles;
    const content = files[filename] ?? files[filename.replace(/\.html$/, "")];
    if (content === undefined) throw gasError(`No HTML file named ${filename} was found.`);
    return content;
  }

  createHtmlOutput(source?: unknown): EmuHtmlOutput {
    return new EmuHtmlOutput(
      this.world,
      source === undefined ? "" : textOf(source, "HtmlService.createHtmlOutput"),
    );
  }
  createHtmlOutputFromFile(filename: unknown): EmuHtmlOutput {
    return new EmuHtmlOutput(this.world, this._file(filename, "HtmlService.createHtmlOutputFromFile"));
  }
  createTemplate(source: unknown): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this.world, textOf(source, "HtmlService.createTemplate"));
  }
  createTemplateFromFile(filename: unknown): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this.world, this._file(filename, "HtmlService.createTemplateFromFile"));
  }
  getUserAgent(): string {
    return "Mozilla/5.0 (emulator)";
  }
}
instrument(EmuHtmlService, { service: "HtmlService", className: "HtmlService" });
