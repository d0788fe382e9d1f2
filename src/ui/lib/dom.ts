/**
 * Tiny DOM helpers shared by the pages. Text goes in as text nodes, never as HTML: what the pages show quotes
 * what people typed in the sheet or in a file.
 */

/** An element of the page that must be there; a missing one is a mistake in index.html. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

/** What `el` takes as children: nodes, strings (as text) and nothing (null, undefined, false: skipped). */
export type Child = Node | string | null | undefined | false;

/**
 * A new element with an optional class (none when empty) and children:
 *
 *     el("li", "kind", srOnly("Ошибка: "), count, el("span", "kind-title", title))
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined && className !== "") node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Text for screen readers only (class `sr-only` of base.css); the look of the page says it to the eye. */
export const srOnly = (text: string): HTMLSpanElement => el("span", "sr-only", text);

/** A titled section of a page: `<section id=…>` labelled by its `<h2>`; the id is also a class, for styles. */
export function section(id: string, title: string, ...body: Node[]): HTMLElement {
  const heading = el("h2", "section-title", title);
  heading.id = `${id}-title`;
  const box = el("section", `block ${id}`, heading, ...body);
  box.id = id;
  box.setAttribute("aria-labelledby", heading.id);
  return box;
}
