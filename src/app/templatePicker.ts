import { checkTemplate, type DocKind, TEMPLATES } from "../domain/documents";
import { type L, type Locale, translator } from "../domain/i18n";
import { SETTINGS_SPEC } from "../domain/settings";
import { type DocumentsPort, type Ports, TemplateAccessError } from "../ports";
import { docIdOf } from "./documents";
import { cellAt, locked, type Outcome, readTabs, writeSpans } from "./tabs";

/**
 * «Свой шаблон документа…»: the curator chooses a Google Doc in Google's Picker (the grant that lets the add-on,
 * under the drive.file scope, open it), and the add-on records it for one kind of document on «Настройки». The
 * Picker needs the Cloud project number and an API key from «Настройки»; without them the dialog says so and the
 * built-in templates go on working.
 */

export const PICKER_KINDS: readonly DocKind[] = [
  "agreement",
  "order",
  "plan",
  "thanks",
  "portfolio",
  "report",
];
const APP_ID = "picker.appId";
const API_KEY = "picker.apiKey";
const settingKey = (kind: DocKind) => `docs.template.${kind}`;
const labelOf = (key: string, locale: Locale) => SETTINGS_SPEC.find((s) => s.key === key)!.label[locale];

export interface PickerKind {
  readonly kind: DocKind;
  readonly label: string;
  /** What stands on «Настройки» for this kind now ("" — the built-in template). */
  readonly current: string;
}

export interface PickerView {
  readonly locale: Locale;
  readonly kinds: readonly PickerKind[];
  /** The kind to start with, when the dialog was opened for one. */
  readonly kind: DocKind | null;
  readonly appId: string;
  readonly apiKey: string;
  /** The settings rows the Picker needs that are empty (their labels); none: the Picker can open. */
  readonly missing: readonly string[];
}

export type ChooseResult = { ok: { message: string } } | { error: string } | { confirm: string };

const TEXT = {
  noSettings: {
    ru: "На листе «Настройки» нет строки «{setting}». Выполните «Наставничество → Создать / обновить базу»: строка будет добавлена, данные не изменятся.",
    en: "The Settings tab has no “{setting}” row. Run “Mentoring → Create / update the base”: it is added and no data changes.",
  },
  badChoice: {
    ru: "Окно выбора вернуло не Google Документ. Выберите Google Документ ещё раз.",
    en: "The picker did not return a Google Doc. Choose a Google Doc again.",
  },
  access: {
    ru: "Надстройка не может открыть выбранный документ. Выберите его в окне ещё раз; если не поможет, проверьте, что это Google Документ и что у вас есть к нему доступ. Шаблон не записан.\n(Ответ Google: {error})",
    en: "The add-on cannot open the chosen document. Choose it in the window again; if that does not help, check that it is a Google Doc you have access to. The template was not recorded.\n(Google's answer: {error})",
  },
  fields: {
    ru: "В выбранном шаблоне есть поля, которых надстройка не знает: {unknown}. Исправьте шаблон (список полей — «Наставничество → Поля шаблонов документов») и выберите его снова. Шаблон не записан.",
    en: "The chosen template has fields the add-on does not know: {unknown}. Correct it (the fields are under “Mentoring → Document template fields”) and choose it again. The template was not recorded.",
  },
  notForKind: {
    ru: "В выбранном шаблоне есть поля, которые в документе «{kind}» не заполняются: {fields}. Уберите их или выберите шаблон для другого вида. Шаблон не записан.",
    en: "The chosen template has fields the {kind} does not fill: {fields}. Remove them or choose it for another kind. The template was not recorded.",
  },
  replace: {
    ru: "В строке «{setting}» листа «Настройки» уже указано: «{old}». Заменить это выбранным шаблоном «{name}»?",
    en: "“{setting}” on the Settings tab already holds “{old}”. Replace it with the chosen template “{name}”?",
  },
  recorded: {
    ru: "Шаблон «{name}» записан в строку «{setting}» листа «Настройки». «Сформировать документы» будет делать по нему документ «{kind}».",
    en: "The template “{name}” is recorded in “{setting}” on the Settings tab. “Make documents” will make the {kind} from it.",
  },
  recordedThanks: {
    ru: "Шаблон «{name}» записан в строку «{setting}» листа «Настройки». «Благодарности наставникам» будут делаться по нему.",
    en: "The template “{name}” is recorded in “{setting}” on the Settings tab. “Letters of thanks to mentors” will be made from it.",
  },
  recordedPortfolio: {
    ru: "Шаблон «{name}» записан в строку «{setting}» листа «Настройки». «Портфолио наставников» будут делаться по нему.",
    en: "The template “{name}” is recorded in “{setting}” on the Settings tab. “Mentors' portfolios” will be made from it.",
  },
  recordedReport: {
    ru: "Шаблон «{name}» записан в строку «{setting}» листа «Настройки». «Аналитическая справка» будет делаться по нему.",
    en: "The template “{name}” is recorded in “{setting}” on the Settings tab. “Analytic report” will be made from it.",
  },
  replaced: {
    ru: " Прежнее значение было: «{old}».",
    en: " The previous value was “{old}”.",
  },
} satisfies Record<string, L>;

const isKind = (v: unknown): v is DocKind => typeof v === "string" && (PICKER_KINDS as string[]).includes(v);

/** What the dialog shows: the kinds with their current templates, and whether the Picker is set up. */
export function pickerView(p: Ports, kind: unknown): Outcome<PickerView> {
  const read = readTabs(p, ["settings"]);
  if (typeof read === "string") return { error: read };
  const table = read.reads.settings!;
  const value = (key: string): string => {
    const row = table.rows.find((r) => String(cellAt(table, r, "key")).trim() === key);
    return row ? String(cellAt(table, row, "value")).trim() : "";
  };
  const appId = value(APP_ID);
  const apiKey = value(API_KEY);
  return {
    ok: {
      locale: p.locale,
      kinds: PICKER_KINDS.map((k) => ({
        kind: k,
        label: TEMPLATES[k].name[p.locale],
        current: value(settingKey(k)),
      })),
      kind: isKind(kind) ? kind : null,
      appId,
      apiKey,
      missing: [
        ...(appId === "" ? [labelOf(APP_ID, p.locale)] : []),
        ...(apiKey === "" ? [labelOf(API_KEY, p.locale)] : []),
      ],
    },
  };
}

/**
 * Records the picked Doc for `kind` on «Настройки» after checking that the add-on can open it and that its fields
 * fit. A different value already there (one the curator typed) is replaced only when `replace` is true; until
 * then the answer asks.
 */
export function chooseTemplate(
  p: Ports & { readonly docs: Pick<DocumentsPort, "templateText"> },
  kind: unknown,
  docId: unknown,
  name: unknown,
  replace: unknown,
): ChooseResult {
  const t = translator(p.locale);
  if (!isKind(kind) || typeof docId !== "string" || docIdOf(docId) !== docId)
    return { error: t(TEXT.badChoice) };
  const title = typeof name === "string" && name.trim() !== "" ? name.trim().slice(0, 200) : docId;
  const kindName = TEMPLATES[kind].name[p.locale];
  let text: string;
  try {
    text = p.docs.templateText(docId);
  } catch (err) {
    if (!(err instanceof TemplateAccessError)) throw err;
    return { error: t(TEXT.access, { error: err.message }) };
  }
  const checked = checkTemplate(kind, text);
  if (checked.unknown.length > 0)
    return { error: t(TEXT.fields, { unknown: checked.unknown.map((u) => `{{${u}}}`).join(", ") }) };
  if (checked.notForKind.length > 0)
    return {
      error: t(TEXT.notForKind, {
        kind: kindName,
        fields: checked.notForKind.map((u) => `{{${u}}}`).join(", "),
      }),
    };
  const key = settingKey(kind);
  const setting = labelOf(key, p.locale);
  const outcome = locked<{ message: string } | { confirm: string }>(p, () => {
    const read = readTabs(p, ["settings"]);
    if (typeof read === "string") return { error: read };
    const table = read.reads.settings!;
    const index = table.rows.findIndex((r) => String(cellAt(table, r, "key")).trim() === key);
    if (index < 0) return { error: t(TEXT.noSettings, { setting }) };
    const old = String(cellAt(table, table.rows[index]!, "value")).trim();
    const url = `https://docs.google.com/document/d/${docId}/edit`;
    const same = old !== "" && docIdOf(old) === docId;
    if (old !== "" && !same && replace !== true)
      return { ok: { confirm: t(TEXT.replace, { setting, old, name: title }) } };
    if (!same) writeSpans(p, read.found.settings!, table, new Map([[index, { value: url }]]));
    const message =
      t(recordedText(kind), {
        name: title,
        setting,
        kind: kindName,
      }) + (old !== "" && !same ? t(TEXT.replaced, { old }) : "");
    return { ok: { message } };
  });
  if ("error" in outcome) return outcome;
  return "confirm" in outcome.ok ? { confirm: outcome.ok.confirm } : { ok: outcome.ok };
}

/** What the curator is told once a template is recorded: which action makes documents from it. */
function recordedText(kind: DocKind): L {
  if (kind === "report") return TEXT.recordedReport;
  if (kind === "thanks") return TEXT.recordedThanks;
  if (kind === "portfolio") return TEXT.recordedPortfolio;
  return TEXT.recorded;
}
