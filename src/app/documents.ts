import { type Cell, isoToDateCell } from "../domain/cells";
import {
  agreementContext,
  checkTemplate,
  type DocContext,
  type DocKind,
  documentFileName,
  type Missing,
  mentorFeedback,
  missingFor,
  orderContext,
  type PairDocKind,
  type PlaceholderDef,
  type PortfolioExtras,
  planContext,
  portfolioContext,
  TEMPLATES,
  thanksContext,
} from "../domain/documents";
import type { DocProblem, DocumentsProgress } from "../domain/documentsProgress";
import { DOC_KINDS, DOC_STATUSES, enumIndex, YES_NO } from "../domain/enums";
import { type L, type Locale, translator } from "../domain/i18n";
import { formatId, highestIdNumber } from "../domain/ids";
import { pairsInYear, yearBounds } from "../domain/kpi";
import { type Base, baseFrom, type Mentee, type Mentor, type Pair } from "../domain/model";
import { SETTINGS_SPEC } from "../domain/settings";
import { DOCUMENTS, type TableKey, tableSpec } from "../domain/tables";
import type { CheckResult } from "../domain/validate";
import {
  type DocumentsPort,
  type FoundTable,
  type MadeDocument,
  type Ports,
  QuotaError,
  type TableRead,
  TemplateAccessError,
  type TriggersPort,
} from "../ports";
import { skippedPairs, unusableText } from "./documentsSkipped";
import { answerSource } from "./surveyAnswers";
import {
  baseLocale,
  cellAt,
  checkReads,
  errorMessage,
  filledLength,
  locked,
  type Outcome,
  readTabs,
  sheetRow,
  untilTomorrow,
  writeSpans,
} from "./tabs";

/**
 * «Сформировать документы»: for every confirmed pair its agreement and its personal programme, for every
 * confirmation its order, each made from its template into Drive (<folder> / <year> / <kind>), linked from the
 * pair's row and listed on the «Документы» tab. A run does what fits in its time budget and leaves a checkpoint;
 * a time-driven trigger goes on from there, and the next day when a daily quota ran out. The «Документы» tab is
 * the record of what is made: nothing listed as ready is made again unless the curator ticks «Пересоздать», and a
 * run cut short finds what it already made by its file name, so no document is made twice.
 */

export type DocPorts = Ports & { readonly docs: DocumentsPort; readonly triggers: TriggersPort };

/** The top-level function the continuation trigger calls. */
export const CONTINUE_FUNCTION = "continueDocuments";
/** What a run may use of Apps Script's 6 minutes, leaving time to write what it did. */
export const BUDGET_MS = 270_000;
/** Results are written to the sheet every this many documents, so little is left to recover after a hard stop. */
const FLUSH_EVERY = 10;
/**
 * A batch's safety net, set before its first document: a run stopped hard (Apps Script's 6 minutes, a failing
 * call) before it could schedule its continuation is continued by this trigger, after the stopped run is over.
 */
const SAFETY_NET_MS = 7 * 60_000;
export const SEQ_KEY = "mentor-base.seq.documents";
/** The mark «(заменён ДД.ММ.ГГГГ)» a replaced document's name ends with, in either language. */
export const REPLACED_MARK = / \((заменён|replaced) \d\d\.\d\d\.\d{4}\)$/;
const JOB_KEY = "mentor-base.docs.job";
export const PROGRESS_KEY = "mentor-base.docs.progress";
const TEMPLATE_KEY = (kind: DocKind, locale: Locale) => `mentor-base.template.${kind}.${locale}`;

/** The pairs' documents: what «Сформировать документы» makes, and the kinds linked from a pair's row. */
const KINDS = ["order", "agreement", "plan"] as const;
type PairKind = (typeof KINDS)[number];
/**
 * A batch makes one set of kinds: the pairs' documents («Сформировать документы») or the letters of thanks to the
 * mentors of completed pairs («Благодарности наставникам») or the mentors' portfolios of the year («Портфолио
 * наставников»). The unfinished batch's set is kept with it, so its trigger goes on with the same set.
 */
export type DocSet = "pairs" | "thanks" | "portfolio";
const SET_KINDS: Record<DocSet, readonly PairDocKind[]> = {
  pairs: KINDS,
  thanks: ["thanks"],
  portfolio: ["portfolio"],
};
const FOLDER: Record<PairDocKind, L> = {
  agreement: { ru: "Соглашения", en: "Agreements" },
  order: { ru: "Приказы", en: "Orders" },
  plan: { ru: "Программы пар", en: "Pair programmes" },
  thanks: { ru: "Благодарности", en: "Letters of thanks" },
  portfolio: { ru: "Портфолио наставников", en: "Mentors' portfolios" },
};
const LINK_COLUMN: Record<PairKind, "agreement" | "orderDoc" | "planDoc"> = {
  agreement: "agreement",
  order: "orderDoc",
  plan: "planDoc",
};

const TEXT = {
  title: { ru: "Документы", en: "Documents" },
  noColumn: {
    ru: "На листе «{tab}» нет столбца «{column}». Выполните «Наставничество → Создать / обновить базу»: он будет добавлен, данные не изменятся.",
    en: "The “{tab}” tab has no “{column}” column. Run “Mentoring → Create / update the base”: it is added and no data changes.",
  },
  noYear: {
    ru: "На листе «Настройки» не указан учебный год: по нему называется папка документов. Укажите его (например, 2026/2027).",
    en: "The academic year is missing on the Settings tab: the documents' folder is named after it. Fill it in (e.g. 2026/2027).",
  },
  templateAccess: {
    ru: "Шаблон «{kind}» недоступен надстройке: она видит на Диске только свои файлы и документы, выбранные в окне выбора Google. Выберите этот документ через «Наставничество → Свой шаблон документа…» или очистите строку «{setting}» листа «Настройки», чтобы взять встроенный шаблон. Документы не создавались.\n(Ответ Google: {error})",
    en: "The {kind} template is out of the add-on's reach: it sees in Drive only its own files and the documents chosen in Google's picker. Choose this document with “Mentoring → Own document template…”, or clear “{setting}” on the Settings tab to use the built-in template. No document was made.\n(Google's answer: {error})",
  },
  templateFields: {
    ru: "В шаблоне «{kind}» есть поля, которых надстройка не знает: {unknown}. Исправьте шаблон (список полей — «Наставничество → Поля шаблонов»). Документы не создавались.",
    en: "The {kind} template has fields the add-on does not know: {unknown}. Correct the template (the fields are listed under “Mentoring → Template fields”). No document was made.",
  },
  templateKind: {
    ru: "В шаблоне «{kind}» есть поля, которые в этом документе не заполняются: {fields}. Уберите их из шаблона. Документы не создавались.",
    en: "The {kind} template has fields this document does not fill: {fields}. Remove them from the template. No document was made.",
  },
  missing: {
    ru: "Не заполнено «{field}» — нужно для документа «{kind}». Заполните: лист «{tab}», строка {row}, столбец «{column}».",
    en: "“{field}” is empty and the {kind} needs it. Fill it in: tab “{tab}”, row {row}, column “{column}”.",
  },
  missingSetting: {
    ru: "Не заполнено «{field}» — нужно для документа «{kind}». Заполните на листе «Настройки» строку «{column}».",
    en: "“{field}” is empty and the {kind} needs it. Fill in “{column}” on the Settings tab.",
  },
  failed: {
    ru: "Не удалось сделать документ: {error}. Он будет сделан при следующем запуске.",
    en: "The document could not be made: {error}. It is tried again next time.",
  },
  notShared: {
    ru: "Документ сделан, но не открыт {who}: у адреса e-mail нет аккаунта Google, а без письма-приглашения Google доступ не даёт (надстройка писем не рассылает). Откройте доступ в документе вручную («Настройки доступа») или укажите адрес с аккаунтом Google: лист «{tab}», строка {row}, столбец «{column}».",
    en: "The document is made but not shared with {who}: the e-mail address has no Google account, and Google gives access to such an address only with an invitation mail (the add-on sends none). Share the document by hand (“Share”), or enter an address with a Google account: tab “{tab}”, row {row}, column “{column}”.",
  },
  mentorWho: { ru: "наставнику {id}", en: "mentor {id}" },
  menteeWho: { ru: "наставляемому {id}", en: "mentee {id}" },
  replaced: { ru: " (заменён {date})", en: " (replaced {date})" },
  allReady: { ru: "готовы", en: "ready" },
  notReady: { ru: "{kind}: {why}", en: "{kind}: {why}" },
  whyFailed: { ru: "ошибка, будет повторено", en: "failed, to be tried again" },
  whyBlocked: { ru: "не хватает данных", en: "data missing" },
  whyPending: { ru: "ещё не сделан", en: "not made yet" },
  done: {
    ru: "Документы готовы: сделано {made}, ошибок {failed}, не хватает данных {blocked}. Всего документов в реестре: {total}.",
    en: "Documents done: {made} made, {failed} failed, {blocked} lacking data. Documents in the register: {total}.",
  },
  otherBatch: {
    ru: "Надстройка ещё не закончила другой набор документов (он продолжится сам в течение нескольких минут или завтра, если исчерпан лимит). Выберите пункт снова, когда на панели «Документы» он будет готов.",
    en: "The add-on has not finished another set of documents yet (it goes on by itself within minutes, or tomorrow if a limit was reached). Choose the item again once the Documents sidebar shows it done.",
  },
  nothing: {
    ru: "Новых документов делать не нужно: для всех утверждённых пар они уже есть на листе «{tab}». Чтобы сделать документ заново, отметьте в его строке «Пересоздать».",
    en: "No new documents to make: every confirmed pair has them on the “{tab}” tab. To make one again, tick “Remake” in its row.",
  },
  nothingPortfolio: {
    ru: "Новых портфолио делать не нужно: у каждого наставника с парами в этом учебном году оно уже есть на листе «{tab}». Чтобы сделать портфолио заново (например, после новых ответов анкет), отметьте в его строке «Пересоздать».",
    en: "No new portfolios to make: every mentor with pairs this academic year has one on the “{tab}” tab. To make one again (after new survey answers, say), tick “Remake” in its row.",
  },
  paused: {
    ru: "Сделано {done} из {total}. Остальные надстройка сделает сама через минуту: так она укладывается в ограничение Google на время работы.",
    en: "{done} of {total} made. The add-on makes the rest itself in a minute, to stay within Google's time limit.",
  },
  quotaAtStart: {
    ru: "Дневной лимит Google на создание документов исчерпан: документы будут сделаны автоматически завтра.",
    en: "Google's daily limit on new documents is used up: the documents are made automatically tomorrow.",
  },
  quota: {
    ru: "Сделано {done} из {total}: дневной лимит Google на создание документов исчерпан. Остальные будут сделаны автоматически завтра.",
    en: "{done} of {total} made: Google's daily limit on new documents is used up. The rest are made automatically tomorrow.",
  },
} as const satisfies Record<string, L>;

/** One document to make. */
interface Item {
  readonly kind: PairDocKind;
  readonly subject: string;
  readonly name: string;
  readonly folderPath: readonly string[];
  readonly context: DocContext;
  readonly viewers: readonly string[];
  /** The register row (index into its rows) when the document is listed already: failed, or to be remade. */
  readonly registerIndex?: number;
  /** The old document's id, when remaking. */
  readonly replaces?: string;
  /** Made before by a run that may have been cut short: look for it by name first. */
  readonly lookFirst: boolean;
}

/** What the run did with an item. */
interface Result {
  readonly item: Item;
  readonly made?: MadeDocument;
  readonly error?: string;
}

const NEEDED: TableKey[] = ["mentors", "mentees", "pairs", "settings", "documents"];
/** The portfolio also reads the year's contests (and the register they may name) and the surveys' answers. */
const PORTFOLIO_NEEDS: TableKey[] = ["staff", "achievements", "surveys", "responses"];

interface Loaded {
  readonly found: Partial<Record<TableKey, FoundTable>>;
  readonly reads: Partial<Record<TableKey, TableRead>>;
  readonly check: CheckResult;
  readonly base: Base;
  readonly offset: number;
  /** Every link the register held during the run: a pair's cell holding one of them was written by the add-on. */
  readonly ours: Set<string>;
}

/** A register row, read back. */
interface Listed {
  readonly index: number;
  readonly id: string;
  readonly kind: DocKind | undefined;
  readonly subject: string;
  readonly link: string;
  readonly status: string | undefined;
  readonly remake: boolean;
}

const docKinds = enumIndex(DOC_KINDS);
const docStatuses = enumIndex(DOC_STATUSES);
const yesNo = enumIndex(YES_NO);

function register(read: TableRead): Listed[] {
  return read.rows
    .map((row, index) => ({
      index,
      id: String(cellAt(read, row, "id")).trim(),
      kind: docKinds.parse(String(cellAt(read, row, "kind"))) as DocKind | undefined,
      subject: String(cellAt(read, row, "subject")).trim(),
      link: String(cellAt(read, row, "link")).trim(),
      status: docStatuses.parse(String(cellAt(read, row, "status"))),
      remake: cellAt(read, row, "remake") === true,
    }))
    .filter((r) => r.kind !== undefined && r.subject !== "");
}

/** The Doc id in a link to a Google Doc, or the text itself when it is an id. */
export function docIdOf(link: string): string {
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(link);
  if (m) return m[1]!;
  return /^[A-Za-z0-9_-]{10,}$/.test(link.trim()) ? link.trim() : "";
}

const safeName = (name: string) => name.replace(/[/\\]/g, "-").replace(/\s+/g, " ").trim();

/** People who may be given access: a valid address and recorded consent (a minor's representative's too). */
function viewerOf(person: Mentor | Mentee | undefined): string[] {
  if (!person?.email || !person.consent) return [];
  if (person.minor && !person.guardianConsent) return [];
  return [person.email];
}

function load(p: Ports, set: DocSet): Loaded | string {
  const t = translator(p.locale);
  const tabs = readTabs(p, set === "portfolio" ? [...NEEDED, ...PORTFOLIO_NEEDS] : NEEDED, {
    make: ["documents"],
  });
  if (typeof tabs === "string") return tabs;
  const { found, reads } = tabs;
  for (const [key, columns] of [
    ["pairs", ["id", "agreement", "planDoc", "orderDoc", "docStatus"]],
    ["documents", DOCUMENTS.columns.map((c) => c.key)],
  ] as const) {
    const table = found[key]!;
    const gone = columns.find((c) => table.columns[c] === undefined);
    if (gone) {
      const spec = tableSpec(key);
      const column = spec.columns.find((c) => c.key === gone)!.header[p.locale];
      return t(TEXT.noColumn, { tab: table.sheetName, column });
    }
  }
  const offset = p.sheets.offsetMinutes();
  const check = checkReads(p, reads, offset);
  const ours = new Set(
    register(reads.documents!)
      .map((r) => r.link)
      .filter(Boolean),
  );
  return { found, reads, check, base: baseFrom(check), offset, ours };
}

interface Plan {
  readonly items: Item[];
  readonly blocked: DocProblem[];
  /** The documents (kind and subject) not made for lack of data, for «Документы пары». */
  readonly lacking: ReadonlySet<string>;
  /** Templates by kind: the Doc id and the placeholders it uses. */
  readonly templates: Record<PairDocKind, ResolvedTemplate>;
}

/** A kind's template: its Doc id and the placeholders it uses. */
export interface ResolvedTemplate {
  readonly id: string;
  readonly used: PlaceholderDef[];
}

/**
 * A kind's template: the curator's own (the link on «Настройки», `docs.template.<kind>`), or the built-in one,
 * made once into «Шаблоны» and made again if it was deleted; its fields checked. A string: what to fix.
 */
export function resolveTemplate(
  p: DocPorts,
  settings: Readonly<Record<string, unknown>>,
  kind: DocKind,
  rootPath: readonly string[],
): ResolvedTemplate | string {
  const t = translator(p.locale);
  const locale = baseLocale(p);
  const kindName = TEMPLATES[kind].name[p.locale];
  const settingKey = `docs.template.${kind}`;
  const custom = String(settings[settingKey] ?? "").trim();
  let id = custom ? docIdOf(custom) : (p.properties.get(TEMPLATE_KEY(kind, locale)) ?? "");
  let text: string | null = null;
  const setting = SETTINGS_SPEC.find((s) => s.key === settingKey)!.label[p.locale];
  try {
    if (custom && !id) throw new TemplateAccessError(custom);
    if (id) text = p.docs.templateText(id);
  } catch (err) {
    if (!(err instanceof TemplateAccessError)) throw err;
    if (custom) return t(TEXT.templateAccess, { kind: kindName, error: err.message, setting });
    text = null; // the built-in template was deleted: made again below
  }
  if (text === null) {
    const folder = p.docs.folder([...rootPath, locale === "ru" ? "Шаблоны" : "Templates"]);
    const name = `${TEMPLATES[kind].name[locale]} — ${locale === "ru" ? "шаблон" : "template"}`;
    id = p.docs.createTemplate(folder, name, TEMPLATES[kind].blocks[locale]);
    p.properties.set(TEMPLATE_KEY(kind, locale), id);
    text = TEMPLATES[kind].blocks[locale]
      .map((b) => (b.kind === "table" ? b.rows.map((r) => r.join("\n")).join("\n") : b.text))
      .join("\n");
  }
  const checked = checkTemplate(kind, text);
  if (checked.unknown.length > 0)
    return t(TEXT.templateFields, {
      kind: kindName,
      unknown: checked.unknown.map((u) => `{{${u}}}`).join(", "),
    });
  if (checked.notForKind.length > 0)
    return t(TEXT.templateKind, {
      kind: kindName,
      fields: checked.notForKind.map((u) => `{{${u}}}`).join(", "),
    });
  return { id, used: checked.used };
}

/** Resolves each kind's template (the curator's, or the built-in one, made once) and checks its fields. */
function templates(
  p: DocPorts,
  l: Loaded,
  rootPath: readonly string[],
  kinds: readonly PairDocKind[],
): Record<PairDocKind, ResolvedTemplate> | string {
  const out: Partial<Record<PairDocKind, ResolvedTemplate>> = {};
  for (const kind of kinds) {
    const resolved = resolveTemplate(p, l.check.settings, kind, rootPath);
    if (typeof resolved === "string") return resolved;
    out[kind] = resolved;
  }
  return out as Record<PairDocKind, ResolvedTemplate>;
}

/** Where a missing value is filled in, in the curator's words. */
function missingText(p: Ports, l: Loaded, kind: DocKind, m: Missing): string {
  const t = translator(p.locale);
  const kindName = TEMPLATES[kind].name[p.locale];
  const field = m.name[p.locale];
  if (m.table === "settings") {
    const spec = SETTINGS_SPEC.find((s) => s.key === m.column);
    return t(TEXT.missingSetting, { field, kind: kindName, column: spec?.label[p.locale] ?? m.column });
  }
  const read = l.reads[m.table];
  const table = l.found[m.table];
  const spec = tableSpec(m.table);
  let row = 0;
  if (read) {
    const i = read.rows.findIndex((r) => String(cellAt(read, r, "id")).trim() === m.id);
    if (i >= 0) row = read.firstRow + i;
  }
  return t(TEXT.missing, {
    field,
    kind: kindName,
    tab: table?.sheetName ?? spec.title[p.locale],
    row: row || "—",
    column: spec.columns.find((c) => c.key === m.column)?.header[p.locale] ?? m.column,
  });
}

/** Whose address Google would not share with quietly, and where to correct it. */
function notSharedText(p: Ports, l: Loaded, email: string): string {
  const t = translator(p.locale);
  const wanted = email.trim().toLowerCase();
  const same = (x: { email?: string }) => (x.email ?? "").trim().toLowerCase() === wanted;
  const mentor = l.base.mentors.find(same);
  const table: "mentors" | "mentees" = mentor ? "mentors" : "mentees";
  const id = mentor?.id ?? l.base.mentees.find(same)?.id ?? "";
  const read = l.reads[table];
  let row = 0;
  if (read) {
    const i = read.rows.findIndex((r) => String(cellAt(read, r, "id")).trim() === id);
    if (i >= 0) row = read.firstRow + i;
  }
  const spec = tableSpec(table);
  return t(TEXT.notShared, {
    who: t(table === "mentors" ? TEXT.mentorWho : TEXT.menteeWho, { id }),
    tab: l.found[table]?.sheetName ?? spec.title[p.locale],
    row: row || "—",
    column: spec.columns.find((c) => c.key === "email")?.header[p.locale] ?? "E-mail",
  });
}

/** What planning a batch knows and gathers: the base, the templates, the register, and the plan so far. */
interface Planning {
  readonly p: DocPorts;
  readonly l: Loaded;
  readonly resuming: boolean;
  readonly locale: Locale;
  readonly year: string;
  readonly today: string;
  readonly termMonths: number;
  readonly rootPath: readonly string[];
  readonly share: boolean;
  readonly tpl: Record<PairDocKind, ResolvedTemplate>;
  readonly byKey: ReadonlyMap<string, Listed>;
  readonly people: { mentors: Mentor[]; mentees: Mentee[]; settings: Loaded["base"]["settings"] };
  readonly mentors: ReadonlyMap<string, Mentor>;
  readonly mentees: ReadonlyMap<string, Mentee>;
  readonly pairTab: { table: FoundTable; read: TableRead };
  /** The confirmations whose order waits for a pair row the check cannot type. */
  readonly heldOrders: ReadonlySet<string>;
  /** The current pairs by confirmation code: the orders' subjects. */
  readonly batches: Map<string, Pair[]>;
  readonly items: Item[];
  readonly blocked: DocProblem[];
  readonly lacking: Set<string>;
}

/** Plans a batch of the set: which documents to make, and which wait for data (named at their cells). */
function plan(p: DocPorts, l: Loaded, resuming: boolean, set: DocSet): Plan | string {
  const pl = planning(p, l, resuming, set);
  if (typeof pl === "string") return pl;
  if (set === "thanks") planThanks(pl);
  else if (set === "portfolio") planPortfolios(pl);
  else planPairDocuments(pl);
  const { items, blocked, lacking, tpl } = pl;
  return { items: uniqueNames(items), blocked, lacking, templates: tpl };
}

function planning(p: DocPorts, l: Loaded, resuming: boolean, set: DocSet): Planning | string {
  const t = translator(p.locale);
  const locale = baseLocale(p);
  const settings = l.check.settings;
  const year = String(settings["program.year"] ?? "").trim();
  if (!year) return t(TEXT.noYear);
  const root =
    String(settings["docs.folder"] ?? "").trim() || (locale === "ru" ? "Наставничество" : "Mentoring");
  const rootPath = [safeName(root)];
  const tpl = templates(p, l, rootPath, SET_KINDS[set]);
  if (typeof tpl === "string") return tpl;
  const listed = register(l.reads.documents!);
  const pairTab = { table: l.found.pairs!, read: l.reads.pairs! };
  // The pair rows the check cannot type wait, named at their rows, whatever the set.
  const skipped = skippedPairs(p.locale, l.check, pairTab);
  return {
    p,
    l,
    resuming,
    locale,
    year,
    today: p.clock.format(p.clock.now(), "yyyy-MM-dd"),
    termMonths: typeof settings["docs.termMonths"] === "number" ? settings["docs.termMonths"] : 9,
    rootPath,
    share: yesNo.parse(String(settings["docs.share"] ?? "")) === "yes",
    tpl,
    byKey: new Map(listed.map((r) => [`${r.kind}\u0000${r.subject}`, r])),
    people: { mentors: l.base.mentors, mentees: l.base.mentees, settings: l.base.settings },
    mentors: new Map(l.base.mentors.map((m) => [m.id, m])),
    mentees: new Map(l.base.mentees.map((m) => [m.id, m])),
    pairTab,
    heldOrders: skipped.heldOrders,
    batches: new Map(),
    items: [],
    blocked: [...skipped.problems],
    lacking: new Set([...skipped.heldOrders].map((batch) => `order\u0000${batch}`)),
  };
}

/**
 * One document of the plan: skipped when made (or when the pair's row links a document of the curator's own),
 * held with a message at each empty cell it needs, else planned into its folder.
 */
function consider(
  pl: Planning,
  kind: PairDocKind,
  subject: string,
  link: string,
  build: () => { context: DocContext; missing: Missing[] },
  viewers: string[],
): void {
  const { p, l, blocked, lacking } = pl;
  const listedRow = pl.byKey.get(`${kind}\u0000${subject}`);
  const done = listedRow && listedRow.status === "ready" && listedRow.link !== "" && !listedRow.remake;
  if (done) return;
  // A link the curator put in the pair's row (not one of ours) means the document exists elsewhere.
  if (!listedRow && link !== "" && !l.ours.has(link)) return;
  let built: ReturnType<typeof build>;
  try {
    built = build();
  } catch {
    // Data no check foresaw broke this document's plan: it alone waits, named by its rows; the rest go on.
    const ids = kind === "order" ? (pl.batches.get(subject) ?? []).map((x) => x.id) : [subject];
    const message = unusableText(p.locale, TEMPLATES[kind].name[p.locale], subject, { ...pl.pairTab, ids });
    blocked.push({ kind: TEMPLATES[kind].name[p.locale], subject, message });
    lacking.add(`${kind}\u0000${subject}`);
    return;
  }
  const { context, missing } = built;
  const empty = missingFor(pl.tpl[kind].used, missing);
  if (empty.length > 0) {
    // One empty cell can feed several fields (a minor's representative: the line and the signature): one message.
    const seen = new Set<string>();
    for (const m of empty) {
      const where = `${m.table}\u0000${m.id}\u0000${m.column}`;
      if (seen.has(where)) continue;
      seen.add(where);
      blocked.push({ kind: TEMPLATES[kind].name[p.locale], subject, message: missingText(p, l, kind, m) });
      lacking.add(`${kind}\u0000${subject}`);
    }
    return;
  }
  // A remake cut short is listed «ошибка» with «Пересоздать» still ticked and the old link: it still replaces it.
  const remake = listedRow?.remake === true && listedRow.link !== "";
  pl.items.push({
    kind,
    subject,
    name: documentFileName(kind, pl.locale, context) || `${kind} ${subject}`,
    folderPath: [...pl.rootPath, pl.year.replace("/", "–"), FOLDER[kind][pl.locale]],
    context,
    viewers: pl.share && kind !== "order" ? viewers : [],
    registerIndex: listedRow?.index,
    replaces: remake ? docIdOf(listedRow.link) || undefined : undefined,
    lookFirst: pl.resuming || listedRow?.status === "failed",
  });
}

/** One letter of thanks a mentor and academic year, for the pairs completed in that year (or with no end date). */
function planThanks(pl: Planning): void {
  const { locale, today, year } = pl;
  const [from, to] = yearSpan(year);
  const done = pl.l.base.pairs.filter(
    (x) => x.id && x.status === "completed" && (!x.endDate || (x.endDate >= from && x.endDate <= to)),
  );
  const byMentor = new Map<string, Pair[]>();
  for (const pair of done) byMentor.set(pair.mentorId, [...(byMentor.get(pair.mentorId) ?? []), pair]);
  for (const [mentorId, pairs] of byMentor) {
    const mentor = pl.mentors.get(mentorId);
    const build = () => thanksContext(mentor, pairs, pl.people, { locale, today });
    consider(pl, "thanks", `${mentorId} ${year}`, "", build, viewerOf(mentor));
  }
}

/** One portfolio a mentor with a pair in the academic year. */
function planPortfolios(pl: Planning): void {
  const { locale, today, year } = pl;
  for (const one of portfolios(pl.l, year, today)) {
    const mentor = pl.mentors.get(one.mentorId);
    const build = () => portfolioContext(mentor, one.pairs, one.extras, pl.people, { locale, today });
    consider(pl, "portfolio", `${one.mentorId} ${year}`, "", build, viewerOf(mentor));
  }
}

/**
 * The current pairs' documents: an order a confirmation (unless a pair of it is held back), an agreement and a
 * programme a pair. The pairs «Проверить базу» cannot type wait, named at their rows.
 */
function planPairDocuments(pl: Planning): void {
  const { locale, today, termMonths, people } = pl;
  const current = pl.l.base.pairs.filter((x) => x.id && (x.status === "active" || x.status === "paused"));
  for (const pair of current) {
    if (!pair.batch) continue;
    pl.batches.set(pair.batch, [...(pl.batches.get(pair.batch) ?? []), pair]);
  }
  for (const [batch, pairs] of [...pl.batches.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (pl.heldOrders.has(batch)) continue;
    const link = pairs.map((x) => x.orderDoc ?? "").find((v) => v !== "") ?? "";
    consider(pl, "order", batch, link, () => orderContext(batch, pairs, people, { locale, today }), []);
  }
  for (const pair of current) {
    const viewers = [...viewerOf(pl.mentors.get(pair.mentorId)), ...viewerOf(pl.mentees.get(pair.menteeId))];
    const opts = { locale, today, termMonths };
    consider(
      pl,
      "agreement",
      pair.id,
      pair.agreement ?? "",
      () => agreementContext(pair, people, opts),
      viewers,
    );
    consider(pl, "plan", pair.id, pair.planDoc ?? "", () => planContext(pair, people, opts), viewers);
  }
}

/**
 * One portfolio a mentor with a pair in the academic year (any status; an open pair without a start date counts
 * too): the pairs, the mentor's contests of the year (by mentor id or staff id) and the surveys' scores.
 */
function portfolios(
  l: Loaded,
  year: string,
  today: string,
): { mentorId: string; pairs: Pair[]; extras: PortfolioExtras }[] {
  const bounds = yearBounds(year);
  const inYear = new Set(bounds ? pairsInYear(l.base.pairs, bounds, today) : l.base.pairs);
  const open = (x: Pair) => !x.startDate && (x.status === "active" || x.status === "paused");
  const byMentor = new Map<string, Pair[]>();
  for (const pair of l.base.pairs)
    if (pair.id && (inYear.has(pair) || open(pair)))
      byMentor.set(pair.mentorId, [...(byMentor.get(pair.mentorId) ?? []), pair]);
  const answers = answerSource(l.reads, l.offset);
  const [from, to] = yearSpan(year);
  return [...byMentor].map(([mentorId, pairs]) => {
    const staffId = l.base.mentors.find((m) => m.id === mentorId)?.staffId?.trim() ?? "";
    const contests = l.base.achievements.filter(
      (a) =>
        (a.personId === mentorId || (staffId !== "" && a.personId === staffId)) &&
        a.date >= from &&
        a.date <= to,
    );
    const feedback = mentorFeedback(
      answers,
      mentorId,
      pairs.map((x) => x.menteeId),
      year,
    );
    return { mentorId, pairs, extras: { contests, feedback } };
  });
}

/** Names are unique in a folder: a clash (two pairs with the same people) gets the subject added. */
function uniqueNames(items: readonly Item[]): Item[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const key = `${it.folderPath.join("/")}/${it.name}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? it : { ...it, name: `${it.name} (${it.subject})` };
  });
}

/** The first and last day (yyyy-MM-dd) of an academic year written 2026/2027; all days when it is not. */
function yearSpan(year: string): [string, string] {
  const m = /^(\d{4})\s*[/–-]\s*(\d{4})$/.exec(year.trim());
  return m ? [`${m[1]}-09-01`, `${m[2]}-08-31`] : ["0000-01-01", "9999-12-31"];
}

function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function saveProgress(p: Ports, progress: Omit<DocumentsProgress, "at">): DocumentsProgress {
  const full = { ...progress, at: p.clock.now().getTime() };
  // Only counts and curator-facing texts: no names or addresses go to the properties store beyond what the
  // messages say about rows.
  // A property holds 9 KB: keep as many problems as fit (the run's result has them all).
  let kept = full.problems.slice(0, 50);
  let json = JSON.stringify({ ...full, problems: kept });
  while (kept.length > 0 && utf8Bytes(json) > 8_000) {
    kept = kept.slice(0, Math.floor(kept.length / 2));
    json = JSON.stringify({ ...full, problems: kept });
  }
  p.properties.set(PROGRESS_KEY, json);
  return full;
}

export function readProgress(p: Ports): DocumentsProgress | null {
  const raw = p.properties.get(PROGRESS_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as DocumentsProgress;
  } catch {
    return null;
  }
}

const keyOf = (kind: DocKind, subject: string) => `${kind}\u0000${subject}`;

/** The link of each document listed ready in the register, by kind and subject. */
function registeredLinks(l: Loaded): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of register(l.reads.documents!))
    if (r.kind && r.status === "ready" && r.link !== "") out.set(keyOf(r.kind, r.subject), r.link);
  return out;
}

/**
 * The links in the pairs' rows made to agree with `links` (kind and subject to link; by default the register's
 * ready documents, the source of truth): a pair's own documents by its id, the order by its confirmation code. A
 * cell is written when it is empty or holds another link of ours; a link the curator typed (their own document)
 * is never overwritten. Only cells that change are written, one span per column. Called after every write of the
 * register and at the end of every run, so links lost by a run stopped between the two are put back.
 */
function linkPairs(p: DocPorts, l: Loaded, links: ReadonlyMap<string, string> = registeredLinks(l)): void {
  const read = l.reads.pairs!;
  const changes = new Map<number, Record<string, Cell>>();
  read.rows.forEach((row, i) => {
    const id = String(cellAt(read, row, "id")).trim();
    if (!id) return;
    const batch = String(cellAt(read, row, "batch")).trim();
    for (const kind of KINDS) {
      const subject = kind === "order" ? batch : id;
      const want = subject ? links.get(keyOf(kind, subject)) : undefined;
      if (!want) continue;
      const column = LINK_COLUMN[kind];
      const has = String(cellAt(read, row, column)).trim();
      if (has === want || (has !== "" && !l.ours.has(has))) continue;
      changes.set(i, { ...(changes.get(i) ?? {}), [column]: want });
    }
  });
  writeSpans(p, l.found.pairs!, read, changes);
}

/**
 * Writes what the run did, in an order that leaves nothing unrepaired if it stops between two writes: the links
 * of remade documents first (the register forgets the old link when it takes the new one, so the pair's cell must
 * hold the new one before), then the register (rows listed before updated in place, new ones appended with ids,
 * the id counter moved after them so a stop leaves no gap), then the links of the new documents from the
 * register. One write per column, whatever the number of documents.
 */
function flush(p: DocPorts, l: Loaded, results: readonly Result[], state: { nextId: number }): void {
  if (results.length === 0) return;
  const t = translator(p.locale);
  const locale = baseLocale(p);
  const read = l.reads.documents!;
  const table = l.found.documents!;
  const today = isoToDateCell(p.clock.format(p.clock.now(), "yyyy-MM-dd"), l.offset);
  const status = (s: "ready" | "failed") => docStatuses.label(s, locale);
  const rowOf = (r: Result): Record<string, Cell> =>
    r.made
      ? {
          title: r.item.name,
          link: r.made.doc.url,
          pdf: r.made.pdf?.url ?? "",
          status: status("ready"),
          made: today,
          remake: false,
          error: "",
        }
      : {
          title: r.item.name,
          status: status("failed"),
          error: t(TEXT.failed, { error: r.error ?? "" }),
          // A remake that failed keeps its tick and the old link: the next run still replaces that document.
          remake: r.item.replaces !== undefined,
        };

  const remade = results.filter((r) => r.made && r.item.replaces !== undefined);
  linkPairs(p, l, new Map(remade.map((r) => [keyOf(r.item.kind, r.item.subject), r.made!.doc.url])));
  for (const r of results) if (r.made) l.ours.add(r.made.doc.url);
  // Rows already listed: their cells of our columns, rewritten in one span per column.
  writeSpans(
    p,
    table,
    read,
    new Map(
      results.filter((r) => r.item.registerIndex !== undefined).map((r) => [r.item.registerIndex!, rowOf(r)]),
    ),
  );
  const fresh = results.filter((r) => r.item.registerIndex === undefined);
  if (fresh.length > 0) {
    const ids = read.rows.map((r) => cellAt(read, r, "id"));
    const counted = Number(p.properties.get(SEQ_KEY) ?? 0) || 0;
    const first = Math.max(counted, state.nextId - 1, highestIdNumber(DOCUMENTS.idPrefix!, ids)) + 1;
    const rows = fresh.map((r, n) =>
      sheetRow(table, {
        id: formatId(DOCUMENTS.idPrefix!, first + n),
        kind: docKinds.label(r.item.kind, locale),
        subject: r.item.subject,
        ...rowOf(r),
      }),
    );
    p.sheets.appendRows(table, rows);
    state.nextId = first + fresh.length;
    p.properties.set(SEQ_KEY, String(first + fresh.length - 1));
    const last = filledLength(read);
    (read.rows as Cell[][]).splice(last, 0, ...rows);
    fresh.forEach((r, n) => {
      (r.item as { registerIndex?: number }).registerIndex = last + n;
    });
  }
  linkPairs(p, l);
}

/**
 * The pairs' rows made to agree with the register, on every run: the links (linkPairs), then «Документы пары» in
 * each current pair's row: «готовы», or which document is not there and why. One write over the pairs' rows.
 * Kinds the curator linked themself count as there.
 */
function writePairStatus(p: DocPorts, l: Loaded, lacking: ReadonlySet<string>): void {
  linkPairs(p, l);
  const t = translator(baseLocale(p));
  const locale = baseLocale(p);
  const read = l.reads.pairs!;
  const table = l.found.pairs!;
  const listed = register(l.reads.documents!);
  const state = new Map(listed.map((r) => [`${r.kind}\u0000${r.subject}`, r.status]));
  const current = new Map(
    l.base.pairs
      .filter((x) => x.id && (x.status === "active" || x.status === "paused"))
      .map((x) => [x.id, x]),
  );
  const values: Cell[] = [];
  let from = -1;
  let to = -1;
  read.rows.forEach((row, i) => {
    const pair = current.get(String(cellAt(read, row, "id")).trim());
    if (!pair) return;
    if (from < 0) from = i;
    to = i;
  });
  if (from < 0) return;
  for (let i = from; i <= to; i++) {
    const row = read.rows[i]!;
    const pair = current.get(String(cellAt(read, row, "id")).trim());
    if (!pair) {
      values.push(cellAt(read, row, "docStatus"));
      continue;
    }
    const parts: string[] = [];
    for (const kind of ["agreement", "plan", "order"] as const) {
      const subject = kind === "order" ? (pair.batch ?? "") : pair.id;
      if (kind === "order" && !subject) continue;
      const key = `${kind}\u0000${subject}`;
      const status = state.get(key);
      if (status === "ready") continue;
      const link = String(cellAt(read, row, LINK_COLUMN[kind])).trim();
      if (status === undefined && link !== "") continue; // the curator's own document
      const why = status === "failed" ? TEXT.whyFailed : lacking.has(key) ? TEXT.whyBlocked : TEXT.whyPending;
      parts.push(t(TEXT.notReady, { kind: docKinds.label(kind, locale), why: t(why) }));
    }
    values.push(parts.length === 0 ? t(TEXT.allReady) : parts.join("; "));
  }
  p.sheets.writeColumns(table, [
    { column: table.columns.docStatus!, firstRow: read.firstRow + from, values },
  ]);
}

/** The set of the unfinished batch (an older batch, noted before sets, made the pairs' documents). */
function jobSet(p: Ports): DocSet {
  try {
    const job = JSON.parse(p.properties.get(JOB_KEY) ?? "") as { set?: unknown };
    return job?.set === "thanks" || job?.set === "portfolio" ? job.set : "pairs";
  } catch {
    return "pairs";
  }
}

/**
 * Today's quota ran out before any document (a built-in template had to be made again): tomorrow's trigger run
 * begins the batch, as after a quota stop halfway.
 */
function quotaBeforeStart(
  p: DocPorts,
  l: Loaded,
  startedAt: number,
  set: DocSet,
): Outcome<DocumentsProgress> {
  const t = translator(p.locale);
  p.properties.set(JOB_KEY, JSON.stringify({ startedAt, total: 0, set }));
  p.triggers.runLater(CONTINUE_FUNCTION, untilTomorrow(p, l.offset));
  const message = t(TEXT.quotaAtStart);
  return { ok: saveProgress(p, { state: "quota", total: 0, done: 0, failed: 0, problems: [], message }) };
}

/**
 * One run: plans, makes documents until the time budget is spent, writes what it did, and schedules the next
 * run when something is left. `startedAt` is when the execution began (ms), so the budget counts all of it.
 */
export function generateDocuments(
  p: DocPorts,
  startedAt: number,
  asked?: DocSet,
): Outcome<DocumentsProgress> {
  const t = translator(p.locale);
  return locked<DocumentsProgress>(p, () => {
    // Set while a batch is unfinished: a run that was cut off hard may have made files it did not record.
    const resuming = Boolean(p.properties.get(JOB_KEY));
    const unfinished = resuming ? jobSet(p) : undefined;
    // Another set's batch is unfinished: it goes on first (its trigger, or «Сформировать документы»).
    if (asked !== undefined && unfinished !== undefined && unfinished !== asked)
      return { error: t(TEXT.otherBatch) };
    const set = asked ?? unfinished ?? "pairs";
    const l = load(p, set);
    if (typeof l === "string") return { error: l };
    let planned: ReturnType<typeof plan>;
    try {
      planned = plan(p, l, resuming, set);
    } catch (err) {
      if (err instanceof QuotaError) return quotaBeforeStart(p, l, startedAt, set);
      throw err;
    }
    if (typeof planned === "string") {
      saveProgress(p, { state: "blocked", total: 0, done: 0, failed: 0, problems: [], message: planned });
      return { error: planned };
    }
    if (planned.items.length === 0) return { ok: nothingToMake(p, l, planned, set, resuming) };
    p.properties.set(JOB_KEY, JSON.stringify({ startedAt, total: planned.items.length, set }));
    p.triggers.runLater(CONTINUE_FUNCTION, SAFETY_NET_MS);
    return { ok: makeAll(p, l, planned, startedAt) };
  });
}

/** Nothing to make: the pairs' statuses written, the batch over, and why nothing was made. */
function nothingToMake(
  p: DocPorts,
  l: Loaded,
  planned: Plan,
  set: DocSet,
  resuming: boolean,
): DocumentsProgress {
  const t = translator(p.locale);
  const { blocked } = planned;
  writePairStatus(p, l, planned.lacking);
  p.triggers.cancel(CONTINUE_FUNCTION);
  if (resuming) p.properties.set(JOB_KEY, "");
  const message =
    blocked.length > 0
      ? t(TEXT.done, {
          made: 0,
          failed: 0,
          blocked: blocked.length,
          total: register(l.reads.documents!).length,
        })
      : t(set === "portfolio" ? TEXT.nothingPortfolio : TEXT.nothing, { tab: l.found.documents!.sheetName });
  return saveProgress(p, { state: "done", total: 0, done: 0, failed: 0, problems: blocked, message });
}

/** One run's making: what was made and failed, the problems to show, and whether the time or the quota stopped it. */
interface Making {
  readonly p: DocPorts;
  readonly l: Loaded;
  readonly tpl: Record<PairDocKind, ResolvedTemplate>;
  readonly pdf: boolean;
  readonly folders: Map<string, string>;
  readonly problems: DocProblem[];
  made: number;
  failed: number;
}

/**
 * Makes the planned documents until the time budget is spent or the quota runs out, listing them on «Документы»
 * every few documents, and says where the batch stands (the next run scheduled when something is left).
 */
function makeAll(p: DocPorts, l: Loaded, planned: Plan, startedAt: number): DocumentsProgress {
  const t = translator(p.locale);
  const { items, blocked } = planned;
  const total = items.length;
  const m: Making = {
    p,
    l,
    tpl: planned.templates,
    pdf: yesNo.parse(String(l.check.settings["docs.pdf"] ?? "")) === "yes",
    folders: new Map(),
    problems: [...blocked],
    made: 0,
    failed: 0,
  };
  const ids = { nextId: 0 };
  let pending: Result[] = [];
  let stop: "paused" | "quota" | null = null;
  const progress = (state: DocumentsProgress["state"], message: string) =>
    saveProgress(p, { state, total, done: m.made, failed: m.failed, problems: m.problems, message });
  for (const item of items) {
    if (p.clock.now().getTime() - startedAt > BUDGET_MS) {
      stop = "paused";
      break;
    }
    const result = makeOne(m, item);
    if (result === "quota") {
      stop = "quota";
      break;
    }
    pending.push(result);
    if (pending.length >= FLUSH_EVERY) {
      flush(p, l, pending, ids);
      pending = [];
    }
    progress("running", "");
  }
  flush(p, l, pending, ids);
  writePairStatus(p, l, planned.lacking);
  if (stop === "paused") {
    p.triggers.runLater(CONTINUE_FUNCTION, 60_000);
    return progress("paused", t(TEXT.paused, { done: m.made, total }));
  }
  if (stop === "quota") {
    p.triggers.runLater(CONTINUE_FUNCTION, untilTomorrow(p, l.offset));
    return progress("quota", t(TEXT.quota, { done: m.made, total }));
  }
  p.triggers.cancel(CONTINUE_FUNCTION);
  p.properties.set(JOB_KEY, "");
  const listedNow = register(l.reads.documents!).length;
  return progress(
    "done",
    t(TEXT.done, { made: m.made, failed: m.failed, blocked: blocked.length, total: listedNow }),
  );
}

/** One document made (or found made by a run cut short), the old one renamed when remade; "quota" stops the run. */
function makeOne(m: Making, item: Item): Result | "quota" {
  const { p, l } = m;
  const t = translator(p.locale);
  const kindName = TEMPLATES[item.kind].name[p.locale];
  const key = item.folderPath.join("\u0000");
  const folderId = m.folders.get(key) ?? p.docs.folder(item.folderPath);
  m.folders.set(key, folderId);
  try {
    const request = {
      templateId: m.tpl[item.kind].id,
      folderId,
      name: item.name,
      context: item.context,
      pdf: m.pdf,
      viewers: item.viewers,
      replaces: item.replaces,
    };
    const doc = (item.lookFirst ? p.docs.findMade(request) : null) ?? p.docs.make(request);
    if (item.replaces && item.replaces !== doc.doc.id) {
      const date = p.clock.format(p.clock.now(), "dd.MM.yyyy");
      p.docs.rename(item.replaces, t(TEXT.replaced, { date }), REPLACED_MARK);
    }
    m.made++;
    for (const email of doc.notShared ?? [])
      m.problems.push({ kind: kindName, subject: item.subject, message: notSharedText(p, l, email) });
    return { item, made: doc };
  } catch (err) {
    if (err instanceof QuotaError) return "quota";
    const message = errorMessage(err).replace(/[.\s]+$/, "");
    m.failed++;
    m.problems.push({ kind: kindName, subject: item.subject, message: t(TEXT.failed, { error: message }) });
    return { item, error: message };
  }
}
