import {
  candidatesFor,
  MatchError,
  type MatchInput,
  type MatchMentee,
  type MatchMentor,
  type MatchResult,
  matchBase,
  matchGraph,
  matchInputFromBase,
  matchJson,
  parseMatchProblem,
  reasonText,
  unmatchedText,
} from "../../src/domain/matching";
import { Vocabulary } from "../../src/domain/matching/words";
import type { Mentee, Mentor, Pair } from "../../src/domain/model";

const teacher = (id: string, more: Partial<MatchMentor> = {}): MatchMentor => ({
  id,
  fullName: `Наставник ${id}`,
  forms: ["педагог – педагог"],
  capacity: 1,
  competencies: ["подготовка к ОГЭ по математике", "классное руководство"],
  subjects: ["математика"],
  experienceYears: 15,
  format: "очно",
  ...more,
});

const young = (id: string, more: Partial<MatchMentee> = {}): MatchMentee => ({
  id,
  fullName: `Наставляемый ${id}`,
  form: "педагог – педагог",
  requests: ["подготовка к ОГЭ"],
  subject: "математика",
  experienceYears: 1,
  format: "очно",
  ...more,
});

const pairsOf = (r: MatchResult) => r.pairs.map((p) => `${p.mentorId}-${p.menteeId}`);
const unmatchedOf = (r: MatchResult) =>
  Object.fromEntries(r.unmatched.map((u) => [u.menteeId, u.reason.code]));

function errorOf(fn: () => unknown): MatchError {
  try {
    fn();
  } catch (err) {
    if (err instanceof MatchError) return err;
    throw err;
  }
  throw new Error("no MatchError thrown");
}

describe("word-level fuzzy comparison", () => {
  const v = new Vocabulary();
  const covers = (where: string, what: string) => v.covers(v.phrase(where), v.phrase(what));

  test("a request is covered when most of its stems are in one competency", () => {
    expect(covers("Подготовка к ОГЭ по математике", "подготовка к ОГЭ")).toBe(true);
    expect(covers("подготовка к ЕГЭ", "подготовка к ОГЭ")).toBe(false);
    expect(covers("работа с родителями учеников", "Работа с родителями!")).toBe(true);
    expect(covers("классное руководство", "работа с родителями")).toBe(false);
  });

  test("case, ё, punctuation and stop words do not matter; endings do", () => {
    expect(covers("Работа с трудными учащимися", "трудные учащиеся")).toBe(true);
    expect(covers("ещё раз о проектах", "еще, раз: о проектах")).toBe(true);
    expect(covers("дисциплина на уроках", "дисциплина на уроке")).toBe(true);
    expect(covers("планирование урока", "урок")).toBe(true);
    expect(covers("работа с детьми-инвалидами", "работа с детьми")).toBe(true);
    expect(covers("школьный театр", "театр в школе")).toBe(true);
    expect(covers("урок", "уроков много")).toBe(false);
    expect(covers("и в по с для на", "и в по")).toBe(false);
  });

  test("short significant words (ОГЭ) and numbers are kept whole", () => {
    expect(v.phrase("Подготовка к ОГЭ в 9 классе").stems.length).toBe(4);
    expect(covers("ОГЭ", "огэ")).toBe(true);
    expect(covers("огэ", "ОГЭ по физике")).toBe(false);
  });
});

describe("hard rules", () => {
  test("the form must fit: a mentor accepts a list of forms, labels or keys", () => {
    const r = matchBase({
      mentors: [
        teacher("m1", { forms: ["ученик – ученик"] }),
        teacher("m2", { forms: "pupil_pupil; teacher_teacher" }),
      ],
      mentees: [young("e1"), young("e2", { form: "Ученик-ученик" })],
    });
    expect(pairsOf(r)).toEqual(["m1-e2", "m2-e1"]);
  });

  test("capacity: 1 is one-to-one, more is a group; places used by current pairs are subtracted", () => {
    const mentees = ["e1", "e2", "e3"].map((id) => young(id));
    const group = matchBase({ mentors: [teacher("m1", { capacity: 2 })], mentees });
    expect(group.pairs).toHaveLength(2);
    const used = matchBase({ mentors: [teacher("m1", { capacity: 2 })], mentees, used: { m1: 1 } });
    expect(used.pairs).toHaveLength(1);
    expect(unmatchedOf(used)).toEqual({ e2: "taken_by_others", e3: "taken_by_others" });
    const full = matchBase({ mentors: [teacher("m1", { capacity: 2 })], mentees, used: { m1: 2 } });
    expect(full.pairs).toHaveLength(0);
    expect(full.unmatched[0]!.reason).toEqual({ code: "mentors_full", params: { count: 1 } });
  });

  test("minimum experience per form: more than 3 years for «педагог – педагог» by default, editable", () => {
    const mentors = [teacher("m1", { experienceYears: 3 }), teacher("m2", { experienceYears: undefined })];
    const r = matchBase({ mentors, mentees: [young("e1")] });
    expect(r.pairs).toEqual([]);
    expect(r.unmatched[0]!.reason).toEqual({
      code: "no_experienced_mentor",
      params: { form: "teacher_teacher", years: 4 },
    });
    expect(
      pairsOf(matchBase({ mentors: [teacher("m1", { experienceYears: 4 })], mentees: [young("e1")] })),
    ).toEqual(["m1-e1"]);
    const relaxed = matchBase({
      mentors,
      mentees: [young("e1")],
      rules: { minExperience: { teacher_teacher: 2 } },
    });
    expect(pairsOf(relaxed)).toEqual(["m1-e1"]);
    const pupils = matchBase({
      mentors: [teacher("m1", { forms: ["ученик – ученик"], experienceYears: undefined })],
      mentees: [young("e1", { form: "ученик – ученик" })],
    });
    expect(pupils.pairs).toHaveLength(1);
  });

  test("nobody is paired with themself: same id, or same name and a shared (or no) contact", () => {
    const anna = { fullName: "Иванова Анна Петровна" };
    const same = (m: Partial<MatchMentor>, e: Partial<MatchMentee>) =>
      matchBase({ mentors: [teacher("x1", m)], mentees: [young("x2", e)] }).pairs.length === 0;
    expect(matchBase({ mentors: [teacher("p1")], mentees: [young("p1")] }).pairs).toEqual([]);
    expect(same(anna, { fullName: "иванова  анна петровна" })).toBe(true);
    expect(same({ ...anna, email: "A@school.ru" }, { ...anna, email: "a@school.ru " })).toBe(true);
    expect(same({ ...anna, phone: "8 (912) 000-00-00" }, { ...anna, phone: "+7 912 000 00 00" })).toBe(true);
    expect(same({ ...anna, email: "a@school.ru" }, { ...anna, email: "other@school.ru" })).toBe(false);
    expect(same({ ...anna, email: "a@school.ru" }, { ...anna })).toBe(true);
    expect(same({ fullName: "Иванова Анна" }, anna)).toBe(false);
  });

  test("the curator's exclusions; the only mentor excluded is named as the reason", () => {
    const r = matchBase({
      mentors: [teacher("m1"), teacher("m2")],
      mentees: [young("e1")],
      exclusions: [{ mentorId: "m1", menteeId: "e1" }],
    });
    expect(pairsOf(r)).toEqual(["m2-e1"]);
    const none = matchBase({
      mentors: [teacher("m1")],
      mentees: [young("e1")],
      exclusions: [
        { mentorId: "m1", menteeId: "e1" },
        { mentorId: "gone", menteeId: "e1" },
      ],
    });
    expect(none.unmatched[0]!.reason).toEqual({ code: "all_excluded", params: { count: 1 } });
  });

  test("same organisation, when the rule is on for the form", () => {
    const mentors = [teacher("m1", { organization: "МБОУ СОШ №5" })];
    const mentees = [
      young("e1", { organization: "МБОУ «СОШ № 5»" }),
      young("e2", { organization: "Гимназия 1" }),
    ];
    const rules = { sameOrganization: ["teacher_teacher" as const] };
    const r = matchBase({ mentors: [...mentors, teacher("m2", { organization: "Лицей" })], mentees, rules });
    expect(pairsOf(r)).toEqual(["m1-e1"]);
    expect(r.unmatched[0]!.reason).toEqual({
      code: "no_mentor_in_organization",
      params: { form: "teacher_teacher", organization: "Гимназия 1" },
    });
    expect(matchBase({ mentors, mentees }).pairs).toHaveLength(1);
  });

  test("mentees already in a pair and people not taking part are left alone", () => {
    const r = matchBase({
      mentors: [teacher("m1", { capacity: 3 }), teacher("m2", { status: "выбыл" })],
      mentees: [young("e1"), young("e2", { status: "приостановлено" }), young("e3")],
      alreadyPaired: ["e3"],
    });
    expect(pairsOf(r)).toEqual(["m1-e1"]);
    expect(r.skipped).toEqual([
      { menteeId: "e2", why: "inactive" },
      { menteeId: "e3", why: "already_paired" },
    ]);
    expect(r.unmatched).toEqual([]);
  });
});

describe("optimal, not greedy", () => {
  test("the largest number of mentees first, then the best total score", () => {
    // Greedy would give m1 to e1 (its best) and leave e2 without a mentor.
    const r = matchBase({
      mentors: [
        teacher("m1", { competencies: ["подготовка к ОГЭ", "работа с родителями"] }),
        teacher("m2", {
          competencies: ["классное руководство"],
          subjects: ["физика"],
          format: "дистанционно",
        }),
      ],
      mentees: [
        young("e1"),
        young("e2", { form: "педагог – педагог", requests: ["работа с родителями"] }),
        young("e3", { form: "ученик – ученик" }),
      ],
      exclusions: [{ mentorId: "m2", menteeId: "e2" }],
    });
    expect(pairsOf(r)).toEqual(["m1-e2", "m2-e1"]);
    expect(r.totalScore).toBe(r.pairs.reduce((s, p) => s + p.score, 0));
  });

  test("a pair with nothing in common is still made when it places one more mentee", () => {
    const r = matchBase({
      mentors: [teacher("m1", { competencies: ["театр"], subjects: ["история"], format: "дистанционно" })],
      mentees: [young("e1")],
    });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.reasons.map((x) => x.code)).toEqual([
      "no_request_covered",
      "subject_differs",
      "format_differs",
      "experience",
    ]);
  });

  test("pins are always kept, even when a better matching exists", () => {
    const mentors = [teacher("m1"), teacher("m2", { competencies: ["театр"] })];
    const mentees = [young("e1"), young("e2")];
    const free = matchBase({ mentors: [mentors[0]!], mentees: [mentees[0]!] });
    const pinned = matchBase({ mentors, mentees, pins: [{ mentorId: "m2", menteeId: "e1" }] });
    expect(pairsOf(pinned)).toEqual(["m1-e2", "m2-e1"]);
    expect(pinned.pairs.find((p) => p.menteeId === "e1")!.pinned).toBe(true);
    expect(pinned.pairs.find((p) => p.menteeId === "e1")!.reasons[0]!.code).toBe("pinned");
    expect(free.pairs[0]!.pinned).toBe(false);
  });

  test("a pin that breaks a hard rule, or names someone unknown, is an error saying what is wrong", () => {
    const base: MatchInput = {
      mentors: [teacher("m1"), teacher("m2", { forms: ["ученик – ученик"] })],
      mentees: [young("e1"), young("e2")],
    };
    const pin = (mentorId: string, menteeId: string, more: Partial<MatchInput> = {}) =>
      errorOf(() => matchBase({ ...base, ...more, pins: [...(more.pins ?? []), { mentorId, menteeId }] }))
        .text;
    expect(pin("m9", "e1").ru).toContain("наставника с id «m9» нет");
    expect(pin("m1", "e9").en).toContain("no mentee with the id “e9”");
    expect(pin("m2", "e1").ru).toContain("наставник не ведёт форму «педагог – педагог»");
    expect(pin("m1", "e1", { exclusions: [{ mentorId: "m1", menteeId: "e1" }] }).ru).toContain(
      "куратор исключил",
    );
    expect(pin("m1", "e1", { pins: [{ mentorId: "m1", menteeId: "e2" }] }).ru).toContain(
      "закреплено пар: 2, а свободных мест 1",
    );
    expect(pin("m1", "e1", { used: { m1: 1 } }).ru).toContain("свободных мест 0");
    expect(pin("m1", "e1", { alreadyPaired: ["e1"] }).ru).toContain("уже в действующей паре");
    expect(pin("m1", "e1", { pins: [{ mentorId: "m2", menteeId: "e1" }] }).ru).toMatch(/нарушает|двумя/);
    expect(
      errorOf(() =>
        matchBase({
          mentors: [teacher("m1", { experienceYears: 2 })],
          mentees: [young("e1")],
          pins: [{ mentorId: "m1", menteeId: "e1" }],
        }),
      ).text.ru,
    ).toContain("нужен стаж наставника от 4 лет, а у него 2");
  });

  test("deterministic: the order of the input does not matter, ties go to the lower id", () => {
    const mentors = ["m3", "m1", "m2"].map((id) => teacher(id, { capacity: 2 }));
    const mentees = ["e5", "e2", "e4", "e1", "e3", "e6", "e7"].map((id) => young(id));
    const a = matchBase({ mentors, mentees });
    const b = matchBase({ mentors: [...mentors].reverse(), mentees: [...mentees].reverse() });
    expect(b).toEqual(a);
    expect(pairsOf(a)).toEqual(["m1-e1", "m1-e2", "m2-e3", "m2-e4", "m3-e5", "m3-e6"]);
    expect(unmatchedOf(a)).toEqual({ e7: "taken_by_others" });
    expect(pairsOf(matchBase({ mentors: [teacher("b"), teacher("a")], mentees: [young("e1")] }))).toEqual([
      "a-e1",
    ]);
  });
});

describe("explanations", () => {
  const anna = teacher("m1", {
    fullName: "Иванова Анна Петровна",
    organization: "СОШ №5",
    competencies: ["Подготовка к ОГЭ по математике", "дисциплина на уроке"],
  });
  const r = matchBase({
    mentors: [anna],
    mentees: [
      young("e1", {
        requests: ["подготовка к ОГЭ", "работа с родителями"],
        organization: "сош № 5",
        format: "смешанный",
        preferredMentor: "Иванова А. П.",
      }),
    ],
  });
  const pair = r.pairs[0]!;

  test("each reason is a code with parameters, for or against", () => {
    expect(pair.reasons).toEqual([
      {
        code: "request_covered",
        effect: "for",
        params: { request: "подготовка к ОГЭ", competency: "Подготовка к ОГЭ по математике" },
      },
      { code: "request_not_covered", effect: "against", params: { request: "работа с родителями" } },
      { code: "same_subject", effect: "for", params: { subject: "математика" } },
      { code: "format_fits", effect: "for", params: { mentee: "mixed", mentor: "in_person" } },
      { code: "same_organization", effect: "for", params: { organization: "СОШ №5" } },
      { code: "experience", effect: "for", params: { years: 15, menteeYears: 1 } },
      { code: "preferred_by_mentee", effect: "for", params: {} },
    ]);
    // Half the requests (20) + subject (20) + format (10) + organisation (5) + experience (10) + preference (15).
    expect(pair.score).toBe(80);
    expect(r.maxScore).toBe(100);
  });

  test("in plain Russian, and in English", () => {
    expect(pair.reasons.map((x) => reasonText(x))).toEqual([
      "запрос „подготовка к ОГЭ“ — в компетенциях наставника («Подготовка к ОГЭ по математике»)",
      "запрос „работа с родителями“ не покрыт компетенциями наставника",
      "тот же предмет: математика",
      "формат подходит: у наставляемого смешанный, у наставника очно",
      "та же организация: СОШ №5",
      "стаж наставника 15 лет (у наставляемого 1 год)",
      "наставляемый сам назвал этого наставника",
    ]);
    expect(reasonText(pair.reasons[0]!, "en")).toBe(
      "request “подготовка к ОГЭ” is among the mentor's competencies (“Подготовка к ОГЭ по математике”)",
    );
    expect(reasonText({ code: "experience", effect: "for", params: { years: 22 } })).toBe(
      "стаж наставника 22 года",
    );
    expect(
      reasonText({ code: "experience_gap_small", effect: "against", params: { years: 2, menteeYears: 5 } }),
    ).toBe("стаж наставника 2 года — не больше, чем у наставляемого (5 лет)");
  });

  test("a preference by id, and the mentor's own preference", () => {
    const byId = matchBase({
      mentors: [teacher("НС-0001")],
      mentees: [young("e1", { preferredMentor: "нс-0001" })],
    });
    expect(byId.pairs[0]!.reasons.map((x) => x.code)).toContain("preferred_by_mentee");
    const mentorSide = matchBase({
      mentors: [teacher("m1", { preferredMentee: "Наставляемый e1" })],
      mentees: [young("e1")],
    });
    expect(mentorSide.pairs[0]!.reasons.map((x) => x.code)).toContain("preferred_by_mentor");
  });

  test("every unmatched mentee gets the reason and what would fix it", () => {
    const u = matchBase({
      mentors: [
        teacher("m1", { capacity: 0 }),
        teacher("m2", { forms: ["ученик – ученик"], competencies: ["олимпиады"] }),
        teacher("m3", { forms: ["руководитель – педагог"], experienceYears: 1 }),
      ],
      mentees: [
        young("a1", { form: "работодатель – студент" }),
        young("a2", { requests: [] }),
        young("a3", { requests: ["и в на"] }),
        young("a4"),
        young("a5", { form: "ученик – ученик" }),
        young("a6", { form: "ученик – ученик" }),
        young("a7", { form: undefined }),
      ],
      rules: { minExperience: { head_teacher: 5 } },
    }).unmatched;
    expect(u.map((x) => [x.menteeId, x.reason.code])).toEqual([
      ["a1", "no_mentor_of_form"],
      ["a2", "empty_request"],
      ["a3", "empty_request"],
      ["a4", "mentors_full"],
      ["a6", "taken_by_others"],
      ["a7", "no_form"],
    ]);
    const text = (i: number) => unmatchedText(u[i]!.reason);
    expect(text(0)).toBe(
      "Ни один наставник не ведёт форму «работодатель – студент»: добавьте наставника этой формы или измените форму наставляемого.",
    );
    expect(text(1)).toContain("заполните запрос");
    expect(text(3)).toBe(
      "Единственный подходящий наставник уже занят: увеличьте число его мест или добавьте наставника.",
    );
    expect(text(4)).toContain("при наилучшем распределении");
    expect(unmatchedText(u[0]!.reason, "en")).toBe(
      "No mentor accepts the form “employer – student”: add a mentor of this form or change the mentee's form.",
    );
    expect(unmatchedText({ code: "taken_by_others", params: { count: 5 } })).toMatch(
      /^Подходящих наставников было 5/,
    );
    const head = matchBase({
      mentors: [teacher("m3", { forms: ["руководитель – педагог"], experienceYears: 1 })],
      mentees: [young("b1", { form: "руководитель – педагог" })],
      rules: { minExperience: { head_teacher: 5 } },
    });
    expect(unmatchedText(head.unmatched[0]!.reason)).toBe(
      "Ни у одного наставника формы «руководитель – педагог» нет стажа от 5 лет: добавьте наставника с таким " +
        "стажем или измените правило о стаже для этой формы.",
    );
  });
});

describe("candidates for «сменить наставника»", () => {
  test("each mentee lists the next-best allowed mentors with scores and free places", () => {
    const r = matchBase({
      mentors: [
        teacher("m1", { capacity: 2 }),
        teacher("m2", { competencies: ["театр"] }),
        teacher("m3", { subjects: ["физика"] }),
        teacher("m4", { forms: ["ученик – ученик"] }),
      ],
      mentees: [young("e1"), young("e2")],
    });
    expect(pairsOf(r)).toEqual(["m1-e1", "m1-e2"]);
    expect(candidatesFor(r, "e1")).toEqual([
      { mentorId: "m3", score: 60, free: 1 },
      { mentorId: "m2", score: 40, free: 1 },
    ]);
    expect(candidatesFor(r, "nobody")).toEqual([]);
    const few = matchBase({
      mentors: [teacher("m1"), teacher("m2"), teacher("m3")],
      mentees: [young("e1")],
      alternatives: 1,
    });
    expect(few.pairs[0]!.alternatives).toHaveLength(1);
  });
});

describe("the typed base", () => {
  test("Mentor and Mentee records are accepted as they are; current pairs hold places", () => {
    const mentor: Mentor = {
      id: "НС-0001",
      fullName: "Иванова Анна Петровна",
      category: "teacher",
      competencies: ["подготовка к ОГЭ"],
      forms: ["teacher_teacher"],
      capacity: 2,
      experienceYears: 12,
      format: "in_person",
      consent: true,
      minor: false,
      guardianConsent: false,
      status: "active",
      contest: false,
    };
    const mentee = (id: string): Mentee => ({
      id,
      fullName: `Петров ${id}`,
      category: "young_specialist",
      requests: ["подготовка к ОГЭ"],
      form: "teacher_teacher",
      consent: true,
      minor: false,
      guardianConsent: false,
      status: "active",
      contest: false,
    });
    const pair: Pair = {
      id: "П-0001",
      mentorId: "НС-0001",
      menteeId: "НЯ-0001",
      form: "teacher_teacher",
      status: "active",
    };
    const input = matchInputFromBase(
      {
        mentors: [mentor],
        mentees: [mentee("НЯ-0001"), mentee("НЯ-0002"), mentee("НЯ-0003")],
        pairs: [pair],
      },
      { weights: { preference: 0 } },
    );
    expect(input.used).toEqual({ "НС-0001": 1 });
    const r = matchBase(input);
    expect(pairsOf(r)).toEqual(["НС-0001-НЯ-0002"]);
    expect(r.skipped).toEqual([{ menteeId: "НЯ-0001", why: "already_paired" }]);
    expect(r.unmatched.map((u) => u.menteeId)).toEqual(["НЯ-0003"]);
  });
});

describe("bad input", () => {
  test("people: duplicates, unknown labels, negative capacity, bad weights", () => {
    expect(errorOf(() => matchBase({ mentors: [teacher("m1"), teacher("m1")], mentees: [] })).text.ru).toBe(
      "Наставник с id «m1» указан дважды.",
    );
    expect(
      errorOf(() => matchBase({ mentors: [teacher("m1", { forms: ["учитель – ученик"] })], mentees: [] }))
        .text.ru,
    ).toContain("неизвестная форма наставничества «учитель – ученик»");
    expect(
      errorOf(() => matchBase({ mentors: [teacher("m1", { capacity: -1 })], mentees: [] })).text.en,
    ).toContain("capacity must be a whole number not below 0, got -1");
    expect(
      errorOf(() => matchBase({ mentors: [], mentees: [young("e1", { format: "заочно" })] })).text.ru,
    ).toContain("неизвестный формат «заочно»");
    expect(
      errorOf(() => matchBase({ mentors: [], mentees: [], weights: { subject: -1 } })).text.ru,
    ).toContain("Вес «subject»");
    expect(errorOf(() => matchBase({ mentors: [], mentees: [], used: { m1: -2 } })).text.ru).toContain(
      "used",
    );
  });

  test("JSON: wrong types are named by their path, in Russian and then English", () => {
    const e = errorOf(() => parseMatchProblem({ mentors: [{ id: "m1", capacity: "два" }], mentees: [] }));
    expect(e.text.ru).toBe('Поле «mentors[0].capacity» должно быть числом, а указано "два".');
    expect(e.message).toBe(`${e.text.ru}\n${e.text.en}`);
    expect(errorOf(() => parseMatchProblem([])).text.ru).toContain("объектом");
    expect(errorOf(() => parseMatchProblem({ mentors: {}, mentees: [] })).text.ru).toContain("«mentors»");
    expect(errorOf(() => parseMatchProblem({ mentees: [{ id: 7 }] })).text.ru).toContain("«mentees[0].id»");
    expect(errorOf(() => parseMatchProblem({ mentors: [], pinz: [] })).text.ru).toContain(
      "Неизвестное поле «pinz»",
    );
    expect(errorOf(() => parseMatchProblem({})).text.ru).toContain("нет ни");
    expect(errorOf(() => matchJson("{")).text.ru).toMatch(/^Входные данные — не JSON/);
  });
});

describe("the explicit graph", () => {
  test("only listed pairs, scores as given (decimals exact), pins kept", () => {
    const r = matchGraph({
      capacities: { m1: 1, m2: 2 },
      edges: [
        { mentorId: "m1", menteeId: "e1", score: 0.1 },
        { mentorId: "m1", menteeId: "e2", score: 0.2 },
        { mentorId: "m2", menteeId: "e2", score: 0.1 },
        { mentorId: "m2", menteeId: "e3", score: -1 },
      ],
      mentees: ["e4"],
    });
    expect(pairsOf(r)).toEqual(["m1-e1", "m2-e2", "m2-e3"]);
    expect(r.totalScore).toBe(-0.8);
    expect(r.unmatched).toEqual([
      { menteeId: "e4", reason: { code: "no_edges", params: {} }, alternatives: [] },
    ]);
  });

  test("bad graphs are errors", () => {
    const edges = [{ mentorId: "m1", menteeId: "e1", score: 1 }];
    expect(errorOf(() => matchGraph({ capacities: { m1: -1 }, edges })).text.ru).toContain("не меньше 0");
    expect(errorOf(() => matchGraph({ capacities: {}, edges })).text.ru).toContain("нет в capacities");
    expect(
      errorOf(() => matchGraph({ capacities: { m1: 1 }, edges: [...edges, ...edges] })).text.ru,
    ).toContain("указано дважды");
    expect(
      errorOf(() => matchGraph({ capacities: { m1: 1 }, edges, pins: [{ mentorId: "m1", menteeId: "e2" }] }))
        .text.ru,
    ).toContain("нет среди допустимых");
    expect(
      errorOf(() => matchGraph({ capacities: { m1: 0 }, edges, pins: [{ mentorId: "m1", menteeId: "e1" }] }))
        .text.ru,
    ).toContain("закреплено пар: 1, а мест 0");
  });

  test("the plain form the command line prints", () => {
    const out = matchJson(
      JSON.stringify({ capacities: { m1: 1 }, edges: [{ mentorId: "m1", menteeId: "e1", score: 2.5 }] }),
    );
    expect(out).toEqual({
      pairs: [
        { mentorId: "m1", menteeId: "e1", score: 2.5, reasons: ["оценка пары из входных данных: 2,5"] },
      ],
      unmatched: [],
      totalScore: 2.5,
    });
  });
});
