import { DEFAULT_YOUNG_RULE, type YoungRule } from "../base/staff";
import { FORMS, type Form, KINDS, type Kind, type MenteeCategory, type MentorCategory } from "../enums";
import type { L } from "../i18n";
import { isExternalMentor, ourNames } from "./people";
import { dayOf, pairsOn } from "./period";
import { registerOf, staffRowOf, youngMentee, youngOnStaff } from "./register";
import type { KpiData, KpiMentee } from "./types";

/**
 * Statistical counts for federal reporting (the forms of federal statistical observation ask how many take part in
 * mentoring programmes) and the personified accounting of mentors and mentees: who took part on a given day. Only
 * people in pairs current on that day count; a pair over before it does not.
 */

export type CountGroup = "total" | "role" | "form" | "kind" | "category";

export interface CountRow {
  readonly group: CountGroup;
  /** The breakdown as the tab shows it («Разрез»): «всего», «по ролям», «по формам наставничества», «по категориям». */
  readonly groupLabel: L;
  /** "all"; "mentor" / "mentee"; a form key; "young_specialist", "student", "pupil", "external_mentor". */
  readonly key: string;
  readonly label: L;
  readonly count: number;
}

export interface Participant {
  readonly personId: string;
  readonly fullName: string;
  readonly role: "mentor" | "mentee";
  /** The category key, empty when the person is not in the base. */
  readonly category: MentorCategory | MenteeCategory | "";
  readonly forms: Form[];
  /**
   * The kinds of mentoring of their pairs. «в группе» only from a pair the curator marked so; a pair with no kind
   * given is traditional (one mentor, one mentee), so several separate pairs of one mentor are not a group.
   */
  readonly kinds: Kind[];
  readonly pairIds: string[];
  /** A mentee who is a young specialist (by the register where linked, else by category and experience). */
  readonly youngSpecialist: boolean;
  /** A mentor from another organisation or an employer's representative. */
  readonly external: boolean;
}

/** Everyone taking part on a day, mentors first, each once with the forms and pairs they are in then. */
export function participantsOn(
  data: KpiData,
  dateIso: string,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): Participant[] {
  const day = dayOf(dateIso);
  if (!day) return [];
  // Young on 1 September of the academic year the day is in: by the register where the mentee is linked to it.
  const yearStart = `${Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) >= 9 ? 0 : 1)}-09-01`;
  const register = registerOf(data);
  const young = (m: KpiMentee) => {
    const row = staffRowOf(m, register);
    return row ? youngOnStaff(row, { start: yearStart }, data, rule) : youngMentee(m, rule);
  };
  const ours = ourNames(data);
  const mentors = new Map(data.mentors.map((m) => [m.id.trim(), m]));
  const mentees = new Map(data.mentees.map((m) => [m.id.trim(), m]));
  const out = new Map<string, Participant>();
  for (const pair of pairsOn(data.pairs, day, data.today)) {
    for (const role of ["mentor", "mentee"] as const) {
      const personId = (role === "mentor" ? pair.mentorId : pair.menteeId).trim();
      if (personId === "") continue;
      const key = `${role}|${personId}`;
      let p = out.get(key);
      if (!p) {
        const mentor = role === "mentor" ? mentors.get(personId) : undefined;
        const mentee = role === "mentee" ? mentees.get(personId) : undefined;
        const record = mentor ?? mentee;
        p = {
          personId,
          fullName: record?.fullName ?? "",
          role,
          category: record?.category ?? "",
          forms: [],
          kinds: [],
          pairIds: [],
          youngSpecialist: mentee !== undefined && young(mentee),
          external: mentor !== undefined && isExternalMentor(mentor, ours),
        };
        out.set(key, p);
      }
      if (!p.forms.includes(pair.form)) p.forms.push(pair.form);
      const kind: Kind = pair.kind ?? "traditional";
      if (!p.kinds.includes(kind)) p.kinds.push(kind);
      if (!p.pairIds.includes(pair.id)) p.pairIds.push(pair.id);
    }
  }
  const list = [...out.values()];
  return [...list.filter((p) => p.role === "mentor"), ...list.filter((p) => p.role === "mentee")];
}

export const COUNT_GROUPS: Readonly<Record<CountGroup, L>> = {
  total: { ru: "всего", en: "total" },
  role: { ru: "по ролям", en: "by role" },
  form: { ru: "по формам наставничества", en: "by form of mentoring" },
  kind: { ru: "по видам наставничества", en: "by kind of mentoring" },
  category: { ru: "по категориям", en: "by category" },
};

const LABELS = {
  all: { ru: "Всего участников", en: "All participants" },
  mentor: { ru: "Наставники", en: "Mentors" },
  mentee: { ru: "Наставляемые", en: "Mentees" },
  young_specialist: { ru: "Молодые специалисты (наставляемые)", en: "Young specialists (mentees)" },
  student: { ru: "Студенты", en: "Students" },
  pupil: { ru: "Обучающиеся", en: "Pupils" },
  external_mentor: {
    ru: "Наставники из других организаций и представители работодателя",
    en: "Mentors from other organisations and employers' representatives",
  },
} as const satisfies Record<string, L>;

/**
 * How many take part on a day: in all, by role, by form of mentoring (a person counts once in each form they are
 * in, so the forms may add up to more than all), and by category (young specialists among mentees, students and
 * pupils in either role, mentors from elsewhere). Every form and category is listed, with 0 where nobody is.
 */
export function participantCounts(
  data: KpiData,
  dateIso: string,
  rule: YoungRule = DEFAULT_YOUNG_RULE,
): CountRow[] {
  const people = participantsOn(data, dateIso, rule);
  const count = (test: (p: Participant) => boolean) => people.filter(test).length;
  const rows: CountRow[] = [
    { group: "total", groupLabel: COUNT_GROUPS.total, key: "all", label: LABELS.all, count: people.length },
    {
      group: "role",
      groupLabel: COUNT_GROUPS.role,
      key: "mentor",
      label: LABELS.mentor,
      count: count((p) => p.role === "mentor"),
    },
    {
      group: "role",
      groupLabel: COUNT_GROUPS.role,
      key: "mentee",
      label: LABELS.mentee,
      count: count((p) => p.role === "mentee"),
    },
  ];
  for (const form of Object.keys(FORMS.values) as Form[])
    rows.push({
      group: "form",
      groupLabel: COUNT_GROUPS.form,
      key: form,
      label: FORMS.values[form],
      count: count((p) => p.forms.includes(form)),
    });
  for (const kind of Object.keys(KINDS.values) as Kind[])
    rows.push({
      group: "kind",
      groupLabel: COUNT_GROUPS.kind,
      key: kind,
      label: KINDS.values[kind],
      count: count((p) => p.kinds.includes(kind)),
    });
  rows.push(
    {
      group: "category",
      groupLabel: COUNT_GROUPS.category,
      key: "young_specialist",
      label: LABELS.young_specialist,
      count: count((p) => p.youngSpecialist),
    },
    {
      group: "category",
      groupLabel: COUNT_GROUPS.category,
      key: "student",
      label: LABELS.student,
      count: count((p) => p.category === "student"),
    },
    {
      group: "category",
      groupLabel: COUNT_GROUPS.category,
      key: "pupil",
      label: LABELS.pupil,
      count: count((p) => p.category === "pupil"),
    },
    {
      group: "category",
      groupLabel: COUNT_GROUPS.category,
      key: "external_mentor",
      label: LABELS.external_mentor,
      count: count((p) => p.external),
    },
  );
  return rows;
}
