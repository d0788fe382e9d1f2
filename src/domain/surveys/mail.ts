import { isoToRu } from "../cells";
import type { SurveyKind } from "../enums";
import { fill, type L, type Locale } from "../i18n";
import { isRegistration, SURVEYS } from "./definitions";

/**
 * The invitation and reminder e-mails. They carry the addressee's own name and nobody else's personal data
 * (the curator signs as the sender). Every value is escaped in the HTML; the link must be https.
 */
export interface MailParams {
  /** The addressee's name as the greeting uses it; empty gives a greeting without a name. */
  readonly personName: string;
  readonly orgName: string;
  /** The programme's name, if it has one: the mail then names it in a line of its own. */
  readonly programmeName?: string;
  /** The personal (prefilled) link, or the form's link for registration. */
  readonly link: string;
  /** ISO yyyy-MM-dd (shown as ДД.ММ.ГГГГ) or text as it should read. */
  readonly deadline?: string;
  readonly curatorName: string;
  readonly curatorEmail: string;
  /** The meeting journal: the pair the link belongs to (its code on «Пары и группы»), so a mentor of several pairs
   * knows which link is which. */
  readonly pairId?: string;
}

export interface Mail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

type MailTexts = { why: L; subject: L; minutes: L };

const MINUTES_5: L = { ru: "около 5 минут", en: "about 5 minutes" };
const MINUTES_3_5: L = { ru: "3–5 минут", en: "3–5 minutes" };

const KIND_TEXT: Record<SurveyKind, MailTexts> = {
  registration_mentor: {
    subject: { ru: "Анкета наставника — {org}", en: "Mentor registration — {org}" },
    why: {
      ru: "{org} собирает базу наставников. Расскажите в анкете, в чём вы можете помочь коллегам или обучающимся и в каких формах готовы работать: по этим ответам куратор подбирает наставнические пары.",
      en: "{org} is building its mentor base. Please tell us in the form what you can help colleagues or pupils with and in which forms you are ready to work: the curator matches mentoring pairs from these answers.",
    },
    minutes: MINUTES_5,
  },
  registration_mentee: {
    subject: { ru: "Анкета наставляемого — {org}", en: "Mentee registration — {org}" },
    why: {
      ru: "Чтобы подобрать вам наставника, нам нужно знать, с чем вам нужна помощь. Ответьте, пожалуйста, на вопросы анкеты наставляемого.",
      en: "To find you a mentor, we need to know what you need help with. Please answer the questions of the mentee form.",
    },
    minutes: MINUTES_5,
  },
  satisfaction_mentee: {
    subject: {
      ru: "Как прошла работа с наставником? — {org}",
      en: "How did the work with your mentor go? — {org}",
    },
    why: {
      ru: "Вы участвовали в программе как наставляемый. Оцените, пожалуйста, работу с наставником и организацию программы: ответы обобщаются для показателей удовлетворённости и помогают сделать программу лучше.",
      en: "You took part in the programme as a mentee. Please rate the work with your mentor and how the programme was organised: the answers are summed up for the satisfaction indicators and help to improve the programme.",
    },
    minutes: MINUTES_3_5,
  },
  satisfaction_mentor: {
    subject: { ru: "Как прошла работа наставника? — {org}", en: "How did your mentoring go? — {org}" },
    why: {
      ru: "Спасибо, что были наставником. Оцените, пожалуйста, работу с наставляемым и организацию программы: ответы обобщаются для показателей удовлетворённости и помогают сделать программу лучше.",
      en: "Thank you for being a mentor. Please rate the work with your mentee and how the programme was organised: the answers are summed up for the satisfaction indicators and help to improve the programme.",
    },
    minutes: MINUTES_3_5,
  },
  entry: {
    subject: {
      ru: "Входной мониторинг программы наставничества — {org}",
      en: "Mentoring programme entry survey — {org}",
    },
    why: {
      ru: "Перед началом работы с наставником просим вас оценить свои профессиональные умения. В конце программы вы ответите на те же вопросы, и будет видно, что изменилось.",
      en: "Before you start working with your mentor, please rate your professional skills. At the end of the programme you will answer the same questions, so the change becomes visible.",
    },
    minutes: MINUTES_5,
  },
  exit: {
    subject: {
      ru: "Итоговый мониторинг программы наставничества — {org}",
      en: "Mentoring programme exit survey — {org}",
    },
    why: {
      ru: "Программа наставничества подходит к концу. Ответьте, пожалуйста, на те же вопросы, что и в начале: так будет видно, чего вы достигли вместе с наставником.",
      en: "The mentoring programme is coming to its end. Please answer the questions you answered at the start: this shows what you have achieved with your mentor.",
    },
    minutes: MINUTES_5,
  },
  meeting_journal: {
    subject: { ru: "Журнал встреч пары {pair} — {org}", en: "Meeting journal of pair {pair} — {org}" },
    why: {
      ru: "Ниже — ваша личная ссылка на журнал встреч пары {pair}. После каждой встречи с наставляемым откройте её и запишите дату, этап, тему, что сделали и следующий шаг: так куратор видит ход работы пары без отдельных отчётов. Ссылкой можно пользоваться весь учебный год.",
      en: "Below is your personal link to the meeting journal of pair {pair}. After each meeting with your mentee, open it and record the date, the stage, the topic, what was done and the next step: the curator then sees how the pair is doing without separate reports. The link works for the whole academic year.",
    },
    minutes: { ru: "2–3 минуты после каждой встречи", en: "2–3 minutes after each meeting" },
  },
};

const T = {
  hello: { ru: "Здравствуйте, {name}!", en: "Dear {name}," },
  helloNoName: { ru: "Здравствуйте!", en: "Hello," },
  programme: {
    ru: "Пишем вам в связи с программой наставничества «{programme}».",
    en: "We are writing about the mentoring programme “{programme}”.",
  },
  invite: { ru: "Анкета займёт {minutes}:\n{link}", en: "The survey takes {minutes}:\n{link}" },
  remind: {
    ru: "Напоминаем, что ждём ваш ответ на анкету «{title}». Она займёт {minutes}:\n{link}",
    en: "A reminder that we are waiting for your answer to the survey “{title}”. It takes {minutes}:\n{link}",
  },
  deadline: { ru: "Пожалуйста, ответьте до {deadline}.", en: "Please answer by {deadline}." },
  personal: {
    ru: "Ссылка персональная: ответ по ней засчитывается именно вам. Пожалуйста, не пересылайте её.",
    en: "The link is personal: an answer through it counts as yours. Please do not forward it.",
  },
  shared: {
    ru: "Анкета предназначена для участников программы наставничества {org}; ответы видит куратор программы.",
    en: "The form is meant for the participants of the mentoring programme of {org}; the programme's curator sees the answers.",
  },
  already: {
    ru: "Если вы уже ответили — спасибо, это письмо можно не учитывать.",
    en: "If you have already answered, thank you, and please disregard this e-mail.",
  },
  notMe: {
    ru: "Если вы не участвуете в программе или получили письмо по ошибке, напишите куратору: {curator}, {curatorEmail}.",
    en: "If you are not taking part in the programme or got this e-mail by mistake, please write to the curator: {curator}, {curatorEmail}.",
  },
  regards: { ru: "С уважением,", en: "Kind regards," },
  role: { ru: "куратор программы наставничества, {org}", en: "mentoring programme curator, {org}" },
  reminderSubject: { ru: "Напоминание: {subject}", en: "Reminder: {subject}" },
} as const satisfies Record<string, L>;

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One line: control characters and line breaks become spaces (a value must not break a header or a line). */
const oneLine = (text: string | undefined) =>
  String(text ?? "")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function checkLink(link: string): string {
  const l = link.trim();
  if (!/^https:\/\/[^\s"'<>\\]+$/i.test(l)) throw new Error("The survey link must be an https address.");
  return l;
}

const deadlineText = (d: string | undefined) => {
  const t = oneLine(d);
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? isoToRu(t) : t;
};

/** Paragraphs of a mail as templates; `{link}` becomes an anchor in the HTML. Lines inside a paragraph by \n. */
function render(
  paragraphs: string[],
  params: Record<string, string>,
  link: string,
): { text: string; html: string } {
  const text = paragraphs.map((p) => fill(p, { ...params, link })).join("\n\n");
  const escaped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, escapeHtml(v)]));
  const anchor = `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
  const html = paragraphs
    .map((p) => `<p>${fill(escapeHtml(p), { ...escaped, link: anchor }).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  return { text, html };
}

function compose(kind: SurveyKind, p: MailParams, locale: Locale, reminder: boolean): Mail {
  const k = KIND_TEXT[kind];
  const link = checkLink(p.link);
  const name = oneLine(p.personName);
  const org = oneLine(p.orgName);
  const programmeName = oneLine(p.programmeName);
  const params: Record<string, string> = {
    name,
    org,
    programme: programmeName,
    title: SURVEYS[kind].title[locale],
    minutes: k.minutes[locale],
    deadline: deadlineText(p.deadline),
    curator: oneLine(p.curatorName),
    curatorEmail: oneLine(p.curatorEmail),
    pair: oneLine(p.pairId),
  };
  const paragraphs = [
    name ? T.hello[locale] : T.helloNoName[locale],
    ...(programmeName ? [T.programme[locale]] : []),
    ...(reminder ? [] : [k.why[locale]]),
    (reminder ? T.remind : T.invite)[locale] + (params.deadline ? `\n${T.deadline[locale]}` : ""),
    (isRegistration(kind) ? T.shared : T.personal)[locale],
    ...(reminder ? [T.already[locale]] : []),
    T.notMe[locale],
    `${T.regards[locale]}\n{curator}\n${T.role[locale]}`,
  ];
  const subject = fill(k.subject[locale], { org, pair: params.pair! });
  return {
    subject: reminder ? fill(T.reminderSubject[locale], { subject }) : subject,
    ...render(paragraphs, params, link),
  };
}

/** The first e-mail with a survey: why it matters, how long it takes, the link (personal where it has a token). */
export function invitationMail(kind: SurveyKind, params: MailParams, locale: Locale): Mail {
  return compose(kind, params, locale, false);
}

/** A shorter reminder for those who have not answered yet. */
export function reminderMail(kind: SurveyKind, params: MailParams, locale: Locale): Mail {
  return compose(kind, params, locale, true);
}
