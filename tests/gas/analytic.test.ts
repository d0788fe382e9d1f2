/**
 * «Аналитическая справка» on the emulator: the hand-computed school of tests/support/kpiSchool.ts (today 25.11.2026,
 * academic year 2026/2027, so the December point), its report made into Drive and listed on «Документы».
 */
import { CONTINUE_REPORT, continueAnalyticReport, makeAnalyticReport } from "../../src/app/analyticReport";
import type { DocPorts } from "../../src/app/documents";
import { takeSnapshot } from "../../src/app/kpi";
import { openRoadmap } from "../../src/app/roadmap";
import { GasDocuments, GasTriggers } from "../../src/gas/documents";
import { ok, rowsOf, setting, typeRow } from "../support/gas";
import { type KpiWorld, kpiSchoolPerTest } from "../support/kpiSchool";

const school = kpiSchoolPerTest();

function docPorts(w: KpiWorld): DocPorts {
  const p = w.ports();
  return { ...p, docs: new GasDocuments(p.properties), triggers: new GasTriggers() };
}

const make = (w: KpiWorld) => w.run(() => makeAnalyticReport(docPorts(w)));
const reports = (w: KpiWorld) =>
  w.emu.drive
    .files()
    .filter(
      (f) =>
        !f.trashed &&
        f.mimeType === "application/vnd.google-apps.document" &&
        f.name.startsWith("Аналитическая справка") &&
        !f.name.endsWith("шаблон"),
    );
/** The document's text, a line per paragraph and per table cell (Google's getText). */
const textOf = (w: KpiWorld, url: string) =>
  w.run(() =>
    DocumentApp.openById(/\/d\/([^/]+)\//.exec(url)![1]!)
      .getBody()
      .getText(),
  );
const cells = (text: string) => text.split("\n").map((l) => l.trim());

describe("«Аналитическая справка»", () => {
  test("the December report: made in its folder, listed, with the figures the indicators' tabs have", () => {
    const w = school();
    const r = ok(make(w));
    expect(r.made).toBe(true);
    expect(r.message).toContain("Аналитическая справка за 2026/2027 декабрь готова");
    const [file] = reports(w);
    expect(reports(w)).toHaveLength(1);
    expect(file!.name).toBe("Аналитическая справка 2026-2027 (декабрь)");
    expect(w.emu.drive.pathOf(file!.id).join(" / ")).toBe(
      "Наставничество / 2026–2027 / Аналитические справки",
    );
    const listed = rowsOf(w.ss, "Документы").filter((x) => x["ID"] !== "");
    expect(listed).toEqual([
      expect.objectContaining({
        ID: "Д-0001",
        Вид: "аналитическая справка",
        "Пара / утверждение": "2026/2027 декабрь",
        Название: "Аналитическая справка 2026-2027 (декабрь)",
        Документ: r.url,
        Состояние: "готов",
        Пересоздать: false,
      }),
    ]);

    const text = textOf(w, r.url);
    const lines = cells(text);
    expect(text).toContain("МБОУ «СОШ № 7»");
    expect(text).toContain(
      "о реализации программы наставничества за первое полугодие 2026/2027 учебного года",
    );
    expect(text).toContain("Период: с 01.09.2026 по 25.11.2026; срез мониторинга «декабрь».");
    // Mentees' satisfaction (kpiSchool): in pairs НЯ-0001…0004 (4); answered НЯ-0001 (9), НЯ-0003 (6); satisfied 1.
    const at = lines.indexOf("Уровень удовлетворённости наставляемых участием в программах наставничества");
    expect(lines.slice(at, at + 6)).toEqual([
      "Уровень удовлетворённости наставляемых участием в программах наставничества",
      "1 / 4",
      "25",
      "75",
      "пока нет",
      "срезов ещё нет",
    ]);
    expect(text).toContain(
      "Наставляемые: ответили 2 из 4 (50 %); удовлетворены (оценка не ниже 7) — 1 из 4 (25 %), среди ответивших — 50 %.",
    );
    // Current on 25.11: П-0001 and П-0004 (active): two mentors, two mentees.
    const count = (label: string) => lines[lines.indexOf(label) + 1];
    expect(count("Всего участников")).toBe("4");
    // On staff on 25.11: СТ-0001…0008 but СТ-0004 (left 25.10) = 7; a mentor (СТ-0001), a mentee (СТ-0003).
    expect(count("Педагогов в коллективе")).toBe("7");
    expect(count("Только наставники")).toBe("1");
    expect(count("Не участвуют в наставничестве")).toBe("5");
    expect(text).toContain("Молодые специалисты вне программ наставничества: Громова Е. В., Лебедев А. С.");
    // Pairs since 1 September: all four started; П-0001, П-0004 active; П-0003 completed; П-0002 terminated.
    expect(count("Работали в учебном году (по 25.11.2026)")).toBe("4");
    expect(count("Начали работу в этот период")).toBe("4");
    expect(count("Действуют на 25.11.2026")).toBe("2");
    expect(count("Завершены в этот период")).toBe("1");
    expect(count("Расторгнуты в этот период")).toBe("1");
    expect(text).toContain(
      "Целевые значения не достигнуты: «Доля педагогов-наставляемых, оставивших профессию за время наставничества» (33.3 % / 10 %); «Уровень удовлетворённости наставляемых участием в программах наставничества» (25 % / 75 %).",
    );
    expect(text).toContain(
      "Цель на учебный год не задана (лист «Цели показателей»): «Доля молодых педагогов, у которых вырос профессиональный уровень»;",
    );
  });

  test("the trend comes from «История показателей»", () => {
    const w = school();
    ok(w.run(() => takeSnapshot(w.ports())));
    const text = textOf(w, ok(make(w)).url);
    const lines = cells(text);
    const at = lines.indexOf("Уровень удовлетворённости наставляемых участием в программах наставничества");
    expect(lines[at + 5]).toBe("декабрь 2026/2027: 25 %");
  });

  test("run again: names the report there and makes nothing; «Пересоздать» makes a new version, the old one renamed", () => {
    const w = school();
    const first = ok(make(w));
    const again = ok(make(w));
    expect(again).toMatchObject({ made: false, url: first.url });
    expect(again.message).toContain("уже есть");
    expect(reports(w)).toHaveLength(1);

    const sheet = w.ss.getSheetByName("Документы")!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    sheet.getRange(2, headers.indexOf("Пересоздать") + 1).setValue(true);
    w.emu.clock.advance(86_400_000);
    const remade = ok(make(w));
    expect(remade.made).toBe(true);
    expect(remade.url).not.toBe(first.url);
    const listed = rowsOf(w.ss, "Документы").filter((x) => x["ID"] !== "");
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ Документ: remade.url, Пересоздать: false });
    const names = reports(w)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual([
      "Аналитическая справка 2026-2027 (декабрь)",
      "Аналитическая справка 2026-2027 (декабрь) (заменён 26.11.2026)",
    ]);
  });

  test("an academic year not begun: says so and makes nothing", () => {
    const w = school();
    setting(w.ss, "program.year", "2027/2028");
    const r = make(w);
    expect(r).toEqual({
      error: expect.stringContaining("Учебный год 2027/2028 с листа «Настройки» ещё не начался"),
    });
    expect(reports(w)).toHaveLength(0);
  });

  test("the pairs' journeys as «Ход работы пар» judges them: meetings of the period, on track, needing attention and why", () => {
    const w = school();
    // П-0001 (from 15.09.2026) held its planning meeting on 20.11.2026: on track on 25.11. П-0004 (from
    // 01.10.2026, planned to end 10.11.2026) has met never: it needs attention. П-0002 and П-0003 are over.
    typeRow(w.ss, "Встречи", {
      ID: "ВС-0001",
      "ID пары": "П-0001",
      Дата: "20.11.2026",
      Этап: "встреча-планирование",
    });
    const text = textOf(w, ok(make(w)).url);
    expect(text).toContain(
      "Встреч записано за период: 1. Идут по плану: 1; требуют внимания: 1; пока рано судить: 0.",
    );
    const lines = cells(text);
    const at = lines.indexOf("П-0004");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("Орлов Иван Петрович — Миронова Алиса Игоревна");
    expect(lines[at + 2]).toMatch(/нед/);
    expect(lines).not.toContain("П-0001");
  });

  test("the roadmap's state on the report's day, as «План работы» shows it; none before the base keeps a roadmap", () => {
    const w = school();
    // No «Дорожная карта» yet: no roadmap section.
    expect(textOf(w, ok(make(w)).url)).toContain(
      "Выполнение дорожной карты\nДорожная карта в базе ещё не ведётся",
    );
    // «План работы» puts in the built-in roadmap and ticks what it sees; the report made after it tells it.
    const plan = ok(w.run(() => openRoadmap(w.ports())));
    const sheet = w.ss.getSheetByName("Документы")!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(2, headers.indexOf("Пересоздать") + 1).setValue(true);
    const text = textOf(w, ok(make(w)).url);
    const done = plan.items.filter((x) => x.state === "done").length;
    const overdue = plan.items.filter((x) => x.state === "overdue");
    expect(text).toContain(
      `Выполнено мероприятий: ${done} из ${plan.items.length}; просрочено: ${overdue.length}.`,
    );
    expect(done).toBeGreaterThan(0);
    for (const x of overdue) expect(cells(text)).toContain(x.measure);
  });
});

describe("«Аналитическая справка» and Google's daily quota", () => {
  const QUOTA = "Service invoked too many times for one day: docs create.";
  /** The trigger the quota stop left, run when it comes due (the next day), as Google would. */
  const runTrigger = (w: KpiWorld) => {
    const due = w.emu.triggers.list().filter((t) => t.handlerFunction === CONTINUE_REPORT);
    expect(due).toHaveLength(1);
    w.emu.clock.set(due[0]!.nextRunAt!);
    const runs = w.emu.triggers.runDue({ [CONTINUE_REPORT]: () => ok(continueAnalyticReport(docPorts(w))) });
    expect(runs.map((r) => r.ok)).toEqual([true]);
  };
  const listed = (w: KpiWorld) => rowsOf(w.ss, "Документы").filter((x) => x["ID"] !== "");

  test("stopped at the copy: nothing listed, finished by the next day's trigger, one report", () => {
    const w = school();
    w.emu.faults.failNth({ method: "Files.copy", n: 1, message: QUOTA });
    const r = make(w);
    expect(r).toEqual({ error: expect.stringContaining("будет доделана автоматически завтра") });
    expect(reports(w)).toEqual([]);
    expect(listed(w)).toEqual([]);
    w.emu.faults.clear();
    runTrigger(w);
    expect(reports(w)).toHaveLength(1);
    expect(listed(w)).toEqual([
      expect.objectContaining({ Вид: "аналитическая справка", Состояние: "готов" }),
    ]);
    expect(w.emu.triggers.list().filter((t) => t.handlerFunction === CONTINUE_REPORT)).toEqual([]);
  });

  test("stopped on the December point's last day (31 January): finished on 1 February as December's report, not June's", () => {
    const w = school();
    w.emu.clock.set(new Date("2027-01-31T14:00:00+03:00").getTime());
    w.emu.faults.failNth({ method: "Files.copy", n: 1, message: QUOTA });
    expect(make(w)).toEqual({ error: expect.stringContaining("автоматически завтра") });
    w.emu.faults.clear();
    runTrigger(w);
    expect(w.emu.clock.now()).toBeGreaterThan(new Date("2027-02-01T00:00:00+03:00").getTime());
    expect(reports(w).map((f) => f.name)).toEqual(["Аналитическая справка 2026-2027 (декабрь)"]);
    expect(w.emu.triggers.list().filter((t) => t.handlerFunction === CONTINUE_REPORT)).toEqual([]);
    // The report chosen by hand in February is the June one: made, and the December one kept.
    expect(ok(make(w)).made).toBe(true);
    expect(
      reports(w)
        .map((f) => f.name)
        .sort(),
    ).toEqual(["Аналитическая справка 2026-2027 (декабрь)", "Аналитическая справка 2026-2027 (июнь)"]);
  });

  test("stopped at the PDF, the document made: the next day's run takes that document, adds its PDF, lists it once", () => {
    const w = school();
    setting(w.ss, "docs.pdf", "да");
    w.emu.faults.failNth({ method: "Document.getAs", n: 1, message: QUOTA });
    expect(make(w)).toEqual({ error: expect.stringContaining("автоматически завтра") });
    const [half] = reports(w);
    expect(reports(w)).toHaveLength(1);
    expect(listed(w)).toEqual([]);
    w.emu.faults.clear();
    runTrigger(w);
    expect(reports(w).map((f) => f.id)).toEqual([half!.id]);
    const pdfs = w.emu.drive.files().filter((f) => !f.trashed && f.mimeType === "application/pdf");
    expect(pdfs).toHaveLength(1);
    expect(listed(w)).toEqual([
      expect.objectContaining({
        Документ: `https://docs.google.com/document/d/${half!.id}/edit`,
        PDF: `https://drive.google.com/file/d/${pdfs[0]!.id}/view`,
      }),
    ]);
    // Chosen once more by hand: nothing new.
    expect(ok(make(w)).made).toBe(false);
    expect(reports(w)).toHaveLength(1);
  });
});
