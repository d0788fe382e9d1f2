import { judgeIncoming } from "./base/incoming";
import { type Cell, isBlank, normaliseEmail, normaliseName, normalisePhone } from "./cells";
import { fill, type L, type Locale } from "./i18n";
import type { TableSpec } from "./tables";

/**
 * Importing a list of people from a CSV file (what Excel or another system exports). Pure: parsing, guessing
 * which file column is which of ours, and planning the rows to append. Values stay as the file has them; the
 * Sheets adapter writes them as text where they could be read as formulas, and the check reports what is wrong.
 */
export interface CsvTable {
  readonly headers: string[];
  /** Data rows, each as long as `headers`. */
  readonly rows: string[][];
  /** File line number of each data row (for messages). */
  readonly lines: number[];
  readonly delimiter: string;
}

export class ImportError extends Error {}

export const IMPORT_TEXT = {
  empty: { ru: "Файл пустой: в нём нет строки заголовков.", en: "The file is empty: it has no header row." },
  unclosedQuote: {
    ru: "Строка {line}: кавычка открыта и не закрыта до конца файла. Проверьте эту строку в файле.",
    en: "Line {line}: a quote is opened and never closed. Check this line in the file.",
  },
  noColumns: {
    ru: "Ни один столбец файла не сопоставлен со столбцами листа. Выберите соответствия в таблице.",
    en: "No column of the file is matched to a column of the tab. Choose the matches in the table.",
  },
  noName: {
    ru: "Не выбран столбец с ФИО: без него строки нельзя добавить.",
    en: "No column is matched to the full name: rows cannot be added without it.",
  },
  twice: { ru: "Столбец «{column}» выбран дважды.", en: "The column “{column}” is chosen twice." },
  noNameInRow: { ru: "нет ФИО", en: "no full name" },
  existing: { ru: "уже есть на листе (строка {row})", en: "already on the tab (row {row})" },
  repeated: { ru: "повторяет строку {line} файла", en: "repeats line {line} of the file" },
  fixFile: {
    ru: "{reasons}. Исправьте эту строку в файле и импортируйте файл снова: уже добавленные люди повторно не добавятся.",
    en: "{reasons}. Correct this line in the file and import the file again: people already added are not added twice.",
  },
} as const satisfies Record<string, L>;

/** Splits CSV text: quoted fields with "" escapes and line breaks, CRLF or LF, a BOM, `;` `,` or tab. */
export function parseCsv(text: string, locale: Locale = "ru"): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","]
    .map((d) => ({ d, n: firstLine.split(d).length }))
    .sort((a, b) => b.n - a.n)[0]!.d;
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) throw new ImportError(fill(IMPORT_TEXT.unclosedQuote[locale], { line: quoteLine }));
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  const head = nonEmpty.shift();
  if (!head) throw new ImportError(IMPORT_TEXT.empty[locale]);
  const headers = head.fields.map((h) => h.trim());
  const width = headers.length;
  return {
    headers,
    rows: nonEmpty.map((r) => Array.from({ length: width }, (_, i) => r.fields[i] ?? "")),
    lines: nonEmpty.map((r) => r.line),
    delimiter,
  };
}

/** Other names a school's file may give our columns. */
const ALIASES: Record<string, string[]> = {
  fullName: [
    "фио",
    "ф.и.о.",
    "ф. и. о.",
    "фамилия имя отчество",
    "фио наставника",
    "фио наставляемого",
    "name",
    "full name",
  ],
  experienceYears: ["стаж", "педагогический стаж", "стаж работы", "стаж, лет", "experience", "years"],
  email: ["e-mail", "email", "почта", "электронная почта", "эл. почта", "адрес электронной почты", "mail"],
  phone: ["телефон", "тел.", "мобильный", "контактный телефон", "phone", "mobile"],
  position: ["должность", "класс", "должность/класс", "position"],
  organization: ["организация", "место работы", "место учебы", "место учёбы", "organisation", "organization"],
  subjects: ["предмет", "предметы", "направление", "subject"],
  subject: ["предмет", "направление", "subject"],
  competencies: ["компетенции", "чем может помочь", "интересы", "competencies"],
  requests: ["запрос", "запросы", "затруднения", "с чем нужна помощь", "request", "requests"],
  forms: ["форма", "формы", "форма наставничества", "формы наставничества"],
  form: ["форма", "форма наставничества"],
  category: ["категория", "category"],
  capacity: ["количество наставляемых", "сколько наставляемых", "capacity"],
  entryDate: ["дата вхождения", "дата вхождения в программу", "дата включения"],
  consent: [
    "согласие",
    "согласие на обработку персональных данных",
    "согласие на обработку пдн",
    "согласие пдн",
    "consent",
  ],
  guardianName: ["законный представитель", "родитель", "фио родителя", "фио законного представителя"],
};

/**
 * Names a school's HR export («Педагогический коллектив») gives the register's columns. «Категория» there is the
 * qualification category (the people tabs have a «Категория» of their own). A bare «Стаж» is not matched: an HR
 * export's «Стаж» may be the total one, and the teaching one decides who is a young specialist, so the curator
 * chooses it in the dialog.
 */
const TABLE_ALIASES: Partial<Record<string, Record<string, string[]>>> = {
  staff: {
    position: ["должность", "занимаемая должность", "position", "job title"],
    subjects: [
      "предмет",
      "предметы",
      "преподаваемый предмет",
      "преподаваемые предметы",
      "направление",
      "subject",
    ],
    hireDate: [
      "дата приема",
      "дата приема на работу",
      "дата поступления на работу",
      "дата трудоустройства",
      "принят",
      "hire date",
      "hired",
    ],
    teachingYears: [
      "стаж педагогический",
      "педагогический стаж",
      "пед. стаж",
      "пед стаж",
      "стаж педагогической работы",
      "педагогический стаж, лет",
      "teaching experience",
    ],
    experienceDate: ["стаж на дату", "дата расчета стажа", "стаж по состоянию на"],
    totalYears: [
      "стаж общий",
      "общий стаж",
      "общий трудовой стаж",
      "трудовой стаж",
      "общий стаж, лет",
      "total experience",
    ],
    qualification: ["категория", "квалификационная категория", "квалификация", "кв. категория", "category"],
    leaveDate: ["дата увольнения", "уволен", "дата ухода", "leave date"],
    leaveReason: ["причина увольнения", "причина ухода", "основание увольнения", "leave reason"],
  },
};

/**
 * The wordings an HR export uses for a qualification category, read as the register's own labels. Anything else
 * is written as the file has it and «Проверить базу» names it.
 */
const QUALIFICATION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "высшая категория": "высшая",
    "высшая квалификационная категория": "высшая",
    "первая категория": "первая",
    "первая квалификационная категория": "первая",
    "1 категория": "первая",
    "соответствие занимаемой должности": "соответствие должности",
    сзд: "соответствие должности",
    "б/к": "без категории",
    нет: "без категории",
  }),
);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[*:]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();

function aliasesOf(table: TableSpec, key: string): string[] {
  return TABLE_ALIASES[table.key]?.[key] ?? ALIASES[key] ?? [];
}

/** For each file column: the key of our column it fills, or null to leave it out. Each key is used once. */
export function guessMapping(table: TableSpec, headers: readonly string[]): (string | null)[] {
  const used = new Set<string>();
  return headers.map((h) => {
    const n = norm(h);
    if (n === "" || n === "id") return null;
    const hit = table.columns.find(
      (c) =>
        c.kind !== "id" &&
        !used.has(c.key) &&
        (norm(c.header.ru) === n || norm(c.header.en) === n || aliasesOf(table, c.key).map(norm).includes(n)),
    );
    if (!hit) return null;
    used.add(hit.key);
    return hit.key;
  });
}

export interface ExistingPerson {
  readonly row: number;
  readonly fullName: string;
  readonly email?: string;
  readonly phone?: string;
  /** The register's position («Должность»): with the name, it tells a person without an e-mail. */
  readonly position?: string;
}

export interface ImportPlan {
  /** Rows to append, by column key. */
  readonly rows: Record<string, Cell>[];
  readonly skipped: { line: number; reason: string }[];
  /** Rows added with a value to look at (a formula written as text), by file line; the reason names the column. */
  readonly notes: { line: number; reason: string }[];
}

/** Keys by which two records are the same person: name with e-mail, name with phone, or the name alone. */
function identity(name: string, email: string, phone: string): string[] {
  const n = normaliseName(name);
  const keys: string[] = [];
  if (email) keys.push(`${n}|e:${normaliseEmail(email)}`);
  const digits = normalisePhone(phone);
  if (digits.length >= 10) keys.push(`${n}|p:${digits}`);
  if (keys.length === 0) keys.push(`${n}|-`);
  return keys;
}

interface Person {
  readonly fullName: string;
  readonly email?: string;
  readonly phone?: string;
  readonly position?: string;
}

/**
 * Who has been seen already (on the tab or earlier in the file), and where. The people tabs: the same name with
 * the same e-mail or phone, or the same name where neither has contacts. The staff register: the same name with
 * the same e-mail, or, when either of the two has no e-mail, the same name and position (two teachers of one name
 * differ by their post; one person's e-mail is not typed twice with a different post).
 */
class Seen {
  private readonly byKey = new Map<string, string>();
  private readonly byPost = new Map<string, string>();
  private readonly byPostNoEmail = new Map<string, string>();
  constructor(private readonly staff: boolean) {}

  private post(p: Person): string {
    return `${normaliseName(p.fullName)}|${norm(p.position ?? "")}`;
  }

  find(p: Person): string | undefined {
    if (!this.staff) {
      const keys = identity(p.fullName, p.email ?? "", p.phone ?? "");
      return keys.map((k) => this.byKey.get(k)).find((r) => r !== undefined);
    }
    const email = normaliseEmail(p.email ?? "");
    if (email)
      return (
        this.byKey.get(`${normaliseName(p.fullName)}|e:${email}`) ?? this.byPostNoEmail.get(this.post(p))
      );
    return this.byPost.get(this.post(p));
  }

  add(p: Person, where: string): void {
    if (!this.staff) {
      for (const k of identity(p.fullName, p.email ?? "", p.phone ?? "")) this.byKey.set(k, where);
      return;
    }
    const email = normaliseEmail(p.email ?? "");
    if (email) this.byKey.set(`${normaliseName(p.fullName)}|e:${email}`, where);
    else this.byPostNoEmail.set(this.post(p), where);
    this.byPost.set(this.post(p), where);
  }
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4,})(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_FORM = /^(\d{4,})-(\d{1,2})-(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * A date as Excel and other systems write it (05.09.2023, 5.9.2023, 05.09.2023 0:00, 2023-09-05,
 * 2023-09-05 00:00:00) in the base's form dd.MM.yyyy; anything else as it is, for the check to name.
 */
export function importDate(raw: string): string {
  const t = raw.trim();
  const dotted = DOTTED.exec(t);
  const iso = dotted ? undefined : ISO_FORM.exec(t);
  const [d, m, y] = dotted
    ? [dotted[1]!, dotted[2]!, dotted[3]!]
    : iso
      ? [iso[3]!, iso[2]!, iso[1]!]
      : [undefined, undefined, undefined];
  if (d === undefined || m === undefined || y === undefined) return raw;
  return `${d.padStart(2, "0")}.${m.padStart(2, "0")}.${y}`;
}

/** Whole years as an HR export writes them («12 лет», «12 л. 3 мес.», «5 года»): the number; anything else as it is. */
export function importYears(raw: string): string {
  const m =
    /^(\d{1,3})\s*(?:г\.?|год|года|лет|л\.?)(?:[\s,]+\d{1,2}\s*(?:м\.?|мес\.?|месяц\S*)(?:[\s,]+\d{1,2}\s*(?:д\.?|дн\S*))?)?$/i.exec(
      raw.trim(),
    );
  return m ? m[1]! : raw;
}

/** The file's value for a column of that kind, in the form the base keeps. */
function incomingValue(table: TableSpec, key: string, kind: string, raw: string): string {
  if (raw === "") return raw;
  if (kind === "date") return importDate(raw);
  if (kind === "int") return importYears(raw);
  if (table.key === "staff" && key === "qualification") return QUALIFICATION_WORDS.get(norm(raw)) ?? raw;
  return raw;
}

export function checkMapping(
  table: TableSpec,
  mapping: readonly (string | null)[],
  locale: Locale,
): string | null {
  const chosen = mapping.filter((m): m is string => m !== null);
  if (chosen.length === 0) return IMPORT_TEXT.noColumns[locale];
  const twice = chosen.find((k, i) => chosen.indexOf(k) !== i);
  if (twice)
    return fill(IMPORT_TEXT.twice[locale], {
      column: table.columns.find((c) => c.key === twice)?.header[locale] ?? twice,
    });
  if (!chosen.includes("fullName")) return IMPORT_TEXT.noName[locale];
  return null;
}

/**
 * The rows the import adds: people already on the tab and repeats within the file (see Seen for who is the same
 * person) are skipped with the reason. Dates and years of experience come in the base's form (importDate,
 * importYears). Checkbox columns accept
 * да/нет/+/1/0/TRUE/FALSE; everything else is kept as the file has it.
 */
export function planImport(
  table: TableSpec,
  csv: CsvTable,
  mapping: readonly (string | null)[],
  existing: readonly ExistingPerson[],
  locale: Locale,
  today?: string,
): ImportPlan {
  const problem = checkMapping(table, mapping, locale);
  if (problem) throw new ImportError(problem);
  const seen = new Seen(table.key === "staff");
  for (const p of existing) seen.add(p, fill(IMPORT_TEXT.existing[locale], { row: p.row }));
  const kinds = new Map(table.columns.map((c) => [c.key, c.kind]));
  const earliest = new Map(table.columns.map((c) => [c.key, c.earliest]));
  const rows: Record<string, Cell>[] = [];
  const skipped: { line: number; reason: string }[] = [];
  const notes: { line: number; reason: string }[] = [];
  csv.rows.forEach((fields, i) => {
    const line = csv.lines[i] ?? i + 2;
    const row: Record<string, Cell> = Object.create(null);
    const bad: string[] = [];
    const noted: string[] = [];
    mapping.forEach((key, c) => {
      if (!key) return;
      const kind = kinds.get(key) ?? "text";
      const raw = incomingValue(table, key, kind, (fields[c] ?? "").trim());
      row[key] = kind === "checkbox" ? toCheckbox(raw) : raw;
      const verdict =
        raw === ""
          ? undefined
          : judgeIncoming(kind, raw, csv.headers[c] || key, { locale, today, earliest: earliest.get(key) });
      if (verdict?.action === "skip") bad.push(verdict.reason);
      else if (verdict) noted.push(verdict.reason);
    });
    if (Object.values(row).every((v) => isBlank(v) || v === false)) return;
    if (bad.length > 0) {
      skipped.push({ line, reason: fill(IMPORT_TEXT.fixFile[locale], { reasons: bad.join("; ") }) });
      return;
    }
    const name = String(row.fullName ?? "");
    if (isBlank(name)) {
      skipped.push({ line, reason: IMPORT_TEXT.noNameInRow[locale] });
      return;
    }
    const person: Person = {
      fullName: name,
      email: String(row.email ?? ""),
      phone: String(row.phone ?? ""),
      position: String(row.position ?? ""),
    };
    const before = seen.find(person);
    if (before) {
      skipped.push({ line, reason: before });
      return;
    }
    seen.add(person, fill(IMPORT_TEXT.repeated[locale], { line }));
    rows.push({ ...row });
    if (noted.length > 0) notes.push({ line, reason: noted.join("; ") });
  });
  return { rows, skipped, notes };
}

function toCheckbox(raw: string): Cell {
  const t = raw.toLowerCase();
  if (["да", "+", "1", "true", "истина", "yes", "v", "✓", "x"].includes(t)) return true;
  if (["нет", "-", "0", "false", "ложь", "no", ""].includes(t)) return false;
  return raw;
}
