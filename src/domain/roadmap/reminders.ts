import { isoToRu } from "../cells";
import { fill, type L, type Locale } from "../i18n";
import type { Digest, ItemOnDay, RoadmapItem } from "./items";

/**
 * The roadmap's daily reminder, pure: who the «Ответственные» cell names (resolved to a person with an address
 * and consent, or a reason why not), one digest per person, what today's sent-log already covers, and the mail.
 * docs/architecture.md, «The roadmap».
 */

/** Someone who may get a digest: a staff row, a mentor's row, or the curator from «Настройки». */
export interface Contact {
  /** Stable and free of personal data: the row's id (СТ-…, НС-…) or "curator". The sent-log keys on it. */
  readonly key: string;
  readonly name: string;
  readonly position: string;
  readonly email: string;
  readonly consent: boolean;
  /** False once the person has left (a leave date on «Педагогический коллектив»). */
  readonly active: boolean;
}

/** The people the reminders can reach, and who the roles «куратор» and «директор» are. */
export interface Directory {
  /** «Педагогический коллектив»: found there, a person is not looked for among the mentors. */
  readonly staff: readonly Contact[];
  /** The mentors (outside staff among them): looked at for a name the staff register lacks. */
  readonly mentors?: readonly Contact[];
  /** From «Настройки»: the curator's name and e-mail (the curator switched the reminders on themselves). */
  readonly curator?: Contact;
  /** The head of school: the staff row named as «Руководитель (ФИО)» on «Настройки». */
  readonly head?: Contact;
  /** «Должность руководителя» on «Настройки», read as a role name too. */
  readonly headPosition?: string;
}

export type SkipReason = "unknown" | "ambiguous" | "group" | "noEmail" | "noConsent" | "left";

export const SKIP_REASONS: Record<SkipReason, L> = {
  unknown: {
    ru: "нет в «Педагогическом коллективе» и среди наставников",
    en: "not on Staff nor among mentors",
  },
  ambiguous: { ru: "подходят несколько человек", en: "more than one person fits" },
  group: { ru: "это группа, а не человек", en: "a group, not a person" },
  noEmail: { ru: "нет верного e-mail", en: "no valid e-mail" },
  noConsent: { ru: "нет согласия на обработку ПДн", en: "no personal data consent" },
  left: { ru: "уволился", en: "has left" },
};

const EMAIL = /^[^@\s<>,;"]+@[^@\s<>,;"]+\.[^@\s<>,;"]+$/;

export const isValidEmail = (text: string) => EMAIL.test(text.trim());

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[.\u00a0]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const CURATOR = /^(куратор|curator)( программы| наставничества| программы наставничества)?$/;
const HEAD =
  /^(директор|руководитель|заведующ\w*|head|head of school|headteacher|director)( школы| организации)?$/;
const GROUP =
  /^(наставники|наставляемые|педагоги|учителя|классные руководители|все|участники|mentors|mentees|teachers|staff|all)$/;

/** The forms a person's name may be typed in: «Иванова Ирина Петровна», «Иванова И.П.», «И. П. Иванова». */
function nameForms(fullName: string): Set<string> {
  const [surname, first, middle] = norm(fullName).split(" ");
  const forms = new Set<string>();
  if (!surname) return forms;
  const add = (parts: (string | undefined)[]) => {
    const ps = parts.filter((x): x is string => !!x);
    forms.add([...ps].sort().join(" "));
  };
  add([surname, first, middle]);
  if (first) {
    add([surname, first[0], middle?.[0]]);
    add([surname, first[0]]);
    add([surname, first]);
  }
  return forms;
}

const labelForm = (label: string) => norm(label).split(" ").sort().join(" ");

/** Who a label of the «Ответственные» cell is: a person (whether or not they can be mailed), or why nobody. */
export function resolveResponsible(
  label: string,
  dir: Directory,
): { readonly contact: Contact } | { readonly none: "unknown" | "ambiguous" | "group" } {
  const n = norm(label);
  if (CURATOR.test(n)) return dir.curator ? { contact: dir.curator } : { none: "unknown" };
  if (HEAD.test(n) || (dir.headPosition && n === norm(dir.headPosition)))
    return dir.head ? { contact: dir.head } : { none: "unknown" };
  if (GROUP.test(n)) return { none: "group" };
  const form = labelForm(label);
  const named = (cs: readonly Contact[]) => cs.filter((c) => nameForms(c.name).has(form));
  const staffNamed = named(dir.staff);
  const byName = staffNamed.length > 0 ? staffNamed : named(dir.mentors ?? []);
  const byPosition = dir.staff.filter((c) => c.active && c.position !== "" && norm(c.position) === n);
  const found = byName.length > 0 ? byName : byPosition;
  // Two rows with the same address are the same person.
  const distinct = new Map<string, Contact>();
  for (const c of found) {
    const k = c.email.trim() ? c.email.trim().toLowerCase() : c.key;
    if (!distinct.has(k)) distinct.set(k, c);
  }
  if (distinct.size === 0) return { none: "unknown" };
  if (distinct.size > 1) return { none: "ambiguous" };
  return { contact: [...distinct.values()][0]! };
}

/** Why a person found gets no mail, or null when they may. */
export function cannotMail(c: Contact): SkipReason | null {
  if (!c.active) return "left";
  if (!isValidEmail(c.email)) return "noEmail";
  if (!c.consent) return "noConsent";
  return null;
}

/** One person's digest of the day. */
export interface PersonDigest {
  readonly contact: Contact;
  readonly overdue: readonly ItemOnDay[];
  readonly dueSoon: readonly ItemOnDay[];
}

export interface Recipients {
  readonly digests: readonly PersonDigest[];
  /** A label that reaches nobody, once per label, with why. */
  readonly skipped: readonly { readonly label: string; readonly why: SkipReason }[];
}

/**
 * The digests of remindersOn, per person rather than per label: «директор» and «Петров П.П.» that are the same
 * person get one mail with each item once; a label that reaches nobody who may be mailed is listed with why.
 */
export function recipientsOf(digests: readonly Digest[], dir: Directory): Recipients {
  const byKey = new Map<string, { contact: Contact; overdue: ItemOnDay[]; dueSoon: ItemOnDay[] }>();
  const skipped: { label: string; why: SkipReason }[] = [];
  for (const d of digests) {
    const r = resolveResponsible(d.responsible, dir);
    const why = "none" in r ? r.none : cannotMail(r.contact);
    if (why !== null || "none" in r) {
      skipped.push({ label: d.responsible, why: why ?? "unknown" });
      continue;
    }
    const entry = byKey.get(r.contact.key) ?? { contact: r.contact, overdue: [], dueSoon: [] };
    for (const x of d.overdue) if (!entry.overdue.includes(x)) entry.overdue.push(x);
    for (const x of d.dueSoon) if (!entry.dueSoon.includes(x)) entry.dueSoon.push(x);
    byKey.set(r.contact.key, entry);
  }
  const order = (xs: ItemOnDay[]) => xs.sort((a, b) => a.item.index - b.item.index);
  const out = [...byKey.values()].map((e) => ({
    ...e,
    overdue: order(e.overdue),
    dueSoon: order(e.dueSoon),
  }));
  return { digests: out, skipped };
}

/** What went today: per person's key, the items' keys. A log of another day says nothing of today. */
export interface SentLog {
  readonly date: string;
  readonly sent: Readonly<Record<string, readonly string[]>>;
}

/** An item's key in the sent-log: its id, or (a row the curator added without one) a short hash of its text. */
export function itemKey(item: RoadmapItem): string {
  if (item.id !== "") return item.id;
  let h = 0x811c9dc5;
  for (const ch of `${item.number}|${item.measure}|${item.deadline}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${h.toString(16).padStart(8, "0")}`;
}

/**
 * The digests without what today's log already records for each person: an item is never mailed to a person twice
 * on one day; a person left with nothing is dropped.
 */
export function notYetSent(
  digests: readonly PersonDigest[],
  log: SentLog | null,
  today: string,
): PersonDigest[] {
  const sent = log && log.date === today ? log.sent : {};
  return digests.flatMap((d) => {
    const had = new Set(sent[d.contact.key] ?? []);
    const overdue = d.overdue.filter((x) => !had.has(itemKey(x.item)));
    const dueSoon = d.dueSoon.filter((x) => !had.has(itemKey(x.item)));
    return overdue.length + dueSoon.length === 0 ? [] : [{ ...d, overdue, dueSoon }];
  });
}

/** The log with a person's items added (for `today`; another day's log is started afresh). */
export function withSent(log: SentLog | null, today: string, d: PersonDigest): SentLog {
  const sent = log && log.date === today ? { ...log.sent } : {};
  const keys = [...d.overdue, ...d.dueSoon].map((x) => itemKey(x.item));
  sent[d.contact.key] = [...new Set([...(sent[d.contact.key] ?? []), ...keys])];
  return { date: today, sent };
}

/** The log without a person's items of this mail (it did not go: quota, or a refused address). */
export function withoutSent(log: SentLog, d: PersonDigest): SentLog {
  const drop = new Set([...d.overdue, ...d.dueSoon].map((x) => itemKey(x.item)));
  const left = (log.sent[d.contact.key] ?? []).filter((k) => !drop.has(k));
  const sent = { ...log.sent };
  if (left.length > 0) sent[d.contact.key] = left;
  else delete sent[d.contact.key];
  return { date: log.date, sent };
}

// ---- the mail ---------------------------------------------------------------------------------------------------

const T = {
  subject: {
    ru: "План работы по наставничеству: просрочено {overdue}, скоро срок {soon}",
    en: "Mentoring plan of work: {overdue} overdue, {soon} due soon",
  },
  hello: { ru: "Здравствуйте, {name}!", en: "Dear {name}," },
  helloNoName: { ru: "Здравствуйте!", en: "Hello," },
  intro: {
    ru: "Напоминание по дорожной карте программы наставничества{org} на {today}: пункты, где вы указаны ответственным.",
    en: "A reminder from the mentoring programme's roadmap{org} for {today}: the items naming you as responsible.",
  },
  overdue: { ru: "Срок прошёл:", en: "Overdue:" },
  dueSoon: { ru: "Срок в ближайшие 7 дней:", en: "Due within 7 days:" },
  due: { ru: "срок {date}", en: "due {date}" },
  done: {
    ru: "Когда пункт выполнен, куратор отмечает его в «Плане работы» (или на листе «Дорожная карта»), и напоминания о нём прекращаются.",
    en: "Once an item is done, the curator marks it in “Plan of work” (or on the Roadmap tab), and its reminders stop.",
  },
  why: {
    ru: "Письмо отправлено надстройкой «Наставничество», потому что вы указаны ответственным в дорожной карте. Если это ошибка, напишите куратору{curator}.",
    en: "Sent by the Mentoring add-on because the roadmap names you as responsible. If this is a mistake, write to the curator{curator}.",
  },
} as const satisfies Record<string, L>;

const oneLine = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface DigestMailParams {
  readonly today: string;
  readonly orgName: string;
  readonly curatorName: string;
  readonly curatorEmail: string;
}

export interface DigestMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

function itemLine(x: ItemOnDay, locale: Locale): string {
  const number = oneLine(x.item.number);
  const measure = oneLine(x.item.measure);
  const due = x.due ? fill(T.due[locale], { date: isoToRu(x.due) }) : oneLine(x.item.deadline);
  return `${number ? `${number} ` : ""}${measure} (${due})`;
}

/** One person's digest as a mail: plain text and HTML, every text from the roadmap escaped in the HTML. */
export function digestMail(d: PersonDigest, p: DigestMailParams, locale: Locale): DigestMail {
  const name = oneLine(d.contact.name);
  const org = oneLine(p.orgName);
  const curatorName = oneLine(p.curatorName);
  const curatorEmail = oneLine(p.curatorEmail);
  const curator = [curatorName, curatorEmail].filter((s) => s !== "").join(", ");
  const hello = name ? fill(T.hello[locale], { name }) : T.helloNoName[locale];
  const intro = fill(T.intro[locale], { org: org ? ` (${org})` : "", today: isoToRu(p.today) });
  const why = fill(T.why[locale], { curator: curator ? `: ${curator}` : "" });
  const lists: [string, readonly ItemOnDay[]][] = [
    [T.overdue[locale], d.overdue],
    [T.dueSoon[locale], d.dueSoon],
  ];
  const shown = lists.filter(([, xs]) => xs.length > 0);
  const text = [
    hello,
    intro,
    ...shown.map(([head, xs]) => [head, ...xs.map((x) => `— ${itemLine(x, locale)}`)].join("\n")),
    T.done[locale],
    why,
  ].join("\n\n");
  const html = [
    `<p>${esc(hello)}</p>`,
    `<p>${esc(intro)}</p>`,
    ...shown.map(
      ([head, xs]) =>
        `<p><b>${esc(head)}</b></p>\n<ul>${xs.map((x) => `<li>${esc(itemLine(x, locale))}</li>`).join("")}</ul>`,
    ),
    `<p>${esc(T.done[locale])}</p>`,
    `<p>${esc(why)}</p>`,
  ].join("\n");
  const subject = fill(T.subject[locale], { overdue: d.overdue.length, soon: d.dueSoon.length });
  return { subject, text, html };
}
