/**
 * A sample school for demos, tests and benchmarks: the settings, the mentor base and the mentee base of an invented
 * Russian school, as a curator would type them into the sheets. Everything follows from the seed (a small PRNG of
 * our own; no Math.random, no clock), so the same seed always gives the same school, row for row.
 *
 * With `mistakes` (the default) a fixed handful of rows hold the errors curators typically make; SAMPLE_MISTAKES
 * says where they are and what is wrong, so tests can check that the add-on finds each of them.
 */
import {
  CONTEST_LEVELS,
  CONTEST_RESULTS,
  type ContestLevel,
  FORMATS,
  FORMS,
  type Form,
  type Format,
  LEAVE_REASONS,
  MENTEE_CATEGORIES,
  MENTOR_CATEGORIES,
  type MenteeCategory,
  type MentorCategory,
  MODELS,
  type Model,
  ORG_TYPES,
  PERSON_STATUSES,
  QUALIFICATIONS,
  type Qualification,
} from "../src/domain/enums";
import type { ProblemCode } from "../src/domain/problems";
import { SETTINGS_SPEC } from "../src/domain/settings";
import { MENTEES, MENTORS, type TableSpec } from "../src/domain/tables";

/** One row as typed by hand: column key → cell. Enumerations hold Russian labels, dates "dd.MM.yyyy". */
export type SampleRow = Record<string, string | number | boolean>;

export interface SampleMistake {
  readonly table: "mentors" | "mentees";
  /** 0-based index into the list (the sheet row is index + 2). */
  readonly index: number;
  /** What is wrong, in the curator's words. */
  readonly what: string;
  /** The column holding the mistake. */
  readonly column: string;
  /** The problem the base check is expected to report; absent when no check exists for it yet. */
  readonly code?: ProblemCode;
  /** For a duplicate: the index of the row it repeats. */
  readonly sameAs?: number;
}

export interface SampleSchool {
  readonly settings: Record<string, string>;
  readonly mentors: SampleRow[];
  readonly mentees: SampleRow[];
  /** The mistakes actually placed in this sample (empty with `mistakes: false`, fewer when the lists are short). */
  readonly invalidRows: SampleMistake[];
  /**
   * With `staff: true`: «Педагогический коллектив» (everyone who teaches or leads here, more than take part) in the
   * order its ids will be given (СТ-0001 …), and «Конкурсы и достижения». Empty otherwise.
   */
  readonly staff: SampleRow[];
  readonly achievements: SampleRow[];
}

export interface SampleOptions {
  /** Number of mentor rows; 40 by default. */
  readonly mentors?: number;
  /** Number of mentee rows; 60 by default. */
  readonly mentees?: number;
  /** Mix the deliberate mistakes in (default true). */
  readonly mistakes?: boolean;
  /**
   * Keep a staff register (default false): the teachers and heads of both lists, and more who are not in the
   * programme, with their ids written into the participants' «ID в коллективе»; dated contests; leavers.
   */
  readonly staff?: boolean;
}

export const DEFAULT_MENTORS = 40;
export const DEFAULT_MENTEES = 60;

const DUPLICATE_OF = 8;

/** The deliberate mistakes and where they stand. A mistake whose index is past the end of its list is left out. */
export const SAMPLE_MISTAKES: readonly SampleMistake[] = [
  {
    table: "mentors",
    index: 4,
    column: "experienceYears",
    code: "notInteger",
    what: "Стаж записан словами («пять лет»), а не числом",
  },
  {
    table: "mentors",
    index: 11,
    column: "forms",
    code: "unknownValue",
    what: "Форма наставничества «педагог-ученик», которой нет в списке",
  },
  {
    table: "mentors",
    index: 18,
    column: "email",
    code: "badEmail",
    what: "E-mail без доменной зоны: ivanova@school",
  },
  { table: "mentors", index: 25, column: "phone", code: "badPhone", what: "Неполный телефон: 12-34" },
  {
    table: "mentors",
    index: 33,
    column: "fullName",
    what: "ФИО вставлено из внешнего источника и начинается с формулы =HYPERLINK(",
  },
  {
    table: "mentees",
    index: 3,
    column: "guardianConsent",
    code: "minorNoGuardian",
    what: "Несовершеннолетний обучающийся без согласия законного представителя",
  },
  {
    table: "mentees",
    index: 10,
    column: "requests",
    code: "emptyRequest",
    what: "Не заполнен запрос наставляемого",
  },
  {
    table: "mentees",
    index: 17,
    column: "experienceYears",
    code: "youngSpecialistExperience",
    what: "Молодой специалист со стажем 12 лет",
  },
  {
    table: "mentees",
    index: 24,
    column: "form",
    code: "categoryForm",
    what: "Обучающийся записан на форму «педагог – педагог»",
  },
  {
    table: "mentees",
    index: 41,
    column: "fullName",
    code: "duplicatePerson",
    sameAs: DUPLICATE_OF,
    what: `Один человек записан дважды: те же ФИО и e-mail, что в строке с индексом ${DUPLICATE_OF}`,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/** A 32-bit generator (the mulberry32 recurrence): small, fast and the same on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 0x100000000;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer from lo to hi inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  /** Up to k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    this.shuffle(copy);
    return copy.slice(0, Math.max(0, k));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Names

type Gender = "m" | "f";

// biome-ignore format: a list of words
const SURNAMES = [
  "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов",
  "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
  "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
  "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Гусев", "Киселёв",
  "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Антонов", "Тарасов", "Баранов",
  "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов",
  "Марков", "Миронов", "Крылов", "Куликов", "Абрамов", "Власов", "Рябов", "Коновалов", "Щербаков", "Чернов",
  "Лапин", "Блинов", "Ершов", "Афанасьев", "Данилов", "Ефимов", "Тихонов", "Голубев", "Быков", "Кудрявцев",
  "Прохоров", "Наумов", "Потапов", "Субботин", "Зуев", "Лукин", "Мельников", "Гаврилов", "Шестаков", "Назаров",
  "Савельев", "Фомин", "Дорофеев", "Елисеев", "Евдокимов", "Трофимов", "Анисимов", "Суханов", "Шубин",
  "Горелов", "Третьяков", "Рогов", "Савин", "Скворцов", "Широков", "Шаров", "Колесников", "Сафронов", "Мухин",
  "Зимин", "Бирюков", "Панов", "Ермаков", "Пономарёв", "Хабибуллин", "Сафин", "Галиев", "Валиев", "Хасанов",
  "Покровский", "Никольский", "Успенский", "Савицкий", "Лозинский", "Шевченко", "Бондаренко", "Ткаченко",
  "Кравченко", "Черных", "Седых", "Ковальчук", "Мельничук", "Иванов", "Лаптев", "Кочетков", "Ерофеев",
  "Пахомов", "Вишняков", "Русаков", "Уваров",
] as const;

/** Men born 1930–1970: the fathers of today's teachers (give patronymics). */
// biome-ignore format: a list of words
const MEN_OLDER = [
  "Иван", "Пётр", "Николай", "Виктор", "Владимир", "Александр", "Сергей", "Юрий", "Анатолий", "Геннадий",
  "Валерий", "Михаил", "Василий", "Борис", "Григорий", "Фёдор", "Степан", "Леонид", "Евгений", "Алексей",
  "Павел", "Константин", "Аркадий", "Вячеслав", "Илья", "Дмитрий", "Андрей",
] as const;
/** Men born 1965–1995: teachers, parents of pupils, fathers of young specialists. */
// biome-ignore format: a list of words
const MEN_MIDDLE = [
  "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Евгений", "Максим", "Денис", "Роман", "Игорь",
  "Олег", "Антон", "Павел", "Владимир", "Иван", "Константин", "Илья", "Вадим", "Виталий", "Николай", "Михаил",
  "Артём", "Станислав", "Руслан", "Юрий", "Виктор",
] as const;
// biome-ignore format: a list of words
const MEN_YOUNG = [
  "Никита", "Илья", "Артём", "Кирилл", "Даниил", "Егор", "Максим", "Иван", "Дмитрий", "Александр", "Владислав",
  "Михаил", "Андрей", "Глеб", "Тимур",
] as const;
// biome-ignore format: a list of words
const BOYS = [
  "Артём", "Матвей", "Михаил", "Александр", "Максим", "Иван", "Даниил", "Кирилл", "Тимофей", "Лев", "Марк",
  "Егор", "Дмитрий", "Фёдор", "Роман", "Ярослав", "Никита", "Богдан", "Савелий", "Арсений",
] as const;
// biome-ignore format: a list of words
const WOMEN_TEACHERS = [
  "Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Галина", "Людмила", "Надежда",
  "Оксана", "Юлия", "Екатерина", "Анна", "Лариса", "Валентина", "Любовь", "Вера", "Нина", "Евгения",
  "Маргарита", "Алла", "Инна", "Лилия", "Тамара", "Александра",
] as const;
// biome-ignore format: a list of words
const WOMEN_YOUNG = [
  "Анастасия", "Дарья", "Алина", "Кристина", "Валерия", "Полина", "Ксения", "Екатерина", "Виктория", "Анна",
  "Мария", "Елизавета", "Яна", "Диана", "Ангелина", "Софья",
] as const;
// biome-ignore format: a list of words
const WOMEN_PARENTS = [
  "Елена", "Ольга", "Наталья", "Анна", "Юлия", "Татьяна", "Ирина", "Екатерина", "Светлана", "Марина",
  "Анастасия", "Евгения", "Оксана", "Мария", "Ксения", "Алёна", "Надежда", "Кристина",
] as const;
// biome-ignore format: a list of words
const GIRLS = [
  "Софья", "Мария", "Анна", "Алиса", "Виктория", "Полина", "Ева", "Варвара", "Василиса", "Дарья", "Ксения",
  "Арина", "Вероника", "Милана", "Ульяна", "Кира", "Злата", "Таисия", "Александра", "Елизавета",
] as const;

/** Combinations that would name well-known people; never generated. */
const FAMOUS = new Set([
  "Крылов Иван Андреевич",
  "Павлов Иван Петрович",
  "Попов Александр Степанович",
  "Лебедев Сергей Алексеевич",
  "Соловьёв Владимир Сергеевич",
  "Соловьёв Сергей Михайлович",
  "Мельников Павел Иванович",
  "Яковлев Александр Сергеевич",
  "Ильин Иван Александрович",
  "Семёнов Николай Николаевич",
  "Тихонов Вячеслав Васильевич",
  "Александров Павел Сергеевич",
  "Лазарев Михаил Петрович",
  "Виноградов Иван Матвеевич",
  "Егоров Борис Борисович",
]);

/** The feminine form of a surname: Соколов → Соколова, Покровский → Покровская; Шевченко and Черных stay. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (/ой$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname;
}

/** The patronymic from a father's first name: Сергей → Сергеевич / Сергеевна, Илья → Ильич / Ильинична. */
export function patronymicOf(father: string, gender: Gender): string {
  const irregular: Record<string, [string, string]> = {
    Илья: ["Ильич", "Ильинична"],
    Павел: ["Павлович", "Павловна"],
    Пётр: ["Петрович", "Петровна"],
    Лев: ["Львович", "Львовна"],
    Михаил: ["Михайлович", "Михайловна"],
    Дмитрий: ["Дмитриевич", "Дмитриевна"],
  };
  const fixed = irregular[father];
  if (fixed) return gender === "m" ? fixed[0] : fixed[1];
  let stem: string;
  if (/[^аеиоуыэюя]ий$/.test(father)) stem = `${father.slice(0, -2)}ье`;
  else if (/[ея]й$|ай$/.test(father)) stem = `${father.slice(0, -1)}е`;
  else if (father.endsWith("ь")) stem = `${father.slice(0, -1)}е`;
  else stem = `${father}о`;
  return `${stem}${gender === "m" ? "вич" : "вна"}`;
}

interface Person {
  readonly surname: string;
  readonly first: string;
  readonly patronymic: string;
  readonly gender: Gender;
  /** Father's first name (the source of the patronymic), for a pupil's guardian. */
  readonly father: string;
  readonly fullName: string;
  /** The surname in its masculine form, for relatives. */
  readonly familyName: string;
}

type Cohort = "teacher" | "young" | "child" | "parent" | "older";

const COHORTS: Record<Cohort, { m: readonly string[]; f: readonly string[]; fathers: readonly string[] }> = {
  teacher: { m: MEN_MIDDLE, f: WOMEN_TEACHERS, fathers: MEN_OLDER },
  older: { m: MEN_OLDER, f: WOMEN_TEACHERS, fathers: MEN_OLDER },
  young: { m: MEN_YOUNG, f: WOMEN_YOUNG, fathers: MEN_MIDDLE },
  child: { m: BOYS, f: GIRLS, fathers: MEN_MIDDLE },
  parent: { m: MEN_MIDDLE, f: WOMEN_PARENTS, fathers: MEN_OLDER },
};

// biome-ignore format: a table
const TRANSLIT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? (/[a-z0-9.-]/.test(ch) ? ch : "")).join("");
}

// ---------------------------------------------------------------------------------------------------------------
// The school

interface Town {
  readonly name: string;
  readonly gen: string;
  readonly adjM: string;
  readonly adjF: string;
  readonly latin: string;
}

/** Invented towns. */
const TOWNS: readonly Town[] = [
  {
    name: "Светлоярск",
    gen: "Светлоярска",
    adjM: "Светлоярский",
    adjF: "Светлоярская",
    latin: "svetloyarsk",
  },
  { name: "Кедрогорск", gen: "Кедрогорска", adjM: "Кедрогорский", adjF: "Кедрогорская", latin: "kedrogorsk" },
  {
    name: "Верхнеборск",
    gen: "Верхнеборска",
    adjM: "Верхнеборский",
    adjF: "Верхнеборская",
    latin: "verkhneborsk",
  },
  {
    name: "Журавлинск",
    gen: "Журавлинска",
    adjM: "Журавлинский",
    adjF: "Журавлинская",
    latin: "zhuravlinsk",
  },
  { name: "Синеозёрск", gen: "Синеозёрска", adjM: "Синеозёрский", adjF: "Синеозёрская", latin: "sineozersk" },
];

const SCHOOL_NUMBERS = [2, 3, 4, 5, 7, 8, 9, 11, 12, 14, 16, 17, 19, 21, 24] as const;

interface Employer {
  readonly organization: string;
  readonly domain: string;
  readonly positions: readonly [string, string];
  readonly topics: readonly string[];
}

interface School {
  readonly town: Town;
  readonly number: number;
  /** Mail domain of the school. The reserved .example zone: sample data can never reach a real mailbox. */
  readonly domain: string;
  readonly college: { readonly name: string; readonly domain: string };
  readonly employers: readonly Employer[];
  readonly director: Person;
  readonly curator: Person;
  readonly curatorEmail: string;
}

const CAREER_CHOICE = "выбор колледжа и специальности";

function employersOf(town: Town): Employer[] {
  return [
    {
      organization: `АО «${town.adjM.slice(0, -2)}энерго»`,
      domain: `energo-${town.latin}.example`,
      positions: ["ведущий инженер-энергетик", "ведущий инженер-энергетик"],
      topics: ["профориентация: профессии энергетики", "инженерный проект", "экскурсия на предприятие"],
    },
    {
      organization: `ООО «${town.adjM} хлебозавод»`,
      domain: `khleb-${town.latin}.example`,
      positions: ["главный технолог", "главный технолог"],
      topics: ["профориентация: пищевое производство", "экскурсия на предприятие"],
    },
    {
      organization: `ГБУЗ «${town.adjF} центральная районная больница»`,
      domain: `crb-${town.latin}.example`,
      positions: ["врач-педиатр", "врач-педиатр"],
      topics: ["профориентация: медицинские профессии", "первая помощь"],
    },
    {
      organization: `МУП «${town.adjM} водоканал»`,
      domain: `vodokanal-${town.latin}.example`,
      positions: ["начальник химической лаборатории", "начальник химической лаборатории"],
      topics: ["профориентация: химическая лаборатория", "исследовательский проект по экологии"],
    },
    {
      organization: `ООО «Агрофирма „${town.name}“»`,
      domain: `agro-${town.latin}.example`,
      positions: ["главный агроном", "главный агроном"],
      topics: ["профориентация: агротехнологии", "школьный агропроект"],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// What people teach, can help with and ask for

interface Subject {
  readonly subject: string;
  readonly position: string;
  readonly weight: number;
  readonly topics: readonly string[];
}

const SUBJECTS: readonly Subject[] = [
  {
    subject: "математика",
    position: "учитель математики",
    weight: 5,
    topics: [
      "подготовка к ОГЭ по математике",
      "подготовка к ЕГЭ по профильной математике",
      "олимпиадная математика",
      "математическая грамотность",
    ],
  },
  {
    subject: "русский язык и литература",
    position: "учитель русского языка и литературы",
    weight: 5,
    topics: [
      "подготовка к ОГЭ по русскому языку",
      "подготовка к ЕГЭ по русскому языку",
      "итоговое сочинение",
      "итоговое собеседование по русскому языку",
      "читательская грамотность",
    ],
  },
  {
    subject: "начальные классы",
    position: "учитель начальных классов",
    weight: 6,
    topics: [
      "адаптация первоклассников",
      "обучение грамоте",
      "подготовка к ВПР в 4 классе",
      "проекты в начальной школе",
    ],
  },
  {
    subject: "английский язык",
    position: "учитель английского языка",
    weight: 3,
    topics: [
      "подготовка к ОГЭ по английскому языку",
      "устная часть ЕГЭ по английскому языку",
      "игровые приёмы на уроке иностранного языка",
    ],
  },
  {
    subject: "история и обществознание",
    position: "учитель истории и обществознания",
    weight: 2,
    topics: ["подготовка к ОГЭ по обществознанию", "подготовка к ЕГЭ по истории", "финансовая грамотность"],
  },
  {
    subject: "физика",
    position: "учитель физики",
    weight: 1,
    topics: [
      "подготовка к ОГЭ по физике",
      "лабораторные работы на цифровом оборудовании",
      "подготовка к ЕГЭ по физике",
    ],
  },
  {
    subject: "химия",
    position: "учитель химии",
    weight: 1,
    topics: [
      "подготовка к ОГЭ по химии",
      "школьный химический эксперимент",
      "естественно-научная грамотность",
    ],
  },
  {
    subject: "биология",
    position: "учитель биологии",
    weight: 1,
    topics: [
      "подготовка к ОГЭ по биологии",
      "исследовательские проекты по биологии",
      "естественно-научная грамотность",
    ],
  },
  {
    subject: "география",
    position: "учитель географии",
    weight: 1,
    topics: ["подготовка к ОГЭ по географии", "краеведение"],
  },
  {
    subject: "информатика",
    position: "учитель информатики",
    weight: 1.5,
    topics: [
      "подготовка к ОГЭ по информатике",
      "программирование на Python",
      "цифровые образовательные ресурсы",
    ],
  },
  {
    subject: "физическая культура",
    position: "учитель физической культуры",
    weight: 2,
    topics: ["подготовка к сдаче норм ГТО", "школьный спортивный клуб", "адаптивная физкультура"],
  },
  {
    subject: "технология",
    position: "учитель технологии",
    weight: 1,
    topics: ["проектная деятельность на уроках технологии", "робототехника"],
  },
  {
    subject: "изобразительное искусство",
    position: "учитель изобразительного искусства",
    weight: 0.5,
    topics: ["творческие конкурсы и выставки", "проектная деятельность"],
  },
  {
    subject: "музыка",
    position: "учитель музыки",
    weight: 0.5,
    topics: ["школьный хор", "подготовка школьных праздников"],
  },
  {
    subject: "ОБЗР",
    position: "преподаватель-организатор ОБЗР",
    weight: 0.5,
    topics: ["обучение первой помощи", "военно-патриотическое воспитание"],
  },
  {
    subject: "психологическое сопровождение",
    position: "педагог-психолог",
    weight: 1,
    topics: [
      "профилактика эмоционального выгорания",
      "разрешение конфликтов с обучающимися",
      "адаптация пятиклассников",
      "сопровождение детей с ОВЗ",
    ],
  },
  {
    subject: "логопедия",
    position: "учитель-логопед",
    weight: 0.5,
    topics: ["коррекция нарушений письменной речи", "сопровождение детей с ОВЗ"],
  },
  {
    subject: "воспитательная работа",
    position: "советник директора по воспитанию",
    weight: 0.5,
    topics: ["ученическое самоуправление", "подготовка школьных праздников", "профилактика правонарушений"],
  },
];

/** What any teacher may be good at, and what a beginner most often asks about. */
const GENERAL = [
  "классное руководство",
  "работа с родителями",
  "дисциплина на уроке",
  "рабочая программа по обновлённым ФГОС",
  "технологическая карта урока",
  "электронный журнал",
  "подготовка к аттестации на квалификационную категорию",
  "дети с ОВЗ на уроке",
  "индивидуальный проект обучающихся",
  "конкурсы профессионального мастерства",
  "формирующее оценивание",
  "самоанализ урока",
  "работа с одарёнными детьми",
] as const;
const NOVICE_REQUESTS = [
  "классное руководство",
  "работа с родителями",
  "дисциплина на уроке",
  "рабочая программа по обновлённым ФГОС",
  "технологическая карта урока",
  "электронный журнал",
  "самоанализ урока",
] as const;
/** The model «лидер сообщества – педагог с трудностями в общении». */
const COMMUNICATION = [
  "разрешение конфликтов с обучающимися",
  "общение с родителями в конфликтной ситуации",
  "взаимодействие с коллегами в методическом объединении",
  "выступление на педсовете и родительском собрании",
  "профилактика эмоционального выгорания",
] as const;
/** The model «педагог-новатор – консервативный педагог». */
const DIGITAL = [
  "цифровые образовательные ресурсы",
  "интерактивная панель на уроке",
  "работа в ФГИС «Моя школа»",
  "онлайн-тесты для проверки знаний",
  "дистанционное обучение",
] as const;
/** A new employee's first questions; the heads can answer them. */
const NEWCOMER = [
  "локальные акты и документация школы",
  "уклад и традиции школы",
  "электронный журнал",
  "работа в ФГИС «Моя школа»",
] as const;
const HEAD_TOPICS = [
  "адаптация новых сотрудников",
  "локальные акты и документация школы",
  "уклад и традиции школы",
  "подготовка к аттестации на квалификационную категорию",
  "самоанализ урока",
  "рабочая программа по обновлённым ФГОС",
  "выступление на педсовете и родительском собрании",
] as const;
/** Pedagogical practice of college students («работодатель – студент»). */
const PRACTICE_MENTOR = [
  "руководство педагогической практикой студентов",
  "подготовка и проведение пробных уроков",
  "отчёт по педагогической практике",
] as const;
const PRACTICE_REQUESTS = [
  "подготовка и проведение пробных уроков",
  "технологическая карта урока",
  "классное руководство",
  "отчёт по педагогической практике",
] as const;

/** «ученик – ученик»: what older pupils can help with and the grades that ask for it. */
const PEER_TOPICS: readonly { text: string; from: number; to: number; subject: string }[] = [
  { text: "адаптация в 5 классе", from: 5, to: 5, subject: "" },
  { text: "подготовка к ВПР по математике", from: 5, to: 8, subject: "математика" },
  { text: "подготовка к ВПР по русскому языку", from: 5, to: 8, subject: "русский язык" },
  { text: "помощь с домашними заданиями по английскому языку", from: 5, to: 7, subject: "английский язык" },
  { text: "подготовка к ОГЭ по математике", from: 9, to: 9, subject: "математика" },
  { text: "подготовка к ОГЭ по русскому языку", from: 9, to: 9, subject: "русский язык" },
  { text: "итоговое собеседование по русскому языку", from: 9, to: 9, subject: "русский язык" },
  { text: "подготовка к ОГЭ по информатике", from: 9, to: 9, subject: "информатика" },
  { text: "подготовка к олимпиаде по математике", from: 5, to: 9, subject: "математика" },
  { text: "подготовка к олимпиаде по биологии", from: 6, to: 9, subject: "биология" },
  { text: "проект для школьной научно-практической конференции", from: 6, to: 9, subject: "" },
  { text: "школьный медиацентр", from: 6, to: 9, subject: "" },
  { text: "волонтёрский отряд", from: 7, to: 9, subject: "" },
  { text: "школьный спортивный клуб", from: 5, to: 8, subject: "физическая культура" },
  { text: "робототехника", from: 5, to: 8, subject: "технология" },
  { text: "шахматы", from: 5, to: 7, subject: "" },
  { text: "выбор профиля 10 класса", from: 8, to: 9, subject: "" },
];

const STUDENT_SPECIALTIES: readonly [string, string][] = [
  ["Преподавание в начальных классах", "начальные классы"],
  ["Физическая культура", "физическая культура"],
  ["Педагогика дополнительного образования", "дополнительное образование"],
  ["Коррекционная педагогика в начальном образовании", "начальные классы"],
];

const LETTERS = ["А", "Б", "В", "Г"] as const;

// ---------------------------------------------------------------------------------------------------------------
// Labels

const formLabel = (k: Form) => FORMS.values[k].ru;
const modelLabel = (k: Model) => MODELS.values[k].ru;
const formatLabel = (k: Format) => FORMATS.values[k].ru;
const mentorCategory = (k: MentorCategory) => MENTOR_CATEGORIES.values[k].ru;
const menteeCategory = (k: MenteeCategory) => MENTEE_CATEGORIES.values[k].ru;
const qualification = (k: Qualification) => QUALIFICATIONS.values[k].ru;
const LIST = "; ";

// ---------------------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

function ruDate(ms: number): string {
  const d = new Date(ms);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}

/** The working day on or before the date (a form is signed on a weekday). */
function weekday(ms: number): number {
  let t = ms;
  while (new Date(t).getUTCDay() === 0 || new Date(t).getUTCDay() === 6) t -= DAY_MS;
  return t;
}

const SEPTEMBER_1 = Date.UTC(2026, 8, 1);

// ---------------------------------------------------------------------------------------------------------------
// Generation

class Registry {
  readonly names = new Set<string>();
  readonly emails = new Set<string>();
  readonly phones = new Set<string>();
}

interface Ctx {
  readonly rng: Rng;
  readonly reg: Registry;
  readonly school: School;
}

function newPerson(rng: Rng, reg: Registry, cohort: Cohort, gender: Gender, surname?: string): Person {
  const pool = COHORTS[cohort];
  let person: Person | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    const family = surname ?? rng.pick(SURNAMES);
    const first = rng.pick(gender === "m" ? pool.m : pool.f);
    const father = rng.pick(pool.fathers);
    const sur = gender === "m" ? family : feminineSurname(family);
    const patronymic = patronymicOf(father, gender);
    const fullName = `${sur} ${first} ${patronymic}`;
    person = { surname: sur, first, patronymic, gender, father, fullName, familyName: family };
    if (!reg.names.has(fullName) && !FAMOUS.has(fullName)) break;
  }
  // After many attempts a repeated name is accepted: the contacts below are always distinct.
  reg.names.add(person!.fullName);
  return person!;
}

function uniqueEmail(reg: Registry, local: string, domain: string): string {
  for (let n = 1; ; n++) {
    const email = `${local}${n === 1 ? "" : n}@${domain}`;
    if (!reg.emails.has(email)) {
      reg.emails.add(email);
      return email;
    }
  }
}

function staffEmail(reg: Registry, p: Person, domain: string): string {
  const initials = transliterate(p.first.slice(0, 1)) + transliterate(p.patronymic.slice(0, 1));
  return uniqueEmail(reg, `${transliterate(p.surname)}.${initials}`, domain);
}

function pupilEmail(reg: Registry, p: Person, domain: string): string {
  return uniqueEmail(reg, `${transliterate(p.first)}.${transliterate(p.surname)}`, domain);
}

// biome-ignore format: a list of words
const MOBILE_CODES = [
  900, 902, 904, 908, 912, 913, 914, 916, 918, 920, 922, 924, 925, 926, 927, 929, 950, 951, 953, 960, 961,
  962, 963, 964, 965, 977, 978, 980, 981, 983, 985, 987, 988, 991, 996, 999,
] as const;

function newPhone(rng: Rng, reg: Registry): string {
  for (;;) {
    const digits = String(rng.int(0, 9_999_999)).padStart(7, "0");
    const phone = `+7 ${rng.pick(MOBILE_CODES)} ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
    if (!reg.phones.has(phone)) {
      reg.phones.add(phone);
      return phone;
    }
  }
}

function blankRow(table: TableSpec): SampleRow {
  const row: SampleRow = {};
  for (const c of table.columns) {
    if (c.kind === "id") continue;
    row[c.key] = c.kind === "checkbox" ? false : "";
  }
  return row;
}

/** Entry and consent dates: entry on a September working day, consent signed up to a week before. */
function dates(rng: Rng, lastDay: number): { entryDate: string; consentDate: string } {
  const entry = weekday(SEPTEMBER_1 + rng.int(0, lastDay - 1) * DAY_MS);
  const consent = weekday(entry - rng.int(0, 7) * DAY_MS);
  return { entryDate: ruDate(entry), consentDate: ruDate(consent) };
}

function fillPerson(ctx: Ctx, row: SampleRow, p: Person, email: string, lastDay: number): void {
  row.fullName = p.fullName;
  row.email = email;
  row.phone = newPhone(ctx.rng, ctx.reg);
  row.consent = true;
  Object.assign(row, dates(ctx.rng, lastDay));
  row.status = ctx.rng.chance(0.15) ? PERSON_STATUSES.values.active.ru : "";
}

/** A minor's consent block: a parent (the father's name matches the patronymic) with their phone. */
function fillGuardian(ctx: Ctx, row: SampleRow, child: Person): void {
  const { rng, reg } = ctx;
  row.minor = true;
  let guardian: Person;
  if (rng.chance(0.65)) {
    guardian = newPerson(rng, reg, "parent", "f", child.familyName);
  } else {
    const fatherPatronymic = patronymicOf(rng.pick(MEN_OLDER), "m");
    const fullName = `${child.familyName} ${child.father} ${fatherPatronymic}`;
    reg.names.add(fullName);
    guardian = {
      surname: child.familyName,
      first: child.father,
      patronymic: fatherPatronymic,
      gender: "m",
      father: "",
      fullName,
      familyName: child.familyName,
    };
  }
  row.guardianName = guardian.fullName;
  row.guardianContact = newPhone(rng, reg);
  row.guardianConsent = true;
}

function teacherExperience(rng: Rng, lo: number, hi: number): number {
  // Two draws averaged: most teachers are mid-career, fewer at either end.
  return lo + Math.floor(((rng.float() + rng.float()) / 2) * (hi - lo + 1));
}

function mentorQualification(rng: Rng, years: number): string {
  if (years < 6) return qualification(rng.chance(0.6) ? "first" : "conformity");
  if (years < 15)
    return qualification(
      rng.weighted([
        ["first", 6],
        ["highest", 3],
        ["conformity", 1],
      ] as const),
    );
  return qualification(rng.chance(0.65) ? "highest" : "first");
}

function pickSubject(rng: Rng): Subject {
  return rng.weighted(SUBJECTS.map((s) => [s, s.weight] as const));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function gendered(p: Person, m: string, f: string): string {
  return p.gender === "m" ? m : f;
}

// --- Mentors ---

function teacherMentor(ctx: Ctx, subject = pickSubject(ctx.rng)): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, rng.chance(0.3) ? "older" : "teacher", rng.chance(0.85) ? "f" : "m");
  const row = blankRow(MENTORS);
  const years = teacherExperience(rng, 4, 35);
  const takesStudents = rng.chance(0.2);
  const competencies = [
    ...rng.sample(subject.topics, rng.int(1, Math.min(3, subject.topics.length))),
    ...rng.sample(GENERAL, rng.int(1, 3)),
  ];
  if (years >= 15 && rng.chance(0.35)) competencies.push(rng.pick(COMMUNICATION));
  if (years < 15 && rng.chance(0.4)) competencies.push(rng.pick(DIGITAL));
  if (takesStudents) competencies.push(...rng.sample(PRACTICE_MENTOR, 2));
  row.category = mentorCategory("teacher");
  row.position = subject.position;
  row.subjects = subject.subject;
  row.experienceYears = years;
  row.qualification = mentorQualification(rng, years);
  row.competencies = unique(competencies).join(LIST);
  row.forms = [formLabel("teacher_teacher"), ...(takesStudents ? [formLabel("employer_student")] : [])].join(
    LIST,
  );
  row.capacity = rng.weighted([
    [1, 16],
    [2, 3],
    [3, 1],
  ] as const);
  row.format = formatLabel(
    rng.weighted([
      ["in_person", 14],
      ["mixed", 5],
      ["remote", 1],
    ] as const),
  );
  fillPerson(ctx, row, p, staffEmail(reg, p, school.domain), 15);
  if (rng.chance(0.15)) {
    row.remarks = rng.pick([
      `Руководитель школьного методического объединения (${subject.subject})`,
      "Эксперт предметной комиссии ОГЭ",
      gendered(p, "Победитель", "Победительница") + " муниципального конкурса «Учитель года»",
      gendered(p, "В прошлом учебном году вёл", "В прошлом учебном году вела") + " молодого специалиста",
      "Может вести группу после зимних каникул",
    ]);
  }
  return row;
}

const HEAD_POSITIONS = [
  "заместитель директора по учебно-воспитательной работе",
  "заместитель директора по воспитательной работе",
  "заместитель директора по научно-методической работе",
  "руководитель центра «Точка роста»",
] as const;

function headMentor(ctx: Ctx, ordinal: number): SampleRow {
  const { rng, reg, school } = ctx;
  const isCurator = ordinal === 0;
  const p = isCurator ? school.curator : newPerson(rng, reg, "teacher", rng.chance(0.7) ? "f" : "m");
  const subject = pickSubject(rng);
  const row = blankRow(MENTORS);
  const years = teacherExperience(rng, 15, 35);
  row.category = mentorCategory("head");
  row.position = HEAD_POSITIONS[ordinal % HEAD_POSITIONS.length]!;
  row.subjects = subject.subject;
  row.experienceYears = years;
  row.qualification = qualification("highest");
  // Every head takes in newcomers; the rest of what they offer varies.
  const [welcome, paperwork, ...rest] = HEAD_TOPICS;
  row.competencies = unique([
    welcome,
    paperwork,
    ...rng.sample(rest, rng.int(1, 2)),
    rng.pick(subject.topics),
  ]).join(LIST);
  row.forms = [formLabel("head_teacher"), formLabel("teacher_teacher")].join(LIST);
  row.capacity = rng.int(2, 3);
  // A head meets the newcomers together: their pairs are one group («Работает с группой»).
  row.groupWork = true;
  row.format = formatLabel("in_person");
  fillPerson(ctx, row, p, isCurator ? school.curatorEmail : staffEmail(reg, p, school.domain), 5);
  if (isCurator) row.remarks = "Куратор программы наставничества";
  return row;
}

function pupilMentor(ctx: Ctx): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, "child", rng.chance(0.55) ? "f" : "m");
  const row = blankRow(MENTORS);
  const strong = rng.sample(
    PEER_TOPICS.map((t) => t.text),
    rng.int(2, 4),
  );
  const subject = PEER_TOPICS.find((t) => t.text === strong[0] && t.subject !== "")?.subject ?? "";
  row.category = mentorCategory("pupil");
  row.position = `${rng.int(10, 11)} «${rng.pick(LETTERS.slice(0, 2))}» класс`;
  row.subjects = subject;
  row.competencies = strong.join(LIST);
  row.forms = formLabel("pupil_pupil");
  row.capacity = rng.int(1, 3);
  row.format = formatLabel(rng.chance(0.8) ? "in_person" : "mixed");
  fillPerson(ctx, row, p, pupilEmail(reg, p, school.domain), 20);
  fillGuardian(ctx, row, p);
  if (rng.chance(0.25)) {
    row.remarks = rng.pick([
      "Член совета обучающихся",
      "Призёр муниципального этапа всероссийской олимпиады школьников",
      gendered(p, "Вожатый", "Вожатая") + " в летнем пришкольном лагере",
    ]);
  }
  return row;
}

function employerMentor(ctx: Ctx, ordinal: number): SampleRow {
  const { rng, reg, school } = ctx;
  const employer = school.employers[ordinal % school.employers.length]!;
  const p = newPerson(rng, reg, "teacher", rng.chance(0.5) ? "f" : "m");
  const row = blankRow(MENTORS);
  row.category = mentorCategory("employer");
  row.position = p.gender === "m" ? employer.positions[0] : employer.positions[1];
  row.organization = employer.organization;
  row.subjects = "профориентация";
  row.competencies = unique([...employer.topics, CAREER_CHOICE]).join(LIST);
  row.forms = formLabel("employer_pupil");
  row.capacity = rng.int(2, 3);
  row.format = formatLabel(rng.chance(0.6) ? "mixed" : "remote");
  const local = `${transliterate(p.first.slice(0, 1))}.${transliterate(p.surname)}`;
  fillPerson(ctx, row, p, uniqueEmail(reg, local, employer.domain), 20);
  return row;
}

// --- Mentees ---

interface MenteeCtx extends Ctx {
  /** Mentors a mentee may name as preferred: subject → full names (clean rows only). */
  readonly bySubject: ReadonlyMap<string, readonly string[]>;
  /** Employers that have a mentor in the base: pupils ask about what they can show. */
  readonly employers: readonly Employer[];
}

function preferred(ctx: MenteeCtx, subject: string): string {
  const names = ctx.bySubject.get(subject);
  return names && names.length > 0 && ctx.rng.chance(0.12) ? ctx.rng.pick(names) : "";
}

function youngSpecialist(ctx: MenteeCtx, years?: number): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, "young", rng.chance(0.8) ? "f" : "m");
  const subject = pickSubject(rng);
  const row = blankRow(MENTEES);
  const headForm = rng.chance(0.15);
  row.category = menteeCategory("young_specialist");
  row.position = subject.position;
  row.subject = subject.subject;
  row.experienceYears =
    years ??
    rng.weighted([
      [0, 5],
      [1, 4],
      [2, 2],
      [3, 1],
    ] as const);
  row.requests = unique([rng.pick(subject.topics), ...rng.sample(NOVICE_REQUESTS, rng.int(1, 2))]).join(LIST);
  row.form = formLabel(headForm ? "head_teacher" : "teacher_teacher");
  row.model = headForm ? "" : modelLabel(rng.chance(0.7) ? "experienced_young" : "expert_novice_subject");
  row.format = formatLabel(rng.chance(0.85) ? "in_person" : "mixed");
  row.preferredMentor = preferred(ctx, subject.subject);
  fillPerson(ctx, row, p, staffEmail(reg, p, school.domain), 30);
  if (rng.chance(0.15)) {
    row.remarks = rng.pick([
      gendered(p, "Выпускник нашей школы", "Выпускница нашей школы"),
      gendered(p, "Принят", "Принята") + " на работу с 01.09.2026",
      "Обучается в магистратуре заочно",
    ]);
  }
  return row;
}

function teacherWithDifficulties(ctx: MenteeCtx): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, rng.chance(0.5) ? "older" : "teacher", rng.chance(0.85) ? "f" : "m");
  const subject = pickSubject(rng);
  const row = blankRow(MENTEES);
  const model = rng.weighted([
    ["leader_struggling", 5],
    ["innovator_conservative", 4],
    ["expert_novice_subject", 2],
  ] as const);
  let requests: string[];
  if (model === "leader_struggling") requests = rng.sample(COMMUNICATION, rng.int(2, 3));
  else if (model === "innovator_conservative") requests = rng.sample(DIGITAL, rng.int(2, 3));
  else requests = rng.sample(subject.topics, 2);
  row.category = menteeCategory("teacher");
  row.position = subject.position;
  row.subject = subject.subject;
  row.experienceYears = teacherExperience(rng, 5, 32);
  row.requests = requests.join(LIST);
  row.form = formLabel("teacher_teacher");
  row.model = modelLabel(model);
  row.format = formatLabel(rng.chance(0.8) ? "in_person" : "mixed");
  row.preferredMentor = preferred(ctx, subject.subject);
  fillPerson(ctx, row, p, staffEmail(reg, p, school.domain), 30);
  if (model === "expert_novice_subject" && rng.chance(0.5)) {
    row.remarks = `С этого учебного года ведёт новый для себя предмет (${subject.subject})`;
  }
  return row;
}

function newEmployee(ctx: MenteeCtx): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, "teacher", rng.chance(0.8) ? "f" : "m");
  const subject = pickSubject(rng);
  const row = blankRow(MENTEES);
  const headForm = rng.chance(0.5);
  row.category = menteeCategory("new_employee");
  row.position = subject.position;
  row.subject = subject.subject;
  row.experienceYears = teacherExperience(rng, 1, 20);
  row.requests = unique([...rng.sample(NEWCOMER, rng.int(1, 2)), rng.pick(subject.topics)]).join(LIST);
  row.form = formLabel(headForm ? "head_teacher" : "teacher_teacher");
  row.model = headForm ? "" : modelLabel("expert_novice_subject");
  row.format = formatLabel("in_person");
  fillPerson(ctx, row, p, staffEmail(reg, p, school.domain), 30);
  if (rng.chance(0.3)) {
    row.remarks =
      gendered(p, "Переведён", "Переведена") + ` из МБОУ «СОШ № ${rng.int(1, 30)}» г. ${school.town.gen}`;
  }
  return row;
}

function pupilMentee(ctx: MenteeCtx, withEmployer = ctx.rng.chance(0.15)): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, "child", rng.chance(0.5) ? "f" : "m");
  const row = blankRow(MENTEES);
  const grade = withEmployer ? rng.int(8, 9) : rng.int(5, 9);
  row.category = menteeCategory("pupil");
  row.position = `${grade} «${rng.pick(LETTERS)}» класс`;
  if (withEmployer) {
    const employer = rng.pick(ctx.employers);
    row.requests = [rng.pick(employer.topics), CAREER_CHOICE].join(LIST);
    row.subject = "профориентация";
    row.form = formLabel("employer_pupil");
  } else {
    const fits = PEER_TOPICS.filter((t) => grade >= t.from && grade <= t.to);
    const wanted = rng.sample(fits, rng.int(1, 2));
    row.requests = wanted.map((t) => t.text).join(LIST);
    row.subject = wanted.find((t) => t.subject !== "")?.subject ?? "";
    row.form = formLabel("pupil_pupil");
  }
  row.format = formatLabel("in_person");
  fillPerson(ctx, row, p, pupilEmail(reg, p, school.domain), 30);
  fillGuardian(ctx, row, p);
  return row;
}

function studentMentee(ctx: MenteeCtx): SampleRow {
  const { rng, reg, school } = ctx;
  const p = newPerson(rng, reg, "young", rng.chance(0.75) ? "f" : "m");
  const [specialty, subject] = rng.pick(STUDENT_SPECIALTIES);
  const row = blankRow(MENTEES);
  row.category = menteeCategory("student");
  row.position = `студент ${rng.int(2, 4)} курса, специальность «${specialty}»`;
  row.organization = school.college.name;
  row.subject = subject;
  row.requests = rng.sample(PRACTICE_REQUESTS, rng.int(2, 3)).join(LIST);
  row.form = formLabel("employer_student");
  row.format = formatLabel(rng.chance(0.7) ? "in_person" : "mixed");
  fillPerson(ctx, row, p, staffEmail(reg, p, school.college.domain), 30);
  if (rng.chance(0.3)) row.remarks = "Педагогическая практика с 14.09.2026 по 30.10.2026";
  return row;
}

// --- The plan of a list ---

/** Splits n into whole counts proportional to the weights (largest remainder), in the weights' order. */
function apportion<K>(n: number, weights: readonly (readonly [K, number])[]): K[] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const exact = weights.map(([, w]) => (w / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left--;
  }
  return weights.flatMap(([k], i) => Array<K>(counts[i]!).fill(k));
}

const MENTOR_MIX = [
  ["teacher", 32],
  ["head", 2],
  ["pupil", 4],
  ["employer", 2],
] as const;
const MENTEE_MIX = [
  ["young", 18],
  ["struggling", 9],
  ["newcomer", 6],
  ["pupil", 23],
  ["student", 4],
] as const;

function makeSchool(rng: Rng, reg: Registry): School {
  const town = rng.pick(TOWNS);
  const number = rng.pick(SCHOOL_NUMBERS);
  const domain = `sosh${number}-${town.latin}.example`;
  const director = newPerson(rng, reg, "older", rng.chance(0.6) ? "f" : "m");
  const curator = newPerson(rng, reg, "teacher", rng.chance(0.85) ? "f" : "m");
  return {
    town,
    number,
    domain,
    college: {
      name: `ГБПОУ «${town.adjM} педагогический колледж»`,
      domain: `pedcollege-${town.latin}.example`,
    },
    employers: employersOf(town),
    director,
    curator,
    curatorEmail: staffEmail(reg, curator, domain),
  };
}

function settingsOf(school: School): Record<string, string> {
  const known: Record<string, string> = {
    "org.name": `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${school.number}» города ${school.town.gen}`,
    "org.shortName": `МБОУ «СОШ № ${school.number}» г. ${school.town.gen}`,
    "org.type": ORG_TYPES.values.school.ru,
    "org.city": `г. ${school.town.name}`,
    "head.name": school.director.fullName,
    "head.position": "Директор",
    "curator.name": school.curator.fullName,
    "curator.position": "Заместитель директора по учебно-воспитательной работе",
    "curator.email": school.curatorEmail,
    "program.year": "2026/2027",
  };
  const settings: Record<string, string> = {};
  for (const spec of SETTINGS_SPEC) {
    const initial = spec.initial?.(new Date(SEPTEMBER_1), "ru");
    settings[spec.key] = known[spec.key] ?? (initial === undefined ? "" : String(initial));
  }
  return settings;
}

function count(value: number | undefined, fallback: number, what: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`sampleSchool: ${what} must be a whole number ≥ 0, got ${n}`);
  return n;
}

/**
 * Generates the sample school. `sampleSchool()` is the demo school of 40 mentors and 60 mentees with the mistakes;
 * `sampleSchool(seed, { mentors: 5000, mentees: 5000, mistakes: false })` is clean data for a benchmark.
 */
export function sampleSchool(seed = 2026, options: SampleOptions = {}): SampleSchool {
  const nMentors = count(options.mentors, DEFAULT_MENTORS, "mentors");
  const nMentees = count(options.mentees, DEFAULT_MENTEES, "mentees");
  const rng = new Rng(seed);
  const reg = new Registry();
  const school = makeSchool(rng, reg);
  const ctx: Ctx = { rng, reg, school };

  const mentorPlan = rng.shuffle(apportion(nMentors, MENTOR_MIX));
  let heads = 0;
  let employers = 0;
  const makeMentor: Record<(typeof mentorPlan)[number], () => SampleRow> = {
    teacher: () => teacherMentor(ctx),
    head: () => headMentor(ctx, heads++),
    pupil: () => pupilMentor(ctx),
    employer: () => employerMentor(ctx, employers++),
  };
  const mentors = mentorPlan.map((kind) => makeMentor[kind]());

  // Mentees may name a mentor; only rows that stay clean in either mode are named, so both modes agree elsewhere.
  const mistakenMentors = new Set(SAMPLE_MISTAKES.filter((m) => m.table === "mentors").map((m) => m.index));
  const bySubject = new Map<string, string[]>();
  mentors.forEach((m, i) => {
    if (mistakenMentors.has(i) || m.category !== mentorCategory("teacher")) return;
    const list = bySubject.get(String(m.subjects)) ?? [];
    list.push(String(m.fullName));
    bySubject.set(String(m.subjects), list);
  });
  const mctx: MenteeCtx = { ...ctx, bySubject, employers: school.employers.slice(0, Math.max(1, employers)) };
  const menteePlan = rng.shuffle(apportion(nMentees, MENTEE_MIX));
  const makeMentee: Record<(typeof menteePlan)[number], () => SampleRow> = {
    young: () => youngSpecialist(mctx),
    struggling: () => teacherWithDifficulties(mctx),
    newcomer: () => newEmployee(mctx),
    pupil: () => pupilMentee(mctx),
    student: () => studentMentee(mctx),
  };
  const mentees = menteePlan.map((kind) => makeMentee[kind]());

  const invalidRows: SampleMistake[] = [];
  if (options.mistakes ?? true) {
    // A stream of its own: the clean rows are the same with and without the mistakes.
    const mistakes: MenteeCtx = { ...mctx, rng: new Rng((seed ^ 0x5eed_f00d) >>> 0) };
    for (const m of SAMPLE_MISTAKES) {
      const list = m.table === "mentors" ? mentors : mentees;
      if (m.index >= list.length || (m.sameAs !== undefined && m.sameAs >= list.length)) continue;
      list[m.index] = mistakenRow(m, mistakes, list);
      invalidRows.push(m);
    }
  }

  const register = options.staff
    ? staffRegister({ ...mctx, rng: new Rng((seed ^ 0x57aff) >>> 0) }, mentors, mentees, invalidRows)
    : { staff: [], achievements: [] };
  return { settings: settingsOf(school), mentors, mentees, invalidRows, ...register };
}

// --- The staff register ---

/** How many teachers work here but are not in the programme, besides the leavers. */
const STAFF_OUTSIDE = 24;
const YOUNG_OUTSIDE = 3;

const staffId = (n: number) => `СТ-${String(n).padStart(4, "0")}`;

/**
 * «Педагогический коллектив» for the sample: first every teacher and head of the two lists (their rows get the
 * register's id), then teachers outside the programme (three of them young specialists), one who moved to another
 * school this autumn and one who left the profession in June; and dated contests, this year's and last year's.
 */
function staffRegister(
  ctx: Ctx,
  mentors: SampleRow[],
  mentees: SampleRow[],
  mistakes: readonly SampleMistake[],
): { staff: SampleRow[]; achievements: SampleRow[] } {
  const { rng, reg, school } = ctx;
  const staff: SampleRow[] = [];
  const byName = new Map<string, string>();
  const teaching = new Set([mentorCategory("teacher"), mentorCategory("head")]);
  const teachingMentees = new Set([
    menteeCategory("young_specialist"),
    menteeCategory("teacher"),
    menteeCategory("new_employee"),
  ]);
  const add = (row: SampleRow): string => {
    const id = staffId(staff.length + 1);
    staff.push(row);
    byName.set(String(row.fullName), id);
    return id;
  };
  const hireFor = (years: number) =>
    ruDate(weekday(Date.UTC(2026 - Math.min(years, 30) - rng.int(0, 2), 7, 25 + rng.int(0, 6))));
  const fromParticipant = (
    row: SampleRow,
    years: number,
    positionKey: "subjects" | "subject",
  ): SampleRow => ({
    fullName: row.fullName!,
    position: row.position!,
    subjects: row[positionKey] ?? "",
    hireDate: row.category === menteeCategory("new_employee") ? "26.08.2026" : hireFor(years),
    teachingYears: years,
    experienceDate: "",
    totalYears: years + rng.int(0, 4),
    qualification: row.qualification ?? (years < 2 ? qualification("none") : qualification("conformity")),
    leaveDate: "",
    leaveReason: "",
    email: row.email!,
    phone: row.phone!,
    consent: true,
    consentDate: row.consentDate ?? "",
    remarks: "",
  });
  // A row holding a deliberate mistake (a formula for a name, a broken e-mail) is not copied into the register:
  // the register is the HR office's clean list. A duplicate registration points to the row of the first one.
  const skip = (table: "mentors" | "mentees", i: number) =>
    mistakes.some((m) => m.table === table && m.index === i);
  for (const [table, list, isTeacher, subjectKey] of [
    ["mentors", mentors, (r: SampleRow) => teaching.has(String(r.category)), "subjects"],
    ["mentees", mentees, (r: SampleRow) => teachingMentees.has(String(r.category)), "subject"],
  ] as const) {
    list.forEach((row, i) => {
      if (!isTeacher(row)) return;
      const known = byName.get(String(row.fullName));
      // A duplicate registration (a deliberate mistake) is the same person: it points to the same row.
      if (known || skip(table, i)) {
        if (known) row.staffId = known;
        return;
      }
      const years = typeof row.experienceYears === "number" ? row.experienceYears : 5;
      row.staffId = add(fromParticipant(row, years, subjectKey));
    });
  }
  const outsider = (years: number, cohort: Cohort): SampleRow => {
    const p = newPerson(rng, reg, cohort, rng.chance(0.8) ? "f" : "m");
    const subject = pickSubject(rng);
    return {
      fullName: p.fullName,
      position: subject.position,
      subjects: subject.subject,
      hireDate: hireFor(years),
      teachingYears: years,
      experienceDate: "",
      totalYears: years + rng.int(0, 6),
      qualification: years < 2 ? qualification("none") : mentorQualification(rng, years),
      leaveDate: "",
      leaveReason: "",
      email: staffEmail(reg, p, school.domain),
      phone: newPhone(rng, reg),
      consent: true,
      consentDate: "28.08.2026",
      remarks: "",
    };
  };
  const outsideYoung: string[] = [];
  for (let i = 0; i < STAFF_OUTSIDE; i++) {
    const young = i < YOUNG_OUTSIDE;
    const id = add(
      outsider(young ? i : teacherExperience(rng, 4, 38), young ? "young" : rng.pick(["teacher", "older"])),
    );
    if (young) outsideYoung.push(id);
  }
  add({
    ...outsider(7, "teacher"),
    leaveDate: "30.10.2026",
    leaveReason: LEAVE_REASONS.values.other_organisation.ru,
    remarks: "Переведена в гимназию по месту жительства",
  });
  add({
    ...outsider(2, "young"),
    leaveDate: "15.06.2026",
    leaveReason: LEAVE_REASONS.values.left_profession.ru,
    remarks: "Уволилась по собственному желанию, работает не по специальности",
  });
  return { staff, achievements: contestsOf(ctx, staff, outsideYoung) };
}

const CONTESTS: readonly { event: string; level: ContestLevel; date: string }[] = [
  { event: "Муниципальный конкурс «Учитель года — 2027»", level: "municipal", date: "22.10.2026" },
  { event: "Региональный конкурс «Педагогический дебют»", level: "regional", date: "12.11.2026" },
  { event: "Школьный фестиваль открытых уроков", level: "organisation", date: "16.10.2026" },
  { event: "Всероссийский конкурс методических разработок", level: "federal", date: "05.11.2026" },
  // Last academic year: not this year's figure.
  { event: "Муниципальный конкурс «Учитель года — 2026»", level: "municipal", date: "14.03.2026" },
];

/** Dated contest entries: experienced teachers and young specialists, this year and last. */
function contestsOf(ctx: Ctx, staff: readonly SampleRow[], outsideYoung: readonly string[]): SampleRow[] {
  const { rng } = ctx;
  const ids = staff.map((_, i) => staffId(i + 1));
  const current = ids.filter((_, i) => !staff[i]!.leaveDate);
  const young = current.filter((id) => Number(staff[ids.indexOf(id)]!.teachingYears) <= 3);
  const picks = [...rng.sample(current, 7), ...rng.sample(young, 3), outsideYoung[0]!];
  return [...new Set(picks)].map((id, i) => {
    // The first is last year's (it must not count this year); young specialists go to «Педагогический дебют».
    const c =
      i === 0
        ? CONTESTS[CONTESTS.length - 1]!
        : id === outsideYoung[0] || young.includes(id)
          ? CONTESTS[1]!
          : CONTESTS[i % (CONTESTS.length - 1)]!;
    return {
      personId: id,
      personName: staff[ids.indexOf(id)]!.fullName!,
      event: c.event,
      level: CONTEST_LEVELS.values[c.level].ru,
      date: c.date,
      result:
        CONTEST_RESULTS.values[
          rng.weighted([
            ["participant", 6],
            ["laureate", 2],
            ["prize", 1],
            ["winner", 1],
          ] as const)
        ].ru,
      remarks: "",
    };
  });
}

function mistakenRow(m: SampleMistake, ctx: MenteeCtx, list: readonly SampleRow[]): SampleRow {
  const { rng, reg, school } = ctx;
  const where = `${m.table}:${m.index}`;
  switch (where) {
    case "mentors:4":
      return { ...teacherMentor(ctx), experienceYears: "пять лет" };
    case "mentors:11":
      return { ...teacherMentor(ctx), forms: "педагог-ученик" };
    case "mentors:18": {
      const p = newPerson(rng, reg, "teacher", "f", "Иванов");
      return { ...teacherMentor(ctx), fullName: p.fullName, email: "ivanova@school" };
    }
    case "mentors:25":
      return { ...teacherMentor(ctx), phone: "12-34" };
    case "mentors:33": {
      // Pasted from a message with a link to a registration form.
      const row = teacherMentor(ctx);
      return {
        ...row,
        fullName: `=HYPERLINK("anketa.${school.town.latin}.example/nastavnik";"${row.fullName}")`,
      };
    }
    case "mentees:3":
      return { ...pupilMentee(ctx, false), guardianConsent: false };
    case "mentees:10":
      return { ...youngSpecialist(ctx), requests: "" };
    case "mentees:17":
      return youngSpecialist(ctx, 12);
    case "mentees:24":
      return {
        ...pupilMentee(ctx, false),
        form: formLabel("teacher_teacher"),
        requests: "подготовка к ОГЭ по математике",
        subject: "математика",
      };
    case "mentees:41": {
      const original = list[m.sameAs ?? DUPLICATE_OF]!;
      // Registered a second time through the form weeks later: the same person with the same e-mail.
      return { ...original, entryDate: ruDate(weekday(Date.UTC(2026, 8, 28))), status: "" };
    }
  }
  throw new Error(`sampleSchool: no row for the mistake at ${where}`);
}

/**
 * The values of a tab as they would be typed: the header row (Russian headers) and one array a row in the column
 * order of the table; the id column is left empty for the add-on to fill.
 */
export function sampleSheetValues(
  table: TableSpec,
  rows: readonly SampleRow[],
): (string | number | boolean)[][] {
  const header = table.columns.map((c) => c.header.ru);
  return [header, ...rows.map((r) => table.columns.map((c) => (c.key === "id" ? "" : (r[c.key] ?? ""))))];
}
