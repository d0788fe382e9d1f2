import { createEmulator } from "./index";

const START = Date.UTC(2026, 8, 1, 6, 0, 0);

describe("call accounting", () => {
  test("every public call counts once under its service and method; internal calls do not", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, PropertiesService, Utilities } = emu.globals;
    const sheet = SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("A1").getValue();
    sheet.getRange("C1").setFormula("=A1");
    sheet.getRangeList(["A1", "B1", "C1"]).setBackground("red");
    PropertiesService.getScriptProperties().setProperty("k", "v");
    Utilities.getUuid();
    expect(emu.calls.byMethod()).toEqual({
      "Properties.setProperty": 1,
      "PropertiesService.getScriptProperties": 1,
      "Range.getValue": 1,
      "Range.setFormula": 1,
      "Range.setValues": 1,
      "RangeList.setBackground": 1,
      "Sheet.getRange": 3,
      "Sheet.getRangeList": 1,
      "Spreadsheet.getActiveSheet": 1,
      "SpreadsheetApp.getActive": 1,
      "Utilities.getUuid": 1,
    });
    expect(emu.calls.total("SpreadsheetApp")).toBe(10);
    expect(emu.calls.total("PropertiesService")).toBe(2);
    expect(emu.calls.total()).toBe(13);
    emu.calls.reset();
    expect(emu.calls.total()).toBe(0);
    emu.snapshot();
    expect(emu.ui.menus()).toEqual([]);
    expect(emu.calls.total()).toBe(0);
  });

  test("each call costs virtual time: per service, per cell, and sleep", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, CacheService, Utilities } = emu.globals;
    const ss = SpreadsheetApp.getActive();
    expect(emu.clock.now()).toBe(START + 40);
    const sheet = ss.getActiveSheet();
    const range = sheet.getRange(1, 1, 100, 10);
    const before = emu.clock.now();
    range.getValues();
    expect(emu.clock.now() - before).toBe(50);
    const cache = CacheService.getScriptCache();
    const t = emu.clock.now();
    cache.get("x");
    expect(emu.clock.now() - t).toBe(5);
    const s = emu.clock.now();
    Utilities.sleep(2000);
    expect(emu.clock.now() - s).toBe(2001);
  });

  test("callCostMs overrides the defaults", () => {
    const emu = createEmulator({ callCostMs: { SpreadsheetApp: 100, perCell: 0 } });
    emu.globals.SpreadsheetApp.getActive().getActiveSheet().getRange(1, 1, 100, 10).getValues();
    expect(emu.clock.now()).toBe(START + 400);
  });
});

describe("executions", () => {
  test("an execution's time starts at 0 and ends with it", () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    SpreadsheetApp.getActive();
    const result = emu.execution.run(() => {
      SpreadsheetApp.getActive().getName();
      expect(emu.execution.elapsedMs()).toBe(80);
      return "done";
    });
    expect(result).toBe("done");
    expect(emu.execution.elapsedMs()).toBe(80);
  });

  test("passing the limit stops the current and every later call of that execution", () => {
    const emu = createEmulator({ executionLimitMs: 1000 });
    const { SpreadsheetApp, PropertiesService } = emu.globals;
    const errors: string[] = [];
    let calls = 0;
    let finished = false;
    const run = () =>
      emu.execution.run(() => {
        const sheet = SpreadsheetApp.getActive().getActiveSheet();
        for (let i = 0; i < 100; i++) {
          try {
            sheet.getRange(i + 1, 1).setValue(i);
            calls++;
          } catch (e) {
            errors.push((e as Error).message);
          }
        }
        try {
          PropertiesService.getScriptProperties();
        } catch (e) {
          errors.push((e as Error).message);
        }
        finished = true;
      });
    // The script caught every error and returned, but Google halts it: the execution ends with the error.
    expect(run).toThrow("Exceeded maximum execution time");
    expect(finished).toBe(true);
    // 80 ms to get the sheet, then 80.01 ms per cell written: the 12th getRange passes 1000 ms
    expect(calls).toBe(11);
    expect(errors).toHaveLength(100 - calls + 1);
    expect(new Set(errors)).toEqual(new Set(["Exceeded maximum execution time"]));
    expect(emu.globals.SpreadsheetApp.getActive().getActiveSheet().getLastRow()).toBe(calls);
    // the next execution starts fresh, and calls outside executions have no limit
    expect(emu.execution.run(() => SpreadsheetApp.getActive().getName())).toBe("База наставничества");
    for (let i = 0; i < 30; i++) SpreadsheetApp.getActive();
  });

  test("a long sleep passes the limit too", () => {
    const emu = createEmulator({ executionLimitMs: 5000 });
    expect(() => emu.execution.run(() => emu.globals.Utilities.sleep(6000))).toThrow(
      "Exceeded maximum execution time",
    );
  });

  test("Ui is not available in trigger executions", () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    expect(() => emu.execution.run(() => SpreadsheetApp.getUi(), { kind: "trigger" })).toThrow(
      "Cannot call SpreadsheetApp.getUi() from this context.",
    );
    expect(emu.execution.run(() => String(SpreadsheetApp.getUi()), { kind: "menu" })).toBe("Ui");
    expect(emu.execution.run(() => String(SpreadsheetApp.getUi()), { kind: "sidebar" })).toBe("Ui");
  });

  test("service errors look like Apps Script's", () => {
    const emu = createEmulator();
    try {
      emu.globals.SpreadsheetApp.getActive().getActiveSheet().getRange(0, 1);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe("Exception");
      expect(String(e)).toBe("Exception: The starting row of the range is too small.");
    }
  });
});

describe("fault injection", () => {
  test("the n-th matching call throws and has no effect", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    emu.faults.failNth({
      service: "SpreadsheetApp",
      method: "setValues",
      n: 2,
      message: "Service Spreadsheets failed",
    });
    sheet.getRange("A1").setValues([[1]]);
    sheet.getRange("A1").setValue(9);
    expect(() => sheet.getRange("A2").setValues([[2]])).toThrow("Service Spreadsheets failed");
    expect(sheet.getRange("A2").getValue()).toBe("");
    sheet.getRange("A3").setValues([[3]]);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[9], [""], [3]]);
  });

  test("qualified method names, service-only faults, default message and clear()", () => {
    const emu = createEmulator();
    const { PropertiesService, CacheService } = emu.globals;
    emu.faults.failNth({ method: "Properties.setProperty", n: 1 });
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty("a", "1")).toThrow(
      "Service error: PropertiesService (Properties.setProperty)",
    );
    expect(props.getProperty("a")).toBeNull();
    emu.faults.failNth({ service: "CacheService", n: 3, message: "boom" });
    const cache = CacheService.getUserCache();
    cache.put("a", "1");
    expect(() => cache.get("a")).toThrow("boom");
    expect(cache.get("a")).toBe("1");
    emu.faults.failNth({ service: "CacheService", n: 1 });
    emu.faults.clear();
    expect(cache.get("a")).toBe("1");
    expect(() => emu.faults.failNth({ n: 0 })).toThrow();
  });
});

describe("faults after the effect and the time limit between two calls", () => {
  test("after: true: the call takes effect, then throws (its reply is lost)", () => {
    const emu = createEmulator();
    const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    emu.faults.failNth({
      method: "Range.setValues",
      n: 2,
      after: true,
      message: "Service Spreadsheets failed",
    });
    sheet.getRange("A1").setValues([[1]]);
    expect(() => sheet.getRange("A2").setValues([[2]])).toThrow("Service Spreadsheets failed");
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[1], [2]]);
    // spent: the next call goes through
    sheet.getRange("A3").setValues([[3]]);
    expect(sheet.getRange("A3").getValue()).toBe(3);
  });

  test("after: true on a call that makes something: it is made, and the script does not learn its id", () => {
    const emu = createEmulator();
    const { DriveApp, PropertiesService } = emu.globals;
    emu.faults.failNth({ service: "DriveApp", n: 1, after: true });
    expect(() => DriveApp.createFolder("Соглашения")).toThrow(
      "Service error: DriveApp (DriveApp.createFolder)",
    );
    expect(emu.drive.folders().map((f) => f.name)).toContain("Соглашения");
    emu.faults.failNth({ method: "setProperty", n: 1, after: true });
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty("k", "v")).toThrow();
    expect(props.getProperty("k")).toBe("v");
  });

  test("with no service or method every call counts, whatever its service", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, PropertiesService, Utilities } = emu.globals;
    emu.faults.failNth({ n: 3, message: "third" });
    SpreadsheetApp.getActive();
    PropertiesService.getScriptProperties();
    expect(() => Utilities.getUuid()).toThrow("third");
    emu.faults.failNth({ n: 2, after: true, message: "second" });
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty("a", "1")).toThrow("second");
    expect(props.getProperty("a")).toBe("1");
  });

  test("stopAfter(n): the n-th call takes effect, the next throws, and the execution ends out of time", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, PropertiesService } = emu.globals;
    const sheet = SpreadsheetApp.getActive().getActiveSheet();
    // Calls outside an execution do not count: the test's own setup is not cut.
    emu.faults.stopAfter(3);
    sheet.getRange("A9").setValue("typed");
    const seen: string[] = [];
    let finished = false;
    expect(() =>
      emu.execution.run(() => {
        const props = PropertiesService.getScriptProperties(); // 1
        props.setProperty("step", "1"); // 2
        sheet.getRange("A1").setValue("written"); // 3 and 4: getRange is the 3rd call, setValue would be the 4th
        seen.push("not reached");
      }),
    ).toThrow("Exceeded maximum execution time");
    expect(seen).toEqual([]);
    expect(emu.globals.PropertiesService.getScriptProperties().getProperty("step")).toBe("1");
    expect(sheet.getRange("A1").getValue()).toBe("");

    // A script that catches every error cannot go on: each later call throws, and so does the execution's end.
    emu.faults.stopAfter(1);
    const errors: string[] = [];
    expect(() =>
      emu.execution.run(() => {
        const props = PropertiesService.getScriptProperties();
        for (const key of ["a", "b"]) {
          try {
            props.setProperty(key, "x");
          } catch (e) {
            errors.push((e as Error).message);
          }
        }
        finished = true;
        return "done";
      }),
    ).toThrow("Exceeded maximum execution time");
    expect(finished).toBe(true);
    expect(errors).toEqual(["Exceeded maximum execution time", "Exceeded maximum execution time"]);
    expect(PropertiesService.getScriptProperties().getProperty("a")).toBeNull();

    // The time ran out after the last call: the work is done, but the execution still ends with the error.
    emu.faults.stopAfter(1);
    expect(() =>
      emu.execution.run(() => PropertiesService.getScriptProperties().setProperty("c", "1")),
    ).toThrow("Exceeded maximum execution time");
    // The next execution starts afresh.
    expect(emu.execution.run(() => sheet.getRange("A9").getValue())).toBe("typed");
  });

  test("an error the script throws itself after the time ran out is reported as the time limit", () => {
    const emu = createEmulator();
    emu.faults.stopAfter(1);
    expect(() =>
      emu.execution.run(() => {
        try {
          emu.globals.Session.getActiveUser().getEmail();
        } catch {
          // not reached: the first call returns
        }
        throw new Error("the script's own error");
      }),
    ).toThrow("Exceeded maximum execution time");
    expect(() => emu.faults.failNth({ n: 1, timeLimit: true, after: true })).toThrow();
    expect(() => emu.faults.failNth({ n: 1, timeLimit: true, message: "x" })).toThrow();
  });

  test("calls.sequence() lists the counted calls in order, as the faults count them", () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    emu.calls.reset();
    const sheet = SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange("A1").setValue(1);
    expect(emu.calls.sequence()).toEqual([
      "SpreadsheetApp.getActive",
      "Spreadsheet.getActiveSheet",
      "Sheet.getRange",
      "Range.setValue",
    ]);
    emu.calls.reset();
    expect(emu.calls.sequence()).toEqual([]);
  });
});

describe("locks", () => {
  test("a lock is re-entrant within an execution and released when it ends", () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    emu.execution.run(() => {
      const lock = LockService.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(LockService.getScriptLock().tryLock(1000)).toBe(true);
      expect(LockService.getScriptLock().hasLock()).toBe(true);
      // a nested execution is another process
      emu.execution.run(() => {
        const t = emu.clock.now();
        expect(LockService.getScriptLock().tryLock(3000)).toBe(false);
        expect(emu.clock.now() - t).toBe(5 + 5 + 3000); // getScriptLock, tryLock, the wait
        expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      });
    });
    emu.execution.run(() => {
      expect(LockService.getScriptLock().hasLock()).toBe(false);
      expect(LockService.getScriptLock().tryLock(10)).toBe(true);
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
      LockService.getScriptLock().releaseLock();
      expect(LockService.getScriptLock().hasLock()).toBe(false);
    });
  });

  test("a lock held by another process makes tryLock wait and fail, waitLock throw", () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    emu.locks.holdByOther("document");
    emu.execution.run(() => {
      const lock = LockService.getDocumentLock();
      const t = emu.clock.now();
      expect(lock.tryLock(5000)).toBe(false);
      expect(emu.clock.now() - t).toBe(5005);
      expect(() => lock.waitLock(1000)).toThrow(
        "Lock timeout: another process was holding the lock for too long.",
      );
      expect(lock.hasLock()).toBe(false);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    });
    emu.locks.releaseOther("document");
    emu.execution.run(() => expect(LockService.getDocumentLock().tryLock(5000)).toBe(true));
  });

  test("a lock taken outside any execution is held until released", () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    LockService.getUserLock().waitLock(100);
    expect(emu.execution.run(() => LockService.getUserLock().tryLock(100))).toBe(false);
    LockService.getUserLock().releaseLock();
    expect(emu.execution.run(() => LockService.getUserLock().tryLock(100))).toBe(true);
  });

  test("a waitLock timeout can pass the execution limit", () => {
    const emu = createEmulator({ executionLimitMs: 10_000 });
    emu.locks.holdByOther("script");
    expect(() => emu.execution.run(() => emu.globals.LockService.getScriptLock().waitLock(30_000))).toThrow(
      "Exceeded maximum execution time",
    );
  });
});

describe("clock, Date and install", () => {
  test("the virtual Date follows the clock", () => {
    const emu = createEmulator({ start: Date.UTC(2030, 0, 1) });
    const VDate = emu.globals.Date;
    expect(new VDate().toISOString()).toBe("2030-01-01T00:00:00.000Z");
    emu.clock.advance(60_000);
    expect(VDate.now()).toBe(Date.UTC(2030, 0, 1, 0, 1));
    expect(new VDate(2020, 0, 1).getFullYear()).toBe(2020);
    expect(new VDate(0).getTime()).toBe(0);
    expect(new VDate() instanceof Date).toBe(true);
    expect(VDate.UTC(2020, 0, 1)).toBe(Date.UTC(2020, 0, 1));
    emu.clock.set(Date.UTC(2031, 5, 1));
    expect(emu.clock.now()).toBe(Date.UTC(2031, 5, 1));
    expect(() => emu.clock.advance(-1)).toThrow();
  });

  test("install copies the globals (not Date) and uninstall restores the target", () => {
    const emu = createEmulator();
    const target: Record<string, unknown> = { Logger: "old" };
    const uninstall = emu.install(target);
    expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
    expect(target.Logger).toBe(emu.globals.Logger);
    expect(target.console).toBe(emu.globals.console);
    expect(target.Date).toBeUndefined();
    uninstall();
    expect(target).toEqual({ Logger: "old" });
    expect("SpreadsheetApp" in target).toBe(false);
  });

  test("install on globalThis lets code use the globals directly", () => {
    const emu = createEmulator();
    const uninstall = emu.install();
    try {
      expect(SpreadsheetApp.getActive().getName()).toBe("База наставничества");
      Logger.log("hello %s", "world");
    } finally {
      uninstall();
    }
    expect(emu.logs).toEqual(["hello world"]);
    expect((globalThis as Record<string, unknown>).SpreadsheetApp).toBeUndefined();
  });
});
