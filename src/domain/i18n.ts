/**
 * Languages. Russian is the product's language; English is the second catalogue. Every user-facing text is an
 * `L` with both, so a missing translation is a type error rather than a blank in the UI.
 */
export type Locale = "ru" | "en";
export interface L {
  ru: string;
  en: string;
}

export function localeOf(tag: string | null | undefined): Locale {
  return typeof tag === "string" && tag.toLowerCase().startsWith("en") ? "en" : "ru";
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a mistake is seen, not hidden. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] !== undefined ? String(params[name]) : whole,
  );
}

export type Translate = (text: L, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (text, params) => fill(text[locale], params);
}

/** Russian plural forms: 1 строка, 2 строки, 5 строк. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const n10 = n % 10;
  const n100 = n % 100;
  if (n10 === 1 && n100 !== 11) return one;
  if (n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14)) return few;
  return many;
}
