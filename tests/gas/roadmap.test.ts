import { markRoadmapDone, openRoadmap } from "../../src/app/roadmap";
import { ok, rowsOf } from "../support/gas";
import { kpiSchoolPerTest } from "../support/kpiSchool";

/**
 * «План работы» on the emulator, on the small school of the indicators' tests (today 25.11.2026, the year
 * 2026/2027, pairs confirmed, the base checked): the tab made and filled once, the ticks the add-on can see, the
 * curator's marks kept, «Выполнено» writing one row.
 */
const school = kpiSchoolPerTest();

describe("«План работы»", () => {
  test("makes «Дорожная карта» with the built-in roadmap dated for the year, ids ДК-…, once", () => {
    const w = school();
    const view = ok(w.run(() => openRoadmap(w.ports())));
    const rows = rowsOf(w.ss, "Дорожная карта");
    expect(rows.length).toBe(view.items.length);
    expect(rows[0]).toMatchObject({ ID: "ДК-0001", Срок: "до 15.09.2026" });
    // «№» is stored as text: «1.1» stays a text and a curator's «3.10» never becomes 3.1.
    expect(rows[0]!["№"]).toBe("1.1");
    const sheet = w.ss.getSheetByName("Дорожная карта")!;
    expect(
      sheet
        .getRange(2, 2, rows.length + 5, 1)
        .getNumberFormats()
        .flat(),
    ).toEqual(new Array(rows.length + 5).fill("@"));
    sheet.getRange(rows.length + 2, 2, 1, 3).setValues([["3.10", "Своё", "Своё мероприятие"]]);
    expect(sheet.getRange(rows.length + 2, 2).getValue()).toBe("3.10");
    expect(view.messages[0]).toMatch(/дорожная карта на 2026\/2027 учебный год/);
    expect(view.items.find((i) => i.number === "1.1")!.state).toBe("overdue");
    // A second run adds nothing, and reads the curator's row with its number as typed.
    const again = ok(w.run(() => openRoadmap(w.ports())));
    expect(rowsOf(w.ss, "Дорожная карта").length).toBe(rows.length + 1);
    expect(again.items.at(-1)).toMatchObject({ number: "3.10", measure: "Своё мероприятие" });
  });

  test("ticks what it sees (pairs confirmed) in empty cells only; never the curator's «не выполнено»", () => {
    const w = school();
    ok(w.run(() => openRoadmap(w.ports())));
    const sheet = w.ss.getSheetByName("Дорожная карта")!;
    const rows = rowsOf(w.ss, "Дорожная карта");
    const pairsRow = rows.findIndex((r) => r["Отмечает надстройка"] === "пары утверждены");
    const statusCol = Object.keys(rows[0]!).indexOf("Статус") + 1;
    // The first run already ticked the pairs; the curator says otherwise.
    expect(rows[pairsRow]!.Статус).toBe("выполнено");
    sheet.getRange(pairsRow + 2, statusCol).setValue("не выполнено");
    const again = ok(w.run(() => openRoadmap(w.ports())));
    expect(rowsOf(w.ss, "Дорожная карта")[pairsRow]!.Статус).toBe("не выполнено");
    expect(again.messages.filter((m) => /пары утверждены/.test(m))).toEqual([]);
  });

  test("«Выполнено» writes that row's status, date and evidence only", () => {
    const w = school();
    const view = ok(w.run(() => openRoadmap(w.ports())));
    const target = view.items.find((i) => i.number === "2.1")!;
    const before = rowsOf(w.ss, "Дорожная карта");
    const after = ok(
      w.run(() => markRoadmapDone(w.ports(), target.id, "2026-09-20", "https://school.example/news")),
    );
    expect(after.items.find((i) => i.id === target.id)!.state).toBe("done");
    const rows = rowsOf(w.ss, "Дорожная карта");
    const i = target.row - 2;
    expect(rows[i]).toMatchObject({ Статус: "выполнено", Подтверждение: "https://school.example/news" });
    rows.forEach((r, k) => {
      if (k !== i) expect(r).toEqual(before[k]);
    });
    expect("error" in w.run(() => markRoadmapDone(w.ports(), "ДК-9999", "2026-09-20", ""))!).toBe(true);
  });
});
