import { escapeHtml, renderWorkbook, toCsv } from "../../scripts/renderWorkbook";
import { sampleSchool, sampleSheetValues } from "../../scripts/sampleSchool";
import { MENTORS } from "../../src/domain/tables";

/** A sheet of the fake: display values and, per cell, the few formats the renderer reads. */
interface FakeSheet {
  name: string;
  hidden?: boolean;
  frozenRows?: number;
  values: string[][];
  notes?: Record<string, string>;
  backgrounds?: Record<string, string>;
  bold?: string[];
  /** A1 → criteria type name of a data validation rule. */
  validations?: Record<string, string>;
}

const a1 = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;

/**
 * Just the methods renderWorkbook may call, over a rectangular data range; any other call fails (the method is
 * missing), and every call is counted so the test can see nothing is written.
 */
function fakeSpreadsheet(
  sheets: FakeSheet[],
  calls: string[] = [],
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const grid = <T>(s: FakeSheet, f: (r: number, c: number) => T): T[][] => {
    const width = Math.max(1, ...s.values.map((row) => row.length));
    const height = Math.max(1, s.values.length);
    return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => f(r, c)));
  };
  /** A method that records its call. */
  const method =
    <T>(name: string, result: () => T) =>
    (): T => {
      calls.push(name);
      return result();
    };
  const sheet = (s: FakeSheet) => {
    const range = {
      getDisplayValues: method("getDisplayValues", () => grid(s, (r, c) => s.values[r]?.[c] ?? "")),
      getNotes: method("getNotes", () => grid(s, (r, c) => s.notes?.[a1(r, c)] ?? "")),
      getBackgrounds: method("getBackgrounds", () =>
        grid(s, (r, c) => s.backgrounds?.[a1(r, c)] ?? "#ffffff"),
      ),
      getFontWeights: method("getFontWeights", () =>
        grid(s, (r, c) => (s.bold?.includes(a1(r, c)) ? "bold" : "normal")),
      ),
      getDataValidations: method("getDataValidations", () =>
        grid(s, (r, c) => {
          const type = s.validations?.[a1(r, c)];
          return type ? { getCriteriaType: () => type } : null;
        }),
      ),
    };
    return {
      getName: method("getName", () => s.name),
      isSheetHidden: method("isSheetHidden", () => s.hidden ?? false),
      getFrozenRows: method("getFrozenRows", () => s.frozenRows ?? 0),
      getDataRange: method("getDataRange", () => range),
    };
  };
  const all = sheets.map(sheet);
  return { getSheets: method("getSheets", () => all) } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** RFC 4180 reader for the round trip. */
function parseCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) throw new Error("CSV does not end with CRLF");
  return rows;
}

const MENTORS_SHEET: FakeSheet = {
  name: "Наставники",
  frozenRows: 1,
  values: [
    ["ID", "ФИО", "Согласие", "Категория"],
    ["НС-0001", "Петрова Анна Сергеевна", "TRUE", "педагог"],
    ["НС-0002", '<script>alert("x")</script> & Co', "FALSE", "руководитель"],
    ["", "Сидоров, Пётр\nИванович", "", ""],
  ],
  notes: { B1: 'Фамилия, имя, отчество "полностью".\nБез сокращений.', B3: "Проверьте <ФИО>" },
  backgrounds: { A1: "#d9ead3", B2: "#fce8b2", C2: "red;position:fixed", D3: "#FFFFFF" },
  bold: ["A1", "B1", "C1", "D1", "B3"],
  validations: { C2: "CHECKBOX", C3: "CHECKBOX", D2: "VALUE_IN_LIST", D3: "VALUE_IN_LIST" },
};
const HIDDEN_SHEET: FakeSheet = { name: "Служебный <лист>", hidden: true, values: [["ключ", "значение"]] };
const REPORT_SHEET: FakeSheet = {
  name: "Отчёт",
  values: [
    ["Показатель", "Значение"],
    ["Доля молодых специалистов", "45,5 %"],
    ["Телефон", "+7 914 123-45-67"],
    ["Формула", '=HYPERLINK("x.example";"ссылка")'],
    ["Минус", "-5"],
    ["Список", "- пункт"],
    ["Собака", "@SUM(A1)"],
  ],
};

describe("renderWorkbook: HTML", () => {
  const calls: string[] = [];
  const { html } = renderWorkbook(fakeSpreadsheet([HIDDEN_SHEET, MENTORS_SHEET, REPORT_SHEET], calls), {
    title: "База <наставничества> & отчёт",
    extraHtml: '<p class="legend">Легенда</p>',
  });
  const section = (n: number) => {
    const start = html.indexOf(`id="sheet-${n}"`);
    const end = html.indexOf("</section>", start);
    return html.slice(start, end);
  };

  test("a self-contained page: one inline script, no external resources", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\bsrc=|href="(?!#)|url\(|@import|https?:/);
    expect(html).toContain("<title>База &lt;наставничества&gt; &amp; отчёт</title>");
    expect(html).toContain('<p class="legend">Легенда</p>');
  });

  test("only reads the workbook, through the listed methods", () => {
    const allowed = new Set([
      "getSheets",
      "getName",
      "isSheetHidden",
      "getFrozenRows",
      "getDataRange",
      "getDisplayValues",
      "getNotes",
      "getBackgrounds",
      "getFontWeights",
      "getDataValidations",
    ]);
    expect(calls.filter((c) => !allowed.has(c))).toEqual([]);
    expect(calls.filter((c) => c === "getDataRange")).toHaveLength(3);
  });

  test("all cell text and sheet names are escaped", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(html).toContain("Служебный &lt;лист&gt;");
    expect(html).not.toContain("Служебный <лист>");
    expect(html).toContain("Сидоров, Пётр\nИванович");
  });

  test("a tab bar links every sheet; hidden sheets are marked; the first visible sheet is shown", () => {
    const nav = html.slice(html.indexOf('<nav class="tabs"'), html.indexOf("</nav>"));
    expect(nav.match(/<a /g)).toHaveLength(3);
    expect(nav).toMatch(
      /<a [^>]*href="#sheet-1"[^>]*class="is-hidden"[^>]*>Служебный &lt;лист&gt;<span class="mark">\(скрыт\)<\/span><\/a>/,
    );
    expect(nav).toMatch(/<a [^>]*href="#sheet-2"[^>]*class="active"[^>]*>Наставники<\/a>/);
    expect(nav).toMatch(/<a [^>]*href="#sheet-3"[^>]*>Отчёт<\/a>/);
    expect(html).toMatch(/<section class="sheet" id="sheet-1"[^>]*data-hidden="true">/);
    expect(section(1)).toContain("Лист скрыт");
    expect(html).toMatch(/<section class="sheet active" id="sheet-2"/);
    expect(section(2)).not.toContain("data-hidden");
    expect(html).toContain(".sheet:target{display:block}");
  });

  test("row numbers, column letters and the frozen header row", () => {
    const s = section(2);
    const thead = s.slice(s.indexOf("<thead>"), s.indexOf("</thead>"));
    expect(thead).toContain(
      '<tr class="letters"><th class="corner"></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>',
    );
    expect(thead).toContain('<tr class="frozen"><th class="rn">1</th>');
    expect(thead).toMatch(/<th [^>]*scope="col"[^>]*>ФИО<\/th>/);
    const tbody = s.slice(s.indexOf("<tbody>"));
    expect(tbody).not.toContain("ФИО</th>");
    for (const n of [2, 3, 4]) expect(tbody).toContain(`<th class="rn">${n}</th>`);
    // No frozen rows: everything is body.
    expect(section(3)).not.toContain('class="frozen"');
  });

  test("cell backgrounds and bold as in the sheet; white and unsafe colours are left out", () => {
    const s = section(2);
    expect(s).toMatch(/<th [^>]*style="background-color:#d9ead3;font-weight:700"[^>]*>ID<\/th>/);
    expect(s).toMatch(/<td style="background-color:#fce8b2">Петрова Анна Сергеевна<\/td>/);
    expect(s).not.toContain("position:fixed");
    expect(s).not.toContain("#ffffff");
    expect(s).toMatch(/<td [^>]*style="font-weight:700"[^>]*>&lt;script&gt;/);
  });

  test("notes show on hover and with a corner marker", () => {
    const s = section(2);
    expect(s).toMatch(
      /<th class="note" style="font-weight:700" title="Фамилия, имя, отчество &quot;полностью&quot;\.&#10;Без сокращений\." scope="col">ФИО<\/th>/,
    );
    expect(s).toMatch(/<td class="note" style="font-weight:700" title="Проверьте &lt;ФИО&gt;">/);
    expect(s.match(/class="[^"]*\bnote\b/g)).toHaveLength(2);
    expect(html).toContain(".grid .note::after");
  });

  test("checkboxes and drop-downs from data validation; numbers right-aligned", () => {
    const s = section(2);
    expect(s).toContain('<td class="cb"><span aria-label="TRUE">☑</span></td>');
    expect(s).toContain('<td class="cb"><span aria-label="FALSE">☐</span></td>');
    expect(s).toMatch(/<td class="dd">педагог<\/td>/);
    expect(section(3)).toContain('<td class="num">45,5 %</td>');
    expect(section(3)).toContain("<td>+7 914 123-45-67</td>");
  });
});

describe("renderWorkbook: CSV", () => {
  const { csv } = renderWorkbook(fakeSpreadsheet([HIDDEN_SHEET, MENTORS_SHEET, REPORT_SHEET]), {
    title: "t",
  });

  test("one CSV per sheet, hidden ones too, UTF-8 with BOM and CRLF", () => {
    expect(Object.keys(csv)).toEqual(["Служебный <лист>", "Наставники", "Отчёт"]);
    for (const text of Object.values(csv)) {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(text.replace(/\r\n/g, "")).not.toMatch(/\r(?!\n)/);
    }
    expect(csv["Служебный <лист>"]).toBe("\uFEFFключ,значение\r\n");
  });

  test("RFC 4180 quoting: commas, quotes and line breaks", () => {
    const text = csv["Наставники"]!;
    expect(text).toContain('НС-0002,"<script>alert(""x"")</script> & Co",FALSE,руководитель\r\n');
    expect(text).toContain(',"Сидоров, Пётр\nИванович",,\r\n');
    expect(parseCsv(text.slice(1))).toEqual(MENTORS_SHEET.values);
  });

  test("text a spreadsheet would run as a formula is neutralised; numbers and phones are not", () => {
    const rows = parseCsv(csv["Отчёт"]!.slice(1));
    expect(rows[3]).toEqual(["Формула", `'=HYPERLINK("x.example";"ссылка")`]);
    expect(rows[6]).toEqual(["Собака", "'@SUM(A1)"]);
    expect(rows[5]).toEqual(["Список", "'- пункт"]);
    expect(rows[2]).toEqual(["Телефон", "+7 914 123-45-67"]);
    expect(rows[4]).toEqual(["Минус", "-5"]);
    const raw = renderWorkbook(fakeSpreadsheet([REPORT_SHEET]), { title: "t", csvFormulaGuard: false }).csv[
      "Отчёт"
    ]!;
    expect(parseCsv(raw.slice(1))).toEqual(REPORT_SHEET.values);
  });

  test("a semicolon separator for Excel in a Russian locale", () => {
    const text = toCsv([["45,5", "a;b", "c"]], ";");
    expect(text).toBe('\uFEFF45,5;"a;b";c\r\n');
    expect(toCsv([["a", "b"], ["c"]])).toBe("\uFEFFa,b\r\nc,\r\n");
  });
});

describe("renderWorkbook with the sample school", () => {
  test("renders the demo base; the pasted formula name stays text in both outputs", () => {
    const values = sampleSheetValues(MENTORS, sampleSchool().mentors).map((r) => r.map(String));
    const { html, csv } = renderWorkbook(fakeSpreadsheet([{ name: "Наставники", frozenRows: 1, values }]), {
      title: "Демо",
    });
    expect(html.match(/<th class="rn">/g)).toHaveLength(values.length);
    expect(html).toContain("=HYPERLINK(&quot;anketa.");
    expect(html).not.toMatch(/https?:/);
    const rows = parseCsv(csv["Наставники"]!.slice(1));
    expect(rows).toHaveLength(41);
    const formula = rows.find((r) => r.some((c) => c.includes("HYPERLINK")));
    expect(formula?.find((c) => c.includes("HYPERLINK"))?.startsWith("'=HYPERLINK(")).toBe(true);
  });

  test("escapeHtml covers the five special characters", () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  });
});
