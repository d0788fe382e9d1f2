import { initBase } from "../../src/app/initBase";
import { gasWorld, makeActionTabs, setting, typeRow } from "./gas";

/**
 * A small school typed by hand for «Рассчитать показатели» and «Зафиксировать срез» (tests/gas/kpi.test.ts has
 * every figure computed by hand): a staff register of nine (one left the profession during her pair, one moved
 * away before the year, two young specialists in no programme), dated contests, pairs, answers with people who did
 * not answer. Today is 25.11.2026; the academic year 2026/2027.
 */
export type KpiWorld = ReturnType<typeof gasWorld>;

function target(w: KpiWorld, indicator: string, year: string, value: number | "", total: number | "" = "") {
  const sheet = w.ss.getSheetByName("Цели показателей")!;
  const rows = sheet.getDataRange().getValues();
  const i = rows.findIndex((r) => r[0] === indicator && r[1] === year);
  if (i < 0) throw new Error(`no target row ${indicator} ${year}`);
  sheet.getRange(i + 1, 3, 1, 2).setValues([[value, total]]);
}

export function kpiSchool(emulator: Parameters<typeof gasWorld>[0] = {}): KpiWorld {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0), ...emulator });
  w.run(() => initBase(w.ports()));
  // Survey answers are typed below into «Анкеты», which «Разослать анкеты» would have made.
  makeActionTabs(w, ["surveys"]);
  setting(w.ss, "org.name", "МБОУ «СОШ № 7»");
  setting(w.ss, "org.shortName", "СОШ № 7");
  setting(w.ss, "program.year", "2026/2027");
  const person = { "Согласие на обработку ПДн": true };
  // The staff register: everyone who teaches here, in the programme or not (experience on 1 September 2026).
  const staff = (
    id: string,
    name: string,
    position: string,
    years: number,
    extra: Record<string, unknown> = {},
  ) =>
    typeRow(w.ss, "Педагогический коллектив", {
      ID: id,
      ФИО: name,
      Должность: position,
      "Педагогический стаж, лет": years,
      ...extra,
    });
  staff("СТ-0001", "Петрова Анна Сергеевна", "учитель математики", 15);
  staff("СТ-0002", "Сидорова Вера Ивановна", "учитель русского языка", 20);
  staff("СТ-0003", "Соколов Илья Андреевич", "учитель физики", 1);
  // Left the profession on 25.10.2026, while her pair П-0002 ran (15.09–01.11.2026).
  staff("СТ-0004", "Белова Дарья Олеговна", "учитель химии", 2, {
    "Дата ухода": "25.10.2026",
    "Причина ухода": "ушёл из профессии",
  });
  staff("СТ-0005", "Кузнецов Олег Павлович", "учитель истории", 10);
  // Two young specialists in no programme (0 years, and exactly 3: still young by default), and a veteran.
  staff("СТ-0006", "Громова Елена Викторовна", "учитель биологии", 0);
  staff("СТ-0007", "Лебедев Артём Сергеевич", "учитель физкультуры", 3);
  staff("СТ-0008", "Зайцева Нина Павловна", "учитель музыки", 25);
  // Moved to another school before this year began: on staff last year only.
  staff("СТ-0009", "Фомина Ирина Олеговна", "учитель географии", 2, {
    "Дата ухода": "30.06.2026",
    "Причина ухода": "перешёл в другую организацию",
  });
  // Mentors: two teachers of ours, one employer's representative from a partner company.
  typeRow(w.ss, "Наставники", {
    ID: "НС-0001",
    ФИО: "Петрова Анна Сергеевна",
    Категория: "педагог",
    "Педагогический стаж, лет": 15,
    "Формы наставничества": "педагог – педагог",
    "Компетенции (чем может помочь)": "уроки",
    "ID в коллективе": "СТ-0001",
    ...person,
  });
  typeRow(w.ss, "Наставники", {
    ID: "НС-0002",
    ФИО: "Орлов Иван Петрович",
    Категория: "представитель работодателя",
    Организация: "ООО «Ромашка»",
    "Формы наставничества": "работодатель – ученик",
    "Компетенции (чем может помочь)": "профессия",
    ...person,
  });
  typeRow(w.ss, "Наставники", {
    ID: "НС-0003",
    ФИО: "Сидорова Вера Ивановна",
    Категория: "педагог",
    "Педагогический стаж, лет": 20,
    "Формы наставничества": "педагог – педагог",
    "Компетенции (чем может помочь)": "уроки",
    "ID в коллективе": "СТ-0002",
    ...person,
  });
  // Mentees: two young specialists (one who left), a teacher, a pupil.
  const mentee = (id: string, name: string, category: string, extra: Record<string, unknown>) =>
    typeRow(w.ss, "Наставляемые", {
      ID: id,
      ФИО: name,
      Категория: category,
      "Запрос (с чем нужна помощь)": "уроки",
      ...person,
      ...extra,
    });
  mentee("НЯ-0001", "Соколов Илья Андреевич", "молодой специалист", {
    "Педагогический стаж, лет": 1,
    "Форма наставничества": "педагог – педагог",
    "ID в коллективе": "СТ-0003",
  });
  mentee("НЯ-0002", "Белова Дарья Олеговна", "молодой специалист", {
    "Педагогический стаж, лет": 2,
    "Форма наставничества": "педагог – педагог",
    Статус: "выбыл",
    "ID в коллективе": "СТ-0004",
  });
  mentee("НЯ-0003", "Кузнецов Олег Павлович", "педагог", {
    "Педагогический стаж, лет": 10,
    "Форма наставничества": "педагог – педагог",
    "ID в коллективе": "СТ-0005",
  });
  mentee("НЯ-0004", "Миронова Алиса Игоревна", "обучающийся", {
    "Форма наставничества": "работодатель – ученик",
    Несовершеннолетний: true,
    "Законный представитель (ФИО)": "Миронова Ольга Петровна",
    "Согласие представителя": true,
  });
  // Contests, dated: two this year on the register, one under a mentee's own id (her staff row counts), one
  // last year.
  const contest = (id: string, personId: string, name: string, date: string) =>
    typeRow(w.ss, "Конкурсы и достижения", {
      ID: id,
      "ID участника": personId,
      ФИО: name,
      Мероприятие: "Учитель года",
      Уровень: "муниципальный",
      Дата: date,
      Результат: "участник",
    });
  contest("КД-0001", "СТ-0001", "Петрова Анна Сергеевна", "20.10.2026");
  contest("КД-0002", "НЯ-0001", "Соколов Илья Андреевич", "12.11.2026");
  contest("КД-0003", "СТ-0006", "Громова Елена Викторовна", "01.11.2026");
  contest("КД-0004", "СТ-0008", "Зайцева Нина Павловна", "15.03.2026");
  const pair = (
    id: string,
    mentor: string,
    mentee: string,
    form: string,
    status: string,
    start: string,
    end = "",
  ) =>
    typeRow(w.ss, "Пары и группы", {
      ID: id,
      "ID наставника": mentor,
      "ID наставляемого": mentee,
      Форма: form,
      Статус: status,
      "Дата начала": start,
      "Дата окончания": end,
    });
  pair("П-0001", "НС-0001", "НЯ-0001", "педагог – педагог", "активна", "15.09.2026");
  pair("П-0002", "НС-0001", "НЯ-0002", "педагог – педагог", "расторгнута", "15.09.2026", "01.11.2026");
  pair("П-0003", "НС-0003", "НЯ-0003", "педагог – педагог", "завершена", "01.09.2026", "20.11.2026");
  pair("П-0004", "НС-0002", "НЯ-0004", "работодатель – ученик", "активна", "01.10.2026", "10.11.2026");
  // Satisfaction answers: the young specialist 9, the teacher 6; one answer from last year, which does not count.
  const survey = (
    person: string,
    score: number,
    date: string,
    year = "2026/2027",
    kind = "удовлетворённость наставляемого",
  ) =>
    typeRow(w.ss, "Анкеты", {
      ID: `АН-${person}-${year}-${kind.slice(0, 3)}`,
      Анкета: kind,
      "Учебный год": year,
      "ID участника": person,
      Статус: "ответ получен",
      "Дата ответа": date,
      "Оценка (0–10)": score,
    });
  survey("НЯ-0001", 9, "20.11.2026");
  survey("НЯ-0003", 6, "21.11.2026");
  survey("НЯ-0004", 10, "20.05.2026", "2025/2026");
  // Monitoring of the young specialist НЯ-0001: 5 at entry, 8 at exit.
  survey("НЯ-0001", 5, "10.09.2026", "2026/2027", "входной мониторинг");
  survey("НЯ-0001", 8, "20.11.2026", "2026/2027", "итоговый мониторинг");
  // The typed total of young specialists is only a fallback: the register says 4.
  target(w, "молодые специалисты в программах", "2026/2027", 50, 7);
  target(w, "оставили профессию", "2026/2027", 10);
  target(w, "организации-партнёры с наставниками", "2026/2027", 40, 2);
  target(w, "удовлетворённость наставляемых", "2026/2027", 75);
  return w;
}

/** For a test file: `school()` makes a fresh kpiSchool, and every one made is uninstalled after its test. */
export function kpiSchoolPerTest(): () => KpiWorld {
  let worlds: KpiWorld[] = [];
  afterEach(() => {
    for (const w of worlds) w.uninstall();
    worlds = [];
  });
  return () => {
    const w = kpiSchool();
    worlds.push(w);
    return w;
  };
}
