import { openRoadmap } from "../../src/app/roadmap";
import { switchRoadmapReminders } from "../../src/app/roadmapReminders";
import { allPorts, type World } from "./cuts";
import { ok, rowsOf, setting, typeRow } from "./gas";

/**
 * A school of the year 2026/2027 (the indicators' school, or the small confirmed one) with «Дорожная карта» made and
 * the people its «Ответственные» name on the staff register: the head (e-mail, consent), the deputy head (no
 * consent), a teacher, the curator's e-mail on «Настройки»; item 2.1 names the teacher by surname and initials,
 * 2.2 someone unknown. The reminders are switched on.
 */
export const HEAD_EMAIL = "sokolov.ip@school7.example";
export const CURATOR_EMAIL = "curator@school7.example";
export const TEACHER_EMAIL = "lavrova@school7.example";

export function remindersSchool(w: World): void {
  setting(w.ss, "curator.name", "Смирнова Ольга Петровна");
  setting(w.ss, "curator.email", CURATOR_EMAIL);
  setting(w.ss, "head.name", "Соколов Игорь Павлович");
  const consent = { "Согласие на обработку ПДн": true, "Дата согласия": "01.09.2026" };
  typeRow(w.ss, "Педагогический коллектив", {
    ID: "СТ-0901",
    ФИО: "Соколов Игорь Павлович",
    Должность: "директор",
    "E-mail": HEAD_EMAIL,
    ...consent,
  });
  typeRow(w.ss, "Педагогический коллектив", {
    ID: "СТ-0902",
    ФИО: "Ильина Мария Олеговна",
    Должность: "заместитель директора по УВР",
    "E-mail": "ilina@school7.example",
  });
  typeRow(w.ss, "Педагогический коллектив", {
    ID: "СТ-0903",
    ФИО: "Лаврова Анна Сергеевна",
    Должность: "учитель информатики",
    "E-mail": TEACHER_EMAIL,
    ...consent,
  });
  ok(w.run(() => openRoadmap(w.ports())));
  const roadmap = w.ss.getSheetByName("Дорожная карта")!;
  const items = rowsOf(w.ss, "Дорожная карта");
  const col = Object.keys(items[0]!).indexOf("Ответственные") + 1;
  const rowOf = (n: string) => items.findIndex((r) => r["№"] === n) + 2;
  roadmap.getRange(rowOf("2.1"), col).setValue("Лаврова А.С., куратор");
  roadmap.getRange(rowOf("2.2"), col).setValue("Неизвестный Н.Н.");
  ok(w.run(() => switchRoadmapReminders(allPorts(w))));
}
