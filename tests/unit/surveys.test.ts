import { enumIndex, SURVEY_KINDS, type SurveyKind } from "../../src/domain/enums";
import {
  type Answers,
  answersByKey,
  answersText,
  COMPETENCE_KEYS,
  invitationMail,
  isTokenShaped,
  type MailParams,
  makeToken,
  matchPerson,
  monitoringGrowth,
  normaliseToken,
  type PersonRow,
  prefillPlan,
  registrationRow,
  reminderMail,
  SURVEYS,
  scoreOf,
  TOKEN_ALPHABET,
  TOKEN_LENGTH,
  TOKEN_PATTERN,
  tokenOf,
  uuidRandom,
  validateAnswers,
} from "../../src/domain/surveys";
import { columnSpec, MENTEES, MENTORS } from "../../src/domain/tables";

/** A small seeded generator (mulberry32): deterministic tests, uniform enough for shape checks. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = Object.keys(SURVEY_KINDS.values) as SurveyKind[];
const TOKEN = makeToken(seeded(42));

const filled = (text: string | undefined) => typeof text === "string" && text.trim().length > 0;

describe("survey definitions", () => {
  test.each(KINDS)("%s: keys unique, every text in both languages, scales 1–10", (kind) => {
    const def = SURVEYS[kind];
    expect(def.kind).toBe(kind);
    expect(filled(def.title.ru) && filled(def.title.en)).toBe(true);
    expect(filled(def.description.ru) && filled(def.description.en)).toBe(true);
    const keys = def.questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of def.questions) {
      expect([q.key, filled(q.title.ru), filled(q.title.en)]).toEqual([q.key, true, true]);
      if (q.help) expect([q.key, filled(q.help.ru), filled(q.help.en)]).toEqual([q.key, true, true]);
      if (q.type === "scale") {
        expect(q.scale).toMatchObject({ min: 1, max: 10 });
        expect(filled(q.scale?.minLabel.ru) && filled(q.scale?.maxLabel.en)).toBe(true);
      }
      if (["choice", "checkboxes", "list"].includes(q.type)) {
        expect(q.choices?.length).toBeGreaterThan(0);
        const choiceKeys = q.choices!.map((c) => c.key);
        expect(new Set(choiceKeys).size).toBe(choiceKeys.length);
        for (const c of q.choices!) expect(filled(c.label.ru) && filled(c.label.en)).toBe(true);
      }
    }
    // Titles must tell questions apart in each language, or answersByKey could not map them back.
    for (const locale of ["ru", "en"] as const) {
      const titles = def.questions
        .filter((q) => q.type !== "section")
        .map((q) => q.title[locale].toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  test.each(KINDS)("%s: the token is the first question exactly when the survey has one", (kind) => {
    const def = SURVEYS[kind];
    const tokens = def.questions.filter((q) => q.token);
    if (def.tokenQuestion) {
      expect(tokens).toHaveLength(1);
      expect(def.questions[0]?.token).toBe(true);
      expect(def.questions[0]?.type).toBe("text");
      expect(def.questions[0]?.title.ru).toContain("не меняйте");
    } else expect(tokens).toHaveLength(0);
    expect(def.tokenQuestion).toBe(!kind.startsWith("registration"));
  });

  test("registration forms fill the columns the base requires, with the base's choices", () => {
    const cases = [
      {
        kind: "registration_mentor" as const,
        table: MENTORS,
        must: ["fullName", "category", "email", "consent", "competencies", "forms"],
      },
      {
        kind: "registration_mentee" as const,
        table: MENTEES,
        must: ["fullName", "category", "email", "consent", "requests", "form"],
      },
    ];
    for (const { kind, table, must } of cases) {
      const def = SURVEYS[kind];
      const columns = def.questions.flatMap((q) => (q.column ? [q.column] : []));
      expect(columns.every((c) => c.table === table.key)).toBe(true);
      const filledKeys = columns.map((c) => c.key);
      expect(new Set(filledKeys).size).toBe(filledKeys.length);
      for (const key of must) {
        expect(filledKeys).toContain(key);
        expect(def.questions.find((q) => q.column?.key === key)?.required).toBe(true);
      }
      for (const spec of table.columns.filter((c) => c.required)) expect(filledKeys).toContain(spec.key);
      for (const key of [
        "position",
        "organization",
        "experienceYears",
        "format",
        "phone",
        "minor",
        "guardianName",
        "guardianContact",
        "guardianConsent",
      ])
        expect(filledKeys).toContain(key);
      for (const q of def.questions) {
        if (!q.column) continue;
        const spec = columnSpec(table, q.column.key);
        if (spec.enumDef)
          expect(q.choices?.map((c) => c.key).sort()).toEqual(Object.keys(spec.enumDef.values).sort());
      }
      const consent = def.questions.find((q) => q.key === "consent")!;
      expect(consent.mustAccept).toBe(true);
      expect(consent.choices?.map((c) => c.key)).toEqual(["yes"]);
    }
  });

  test("entry and exit are one instrument: the same keys, the competencies scored", () => {
    const keys = (k: SurveyKind) => SURVEYS[k].questions.map((q) => q.key);
    expect(keys("exit")).toEqual(keys("entry"));
    expect(COMPETENCE_KEYS.length).toBeGreaterThanOrEqual(5);
    for (const k of ["entry", "exit"] as const) {
      const comp = SURVEYS[k].questions.filter((q) => q.competence).map((q) => q.key);
      expect(comp).toEqual(COMPETENCE_KEYS);
      expect(SURVEYS[k].score).toEqual({ method: "mean", keys: COMPETENCE_KEYS });
      expect(SURVEYS[k].audience).toBe("mentee");
    }
    expect(keys("entry")).toEqual(expect.arrayContaining(["motivation", "confidence"]));
    expect(SURVEYS.entry.title.ru).not.toBe(SURVEYS.exit.title.ru);
  });

  test("satisfaction: overall 1–10 first after the token, the same keys for mentors and mentees", () => {
    for (const k of ["satisfaction_mentee", "satisfaction_mentor"] as const) {
      expect(SURVEYS[k].questions[1]?.key).toBe("satisfaction.overall");
      expect(SURVEYS[k].score).toEqual({ method: "item", key: "satisfaction.overall" });
    }
    expect(SURVEYS.satisfaction_mentee.audience).toBe("mentee");
    expect(SURVEYS.satisfaction_mentor.audience).toBe("mentor");
    expect(SURVEYS.satisfaction_mentor.questions.map((q) => q.key)).toEqual(
      SURVEYS.satisfaction_mentee.questions.map((q) => q.key),
    );
    expect(SURVEYS.satisfaction_mentee.questions.map((q) => q.key)).toEqual(
      expect.arrayContaining([
        "satisfaction.engagement",
        "satisfaction.meetings",
        "satisfaction.organisation",
        "satisfaction.expectations",
        "comment",
      ]),
    );
  });
});

describe("tokens", () => {
  test("26 characters of Crockford base32, at least 128 bits", () => {
    expect(TOKEN_LENGTH).toBe(26);
    expect(TOKEN_ALPHABET).toHaveLength(32);
    expect(TOKEN_LENGTH * Math.log2(TOKEN_ALPHABET.length)).toBeGreaterThanOrEqual(128);
    const random = seeded(7);
    for (let i = 0; i < 50; i++) {
      const t = makeToken(random);
      expect(t).toHaveLength(26);
      expect(t).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
      expect(encodeURIComponent(t)).toBe(t);
      expect(isTokenShaped(t)).toBe(true);
    }
  });

  test("1000 tokens from one seeded source are distinct; the same seed gives the same tokens", () => {
    const random = seeded(2024);
    const tokens = Array.from({ length: 1000 }, () => makeToken(random));
    expect(new Set(tokens).size).toBe(1000);
    const again = seeded(2024);
    expect(makeToken(again)).toBe(tokens[0]);
    // All 32 characters appear: nothing is left out of the alphabet.
    expect(new Set(tokens.join("")).size).toBe(32);
  });

  test("made from the random source only: no id, name or date goes in or comes out", () => {
    expect(makeToken.length).toBe(1);
    const random = seeded(99);
    for (let i = 0; i < 200; i++) {
      const t = makeToken(random);
      for (const id of ["НС-0001", "НЯ-0001", "АН-0001", "ИВАНОВА"]) expect(t).not.toContain(id);
    }
  });

  test("a broken random source is refused", () => {
    expect(() => makeToken(() => 0.5)).toThrow();
    expect(() => makeToken(() => 1)).toThrow();
    expect(() => makeToken(() => Number.NaN)).toThrow();
    expect(() => makeToken(() => -0.1)).toThrow();
  });

  test("uuidRandom: a number in [0, 1) from each UUID", () => {
    const r = seeded(5);
    const hex = () => Array.from({ length: 32 }, () => "0123456789abcdef"[Math.floor(r() * 16)]).join("");
    const fakeUuid = () => {
      const h = hex();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    };
    const random = uuidRandom(fakeUuid);
    for (let i = 0; i < 100; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(uuidRandom(() => "ffffffff-ffff-4fff-bfff-ffffffffffff")()).toBeLessThan(1);
    expect(isTokenShaped(makeToken(random))).toBe(true);
    expect(() => uuidRandom(() => "not a uuid")()).toThrow();
  });

  test("isTokenShaped and normaliseToken", () => {
    expect(isTokenShaped(` ${TOKEN.toLowerCase()} `)).toBe(true);
    expect(normaliseToken(` ${TOKEN.toLowerCase()}\n`)).toBe(TOKEN);
    expect(isTokenShaped(TOKEN.slice(1))).toBe(false);
    expect(isTokenShaped(`${TOKEN}A`)).toBe(false);
    expect(isTokenShaped(`U${TOKEN.slice(1)}`)).toBe(false);
    expect(isTokenShaped(`I${TOKEN.slice(1)}`)).toBe(false);
    expect(isTokenShaped("")).toBe(false);
    expect(isTokenShaped(undefined)).toBe(false);
    expect(new RegExp(TOKEN_PATTERN).test(` ${TOKEN.toLowerCase()} `)).toBe(true);
    expect(new RegExp(TOKEN_PATTERN).test("O".repeat(26))).toBe(false);
  });

  test("prefillPlan points at the token item; registration has none", () => {
    expect(prefillPlan(SURVEYS.satisfaction_mentee)).toMatchObject({ key: "token", index: 0 });
    expect(prefillPlan(SURVEYS.entry)?.title.ru).toBe("Код анкеты (заполнен автоматически, не меняйте)");
    expect(prefillPlan(SURVEYS.registration_mentor)).toBeUndefined();
  });
});

const satisfied = (overall: string, extra: Answers = {}): Answers => ({
  token: TOKEN,
  "satisfaction.overall": overall,
  "satisfaction.engagement": "9",
  "satisfaction.meetings": "8",
  "satisfaction.organisation": "7",
  "satisfaction.expectations": "8",
  "satisfaction.future": "да",
  ...extra,
});

const monitoringAnswers = (values: number[]): Answers => {
  const a: Answers = {
    token: TOKEN,
    motivation: "8",
    confidence: "6",
    involvement: "5",
    planToMentor: "нет",
  };
  COMPETENCE_KEYS.forEach((k, i) => {
    a[k] = String(values[i % values.length]);
  });
  return a;
};

describe("answers", () => {
  test("answersByKey reads item titles in either language, tolerating case and spaces", () => {
    const def = SURVEYS.satisfaction_mentee;
    const ru = answersByKey(def, {
      "Код анкеты (заполнен автоматически, не меняйте)": ` ${TOKEN} `,
      "НАСКОЛЬКО  вы в целом удовлетворены участием в программе наставничества?": "8",
      "Что стоит изменить в программе? Ваши пожелания и комментарии": "",
      "Посторонний вопрос": "x",
    });
    expect(ru).toEqual({ token: TOKEN, "satisfaction.overall": "8" });
    const en = answersByKey(def, {
      "Survey code (filled in automatically, do not change)": TOKEN,
      "overall, how satisfied are you with taking part in the mentoring programme?": "9",
      "Would you like to become a mentor yourself one day?": "Yes",
    });
    expect(en).toEqual({ token: TOKEN, "satisfaction.overall": "9", "satisfaction.future": "Yes" });
    const reg = answersByKey(SURVEYS.registration_mentor, {
      "В каких формах наставничества вы готовы работать?": [" педагог – педагог ", "", "ученик – ученик"],
      "E-mail": "a@b.ru",
    });
    expect(reg).toEqual({ forms: ["педагог – педагог", "ученик – ученик"], email: "a@b.ru" });
  });

  test("validateAnswers: a complete response has no problems", () => {
    expect(validateAnswers(SURVEYS.satisfaction_mentee, satisfied("8"))).toEqual([]);
    expect(validateAnswers(SURVEYS.entry, monitoringAnswers([5, 6, 7]))).toEqual([]);
  });

  test("validateAnswers: missing, out of range, unknown choice, bad token — in both languages", () => {
    const answers = satisfied("11", { token: "abc", "satisfaction.future": "может быть" });
    delete answers["satisfaction.meetings"];
    answers["satisfaction.expectations"] = "7.5";
    const problems = validateAnswers(SURVEYS.satisfaction_mentee, answers);
    expect(problems.map((p) => [p.key, p.code])).toEqual([
      ["token", "token"],
      ["satisfaction.overall", "scale"],
      ["satisfaction.meetings", "required"],
      ["satisfaction.expectations", "scale"],
      ["satisfaction.future", "choice"],
    ]);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p.message]));
    expect(byKey["satisfaction.overall"]?.ru).toBe(
      "Ответ на вопрос «Насколько вы в целом удовлетворены участием в программе наставничества?» — «11», а нужно целое число от 1 до 10.",
    );
    expect(byKey["satisfaction.overall"]?.en).toContain("a whole number from 1 to 10");
    expect(byKey["satisfaction.meetings"]?.ru).toContain(
      "Нет ответа на обязательный вопрос «Насколько полезными",
    );
    expect(byKey["satisfaction.meetings"]?.en).toContain("No answer to the required question “How useful");
    expect(byKey["satisfaction.future"]?.ru).toContain("нет варианта «может быть»");
    expect(byKey.token?.ru).toContain("Код анкеты");
  });

  const mentorReg = (extra: Answers = {}): Answers => ({
    fullName: "Петрова Анна Сергеевна",
    category: "teacher",
    email: "petrova@school.ru",
    competencies: "ОГЭ",
    forms: ["педагог – педагог"],
    consent: "да",
    minor: "нет",
    ...extra,
  });

  test("validateAnswers on registration: consent, numbers, e-mail, the legal representative's page", () => {
    const reg = SURVEYS.registration_mentor;
    expect(validateAnswers(reg, mentorReg())).toEqual([]);
    const codes = (a: Answers) => validateAnswers(reg, a).map((p) => [p.key, p.code]);
    expect(codes(mentorReg({ consent: "нет" }))).toEqual([["consent", "consent"]]);
    const noConsent = mentorReg();
    delete noConsent.consent;
    expect(codes(noConsent)).toEqual([["consent", "consent"]]);
    expect(codes(mentorReg({ experienceYears: "пять", capacity: "0", email: "petrova@" }))).toEqual([
      ["experienceYears", "number"],
      ["capacity", "number"],
      ["email", "email"],
    ]);
    expect(codes(mentorReg({ forms: ["педагог – педагог", "шахматы"] }))).toEqual([["forms", "choice"]]);
    // A minor: the representative's page is shown, its questions are required.
    expect(codes(mentorReg({ minor: "да" }))).toEqual([
      ["guardianName", "required"],
      ["guardianContact", "required"],
      ["guardianConsent", "consent"],
    ]);
    expect(
      codes(
        mentorReg({
          minor: "Yes",
          guardianName: "Петров С. И.",
          guardianContact: "+7 914 000-00-00",
          guardianConsent: "yes",
        }),
      ),
    ).toEqual([]);
  });

  test("scoreOf: overall satisfaction; mean of the competencies to one decimal; none for registration", () => {
    expect(scoreOf(SURVEYS.satisfaction_mentor, satisfied("7"))).toBe(7);
    expect(scoreOf(SURVEYS.satisfaction_mentor, satisfied("12"))).toBeUndefined();
    expect(scoreOf(SURVEYS.satisfaction_mentor, {})).toBeUndefined();
    const answers = monitoringAnswers([5, 6, 6]);
    const values = COMPETENCE_KEYS.map((k) => Number(answers[k]));
    const mean = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    expect(scoreOf(SURVEYS.entry, answers)).toBe(mean);
    expect(String(scoreOf(SURVEYS.entry, answers))).toMatch(/^\d+(\.\d)?$/);
    // Motivation and confidence are not in the mean.
    expect(scoreOf(SURVEYS.entry, { ...answers, motivation: "1", confidence: "1" })).toBe(mean);
    expect(scoreOf(SURVEYS.exit, monitoringAnswers([10]))).toBe(10);
    expect(scoreOf(SURVEYS.registration_mentee, {})).toBeUndefined();
  });

  test("monitoringGrowth compares entry and exit item by item", () => {
    const g = monitoringGrowth(monitoringAnswers([4]), monitoringAnswers([7]));
    expect(g).toMatchObject({ entry: 4, exit: 7, delta: 3 });
    expect(g.items.find((i) => i.key === COMPETENCE_KEYS[0])).toEqual({
      key: COMPETENCE_KEYS[0],
      entry: 4,
      exit: 7,
      delta: 3,
    });
    expect(g.items.find((i) => i.key === "motivation")?.delta).toBe(0);
    expect(monitoringGrowth(monitoringAnswers([4]), {}).delta).toBeUndefined();
  });

  test("answersText: a readable summary, labels in the locale, formulas made inert, long answers cut", () => {
    const text = answersText(
      SURVEYS.satisfaction_mentee,
      satisfied("8", { comment: '=HYPERLINK("http://evil.example","нажми")' }),
      "ru",
    );
    expect(
      text.startsWith("Насколько вы в целом удовлетворены участием в программе наставничества: 8; "),
    ).toBe(true);
    expect(text).toContain("Хотели бы вы в будущем сами стать наставником: да");
    expect(text).toContain(`: '=HYPERLINK("http://evil.example","нажми")`);
    expect(text).not.toContain(TOKEN);
    expect(answersText(SURVEYS.satisfaction_mentee, satisfied("8"), "en")).toContain(
      "Would you like to become a mentor yourself one day: yes",
    );
    const reg = answersText(
      SURVEYS.registration_mentee,
      { phone: "+7 914 123-45-67", fullName: "@Иванов", requests: `${"очень ".repeat(100)}много` },
      "ru",
    );
    expect(reg).toContain("Мобильный телефон: +7 914 123-45-67");
    expect(reg).not.toContain("'+7");
    expect(reg).toContain("Фамилия, имя, отчество: '@Иванов");
    const request = reg.split("; ").find((p) => p.startsWith("С чем вам нужна помощь наставника"))!;
    expect(request.length).toBeLessThan(360);
    expect(request.endsWith("…")).toBe(true);
    const huge: Answers = { comment: "x".repeat(10_000) };
    for (const k of COMPETENCE_KEYS) huge[k] = "5";
    expect(
      answersText(SURVEYS.entry, { ...huge, difficulties: "y".repeat(5000) }, "ru").length,
    ).toBeLessThanOrEqual(3000);
    expect(tokenOf(SURVEYS.entry, { token: ` ${TOKEN.toLowerCase()} ` })).toBe(TOKEN);
    expect(tokenOf(SURVEYS.registration_mentor, { token: TOKEN })).toBeUndefined();
  });
});

describe("registration rows", () => {
  test("labels in the base's language, lists joined with '; ', text made inert, status «кандидат»", () => {
    const answers: Answers = {
      fullName: "  Петрова   Анна Сергеевна ",
      category: "teacher",
      position: "=учитель",
      experienceYears: "12",
      qualification: "highest",
      competencies: "ОГЭ, работа с родителями\nдисциплина; ОГЭ",
      forms: ["teacher – teacher", "head – teacher"],
      capacity: "2",
      format: "remote",
      email: " Petrova@School.ru ",
      phone: "+7 914 123-45-67",
      consent: "yes",
      minor: "no",
      guardianName: "не должно попасть",
    };
    const ru = registrationRow(SURVEYS.registration_mentor, answers, "ru");
    expect(ru).toEqual({
      fullName: "Петрова Анна Сергеевна",
      category: "педагог",
      position: "'=учитель",
      experienceYears: 12,
      qualification: "высшая",
      competencies: "ОГЭ; работа с родителями; дисциплина",
      forms: "педагог – педагог; руководитель – педагог",
      capacity: 2,
      format: "дистанционно",
      email: "Petrova@School.ru",
      phone: "+7 914 123-45-67",
      consent: true,
      minor: false,
      status: "кандидат",
    });
    const en = registrationRow(SURVEYS.registration_mentor, { ...answers, category: "педагог" }, "en");
    expect(en).toMatchObject({
      category: "teacher",
      forms: "teacher – teacher; head – teacher",
      status: "candidate",
    });
    // The base reads back what we write.
    const forms = enumIndex(columnSpec(MENTORS, "forms").enumDef!);
    expect(
      String(ru.forms)
        .split("; ")
        .map((l) => forms.parse(l)),
    ).toEqual(["teacher_teacher", "head_teacher"]);
  });

  test("a mentee's request, form and the legal representative of a minor", () => {
    const row = registrationRow(
      SURVEYS.registration_mentee,
      {
        fullName: "Сидоров Пётр",
        category: "обучающийся",
        position: "8Б",
        requests: "подготовка к олимпиаде; -2 по физике",
        form: "ученик – ученик",
        email: "p@s.ru",
        consent: "да",
        minor: "да",
        guardianName: "Сидорова Мария Ивановна",
        guardianContact: "+79141234567",
        guardianConsent: "да",
        experienceYears: "два",
      },
      "ru",
    );
    expect(row).toMatchObject({
      category: "обучающийся",
      requests: "подготовка к олимпиаде; -2 по физике",
      form: "ученик – ученик",
      minor: true,
      guardianName: "Сидорова Мария Ивановна",
      guardianConsent: true,
      experienceYears: "два",
    });
    expect(() => registrationRow(SURVEYS.entry, {}, "ru")).toThrow();
  });

  const base: PersonRow[] = [
    { fullName: "Петрова Анна Сергеевна", email: "petrova@school.ru", phone: "", competencies: "ОГЭ" },
    { fullName: "Иванов Иван Иванович", email: "", phone: "" },
    { fullName: "Орлова Вера", email: "orlova@school.ru", phone: "8 (914) 555-11-22", category: "teacher" },
    { fullName: "Сидорова Мария", email: "maria@mail.ru", phone: "" },
  ];

  test("matchPerson: a new person", () => {
    expect(matchPerson({ fullName: "Новикова Ольга", email: "n@s.ru" }, base)).toEqual({
      kind: "new",
      related: [],
    });
  });

  test("matchPerson: the same person by name and e-mail or phone; only empty cells are filled", () => {
    const m = matchPerson(
      {
        fullName: "петрова  анна сергеевна",
        email: "PETROVA@school.ru",
        phone: "+7 914 000-00-01",
        competencies: "ОГЭ; ЕГЭ",
        consent: true,
        status: "кандидат",
      },
      base,
    );
    expect(m).toEqual({
      kind: "same",
      index: 0,
      fill: { phone: "+7 914 000-00-01", consent: true },
      conflicts: [{ key: "competencies", existing: "ОГЭ", incoming: "ОГЭ; ЕГЭ" }],
    });
    const byPhone = matchPerson(
      { fullName: "Орлова Вера", phone: "+7 914 555-11-22", category: "педагог", email: "vera@gmail.com" },
      base,
    );
    // Same phone (8… and +7… are one number); the category in another language is the same value; the other
    // e-mail is a conflict, not an overwrite.
    expect(byPhone).toEqual({
      kind: "same",
      index: 2,
      fill: {},
      conflicts: [{ key: "email", existing: "orlova@school.ru", incoming: "vera@gmail.com" }],
    });
  });

  test("matchPerson: ambiguous when the same name has no contact to compare", () => {
    expect(matchPerson({ fullName: "Иванов Иван Иванович", email: "ivanov@s.ru" }, base)).toEqual({
      kind: "ambiguous",
      candidates: [1],
    });
    expect(matchPerson({ fullName: "Петрова Анна Сергеевна", phone: "+7 914 000-00-01" }, base)).toEqual({
      kind: "ambiguous",
      candidates: [0],
    });
    const twice: PersonRow[] = [...base, { fullName: "Петрова Анна Сергеевна", email: "petrova@school.ru" }];
    expect(matchPerson({ fullName: "Петрова Анна Сергеевна", email: "petrova@school.ru" }, twice)).toEqual({
      kind: "ambiguous",
      candidates: [0, 4],
    });
    expect(matchPerson({ fullName: "  " }, base)).toEqual({ kind: "ambiguous", candidates: [] });
  });

  test("matchPerson: the same name with other contacts is another person; a shared contact is noted", () => {
    expect(matchPerson({ fullName: "Сидорова Мария", email: "other@mail.ru" }, base)).toEqual({
      kind: "new",
      related: [3],
    });
    expect(matchPerson({ fullName: "Сидорова Мария Петровна", email: "maria@mail.ru" }, base)).toEqual({
      kind: "new",
      related: [3],
    });
  });
});

describe("mails", () => {
  const params: MailParams = {
    personName: "<script>alert(1)</script> Анна",
    orgName: "МБОУ «СОШ № 2» & Co",
    link: "https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=" + TOKEN,
    deadline: "2025-05-20",
    curatorName: "Гармаева Б. Б.",
    curatorEmail: "curator@school.ru",
  };

  test.each(KINDS)("%s: subject, text and escaped HTML in both languages", (kind) => {
    for (const locale of ["ru", "en"] as const) {
      const mail = invitationMail(kind, params, locale);
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.text).toContain(params.link);
      expect(mail.text).toContain("20.05.2025");
      expect(mail.text).toContain("curator@school.ru");
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Анна");
      expect(mail.html).toContain("&amp; Co");
      expect(mail.html).toContain(`href="${params.link.replace(/&/g, "&amp;")}"`);
      expect(mail.text).not.toMatch(/\{\w+\}/);
      expect(mail.html).not.toMatch(/\{\w+\}/);
    }
  });

  test("the Russian invitation explains why, how long, the personal link and whom to write", () => {
    const mail = invitationMail("satisfaction_mentee", params, "ru");
    expect(mail.subject).toBe("Как прошла работа с наставником? — МБОУ «СОШ № 2» & Co");
    expect(mail.text).toContain("Здравствуйте, <script>alert(1)</script> Анна!");
    expect(mail.text).toContain("3–5 минут");
    expect(mail.text).toContain("Ссылка персональная");
    expect(mail.text).toContain("не пересылайте");
    expect(mail.text).toContain("Если вы не участвуете в программе");
    expect(mail.text).toContain("напишите куратору: Гармаева Б. Б., curator@school.ru");
    expect(mail.text).not.toContain("Пишем вам в связи с программой");
    const reg = invitationMail("registration_mentor", { ...params, programmeName: "Шаг в профессию" }, "ru");
    expect(reg.text).not.toContain("Ссылка персональная");
    expect(reg.text).toContain("Пишем вам в связи с программой наставничества «Шаг в профессию».");
    expect(reg.text).toContain("около 5 минут");
    expect(invitationMail("entry", { ...params, personName: "", deadline: undefined }, "en").text).toMatch(
      /^Hello,\n\n/,
    );
  });

  test("the reminder is shorter and says so", () => {
    const first = invitationMail("exit", params, "ru");
    const again = reminderMail("exit", params, "ru");
    expect(again.subject).toBe(`Напоминание: ${first.subject}`);
    expect(again.text).toContain(
      "Напоминаем, что ждём ваш ответ на анкету «Итоговый мониторинг: самооценка наставляемого»",
    );
    expect(again.text).toContain("Если вы уже ответили");
    expect(again.text).toContain(params.link);
    expect(reminderMail("exit", params, "en").subject).toMatch(/^Reminder: /);
    expect(again.html).not.toContain("<script>");
  });

  test("only an https link is accepted; line breaks do not reach the subject", () => {
    expect(() => invitationMail("entry", { ...params, link: "javascript:alert(1)" }, "ru")).toThrow();
    expect(() => invitationMail("entry", { ...params, link: 'https://x.ru/"onmouseover="' }, "ru")).toThrow();
    const mail = invitationMail("entry", { ...params, orgName: "Школа\r\nBcc: x@y.ru" }, "ru");
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
