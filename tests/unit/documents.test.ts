import {
  agreementContext,
  type Block,
  blockFieldOf,
  blocksText,
  checkTemplate,
  type DocContext,
  type DocKind,
  documentFileName,
  fillText,
  findPlaceholder,
  missingFor,
  orderContext,
  PLACEHOLDERS,
  placeholderReference,
  placeholdersIn,
  planContext,
  planStages,
  renderBlocks,
  shortName,
  TEMPLATES,
} from "../../src/domain/documents";
import type { Locale } from "../../src/domain/i18n";
import type { Mentee, Mentor, OrgSettings, Pair } from "../../src/domain/model";

const settings: OrgSettings = {
  name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»",
  shortName: "МБОУ СОШ № 2",
  type: "school",
  city: "г. Иркутск",
  headName: "Кузнецов Сергей Павлович",
  headPosition: "Директор",
  curatorName: "Орлова Елена Николаевна",
  curatorPosition: "заместитель директора по учебно-воспитательной работе",
  curatorEmail: "orlova@school2.ru",
  academicYear: "2025/2026",
};

const person = {
  consent: true,
  minor: false,
  guardianConsent: false,
  status: "active" as const,
  contest: false,
};

const mentor = (id: string, fullName: string, extra: Partial<Mentor>): Mentor => ({
  ...person,
  id,
  fullName,
  category: "teacher",
  competencies: [],
  forms: ["teacher_teacher"],
  capacity: 1,
  ...extra,
});

const mentee = (id: string, fullName: string, extra: Partial<Mentee>): Mentee => ({
  ...person,
  id,
  fullName,
  category: "young_specialist",
  position: "учитель начальных классов",
  requests: ["планирование уроков"],
  form: "teacher_teacher",
  model: "experienced_young",
  ...extra,
});

const mentors: Mentor[] = [
  mentor("НС-0001", "Иванова Анна Андреевна", {
    position: "учитель математики",
    subjects: "математика",
    experienceYears: 18,
    qualification: "highest",
    competencies: ["дисциплина на уроке", "работа с родителями", "аттестация"],
    email: "ivanova@school2.ru",
  }),
  mentor("НС-0002", "Лебедева Ксения Игоревна", {
    category: "student",
    position: "студентка 3 курса",
    organization: "Иркутский государственный университет",
    forms: ["student_pupil"],
  }),
  mentor("НС-0003", "Соколова Марина Викторовна", {
    position: "учитель начальных классов",
    experienceYears: 25,
    capacity: 3,
  }),
];

const mentees: Mentee[] = [
  mentee("НЯ-0001", "Смирнов Пётр Олегович", {
    position: "учитель истории",
    subject: "история",
    experienceYears: 1,
    requests: ["дисциплина на уроке", "работа с родителями", "подготовка к аттестации"],
  }),
  mentee("НЯ-0002", "Белова Софья Андреевна", {
    category: "pupil",
    position: "7 «Б» класс",
    minor: true,
    guardianName: "Белова Наталья Сергеевна",
    guardianContact: "+7 914 555-12-34",
    guardianConsent: true,
    requests: ["подготовка к олимпиаде по математике"],
    form: "student_pupil",
    model: undefined,
  }),
  mentee("НЯ-0003", "Кравцова Алина Романовна", { experienceYears: 0 }),
  mentee("НЯ-0004", "Фомин Игорь Васильевич", { experienceYears: 2 }),
  mentee("НЯ-0005", "Ёлкина Дарья Павловна", { experienceYears: 1 }),
];

const pair = (id: string, mentorId: string, menteeId: string, extra: Partial<Pair>): Pair => ({
  id,
  mentorId,
  menteeId,
  form: "teacher_teacher",
  status: "active",
  ...extra,
});

const teacherPair = pair("П-0001", "НС-0001", "НЯ-0001", {
  model: "experienced_young",
  kind: "traditional",
  startDate: "2025-09-01",
  batch: "У-0001",
});
const pupilPair = pair("П-0002", "НС-0002", "НЯ-0002", {
  form: "student_pupil",
  startDate: "2025-09-15",
  endDate: "2025-12-26",
  batch: "У-0002",
});
const group = ["НЯ-0003", "НЯ-0004", "НЯ-0005"].map((menteeId, i) =>
  pair(`П-000${i + 3}`, "НС-0003", menteeId, {
    groupId: "Г-0001",
    model: "experienced_young",
    kind: "group",
    startDate: "2025-09-08",
    batch: "У-0001",
  }),
);
const pairs = [teacherPair, pupilPair, ...group];
const base = { settings, mentors, mentees };
const TODAY = "2025-08-28";
const pairOpts = (locale: Locale) => ({ locale, today: TODAY, termMonths: 9 });

const text = (blocks: Block[]) => blocksText(blocks);
const render = (kind: DocKind, locale: Locale, context: DocContext) =>
  renderBlocks(TEMPLATES[kind].blocks[locale], context);
const tableWith = (blocks: Block[], header: string) =>
  blocks.find((b): b is Extract<Block, { kind: "table" }> => b.kind === "table" && b.rows[0]?.[0] === header);

describe("the built-in templates", () => {
  test.each(["ru", "en"] as const)("use only known placeholders available for their kind (%s)", (locale) => {
    for (const kind of Object.keys(TEMPLATES) as DocKind[]) {
      const all = `${text(TEMPLATES[kind].blocks[locale])}\n${TEMPLATES[kind].fileName[locale]}`;
      const check = checkTemplate(kind, all);
      expect({ kind, unknown: check.unknown, notForKind: check.notForKind }).toEqual({
        kind,
        unknown: [],
        notForKind: [],
      });
      expect(check.used.length).toBeGreaterThan(5);
    }
  });

  test("the agreement of a teacher and a young specialist names both, the dates, the form and no representative", () => {
    const { context, missing } = agreementContext(teacherPair, base, pairOpts("ru"));
    expect(missing).toEqual([]);
    const doc = text(render("agreement", "ru", context));
    expect(doc).not.toContain("{{");
    for (const s of [
      "Соглашение между наставником и наставляемым",
      "г. Иркутск",
      "наставник — Иванова Анна Андреевна, учитель математики;",
      "наставляемый — Смирнов Пётр Олегович, учитель истории;",
      "«педагог – педагог»",
      "вид — традиционное",
      "Модель взаимодействия: опытный педагог – молодой специалист.",
      "дисциплина на уроке; работа с родителями; подготовка к аттестации",
      "с 01.09.2025 по 31.05.2026 включительно, то есть 9 месяцев",
      "____________ / Иванова А. А. | ____________ / Смирнов П. О.",
      "Орлова Елена Николаевна",
    ]) {
      expect(doc).toContain(s);
    }
    expect(doc).not.toMatch(/законный представитель (наставника|наставляемого)/i);
  });

  test("the agreement with a minor pupil has the representative's line and signature, the mentor's has none", () => {
    const { context, missing } = agreementContext(pupilPair, base, pairOpts("ru"));
    expect(missing).toEqual([]);
    const blocks = render("agreement", "ru", context);
    const doc = text(blocks);
    expect(doc).not.toContain("{{");
    expect(doc).toContain("законный представитель наставляемого — Белова Наталья Сергеевна;");
    expect(doc).toContain("Законный представитель наставляемого: ____________ / Белова Н. С.");
    expect(doc).not.toContain("представитель наставника");
    expect(doc).toContain("«студент – ученик»");
    expect(doc).toContain("с 15.09.2025 по 26.12.2025 включительно, то есть 3 месяца");
    // No model for this form: its line is gone, as is the adult mentor's representative line.
    expect(doc).not.toContain("Модель взаимодействия");
    const adult = render("agreement", "ru", agreementContext(teacherPair, base, pairOpts("ru")).context);
    const paragraphs = (bs: Block[]) => bs.filter((b) => b.kind === "paragraph").length;
    expect(paragraphs(blocks)).toBe(paragraphs(adult));
    expect(paragraphs(TEMPLATES.agreement.blocks.ru) - paragraphs(adult)).toBe(2);
  });

  test("the agreement in English", () => {
    const { context } = agreementContext(pupilPair, base, pairOpts("en"));
    const doc = text(render("agreement", "en", context));
    expect(doc).not.toContain("{{");
    expect(doc).toContain("the mentee, Белова Софья Андреевна, 7 «Б» класс;");
    expect(doc).toContain("the mentee's legal representative: Белова Наталья Сергеевна;");
    expect(doc).toContain("Form of mentoring: student – pupil; kind: traditional.");
    expect(doc).toContain("from 15.09.2025 to 26.12.2025 inclusive, that is 3 months");
  });

  test.each(["ru", "en"] as const)(
    "the order of a confirmation lists its pairs, the group together (%s)",
    (locale) => {
      const { context, missing } = orderContext("У-0001", pairs, base, { locale, today: TODAY });
      expect(missing).toEqual([]);
      const blocks = render("order", locale, context);
      const doc = text(blocks);
      expect(doc).not.toContain("{{");
      const table = tableWith(blocks, "№") ?? tableWith(blocks, "No.");
      expect(table?.rows.map((r) => r[0])).toEqual(
        locale === "ru" ? ["№", "1", "2", "3", "4"] : ["No.", "1", "2", "3", "4"],
      );
      expect(table?.rows.slice(1).map((r) => r[2])).toEqual([
        "Смирнов Пётр Олегович, учитель истории",
        "Кравцова Алина Романовна, учитель начальных классов",
        "Фомин Игорь Васильевич, учитель начальных классов",
        "Ёлкина Дарья Павловна, учитель начальных классов",
      ]);
      expect(doc).not.toContain("Белова");
      if (locale === "ru") {
        expect(table?.rows[1]).toEqual([
          "1",
          "Иванова Анна Андреевна, учитель математики",
          "Смирнов Пётр Олегович, учитель истории",
          "педагог – педагог",
          "традиционное",
          "01.09.2025",
        ]);
        expect(table?.rows[2]?.slice(3)).toEqual(["педагог – педагог", "в группе (Г-0001)", "08.09.2025"]);
        for (const s of [
          "ПРИКАЗ",
          "от 01.09.2025 | № ________",
          "О закреплении наставнических пар и групп на 2025/2026 учебный год",
          "ПРИКАЗЫВАЮ:",
          "Назначить куратором программы наставничества: Орлова Елена Николаевна, заместитель директора",
          "Куратору программы обеспечить",
          "Директор | ____________ Кузнецов С. П.",
        ]) {
          expect(doc).toContain(s);
        }
      } else {
        expect(doc).toContain("of 01.09.2025 | No. ________");
        expect(table?.rows[2]?.[4]).toBe("group (Г-0001)");
      }
    },
  );

  test("the order's number and date: given, from the pairs tab, or blank and the batch's start", () => {
    const given = orderContext("У-0001", pairs, base, {
      locale: "ru",
      today: TODAY,
      orderNumber: "45-о",
      orderDate: "2025-08-29",
    }).context;
    expect(text(render("order", "ru", given))).toContain("от 29.08.2025 | № 45-о");
    const registered = pairs.map((p) =>
      p.batch === "У-0001" ? { ...p, orderNumber: "47", orderDate: "2025-09-02" } : p,
    );
    const fromTab = orderContext("У-0001", registered, base, { locale: "ru", today: TODAY }).context;
    expect(text(render("order", "ru", fromTab))).toContain("от 02.09.2025 | № 47");
    const second = orderContext("У-0002", pairs, base, { locale: "ru", today: TODAY }).context;
    expect(second.values["order.date"]).toBe("15.09.2025");
    expect(second.lists.pairs?.map((x) => x["pairs.mentee"])).toEqual(["Белова Софья Андреевна"]);
  });

  test("an order without a town drops the town's line; one without pairs keeps only the table's header", () => {
    const noCity = { ...base, settings: { ...settings, city: "" } };
    const { context } = orderContext("У-0001", pairs, noCity, { locale: "ru", today: TODAY });
    const blocks = render("order", "ru", context);
    expect(blocks.length).toBe(TEMPLATES.order.blocks.ru.length - 1);
    const empty = render(
      "order",
      "ru",
      orderContext("У-0099", pairs, base, { locale: "ru", today: TODAY }).context,
    );
    expect(tableWith(empty, "№")?.rows).toHaveLength(1);
  });

  test("the plan of a pair: goals from the requests, the five stages with dates, the signatures", () => {
    const { context, missing } = planContext(teacherPair, base, pairOpts("ru"));
    expect(missing).toEqual([]);
    const blocks = render("plan", "ru", context);
    const doc = text(blocks);
    expect(doc).not.toContain("{{");
    const goals = tableWith(blocks, "№");
    expect(goals?.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ["1", "дисциплина на уроке"],
      ["2", "работа с родителями"],
      ["3", "подготовка к аттестации"],
    ]);
    const stages = blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table")[2];
    expect(stages?.rows.slice(1).map((r) => r[1])).toEqual([
      "встреча-знакомство",
      "пробная встреча",
      "встреча-планирование",
      "совместная работа",
      "итоговая встреча",
    ]);
    expect(stages?.rows[1]?.[2]).toBe("01.09.2025 – 07.09.2025");
    expect(stages?.rows[5]?.[2]).toBe("18.05.2026 – 31.05.2026");
    for (const s of [
      "Пара П-0001, 2025/2026 учебный год",
      "Иванова Анна Андреевна, учитель математики",
      "с 01.09.2025 по 31.05.2026 (9 месяцев)",
      "Наставник | ____________ / Иванова А. А.",
      "Куратор | ____________ / Орлова Е. Н.",
      "Дата составления: 28.08.2025",
    ]) {
      expect(doc).toContain(s);
    }
    expect(doc).not.toContain("представитель");
    const minor = text(render("plan", "ru", planContext(pupilPair, base, pairOpts("ru")).context));
    expect(minor).toContain("Законный представитель наставляемого: ____________ / Белова Н. С.");
    expect(minor).not.toContain("представитель наставника");
    const en = text(render("plan", "en", planContext(group[0]!, base, pairOpts("en")).context));
    expect(en).not.toContain("{{");
    expect(en).toContain("introductory meeting");
    expect(en).toContain("group");
  });

  test("every placeholder of a kind has a value in that kind's context", () => {
    const contexts: [DocKind, DocContext][] = [
      ["agreement", agreementContext(teacherPair, base, pairOpts("ru")).context],
      ["plan", planContext(teacherPair, base, pairOpts("ru")).context],
      ["order", orderContext("У-0001", pairs, base, { locale: "ru", today: TODAY }).context],
    ];
    for (const [kind, context] of contexts) {
      for (const p of PLACEHOLDERS.filter((x) => x.kinds.includes(kind))) {
        if (p.list) {
          const items = context.lists[p.list] ?? [];
          expect(items.length).toBeGreaterThan(0);
          for (const item of items)
            expect({ key: p.key, has: p.key in item }).toEqual({ key: p.key, has: true });
        } else {
          expect({ key: p.key, has: p.key in context.values }).toEqual({ key: p.key, has: true });
        }
      }
    }
  });
});

describe("the three rules", () => {
  const context: DocContext = {
    values: { "mentor.fullName": "Иванова Анна Андреевна", "mentee.guardianLine": "", "pair.model": "" },
    lists: {
      pairs: [
        { "pairs.no": "1", "pairs.mentor": "Иванова А. А." },
        { "pairs.no": "2", "pairs.mentor": "Соколова М. В." },
      ],
      goals: [],
    },
  };

  test("a scalar is filled everywhere; an unknown name stays; a list field outside a table stays", () => {
    expect(fillText("{{наставник.фио}} / {{ Mentor.Name }} {{нет.такого}} {{пары.наставник}}", context)).toBe(
      "Иванова Анна Андреевна / Иванова Анна Андреевна {{нет.такого}} {{пары.наставник}}",
    );
  });

  test("a row with a list field repeats per item, an empty list removes its row, an empty table goes", () => {
    const blocks: Block[] = [
      {
        kind: "table",
        header: true,
        rows: [
          ["№", "Наставник"],
          ["{{пары.номер}}", "{{пары.наставник}} ({{наставник.фио}})"],
        ],
      },
      { kind: "table", rows: [["{{цели.запрос}}"]] },
      { kind: "table", rows: [["{{цели.запрос}}", "{{pairs.mentor}}"]] },
    ];
    expect(renderBlocks(blocks, context)).toEqual([
      {
        kind: "table",
        header: true,
        rows: [
          ["№", "Наставник"],
          ["1", "Иванова А. А. (Иванова Анна Андреевна)"],
          ["2", "Соколова М. В. (Иванова Анна Андреевна)"],
        ],
      },
    ]);
  });

  test("a paragraph of empty placeholders and punctuation goes; with words, a known value or an unknown name it stays", () => {
    const p = (t: string): Block => ({ kind: "paragraph", text: t });
    const out = renderBlocks(
      [
        p("{{наставляемый.представитель_строка}}"),
        p(" ({{ наставляемый . представитель строка }}, {{pair.model}}); "),
        p("Модель: {{пара.модель}}"),
        p("{{пара.модель}} {{наставник.фио}}"),
        p("{{пара.модель}} {{нет.такого}}"),
        { kind: "heading", text: "{{pair.model}}" },
        { kind: "table", rows: [["{{pair.model}}", "{{наставник.фио}}"]] },
      ],
      context,
    );
    expect(out).toEqual([
      p("Модель: "),
      p(" Иванова Анна Андреевна"),
      p(" {{нет.такого}}"),
      { kind: "table", rows: [["", "Иванова Анна Андреевна"]] },
    ]);
  });
});

describe("rule 4: block fields", () => {
  const table: Block = { kind: "table", header: true, borders: true, rows: [["Показатель"], ["Доля пар"]] };
  const context: DocContext = {
    values: { "org.name": "МБОУ СОШ № 2" },
    lists: {},
    blocks: { "report.indicators": [{ kind: "paragraph", text: "Пояснение." }, table], "report.roadmap": [] },
  };
  const p = (t: string): Block => ({ kind: "paragraph", text: t });

  test("a paragraph made only of a block field becomes its blocks; an empty field's paragraph goes", () => {
    expect(
      renderBlocks(
        [
          p("{{организация.наименование}}"),
          p(" {{ Справка.Показатели }} "),
          p("{{report.roadmap}}"),
          p("Конец"),
        ],
        context,
      ),
    ).toEqual([p("МБОУ СОШ № 2"), p("Пояснение."), table, p("Конец")]);
  });

  test("a block field beside text or in a table cell stays as written, so the mistake is seen", () => {
    expect(
      renderBlocks(
        [p("Раздел: {{справка.показатели}}"), { kind: "table", rows: [["{{справка.показатели}}"]] }],
        context,
      ),
    ).toEqual([p("Раздел: {{справка.показатели}}"), { kind: "table", rows: [["{{справка.показатели}}"]] }]);
  });

  test("the report's template: every section a block field, the file name as analyticFileName writes it", () => {
    for (const locale of ["ru", "en"] as const) {
      const fields = TEMPLATES.report.blocks[locale].filter(
        (b) => b.kind === "paragraph" && blockFieldOf(b.text),
      );
      expect(fields).toHaveLength(7);
    }
    const name = documentFileName("report", "ru", {
      values: { year: "2026/2027", "report.half": "декабрь" },
      lists: {},
    });
    expect(name).toBe("Аналитическая справка 2026-2027 (декабрь)");
  });
});

describe("placeholders", () => {
  test("placeholdersIn gives each as written, in order, once", () => {
    expect(
      placeholdersIn("{{ Наставник.ФИО }} и {{наставник.фио}}, снова {{ Наставник.ФИО }}; {{}} {x} {{a{b}}"),
    ).toEqual([" Наставник.ФИО ", "наставник.фио", ""]);
  });

  test("findPlaceholder takes either language, any case, ё, spaces", () => {
    const key = (name: string) => findPlaceholder(name)?.key;
    expect(key(" Наставник.ФИО ")).toBe("mentor.fullName");
    expect(key("MENTOR.NAME")).toBe("mentor.fullName");
    expect(key("наставляЁмый . фио кратко")).toBe("mentee.shortName");
    expect(key("Mentee.Short-Name")).toBe("mentee.shortName");
    expect(key("Учебный год")).toBe("year");
    expect(key("пары.должность_наставляемого")).toBe("pairs.menteePosition");
    expect(key("утверждение")).toBe("batch");
    expect(key("наставник")).toBeUndefined();
    expect(key("")).toBeUndefined();
  });

  test("names are unique across both languages, and every definition is well-formed", () => {
    const seen = new Map<string, string>();
    for (const p of PLACEHOLDERS) {
      for (const name of [p.names.ru, p.names.en]) {
        expect(findPlaceholder(name)?.key).toBe(p.key);
        const other = seen.get(name.toLowerCase());
        expect(other === undefined || other === p.key).toBe(true);
        seen.set(name.toLowerCase(), p.key);
        expect(name).not.toMatch(/[\s{}ё]/);
      }
      expect(p.kinds.length).toBeGreaterThan(0);
      if (p.required) expect(p.source).toBeDefined();
      if (p.list) expect(p.key.startsWith(`${p.list}.`)).toBe(true);
    }
    expect(new Set(PLACEHOLDERS.map((p) => p.key)).size).toBe(PLACEHOLDERS.length);
  });

  test("checkTemplate reports unknown names and names the kind does not have", () => {
    const check = checkTemplate(
      "order",
      "{{ Наставник.ФИО }} {{приказ.номер}} {{нет.такого}} {{pairs.mentor}} {{приказ.номер}} {{пара.дата_начала}}",
    );
    expect(check.unknown).toEqual(["нет.такого"]);
    expect(check.notForKind).toEqual([" Наставник.ФИО ", "пара.дата_начала"]);
    expect(check.used.map((p) => p.key)).toEqual(["order.number", "pairs.mentor"]);
    expect(checkTemplate("agreement", "{{приказ.номер}} {{цели.запрос}}").notForKind).toEqual([
      "приказ.номер",
      "цели.запрос",
    ]);
  });

  test.each(["ru", "en"] as const)("the reference covers every placeholder (%s)", (locale) => {
    const rows = placeholderReference(locale);
    expect(rows).toHaveLength(PLACEHOLDERS.length);
    rows.forEach((row, i) => {
      const p = PLACEHOLDERS[i]!;
      expect(row.name).toBe(`{{${p.names[locale]}}}`);
      expect(findPlaceholder(row.name.slice(2, -2))?.key).toBe(p.key);
      expect(row.description.length).toBeGreaterThan(5);
      expect(row.kinds.length).toBeGreaterThan(0);
      expect(row.example.length).toBeGreaterThan(0);
    });
    const [first] = rows;
    expect(first?.kinds).toBe(
      locale === "ru"
        ? "соглашение, приказ, программа, аналитическая справка, благодарность, портфолио"
        : "agreement, order, programme, analytic report, letter of thanks, portfolio",
    );
    expect(rows.find((r) => r.name === "{{пары.номер}}" || r.name === "{{pairs.no}}")?.description).toMatch(
      locale === "ru" ? /повторяется/ : /repeated/,
    );
  });
});

describe("missing values", () => {
  test("an empty head's name is reported for the order, where the template uses it, not for the agreement", () => {
    const noHead = { ...base, settings: { ...settings, headName: "" } };
    const order = orderContext("У-0001", pairs, noHead, { locale: "ru", today: TODAY });
    const used = (kind: DocKind) => checkTemplate(kind, text(TEMPLATES[kind].blocks.ru)).used;
    expect(missingFor(used("order"), order.missing)).toEqual([
      {
        key: "head.shortName",
        name: { ru: "руководитель.фио_кратко", en: "head.short_name" },
        table: "settings",
        id: "",
        column: "head.name",
      },
    ]);
    const agreement = agreementContext(teacherPair, noHead, pairOpts("ru"));
    expect(agreement.missing.map((m) => m.key)).toEqual(["head.fullName", "head.shortName"]);
    expect(missingFor(used("agreement"), agreement.missing)).toEqual([]);
  });

  test("a mentee without a position is reported with the mentees tab, the row's id and the column", () => {
    const noPosition = {
      ...base,
      mentees: mentees.map((m) => (m.id === "НЯ-0003" ? { ...m, position: "" } : m)),
    };
    const order = orderContext("У-0001", pairs, noPosition, { locale: "ru", today: TODAY });
    expect(order.missing).toEqual([
      {
        key: "pairs.menteePosition",
        name: { ru: "пары.должность_наставляемого", en: "pairs.mentee_position" },
        table: "mentees",
        id: "НЯ-0003",
        column: "position",
      },
    ]);
    const agreement = agreementContext(group[0]!, noPosition, pairOpts("en"));
    expect(agreement.missing.map(({ key, table, id, column }) => [key, table, id, column])).toEqual([
      ["mentee.position", "mentees", "НЯ-0003", "position"],
    ]);
  });

  test("a minor without a representative, a pair without a start date, a mentor who is not in the base", () => {
    const noGuardian = { ...base, mentees: mentees.map((m) => (m.minor ? { ...m, guardianName: "" } : m)) };
    const minor = agreementContext(pupilPair, noGuardian, pairOpts("ru"));
    expect(new Set(minor.missing.map((m) => `${m.table}/${m.id}/${m.column}`))).toEqual(
      new Set(["mentees/НЯ-0002/guardianName"]),
    );
    expect(minor.missing.map((m) => m.key)).toEqual([
      "mentee.guardianName",
      "mentee.guardianLine",
      "mentee.guardianSignature",
    ]);
    const noStart = planContext({ ...teacherPair, startDate: undefined }, base, pairOpts("ru"));
    expect(noStart.missing.map((m) => [m.key, m.table, m.id, m.column])).toEqual([
      ["pair.startDate", "pairs", "П-0001", "startDate"],
      ["pair.endDate", "pairs", "П-0001", "startDate"],
      ["stages.dates", "pairs", "П-0001", "startDate"],
      ["stages.from", "pairs", "П-0001", "startDate"],
      ["stages.to", "pairs", "П-0001", "startDate"],
    ]);
    expect(noStart.context.lists.stages?.map((s) => s["stages.dates"])).toEqual(["", "", "", "", ""]);
    const lost = agreementContext({ ...teacherPair, mentorId: "НС-0404" }, base, pairOpts("ru"));
    expect(lost.missing.map((m) => [m.key, m.table, m.id, m.column])).toEqual([
      ["mentor.fullName", "pairs", "П-0001", "mentorId"],
      ["mentor.shortName", "pairs", "П-0001", "mentorId"],
      ["mentor.position", "pairs", "П-0001", "mentorId"],
    ]);
  });

  test("without settings every required setting is missing", () => {
    const { missing } = orderContext(
      "У-0001",
      pairs,
      { ...base, settings: null },
      { locale: "ru", today: TODAY },
    );
    expect(missing.map((m) => m.column)).toEqual([
      "org.name",
      "head.name",
      "head.name",
      "head.position",
      "curator.name",
      "curator.name",
      "curator.position",
      "program.year",
    ]);
    expect(missing.every((m) => m.table === "settings" && m.id === "")).toBe(true);
  });
});

describe("file names", () => {
  test("are unique per document and have no slash", () => {
    const names: string[] = [];
    for (const locale of ["ru", "en"] as const) {
      for (const p of pairs) {
        names.push(
          documentFileName("agreement", locale, agreementContext(p, base, pairOpts(locale)).context),
        );
        names.push(documentFileName("plan", locale, planContext(p, base, pairOpts(locale)).context));
      }
      for (const batch of ["У-0001", "У-0002"]) {
        names.push(
          documentFileName(
            "order",
            locale,
            orderContext(batch, pairs, base, { locale, today: TODAY }).context,
          ),
        );
      }
    }
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      expect(n).not.toMatch(/[/{}]/);
    }
    expect(names).toContain("Соглашение П-0001 Иванова А. А. — Смирнов П. О.");
    expect(names).toContain("Программа П-0003 Соколова М. В. — Кравцова А. Р.");
    expect(names).toContain("Приказ У-0001 от 01.09.2025");
    expect(names).toContain("Order У-0002 of 15.09.2025");
    expect(
      documentFileName("order", "ru", { values: { batch: "У/1", "order.date": "01.09.2025" }, lists: {} }),
    ).toBe("Приказ У-1 от 01.09.2025");
  });

  test("short names", () => {
    expect(shortName(" Иванова  Анна Андреевна ")).toBe("Иванова А. А.");
    expect(shortName("Сен-Симон Анна-Мария")).toBe("Сен-Симон А.-М.");
    expect(shortName("Иванова А. А.")).toBe("Иванова А. А.");
    expect(shortName("Мамедов Рашид Алиевич оглы")).toBe("Мамедов Р. А.");
    expect(shortName("Платон")).toBe("Платон");
    expect(shortName("")).toBe("");
  });
});

describe("planStages", () => {
  const dmy = /^\d{2}\.\d{2}\.\d{4}$/;
  const cases: [string, string, number][] = [];
  for (const start of ["2025-09-01", "2024-01-31", "2024-02-29", "2025-12-31"]) {
    for (const term of [1, 2, 3, 6, 9, 12, 24]) cases.push([start, "", term]);
  }
  cases.push(
    ["2025-09-01", "2025-09-10", 9],
    ["2025-09-01", "2025-09-03", 9],
    ["2025-09-01", "2025-09-01", 9],
  );
  cases.push(["2025-09-01", "2025-08-01", 2]);

  test.each(cases)(
    "from %s to %s over %i months: five stages in order, within the term",
    (start, end, term) => {
      const stages = planStages(start, end, term, "ru");
      expect(stages.map((s) => s.key)).toEqual(["acquaintance", "trial", "planning", "joint_work", "final"]);
      const last = end && end >= start ? end : stages[4]!.toIso;
      expect(stages[0]!.fromIso).toBe(start);
      expect(stages[4]!.toIso).toBe(last);
      for (const [i, s] of stages.entries()) {
        expect(s.from).toMatch(dmy);
        expect(s.fromIso <= s.toIso).toBe(true);
        expect(s.fromIso >= start && s.toIso <= last).toBe(true);
        const next = stages[i + 1];
        if (next) expect(s.toIso <= next.fromIso).toBe(true);
        if (next && s.fromIso !== last) expect(s.toIso < next.fromIso).toBe(true);
      }
    },
  );

  test("over nine months: a week, a week, two weeks, the bulk, the last two weeks", () => {
    const s = planStages("2025-09-01", "", 9, "ru");
    expect(s.map((x) => `${x.from}–${x.to}`)).toEqual([
      "01.09.2025–07.09.2025",
      "08.09.2025–14.09.2025",
      "15.09.2025–28.09.2025",
      "29.09.2025–17.05.2026",
      "18.05.2026–31.05.2026",
    ]);
    expect(planStages("2025-09-01", "", 9, "en")[3]?.name).toBe("joint work");
    expect(planStages("", "", 9, "ru").every((x) => x.from === "" && x.to === "" && x.content !== "")).toBe(
      true,
    );
  });
});
