import {
  type Contact,
  type Directory,
  digestMail,
  itemKey,
  itemsOnDay,
  notYetSent,
  type RoadmapItem,
  recipientsOf,
  remindersOn,
  resolveResponsible,
  rowsOfYear,
  withoutSent,
  withSent,
} from "../../src/domain/roadmap";

const item = (over: Partial<RoadmapItem>, index: number): RoadmapItem => ({
  id: `ДК-${String(index + 1).padStart(4, "0")}`,
  index,
  number: String(index + 1),
  section: "Раздел",
  measure: `Мероприятие ${index + 1}`,
  deadline: "",
  responsible: "",
  result: "",
  document: "",
  status: "",
  doneDate: "",
  evidence: "",
  auto: "",
  ...over,
});

const person = (over: Partial<Contact>): Contact => ({
  key: "СТ-0001",
  name: "Петрова Анна Сергеевна",
  position: "учитель математики",
  email: "petrova@school7.example",
  consent: true,
  active: true,
  ...over,
});

const HEAD = person({
  key: "СТ-0002",
  name: "Соколов Игорь Павлович",
  position: "директор",
  email: "sokolov@school7.example",
});
const DEPUTY = person({
  key: "СТ-0003",
  name: "Ильина Мария Олеговна",
  position: "заместитель директора по УВР",
  email: "ilina@school7.example",
});
const NO_CONSENT = person({
  key: "СТ-0004",
  name: "Орлов Пётр Ильич",
  position: "педагог-психолог",
  consent: false,
});
const NO_EMAIL = person({
  key: "СТ-0005",
  name: "Зайцева Ольга Петровна",
  position: "социальный педагог",
  email: "",
});
const LEFT = person({
  key: "СТ-0006",
  name: "Белова Нина Юрьевна",
  position: "учитель химии",
  active: false,
});
const CURATOR = person({
  key: "curator",
  name: "Кузнецова Елена Викторовна",
  position: "",
  email: "curator@school7.example",
});

const DIR: Directory = {
  staff: [person({}), HEAD, DEPUTY, NO_CONSENT, NO_EMAIL, LEFT],
  curator: CURATOR,
  head: HEAD,
  headPosition: "Директор",
};

describe("resolveResponsible: the «Ответственные» cell's names to people", () => {
  test.each([
    ["куратор", "curator"],
    ["Куратор программы", "curator"],
    ["директор", "СТ-0002"],
    ["Заместитель директора по УВР", "СТ-0003"],
    ["Петрова А.С.", "СТ-0001"],
    ["А. С. Петрова", "СТ-0001"],
    ["петрова анна сергеевна", "СТ-0001"],
    ["Орлов П.И.", "СТ-0004"],
  ])("«%s» is %s", (label, key) => {
    const r = resolveResponsible(label, DIR);
    expect("contact" in r && r.contact.key).toBe(key);
  });

  test("a group, an unknown name and two people of one position reach nobody", () => {
    expect(resolveResponsible("наставники", DIR)).toEqual({ none: "group" });
    expect(resolveResponsible("Смирнов С.С.", DIR)).toEqual({ none: "unknown" });
    const twoTeachers: Directory = {
      ...DIR,
      staff: [
        ...DIR.staff,
        person({ key: "СТ-0009", name: "Другая Дарья Ивановна", email: "d@school7.example" }),
      ],
    };
    expect(resolveResponsible("учитель математики", twoTeachers)).toEqual({ none: "ambiguous" });
    // Without a curator's e-mail on «Настройки», «куратор» is nobody.
    expect(resolveResponsible("куратор", { staff: DIR.staff })).toEqual({ none: "unknown" });
  });

  test("a name on the staff register is that row, even when a mentor's row has it too; else the mentor", () => {
    const mentor = person({ key: "НС-0001", position: "", email: "" });
    const r = resolveResponsible("Петрова А.С.", { staff: [person({})], mentors: [mentor] });
    expect("contact" in r && r.contact.key).toBe("СТ-0001");
    const outside = person({ key: "НС-0002", name: "Гостева Алла Юрьевна", email: "g@partner.example" });
    const m = resolveResponsible("Гостева А.Ю.", { staff: [person({})], mentors: [mentor, outside] });
    expect("contact" in m && m.contact.key).toBe("НС-0002");
    // Two staff rows of one address are one person.
    const twice = resolveResponsible("Петрова А.С.", { staff: [person({}), person({ key: "СТ-0042" })] });
    expect("contact" in twice && twice.contact.key).toBe("СТ-0001");
  });
});

const TODAY = "2026-11-25";

function placed(items: RoadmapItem[]) {
  return itemsOnDay(items, 2026, TODAY);
}

describe("recipientsOf: one digest per person, never to someone without an address or consent", () => {
  const items = [
    item({ deadline: "до 01.11.2026", responsible: "директор, куратор" }, 0),
    item({ deadline: "до 30.11.2026", responsible: "Соколов И.П." }, 1),
    item({ deadline: "до 30.11.2026", responsible: "Орлов П.И.; Зайцева О.П.\nБелова Н.Ю." }, 2),
    item({ deadline: "до 30.11.2026", responsible: "наставники, Неизвестный Н.Н." }, 3),
    item({ deadline: "до 30.01.2027", responsible: "куратор" }, 4),
    item({ deadline: "до 01.11.2026", responsible: "куратор", status: "done" }, 5),
  ];

  test("«директор» and «Соколов И.П.» are one mail; the reasons of those skipped are named", () => {
    const r = recipientsOf(remindersOn(placed(items), TODAY), DIR);
    const by = Object.fromEntries(
      r.digests.map((d) => [
        d.contact.key,
        { overdue: d.overdue.map((x) => x.item.id), soon: d.dueSoon.map((x) => x.item.id) },
      ]),
    );
    expect(by).toEqual({
      "СТ-0002": { overdue: ["ДК-0001"], soon: ["ДК-0002"] },
      curator: { overdue: ["ДК-0001"], soon: [] },
    });
    expect(r.skipped).toEqual([
      { label: "Орлов П.И.", why: "noConsent" },
      { label: "Зайцева О.П.", why: "noEmail" },
      { label: "Белова Н.Ю.", why: "left" },
      { label: "наставники", why: "group" },
      { label: "Неизвестный Н.Н.", why: "unknown" },
    ]);
  });

  test("the same-day rule: what the log has for a person today is not sent again; another day's log is not", () => {
    const digests = recipientsOf(remindersOn(placed(items), TODAY), DIR).digests;
    const head = digests.find((d) => d.contact.key === "СТ-0002")!;
    const log = withSent(null, TODAY, head);
    expect(log).toEqual({ date: TODAY, sent: { "СТ-0002": ["ДК-0001", "ДК-0002"] } });
    expect(notYetSent(digests, log, TODAY).map((d) => d.contact.key)).toEqual(["curator"]);
    expect(notYetSent(digests, log, "2026-11-26").map((d) => d.contact.key)).toEqual(["СТ-0002", "curator"]);
    // An item added later the same day goes alone; the ones already mailed do not.
    const more = [...items, item({ deadline: "до 27.11.2026", responsible: "директор" }, 6)];
    const later = notYetSent(recipientsOf(remindersOn(placed(more), TODAY), DIR).digests, log, TODAY);
    const again = later.find((d) => d.contact.key === "СТ-0002")!;
    expect([...again.overdue, ...again.dueSoon].map((x) => x.item.id)).toEqual(["ДК-0007"]);
    // A mail that did not go is taken out of the log.
    expect(withoutSent(log, head)).toEqual({ date: TODAY, sent: {} });
  });

  test("a row without an id is keyed by its text, the same each day", () => {
    const a = item({ id: "", number: "9", measure: "Своё", deadline: "до 01.11.2026" }, 0);
    expect(itemKey(a)).toMatch(/^#[0-9a-f]{8}$/);
    expect(itemKey({ ...a, index: 5 })).toBe(itemKey(a));
    expect(itemKey({ ...a, measure: "Другое" })).not.toBe(itemKey(a));
  });
});

describe("digestMail", () => {
  test("Russian, plain text and HTML, the roadmap's text escaped in the HTML", () => {
    const hostile = item(
      { measure: '<script>alert("x")</script> & «план»', deadline: "до 01.11.2026", responsible: "куратор" },
      0,
    );
    const d = recipientsOf(remindersOn(placed([hostile]), TODAY), DIR).digests[0]!;
    const mail = digestMail(
      { ...d, contact: { ...d.contact, name: "Кузнецова <b>Е.В.</b>" } },
      {
        today: TODAY,
        orgName: "МБОУ СОШ № 7",
        curatorName: "Кузнецова Е.В.",
        curatorEmail: "curator@school7.example",
      },
      "ru",
    );
    expect(mail.subject).toBe("План работы по наставничеству: просрочено 1, скоро срок 0");
    expect(mail.text).toContain('Срок прошёл:\n— 1 <script>alert("x")</script> & «план» (срок 01.11.2026)');
    expect(mail.text).not.toContain("ближайшие 7 дней");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; «план»");
    expect(mail.html).toContain("Здравствуйте, Кузнецова &lt;b&gt;Е.В.&lt;/b&gt;!");
    expect(mail.text).toContain("25.11.2026");
    expect(
      digestMail(d, { today: TODAY, orgName: "", curatorName: "", curatorEmail: "" }, "en").subject,
    ).toBe("Mentoring plan of work: 1 overdue, 0 due soon");
  });
});

describe("rowsOfYear: a year's block on «Дорожная карта» when new years are added below", () => {
  const ids = ["ДК-0001", "ДК-0002", "", "ДК-0003", "ДК-0004", "ДК-0005", ""];
  const blocks = { "2027/2028": "ДК-0003", "2028/2029": "ДК-0005" };
  test.each([
    ["2026/2027", 0, 3],
    ["2027/2028", 3, 5],
    ["2028/2029", 5, 7],
    // A year with no block of its own: the latest earlier one.
    ["2029/2030", 5, 7],
  ])("%s: rows [%i, %i)", (year, from, to) => {
    expect(rowsOfYear(ids, blocks, year)).toEqual({ from, to });
  });
  test("no blocks: every row; a block whose first row is gone is not counted", () => {
    expect(rowsOfYear(ids, {}, "2026/2027")).toEqual({ from: 0, to: 7 });
    expect(rowsOfYear(ids, { "2027/2028": "ДК-0099" }, "2027/2028")).toEqual({ from: 0, to: 7 });
  });
});
