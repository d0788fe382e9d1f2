import { initBase } from "../../src/app/initBase";
import { gasWorld, makeActionTabs, setting, typeRow } from "./gas";

/**
 * A small school typed by hand for «Рассчитать показатели» and «Зафиксировать срез» (tests/gas/kpi.test.ts has
 * every figure computed by hand). Today is 25.11.2026; the academic year 2026/2027.
 */
export type KpiWorld = ReturnType<typeof gasWorld>;

function target(w: KpiWorld, indicator: string, year: string, value: number | "", total: number | "" = "") {
  const sheet = w.ss.getSheetByName("Цели показателей")!;
  const rows = sheet.getDataRange().getValues();
  const i = rows.findIndex((r) => r[0] === indicator && r[1] === year);
  if (i < 0) throw new Error(`no target row ${indicator} ${year}`);
  sheet.getRange(i + 1, 3, 1, 2).setValues([[value, total]]);
}

export function kpiSchool(): KpiWorld {
  const w = gasWorld({ start: Date.UTC(2026, 10, 25, 7, 0) });
  w.run(() => initBase(w.ports()));
  // Survey answers are typed below into «Анкеты», which «Разослать анкеты» would have made.
  makeActionTabs(w, ["surveys"]);
  setting(w.ss, "org.name", "МБОУ «СОШ № 7»");
  setting(w.ss, "org.shortName", "СОШ № 7");
  setting(w.ss, "program.year", "2026/2027");
  const person = { "Согласие на обработку ПДн": true };
  // Mentors: two teachers of ours (one in a contest), one employer's representative from a partner company.
  typeRow(w.ss, "Наставники", {
    ID: "НС-0001",
    ФИО: "Петрова Анна Сергеевна",
    Категория: "педагог",
    "Педагогический стаж, лет": 15,
    "Формы наставничества": "педагог – педагог",
    "Компетенции (чем может помочь)": "уроки",
    "Участие в конкурсах": true,
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
    ...person,
  });
  // Mentees: two young specialists (one in a contest, one who left), a teacher, a pupil.
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
    "Участие в конкурсах": true,
  });
  mentee("НЯ-0002", "Белова Дарья Олеговна", "молодой специалист", {
    "Педагогический стаж, лет": 2,
    "Форма наставничества": "педагог – педагог",
    Статус: "выбыл",
  });
  mentee("НЯ-0003", "Кузнецов Олег Павлович", "педагог", {
    "Педагогический стаж, лет": 10,
    "Форма наставничества": "педагог – педагог",
  });
  mentee("НЯ-0004", "Миронова Алиса Игоревна", "обучающийся", {
    "Форма наставничества": "работодатель – ученик",
    Несовершеннолетний: true,
    "Законный представитель (ФИО)": "Миронова Ольга Петровна",
    "Согласие представителя": true,
  });
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
  const survey = (person: string, score: number, date: string, year = "2026/2027") =>
    typeRow(w.ss, "Анкеты", {
      ID: `АН-${person}-${year}`,
      Анкета: "удовлетворённость наставляемого",
      "Учебный год": year,
      "ID участника": person,
      Статус: "ответ получен",
      "Дата ответа": date,
      "Оценка (0–10)": score,
    });
  survey("НЯ-0001", 9, "20.11.2026");
  survey("НЯ-0003", 6, "21.11.2026");
  survey("НЯ-0004", 10, "20.05.2026", "2025/2026");
  target(w, "молодые специалисты в программах", "2026/2027", 50, 4);
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
