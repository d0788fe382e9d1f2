import {
  autoTicks,
  builtInRoadmap,
  itemsOnDay,
  newYearFrom,
  parseDeadline,
  type RoadmapItem,
  remindersOn,
  startYearOf,
  stateOn,
} from "../../src/domain/roadmap";

const due = (text: string, year = 2025) => {
  const r = parseDeadline(text, year);
  if (!("ok" in r)) throw new Error(`not read: ${text}`);
  return r.ok;
};

describe("parseDeadline: what curators type, read for the year 2025/2026", () => {
  test.each([
    ["до 30.08.2022", "date", undefined, ["2022-08-30"]],
    ["До 31.12. 2022", "date", undefined, ["2022-12-31"]],
    ["до 20.09", "date", undefined, ["2025-09-20"]],
    ["до 20.05", "date", undefined, ["2026-05-20"]],
    ["ежегодно до 20 мая", "date", undefined, ["2026-05-20"]],
    ["3 марта", "date", undefined, ["2026-03-03"]],
    ["Декабрь, июнь", "dates", undefined, ["2025-12-31", "2026-06-30"]],
    ["Ежегодно, ноябрь", "period", "2025-11-01", ["2025-11-30"]],
    ["октябрь 2023", "period", "2023-10-01", ["2023-10-31"]],
    ["Май-Сентябрь", "period", "2025-05-01", ["2025-09-30"]],
    ["Сентябрь-октябрь 2023", "period", "2023-09-01", ["2023-10-31"]],
    ["Апрель -май 2024", "period", "2024-04-01", ["2024-05-31"]],
    ["Декабрь 2022-январь 2023", "period", "2022-12-01", ["2023-01-31"]],
    [
      "с 31 мая по 01 сентября ежегодно (в период с 2022 по 2024 г.г.)",
      "period",
      "2025-05-31",
      ["2025-09-01"],
    ],
    ["ежегодно 31 мая – 1 сентября", "period", "2025-05-31", ["2025-09-01"]],
    ["с 01.09.2025 по 30.09.2025", "period", "2025-09-01", ["2025-09-30"]],
    ["в течение всего периода реализации ЦМН", "yearRound", "2025-09-01", ["2026-08-31"]],
    ["Постоянно", "yearRound", "2025-09-01", ["2026-08-31"]],
    ["2022-2023 уч. год", "yearRound", "2025-09-01", ["2026-08-31"]],
    ["December, June", "dates", undefined, ["2025-12-31", "2026-06-30"]],
    ["by 15.10.2025", "date", undefined, ["2025-10-15"]],
    ["throughout the academic year", "yearRound", "2025-09-01", ["2026-08-31"]],
  ])("%s", (text, kind, from, days) => {
    const d = due(text);
    expect(d.kind).toBe(kind);
    expect(d.from).toBe(from);
    expect(d.due).toEqual(days);
  });

  test.each(["по плану", "", "скоро", "31.02.2026", "13.13", "до пятницы"])(
    "«%s» is a problem, not a guess",
    (text) => {
      const r = parseDeadline(text, 2025);
      expect("problem" in r && r.problem.ru).toMatch(/не читается/);
    },
  );
});

const item = (over: Partial<RoadmapItem>): RoadmapItem => ({
  id: "ДК-0001",
  index: 0,
  number: "1.1",
  section: "Раздел",
  measure: "Мероприятие",
  deadline: "до 15.10.2025",
  responsible: "куратор",
  result: "",
  document: "",
  status: "",
  doneDate: "",
  evidence: "",
  auto: "",
  ...over,
});

describe("the state of an item on a day", () => {
  const d = due("до 15.10.2025");
  test("planned, soon within 14 days, on the day, overdue after; done whatever the date", () => {
    expect(stateOn("", d, "2025-09-30")).toBe("planned");
    expect(stateOn("", d, "2025-10-01")).toBe("soon");
    expect(stateOn("", d, "2025-10-15")).toBe("soon");
    expect(stateOn("", d, "2025-10-16")).toBe("overdue");
    expect(stateOn("notDone", d, "2025-10-16")).toBe("overdue");
    expect(stateOn("done", d, "2025-10-16")).toBe("done");
    expect(stateOn("", null, "2025-10-16")).toBe("undated");
  });
  test("a period under way is soon; the whole year is planned until its last weeks", () => {
    expect(stateOn("", due("с 01.09.2025 по 30.11.2025"), "2025-09-10")).toBe("soon");
    expect(stateOn("", due("в течение года"), "2025-12-01")).toBe("planned");
    expect(stateOn("", due("в течение года"), "2026-08-20")).toBe("soon");
  });
  test("several days: overdue once the first has passed", () => {
    expect(stateOn("", due("декабрь, июнь"), "2026-01-05")).toBe("overdue");
  });
  test("itemsOnDay keeps the problem of an unreadable deadline", () => {
    const [x] = itemsOnDay([item({ deadline: "по плану" })], 2025, "2025-10-01");
    expect(x!.state).toBe("undated");
    expect(x!.problem?.ru).toMatch(/по плану/);
  });
});

describe("auto-ticks", () => {
  const facts = {
    pairs: { date: "2025-10-03", link: "Пары и группы: 4 пары" },
    order: { date: "2025-10-05", link: "https://docs.google.com/document/d/ORDER" },
  };
  test("ticks an empty status with date and evidence", () => {
    expect(autoTicks([item({ auto: "pairs" })], facts)).toEqual([
      {
        index: 0,
        id: "ДК-0001",
        kind: "pairs",
        status: "done",
        doneDate: "2025-10-03",
        evidence: "Пары и группы: 4 пары",
      },
    ]);
  });
  test("never overrides the curator: a status set, «не выполнено», a typed date or link", () => {
    expect(autoTicks([item({ auto: "pairs", status: "notDone" })], facts)).toEqual([]);
    expect(autoTicks([item({ auto: "pairs", status: "done" })], facts)).toEqual([]);
    const [t] = autoTicks([item({ auto: "order", doneDate: "2025-10-01", evidence: "папка" })], facts);
    expect(t).toEqual({ index: 0, id: "ДК-0001", kind: "order", status: "done" });
  });
  test("nothing seen, nothing ticked", () => {
    expect(autoTicks([item({ auto: "surveys" }), item({ auto: "" })], facts)).toEqual([]);
  });
});

describe("the built-in roadmap", () => {
  const items = builtInRoadmap(2025, "ru");
  test("has the shared sections in order, each item dated and readable for its year", () => {
    const sections = [...new Set(items.map((i) => i.section))];
    expect(sections).toEqual([
      "Нормативное обеспечение",
      "Организационное и методическое сопровождение",
      "Реализация: условия",
      "Реализация: база наставляемых",
      "Реализация: база наставников",
      "Реализация: обучение наставников",
      "Реализация: формирование пар и групп",
      "Реализация: работа пар и групп",
      "Реализация: завершение",
      "Распространение лучших практик",
      "Мониторинг и оценка",
      "Координация",
    ]);
    for (const lang of ["ru", "en"] as const)
      for (const i of builtInRoadmap(2025, lang)) {
        const d = due(i.deadline);
        expect(d.due[0]! >= "2025-09-01" && d.due.at(-1)! <= "2026-08-31").toBe(true);
      }
  });
  test("names the evidence the add-on sees, each kind once", () => {
    const autos = items.map((i) => i.auto).filter((a) => a !== "");
    expect(new Set(autos).size).toBe(autos.length);
    expect(autos.sort()).toEqual(
      [
        "agreements",
        "menteeBase",
        "mentorBase",
        "order",
        "pairs",
        "snapshotDecember",
        "snapshotJune",
        "surveys",
      ].sort(),
    );
  });
  test("is dated for the year asked", () => {
    expect(builtInRoadmap(2026, "ru")[0]!.deadline).toBe("до 15.09.2026");
    expect(builtInRoadmap(2026, "en")[0]!.deadline).toBe("by 15.09.2026");
  });
  test("startYearOf", () => {
    expect(startYearOf("2025/2026")).toBe(2025);
    expect(startYearOf("2025-2026")).toBe(2025);
    expect(startYearOf("2025/2027")).toBeUndefined();
    expect(startYearOf("")).toBeUndefined();
  });
});

describe("a new year's roadmap from the last", () => {
  test("moves the years, keeps the wording, clears the marks", () => {
    const next = newYearFrom(
      [
        item({
          deadline: "до 30.09.2025",
          status: "done",
          doneDate: "2025-09-20",
          evidence: "x",
          auto: "pairs",
        }),
        item({ deadline: "до 20.05.26, декабрь", status: "notDone" }),
        item({ deadline: "в течение 2025/2026 уч. года" }),
        item({ measure: "", section: "", deadline: "" }),
      ],
      2025,
      2026,
    );
    expect(next.map((i) => i.deadline)).toEqual([
      "до 30.09.2026",
      "до 20.05.27, декабрь",
      "в течение 2026/2027 уч. года",
    ]);
    expect(next[0]).toEqual({
      number: "1.1",
      section: "Раздел",
      measure: "Мероприятие",
      deadline: "до 30.09.2026",
      responsible: "куратор",
      result: "",
      document: "",
      auto: "pairs",
    });
  });
});

describe("reminders (the seam of the daily digest)", () => {
  test("per person: overdue and due within 7 days, not what is done or decided", () => {
    const items = itemsOnDay(
      [
        item({ id: "a", deadline: "до 01.10.2025", responsible: "Куратор, директор" }),
        item({ id: "b", deadline: "до 12.10.2025", responsible: "куратор" }),
        item({ id: "c", deadline: "до 20.10.2025", responsible: "куратор" }),
        item({ id: "d", deadline: "до 01.10.2025", responsible: "куратор", status: "done" }),
        item({ id: "e", deadline: "до 01.10.2025", responsible: "куратор", status: "notDone" }),
        item({ id: "f", deadline: "по плану", responsible: "куратор" }),
      ],
      2025,
      "2025-10-06",
    );
    const digest = remindersOn(items, "2025-10-06");
    expect(
      digest.map((d) => [d.responsible, d.overdue.map((x) => x.item.id), d.dueSoon.map((x) => x.item.id)]),
    ).toEqual([
      ["Куратор", ["a"], ["b"]],
      ["директор", ["a"], []],
    ]);
  });
});
