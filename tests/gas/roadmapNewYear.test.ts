import { markRoadmapDone, openRoadmap } from "../../src/app/roadmap";
import { newRoadmapYear } from "../../src/app/roadmapNewYear";
import { ok, rowsOf, setting } from "../support/gas";
import { kpiSchoolPerTest } from "../support/kpiSchool";

/**
 * «Новый учебный год: дорожная карта» on the emulator: the year on «Настройки» gets a block of new rows below the
 * old year's, re-dated, unmarked; the old rows stay as they were; a re-run adds nothing; «План работы» then shows
 * the new year's block only.
 */
const school = kpiSchoolPerTest();

describe("«Новый учебный год: дорожная карта»", () => {
  test("refused while «Настройки» still has the roadmap's year; then a new block, once", () => {
    const w = school();
    const first = ok(w.run(() => openRoadmap(w.ports())));
    ok(
      w.run(() =>
        markRoadmapDone(w.ports(), first.items[1]!.id, "2026-09-10", "https://school7.example/order"),
      ),
    );
    const same = w.run(() => newRoadmapYear(w.ports()));
    expect(same).toEqual({
      error: expect.stringMatching(
        /^Дорожная карта уже составлена на 2026\/2027 учебный год.*например 2027\/2028/,
      ),
    });
    const old = rowsOf(w.ss, "Дорожная карта");
    setting(w.ss, "program.year", "2027/2028");
    const made = ok(w.run(() => newRoadmapYear(w.ports())));
    const n = old.length;
    expect(made.message).toMatch(
      new RegExp(
        `^На листе «Дорожная карта» добавлена дорожная карта на 2027/2028 учебный год: ${n} пунктов.*строки ${n + 2}–${2 * n + 1}`,
      ),
    );
    const rows = rowsOf(w.ss, "Дорожная карта");
    expect(rows.slice(0, n)).toEqual(old);
    const fresh = rows.slice(n);
    expect(fresh).toHaveLength(n);
    fresh.forEach((r, i) => {
      expect(r.ID).toBe(`ДК-${String(n + i + 1).padStart(4, "0")}`);
      expect(r).toMatchObject({
        "№": old[i]!["№"],
        Мероприятие: old[i]!.Мероприятие,
        Статус: "",
        Подтверждение: "",
      });
      expect(r["Дата выполнения"]).toBe("");
    });
    expect(fresh[0]!.Срок).toBe("до 15.09.2027");
    expect(old[1]!.Статус).toBe("выполнено");
    // Again: nothing added.
    const again = ok(w.run(() => newRoadmapYear(w.ports())));
    expect(again.message).toMatch(/уже добавлена на лист «Дорожная карта» \(начинается с пункта ДК-0026/);
    expect(rowsOf(w.ss, "Дорожная карта")).toEqual(rows);
    // «План работы» reads the new year's block; the old rows are left as they are.
    const view = ok(w.run(() => openRoadmap(w.ports())));
    expect(view.items.map((i) => i.id)).toEqual(fresh.map((r) => r.ID));
    expect(rowsOf(w.ss, "Дорожная карта").slice(0, n)).toEqual(old);
    expect(view.items.find((i) => i.number === "1.1")!.state).toBe("planned");
  });
});
