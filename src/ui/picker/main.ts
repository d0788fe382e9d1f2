import type { ChooseResult } from "../../app/templatePicker";
import type { Locale } from "../../domain/i18n";
import { byId, el } from "../lib/dom";
import { errorText, showBox, showLines } from "../lib/feedback";
import { isRec, isStr } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { run } from "../lib/run";
import { isTextKey, type Texts, texts } from "./text";

/**
 * The «Свой шаблон документа» dialog. The server puts `{ locale, kinds, kind, appId, apiKey, token, missing }` as
 * JSON into <script id="data">. With the Picker set up (no `missing` rows), «Выбрать Google Документ…» loads
 * Google's API loader (https://apis.google.com/js/api.js, the one external script a page may load; a `gapi`
 * already on the page is used as it is) and opens the Picker on the curator's Google Docs. The Doc picked goes to
 * the server (`chooseTemplate`), which checks it and records it on «Настройки», asking before it replaces a value
 * that stands there. Without the settings the dialog says which rows are missing, how to fill them, and that the
 * built-in templates work meanwhile.
 */

const API_URL = "https://apis.google.com/js/api.js";
const DOC_MIME = "application/vnd.google-apps.document";
const KINDS = ["agreement", "order", "plan", "thanks", "portfolio", "report"] as const;
type Kind = (typeof KINDS)[number];

interface KindView {
  readonly kind: Kind;
  readonly label: string;
  readonly current: string;
}

interface PageData {
  readonly locale: Locale;
  readonly kinds: readonly KindView[];
  readonly kind: Kind | null;
  readonly appId: string;
  readonly apiKey: string;
  readonly token: string;
  readonly missing: readonly string[];
}

/** The part of Google's Picker API (google.picker) this page uses. */
interface PickerApi {
  readonly ViewId: { readonly DOCUMENTS: string };
  readonly Action: { readonly PICKED: string; readonly CANCEL: string };
  readonly Response: { readonly ACTION: string; readonly DOCUMENTS: string };
  readonly Document: { readonly ID: string; readonly NAME: string };
  DocsView: new (viewId: string) => { setMimeTypes(m: string): unknown };
  PickerBuilder: new () => PickerBuilder;
}
interface PickerBuilder {
  addView(view: unknown): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setSize(width: number, height: number): PickerBuilder;
  setCallback(cb: (data: Record<string, unknown>) => void): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
}
interface Gapi {
  load(name: string, options: { callback: () => void; onerror?: () => void }): void;
}
interface PageGlobals {
  gapi?: Gapi;
  google?: { picker?: PickerApi; script?: { host?: { origin?: string; close(): void } } };
}
const w = globalThis as unknown as PageGlobals;

const app = byId("app");
const setup = byId("setup");
const setupMissing = byId("setup-missing");
const kindsBox = byId("kinds");
const kindList = byId("kind-list");
const alertBox = byId("alert");
const statusLine = byId("status");
const confirmBox = byId("confirm");
const confirmText = byId("confirm-text");
const pickButton = byId<HTMLButtonElement>("pick");
const closeButton = byId<HTMLButtonElement>("close");
const replaceButton = byId<HTMLButtonElement>("replace");
const keepButton = byId<HTMLButtonElement>("keep");

let tx: Texts = texts("ru");
let data: PageData | null = null;
/** The Doc waiting for the curator's answer to «Заменить?». */
let pending: { kind: Kind; id: string; name: string } | null = null;

const isKind = (v: unknown): v is Kind => isStr(v) && (KINDS as readonly string[]).includes(v);

function readData(): PageData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(byId("data").textContent ?? "");
  } catch {
    return null;
  }
  if (!isRec(raw)) return null;
  const locale: Locale = raw["locale"] === "en" ? "en" : "ru";
  tx = texts(locale);
  const kinds = raw["kinds"];
  if (!Array.isArray(kinds)) return null;
  const list: KindView[] = [];
  for (const k of kinds) {
    if (!isRec(k) || !isKind(k["kind"]) || !isStr(k["label"]) || !isStr(k["current"])) return null;
    list.push({ kind: k["kind"], label: k["label"], current: k["current"] });
  }
  const missing = raw["missing"];
  if (!Array.isArray(missing) || !missing.every(isStr)) return null;
  return {
    locale,
    kinds: list,
    kind: isKind(raw["kind"]) ? raw["kind"] : null,
    appId: isStr(raw["appId"]) ? raw["appId"] : "",
    apiKey: isStr(raw["apiKey"]) ? raw["apiKey"] : "",
    token: isStr(raw["token"]) ? raw["token"] : "",
    missing,
  };
}

function applyTexts(): void {
  applyPageTexts(tx, isTextKey, "pageTitle");
}

function busy(on: boolean): void {
  app.setAttribute("aria-busy", String(on));
  pickButton.disabled = on;
}

function status(...lines: string[]): void {
  showLines(statusLine, lines);
}

function renderKinds(d: PageData): void {
  kindList.replaceChildren(
    ...d.kinds.map((k) => {
      const input = el("input");
      input.type = "radio";
      input.name = "kind";
      input.value = k.kind;
      input.id = `kind-${k.kind}`;
      input.checked = d.kind === k.kind;
      const current = k.current === "" ? tx.t("currentBuiltin") : tx.t("currentOwn", { value: k.current });
      const label = el("label", "radio", input, el("span", "", k.label), el("span", "current", current));
      label.htmlFor = input.id;
      return label;
    }),
  );
}

function chosenKind(): Kind | null {
  const checked = kindList.querySelector<HTMLInputElement>("input[name=kind]:checked");
  return checked && isKind(checked.value) ? checked.value : null;
}

/** Google's API loader: the one already on the page, or loaded from apis.google.com. */
function loadGapi(): Promise<Gapi> {
  if (w.gapi) return Promise.resolve(w.gapi);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = API_URL;
    script.async = true;
    script.onload = () => (w.gapi ? resolve(w.gapi) : reject(new Error("no gapi")));
    script.onerror = () => {
      script.remove();
      reject(new Error("api.js"));
    };
    document.head.append(script);
  });
}

function loadPicker(gapi: Gapi): Promise<PickerApi> {
  return new Promise((resolve, reject) => {
    gapi.load("picker", {
      callback: () => (w.google?.picker ? resolve(w.google.picker) : reject(new Error("no picker"))),
      onerror: () => reject(new Error("picker")),
    });
  });
}

async function openPicker(): Promise<void> {
  const d = data;
  if (d === null) return;
  const kind = chosenKind();
  showBox(alertBox, null);
  if (kind === null) {
    showBox(alertBox, tx.t("chooseKind"));
    kindList.querySelector<HTMLInputElement>("input")?.focus();
    return;
  }
  busy(true);
  status(tx.t("loading"));
  let picker: PickerApi;
  try {
    picker = await loadPicker(await loadGapi());
  } catch {
    busy(false);
    status();
    showBox(alertBox, tx.t("loadFailed"));
    return;
  }
  const view = new picker.DocsView(picker.ViewId.DOCUMENTS);
  view.setMimeTypes(DOC_MIME);
  let builder = new picker.PickerBuilder()
    .addView(view)
    .setOAuthToken(d.token)
    .setDeveloperKey(d.apiKey)
    .setAppId(d.appId)
    .setLocale(d.locale)
    .setSize(Math.max(window.innerWidth - 2, 300), Math.max(window.innerHeight - 2, 300))
    .setCallback((result) => void picked(picker, kind, result));
  const origin = w.google?.script?.host?.origin;
  if (origin) builder = builder.setOrigin(origin);
  builder.build().setVisible(true);
}

async function picked(picker: PickerApi, kind: Kind, result: Record<string, unknown>): Promise<void> {
  const action = result[picker.Response.ACTION];
  if (action === picker.Action.CANCEL) {
    busy(false);
    status(tx.t("cancelled"));
    return;
  }
  if (action !== picker.Action.PICKED) return;
  const docs = result[picker.Response.DOCUMENTS];
  const doc = Array.isArray(docs) && isRec(docs[0]) ? docs[0] : null;
  const id = doc?.[picker.Document.ID];
  const name = doc?.[picker.Document.NAME];
  if (!isStr(id)) {
    busy(false);
    return;
  }
  await record({ kind, id, name: isStr(name) ? name : "" }, false);
}

async function record(choice: { kind: Kind; id: string; name: string }, replace: boolean): Promise<void> {
  busy(true);
  confirmBox.hidden = true;
  status(tx.t("checking"));
  let answer: ChooseResult;
  try {
    answer = await run("chooseTemplate", choice.kind, choice.id, choice.name, replace);
  } catch (error) {
    busy(false);
    status();
    showBox(alertBox, errorText(error, tx.t("unknownError")));
    return;
  }
  busy(false);
  status();
  if ("confirm" in answer) {
    pending = choice;
    confirmText.textContent = answer.confirm;
    confirmBox.hidden = false;
    replaceButton.focus();
    return;
  }
  if ("error" in answer) {
    showBox(alertBox, answer.error);
    pickButton.focus();
    return;
  }
  status(answer.ok.message);
  const view = data?.kinds.find((k) => k.kind === choice.kind);
  if (data && view) {
    data = {
      ...data,
      kind: choice.kind,
      kinds: data.kinds.map((k) =>
        k.kind === choice.kind
          ? { ...k, current: `https://docs.google.com/document/d/${choice.id}/edit` }
          : k,
      ),
    };
    renderKinds(data);
  }
  closeButton.textContent = tx.t("done");
  closeButton.focus();
}

function start(): void {
  data = readData();
  applyTexts();
  closeButton.addEventListener("click", () => w.google?.script?.host?.close());
  if (data === null) {
    showBox(alertBox, tx.t("badData"));
    return;
  }
  if (data.missing.length > 0) {
    setup.hidden = false;
    setupMissing.textContent = tx.t("setupMissing", { rows: data.missing.map((m) => `«${m}»`).join(", ") });
    closeButton.textContent = tx.t("closeBuiltin");
    closeButton.focus();
    return;
  }
  kindsBox.hidden = false;
  pickButton.hidden = false;
  renderKinds(data);
  pickButton.addEventListener("click", () => void openPicker());
  replaceButton.addEventListener("click", () => {
    const choice = pending;
    pending = null;
    if (choice) void record(choice, true);
  });
  keepButton.addEventListener("click", () => {
    pending = null;
    confirmBox.hidden = true;
    status(tx.t("cancelled"));
    pickButton.focus();
  });
  (chosenKind() ? pickButton : kindList.querySelector<HTMLInputElement>("input"))?.focus();
}

start();
