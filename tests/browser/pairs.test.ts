import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type {
  ConfirmResult,
  PairAction,
  PairsView,
  ViewCandidate,
  ViewMentor,
  ViewPair,
  ViewReason,
  ViewRefused,
  ViewUnmatched,
} from "../../src/domain/pairsView";
import { expectAccessible } from "./a11y";
import {
  button,
  deferred,
  type OpenedPage,
  openPage,
  pageUnderTest,
  read,
  type ServerHandler,
  until,
} from "./harness";

/** The «Пары» sidebar in Chromium, as the curator sees and uses it. */

const SCREENSHOT = "out/screenshots/pairs.png";

const tested = pageUnderTest("src/ui/pairs");

const FUNCTIONS = ["reviewPairs", "confirmPairs"];

async function show(view: PairsView, handler: ServerHandler = () => undefined): Promise<OpenedPage> {
  return tested.open({ view }, handler, { functions: FUNCTIONS });
}

/** The page with a fake server that applies the curator's actions to `view` (see `apply`). */
async function showLive(view: PairsView): Promise<OpenedPage & { server: FakeServer }> {
  const server = fakeServer(view);
  const o = await show(view, server.handler);
  return { ...o, server };
}

const text = async (o: OpenedPage, selector: string) => ((await o.page.textContent(selector)) ?? "").trim();
/** The texts as rendered (innerText: what a person reads), one per element, white space made single. */
const texts = async (o: OpenedPage, selector: string) =>
  (await o.page.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, " ").trim());
/** The card of a mentee: a proposed pair or a mentee without a mentor. */
const card = (o: OpenedPage, mentee: string) =>
  o.page.locator(".card:not(.refused)").filter({ has: o.page.locator(".mentee-name", { hasText: mentee }) });
/** The accessible names of the buttons in a card's row of actions. */
const actionNames = (o: OpenedPage, mentee: string) =>
  card(o, mentee)
    .locator(".card-actions button")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
/** The card of a mentor, by the mentor's name. */
const mentorCard = (o: OpenedPage, name: string) =>
  o.page.locator(".mentor").filter({ has: o.page.locator(".mentor-name", { hasText: name }) });
const focusedText = (o: OpenedPage) =>
  o.page.evaluate(() => (document.activeElement?.textContent ?? "").replace(/\s+/g, " "));

// ---- the school's proposal ----------------------------------------------------------------------------------

const SMIRNOVA = { mentorId: "НС-0001", mentorName: "Смирнова Ольга Викторовна" };
const KUZNETSOV = { mentorId: "НС-0002", mentorName: "Кузнецов Дмитрий Олегович" };
const ORLOVA = { mentorId: "НС-0003", mentorName: "Орлова Елена Павловна" };
const LEBEDEV = { mentorId: "НС-0004", mentorName: "Лебедев Николай Игоревич" };
const MOROZOV = { mentorId: "НС-0005", mentorName: "Морозов Павел Андреевич" };

/** Every mentor of the base, for the fake server: places in all and places taken by current pairs. */
const MENTORS: Record<string, { mentorName: string; capacity: number; taken: number }> = {
  [SMIRNOVA.mentorId]: { mentorName: SMIRNOVA.mentorName, capacity: 4, taken: 0 },
  [KUZNETSOV.mentorId]: { mentorName: KUZNETSOV.mentorName, capacity: 1, taken: 0 },
  [ORLOVA.mentorId]: { mentorName: ORLOVA.mentorName, capacity: 2, taken: 1 },
  [LEBEDEV.mentorId]: { mentorName: LEBEDEV.mentorName, capacity: 1, taken: 0 },
  [MOROZOV.mentorId]: { mentorName: MOROZOV.mentorName, capacity: 2, taken: 0 },
};

const candidate = (
  m: { mentorId: string; mentorName: string },
  score: number,
  free: number,
): ViewCandidate => ({
  ...m,
  score,
  free,
});
const pro = (text: string): ViewReason => ({ effect: "for", text });
const con = (text: string): ViewReason => ({ effect: "against", text });
const note = (text: string): ViewReason => ({ effect: "note", text });

const TT = "педагог – педагог";

function pair(
  mentor: { mentorId: string; mentorName: string },
  menteeId: string,
  menteeName: string,
  p: Partial<ViewPair> = {},
): ViewPair {
  return {
    ...mentor,
    menteeId,
    menteeName,
    form: TT,
    score: 80,
    decision: null,
    reasons: [],
    alternatives: [],
    ...p,
  };
}

function mentor(m: { mentorId: string; mentorName: string }, pairs: ViewPair[]): ViewMentor {
  const info = MENTORS[m.mentorId]!;
  return { ...m, capacity: info.capacity, taken: info.taken, pairs };
}

/** The counts as the server gives them, from the lists. */
function withCounts(
  v: Omit<PairsView, "counts">,
  extra: { alreadyPaired: number; skippedRows: number },
): PairsView {
  const pairs = v.mentors.flatMap((m) => m.pairs);
  const accepted = pairs.filter((p) => p.decision === "accept").length;
  const pinned = pairs.filter((p) => p.decision === "pin").length;
  return {
    ...v,
    counts: {
      proposed: pairs.length,
      accepted,
      pinned,
      undecided: pairs.length - accepted - pinned,
      unmatched: v.unmatched.length,
      rejected: v.refused.filter((r) => r.decision === "reject").length,
      excluded: v.refused.filter((r) => r.decision === "exclude").length,
      ...extra,
    },
  };
}

const IVANOVA = pair(SMIRNOVA, "НЯ-0001", "Иванова Анна Андреевна", {
  score: 92,
  reasons: [
    pro("запрос „подготовка к ОГЭ“ — в компетенциях наставника («подготовка к ОГЭ по математике»)"),
    pro("тот же предмет: математика"),
    con("разный формат: у наставляемого очно, у наставника дистанционно"),
    note("наставляемый сам назвал другого наставника"),
  ],
  alternatives: [candidate(KUZNETSOV, 81, 0), candidate(MOROZOV, 70, 2)],
});
const PETROV = pair(SMIRNOVA, "НЯ-0002", "Петров Илья Сергеевич", {
  score: 88,
  reasons: [pro("тот же предмет: математика")],
  alternatives: [candidate(MOROZOV, 75, 2)],
});
const SOKOLOVA = pair(SMIRNOVA, "НЯ-0003", "Соколова Мария Дмитриевна", {
  score: 85,
  decision: "accept",
  reasons: [note("пара принята куратором"), pro("та же организация: МБОУ СОШ № 5")],
});
const VOLKOV = pair(KUZNETSOV, "НЯ-0004", "Волков Артём Игоревич", {
  form: "ученик – ученик",
  score: 90,
  reasons: [pro("наставляемый сам назвал этого наставника")],
});
const MOROZOVA = pair(ORLOVA, "НЯ-0005", "Морозова Дарья Алексеевна", {
  score: 79,
  decision: "pin",
  reasons: [
    note("пара закреплена куратором"),
    con("запрос „классное руководство“ не покрыт компетенциями наставника"),
  ],
  alternatives: [candidate(SMIRNOVA, 77, 1)],
});
const NOVIKOV = pair(LEBEDEV, "НЯ-0006", "Новиков Егор Павлович", {
  form: "студент – ученик",
  score: 83,
  decision: "accept",
  reasons: [note("пара принята куратором")],
});

const FEDOROVA: ViewUnmatched = {
  menteeId: "НЯ-0007",
  menteeName: "Фёдорова Полина Андреевна",
  form: TT,
  reason:
    "Все подходящие наставники заняты (2). Увеличьте число мест у наставника на листе «Наставники» или добавьте наставника.",
  alternatives: [candidate(KUZNETSOV, 68, 0), candidate(LEBEDEV, 61, 0)],
};
const EGOROV: ViewUnmatched = {
  menteeId: "НЯ-0008",
  menteeName: "Егоров Максим Ильич",
  form: "работодатель – студент",
  reason:
    "Нет наставника, работающего в форме «работодатель – студент». Добавьте такого наставника или измените форму.",
  alternatives: [],
};

const REFUSED: ViewRefused[] = [
  { ...LEBEDEV, menteeId: IVANOVA.menteeId, menteeName: IVANOVA.menteeName, form: TT, decision: "reject" },
  { ...ORLOVA, menteeId: FEDOROVA.menteeId, menteeName: FEDOROVA.menteeName, form: TT, decision: "exclude" },
];

const SCHOOL: PairsView = withCounts(
  {
    locale: "ru",
    tab: "Предложенные пары",
    pairsTab: "Пары и группы",
    mentors: [
      mentor(KUZNETSOV, [VOLKOV]),
      mentor(LEBEDEV, [NOVIKOV]),
      mentor(ORLOVA, [MOROZOVA]),
      mentor(SMIRNOVA, [IVANOVA, PETROV, SOKOLOVA]),
    ],
    unmatched: [EGOROV, FEDOROVA],
    refused: REFUSED,
    today: "2026-09-01",
    message: "Подобрано 6 пар; решения куратора сохранены.",
  },
  { alreadyPaired: 12, skippedRows: 3 },
);

/** The counts the lists do not give. */
const kept = (v: PairsView) => ({ alreadyPaired: v.counts.alreadyPaired, skippedRows: v.counts.skippedRows });

/** No one to match: every mentee is in a current pair. */
const ALL_PAIRED: PairsView = withCounts(
  { ...SCHOOL, mentors: [], unmatched: [], refused: [], message: "" },
  { alreadyPaired: 40, skippedRows: 0 },
);

// ---- the fake server ----------------------------------------------------------------------------------------

interface FakeServer {
  handler: ServerHandler;
  /** What the sheet holds now. */
  view(): PairsView;
  /** The next call of `name` fails with `message` (once). */
  failNext(name: string, message: string): void;
}

/**
 * A server that keeps the view and applies each action to it, roughly as the real one does: a decision is
 * written, a rejected or excluded pair leaves the mentee without a mentor, «Вернуть» gives the pair back, a swap
 * gives the mentee the chosen mentor (accepted), «Утвердить» takes the accepted pairs away.
 */
function fakeServer(initial: PairsView): FakeServer {
  let view = initial;
  let batches = 0;
  const failures = new Map<string, string>();
  return {
    view: () => view,
    failNext: (name, message) => failures.set(name, message),
    handler: (name, args) => {
      const failure = failures.get(name);
      if (failure !== undefined) {
        failures.delete(name);
        throw new Error(failure);
      }
      if (name === "reviewPairs") {
        view = apply(view, args[0] as PairAction | null);
        return view;
      }
      if (name === "confirmPairs") {
        const accepted = view.mentors.flatMap((m) =>
          m.pairs.filter((p) => p.decision === "accept").map((p) => ({ p, group: m.capacity > 1 })),
        );
        const mentors = view.mentors
          .map((m) => ({
            ...m,
            taken: m.taken + m.pairs.filter((p) => p.decision === "accept").length,
            pairs: m.pairs.filter((p) => p.decision !== "accept"),
          }))
          .filter((m) => m.pairs.length > 0);
        batches += accepted.length > 0 ? 1 : 0;
        view = withCounts(
          { ...view, mentors, refused: view.refused.filter((r) => r.decision === "exclude"), message: "" },
          kept(view),
        );
        const result: ConfirmResult = {
          confirmed: accepted.length,
          inGroups: accepted.filter((a) => a.group).length,
          batch: accepted.length > 0 ? `У-${String(batches).padStart(4, "0")}` : "",
          view,
        };
        return result;
      }
      throw new Error(`unexpected call ${name}`);
    },
  };
}

function apply(view: PairsView, action: PairAction | null): PairsView {
  const mentors = view.mentors.map((m) => ({ ...m, pairs: [...m.pairs] }));
  let unmatched = [...view.unmatched];
  let refused = [...view.refused];
  let message = "Решение записано на лист «Предложенные пары».";
  const givePair = (mentorId: string, p: ViewPair) => {
    let m = mentors.find((x) => x.mentorId === mentorId);
    if (m === undefined) {
      const info = MENTORS[mentorId]!;
      m = { mentorId, ...info, pairs: [] };
      mentors.push(m);
    }
    m.pairs.push(p);
  };
  const pairOf = (mentorId: string, menteeId: string) => {
    const m = mentors.find((x) => x.mentorId === mentorId);
    const index = m?.pairs.findIndex((p) => p.menteeId === menteeId) ?? -1;
    return m !== undefined && index >= 0 ? { m, index, p: m.pairs[index]! } : null;
  };

  if (action === null) message = "Пары подобраны заново; решения куратора сохранены.";
  else if (action.type === "acceptAll") {
    for (const m of mentors) m.pairs = m.pairs.map((p) => ({ ...p, decision: "accept" }));
  } else if (action.type === "decide") {
    const found = pairOf(action.mentorId, action.menteeId);
    const d = action.decision;
    if (found !== null && (d === null || d === "accept" || d === "pin")) {
      found.m.pairs[found.index] = { ...found.p, decision: d };
    } else if (found !== null && (d === "reject" || d === "exclude")) {
      found.m.pairs.splice(found.index, 1);
      refused.push({ ...found.p, decision: d });
      unmatched.push({
        menteeId: found.p.menteeId,
        menteeName: found.p.menteeName,
        form: found.p.form,
        reason: "Других подходящих наставников с местами нет.",
        alternatives: [],
      });
    } else if (found === null && d === null) {
      const r = refused.find((x) => x.mentorId === action.mentorId && x.menteeId === action.menteeId)!;
      refused = refused.filter((x) => x !== r);
      if (unmatched.some((u) => u.menteeId === r.menteeId)) {
        unmatched = unmatched.filter((u) => u.menteeId !== r.menteeId);
        givePair(r.mentorId, pair(r, r.menteeId, r.menteeName, { form: r.form }));
      }
    }
  } else {
    const all = [...mentors.flatMap((m) => m.pairs), ...unmatched];
    const mentee = all.find((x) => x.menteeId === action.menteeId)!;
    const chosen = mentee.alternatives.find((c) => c.mentorId === action.mentorId)!;
    for (const m of mentors) m.pairs = m.pairs.filter((p) => p.menteeId !== action.menteeId);
    unmatched = unmatched.filter((u) => u.menteeId !== action.menteeId);
    givePair(
      chosen.mentorId,
      pair(chosen, mentee.menteeId, mentee.menteeName, {
        form: mentee.form,
        score: chosen.score,
        decision: "accept",
        reasons: [note("пара принята куратором")],
      }),
    );
  }
  return withCounts(
    { ...view, mentors: mentors.filter((m) => m.pairs.length > 0), unmatched, refused, message },
    kept(view),
  );
}

// ---- what the curator sees ----------------------------------------------------------------------------------

describe("the proposal of a school", () => {
  test("summary: counts in words, rows left out, mentees already in pairs, the server's message", async () => {
    const o = await show(SCHOOL);
    expect(await o.page.getAttribute("html", "lang")).toBe("ru");
    expect(await o.page.title()).toBe("Пары");
    expect(await text(o, "h1")).toBe("Предложено 6 пар");
    expect(await texts(o, "#stats li")).toEqual([
      "2 пары приняты",
      "1 пара закреплена",
      "3 пары без решения",
      "2 наставляемых без наставника",
      "1 пара отклонена",
      "1 пара исключена",
    ]);
    expect(await text(o, "#skipped")).toBe(
      "3 строки с ошибками не участвовали в подборе. Их покажет «Наставничество → Проверить базу».",
    );
    expect(await text(o, "#already-paired")).toBe("12 наставляемых уже в парах — их не подбирали.");
    expect(await read(o.page.getByRole("status"))).toBe("Подобрано 6 пар; решения куратора сохранены.");
    expect(await o.page.locator("#summary").getAttribute("aria-live")).toBe("polite");
    expect(await o.page.locator("#alert").isVisible()).toBe(false);
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
  });

  test("toolbar: match again, accept all, the start date and «Утвердить принятые (N)»", async () => {
    const o = await show(SCHOOL);
    expect(await button(o, "Подобрать заново").isEnabled()).toBe(true);
    expect(await button(o, "Принять все").isEnabled()).toBe(true);
    expect(await o.page.getByLabel("Дата начала").inputValue()).toBe("2026-09-01");
    expect(await o.page.getByLabel("Дата начала").getAttribute("type")).toBe("date");
    const confirm = button(o, "Утвердить принятые (2)");
    expect(await confirm.isEnabled()).toBe(true);
    expect(await confirm.getAttribute("class")).toBe("primary");
  });

  test("mentor cards in the given order: groups with their places, single pairs", async () => {
    const o = await show(SCHOOL);
    expect(await texts(o, ".mentor-name")).toEqual([
      "Наставник: Кузнецов Дмитрий Олегович",
      "Наставник: Лебедев Николай Игоревич",
      "Наставник: Орлова Елена Павловна",
      "Наставник: Смирнова Ольга Викторовна",
    ]);
    const mentors = o.page.locator(".mentor");
    expect(await mentors.nth(0).locator(".group-line").count()).toBe(0);
    expect(await mentors.nth(1).locator(".group-line").count()).toBe(0);
    expect(await read(mentors.nth(2).locator(".group-line"))).toBe(
      "Группа: 1 наставляемый, мест: 2 (занято ранее: 1)",
    );
    expect(await read(mentors.nth(3).locator(".group-line"))).toBe("Группа: 3 наставляемых, мест: 4");
    expect(await texts(o, ".mentor:nth-child(4) .mentee-name")).toEqual([
      "Иванова Анна Андреевна",
      "Петров Илья Сергеевич",
      "Соколова Мария Дмитриевна",
    ]);
  });

  test("a pair: mentee, form, fit, decision and the reasons, their effect said to screen readers", async () => {
    const o = await show(SCHOOL);
    const ivanova = card(o, "Иванова Анна Андреевна");
    expect(await read(ivanova.locator(".form"))).toBe(TT);
    expect(await read(ivanova.locator(".pair-meta .fit"))).toBe("соответствие 92 %");
    expect(await read(ivanova.locator(".badge"))).toBe("Решение: без решения");
    expect(await read(card(o, "Соколова").locator(".badge"))).toBe("Решение: принята");
    expect(await read(card(o, "Морозова").locator(".badge"))).toBe("Решение: закреплена");

    expect(await ivanova.locator(".reasons").ariaSnapshot()).toBe(
      [
        "- 'list \"Почему эта пара: Иванова Анна Андреевна\"':",
        '  - listitem: "За: запрос „подготовка к ОГЭ“ — в компетенциях наставника («подготовка к ОГЭ по математике»)"',
        '  - listitem: "За: тот же предмет: математика"',
        '  - listitem: "Против: разный формат: у наставляемого очно, у наставника дистанционно"',
        '  - listitem: "Примечание: наставляемый сам назвал другого наставника"',
      ].join("\n"),
    );
    expect(await ivanova.locator(".reason-icon").allTextContents()).toEqual(["✓", "✓", "✗", "•"]);
    const hidden = await ivanova
      .locator(".reason-icon")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-hidden")));
    expect(hidden).toEqual(["true", "true", "true", "true"]);
  });

  test("the actions of a pair depend on its decision and name the mentee", async () => {
    const o = await show(SCHOOL);
    expect(await actionNames(o, "Иванова")).toEqual([
      "Принять: Иванова Анна Андреевна",
      "Закрепить: Иванова Анна Андреевна",
      "Отклонить: Иванова Анна Андреевна",
      "Исключить: Иванова Анна Андреевна",
      "Сменить наставника: Иванова Анна Андреевна",
    ]);
    expect(await actionNames(o, "Соколова")).toEqual([
      "Отменить решение: Соколова Мария Дмитриевна",
      "Сменить наставника: Соколова Мария Дмитриевна",
    ]);
    expect(await actionNames(o, "Морозова")).toEqual([
      "Принять: Морозова Дарья Алексеевна",
      "Снять закрепление: Морозова Дарья Алексеевна",
      "Сменить наставника: Морозова Дарья Алексеевна",
    ]);
    expect(await card(o, "Иванова").locator(".card-actions button").allInnerTexts()).toEqual([
      "Принять",
      "Закрепить",
      "Отклонить",
      "Исключить",
      "Сменить наставника",
    ]);
  });

  test("«Исключить» and «Отклонить» explain themselves", async () => {
    const o = await show(SCHOOL);
    const description = (name: string) =>
      button(o, name).evaluate((b) => {
        const id = b.getAttribute("aria-describedby") ?? "";
        return {
          title: b.getAttribute("title"),
          described: document.getElementById(id)?.textContent ?? null,
        };
      });
    expect(await description("Исключить: Волков Артём Игоревич")).toEqual({
      title: "Эта пара больше никогда не будет предложена",
      described: "Эта пара больше никогда не будет предложена",
    });
    expect(await description("Отклонить: Волков Артём Игоревич")).toEqual({
      title: "В этот раз предложить другого наставника",
      described: "В этот раз предложить другого наставника",
    });
  });

  test("«Без наставника»: the reason, and mentors to assign when there are any", async () => {
    const o = await show(SCHOOL);
    const section = o.page.getByRole("region", { name: "Без наставника" });
    expect(await texts(o, "#unmatched .mentee-name")).toEqual([
      "Егоров Максим Ильич",
      "Фёдорова Полина Андреевна",
    ]);
    const egorov = card(o, "Егоров");
    expect(await read(egorov.locator(".reason-line"))).toBe(EGOROV.reason);
    expect(await read(egorov.locator(".form"))).toBe("работодатель – студент");
    expect(await read(egorov.locator(".no-alternatives"))).toBe(
      "Назначить некого: ни один наставник не подходит по правилам подбора.",
    );
    expect(await egorov.getByRole("button").count()).toBe(0);
    expect(
      await section.getByRole("button", { name: "Выбрать наставника: Фёдорова Полина Андреевна" }).count(),
    ).toBe(1);
  });

  test("rejected and excluded pairs are folded away until asked for", async () => {
    const o = await show(SCHOOL);
    const summary = o.page.locator("#refused summary");
    expect(await text(o, "#refused summary")).toBe("Отклонённые и исключённые (2)");
    expect(await o.page.locator("#refused").getAttribute("open")).toBeNull();
    expect(await button(o, "Вернуть: Иванова Анна Андреевна — Лебедев Николай Игоревич").isVisible()).toBe(
      false,
    );
    await summary.click();
    expect(await texts(o, "#refused .card")).toEqual([
      "Иванова Анна Андреевна Наставник: Лебедев Николай Игоревич педагог – педагог Решение: отклонена в этом подборе Вернуть",
      "Фёдорова Полина Андреевна Наставник: Орлова Елена Павловна педагог – педагог Решение: исключена — больше не предлагается Вернуть",
    ]);
  });
});

// ---- what the curator does ----------------------------------------------------------------------------------

describe("deciding", () => {
  test("«Принять» sends the decision and shows the server's new view", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Принять: Иванова Анна Андреевна").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(o.calls[0]).toEqual({
      name: "reviewPairs",
      args: [{ type: "decide", mentorId: "НС-0001", menteeId: "НЯ-0001", decision: "accept" }],
    });
    await button(o, "Утвердить принятые (3)").waitFor();
    expect(await read(card(o, "Иванова").locator(".badge"))).toBe("Решение: принята");
    expect(await actionNames(o, "Иванова")).toEqual([
      "Отменить решение: Иванова Анна Андреевна",
      "Сменить наставника: Иванова Анна Андреевна",
    ]);
    expect(await texts(o, "#stats li")).toContain("3 пары приняты");
    expect(await texts(o, "#stats li")).toContain("2 пары без решения");
    expect(await read(o.page.getByRole("status"))).toBe("Решение записано на лист «Предложенные пары».");
    // The focus goes back to the card of the mentee acted on.
    expect(await focusedText(o)).toMatch(/^Иванова Анна Андреевна/);
  });

  test("«Отменить решение» and «Снять закрепление» clear the decision; «Закрепить» pins", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Снять закрепление: Морозова Дарья Алексеевна").click();
    await until(() => o.calls.length === 1, "the first call");
    await card(o, "Морозова").locator(".badge.decided-none").waitFor();
    await button(o, "Отменить решение: Соколова Мария Дмитриевна").click();
    await until(() => o.calls.length === 2, "the second call");
    await card(o, "Соколова").locator(".badge.decided-none").waitFor();
    await button(o, "Закрепить: Волков Артём Игоревич").click();
    await until(() => o.calls.length === 3, "the third call");
    await card(o, "Волков").locator(".badge.decided-pin").waitFor();
    expect(o.calls.map((c) => c.args[0])).toEqual([
      { type: "decide", mentorId: "НС-0003", menteeId: "НЯ-0005", decision: null },
      { type: "decide", mentorId: "НС-0001", menteeId: "НЯ-0003", decision: null },
      { type: "decide", mentorId: "НС-0002", menteeId: "НЯ-0004", decision: "pin" },
    ]);
    expect(await text(o, "#confirm")).toBe("Утвердить принятые (1)");
  });

  test("«Исключить» moves the pair to the folded list; «Вернуть» brings it back", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Исключить: Волков Артём Игоревич").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    await o.page.locator("#refused summary", { hasText: "(3)" }).waitFor();
    expect(o.calls[0]?.args).toEqual([
      { type: "decide", mentorId: "НС-0002", menteeId: "НЯ-0004", decision: "exclude" },
    ]);
    expect(await texts(o, "#unmatched .mentee-name")).toContain("Волков Артём Игоревич");

    await o.page.locator("#refused summary").click();
    await button(o, "Вернуть: Фёдорова Полина Андреевна — Орлова Елена Павловна").click();
    await until(() => o.calls.length === 2, "the second call");
    expect(o.calls[1]?.args).toEqual([
      { type: "decide", mentorId: "НС-0003", menteeId: "НЯ-0007", decision: null },
    ]);
    await o.page.locator("#refused summary", { hasText: "(2)" }).waitFor();
    // The folded list stays open, and the returned mentee is back with a mentor.
    expect(await o.page.locator("#refused").getAttribute("open")).toBe("");
    expect(await mentorCard(o, "Орлова").locator(".mentee-name").allInnerTexts()).toEqual([
      "Морозова Дарья Алексеевна",
      "Фёдорова Полина Андреевна",
    ]);
    expect(await texts(o, "#unmatched .mentee-name")).not.toContain("Фёдорова Полина Андреевна");
  });

  test("«Сменить наставника» lists the other mentors; «Выбрать» gives the mentee one", async () => {
    const o = await showLive(SCHOOL);
    const toggle = button(o, "Сменить наставника: Иванова Анна Андреевна");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const list = o.page.getByRole("list", { name: "Другие наставники: Иванова Анна Андреевна" });
    expect(await list.isVisible()).toBe(true);
    expect((await list.locator(".candidate").allInnerTexts()).map((s) => s.replace(/\s+/g, " "))).toEqual([
      "Кузнецов Дмитрий Олегович соответствие 81 % Мест нет: если выбрать, один из его наставляемых перейдёт к другому наставнику. Выбрать",
      "Морозов Павел Андреевич соответствие 70 % Свободно 2 места Выбрать",
    ]);
    await toggle.click();
    expect(await list.isVisible()).toBe(false);
    await toggle.click();

    await button(o, "Выбрать: Морозов Павел Андреевич (наставляемый: Иванова Анна Андреевна)").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(o.calls[0]?.args).toEqual([{ type: "swap", menteeId: "НЯ-0001", mentorId: "НС-0005" }]);
    const morozov = mentorCard(o, "Морозов Павел Андреевич");
    await morozov.waitFor();
    expect(await morozov.locator(".mentee-name").allInnerTexts()).toEqual(["Иванова Анна Андреевна"]);
    expect(await read(morozov.locator(".badge"))).toBe("Решение: принята");
    expect(await read(morozov.locator(".group-line"))).toBe("Группа: 1 наставляемый, мест: 2");
    expect(await mentorCard(o, "Смирнова").locator(".mentee-name").allInnerTexts()).toEqual([
      "Петров Илья Сергеевич",
      "Соколова Мария Дмитриевна",
    ]);
    expect(await focusedText(o)).toMatch(/^Иванова Анна Андреевна/);
  });

  test("a pair with no other suitable mentor says so", async () => {
    const o = await show(SCHOOL);
    await button(o, "Сменить наставника: Волков Артём Игоревич").click();
    expect(await read(card(o, "Волков").locator(".alternatives"))).toBe(
      "Другого подходящего наставника нет.",
    );
    expect(await card(o, "Волков").locator(".alternatives button").count()).toBe(0);
  });

  test("a mentee without a mentor: «Назначить» gives them one of the full mentors", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Выбрать наставника: Фёдорова Полина Андреевна").click();
    const items = card(o, "Фёдорова").locator(".candidate");
    expect((await items.allInnerTexts()).map((s) => s.replace(/\s+/g, " "))).toEqual([
      "Кузнецов Дмитрий Олегович соответствие 68 % Мест нет: если выбрать, один из его наставляемых перейдёт к другому наставнику. Назначить",
      "Лебедев Николай Игоревич соответствие 61 % Мест нет: если выбрать, один из его наставляемых перейдёт к другому наставнику. Назначить",
    ]);
    await button(o, "Назначить: Кузнецов Дмитрий Олегович (наставляемый: Фёдорова Полина Андреевна)").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(o.calls[0]?.args).toEqual([{ type: "swap", menteeId: "НЯ-0007", mentorId: "НС-0002" }]);
    await o.page
      .locator(".mentor", { hasText: "Кузнецов" })
      .locator(".mentee-name", { hasText: "Фёдорова" })
      .waitFor();
    expect(await texts(o, "#unmatched .mentee-name")).toEqual(["Егоров Максим Ильич"]);
    expect(await text(o, "#stats")).toContain("1 наставляемый без наставника");
  });

  test("«Принять все» accepts what is undecided or pinned", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Принять все").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(o.calls[0]).toEqual({ name: "reviewPairs", args: [{ type: "acceptAll" }] });
    await button(o, "Утвердить принятые (6)").waitFor();
    expect(await button(o, "Принять все").isDisabled()).toBe(true);
    expect(await o.page.locator(".badge.decided-none, .badge.decided-pin").count()).toBe(0);
    // The button the curator pressed is disabled now: the focus goes to the summary.
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("headline");
  });

  test("«Подобрать заново» matches again with no action", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Подобрать заново").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(o.calls[0]).toEqual({ name: "reviewPairs", args: [null] });
    await o.page
      .getByRole("status")
      .getByText("Пары подобраны заново; решения куратора сохранены.")
      .waitFor();
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("rematch");
  });
});

describe("filters", () => {
  test("chips show part of the list; arrow keys move between them", async () => {
    const o = await showLive(SCHOOL);
    const names = () => texts(o, "#content .card:not(.refused) .mentee-name");
    expect(await o.page.getByRole("group", { name: "Показать" }).getByRole("radio").count()).toBe(5);
    expect(await o.page.getByRole("radio", { name: "Все" }).isChecked()).toBe(true);

    await o.page.getByText("Без решения", { exact: true }).click();
    expect(await o.page.getByRole("radio", { name: "Без решения 3" }).isChecked()).toBe(true);
    expect(await names()).toEqual([
      "Волков Артём Игоревич",
      "Иванова Анна Андреевна",
      "Петров Илья Сергеевич",
    ]);
    expect(await o.page.locator("#unmatched, #refused").count()).toBe(0);

    await o.page.keyboard.press("ArrowRight");
    expect(await o.page.getByRole("radio", { name: "Принятые 2" }).isChecked()).toBe(true);
    expect(await names()).toEqual(["Новиков Егор Павлович", "Соколова Мария Дмитриевна"]);
    await o.page.keyboard.press("ArrowRight");
    expect(await names()).toEqual(["Морозова Дарья Алексеевна"]);
    await o.page.keyboard.press("ArrowRight");
    expect(await o.page.getByRole("radio", { name: "Без наставника 2" }).isChecked()).toBe(true);
    expect(await names()).toEqual(["Егоров Максим Ильич", "Фёдорова Полина Андреевна"]);
    expect(await o.page.locator("#pairs").count()).toBe(0);

    await o.page.getByRole("radio", { name: "Все" }).check();
    expect((await names()).length).toBe(8);
    expect(o.calls).toEqual([]);
  });

  test("the filter stays after an action; a card that leaves it gives the focus to the summary", async () => {
    const o = await showLive(SCHOOL);
    await o.page.getByRole("radio", { name: "Без решения 3" }).check();
    await button(o, "Принять: Петров Илья Сергеевич").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    await o.page.getByRole("radio", { name: "Без решения 2" }).waitFor();
    expect(await o.page.getByRole("radio", { name: "Без решения 2" }).isChecked()).toBe(true);
    expect(await texts(o, "#content .mentee-name")).toEqual([
      "Волков Артём Игоревич",
      "Иванова Анна Андреевна",
    ]);
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("headline");
  });

  test("an empty filter says so", async () => {
    const o = await show({ ...SCHOOL, counts: { ...SCHOOL.counts }, mentors: [mentor(LEBEDEV, [NOVIKOV])] });
    await o.page.getByRole("radio", { name: "Закреплённые 0" }).check();
    expect(await text(o, "#content")).toBe("Закреплённых пар нет.");
  });
});

describe("confirming", () => {
  test("asks first, sends the chosen date, reports what was written and shows the new view", async () => {
    const o = await showLive(SCHOOL);
    await button(o, "Утвердить принятые (2)").click();
    const question = o.page.getByRole("group", { name: /^Записать/ });
    await question.waitFor();
    expect(await text(o, "#confirm-question")).toBe(
      "Записать 2 пары на лист «Пары и группы» с датой начала 01.09.2026? Повторное утверждение не создаёт дублей.",
    );
    expect(await o.page.evaluate(() => document.activeElement?.textContent)).toBe("Утвердить");
    await button(o, "Отмена").click();
    expect(await question.isVisible()).toBe(false);
    expect(o.calls).toEqual([]);

    await o.page.getByLabel("Дата начала").fill("2026-09-15");
    await button(o, "Утвердить принятые (2)").click();
    expect(await text(o, "#confirm-question")).toContain("с датой начала 15.09.2026?");
    await button(o, "Утвердить").click();
    await until(() => o.calls.length === 1, "confirmPairs");
    expect(o.calls[0]).toEqual({ name: "confirmPairs", args: ["2026-09-15"] });

    await button(o, "Утвердить принятые (0)").waitFor();
    expect(await read(o.page.getByRole("status"))).toBe(
      "Утверждены 2 пары (в группах: 1), код утверждения У-0001. Смотрите лист «Пары и группы».",
    );
    expect(await question.isVisible()).toBe(false);
    expect(await button(o, "Утвердить принятые (0)").isDisabled()).toBe(true);
    expect(await text(o, "#confirm-hint")).toBe("Примите пары, чтобы их можно было утвердить.");
    expect(await text(o, "h1")).toBe("Предложены 4 пары");
    expect(await o.page.locator(".mentee-name", { hasText: "Соколова" }).count()).toBe(0);
    expect(await read(mentorCard(o, "Смирнова").locator(".group-line"))).toBe(
      "Группа: 2 наставляемых, мест: 4 (занято ранее: 1)",
    );
    // The rejection is forgotten once the round is confirmed; the exclusion stays.
    expect(await text(o, "#refused summary")).toBe("Отклонённые и исключённые (1)");
    expect(await o.page.getByLabel("Дата начала").inputValue()).toBe("2026-09-01");
  });

  test("a single confirmed pair, no group, and a repeated confirmation that wrote nothing", async () => {
    const view = withCounts(
      { ...SCHOOL, mentors: [mentor(LEBEDEV, [NOVIKOV])], unmatched: [], refused: [], message: "" },
      { alreadyPaired: 0, skippedRows: 0 },
    );
    let confirmed = 1;
    const o = await show(view, (name) =>
      name === "confirmPairs"
        ? { confirmed, inGroups: 0, batch: confirmed > 0 ? "У-0007" : "", view }
        : (() => {
            throw new Error(name);
          })(),
    );
    await button(o, "Утвердить принятые (1)").click();
    expect(await text(o, "#confirm-question")).toMatch(/^Записать 1 пару на лист «Пары и группы»/);
    await button(o, "Утвердить").click();
    await o.page.getByRole("status").getByText("Утверждена 1 пара").waitFor();
    expect(await read(o.page.getByRole("status"))).toBe(
      "Утверждена 1 пара, код утверждения У-0007. Смотрите лист «Пары и группы».",
    );
    confirmed = 0;
    await button(o, "Утвердить принятые (1)").click();
    await button(o, "Утвердить").click();
    await o.page.getByRole("status").getByText("Новых пар не записано").waitFor();
    expect(await read(o.page.getByRole("status"))).toBe(
      "Новых пар не записано: принятые пары уже есть на листе «Пары и группы».",
    );
  });

  test("a start date in the year 9999 is refused with the range, before anything is sent", async () => {
    const o = await showLive(SCHOOL);
    const date = o.page.getByLabel("Дата начала");
    const today = await date.inputValue();
    const last = `${Number(today.slice(0, 4)) + 10}-12-31`;
    expect(await date.getAttribute("min")).toBe("2000-01-01");
    expect(await date.getAttribute("max")).toBe(last);
    await date.fill("9999-12-31");
    await button(o, "Утвердить принятые (2)").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await read(o.page.getByRole("alert"))).toBe(
      `Дата начала должна быть с 01.01.2000 по 31.12.${last.slice(0, 4)}. Проверьте год: вероятно, опечатка.`,
    );
    expect(await date.getAttribute("aria-invalid")).toBe("true");
    expect(o.calls).toEqual([]);
  });

  test("without a start date nothing is sent and the page says what is missing", async () => {
    const o = await showLive(SCHOOL);
    const date = o.page.getByLabel("Дата начала");
    await date.fill("");
    await button(o, "Утвердить принятые (2)").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Укажите дату начала полностью: день, месяц и год (например, 01.09.2026).",
    );
    expect(await date.getAttribute("aria-invalid")).toBe("true");
    expect(await o.page.evaluate(() => document.activeElement?.id)).toBe("start-date");
    expect(await o.page.locator("#confirm-ask").isVisible()).toBe(false);
    expect(o.calls).toEqual([]);

    await date.fill("2026-10-01");
    expect(await date.getAttribute("aria-invalid")).toBeNull();
  });

  test("a failed confirmation keeps the question open and the view as it was", async () => {
    const o = await showLive(SCHOOL);
    o.server.failNext("confirmPairs", "Лист «Пары и группы» не найден. Выполните «Создать / обновить базу».");
    await button(o, "Утвердить принятые (2)").click();
    await button(o, "Утвердить").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Лист «Пары и группы» не найден. Выполните «Создать / обновить базу».",
    );
    expect(await button(o, "Утвердить").isEnabled()).toBe(true);
    expect(await o.page.evaluate(() => document.activeElement?.textContent)).toBe("Утвердить");
    expect(await text(o, "h1")).toBe("Предложено 6 пар");

    await button(o, "Утвердить").click();
    await button(o, "Утвердить принятые (0)").waitFor();
    expect(await o.page.locator("#alert").isVisible()).toBe(false);
    expect(o.calls.map((c) => c.name)).toEqual(["confirmPairs", "confirmPairs"]);
  });
});

describe("talking to the server", () => {
  test("a failure is shown in the alert box; the page keeps its view and stays usable", async () => {
    const o = await showLive(SCHOOL);
    const message =
      "Закреплённую пару нельзя оставить: у наставника Орлова Е. П. нет свободных мест.\nИсправьте решение и запустите подбор снова.";
    o.server.failNext("reviewPairs", message);
    await button(o, "Принять: Иванова Анна Андреевна").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await o.page.getByRole("alert").textContent()).toBe(message);
    expect(await read(card(o, "Иванова").locator(".badge"))).toBe("Решение: без решения");
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
    expect(await o.page.locator("#content button:disabled, .toolbar button:disabled").count()).toBe(0);
    expect(await read(o.page.getByRole("status"))).toBe("");
    expect(await o.page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Принять: Иванова Анна Андреевна",
    );

    await button(o, "Принять: Иванова Анна Андреевна").click();
    await card(o, "Иванова").locator(".badge.decided-accept").waitFor();
    expect(await o.page.locator("#alert").isVisible()).toBe(false);
  });

  test("while a call runs the page waits: busy, buttons disabled, «Сохраняю…»", async () => {
    const answer = deferred<PairsView>();
    const o = await show(SCHOOL, () => answer.promise);
    await button(o, "Закрепить: Петров Илья Сергеевич").click();
    await until(() => o.calls.length === 1, "reviewPairs");
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("true");
    expect(await read(o.page.getByRole("status"))).toBe("Сохраняю…");
    expect(await o.page.locator("main button:enabled, main input:enabled").count()).toBe(0);
    await button(o, "Принять: Иванова Анна Андреевна").click({ force: true });
    await button(o, "Подобрать заново").click({ force: true });

    answer.resolve(
      apply(SCHOOL, { type: "decide", mentorId: "НС-0001", menteeId: "НЯ-0002", decision: "pin" }),
    );
    await card(o, "Петров").locator(".badge.decided-pin").waitFor();
    expect(o.calls.length).toBe(1);
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
    expect(await button(o, "Принять: Иванова Анна Андреевна").isEnabled()).toBe(true);
    expect(await button(o, "Подобрать заново").isEnabled()).toBe(true);
  });

  test("an answer that is not a view is reported, not shown", async () => {
    const o = await show(SCHOOL, () => ({ mentors: "nope" }));
    await button(o, "Подобрать заново").click();
    await o.page.locator("#alert:not([hidden])").waitFor();
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать ответ таблицы. Нажмите «Подобрать заново».",
    );
    expect(await text(o, "h1")).toBe("Предложено 6 пар");
  });
});

// ---- other views --------------------------------------------------------------------------------------------

describe("other views", () => {
  test.each([
    [
      1,
      "Предложена 1 пара",
      "1 пара принята",
      "1 наставляемый без наставника",
      "1 строка с ошибками не участвовала",
    ],
    [
      2,
      "Предложены 2 пары",
      "2 пары приняты",
      "2 наставляемых без наставника",
      "2 строки с ошибками не участвовали",
    ],
    [
      5,
      "Предложено 5 пар",
      "5 пар принято",
      "5 наставляемых без наставника",
      "5 строк с ошибками не участвовали",
    ],
    [
      11,
      "Предложено 11 пар",
      "11 пар принято",
      "11 наставляемых без наставника",
      "11 строк с ошибками не участвовали",
    ],
    [
      21,
      "Предложена 21 пара",
      "21 пара принята",
      "21 наставляемый без наставника",
      "21 строка с ошибками не участвовала",
    ],
    [
      24,
      "Предложены 24 пары",
      "24 пары приняты",
      "24 наставляемых без наставника",
      "24 строки с ошибками не участвовали",
    ],
  ])("%i: «%s», «%s», «%s»", async (n, proposed, accepted, unmatched, skipped) => {
    const counts = {
      ...SCHOOL.counts,
      proposed: n,
      accepted: n,
      unmatched: n,
      skippedRows: n,
      alreadyPaired: n,
    };
    const o = await show({ ...SCHOOL, counts });
    expect(await text(o, "h1")).toBe(proposed);
    expect(await texts(o, "#stats li")).toContain(accepted);
    expect(await texts(o, "#stats li")).toContain(unmatched);
    expect(await text(o, "#skipped")).toMatch(new RegExp(`^${skipped} в подборе\\.`));
  });

  test("nobody to match: a friendly sentence and «Подобрать заново»", async () => {
    const o = await showLive(ALL_PAIRED);
    expect(await text(o, "h1")).toBe("Предложенных пар нет");
    expect(await text(o, "#empty")).toBe(
      "Все наставляемые уже в парах — подбирать некого. Когда в базе появятся новые наставляемые, нажмите «Подобрать заново».",
    );
    expect(await text(o, "#already-paired")).toBe("40 наставляемых уже в парах — их не подбирали.");
    expect(
      await o.page
        .locator("#filters, #accept-all, #confirm-box, #stats")
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetParent)),
    ).toEqual([null, null, null]);
    expect(await button(o, "Подобрать заново").isEnabled()).toBe(true);
  });

  test("an empty base says what to do", async () => {
    const o = await show(withCounts({ ...ALL_PAIRED }, { alreadyPaired: 0, skippedRows: 0 }));
    expect(await text(o, "#empty")).toBe(
      "В базе пока нет наставляемых для подбора. Добавьте их на лист «Наставляемые» и нажмите «Подобрать заново».",
    );
    expect(await o.page.locator("#already-paired, #skipped").count()).toBe(0);
  });

  test("English", async () => {
    const a = { mentorId: "M-1", mentorName: "Olga Smirnova" };
    const view = withCounts(
      {
        locale: "en",
        tab: "Proposed pairs",
        pairsTab: "Pairs and groups",
        mentors: [
          {
            ...a,
            capacity: 3,
            taken: 1,
            pairs: [
              pair(a, "E-1", "Anna Ivanova", {
                form: "teacher – teacher",
                score: 92,
                reasons: [pro("same subject: mathematics"), con("different format")],
                alternatives: [candidate({ mentorId: "M-2", mentorName: "Dmitry Kuznetsov" }, 81, 1)],
              }),
              pair(a, "E-2", "Ilya Petrov", { form: "teacher – teacher", decision: "pin" }),
            ],
          },
        ],
        unmatched: [
          {
            menteeId: "E-3",
            menteeName: "Polina Fedorova",
            form: "",
            reason: "No mentor.",
            alternatives: [],
          },
        ],
        refused: [{ ...a, menteeId: "E-4", menteeName: "Kirill Pavlov", form: "", decision: "exclude" }],
        today: "2026-09-01",
        message: "",
      },
      { alreadyPaired: 1, skippedRows: 1 },
    );
    const o = await show(view);
    expect(await o.page.getAttribute("html", "lang")).toBe("en");
    expect(await o.page.title()).toBe("Pairs");
    expect(await text(o, "h1")).toBe("2 pairs proposed");
    expect(await texts(o, "#stats li")).toEqual([
      "0 pairs accepted",
      "1 pair pinned",
      "1 pair without a decision",
      "1 mentee without a mentor",
      "1 pair excluded",
    ]);
    expect(await text(o, "#skipped")).toBe(
      "1 row with errors took no part in the matching. “Mentoring → Check the base” shows them.",
    );
    expect(await text(o, "#already-paired")).toBe("1 mentee is already in a pair and was not matched.");
    expect(await text(o, ".group-line")).toBe("Group: 2 mentees, 3 places (1 taken before)");
    expect(await actionNames(o, "Anna Ivanova")).toEqual([
      "Accept: Anna Ivanova",
      "Pin: Anna Ivanova",
      "Reject: Anna Ivanova",
      "Exclude: Anna Ivanova",
      "Change mentor: Anna Ivanova",
    ]);
    expect(await read(card(o, "Anna Ivanova").locator(".badge"))).toBe("Decision: no decision");
    expect(await read(card(o, "Anna Ivanova").locator(".pair-meta .fit"))).toBe("fit 92%");
    await button(o, "Change mentor: Anna Ivanova").click();
    expect(await read(card(o, "Anna Ivanova").locator(".candidate"))).toBe(
      "Dmitry Kuznetsov fit 81% 1 place free Choose",
    );
    expect(await button(o, "Exclude: Anna Ivanova").getAttribute("title")).toBe(
      "This pair will never be proposed again",
    );
    expect(await texts(o, ".chip")).toEqual(["All", "Undecided 1", "Accepted 0", "Pinned 1", "No mentor 1"]);
    expect(await text(o, "#rematch")).toBe("Match again");
    expect(await text(o, "#accept-all")).toBe("Accept all");
    expect(await text(o, "#confirm")).toBe("Confirm accepted (0)");
    expect(await text(o, "label[for=start-date]")).toBe("Start date");
    expect(await text(o, "#refused summary")).toBe("Rejected and excluded (1)");
    expect(await text(o, "#unmatched .no-alternatives")).toBe(
      "No mentor can be assigned: none fits the matching rules.",
    );
  });

  test("names and reasons are shown as text, never as HTML", async () => {
    const typed = "<img src=x onerror=alert(1)>";
    const dialogs: string[] = [];
    const evil = pair(SMIRNOVA, "НЯ-0666", `Иванова ${typed}`, {
      form: `<b>${typed}</b>`,
      reasons: [pro(`запрос «${typed}» </script><script>alert(2)</script>`)],
      alternatives: [candidate({ mentorId: "НС-0666", mentorName: `<i>${typed}</i>` }, 50, 1)],
    });
    const view = withCounts(
      {
        ...SCHOOL,
        mentors: [{ ...mentor(SMIRNOVA, [evil]), mentorName: `Смирнова ${typed}` }],
        unmatched: [{ ...EGOROV, reason: `<u>${typed}</u>` }],
        refused: [],
        message: `<b>${typed}</b>`,
      },
      { alreadyPaired: 0, skippedRows: 0 },
    );
    const o = await show(view);
    o.page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await text(o, ".mentee-name")).toBe(`Иванова ${typed}`);
    expect(await text(o, ".mentor-name")).toBe(`Наставник: Смирнова ${typed}`);
    expect(await text(o, ".form")).toBe(`<b>${typed}</b>`);
    expect(await text(o, ".reason-text")).toBe(`За: запрос «${typed}» </script><script>alert(2)</script>`);
    expect(await text(o, ".reason-line")).toBe(`<u>${typed}</u>`);
    expect(await o.page.getByRole("status").textContent()).toBe(`<b>${typed}</b>`);
    await button(o, `Сменить наставника: Иванова ${typed}`).click();
    expect(await text(o, ".candidate-name")).toBe(`<i>${typed}</i>`);
    expect(await o.page.locator("img, b, i, u, main script").count()).toBe(0);
    await o.page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
  });

  test("a page without readable data says so and can still match", async () => {
    const server = fakeServer(SCHOOL);
    const o = await openPage(tested.html.replace("<?!= data ?>", "{"), server.handler, {
      functions: FUNCTIONS,
    });
    tested.keep(o);
    expect(await read(o.page.getByRole("alert"))).toBe(
      "Не удалось прочитать данные о парах. Нажмите «Подобрать заново».",
    );
    expect(await o.page.locator("main").getAttribute("aria-busy")).toBe("false");
    expect(
      await o.page
        .locator("#accept-all, #confirm-box, #filters")
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).hidden)),
    ).toEqual([true, true, true]);
    await button(o, "Подобрать заново").click();
    await o.page.locator("#alert[hidden]").waitFor({ state: "attached" });
    expect(o.calls).toEqual([{ name: "reviewPairs", args: [null] }]);
    expect(await text(o, "h1")).toBe("Предложено 6 пар");
  });
});

test("accessible: a school's proposal, the refused unfolded, other mentors listed, a failure, the question", async () => {
  const o = await showLive(SCHOOL);
  await expectAccessible(o.page, "pairs: a school's proposal");
  await o.page.locator("#refused summary").click();
  await button(o, "Сменить наставника: Иванова Анна Андреевна").click();
  await o.page.getByRole("list", { name: "Другие наставники: Иванова Анна Андреевна" }).waitFor();
  await expectAccessible(o.page, "pairs: the refused shown, other mentors listed");
  o.server.failNext("reviewPairs", "Закреплённую пару нельзя оставить: у наставника нет свободных мест.");
  await button(o, "Принять: Иванова Анна Андреевна").click();
  await o.page.locator("#alert:not([hidden])").waitFor();
  await expectAccessible(o.page, "pairs: a failure in the alert box");
  await o.page.getByLabel("Дата начала").fill("");
  await button(o, "Утвердить принятые (2)").click();
  await o.page.locator("#start-date[aria-invalid=true]").waitFor();
  await expectAccessible(o.page, "pairs: the start date missing");
  await o.page.getByLabel("Дата начала").fill("2026-09-15");
  await button(o, "Утвердить принятые (2)").click();
  await o.page.getByRole("group", { name: /^Записать/ }).waitFor();
  await expectAccessible(o.page, "pairs: the question before confirming");
});

test("screenshot of the sidebar", async () => {
  const o = await show(SCHOOL);
  await button(o, "Сменить наставника: Иванова Анна Андреевна").click();
  await o.page.locator("#refused summary").click();
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await o.page.screenshot({ path: SCREENSHOT, fullPage: true });
});
