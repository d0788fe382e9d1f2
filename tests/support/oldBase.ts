import { initBase } from "../../src/app/initBase";
import { columnLetter } from "../../src/domain/cells";
import { LEGACY_CONTEST } from "../../src/domain/tables";
import { COLUMN_KEY } from "../../src/gas/sheets";
import { ANNA, typeRow } from "./gas";

type W = {
  run: <T>(fn: () => T) => T;
  ports: () => import("../../src/ports").Ports;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
};

/**
 * A base made before issue 14: «Наставники» and «Наставляемые» end with the undated checkbox «Участие в конкурсах»
 * (its header, its key in the column's metadata and ticked or unticked boxes), as «Создать / обновить базу» made it
 * then. Each tab's people are typed with the box as given; the register has one member a mentor points to.
 */
export function addLegacyContestColumn(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string): number {
  const sheet = ss.getSheetByName(tab)!;
  const c = sheet.getLastColumn() + 1;
  sheet.getRange(1, c).setValue(LEGACY_CONTEST.header.ru);
  sheet
    .getRange(`${columnLetter(c)}:${columnLetter(c)}`)
    .addDeveloperMetadata(COLUMN_KEY, LEGACY_CONTEST.key);
  return c;
}

export const CONTEST = LEGACY_CONTEST.header.ru;

/**
 * The old base: three mentors (two ticked, one of them on the register, one whose name reads as a formula) and two
 * mentees (one ticked; the other typed after the last update, without an id yet).
 */
export function oldBaseWithTicks(w: W): void {
  w.run(() => initBase(w.ports()));
  for (const tab of ["Наставники", "Наставляемые"]) addLegacyContestColumn(w.ss, tab);
  typeRow(w.ss, "Педагогический коллектив", {
    ID: "СТ-0001",
    ФИО: "Петрова Анна Сергеевна",
    Должность: "учитель математики",
    "Педагогический стаж, лет": 15,
  });
  typeRow(w.ss, "Наставники", { ID: "НС-0001", ...ANNA, "ID в коллективе": "СТ-0001", [CONTEST]: true });
  typeRow(w.ss, "Наставники", {
    ID: "НС-0002",
    ...ANNA,
    ФИО: "Орлова Мария Ивановна",
    "E-mail": "orlova@school7.ru",
    [CONTEST]: true,
  });
  typeRow(w.ss, "Наставники", {
    ID: "НС-0003",
    ...ANNA,
    ФИО: "Кузнецов Пётр",
    "E-mail": "kuz@school7.ru",
    [CONTEST]: false,
  });
  typeRow(w.ss, "Наставляемые", {
    ID: "НЯ-0001",
    ФИО: "Соколов Илья Андреевич",
    Категория: "молодой специалист",
    "Педагогический стаж, лет": 1,
    "Запрос (с чем нужна помощь)": "дисциплина",
    "Форма наставничества": "педагог – педагог",
    [CONTEST]: true,
  });
  typeRow(w.ss, "Наставляемые", {
    ФИО: "Лебедева Ольга",
    Категория: "молодой специалист",
    "Педагогический стаж, лет": 0,
    "Запрос (с чем нужна помощь)": "планирование",
    "Форма наставничества": "педагог – педагог",
    [CONTEST]: true,
  });
}
