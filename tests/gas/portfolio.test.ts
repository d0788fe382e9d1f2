/**
 * «Портфолио наставников» on the emulator: the sample school (4 mentors, 6 mentees, pairs confirmed from
 * 01.12.2026, academic year 2026/2027), one mentor's contests on «Конкурсы и достижения» and satisfaction answers
 * typed on «Анкеты» (as from paper); a portfolio for each mentor with a pair, filed in Drive and listed on
 * «Документы», never twice; a school's own template used when «Настройки» names one.
 */
import { checkBase } from "../../src/app/checkBase";
import { generateDocuments } from "../../src/app/documents";
import { allPorts } from "../support/cuts";
import { gasWorld, makeActionTabs, ok, rowsOf, setting, typeRow } from "../support/gas";
import { confirmedSchool } from "../support/school";

type World = ReturnType<typeof gasWorld>;
let worlds: World[] = [];
afterEach(() => {
  for (const w of worlds) w.uninstall();
  worlds = [];
});

function school() {
  const w = gasWorld({ start: Date.UTC(2027, 4, 30, 7, 0) });
  worlds.push(w);
  confirmedSchool(w);
  makeActionTabs(w, ["surveys"]);
  const pairs = rowsOf(w.ss, "Пары и группы").filter((r) => r.ID !== "");
  const mentorIds = [...new Set(pairs.map((r) => String(r["ID наставника"])))];
  // The mentor with the most pairs: two contests this year (typed out of date order), one last year.
  const pairsOf = (id: string) => pairs.filter((r) => String(r["ID наставника"]) === id).length;
  const first = [...mentorIds].sort((a, b) => pairsOf(b) - pairsOf(a))[0]!;
  const mine = pairs.filter((r) => String(r["ID наставника"]) === first);
  const contest = (event: string, date: string, level: string, result: string) =>
    typeRow(w.ss, "Конкурсы и достижения", {
      "ID участника": first,
      Мероприятие: event,
      Уровень: level,
      Дата: date,
      Результат: result,
    });
  contest("Педагогический дебют", "15.03.2027", "муниципальный", "призёр");
  contest("Методическая неделя", "10.01.2027", "в организации", "участник");
  contest("Прошлогодний конкурс", "20.04.2026", "региональный", "победитель");
  // «Проверить базу» gives the typed entries their ids (an entry without one is not read yet).
  w.run(() => checkBase(w.ports()));
  // The first mentor's mentees answered the satisfaction survey 9 and (the first only) 6 more: their mean, the
  // mentor's own 10; another mentor's mentee's 2 must not count.
  const answer = (kind: string, personId: string, score: number) =>
    typeRow(w.ss, "Анкеты", {
      Анкета: kind,
      "Учебный год": "2026/2027",
      "ID участника": personId,
      Статус: "ответ получен",
      "Дата ответа": "20.05.2027",
      "Оценка (0–10)": score,
    });
  const menteesOfFirst = mine.map((r) => String(r["ID наставляемого"]));
  const scores = [9, 6];
  for (const [i, id] of menteesOfFirst.slice(0, 2).entries())
    answer("удовлетворённость наставляемого", id, scores[i]!);
  answer("удовлетворённость наставника", first, 10);
  const other = pairs.find((r) => String(r["ID наставника"]) !== first)!;
  answer("удовлетворённость наставляемого", String(other["ID наставляемого"]), 2);
  const counted = scores.slice(0, Math.min(2, menteesOfFirst.length));
  const mean = counted.reduce((a, b) => a + b, 0) / counted.length;
  return { w, mentorIds, first, mine, other, mean, answered: counted.length };
}

const run = (w: World) => ok(w.run(() => generateDocuments(allPorts(w), w.emu.clock.now(), "portfolio")));
const portfolios = (w: World) =>
  w.emu.drive
    .files()
    .filter((f) => !f.trashed && f.name.startsWith("Портфолио ") && !f.name.endsWith("шаблон"));
const listed = (w: World) => rowsOf(w.ss, "Документы").filter((x) => x["Вид"] === "портфолио");
const textOf = (w: World, url: string) =>
  w.run(() =>
    DocumentApp.openById(/\/d\/([^/]+)\//.exec(url)![1]!)
      .getBody()
      .getText(),
  );

test("a portfolio for each mentor with a pair: the pairs, the year's contests, the scores; again: none more", () => {
  const s = school();
  const r = run(s.w);
  expect(r.state).toBe("done");
  expect(portfolios(s.w)).toHaveLength(s.mentorIds.length);
  expect(
    listed(s.w)
      .map((x) => x["Пара / утверждение"])
      .sort(),
  ).toEqual(s.mentorIds.map((id) => `${id} 2026/2027`).sort());
  const row = listed(s.w).find((x) => x["Пара / утверждение"] === `${s.first} 2026/2027`)!;
  const file = portfolios(s.w).find((f) => String(row["Документ"]).includes(f.id))!;
  expect(s.w.emu.drive.pathOf(file.id).slice(-2)).toEqual(["2026–2027", "Портфолио наставников"]);
  const text = textOf(s.w, String(row["Документ"]));
  expect(text).toContain("ПОРТФОЛИО НАСТАВНИКА");
  expect(text).toContain(String(s.mine[0]!["Наставник"]));
  for (const pair of s.mine) expect(text).toContain(String(pair["Наставляемый"]));
  expect(text).toContain(`Пар за учебный год: ${s.mine.length}.`);
  expect(text).toContain("активна");
  // The contests of the year in date order, last year's left out.
  expect(text).toContain("Записей за учебный год: 2.");
  expect(text.indexOf("Методическая неделя")).toBeLessThan(text.indexOf("Педагогический дебют"));
  expect(text).not.toContain("Прошлогодний конкурс");
  const mean = String(Math.round(s.mean * 10) / 10).replace(".", ",");
  expect(text).toContain(`Средняя оценка наставляемых — ${mean} из 10 (ответов: ${s.answered}).`);
  expect(text).toContain("Собственная оценка наставника — 10 из 10.");
  expect(text).not.toContain("{{");
  // Another mentor: no contests, their mentee's 2 is theirs alone.
  const otherRow = listed(s.w).find(
    (x) => x["Пара / утверждение"] === `${s.other["ID наставника"]} 2026/2027`,
  )!;
  const otherText = textOf(s.w, String(otherRow["Документ"]));
  expect(otherText).toContain("За учебный год записей об участии наставника в конкурсах и мероприятиях нет.");
  expect(otherText).not.toContain("Собственная оценка");
  // Again: nothing made, nothing listed twice, and the message says so.
  const again = run(s.w);
  expect(again.message).toContain("Новых портфолио делать не нужно");
  expect(portfolios(s.w)).toHaveLength(s.mentorIds.length);
  expect(listed(s.w)).toHaveLength(s.mentorIds.length);
});

test("a school's own template on «Настройки» is filled instead of the built-in one", () => {
  const s = school();
  const own = s.w.emu.drive.userDocument(
    "Портфолио по-нашему",
    "Портфолио: {{наставник.фио}}\nСредняя оценка: {{портфолио.оценка_наставляемых}}, ответов {{портфолио.ответов_наставляемых}}",
  );
  s.w.emu.drive.grant(own);
  setting(s.w.ss, "docs.template.portfolio", `https://docs.google.com/document/d/${own}/edit`);
  run(s.w);
  const row = listed(s.w).find((x) => x["Пара / утверждение"] === `${s.first} 2026/2027`)!;
  const text = textOf(s.w, String(row["Документ"]));
  const mean = String(Math.round(s.mean * 10) / 10).replace(".", ",");
  expect(text).toContain(`Портфолио: ${String(s.mine[0]!["Наставник"])}`);
  expect(text).toContain(`Средняя оценка: ${mean}, ответов ${s.answered}`);
  expect(text).not.toContain("ПОРТФОЛИО НАСТАВНИКА");
});

test("a batch of letters of thanks left unfinished is not mixed with the portfolios", () => {
  const s = school();
  s.w.run(() =>
    PropertiesService.getDocumentProperties().setProperty("mentor-base.docs.job", '{"set":"thanks"}'),
  );
  const r = s.w.run(() => generateDocuments(allPorts(s.w), s.w.emu.clock.now(), "portfolio"));
  expect(r).toEqual({ error: expect.stringContaining("другой набор документов") });
  expect(portfolios(s.w)).toHaveLength(0);
});
