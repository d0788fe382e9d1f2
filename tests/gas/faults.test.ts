import { checkBase } from "../../src/app/checkBase";
import { initBase } from "../../src/app/initBase";
import { reviewPairs } from "../../src/app/pairs";
import { ANNA, faultPoints, gasWorld, snapshotDiff, stableText, typeRow } from "../support/gas";

/**
 * Google calls fail now and then (a timeout, a quota). Each action is cut at every kind of step it takes, at the
 * first, second, middle and last call of that kind; the curator then runs it again, and the spreadsheet must be as
 * after a clean run: nothing half-done, nothing twice, nothing typed by a person changed.
 */
type World = ReturnType<typeof gasWorld>;
let w: World;
beforeEach(() => {
  w = gasWorld();
});
afterEach(() => w.uninstall());

describe("an action cut by a failing Google call leaves a base that the next run completes", () => {
  /** Runs `action` on a fresh world once per fault point; after the failure and a second run, compares. */
  function cutEverywhere(
    prepare: (x: World) => void,
    action: (x: World) => unknown,
    after?: (x: World) => void,
    finished?: (x: World) => void,
  ) {
    const clean = gasWorld();
    prepare(clean);
    clean.emu.calls.reset();
    clean.run(() => action(clean));
    const expected = stableText(clean.emu, clean.ss, { ids: true });
    const points = faultPoints(clean.emu.calls.byMethod());
    clean.uninstall();
    w.uninstall();
    expect(points.length).toBeGreaterThan(20);
    const absorbed: string[] = [];
    for (const point of points) {
      w = gasWorld();
      prepare(w);
      w.emu.faults.failNth({ method: point.method, n: point.n, message: "Service Spreadsheets failed" });
      try {
        w.run(() => action(w));
        // Only a failed write of the layout shortcut is absorbed; every other failure stops the action.
        absorbed.push(`${point.method}#${point.n}`);
      } catch (err) {
        expect(String(err)).toContain("Service Spreadsheets failed");
      }
      after?.(w);
      w.run(() => action(w));
      finished?.(w);
      const got = stableText(w.emu, w.ss, { ids: true });
      if (got !== expected) {
        expect({ point, diff: snapshotDiff(JSON.parse(got), JSON.parse(expected)) }).toEqual({
          point,
          diff: [],
        });
      }
      const ids = w.ss.getSheets().flatMap((sh) =>
        sh
          .getDataRange()
          .getValues()
          .flat()
          .filter((v) => /^(НС|НЯ)-\d+$/.test(String(v))),
      );
      expect(new Set(ids).size).toBe(ids.length);
      w.uninstall();
    }
    w = gasWorld();
    // The layout shortcut's write (getting the store, setting the value) is the only thing allowed to fail quietly.
    const quiet = /^(Properties\.setProperty|PropertiesService\.getDocumentProperties)#/;
    expect(absorbed.filter((a) => !quiet.test(a))).toEqual([]);
    return absorbed;
  }

  test("«Создать / обновить базу», cut at every kind of step", () => {
    cutEverywhere(
      () => {},
      (x) => initBase(x.ports()),
    );
  });

  test("«Подобрать пары» on a new base, which makes «Предложенные пары», cut at every kind of step", () => {
    cutEverywhere(
      (x) => {
        x.run(() => initBase(x.ports()));
        typeRow(x.ss, "Наставники", ANNA);
      },
      (x) => {
        const r = reviewPairs(x.ports(), null);
        if ("error" in r) throw new Error(r.error);
        return r;
      },
      undefined,
      (x) => {
        // Made whole: the mark of a tab being made is gone, and the tab is there once.
        const props = x.run(() => PropertiesService.getDocumentProperties().getProperties());
        expect(Object.keys(props).filter((k) => k.startsWith("mentor-base.making."))).toEqual([]);
        expect(x.ss.getSheets().map((s) => s.getName())).toContain("Предложенные пары");
        expect(x.ss.getSheets().map((s) => s.getName())).not.toContain("Предложенные пары (2)");
      },
    );
  });

  test("«Проверить базу»: values stay as typed, the re-run marks what a clean run marks", () => {
    const typed = (x: World) =>
      JSON.stringify(
        x.ss
          .getSheetByName("Наставники")!
          .getDataRange()
          .getValues()
          .map((r) => r.slice(1)),
      );
    let values = "";
    cutEverywhere(
      (x) => {
        x.run(() => initBase(x.ports()));
        typeRow(x.ss, "Наставники", ANNA);
        typeRow(x.ss, "Наставники", {
          ...ANNA,
          ФИО: "Орлова Вера Ивановна",
          "E-mail": "orlova@",
          "Педагогический стаж, лет": "x",
        });
        values = typed(x);
      },
      (x) => checkBase(x.ports()),
      (x) => expect(typed(x)).toBe(values),
    );
  });
});
