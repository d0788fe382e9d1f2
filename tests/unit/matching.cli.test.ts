import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `scripts/match.ts` run as the curator's tools would run it: a child process, JSON in a file, JSON out. */

const root = join(__dirname, "..", "..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "match-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(content: string | object, name = "input.json") {
  const file = join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  const r = spawnSync("npx", ["tsx", "scripts/match.ts", file], { cwd: root, encoding: "utf8" });
  const stderr = r.stderr
    .split("\n")
    .filter((line) => !line.startsWith("npm warn"))
    .join("\n");
  return { status: r.status, stdout: r.stdout, stderr };
}

const problem = {
  mentors: [
    {
      id: "m2",
      capacity: 2,
      forms: ["педагог – педагог"],
      competencies: ["подготовка к ОГЭ по математике", "классное руководство"],
      subjects: ["математика"],
      experienceYears: 15,
      organization: "СОШ №5",
      format: "очно",
    },
    {
      id: "m1",
      capacity: 1,
      forms: ["pupil_pupil"],
      competencies: ["олимпиады по физике"],
      format: "смешанный",
    },
  ],
  mentees: [
    {
      id: "e2",
      form: "педагог – педагог",
      requests: ["подготовка к ОГЭ"],
      subject: "математика",
      format: "очно",
    },
    { id: "e1", form: "ученик – ученик", requests: ["олимпиада по физике"] },
    { id: "e3", form: "работодатель – студент", requests: ["практика"] },
    { id: "e4", form: "педагог – педагог", requests: ["классное руководство"] },
  ],
  pins: [{ mentorId: "m2", menteeId: "e4" }],
  exclusions: [],
  weights: { subject: 30 },
};

describe("npm run match", () => {
  test("a base-level problem: pairs sorted by mentor then mentee, Russian reasons, unmatched with the fix", () => {
    const r = run(problem);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["pairs", "unmatched", "totalScore"]);
    expect(
      out.pairs.map((p: { mentorId: string; menteeId: string }) => `${p.mentorId}-${p.menteeId}`),
    ).toEqual(["m1-e1", "m2-e2", "m2-e4"]);
    const e2 = out.pairs[1];
    expect(e2.reasons).toContain(
      "запрос „подготовка к ОГЭ“ — в компетенциях наставника («подготовка к ОГЭ по математике»)",
    );
    expect(e2.reasons).toContain("стаж наставника 15 лет");
    expect(e2.score).toBe(40 + 30 + 10 + 10);
    expect(out.pairs[2].reasons[0]).toBe("пара закреплена куратором");
    expect(out.unmatched).toEqual([
      {
        menteeId: "e3",
        reason:
          "Ни один наставник не ведёт форму «работодатель – студент»: добавьте наставника этой формы или измените " +
          "форму наставляемого.",
      },
    ]);
    expect(out.totalScore).toBe(out.pairs.reduce((s: number, p: { score: number }) => s + p.score, 0));
  });

  test("an explicit graph", () => {
    const r = run({
      capacities: { a: 1, b: 1 },
      edges: [
        { mentorId: "a", menteeId: "x", score: 5 },
        { mentorId: "a", menteeId: "y", score: 4 },
        { mentorId: "b", menteeId: "x", score: 1 },
      ],
      pins: [],
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      pairs: [
        { mentorId: "a", menteeId: "y", score: 4, reasons: ["оценка пары из входных данных: 4"] },
        { mentorId: "b", menteeId: "x", score: 1, reasons: ["оценка пары из входных данных: 1"] },
      ],
      unmatched: [],
      totalScore: 5,
    });
  });

  test.each([
    ["not JSON", "{ mentors: [", /^Ошибка: Входные данные — не JSON[^\n]*\nError: The input is not JSON/],
    [
      "an unknown mentor in a pin",
      { ...problem, pins: [{ mentorId: "m9", menteeId: "e1" }] },
      /наставника с id «m9» нет[^\n]*\nError: [^\n]*no mentor with the id “m9”/,
    ],
    [
      "a negative capacity",
      { ...problem, mentors: [{ ...problem.mentors[0], capacity: -2 }] },
      /Наставник «m2»: число мест \(capacity\) должно быть целым и не меньше 0, указано -2/,
    ],
    [
      "a pin that breaks a hard rule",
      { ...problem, pins: [{ mentorId: "m1", menteeId: "e2" }] },
      /нарушает обязательное условие: наставник не ведёт форму «педагог – педагог»[^\n]*\nError: .*breaks a hard rule/,
    ],
    [
      "a wrong type",
      {
        ...problem,
        mentees: [{ id: "e1", form: "ученик – ученик", requests: "олимпиады", experienceYears: "5" }],
      },
      /Поле «mentees\[0\]\.experienceYears» должно быть числом, а указано "5"/,
    ],
  ])("bad input (%s): non-zero exit, a Russian message and then English", (_, content, message) => {
    const r = run(content as string | object);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toMatch(/^Ошибка: [^\n]+\nError: [^\n]+\n$/);
  });

  test("through npm, as documented: stdout is the JSON alone", () => {
    const file = join(dir, "graph.json");
    writeFileSync(
      file,
      JSON.stringify({ capacities: { a: 1 }, edges: [{ mentorId: "a", menteeId: "x", score: 1 }] }),
    );
    const r = spawnSync("npm", ["run", "--silent", "match", "--", file], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).totalScore).toBe(1);
  });

  test("a missing file", () => {
    const r = spawnSync("npx", ["tsx", "scripts/match.ts", join(dir, "nope.json")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Не удалось прочитать файл");
  });
});
