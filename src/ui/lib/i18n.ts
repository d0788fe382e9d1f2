import { fill, type L, type Locale, pluralRu } from "../../domain/i18n";

/**
 * The machinery of a page's wording. Each page keeps its own catalogue in its `text.ts`: `TEXT` (every text as
 * `{ ru, en }`, `{name}` marking a value filled in) and `PLURAL` (the texts that change with a number), and
 * makes its `texts(locale)` with `textsOf(TEXT, PLURAL, locale)`.
 */

/** Words that change with a number: Russian has three forms (1, 2–4, 5+), English two (1, other). */
export interface Plural {
  readonly ru: readonly [one: string, few: string, many: string];
  readonly en: readonly [one: string, other: string];
}

export type Params = Record<string, string | number>;

/** A page's texts in one language. */
export interface Texts<TextKey extends string, PluralKey extends string> {
  readonly locale: Locale;
  /** A text of the catalogue with its placeholders filled. */
  t(key: TextKey, params?: Params): string;
  /** The form of a counted text that fits `n`; `{n}` is filled with the number. */
  n(key: PluralKey, n: number, params?: Params): string;
}

export function pluralForm(plural: Plural, locale: Locale, n: number): string {
  if (locale === "en") return n === 1 ? plural.en[0] : plural.en[1];
  return pluralRu(n, ...plural.ru);
}

/** The texts of a catalogue in `locale`; anything but "en" is Russian. */
export function textsOf<TextKey extends string, PluralKey extends string>(
  text: Readonly<Record<TextKey, L>>,
  plural: Readonly<Record<PluralKey, Plural>>,
  locale: Locale,
): Texts<TextKey, PluralKey> {
  const lang: Locale = locale === "en" ? "en" : "ru";
  return {
    locale: lang,
    t: (key, params) => fill(text[key][lang], params),
    n: (key, n, params) => fill(pluralForm(plural[key], lang, n), { ...params, n }),
  };
}

/**
 * Puts a page's texts in place: its language, its title (the catalogue's `pageTitle`), and the text of every
 * element marked `data-t="key"` (an unknown key is left as the markup has it).
 */
export function applyPageTexts<TextKey extends string>(
  tx: { readonly locale: Locale; t(key: TextKey): string },
  isTextKey: (key: string) => key is TextKey,
  pageTitle: TextKey,
): void {
  document.documentElement.lang = tx.locale;
  document.title = tx.t(pageTitle);
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const key = node.dataset["t"] ?? "";
    if (isTextKey(key)) node.textContent = tx.t(key);
  }
}

/**
 * A page's catalogue made usable: `texts(locale)` for its wording in one language, and `isTextKey` telling a
 * `data-t` key of the markup from one the catalogue does not have (only the catalogue's own keys, never
 * inherited names such as "toString").
 */
export function catalogue<TextKey extends string, PluralKey extends string>(
  text: Readonly<Record<TextKey, L>>,
  plural: Readonly<Record<PluralKey, Plural>>,
): {
  texts(locale: Locale): Texts<TextKey, PluralKey>;
  isTextKey(key: string): key is TextKey;
} {
  return {
    texts: (locale) => textsOf(text, plural, locale),
    isTextKey: (key): key is TextKey => Object.keys(text).includes(key),
  };
}
