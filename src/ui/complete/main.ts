import type { CompletionPair } from "../../app/completion";
import type { Locale } from "../../domain/i18n";
import { byId, el } from "../lib/dom";
import { showBox, showLines } from "../lib/feedback";
import { isRec, isStr } from "../lib/guards";
import { applyPageTexts } from "../lib/i18n";
import { completionForm } from "./form";
import { isTextKey, texts } from "./text";

/**
 * The «Завершить пару» dialog, opened by the menu on the rows selected on «Пары и группы». The server puts
 * `{ locale, today, pairs }` as JSON into <script id="data">; the page lists the pairs (as text, never HTML) and
 * shows the shared form (./form.ts) for all of them at once.
 */

const app = byId("app");
const heading = byId("heading");
const list = byId("list");
const alertBox = byId("alert");
const statusLine = byId("status");
const place = byId("form-place");
const closeButton = byId<HTMLButtonElement>("close");

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isPair = (v: unknown): v is CompletionPair =>
  isRec(v) && ["pairId", "mentor", "mentee", "status"].every((k) => isStr(v[k])) && isNum(v["row"]);

function readData(): { locale: Locale; today: string; pairs: CompletionPair[] } | null {
  try {
    const d: unknown = JSON.parse(byId("data").textContent ?? "");
    if (!isRec(d) || !isStr(d["today"]) || !Array.isArray(d["pairs"]) || !d["pairs"].every(isPair))
      return null;
    if (d["pairs"].length === 0) return null;
    return { locale: d["locale"] === "en" ? "en" : "ru", today: d["today"], pairs: d["pairs"] };
  } catch {
    return null;
  }
}

const data = readData();
const tx = texts(data?.locale ?? "ru");
applyPageTexts(tx, isTextKey, "pageTitle");
app.setAttribute("aria-busy", "false");
closeButton.addEventListener("click", () => {
  (globalThis as { google?: { script?: { host?: { close?: () => void } } } }).google?.script?.host?.close?.();
});
if (data === null) showBox(alertBox, tx.t("noData"));
else {
  if (data.pairs.length > 1) heading.textContent = tx.t("headingMany");
  list.replaceChildren(
    ...data.pairs.map((p) =>
      el(
        "li",
        "pair",
        `${p.pairId}: ${[p.mentor, p.mentee].filter(Boolean).join(" — ")}${p.status ? ` (${p.status})` : ""}`,
      ),
    ),
  );
  const form = completionForm({
    locale: tx.locale,
    pairIds: data.pairs.map((p) => p.pairId),
    today: data.today,
    alertBox,
    label: heading.textContent ?? tx.t("heading"),
    onDone: (r) => {
      form.remove();
      showLines(statusLine, r.message.split("\n"));
      closeButton.hidden = false;
      closeButton.focus();
    },
  });
  place.append(form);
}
