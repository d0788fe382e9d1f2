import * as documents from "../../src/ui/documents/text";
import * as importPage from "../../src/ui/import/text";
import * as journey from "../../src/ui/journey/text";
import * as kpi from "../../src/ui/kpi/text";
import { catalogue } from "../../src/ui/lib/i18n";
import * as pairs from "../../src/ui/pairs/text";
import * as picker from "../../src/ui/picker/text";
import * as report from "../../src/ui/report/text";
import * as roadmap from "../../src/ui/roadmap/text";
import * as surveys from "../../src/ui/surveys/text";

/** The pages' catalogues: every text in both languages, with the same values to fill in each. */

const PAGES = { documents, import: importPage, journey, kpi, pairs, picker, report, roadmap, surveys };

/** The values a text fills in: `{name}`; a `{{field}}` is a template's field named literally, not one of them. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1] ?? "").sort();

describe.each(Object.entries(PAGES))("the %s page's catalogue", (_name, page) => {
  const entries = Object.entries(page.TEXT as Record<string, { ru: string; en: string }>);

  it("has every text in Russian and English, filling the same values", () => {
    for (const [key, text] of entries) {
      expect([key, text.ru.trim().length > 0, text.en.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(text.en)]).toEqual([key, placeholders(text.ru)]);
    }
  });

  it("tells its own keys from anything else a page's markup may carry", () => {
    const [key] = entries[0] ?? [""];
    expect(page.isTextKey(key)).toBe(true);
    for (const stranger of ["toString", "constructor", "__proto__", "hasOwnProperty", "no-such-key", ""]) {
      expect(page.isTextKey(stranger)).toBe(false);
    }
  });

  it("falls back to Russian for any language but English", () => {
    const [key, text] = entries.find(([, t]) => !t.ru.includes("{")) ?? ["", { ru: "", en: "" }];
    const t = page.texts as (locale: string) => { locale: string; t(k: string): string };
    expect(t("en").t(key)).toBe(text.en);
    expect(t("ru").t(key)).toBe(text.ru);
    expect(t("de").locale).toBe("ru");
    expect(t("de").t(key)).toBe(text.ru);
  });
});

describe("catalogue", () => {
  const { texts, isTextKey } = catalogue(
    { hello: { ru: "Привет, {name}", en: "Hello, {name}" } },
    { pair: { ru: ["{n} пара", "{n} пары", "{n} пар"], en: ["{n} pair", "{n} pairs"] } },
  );

  it("fills values and counts in each language", () => {
    expect(texts("ru").t("hello", { name: "Анна" })).toBe("Привет, Анна");
    expect(texts("en").t("hello", { name: "Anna" })).toBe("Hello, Anna");
    expect([1, 3, 5, 21].map((n) => texts("ru").n("pair", n))).toEqual([
      "1 пара",
      "3 пары",
      "5 пар",
      "21 пара",
    ]);
    expect([1, 2].map((n) => texts("en").n("pair", n))).toEqual(["1 pair", "2 pairs"]);
  });

  it("knows only its own keys", () => {
    expect([isTextKey("hello"), isTextKey("toString"), isTextKey("pair")]).toEqual([true, false, false]);
  });
});
