import { checkBase } from "../../src/app/checkBase";
import { enrolSelected } from "../../src/app/enrolStaff";
import { initBase } from "../../src/app/initBase";
import { gasWorld, rowsOf, typeRow } from "../support/gas";

/** «Добавить выбранных в наставники / в наставляемые» on the emulator, as the curator runs it from the menu. */

type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
  // 15.10.2026, 10:00 in Moscow: the academic year 2026/2027 (the base's default) has begun.
  w.emu.clock.set(Date.UTC(2026, 9, 15, 7, 0));
});
afterEach(() => w.uninstall());

const STAFF = "Педагогический коллектив";
const lastAlert = () => JSON.stringify(w.emu.ui.alerts.at(-1) ?? null);
const select = (tab: string, a1: string[]) => w.ss.getSheetByName(tab)!.getRangeList(a1).activate();

/** A base with four members of staff (ids given by the check) and one mentee typed in before the register. */
function school(): void {
  w.run(() => initBase(w.ports()));
  typeRow(w.ss, STAFF, {
    ФИО: "Иванова Ольга Петровна",
    Должность: "учитель математики",
    "Предмет / направление": "математика",
    "Педагогический стаж, лет": 1,
    "E-mail": "ivanova@school7.ru",
    Телефон: "+7 900 000-00-01",
    "Согласие на обработку ПДн": true,
  }); // row 2
  typeRow(w.ss, STAFF, {
    ФИО: "Сидоров Павел Ильич",
    Должность: "заместитель директора",
    "Педагогический стаж, лет": 20,
  }); // row 3
  typeRow(w.ss, STAFF, {
    ФИО: "Кузнецова Анна Юрьевна",
    Должность: "учитель химии",
    "Педагогический стаж, лет": 8,
    "Дата ухода": new Date(Date.UTC(2025, 5, 30, 12)),
    "Причина ухода": "перешёл в другую организацию",
  }); // row 4
  typeRow(w.ss, STAFF, {
    ФИО: "Орлова Мария Андреевна",
    Должность: "учитель истории",
    "Педагогический стаж, лет": 2,
  }); // row 5
  typeRow(w.ss, "Наставляемые", {
    ФИО: "Орлова Мария Андреевна",
    Категория: "молодой специалист",
    "Запрос (с чем нужна помощь)": "дисциплина на уроке",
  });
  w.run(() => checkBase(w.ports()));
}

describe("«Добавить выбранных в наставляемые»", () => {
  test("adds the selected staff with what the register knows, links the one typed before, skips who left", () => {
    school();
    select(STAFF, ["A2:C3", "B4:B5"]);
    const r = w.run(() => enrolSelected(w.ports(), "mentees"));
    expect(r).toMatchObject({ added: 2, linked: 1, skipped: 1 });
    const mentees = rowsOf(w.ss, "Наставляемые");
    expect(mentees).toHaveLength(3);
    const orlova = mentees[0]!;
    expect(orlova["ID в коллективе"]).toBe("СТ-0004");
    expect(orlova["Запрос (с чем нужна помощь)"]).toBe("дисциплина на уроке");
    const [ivanova, sidorov] = mentees.slice(1);
    expect(ivanova).toMatchObject({
      ID: "НЯ-0002",
      ФИО: "Иванова Ольга Петровна",
      Категория: "молодой специалист",
      "Должность / класс": "учитель математики",
      "Предмет / направление": "математика",
      "Педагогический стаж, лет": 1,
      "E-mail": "ivanova@school7.ru",
      Телефон: "+7 900 000-00-01",
      "Согласие на обработку ПДн": true,
      "ID в коллективе": "СТ-0001",
      "Запрос (с чем нужна помощь)": "",
    });
    expect(sidorov).toMatchObject({ ID: "НЯ-0003", Категория: "педагог", "ID в коллективе": "СТ-0002" });
    const alert = lastAlert();
    expect(alert).toContain("Добавлено на лист «Наставляемые»: 2 (строки 3–4)");
    expect(alert).toContain("Заполните в строках 3–4");
    expect(alert).toContain("Кузнецова Анна Юрьевна (строка 4 листа «Педагогический коллектив») — уволен");
    expect(alert).toContain("Орлова Мария Андреевна (строка 2) — СТ-0004");
  });

  test("a second run adds nobody twice and names where each person already is", () => {
    school();
    select(STAFF, ["A2:A5"]);
    w.run(() => enrolSelected(w.ports(), "mentees"));
    const before = rowsOf(w.ss, "Наставляемые");
    const again = w.run(() => enrolSelected(w.ports(), "mentees"));
    expect(again).toMatchObject({ added: 0, linked: 0 });
    expect(rowsOf(w.ss, "Наставляемые")).toEqual(before);
    expect(lastAlert()).toContain("Никто не добавлен");
    expect(lastAlert()).toContain("уже на листе «Наставляемые», строка 3");
  });

  test("a head becomes a mentor «руководитель»; the mentor's own columns are named to fill", () => {
    school();
    select(STAFF, ["C3"]);
    w.run(() => enrolSelected(w.ports(), "mentors"));
    const mentors = rowsOf(w.ss, "Наставники");
    expect(mentors).toHaveLength(1);
    expect(mentors[0]).toMatchObject({
      ID: "НС-0001",
      Категория: "руководитель",
      "ID в коллективе": "СТ-0002",
    });
    expect(lastAlert()).toContain("«Компетенции (чем может помочь)», «Формы наставничества»");
  });

  test("a selection on another tab, or on the header row only, writes nothing and says what to select", () => {
    school();
    const before = rowsOf(w.ss, "Наставники");
    select("Наставляемые", ["A2"]);
    expect(w.run(() => enrolSelected(w.ports(), "mentors"))).toBeNull();
    expect(lastAlert()).toContain("Выделите строки людей на листе «Педагогический коллектив»");
    expect(lastAlert()).toContain("Сейчас выделение на листе «Наставляемые»");
    select(STAFF, ["A1:D1", "A40"]);
    expect(w.run(() => enrolSelected(w.ports(), "mentors"))).toBeNull();
    expect(lastAlert()).toContain("нет строк с людьми");
    expect(rowsOf(w.ss, "Наставники")).toEqual(before);
  });

  test("a name typed as a formula in the register is written as text", () => {
    school();
    const row = typeRow(w.ss, STAFF, { ФИО: '\'=HYPERLINK("x")', Должность: "учитель" });
    w.run(() => checkBase(w.ports()));
    select(STAFF, [`A${row}`]);
    w.run(() => enrolSelected(w.ports(), "mentors"));
    const sheet = w.ss.getSheetByName("Наставники")!;
    expect(sheet.getRange(2, 2).getFormula()).toBe("");
    expect(String(sheet.getRange(2, 2).getValue())).toContain("HYPERLINK");
  });
});
