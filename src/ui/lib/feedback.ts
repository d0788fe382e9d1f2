import { el } from "./dom";

/**
 * What every page shows of its calls: the curator-facing text of an error, the alert box, and the status line.
 */

/** The server's message (Apps Script passes it as the error's message), or `fallback` when it has none. */
export function errorText(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : String(error ?? "");
  return message.trim() === "" ? fallback : message;
}

/** Shows `text` in a box (role="alert"), or hides the box for null. The same text is not set again, so a screen
 * reader does not announce it twice. */
export function showBox(box: HTMLElement, text: string | null): void {
  if (box.textContent !== (text ?? "")) box.textContent = text ?? "";
  box.hidden = text === null;
}

/** Puts the non-empty lines into a status element (aria-live), one span each. */
export function showLines(box: HTMLElement, lines: readonly (string | null)[]): void {
  box.replaceChildren(
    ...lines.filter((l): l is string => l !== null && l !== "").map((l) => el("span", "status-line", l)),
  );
}

type Control = HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Holds a page still while a call runs: every enabled control under `root` is disabled and marked, and on release
 * only the marked ones are enabled again (a control disabled for its own reason stays so). `aria-busy` says the
 * same to a screen reader. A second action cannot start before the first one's answer has arrived.
 */
export function holdControls(root: HTMLElement, held: boolean): void {
  root.setAttribute("aria-busy", String(held));
  if (held) {
    for (const c of root.querySelectorAll<Control>("button, input, select, textarea")) {
      if (c.disabled) continue;
      c.disabled = true;
      c.dataset["busy"] = "true";
    }
    return;
  }
  for (const c of root.querySelectorAll<Control>("[data-busy]")) {
    c.disabled = false;
    delete c.dataset["busy"];
  }
}
