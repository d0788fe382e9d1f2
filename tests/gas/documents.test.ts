import { type DocPorts, generateDocuments, readProgress } from "../../src/app/documents";
import { reviewPairs } from "../../src/app/pairs";
import {
  agreementContext,
  type Block,
  blocksText,
  type DocContext,
  findPlaceholder,
  planContext,
  renderBlocks,
  TEMPLATES,
} from "../../src/domain/documents";
import { baseFrom } from "../../src/domain/model";
import { validateBase } from "../../src/domain/validate";
import { fillBody, GasDocuments, GasTriggers } from "../../src/gas/documents";
import { gasWorld, ok, rowsOf, setting } from "../support/gas";
import { acceptEveryPair, confirmAccepted, typedSchool } from "../support/school";

/**
 * «Сформировать документы» on the emulator's Drive and Docs: the sample school, its pairs confirmed in one or two
 * confirmations, made into agreements, programmes and orders.
 */

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

/** A school with `mentees` mentees, every proposed pair confirmed; `batches` confirmations. */
function school(
  opts: {
    mentors?: number;
    mentees?: number;
    batches?: 1 | 2;
    emulator?: Parameters<typeof gasWorld>[0];
  } = {},
) {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0), ...opts.emulator });
  worlds.push(w);
  typedSchool(w, { mentors: opts.mentors ?? 12, mentees: opts.mentees ?? 18 });
  const accept = acceptEveryPair(w);
  if (opts.batches === 2) {
    // Half now, half later: two confirmations, two orders.
    const pairs = accept.mentors.flatMap((m) => m.pairs);
    for (const p of pairs.slice(Math.ceil(pairs.length / 2)))
      w.run(() =>
        reviewPairs(w.ports(), {
          type: "decide",
          mentorId: p.mentorId,
          menteeId: p.menteeId,
          decision: "pin",
        }),
      );
    confirmAccepted(w);
    w.run(() => reviewPairs(w.ports(), { type: "acceptAll" }));
  }
  confirmAccepted(w);
  const docPorts = (): DocPorts => {
    const p = w.ports();
    return { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
  };
  const make = (kind: "menu" | "trigger" = "menu") =>
    w.emu.execution.run(() => generateDocuments(docPorts(), w.emu.clock.now()), { kind });
  const pairs = () => rowsOf(w.ss, "Пары и группы").filter((r) => r["ID"] !== "");
  const register = () => rowsOf(w.ss, "Документы").filter((r) => r["ID"] !== "");
  const files = () => w.emu.drive.files().filter((f) => !f.trashed);
  return { w, make, pairs, register, files, docPorts };
}

describe("«Сформировать документы»", () => {
  test("an agreement and a programme per pair, an order per confirmation: filed, filled and linked back", () => {
    const s = school({ batches: 2 });
    const pairs = s.pairs();
    const batches = new Set(pairs.map((p) => p["Утверждение"]));
    expect(batches.size).toBe(2);
    const progress = ok(s.make());
    const total = 2 * pairs.length + 2;
    expect(progress).toMatchObject({ state: "done", total, done: total, failed: 0 });

    // The folder tree and the built-in templates, made once.
    const docs = s.files().filter((f) => f.mimeType === "application/vnd.google-apps.document");
    const paths = new Set(docs.map((f) => s.w.emu.drive.pathOf(f.id).join(" / ")));
    expect([...paths].sort()).toEqual([
      "Наставничество / 2026–2027 / Приказы",
      "Наставничество / 2026–2027 / Программы пар",
      "Наставничество / 2026–2027 / Соглашения",
      "Наставничество / Шаблоны",
    ]);
    expect(docs).toHaveLength(total + 3);
    // A template's description carries its tag; a document's says what it is, never its template's.
    const describedAs = (folder: string) =>
      new Set(
        docs.filter((f) => s.w.emu.drive.pathOf(f.id).join(" / ").endsWith(folder)).map((f) => f.description),
      );
    expect([...describedAs("Шаблоны")].every((d) => d.startsWith("Шаблон надстройки"))).toBe(true);
    for (const folder of ["Приказы", "Программы пар", "Соглашения"])
      expect(describedAs(folder)).toEqual(
        new Set(["Документ надстройки «Наставничество» / Mentoring add-on document"]),
      );

    // Every pair row links its agreement and programme, and its confirmation's order.
    const register = s.register();
    expect(register).toHaveLength(total);
    expect(new Set(register.map((r) => r["Состояние"]))).toEqual(new Set(["готов"]));
    for (const pair of s.pairs()) {
      const agreement = String(pair["Соглашение"]);
      expect(agreement).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/.+\/edit$/);
      const id = /\/d\/([^/]+)\//.exec(agreement)![1]!;
      const text = s.w.emu.docs.text(id);
      expect(text).not.toContain("{{");
      expect(text).toContain(String(pair["Наставник"]));
      expect(text).toContain(String(pair["Наставляемый"]));
      expect(String(pair["Программа пары"])).toMatch(/^https:\/\/docs\.google\.com/);
      expect(String(pair["Приказ (документ)"])).toMatch(/^https:\/\/docs\.google\.com/);
      expect(pair["Документы пары"]).toBe("готовы");
    }
    // Every document (not the templates) is filled throughout: no field is left as {{…}}.
    for (const d of docs.filter((f) => !s.w.emu.drive.pathOf(f.id).includes("Шаблоны")))
      expect(s.w.emu.docs.text(d.id)).not.toContain("{{");
    // The order lists exactly its confirmation's pairs.
    const first = s.pairs().filter((p) => p["Утверждение"] === "У-0001");
    const orderId = /\/d\/([^/]+)\//.exec(String(first[0]!["Приказ (документ)"]))![1]!;
    const order = s.w.emu.docs.text(orderId);
    for (const p of s.pairs())
      expect(order.includes(String(p["Наставляемый"]))).toBe(p["Утверждение"] === "У-0001");
    expect(readProgress(s.docPorts())).toMatchObject({ state: "done", done: total });
  });

  test("running it again makes nothing; «Пересоздать» makes one anew and keeps the old file, renamed", () => {
    const s = school();
    ok(s.make());
    const before = s.files().length;
    const again = ok(s.make());
    expect(again).toMatchObject({ state: "done", total: 0 });
    expect(again.message).toContain("Новых документов делать не нужно");
    expect(s.files()).toHaveLength(before);

    const sheet = s.w.ss.getSheetByName("Документы")!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const oldLink = String(sheet.getRange(3, headers.indexOf("Документ") + 1).getValue());
    sheet.getRange(3, headers.indexOf("Пересоздать") + 1).setValue(true);
    const remade = ok(s.make());
    expect(remade).toMatchObject({ state: "done", total: 1, done: 1 });
    const newLink = String(sheet.getRange(3, headers.indexOf("Документ") + 1).getValue());
    expect(newLink).not.toBe(oldLink);
    expect(sheet.getRange(3, headers.indexOf("Пересоздать") + 1).getValue()).toBe(false);
    const oldId = /\/d\/([^/]+)\//.exec(oldLink)![1]!;
    expect(s.w.emu.drive.files().find((f) => f.id === oldId)?.name).toMatch(/ \(заменён 25\.11\.2026\)$/);
    expect(s.files()).toHaveLength(before + 1);
  });

  test("a failure on the 37th copy: the rest are made, that one is reported, and the next run makes it", () => {
    const s = school({ mentors: 24, mentees: 36 });
    const total = 2 * s.pairs().length + 1;
    expect(total).toBeGreaterThan(40);
    // The three built-in templates are not copies: the 37th copy is the 37th document.
    s.w.emu.faults.failNth({ service: "Drive", method: "copy", n: 37 });
    const first = ok(s.make());
    expect(first).toMatchObject({ state: "done", total, done: total - 1, failed: 1 });
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]!.message).toContain("Не удалось сделать документ");
    const failed = s.register().filter((r) => r["Состояние"] === "ошибка");
    expect(failed).toHaveLength(1);
    const waiting = s.pairs().filter((p) => p["Документы пары"] !== "готовы");
    expect(waiting).toHaveLength(1);
    expect(String(waiting[0]!["Документы пары"])).toMatch(
      /^(соглашение|программа): ошибка, будет повторено$/,
    );
    const second = ok(s.make());
    expect(second).toMatchObject({ state: "done", total: 1, done: 1, failed: 0 });
    expect(s.register().filter((r) => r["Состояние"] === "готов")).toHaveLength(total);
    const names = s.files().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test("a batch cut by the time limit resumes: nothing made twice, nothing lost", () => {
    // Drive as slow as it gets on a bad day: its copy alone takes six seconds a document.
    const s = school({ mentors: 24, mentees: 36, emulator: { callCostMs: { Drive: 6000 } } });
    const total = 2 * s.pairs().length + 1;
    // A run that misjudged its start (its budget never ends): Apps Script stops it hard at 6 minutes, between
    // two calls of some document, with the sheet not told about the last few.
    const p = s.docPorts();
    expect(() => s.w.emu.execution.run(() => generateDocuments(p, s.w.emu.clock.now() + 86_400_000))).toThrow(
      "Exceeded maximum execution time",
    );
    const partial = s.files().length;
    expect(partial).toBeGreaterThan(3);
    expect(s.register().length).toBeLessThan(partial - 3);
    // The next runs (the curator's click, then the triggers) find what was made by name and go on.
    for (let i = 0; i < 10 && readProgress(s.docPorts())?.state !== "done"; i++) {
      s.w.emu.clock.advance(61_000);
      ok(s.make("trigger"));
    }
    expect(readProgress(s.docPorts())?.state).toBe("done");
    expect(s.register().filter((r) => r["Состояние"] === "готов")).toHaveLength(total);
    const docs = s.files().filter((f) => f.mimeType === "application/vnd.google-apps.document");
    expect(docs).toHaveLength(total + 3);
    const names = docs.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const pair of s.pairs()) expect(String(pair["Соглашение"])).toMatch(/^https:/);
    for (const d of docs.filter((f) => !s.w.emu.drive.pathOf(f.id).includes("Шаблоны")))
      expect(s.w.emu.docs.text(d.id)).not.toContain("{{");
  });

  test("a run that reaches its time budget writes what it did and goes on from a trigger", () => {
    const s = school({ mentors: 24, mentees: 36, emulator: { callCostMs: { Drive: 6000 } } });
    const total = 2 * s.pairs().length + 1;
    const first = ok(s.make());
    expect(first.state).toBe("paused");
    expect(first.done).toBeGreaterThan(10);
    expect(first.done).toBeLessThan(total);
    expect(first.message).toContain("через минуту");
    expect(s.register()).toHaveLength(first.done);
    const trigger = s.w.emu.triggers.list().filter((t) => t.handlerFunction === "continueDocuments");
    expect(trigger).toHaveLength(1);
    let last = first;
    for (let i = 0; i < 5 && last.state !== "done"; i++) {
      s.w.emu.clock.advance(61_000);
      last = ok(s.make("trigger"));
    }
    expect(last.state).toBe("done");
    expect(s.register()).toHaveLength(total);
    expect(
      s.w.emu.triggers.list().filter((t) => t.handlerFunction === "continueDocuments" && !t.fired),
    ).toEqual([]);
  });

  test("the daily quota runs out: the batch stops, a trigger goes on tomorrow, nothing is made twice", () => {
    const s = school({ emulator: { quotas: { docsCreatedPerDay: 20 } } });
    const total = 2 * s.pairs().length + 1;
    const first = ok(s.make());
    expect(first.state).toBe("quota");
    expect(first.done).toBe(20 - 3);
    expect(first.message).toContain("дневной лимит");
    const due = s.w.emu.triggers.list().find((t) => t.handlerFunction === "continueDocuments")!;
    // Ten past midnight in Moscow, when the daily quota is fresh again.
    expect(due.nextRunAt! - Date.UTC(2026, 10, 25, 21, 10)).toBeGreaterThanOrEqual(0);
    expect(due.nextRunAt! - Date.UTC(2026, 10, 25, 21, 10)).toBeLessThan(1000);
    let state = first.state;
    for (let day = 0; day < 5 && state !== "done"; day++) {
      s.w.emu.clock.set(Date.UTC(2026, 10, 25 + day, 21, 10));
      state = ok(s.make("trigger")).state;
    }
    expect(state).toBe("done");
    expect(s.register().filter((r) => r["Состояние"] === "готов")).toHaveLength(total);
  });

  test("a custom template with an unknown field is refused before anything is made", () => {
    const s = school();
    const doc = s.w.emu.globals.DocumentApp.create("Моё соглашение");
    const url = doc.getUrl();
    doc.getBody().appendParagraph("Соглашение между {{наставник.фио}} и {{наставляемый.фамилия_имя}}");
    doc.saveAndClose();
    setting(s.w.ss, "docs.template.agreement", url);
    const before = s.files().length;
    const r = s.make();
    expect(r).toEqual({ error: expect.stringContaining("{{наставляемый.фамилия_имя}}") });
    expect(s.register()).toEqual([]);
    // Only the built-in order template may have been made; no document.
    expect(s.files().filter((f) => !/шаблон/.test(f.name)).length).toBe(before);
    expect(readProgress(s.docPorts())?.state).toBe("blocked");
  });

  test("a required value missing is reported with the place to fix it; the other documents are made", () => {
    const s = school();
    setting(s.w.ss, "head.position", "");
    const r = ok(s.make());
    const total = 2 * s.pairs().length;
    expect(r).toMatchObject({ state: "done", total, done: total });
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]!.message).toMatch(/на листе «Настройки» строку «Должность руководителя»/);
    for (const pair of s.pairs()) expect(pair["Документы пары"]).toBe("приказ: не хватает данных");
  });

  test("with «PDF» and «открыть участникам»: a PDF beside each document, access only with consent", () => {
    const s = school();
    setting(s.w.ss, "docs.pdf", "да");
    setting(s.w.ss, "docs.share", "да");
    ok(s.make());
    const register = s.register();
    for (const r of register) expect(String(r["PDF"])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const pdfs = s.files().filter((f) => f.mimeType === "application/pdf");
    expect(pdfs).toHaveLength(register.length);
    // Shared only with people whose consent is recorded.
    const mentees = rowsOf(s.w.ss, "Наставляемые");
    const consenting = new Set(
      mentees
        .filter(
          (m) =>
            m["Согласие на обработку ПДн"] === true &&
            (m["Несовершеннолетний"] !== true || m["Согласие представителя"] === true),
        )
        .map((m) => String(m["E-mail"])),
    );
    const viewers = s.files().flatMap((f) => f.viewers ?? []);
    const menteeEmails = new Set(mentees.map((m) => String(m["E-mail"])));
    for (const v of viewers) if (menteeEmails.has(v)) expect(consenting.has(v)).toBe(true);
    expect(viewers.length).toBeGreaterThan(0);
    // Access is given quietly: Google mails no one about it.
    expect(s.w.emu.drive.notified()).toEqual([]);
  });

  test("an address with no Google account: the documents are made, the curator is told whom to share them with", () => {
    const s = school();
    setting(s.w.ss, "docs.share", "да");
    // A consenting mentor whose mailbox was never registered with Google.
    const mentors = rowsOf(s.w.ss, "Наставники");
    const index = mentors.findIndex((m) => m["Согласие на обработку ПДн"] === true && m["E-mail"] !== "");
    const mentor = mentors[index]!;
    const email = String(mentor["E-mail"]);
    s.w.emu.drive.withoutGoogleAccount(email);
    const ofMentor = s.pairs().filter((p) => String(p["Наставник"]).includes(String(mentor["ФИО"])));
    expect(ofMentor.length).toBeGreaterThan(0);

    const r = ok(s.make());
    const total = 2 * s.pairs().length + 1;
    expect(r).toMatchObject({ state: "done", total, done: total, failed: 0 });
    // Every document is made and listed ready, its own pair's included; nobody was mailed.
    expect(new Set(s.register().map((x) => x["Состояние"]))).toEqual(new Set(["готов"]));
    expect(s.w.emu.drive.notified()).toEqual([]);
    expect(s.files().some((f) => (f.viewers ?? []).includes(email))).toBe(false);
    // One problem per document of that mentor's pairs, naming the row to correct and not the address.
    const notShared = r.problems.filter((x) => x.message.includes("нет аккаунта Google"));
    expect(notShared).toHaveLength(2 * ofMentor.length);
    for (const x of notShared) {
      expect(x.message).toContain(`наставнику ${String(mentor["ID"])}`);
      expect(x.message).toContain(`лист «Наставники», строка ${index + 2}, столбец «E-mail»`);
      expect(x.message).not.toContain(email);
    }
  });
});

test("the Google Docs adapter fills a document as the domain's reference rendering does", () => {
  const s = school({ mentors: 6, mentees: 8 });
  ok(s.make());
  const w = s.w;
  const p = w.ports();
  const found = p.sheets.findTables();
  const reads = Object.fromEntries(
    (["mentors", "mentees", "pairs", "settings"] as const).map((k) => [k, p.sheets.readTable(found[k]!)]),
  );
  const base = baseFrom(validateBase(reads, { locale: "ru", offsetMinutes: 180 }));
  const today = p.clock.format(p.clock.now(), "yyyy-MM-dd");
  // Lines of text, each table cell a line of its own (Google's getText puts a line break between cells; the
  // reference rendering puts " | "), empty lines dropped.
  const lines = (text: string) =>
    text
      .split("\n")
      .flatMap((l) => l.split(" | "))
      .map((c) => c.trim())
      .filter((c) => c !== "");
  for (const pair of base.pairs.slice(0, 3)) {
    for (const kind of ["agreement", "plan"] as const) {
      const build = kind === "agreement" ? agreementContext : planContext;
      const { context } = build(pair, base, { locale: "ru", today, termMonths: 9 });
      const expected = lines(blocksText(renderBlocks(TEMPLATES[kind].blocks.ru, context)));
      const column = kind === "agreement" ? "Соглашение" : "Программа пары";
      const row = s.pairs().find((r) => r["ID"] === pair.id)!;
      const id = /\/d\/([^/]+)\//.exec(String(row[column]))![1]!;
      expect(lines(w.emu.docs.text(id))).toEqual(expected);
    }
  }
});

test("values go into a document as they are: `$1`, `$&` and regex characters are not interpreted", () => {
  const w = gasWorld();
  worlds.push(w);
  w.run(() => {
    const doc = DocumentApp.create("Проба");
    doc.getBody().appendParagraph("Наставник: {{наставник.фио}}. Запрос: {{ наставляемый.запросы }}");
    fillBody(doc.getBody(), {
      values: { "mentor.fullName": "Иванова $1 (А.*)", "mentee.requests": "скидка 100$ и $& ещё" },
      lists: {},
    });
    expect(doc.getBody().getText()).toContain("Наставник: Иванова $1 (А.*). Запрос: скидка 100$ и $& ещё");
  });
});

/** The body's children as the curator sees them: a table as "TABLE", a paragraph as its text. */
function outline(structure: ReturnType<World["emu"]["docs"]["structure"]>): string[] {
  if (structure.type !== "BODY_SECTION") throw new Error("not a body");
  return structure.children.map((c) => (c.type === "TABLE" ? "TABLE" : "text" in c ? c.text : c.type));
}

test("a built-in template becomes a Doc of exactly its blocks: no empty line at its start or after a table", () => {
  const w = gasWorld();
  worlds.push(w);
  for (const kind of ["agreement", "order", "plan"] as const) {
    for (const locale of ["ru", "en"] as const) {
      const blocks = TEMPLATES[kind].blocks[locale];
      const id = w.run(() => {
        const docs = new GasDocuments(w.ports().properties);
        return docs.createTemplate(docs.folder(["Шаблоны"]), `${kind} ${locale}`, blocks);
      });
      const expected = blocks.map((b) => (b.kind === "table" ? "TABLE" : b.text));
      // Google ends a body that would end with a table with an empty paragraph of its own.
      if (blocks.at(-1)?.kind === "table") expected.push("");
      expect(outline(w.emu.docs.structure(id))).toEqual(expected);
      const structure = w.emu.docs.structure(id);
      const first = structure.type === "BODY_SECTION" ? structure.children[0] : undefined;
      expect(first && "heading" in first ? first.alignment : undefined).toBe("CENTER");
    }
  }
});

test("filling: a list table left without rows goes, and the empty paragraphs below and above it go, not others", () => {
  const w = gasWorld();
  worlds.push(w);
  const key = (raw: string) => findPlaceholder(raw)!.key;
  w.run(() => {
    const doc = DocumentApp.create("Шаблон");
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText("Цели:");
    // A table with a table in a cell: getTables() counts both, the fill must not take one for the other.
    body
      .appendTable([["Наставник:", ""]])
      .getCell(0, 1)
      .appendTable([["{{наставник.фио}}"]]);
    body.appendParagraph("{{наставник.представитель_строка}}");
    body.appendTable([["{{цели.номер}}", "{{цели.запрос}}"]]);
    body.appendParagraph("{{наставляемый.представитель_строка}}");
    body.appendParagraph("Конец, {{наставник.фио}}");
    expect(outline(w.emu.docs.structure(doc.getId()))).toEqual([
      "Цели:",
      "TABLE",
      "", // Google's, after the table appended last
      "{{наставник.представитель_строка}}",
      "TABLE",
      "",
      "{{наставляемый.представитель_строка}}",
      "Конец, {{наставник.фио}}",
    ]);
    fillBody(body, {
      values: {
        [key("наставник.фио")]: "Петрова М. И.",
        [key("наставник.представитель_строка")]: "",
        [key("наставляемый.представитель_строка")]: "",
      },
      lists: { goals: [] },
    });
    expect(outline(w.emu.docs.structure(doc.getId()))).toEqual([
      "Цели:",
      "TABLE",
      "",
      "",
      "Конец, Петрова М. И.",
    ]);
    const tables = body.getTables();
    expect(tables.length).toBe(2);
    expect(tables[1]!.getText()).toBe("Петрова М. И."); // the nested table, filled, not taken for the list's
  });
});

test("the report's built-in template filled by the adapter: each block field's paragraph becomes its blocks, as renderBlocks has it", () => {
  const w = gasWorld();
  worlds.push(w);
  const table: Block = {
    kind: "table",
    header: true,
    borders: true,
    rows: [
      ["Пары и группы", "Количество"],
      ["Действуют", "7"],
    ],
  };
  const context: DocContext = {
    values: {
      "org.name": "МБОУ СОШ № 7",
      "report.subtitle": "за первое полугодие",
      "report.period": "Период: …",
    },
    lists: {},
    blocks: {
      "report.indicators": [{ kind: "paragraph", text: "Пояснение к показателям." }],
      "report.pairs": [table, { kind: "paragraph", text: "После таблицы." }],
      "report.roadmap": [],
    },
  };
  const blocks = TEMPLATES.report.blocks.ru;
  const id = w.run(() => {
    const docs = new GasDocuments(w.ports().properties);
    const template = docs.createTemplate(docs.folder(["Шаблоны"]), "Справка", blocks);
    return docs.make({
      templateId: template,
      folderId: docs.folder(["Справки"]),
      name: "Справка 1",
      context,
      pdf: false,
      viewers: [],
    }).doc.id;
  });
  const expected = renderBlocks(blocks, context).map((b) => (b.kind === "table" ? "TABLE" : b.text));
  expected.push(""); // Google's empty paragraph after the template's last table
  expect(outline(w.emu.docs.structure(id))).toEqual(expected);
  const structure = w.emu.docs.structure(id);
  if (structure.type !== "BODY_SECTION") throw new Error("not a body");
  const at = expected.indexOf("TABLE");
  const inserted = structure.children[at]!;
  expect(inserted.type === "TABLE" && inserted.borderWidth).toBeGreaterThan(0);
  // The section's paragraph is a plain paragraph, not the heading above it.
  const after = structure.children[at + 1]!;
  expect(after).toMatchObject({ text: "После таблицы.", heading: "NORMAL" });
});
