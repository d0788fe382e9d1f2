/**
 * `npm start`: the add-on as a curator meets it. Builds dist/, loads it into the Apps Script emulator as Apps
 * Script would (a fresh vm with only Google's globals), opens a sample school's spreadsheet, and drives the menu:
 * create the base, fill it in, check it, fix a few rows, check again. Writes what the curator would see to out/.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SURVEYS } from "../src/domain/surveys";
import { ACHIEVEMENTS, MEETINGS, MENTEES, MENTORS, STAFF, type TableSpec } from "../src/domain/tables";
import { createEmulator } from "../tests/emulator";
import { loadBundle } from "../tests/emulator/vmHost";
import { buildAll } from "./build";
import { renderWorkbook } from "./renderWorkbook";
import { SAMPLE_MISTAKES, type SampleRow, sampleSchool } from "./sampleSchool";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "out");
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const steps: { title: string; lines: string[] }[] = [];
function step(title: string, lines: string[]): void {
  steps.push({ title, lines });
  console.log(`\n▶ ${title}`);
  for (const l of lines) console.log(`  ${l}`);
}

/** What the curator types: values under the headers, in the sheet's own column order. */
function paste(sheet: Sheet, spec: TableSpec, rows: readonly SampleRow[]): void {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const keyOf = new Map(spec.columns.map((c) => [c.header.ru, c.key]));
  const values = rows.map((r) => headers.map((h) => r[keyOf.get(h) ?? ""] ?? ""));
  const first = sheet.getLastRow() + 1;
  const need = first + values.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(first, 1, values.length, headers.length).setValues(values);
}

function cellOf(sheet: Sheet, row: number, header: string) {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  return sheet.getRange(row, headers.indexOf(header) + 1);
}

async function main(): Promise<void> {
  const files = await buildAll();
  step(
    "Сборка надстройки (то, что clasp отправит в Apps Script)",
    files.map((f) => `${f.file}: ${(f.bytes / 1024).toFixed(1)} КБ${f.note ? ` (${f.note})` : ""}`),
  );

  const school = sampleSchool(2026, { staff: true });
  const emu = createEmulator({
    user: { email: "curator@sosh7.example", locale: "ru" },
    start: Date.UTC(2026, 10, 25, 6, 30),
  });
  const host = loadBundle(join(ROOT, "dist"), emu);
  const ss = emu.activeSpreadsheet as unknown as Spreadsheet;
  ss.rename(`${school.settings["org.shortName"] ?? "Школа"} — наставничество`);

  host.call("onOpen", { authMode: "FULL" });
  step("Куратор открывает таблицу школы: появилось меню", menuLines(emu.ui.menus()));

  const alertsBefore = emu.ui.alerts.length;
  emu.calls.reset();
  host.clickMenu("Наставничество", "Создать / обновить базу");
  step("«Наставничество → Создать / обновить базу»", [
    ...emu.ui.alerts.slice(alertsBefore).flatMap(alertLines),
    `Листы: ${ss
      .getSheets()
      .map((s) => s.getName())
      .join(", ")}`,
    `Обращений к таблице: ${emu.calls.total("SpreadsheetApp")}`,
  ]);

  // The curator fills in the settings and pastes the lists of mentors and mentees.
  const settings = ss.getSheetByName("Настройки")!;
  const codes = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  for (const [key, value] of Object.entries(school.settings)) {
    const row = codes.indexOf(key) + 1;
    if (row > 1) settings.getRange(row, 3).setValue(value);
  }
  // The staff register first (ids are given in its order: the lists below refer to them), then the lists.
  paste(ss.getSheetByName("Педагогический коллектив")!, STAFF, school.staff);
  paste(ss.getSheetByName("Конкурсы и достижения")!, ACHIEVEMENTS, school.achievements);
  paste(ss.getSheetByName("Наставники")!, MENTORS, school.mentors);
  paste(ss.getSheetByName("Наставляемые")!, MENTEES, school.mentees);
  step("Куратор заполняет «Настройки» и вставляет списки", [
    `Педагогический коллектив: ${school.staff.length} человек (из них уволились: ${school.staff.filter((r) => r.leaveDate).length}); записей о конкурсах: ${school.achievements.length}`,
    `Наставников: ${school.mentors.length}, наставляемых: ${school.mentees.length}`,
    `Среди них намеренные ошибки, какие делают при ручном вводе: ${SAMPLE_MISTAKES.length}`,
  ]);

  emu.calls.reset();
  host.clickMenu("Наставничество", "Проверить базу");
  const calls = emu.calls.total("SpreadsheetApp");
  const sidebar = emu.ui.sidebars.at(-1);
  const firstReport = reportIn(sidebar?.content ?? "");
  const toast = emu.ui.toasts.at(-1) as { text?: string } | undefined;
  step("«Наставничество → Проверить базу»", [
    `Выдано ID новым строкам: ${firstReport.idsAssigned}`,
    `Проверено строк: ${firstReport.rowsChecked}; ошибок: ${firstReport.errors}; предупреждений: ${firstReport.warnings}`,
    `Открыта боковая панель «${sidebar?.title ?? "?"}»; всплывающее сообщение: «${toast?.text ?? ""}»`,
    ...firstReport.problems
      .slice(0, 12)
      .map(
        (p) =>
          `  ${p.tab}, ${p.cell || "весь лист"}${p.columnTitle ? ` («${p.columnTitle}»)` : ""}: ${p.message.split("\n")[0]}`,
      ),
    `Обращений к таблице за проверку: ${calls} (первая проверка ещё выдаёт ID и ставит отметки)`,
  ]);

  // The curator fixes two rows and checks again; the fixed cells lose their marks.
  const mentors = ss.getSheetByName("Наставники")!;
  const experience = SAMPLE_MISTAKES.find((m) => m.table === "mentors" && m.column === "experienceYears");
  const email = SAMPLE_MISTAKES.find((m) => m.table === "mentors" && m.column === "email");
  const fixed: string[] = [];
  if (experience) {
    const cell = cellOf(mentors, experience.index + 2, "Педагогический стаж, лет");
    fixed.push(`${cell.getA1Notation()}: «${cell.getDisplayValue()}» → 5`);
    cell.setValue(5);
  }
  if (email) {
    const cell = cellOf(mentors, email.index + 2, "E-mail");
    const value = `${cell.getDisplayValue()}.example`;
    fixed.push(`${cell.getA1Notation()}: «${cell.getDisplayValue()}» → «${value}»`);
    cell.setValue(value);
  }
  emu.calls.reset();
  const second = host.call("recheckBase") as { errors: number; warnings: number };
  step("Куратор исправляет две ячейки и нажимает «Проверить снова»", [
    ...fixed,
    `Теперь ошибок: ${second.errors}, предупреждений: ${second.warnings}; отметки с исправленных ячеек сняты`,
    `Обращений к таблице: ${emu.calls.total("SpreadsheetApp")} (столько же при 100 и при 10 000 строк, см. npm run bench)`,
  ]);

  // Young specialists on the register who are in no programme: the curator selects their rows and adds them as
  // mentees in one action, then types what the register cannot know (the request and the form).
  const linked = new Set([...school.mentors, ...school.mentees].map((r) => String(r.staffId ?? "")));
  const outside = school.staff
    .map((r, i) => ({ r, row: i + 2, id: `СТ-${String(i + 1).padStart(4, "0")}` }))
    .filter((x) => !linked.has(x.id) && !x.r.leaveDate && Number(x.r.teachingYears) <= 3)
    // One is left out for now: the indicators list her as a young specialist in no programme.
    .slice(0, -1);
  const staffSheet = ss.getSheetByName("Педагогический коллектив")!;
  staffSheet.getRangeList(outside.map((x) => `A${x.row}:B${x.row}`)).activate();
  const alertsAt = emu.ui.alerts.length;
  host.clickMenu("Наставничество", "Добавить выбранных в наставляемые");
  const menteesSheet = ss.getSheetByName("Наставляемые")!;
  const added = menteesSheet
    .getDataRange()
    .getValues()
    .map((r, i) => ({ r, row: i + 1 }))
    .filter((x) => outside.some((o) => o.r.fullName === x.r[1]));
  for (const x of added) {
    cellOf(menteesSheet, x.row, "Запрос (с чем нужна помощь)").setValue(
      "планирование уроков; работа с родителями",
    );
    cellOf(menteesSheet, x.row, "Форма наставничества").setValue("педагог – педагог");
  }
  step(
    "«Педагогический коллектив»: молодые специалисты вне программы → «Добавить выбранных в наставляемые»",
    [
      `Выделены строки ${outside.map((x) => x.row).join(", ")}: ${outside.map((x) => x.r.fullName).join(", ")}`,
      ...emu.ui.alerts.slice(alertsAt).flatMap(alertLines),
      `Куратор вписывает им запрос и форму наставничества (строки ${added.map((x) => x.row).join(", ")})`,
    ],
  );

  emu.calls.reset();
  host.clickMenu("Наставничество", "Подобрать пары");
  const proposals = ss.getSheetByName("Предложенные пары");
  const shown = proposals ? proposals.getDataRange().getDisplayValues() : [];
  const pairsSidebar = emu.ui.sidebars.at(-1)?.content ?? "";
  const proposed = viewIn(pairsSidebar);
  step("«Наставничество → Подобрать пары»: лист «Предложенные пары» и панель «Пары»", [
    ...emu.ui.toasts.slice(-1).map((t) => `Уведомление: ${t.text}`),
    ...shown
      .slice(1, 9)
      .map(
        (r) =>
          `  ${r[1] || "—"} ← ${r[3]} (${r[4]}), соответствие ${r[5] || "—"} %: ${(r[6] ?? "").split("\n")[0]}`,
      ),
    `Обращений к таблице: ${emu.calls.total("SpreadsheetApp")}`,
  ]);

  // The curator reviews in the sidebar: each button is a google.script.run call, as the page makes it.
  const pairsOf = (v: ShownView) => v.mentors.flatMap((m) => m.pairs);
  const all = pairsOf(proposed);
  const rejected = all.find((p) => p.alternatives.length > 0)!;
  let view = host.callAs("sidebar", "reviewPairs", {
    type: "decide",
    mentorId: rejected.mentorId,
    menteeId: rejected.menteeId,
    decision: "reject",
  }) as ShownView;
  const instead = pairsOf(view).find((p) => p.menteeId === rejected.menteeId);
  const swapFor = pairsOf(view).find(
    (p) => p.menteeId !== rejected.menteeId && p.alternatives.some((a) => a.free > 0),
  )!;
  const to = swapFor.alternatives.find((a) => a.free > 0)!;
  view = host.callAs("sidebar", "reviewPairs", {
    type: "swap",
    menteeId: swapFor.menteeId,
    mentorId: to.mentorId,
  }) as ShownView;
  view = host.callAs("sidebar", "reviewPairs", { type: "acceptAll" }) as ShownView;
  step("Куратор просматривает пары на панели «Пары»", [
    `«Отклонить» пару ${rejected.mentorName} ← ${rejected.menteeName}: теперь ${instead ? `предложен наставник ${instead.mentorName}` : "наставляемый без наставника"}`,
    `«Сменить наставника» для ${swapFor.menteeName}: ${to.mentorName} (${to.score} %) вместо ${swapFor.mentorName} (${swapFor.score} %)`,
    `«Принять все»: принято пар ${view.counts.accepted}, без наставника ${view.counts.unmatched}`,
  ]);

  emu.calls.reset();
  const confirmed = host.callAs("sidebar", "confirmPairs", "2026-12-01") as {
    confirmed: number;
    inGroups: number;
    batch: string;
    view: ShownView;
  };
  const pairsTab = ss.getSheetByName("Пары и группы")!.getDataRange().getDisplayValues();
  step("«Утвердить принятые» с датой начала 01.12.2026: лист «Пары и группы»", [
    `Утверждено пар: ${confirmed.confirmed} (в группах: ${confirmed.inGroups}), код утверждения ${confirmed.batch}`,
    ...pairsTab.slice(0, 7).map((r) => `  ${r.slice(0, 12).join(" | ")}`),
    pairsTab.length > 7 ? `  … всего строк: ${pairsTab.length - 1}` : "",
    `Обращений к таблице: ${emu.calls.total("SpreadsheetApp")}`,
  ]);
  let again: string;
  try {
    again = JSON.stringify(host.callAs("sidebar", "confirmPairs", "2026-12-01"));
  } catch (err) {
    again = `Панель показывает: ${(err as Error).message}`;
  }
  step("Повторное «Утвердить» не создаёт дублей", [
    again,
    `Строк на листе «Пары и группы»: ${ss.getSheetByName("Пары и группы")!.getLastRow() - 1}`,
  ]);

  emu.calls.reset();
  host.clickMenu("Наставничество", "Сформировать документы");
  // The sidebar starts the batch itself (google.script.run), as it does for the curator.
  const made = host.callAs("sidebar", "makeDocuments") as {
    total: number;
    done: number;
    failed: number;
    message: string;
    problems: { kind: string; subject: string; message: string }[];
  };
  const perMethod = emu.calls.byMethod();
  const roundTrips = [
    "File.makeCopy",
    "DocumentApp.openById",
    "Document.saveAndClose",
    "File.getAs",
    "Folder.createFile",
  ]
    .map((m) => perMethod[m] ?? 0)
    .reduce((a, b) => a + b, 0);
  const docFiles = emu.drive
    .files()
    .filter((f) => !f.trashed && f.mimeType === "application/vnd.google-apps.document");
  step("«Наставничество → Сформировать документы»", [
    made.message,
    ...[...new Set(docFiles.map((f) => emu.drive.pathOf(f.id).join(" / ")))].sort().map((p) => `Папка: ${p}`),
    ...made.problems.slice(0, 5).map((x) => `  ${x.kind} ${x.subject}: ${x.message}`),
    `Обращений к Диску и Документам на документ (копия, открытие, сохранение): ${(roundTrips / Math.max(1, made.done)).toFixed(1)}`,
  ]);
  // The sidebar as it stands after the batch (a saved copy must not start another).
  host.clickMenu("Наставничество", "Сформировать документы");
  const documentsSidebar = (emu.ui.sidebars.at(-1)?.content ?? "").replace(
    '"autostart":true',
    '"autostart":false',
  );

  // Surveys: the mentees' satisfaction survey by personal links; some answer; the answers come in by trigger.
  emu.mail.clear();
  emu.calls.reset();
  const send = host.callAs("sidebar", "sendSurvey", "satisfaction_mentee", { type: "all" }, "send") as {
    sent: number;
    skipped: { name: string; why: string }[];
    message: string;
  };
  const invitations = emu.mail.sent();
  const def = SURVEYS.satisfaction_mentee;
  const answer = (score: number, comment: string) => {
    const out: Record<string, unknown> = {};
    for (const q of def.questions) {
      if (q.token || q.type === "section") continue;
      if (q.type === "scale") out[q.title.ru] = score;
      else if (q.type === "choice" || q.type === "list") out[q.title.ru] = q.choices![0]!.label.ru;
      else if (q.type === "paragraph" || q.type === "text") out[q.title.ru] = comment;
    }
    return out;
  };
  const personal = (body: string) => /https:\/\/docs\.google\.com\/forms\/\S+/.exec(body)![0]!;

  /**
   * «Отправить наставникам ссылки на журнал встреч», then three mentors (not the silent pair's) log a meeting through
   * their links; the form's trigger brings them onto «Встречи». Returns the step's lines.
   */
  const logMeetingsByForm = (silentPair: string): string[] => {
    const alertsAt = emu.ui.alerts.length;
    const mailsAt = emu.mail.sent().length;
    host.clickMenu("Наставничество", "Отправить наставникам ссылки на журнал встреч");
    const letters = emu.mail
      .sent()
      .slice(mailsAt)
      .filter((m) => !m.subject.includes(`${silentPair} `));
    const lines: string[] = [];
    for (const m of letters.slice(0, 3)) {
      const pairId = /П-\d{4}/.exec(m.subject)?.[0] ?? "";
      emu.forms.submit(personal(m.body).replace(/[).,]+$/, ""), {
        "Дата встречи": "2027-01-11",
        "Этап работы пары": "совместная работа",
        "Тема встречи": "Разбор урока после каникул",
        "Что сделали": "Посмотрели запись урока, разобрали начало и рефлексию",
        "Следующий шаг": "Открытый урок 25 января",
      });
      lines.push(
        `  наставник пары ${pairId} записал встречу 11.01.2027 через форму «Журнал встреч наставника»`,
      );
    }
    const ran = host.runDueTriggers().filter((r) => r.functionName === "onSurveySubmit" && r.ok);
    return [
      ...emu.ui.alerts.slice(alertsAt).flatMap(alertLines),
      ...lines,
      `Обработчик отправки формы записал их на лист «Встречи» («Кто заполнил»: наставник (форма)): запусков ${ran.length}`,
    ];
  };
  const comments = [
    "Очень помогли открытые уроки наставника.",
    "Хотелось бы встречаться чаще.",
    "Всё устроило.",
  ];
  invitations.slice(0, 6).forEach((m, i) => {
    emu.clock.advance(3_600_000);
    emu.forms.submit(personal(m.body), answer([9, 7, 10, 6, 8, 9][i]!, comments[i % 3]!));
  });
  const ran = host.runDueTriggers().filter((r) => r.functionName === "onSurveySubmit");
  emu.mail.clear();
  const remind = host.callAs("sidebar", "sendSurvey", "satisfaction_mentee", { type: "all" }, "remind") as {
    sent: number;
  };
  step("«Анкеты»: удовлетворённость наставляемых", [
    send.message,
    ...send.skipped.slice(0, 3).map((x) => `  не отправлено: ${x.name} — ${x.why}`),
    `Ответили по личным ссылкам: 6; запусков обработчика отправки формы: ${ran.length}`,
    `«Напомнить тем, кто не ответил»: ${remind.sent} писем`,
  ]);
  const mailDir = join(OUT, "mail");

  // Mid-December, the December monitoring. A young specialist in a pair has left the profession: the curator records
  // it on the register and ends the pair.
  emu.clock.set(Date.UTC(2026, 11, 15, 7, 0));
  const pairsSheet = ss.getSheetByName("Пары и группы")!;
  const pairRows = pairsSheet.getDataRange().getValues();
  const pairHead = pairRows[0]!.map(String);
  const menteeRows = menteesSheet.getDataRange().getValues();
  const menteeHead = menteeRows[0]!.map(String);
  const staffRows = staffSheet.getDataRange().getValues();
  const leaver = pairRows
    .map((r, i) => ({ r, row: i + 1 }))
    .slice(1)
    .map((x) => {
      const mentee = menteeRows.find((m) => m[0] === x.r[pairHead.indexOf("ID наставляемого")]);
      const staffId = mentee ? String(mentee[menteeHead.indexOf("ID в коллективе")]) : "";
      const staffRow = staffRows.findIndex((r) => r[0] === staffId) + 1;
      return { ...x, mentee, staffRow };
    })
    .find(
      (x) => x.mentee && x.staffRow > 1 && x.mentee[menteeHead.indexOf("Категория")] === "молодой специалист",
    );
  if (leaver) {
    cellOf(staffSheet, leaver.staffRow, "Дата ухода").setValue("10.12.2026");
    cellOf(staffSheet, leaver.staffRow, "Причина ухода").setValue("ушёл из профессии");
    cellOf(pairsSheet, leaver.row, "Статус").setValue("расторгнута");
    cellOf(pairsSheet, leaver.row, "Дата окончания").setValue("10.12.2026");
    const menteeRow = menteeRows.indexOf(leaver.mentee!) + 1;
    cellOf(menteesSheet, menteeRow, "Статус").setValue("выбыл");
    step("15 декабря: молодой специалист ушёл из профессии", [
      `«Педагогический коллектив», строка ${leaver.staffRow}: ${leaver.mentee![1]} — дата ухода 10.12.2026, причина «ушёл из профессии»`,
      `«Пары и группы», строка ${leaver.row}: статус «расторгнута», дата окончания 10.12.2026; «Наставляемые»: «выбыл»`,
    ]);
  }

  // After the winter holidays the curator types the meetings the mentors reported into «Встречи», and from now on
  // the mentors log them themselves: each active pair's mentor gets a link to «Журнал встреч наставника», and three
  // log the meeting they had on 11 January. Then «Ход работы пар». January still belongs to the December point.
  emu.clock.set(Date.UTC(2027, 0, 12, 7, 0));
  const journal = typeMeetings(ss.getSheetByName("Встречи")!, pairsSheet);
  const logged = logMeetingsByForm(journal.quiet);
  emu.calls.reset();
  host.clickMenu("Наставничество", "Ход работы пар");
  const journeySidebar = emu.ui.sidebars.at(-1)?.content ?? "";
  const journey = journeyIn(journeySidebar);
  step("12 января: встречи пар на листе «Встречи» и «Наставничество → Ход работы пар»", [
    `Куратор вносит ${journal.rows} встреч по сообщениям наставников: у большинства пар — знакомство, планирование и совместная работа;`,
    `  пара ${journal.quiet} не встречалась ни разу; пара ${journal.recent} начала работу 11.01.2027 (дата начала исправлена), было только знакомство`,
    ...logged,
    journey.message,
    ...journey.leftOut.map((line) => `  не учтено: ${line}`),
    ...journey.pairs
      .filter((p) => p.health === "attention")
      .map((p) => `  требует внимания: ${p.pairId} (${p.mentor} — ${p.mentee}): ${p.reasons.join("; ")}`),
    ...journey.pairs
      .filter((p) => p.health === "too_early")
      .map((p) => `  рано судить: ${p.pairId} (${p.mentor} — ${p.mentee}), ${p.stage || "этап не указан"}`),
    ...journey.pairs
      .filter((p) => logged.some((line) => line.includes(`пары ${p.pairId} `)))
      .map((p) => `  на панели: ${p.pairId} — встреч ${p.count}, последняя ${p.last}, этап «${p.stage}»`),
    `Обращений к таблице: ${emu.calls.total("SpreadsheetApp")}`,
  ]);

  // Indicators: targets for this year typed by the curator, then «Рассчитать показатели» and a snapshot.
  const targetsSheet = ss.getSheetByName("Цели показателей")!;
  const targetRows = targetsSheet.getDataRange().getValues();
  const setTarget = (label: string, value: number, total: number | "" = "") => {
    const i = targetRows.findIndex((r) => r[0] === label && r[1] === "2026/2027");
    if (i > 0) targetsSheet.getRange(i + 1, 3, 1, 2).setValues([[value, total]]);
  };
  setTarget("молодые специалисты в программах", 50, 25);
  setTarget("оставили профессию", 5);
  setTarget("удовлетворённость наставляемых", 75);
  setTarget("удовлетворённость наставников", 75);
  setTarget("организации-партнёры с наставниками", 30, 5);
  setTarget("пары, завершившие программу", 80);
  emu.calls.reset();
  host.clickMenu("Наставничество", "Рассчитать показатели");
  const kpiSidebar = emu.ui.sidebars.at(-1)?.content ?? "";
  const kpi = host.callAs("sidebar", "takeKpiSnapshot") as ShownKpi;
  step("«Рассчитать показатели» и «Зафиксировать срез»", [
    ...kpi.indicators.flatMap((i) => [
      `  ${i.title}: ${i.percent === null ? "нет данных" : `${String(i.percent).replace(".", ",")} %`} (${i.numerator ?? "—"} из ${i.denominator ?? "—"}), цель ${i.target ?? "—"}, ${i.statusLabel}${i.denominatorFrom ? `; ${i.denominatorFrom}` : ""}`,
      ...i.beside.map((b) => `      рядом: ${b}`),
    ]),
    ...(kpi.staff
      ? [
          `  Педагогический коллектив на ${kpi.staff.on}: ${kpi.staff.rows.map((r) => `${r.label.toLowerCase()} — ${r.count}`).join(", ")}`,
          `  Молодые специалисты вне программ: ${kpi.staff.youngNotInvolved.map((x) => `${x.fullName} (${x.staffId})`).join(", ") || "нет"}`,
        ]
      : []),
    `  Численность участников на ${kpi.date}: ${kpi.counts[0]?.count ?? 0} человек`,
    kpi.message,
  ]);

  // The year's plan: the first «План работы» puts in the built-in roadmap and ticks what the add-on has seen done.
  const planAlerts = emu.ui.alerts.length;
  host.clickMenu("Наставничество", "План работы");
  const roadmapSidebar = emu.ui.sidebars.at(-1)?.content ?? "";
  const roadmap = ss.getSheetByName("Дорожная карта")?.getDataRange().getDisplayValues() ?? [];
  const roadmapHead = roadmap[0] ?? [];
  const statusAt = roadmapHead.indexOf("Статус");
  const statuses = roadmap.slice(1).map((r) => r[statusAt] ?? "");
  step("«Наставничество → План работы»: лист «Дорожная карта» и панель «План работы»", [
    ...emu.ui.alerts.slice(planAlerts).flatMap(alertLines),
    `Пунктов в дорожной карте: ${roadmap.length - 1}; отмечены выполненными: ${statuses.filter((x) => x === "выполнено").length}`,
  ]);

  // The roadmap's reminders: switched on from the menu; the next morning's trigger mails each responsible person.
  const remindAlerts = emu.ui.alerts.length;
  host.clickMenu("Наставничество", "Напоминания по плану работы: включить/выключить");
  const morning = emu.triggers.list().find((t) => t.handlerFunction === "roadmapReminders")?.nextRunAt;
  if (morning) emu.clock.set(morning);
  const sentBefore = emu.mail.sent().length;
  const reminderRuns = host.runDueTriggers().filter((r) => r.functionName === "roadmapReminders");
  const digests = emu.mail.sent().slice(sentBefore);
  step("«Наставничество → Напоминания по плану работы: включить/выключить», и утренний запуск", [
    ...emu.ui.alerts.slice(remindAlerts).flatMap(alertLines),
    `Запусков триггера: ${reminderRuns.length}; писем-сводок отправлено: ${digests.length} (${digests.map((m) => m.subject).join("; ")}); они в out/mail/`,
  ]);

  // The half-year's analytic report for the pedagogical council, as a Google Doc (out/documents/).
  const reportAlerts = emu.ui.alerts.length;
  host.clickMenu("Наставничество", "Аналитическая справка");
  step("«Наставничество → Аналитическая справка»", emu.ui.alerts.slice(reportAlerts).flatMap(alertLines));

  // The end of May: two pairs on track finish their work. The curator selects their rows on «Пары и группы» and
  // chooses «Завершить выбранные пары…»; the dialog's form writes the rows and sends the closing surveys.
  emu.clock.set(Date.UTC(2027, 4, 28, 7, 0));
  const finishing = journey.pairs.filter((x) => x.health === "on_track").slice(0, 2);
  if (finishing.length > 0) {
    ss.setActiveSheet(pairsSheet);
    pairsSheet.getRangeList(finishing.map((x) => `A${x.row}`)).activate();
    host.clickMenu("Наставничество", "Завершить выбранные пары…");
    const done = host.callAs(
      "sidebar",
      "completePairs",
      finishing.map((x) => x.pairId),
      {
        endDate: "2027-05-28",
        outcome: "completed",
        result: "achieved",
        note: "Открытый урок для коллег проведён",
        mentorReflection: "Наставляемый уверенно ведёт уроки сам",
        menteeReflection: "Научилась планировать урок и работать с трудным классом",
        reason: "",
      },
    ) as { message: string };
    step("28 мая: «Наставничество → Завершить выбранные пары…» на двух строках пар", [
      `Пары ${finishing.map((x) => `${x.pairId} (${x.mentor} — ${x.mentee})`).join(", ")}: форма «Завершить пару»`,
      ...done.message.split("\n"),
    ]);
    const thanksAlerts = emu.ui.alerts.length;
    host.clickMenu("Наставничество", "Благодарности наставникам");
    step(
      "«Наставничество → Благодарности наставникам» (out/documents/)",
      emu.ui.alerts.slice(thanksAlerts).flatMap(alertLines),
    );
    // Each mentor's portfolio of the year: pairs, contests, the surveys' scores (out/documents/).
    const portfolioAlerts = emu.ui.alerts.length;
    host.clickMenu("Наставничество", "Портфолио наставников");
    step(
      "«Наставничество → Портфолио наставников» (out/documents/)",
      emu.ui.alerts.slice(portfolioAlerts).flatMap(alertLines),
    );
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "csv"), { recursive: true });
  writeMail(mailDir, [...invitations, ...emu.mail.sent()]);
  writeFileSync(join(OUT, "kpi.html"), kpiPage(kpi));
  writeFileSync(join(OUT, "sidebar-kpi.html"), staticPage(kpiSidebar));
  writeFileSync(join(OUT, "sidebar-check.html"), staticPage(sidebar?.content ?? ""));
  writeFileSync(join(OUT, "sidebar-documents.html"), staticPage(documentsSidebar));
  writeDocuments(emu, join(OUT, "documents"));
  writeFileSync(join(OUT, "sidebar-pairs.html"), staticPage(pairsSidebar));
  writeFileSync(join(OUT, "sidebar-journey.html"), staticPage(journeySidebar));
  writeFileSync(join(OUT, "sidebar-roadmap.html"), staticPage(roadmapSidebar));
  const log = steps
    .map(
      (s) => `<section><h3>${escapeHtml(s.title)}</h3><pre>${escapeHtml(s.lines.join("\n"))}</pre></section>`,
    )
    .join("");
  const { html, csv } = renderWorkbook(ss, {
    title: ss.getName(),
    extraHtml: `<details open><summary>Что происходило</summary>${log}<p><a href="sidebar-check.html">Боковая панель «Проверка базы»</a> · <a href="sidebar-pairs.html">Боковая панель «Пары»</a> · <a href="sidebar-documents.html">Боковая панель «Документы»</a> · <a href="documents/index.html">Документы</a> · <a href="mail/index.html">Письма</a> · <a href="kpi.html">Показатели</a> · <a href="sidebar-journey.html">Ход работы пар</a> · <a href="sidebar-roadmap.html">План работы</a></p></details>`,
  });
  writeFileSync(join(OUT, "workbook.html"), html);
  for (const [name, text] of Object.entries(csv)) writeFileSync(join(OUT, "csv", `${name}.csv`), text);
  step("Результат", [
    "out/workbook.html — таблица, как её видит куратор (отметки и заметки проверки в ячейках)",
    "out/sidebar-check.html — боковая панель «Проверка базы»",
    "out/sidebar-pairs.html — боковая панель «Пары» (предложение до решений куратора)",
    "out/sidebar-documents.html — боковая панель «Документы» после формирования",
    "out/documents/ — каждый сделанный документ (и шаблоны) как HTML, с оглавлением index.html",
    "out/mail/ — отправленные письма с личными ссылками на анкеты (и напоминания), с оглавлением index.html",
    "out/kpi.html — показатели с формулами, целями и диаграммами (SVG); out/sidebar-kpi.html — панель «Показатели»",
    "out/sidebar-journey.html — панель «Ход работы пар» (какие пары требуют внимания и почему)",
    "out/sidebar-roadmap.html — панель «План работы» (дорожная карта по разделам, сроки, просроченное)",
    `out/csv/ — каждый лист в CSV (${Object.keys(csv).length} файлов)`,
  ]);
}

interface ShownReport {
  errors: number;
  warnings: number;
  idsAssigned: number;
  rowsChecked: number;
  problems: { tab: string; cell: string; columnTitle: string; message: string }[];
}

/** The report as the sidebar received it: the JSON in its data element. */
function reportIn(page: string): ShownReport {
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(page);
  if (!m?.[1]) throw new Error("The sidebar has no data");
  return (JSON.parse(m[1]) as { report: ShownReport }).report;
}

/** Every Google Doc in the emulator's Drive as an HTML file, with an index by folder. */
function writeDocuments(emu: ReturnType<typeof createEmulator>, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const docs = emu.drive
    .files()
    .filter((f) => !f.trashed && f.mimeType === "application/vnd.google-apps.document")
    .map((f) => ({ ...f, path: emu.drive.pathOf(f.id).join(" / ") }))
    .sort((a, b) => a.path.localeCompare(b.path, "ru") || a.name.localeCompare(b.name, "ru"));
  const used = new Set<string>();
  const items: string[] = [];
  let folder = "";
  for (const d of docs) {
    let file = `${d.name.replace(/[^\p{L}\p{N} .,()«»–—-]/gu, "_").slice(0, 120)}.html`;
    while (used.has(file)) file = `_${file}`;
    used.add(file);
    writeFileSync(join(dir, file), emu.docs.html(d.id));
    if (d.path !== folder) {
      if (folder) items.push("</ul>");
      items.push(`<h2>${escapeHtml(d.path)}</h2><ul>`);
      folder = d.path;
    }
    items.push(`<li><a href="${encodeURI(file)}">${escapeHtml(d.name)}</a></li>`);
  }
  if (folder) items.push("</ul>");
  writeFileSync(
    join(dir, "index.html"),
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Документы</title></head><body><h1>Документы на Диске</h1>${items.join("")}</body></html>`,
  );
}

/** Each mail as an HTML file (headers and the HTML body), with an index. */
function writeMail(
  dir: string,
  mails: readonly { to: string[]; subject: string; htmlBody: string | null; body: string; at: number }[],
): void {
  mkdirSync(dir, { recursive: true });
  const items = mails.map((m, i) => {
    const file = `${String(i + 1).padStart(3, "0")}.html`;
    const head = `<p><b>Кому:</b> ${escapeHtml(m.to.join(", "))}<br><b>Тема:</b> ${escapeHtml(m.subject)}<br><b>Отправлено:</b> ${new Date(m.at).toISOString()}</p><hr>`;
    writeFileSync(
      join(dir, file),
      `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head><body>${head}${m.htmlBody ?? `<pre>${escapeHtml(m.body)}</pre>`}</body></html>`,
    );
    return `<li><a href="${file}">${escapeHtml(m.subject)}</a> — ${escapeHtml(m.to.join(", "))}</li>`;
  });
  writeFileSync(
    join(dir, "index.html"),
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Письма</title></head><body><h1>Отправленные письма</h1><ol>${items.join("")}</ol></body></html>`,
  );
}

interface ShownKpi {
  year: string;
  date: string;
  message: string;
  indicators: {
    title: string;
    formula: string;
    numerator: number | null;
    denominator: number | null;
    percent: number | null;
    target: number | null;
    statusLabel: string;
    note: string;
    denominatorFrom: string;
    beside: string[];
  }[];
  distribution: { mentees: number[]; mentors: number[] };
  counts: { group: string; label: string; count: number }[];
  staff?: {
    on: string;
    rows: { label: string; count: number }[];
    youngNotInvolved: { staffId: string; fullName: string }[];
  };
}

/** The indicators as a page: a table with formulas, actual against target as SVG bars, and the scores. */
function kpiPage(kpi: ShownKpi): string {
  const pct = (v: number | null) => (v === null ? "нет данных" : `${String(v).replace(".", ",")} %`);
  const bar = (actual: number | null, target: number | null) => {
    const w = 240;
    const a = actual === null ? 0 : Math.min(100, actual);
    const t = target === null ? null : Math.min(100, target);
    return `<svg width="${w}" height="18" role="img" aria-label="факт ${pct(actual)}, цель ${target ?? "нет"}"><rect width="${w}" height="18" fill="#eee"/><rect width="${(a / 100) * w}" height="18" fill="#1a73e8"/>${t === null ? "" : `<line x1="${(t / 100) * w}" x2="${(t / 100) * w}" y1="0" y2="18" stroke="#d93025" stroke-width="3"/>`}</svg>`;
  };
  const rows = kpi.indicators
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.title)}<br><small>${escapeHtml(i.formula)}</small>${i.denominatorFrom ? `<br><small>${escapeHtml(i.denominatorFrom)}</small>` : ""}${i.beside.map((b) => `<br><small>рядом: ${escapeHtml(b)}</small>`).join("")}${i.note ? `<br><small><i>${escapeHtml(i.note)}</i></small>` : ""}</td><td>${i.numerator ?? "—"} / ${i.denominator ?? "—"}</td><td><b>${pct(i.percent)}</b></td><td>${i.target === null ? "—" : `${i.target} %`}</td><td>${escapeHtml(i.statusLabel)}</td><td>${bar(i.percent, i.target)}</td></tr>`,
    )
    .join("");
  const histogram = (title: string, counts: number[]) => {
    const max = Math.max(1, ...counts);
    const bars = counts
      .map(
        (c, k) =>
          `<rect x="${k * 26 + 4}" y="${100 - (c / max) * 90}" width="20" height="${(c / max) * 90}" fill="#188038"/><text x="${k * 26 + 14}" y="114" font-size="10" text-anchor="middle">${k + 1}</text>`,
      )
      .join("");
    return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg width="270" height="120" role="img" aria-label="${escapeHtml(title)}: ${counts.map((c, k) => `${k + 1} — ${c}`).join(", ")}">${bars}</svg></figure>`;
  };
  const counts = kpi.counts
    .map((c) => `<tr><td>${escapeHtml(c.group)}</td><td>${escapeHtml(c.label)}</td><td>${c.count}</td></tr>`)
    .join("");
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Показатели ${escapeHtml(kpi.year)}</title><style>body{font:14px Arial,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}small{color:#555}figure{display:inline-block;margin:1em}</style></head><body><h1>Показатели программы наставничества, ${escapeHtml(kpi.year)}</h1><p>На ${escapeHtml(kpi.date.split("-").reverse().join("."))}. Синяя полоса — факт, красная черта — цель.</p><table><thead><tr><th>Показатель и как считается</th><th>Числитель / знаменатель</th><th>Факт</th><th>Цель</th><th>Статус</th><th>Факт и цель</th></tr></thead><tbody>${rows}</tbody></table><h2>Оценки в анкетах удовлетворённости</h2>${histogram("Наставляемые", kpi.distribution.mentees)}${histogram("Наставники", kpi.distribution.mentors)}<h2>Численность участников</h2><table><tbody>${counts}</tbody></table>${staffBlock(kpi)}</body></html>`;
}

/** The staff's involvement and the young specialists in no programme, for out/kpi.html. */
function staffBlock(kpi: ShownKpi): string {
  if (!kpi.staff) return "";
  const rows = kpi.staff.rows
    .map((r) => `<tr><td>${escapeHtml(r.label)}</td><td>${r.count}</td></tr>`)
    .join("");
  const young = kpi.staff.youngNotInvolved
    .map((x) => `<li>${escapeHtml(x.fullName)} (${escapeHtml(x.staffId)})</li>`)
    .join("");
  return `<h2>Педагогический коллектив на ${escapeHtml(kpi.staff.on.split("-").reverse().join("."))}</h2><table><tbody>${rows}</tbody></table><h3>Молодые специалисты вне программ наставничества</h3>${young ? `<ul>${young}</ul>` : "<p>Нет.</p>"}`;
}

interface ShownPair {
  mentorId: string;
  mentorName: string;
  menteeId: string;
  menteeName: string;
  score: number;
  alternatives: { mentorId: string; mentorName: string; score: number; free: number }[];
}
interface ShownView {
  mentors: { pairs: ShownPair[] }[];
  counts: { accepted: number; unmatched: number };
  message: string;
}

/** The proposal as the «Пары» sidebar received it. */
function viewIn(page: string): ShownView {
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(page);
  if (!m?.[1]) throw new Error("The sidebar has no data");
  return (JSON.parse(m[1]) as { view: ShownView }).view;
}

// ---- the pairs' meetings ------------------------------------------------------------------------------------

const MEETING_TOPICS: Record<string, string> = {
  "встреча-знакомство": "Знакомство, ожидания и правила работы",
  "встреча-планирование": "Цели на полугодие и индивидуальная программа",
  "совместная работа": "Разбор открытого урока",
};

/**
 * What the curator types into «Встречи» from the mentors' reports: for every active pair but two, an introductory
 * meeting in early December, a planning meeting in mid-December and joint work after the holidays; one pair
 * (the second) has met not once; the last pair started late (its start date moved to 11.01.2027) and has had only
 * its introductory meeting. Returns how many rows were typed and the ids of the two exceptions.
 */
function typeMeetings(
  meetingsSheet: Sheet,
  pairsSheet: Sheet,
): { rows: number; quiet: string; recent: string } {
  const values = pairsSheet.getDataRange().getValues();
  const head = values[0]!.map(String);
  const active = values
    .map((r, i) => ({ id: String(r[0]), row: i + 1, status: String(r[head.indexOf("Статус")]) }))
    .slice(1)
    .filter((p) => p.id && p.status === "активна");
  if (active.length < 3) throw new Error(`The demo needs three active pairs, has ${active.length}`);
  const quiet = active[1]!;
  const recent = active.at(-1)!;
  cellOf(pairsSheet, recent.row, "Дата начала").setValue("11.01.2027");
  const meeting = (pairId: string, date: string, stage: string, feedback = "") => ({
    pairId,
    date,
    stage,
    topic: MEETING_TOPICS[stage] ?? "",
    format: "очно",
    feedback,
  });
  const rows: SampleRow[] = [];
  active.forEach((p, i) => {
    if (p === quiet) return;
    if (p === recent) {
      rows.push(
        meeting(p.id, "11.01.2027", "встреча-знакомство", "Договорились о встречах по понедельникам."),
      );
      return;
    }
    const day = (base: number) => String(base + (i % 4)).padStart(2, "0");
    rows.push(meeting(p.id, `${day(2)}.12.2026`, "встреча-знакомство"));
    rows.push(meeting(p.id, `${day(14)}.12.2026`, "встреча-планирование", "Программа пары согласована."));
    rows.push(meeting(p.id, `${day(8)}.01.2027`, "совместная работа"));
  });
  paste(meetingsSheet, MEETINGS, rows);
  return { rows: rows.length, quiet: quiet.id, recent: recent.id };
}

interface ShownJourney {
  message: string;
  leftOut: string[];
  pairs: {
    pairId: string;
    row: number;
    mentor: string;
    mentee: string;
    stage: string;
    count: number;
    last: string;
    health: string;
    reasons: string[];
  }[];
}

/** The journeys as the «Ход работы пар» sidebar received them. */
function journeyIn(page: string): ShownJourney {
  const m = /<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(page);
  if (!m?.[1]) throw new Error("The sidebar has no data");
  return (JSON.parse(m[1]) as { view: ShownJourney }).view;
}

function menuLines(menus: unknown): string[] {
  const lines: string[] = [];
  for (const menu of menus as { caption: string; items: { kind: string; caption?: string }[] }[]) {
    lines.push(`${menu.caption}:`);
    for (const item of menu.items) lines.push(item.kind === "separator" ? "  ———" : `  • ${item.caption}`);
  }
  return lines;
}

function alertLines(alert: unknown): string[] {
  const a = alert as { title?: string; prompt?: string };
  return [
    `Окно «${a.title ?? ""}»:`,
    ...String(a.prompt ?? "")
      .split("\n")
      .map((l) => `  ${l}`),
  ];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The served sidebar, openable from disk: a button that would call the server says this is a saved copy. */
function staticPage(served: string): string {
  const stub = `<script>(function(){var MSG="Это сохранённая копия панели: в таблице эта кнопка работает.";
function runner(fail){return new Proxy({},{get:function(_,k){
if(k==="withSuccessHandler"||k==="withUserObject")return function(){return runner(fail)};
if(k==="withFailureHandler")return function(f){return runner(f)};
return function(){setTimeout(function(){if(fail)fail(new Error(MSG))},0)}}})}
window.google={script:{run:runner(null)}};})();</script>`;
  return served.replace("<head>", `<head>${stub}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
