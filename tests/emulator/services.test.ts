import { createEmulator } from "./index";

const hex = (bytes: number[]): string => bytes.map((b) => (b & 0xff).toString(16).padStart(2, "0")).join("");

describe("PropertiesService", () => {
  test("script, user and document stores", () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const script = PropertiesService.getScriptProperties();
    script.setProperty("a", "1").setProperty("n", 5 as never);
    expect(script.getProperty("a")).toBe("1");
    expect(script.getProperty("n")).toBe("5");
    expect(script.getProperty("missing")).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty("a")).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty("a")).toBeNull();
    script.setProperties({ b: "2", c: "3" });
    expect(script.getProperties()).toEqual({ a: "1", n: "5", b: "2", c: "3" });
    script.setProperties({ z: "26" }, true);
    expect(script.getKeys()).toEqual(["z"]);
    script.deleteProperty("z");
    expect(script.getProperties()).toEqual({});
    PropertiesService.getDocumentProperties().setProperties({ x: "1", y: "2" });
    PropertiesService.getDocumentProperties().deleteAllProperties();
    expect(PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
    expect(() => script.setProperty("k", null as never)).toThrow(/don't match the method signature/);
  });

  test("9 KB per value and 500 KB per store, with Google's messages", () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getUserProperties();
    props.setProperty("ok", "x".repeat(9 * 1024));
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => props.setProperty("cyr", "я".repeat(5000))).toThrow("Argument too large: value");
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, "x".repeat(9000));
    expect(() => props.setProperty("last", "x".repeat(9000))).toThrow(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
    expect(props.getProperty("last")).toBeNull();
    expect(() => props.setProperties({ a: "1", b: "x".repeat(9000) })).toThrow(/property storage quota/);
    expect(props.getProperty("a")).toBeNull();
  });
});

describe("CacheService", () => {
  test("values expire on the virtual clock (default 600 s, at most 21600 s)", () => {
    const emu = createEmulator({ callCostMs: { CacheService: 0 } });
    const cache = emu.globals.CacheService.getScriptCache();
    cache.put("default", "1");
    cache.put("short", "2", 10);
    cache.put("long", "3", 100_000);
    emu.clock.advance(10_000);
    expect(cache.get("short")).toBeNull();
    expect(cache.get("default")).toBe("1");
    emu.clock.advance(590_000);
    expect(cache.get("default")).toBeNull();
    emu.clock.advance(21_600_000 - 600_000 - 1);
    expect(cache.get("long")).toBe("3");
    emu.clock.advance(1);
    expect(cache.get("long")).toBeNull();
  });

  test("getAll, putAll, remove, removeAll; caches are separate", () => {
    const emu = createEmulator();
    const { CacheService } = emu.globals;
    const cache = CacheService.getUserCache();
    cache.putAll({ a: "1", b: "2", c: "3" });
    expect(cache.getAll(["a", "b", "x"])).toEqual({ a: "1", b: "2" });
    cache.remove("a");
    cache.removeAll(["b"]);
    expect(cache.getAll(["a", "b", "c"])).toEqual({ c: "3" });
    expect(CacheService.getScriptCache().get("c")).toBeNull();
    expect(CacheService.getDocumentCache()?.get("c")).toBeNull();
  });

  test("key and value size limits", () => {
    const cache = createEmulator().globals.CacheService.getScriptCache();
    cache.put("k".repeat(250), "ok");
    expect(() => cache.put("k".repeat(251), "v")).toThrow("Argument too large: key");
    cache.put("v", "x".repeat(100 * 1024));
    expect(() => cache.put("v2", "x".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
  });
});

describe("LockService", () => {
  test("a negative timeout gets nothing: tryLock false, waitLock Google's timeout message", () => {
    const emu = createEmulator();
    emu.execution.run(() => {
      const lock = emu.globals.LockService.getScriptLock();
      expect(lock.tryLock(-100)).toBe(false);
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.waitLock(-100)).toThrow(
        "Lock timeout: another process was holding the lock for too long.",
      );
      expect(lock.tryLock(0)).toBe(true);
      expect(lock.tryLock(10)).toBe(true); // re-entrant
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.tryLock("10" as never)).toThrow(/don't match the method signature for Lock.tryLock/);
    });
  });
});

describe("Session", () => {
  test("user, locale, time zone and a stable temporary key", () => {
    const emu = createEmulator({
      user: { email: "curator@school.ru", locale: "ru" },
      timeZone: "Asia/Yekaterinburg",
    });
    const { Session } = emu.globals;
    expect(Session.getActiveUser().getEmail()).toBe("curator@school.ru");
    expect(Session.getEffectiveUser().getEmail()).toBe("curator@school.ru");
    expect(Session.getActiveUserLocale()).toBe("ru");
    expect(Session.getScriptTimeZone()).toBe("Asia/Yekaterinburg");
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toBe(Session.getTemporaryActiveUserKey());
    const other = createEmulator({ user: { email: "other@school.ru" } }).globals.Session;
    expect(other.getTemporaryActiveUserKey()).not.toBe(key);
    expect(emu.calls.byMethod()["User.getEmail"]).toBe(2);
  });

  test("String(user) is the e-mail address, blank where getEmail() is, and costs no call", () => {
    const emu = createEmulator({ user: { email: "curator@school.ru", locale: "ru" } });
    const { Session, Logger } = emu.globals;
    emu.calls.reset();
    expect(String(Session.getActiveUser())).toBe("curator@school.ru");
    expect(`${Session.getEffectiveUser()}`).toBe("curator@school.ru");
    expect(emu.calls.byMethod()["User.toString"]).toBeUndefined();
    Logger.log(Session.getActiveUser());
    expect(emu.logs).toEqual(["curator@school.ru"]);
    const limited = emu.execution.run(() => String(emu.globals.Session.getActiveUser()), {
      authMode: "LIMITED",
    });
    expect(limited).toBe("");
  });
});

describe("Utilities", () => {
  const when = new Date(Date.UTC(2026, 8, 1, 6, 5, 7, 89)); // Tuesday, 09:05:07.089 in Moscow

  test.each([
    ["yyyy-MM-dd HH:mm:ss", "2026-09-01 09:05:07"],
    ["dd.MM.yy", "01.09.26"],
    ["d MMMM yyyy", "1 September 2026"],
    ["EEE, d MMM", "Tue, 1 Sep"],
    ["EEEE", "Tuesday"],
    ["H:m:s.SSS", "9:5:7.089"],
    ["M/d", "9/1"],
    ["Z", "+0300"],
    ["XXX", "+03:00"],
    ["hh:mm a", "09:05 AM"],
    ["'Дата:' dd.MM 'o''clock' ''", "Дата: 01.09 o'clock '"],
  ])("formatDate %s", (pattern, expected) => {
    expect(createEmulator().globals.Utilities.formatDate(when, "Europe/Moscow", pattern)).toBe(expected);
  });

  test("formatDate in other zones and its errors", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.formatDate(when, "UTC", "HH:mm XXX")).toBe("06:05 Z");
    expect(Utilities.formatDate(when, "America/New_York", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      "2026-09-01T02:05:07-04:00",
    );
    expect(Utilities.formatDate(when, "GMT+5", "HH:mm Z")).toBe("11:05 +0500");
    expect(Utilities.formatDate(new Date(Date.UTC(2026, 0, 15, 12)), "Europe/Berlin", "HH:mm")).toBe("13:00");
    expect(() => Utilities.formatDate(when, "UTC", "yyyy q")).toThrow("Illegal pattern character 'q'");
    expect(() => Utilities.formatDate("2026-01-01" as never, "UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  test("getUuid is deterministic for a seed", () => {
    const a = createEmulator({ seed: 7 }).globals.Utilities;
    const b = createEmulator({ seed: 7 }).globals.Utilities;
    const c = createEmulator({ seed: 8 }).globals.Utilities;
    const first = [a.getUuid(), a.getUuid()];
    expect([b.getUuid(), b.getUuid()]).toEqual(first);
    expect(c.getUuid()).not.toBe(first[0]);
    expect(first[0]).not.toBe(first[1]);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("base64 and blobs", () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.base64Encode("Привет")).toBe("0J/RgNC40LLQtdGC");
    expect(Utilities.base64EncodeWebSafe("Привет")).toBe("0J_RgNC40LLQtdGC");
    expect(Utilities.base64Encode("Привет", Utilities.Charset.US_ASCII)).toBe("Pz8/Pz8/");
    const bytes = Utilities.base64Decode("0J/RgNC40LLQtdGC");
    expect(bytes[0]).toBe(-48);
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe("Привет");
    expect(Utilities.base64Decode(Utilities.base64Encode([1, -1, 127, -128]))).toEqual([1, -1, 127, -128]);
    expect(Utilities.base64DecodeWebSafe("0J_RgNC40LLQtdGC")).toEqual(bytes);
    expect(() => Utilities.base64Decode("@@@")).toThrow("Could not decode string.");
    const blob = Utilities.newBlob("текст", "text/plain", "a.txt");
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      "a.txt",
      "text/plain",
      "текст",
    ]);
  });

  test("digests and HMACs are Java-style signed bytes", () => {
    const { Utilities } = createEmulator().globals;
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, "abc");
    expect(hex(md5)).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(md5[0]).toBe(-112);
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    const mac = Utilities.computeHmacSha256Signature("The quick brown fox jumps over the lazy dog", "key");
    expect(hex(mac)).toBe("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    expect(
      Utilities.computeHmacSignature(
        Utilities.MacAlgorithm.HMAC_SHA_256,
        "The quick brown fox jumps over the lazy dog",
        "key",
      ),
    ).toEqual(mac);
    const viaBytes = Utilities.computeHmacSha256Signature(
      Utilities.newBlob("The quick brown fox jumps over the lazy dog").getBytes(),
      Utilities.newBlob("key").getBytes(),
    );
    expect(viaBytes).toEqual(mac);
  });

  test("text digested without a charset is US-ASCII: each non-ASCII character (or surrogate pair) is '?'", () => {
    const { Utilities } = createEmulator().globals;
    const { MD5, SHA_256 } = Utilities.DigestAlgorithm;
    const { UTF_8, US_ASCII } = Utilities.Charset;
    // Different names of the same length hash alike by default: the bug the default hides.
    expect(Utilities.computeDigest(MD5, "Иванов")).toEqual(Utilities.computeDigest(MD5, "Петров"));
    expect(Utilities.computeDigest(MD5, "Иванов")).toEqual(Utilities.computeDigest(MD5, "??????"));
    expect(Utilities.computeDigest(MD5, "Иванов", US_ASCII)).toEqual(Utilities.computeDigest(MD5, "??????"));
    expect(Utilities.computeDigest(MD5, "Иванов", UTF_8)).not.toEqual(
      Utilities.computeDigest(MD5, "Петров", UTF_8),
    );
    // With UTF_8, text digests as its UTF-8 bytes (d1 8f for "я").
    expect(Utilities.computeDigest(SHA_256, "я", UTF_8)).toEqual(
      Utilities.computeDigest(SHA_256, [-47, -113]),
    );
    // A surrogate pair is one code point, one "?" (the values a live-tested public suite records for "€🙂").
    expect(Utilities.computeDigest(MD5, "€🙂")).toEqual([
      -22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69,
    ]);
    expect(Utilities.computeDigest(MD5, "€🙂")).toEqual(Utilities.computeDigest(MD5, "??"));
    // HMACs share the default, for the key as for the value.
    expect(Utilities.computeHmacSha256Signature("café", "€🙂")).toEqual(
      Utilities.computeHmacSha256Signature("caf?", "??"),
    );
    expect(Utilities.computeHmacSha256Signature("café", "key", UTF_8)).not.toEqual(
      Utilities.computeHmacSha256Signature("caf?", "key"),
    );
    expect(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_MD5, "Иван", "ключ")).toEqual(
      Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_MD5, "????", "????"),
    );
    // Bytes take no charset; base64 of text stays UTF-8.
    expect(() => Utilities.computeDigest(MD5, [1, 2] as never, UTF_8)).toThrow(
      /don't match the method signature/,
    );
    expect(() => Utilities.computeDigest(MD5, "x", "UTF-8" as never)).toThrow(
      /don't match the method signature/,
    );
    expect(Utilities.base64Encode("я")).toBe("0Y8=");
  });

  describe("parseDate", () => {
    const parse = (text: string, tz: string, pattern: string): number =>
      createEmulator().globals.Utilities.parseDate(text, tz, pattern).getTime();

    test.each([
      ["2026-09-01", "UTC", "yyyy-MM-dd", Date.UTC(2026, 8, 1)],
      ["2026-09-01", "Europe/Moscow", "yyyy-MM-dd", Date.UTC(2026, 7, 31, 21)],
      ["01.09.2026 09:05", "Europe/Moscow", "dd.MM.yyyy HH:mm", Date.UTC(2026, 8, 1, 6, 5)],
      ["1970-01-01 00:00:00", "GMT", "yyyy-MM-dd' 'HH:mm:ss", 0],
      ["2026-9-1", "UTC", "yyyy-MM-dd", Date.UTC(2026, 8, 1)],
      ["20260901", "UTC", "yyyyMMdd", Date.UTC(2026, 8, 1)],
      ["1 September 2026", "UTC", "d MMMM yyyy", Date.UTC(2026, 8, 1)],
      ["Tue, 1 sep 2026", "UTC", "EEE, d MMM yyyy", Date.UTC(2026, 8, 1)],
      ["09:05 PM", "UTC", "hh:mm a", Date.UTC(1970, 0, 1, 21, 5)],
      ["12:30 AM", "UTC", "hh:mm a", Date.UTC(1970, 0, 1, 0, 30)],
      ["2026-09-01T10:00:00+05:00", "Europe/Moscow", "yyyy-MM-dd'T'HH:mm:ssXXX", Date.UTC(2026, 8, 1, 5)],
      ["2026-09-01 10:00 +0300", "UTC", "yyyy-MM-dd HH:mm Z", Date.UTC(2026, 8, 1, 7)],
      ["2026-09-01T10:00:00Z", "Europe/Moscow", "yyyy-MM-dd'T'HH:mm:ssX", Date.UTC(2026, 8, 1, 10)],
      ["31.02.2026", "UTC", "dd.MM.yyyy", Date.UTC(2026, 2, 3)], // lenient, as Java's default
      ["2026-09-01 and more", "UTC", "yyyy-MM-dd", Date.UTC(2026, 8, 1)], // the rest is ignored
      ["01.09.26", "UTC", "dd.MM.yy", Date.UTC(2026, 8, 1)],
      ["01.09.70", "UTC", "dd.MM.yy", Date.UTC(1970, 8, 1)],
    ])("%s in %s as %s", (text, tz, pattern, expected) => {
      expect(parse(text, tz, pattern)).toBe(expected);
    });

    test("yyyy takes the year literally, even with two digits", () => {
      const d = new Date(parse("01.09.26", "UTC", "dd.MM.yyyy"));
      expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([26, 8, 1]);
    });

    test("a two-digit year falls within 80 years before and 20 after now", () => {
      const emu = createEmulator({ start: Date.UTC(2026, 0, 1) });
      const year = (yy: string) =>
        new Date(emu.globals.Utilities.parseDate(yy, "UTC", "yy").getTime()).getUTCFullYear();
      expect([year("45"), year("46"), year("99"), year("00")]).toEqual([2045, 1946, 1999, 2000]);
    });

    test("round trip with formatDate, errors, and a Date of the script's realm", () => {
      const { Utilities } = createEmulator().globals;
      const when = new Date(Date.UTC(2026, 8, 1, 6, 5, 7, 89));
      const pattern = "yyyy-MM-dd HH:mm:ss.SSS";
      const back = Utilities.parseDate(
        Utilities.formatDate(when, "Asia/Yekaterinburg", pattern),
        "Asia/Yekaterinburg",
        pattern,
      );
      expect(back.getTime()).toBe(when.getTime());
      expect(Object.prototype.toString.call(back)).toBe("[object Date]");
      expect(() => Utilities.parseDate("invalid date", "GMT", "yyyy")).toThrow(
        'Unparseable date: "invalid date"',
      );
      expect(() => Utilities.parseDate("2026/09/01", "UTC", "yyyy-MM-dd")).toThrow("Unparseable date");
      expect(() => Utilities.parseDate("", "UTC", "yyyy")).toThrow("Unparseable date");
      expect(() => Utilities.parseDate("2026", "UTC", "yyyy q")).toThrow("Illegal pattern character 'q'");
      expect(() => Utilities.parseDate(new Date() as never, "UTC", "yyyy")).toThrow(
        "The parameters (Date,String,String) don't match the method signature for Utilities.parseDate.",
      );
    });
  });

  test("formatString, parseCsv and sleep", () => {
    const emu = createEmulator();
    const { Utilities } = emu.globals;
    expect(Utilities.formatString("%s: %d шт., %.2f%%", "Итого", 7.9, 1.23456)).toBe("Итого: 7 шт., 1.23%");
    expect(Utilities.parseCsv('a,"b,c"\n"d ""e""",f')).toEqual([
      ["a", "b,c"],
      ['d "e"', "f"],
    ]);
    const t = emu.clock.now();
    Utilities.sleep(1500);
    expect(emu.clock.now() - t).toBe(1501);
  });
});

describe("Logger and console", () => {
  test("write to emu.logs without counting calls", () => {
    const emu = createEmulator();
    const { Logger, console } = emu.globals;
    Logger.log("plain");
    Logger.log("x=%s y=%s", 1, "two");
    Logger.log({ a: 1 });
    console.log("log", 1);
    console.info("info");
    console.warn("warn");
    console.error("error %d", 5);
    expect(emu.logs).toEqual(["plain", "x=1 y=two", '{"a":1}', "log 1", "info", "warn", "error 5"]);
    expect(Logger.getLog()).toBe('plain\nx=1 y=two\n{"a":1}\n');
    expect(emu.calls.total()).toBe(0);
  });
});

test("Logger prints service objects by their Apps Script class name", () => {
  const emu = createEmulator();
  emu.globals.Logger.log(emu.globals.SpreadsheetApp.getActive().getActiveSheet().getRange("A1"));
  expect(emu.logs).toEqual(["Range"]);
});

describe("HtmlService", () => {
  test("HtmlOutput setters and getters", () => {
    const { HtmlService } = createEmulator().globals;
    const out = HtmlService.createHtmlOutput("<b>hi</b>")
      .setTitle("Панель")
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag("viewport", "width=device-width")
      .setFaviconUrl("https://example.org/i.png");
    out.append("<i>raw</i>").appendUntrusted("<script>");
    expect(out.getContent()).toBe("<b>hi</b><i>raw</i>&lt;script&gt;");
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual([
      "Панель",
      300,
      200,
      "https://example.org/i.png",
    ]);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ["viewport", "width=device-width"],
    ]);
    expect(() => out.addMetaTag("robots", "none")).toThrow();
    expect(out.setContent("x").getContent()).toBe("x");
    expect(HtmlService.createHtmlOutput().getContent()).toBe("");
  });

  test("files: missing ones throw Google's message", () => {
    const { HtmlService } = createEmulator({ htmlFiles: { Sidebar: "<p>side</p>" } }).globals;
    expect(HtmlService.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<p>side</p>");
    expect(HtmlService.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<p>side</p>");
    expect(() => HtmlService.createHtmlOutputFromFile("Nope")).toThrow("No HTML file named Nope was found.");
    expect(() => HtmlService.createTemplateFromFile("Nope")).toThrow("No HTML file named Nope was found.");
  });

  test("templates: <?= ?> escapes, <?!= ?> does not, <? ?> runs statements with assigned properties", () => {
    const emu = createEmulator({
      htmlFiles: {
        List: "<h1><?= title ?></h1><ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= raw ?><? if (items.length > 5) { ?>many<? } ?>",
      },
    });
    const { HtmlService, SpreadsheetApp } = emu.globals;
    const t = HtmlService.createTemplateFromFile("List");
    t.title = "A & B";
    t.items = ["<x>", "y"];
    t.raw = "<hr>";
    expect(t.evaluate().getContent()).toBe("<h1>A &amp; B</h1><ul><li>&lt;x&gt;</li><li>y</li></ul><hr>");
    expect(t.getRawContent()).toContain("<?= title ?>");
    expect(t.getCode()).toContain('__raw("<h1>")');

    const counted = HtmlService.createTemplate("<?= ss.getName() ?> <? output.append('!') ?>");
    counted.ss = SpreadsheetApp.getActive();
    emu.calls.reset();
    expect(counted.evaluate().getContent()).toBe("База наставничества !");
    expect(emu.calls.byMethod()).toEqual({
      "HtmlOutput.getContent": 1,
      "HtmlTemplate.evaluate": 1,
      "Spreadsheet.getName": 1,
    });
    expect(() => HtmlService.createTemplate("<?= missing ?>").evaluate()).toThrow(/missing is not defined/);
  });
});

describe("Ui", () => {
  test("menus, sub-menus and the add-on menu", () => {
    const emu = createEmulator();
    emu.execution.run(() => {
      const ui = emu.globals.SpreadsheetApp.getUi();
      ui.createMenu("Наставничество")
        .addItem("Проверить базу", "checkBase")
        .addSeparator()
        .addSubMenu(ui.createMenu("Отчёты").addItem("Месяц", "monthReport"))
        .addToUi();
      ui.createAddonMenu().addItem("Открыть", "openSidebar").addToUi();
    });
    expect(emu.ui.menus()).toEqual([
      {
        caption: "Наставничество",
        addon: false,
        items: [
          { kind: "item", caption: "Проверить базу", functionName: "checkBase" },
          { kind: "separator" },
          {
            kind: "submenu",
            caption: "Отчёты",
            items: [{ kind: "item", caption: "Месяц", functionName: "monthReport" }],
          },
        ],
      },
      {
        caption: "Наставничество",
        addon: true,
        items: [{ kind: "item", caption: "Открыть", functionName: "openSidebar" }],
      },
    ]);
    expect(emu.ui.findFunction("Наставничество", "Отчёты", "Месяц")).toBe("monthReport");
    expect(emu.ui.findFunction("Наставничество", "Проверить базу")).toBe("checkBase");
    expect(emu.ui.findFunction("Наставничество", "Открыть")).toBe("openSidebar");
    expect(() => emu.ui.findFunction("Наставничество", "Нет")).toThrow(/no menu item/);
  });

  test("alerts: three signatures, queued answers, OK by default", () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(ui.alert("Готово")).toBe(ui.Button.OK);
    emu.ui.queueAlert("NO");
    expect(ui.alert("Удалить?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.queueAlert(ui.Button.CANCEL);
    expect(ui.alert("Заголовок", "Продолжить?", ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CANCEL);
    expect(ui.alert("Ещё", ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.OK);
    expect(emu.ui.alerts).toEqual([
      { title: null, prompt: "Готово", buttons: "OK", response: "OK" },
      { title: null, prompt: "Удалить?", buttons: "YES_NO", response: "NO" },
      { title: "Заголовок", prompt: "Продолжить?", buttons: "OK_CANCEL", response: "CANCEL" },
      { title: null, prompt: "Ещё", buttons: "OK_CANCEL", response: "OK" },
    ]);
    expect(() => ui.alert("Да или нет?", ui.ButtonSet.YES_NO)).toThrow(/no answer is queued/);
    emu.ui.queueAlert("YES");
    expect(() => ui.alert("Только OK")).toThrow(/not a button of OK/);
    expect(() => ui.alert(5 as never)).toThrow(/don't match the method signature for Ui.alert/);
  });

  test("prompts need a queued answer", () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(() => ui.prompt("Имя?")).toThrow(/no answer is queued/);
    emu.ui.queuePrompt("Иванов");
    emu.ui.queuePrompt("", "CANCEL");
    const first = ui.prompt("Имя?");
    expect([first.getResponseText(), first.getSelectedButton()]).toEqual(["Иванов", ui.Button.OK]);
    const second = ui.prompt("Поиск", "Фамилия?", ui.ButtonSet.OK_CANCEL);
    expect(second.getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(emu.ui.prompts[1]).toEqual({
      title: "Поиск",
      prompt: "Фамилия?",
      buttons: "OK_CANCEL",
      response: { button: "CANCEL", text: "" },
    });
  });

  test("sidebars and dialogs record the HtmlOutput", () => {
    const emu = createEmulator();
    const { SpreadsheetApp, HtmlService } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutput("<p>side</p>").setTitle("Панель"));
    ui.showModalDialog(HtmlService.createHtmlOutput("<p>m</p>").setWidth(400).setHeight(300), "Модальное");
    ui.showModelessDialog(HtmlService.createHtmlOutput("<p>n</p>"), "Немодальное");
    expect(emu.ui.sidebars).toEqual([{ title: "Панель", content: "<p>side</p>", width: null, height: null }]);
    expect(emu.ui.dialogs).toEqual([
      { title: "Модальное", content: "<p>m</p>", width: 400, height: 300, modal: true },
      { title: "Немодальное", content: "<p>n</p>", width: null, height: null, modal: false },
    ]);
    expect(() => ui.showSidebar(HtmlService.createTemplate("x") as never)).toThrow(
      /don't match the method signature/,
    );
    emu.ui.reset();
    expect(emu.ui.sidebars).toEqual([]);
  });
});

describe("ScriptApp triggers", () => {
  test("time-based triggers come due on the virtual clock", () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    const once = ScriptApp.newTrigger("later").timeBased().after(60_000).create();
    const daily = ScriptApp.newTrigger("nightly").timeBased().everyDays(1).atHour(7).nearMinute(30).create();
    const hourly = ScriptApp.newTrigger("hourly").timeBased().everyHours(2).create();
    expect(once.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(once.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(once.getHandlerFunction()).toBe("later");
    expect(emu.triggers.due()).toEqual([]);
    const list = emu.triggers.list();
    expect(list.map((t) => t.handlerFunction)).toEqual(["later", "nightly", "hourly"]);
    // 09:00 in Moscow now: the daily one first runs tomorrow at 07:30 Moscow time
    expect(new Date(list[1]?.nextRunAt ?? 0).toISOString()).toBe("2026-09-02T04:30:00.000Z");
    emu.clock.advance(60_000);
    expect(emu.triggers.due().map((t) => t.handlerFunction)).toEqual(["later"]);
    emu.clock.advance(2 * 3_600_000);
    expect(emu.triggers.due().map((t) => t.uniqueId)).toEqual([once.getUniqueId(), hourly.getUniqueId()]);
    ScriptApp.deleteTrigger(once);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([
      daily.getUniqueId(),
      hourly.getUniqueId(),
    ]);
  });

  test("triggers.runDue runs what is owed, each in a trigger execution, through the given handlers", () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    ScriptApp.newTrigger("later").timeBased().after(60_000).create();
    ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create();
    const kinds: string[] = [];
    const handlers = {
      later: (e: Record<string, unknown>) => {
        kinds.push(`later:${String(e["triggerUid"] !== undefined)}`);
        // No Ui in a trigger execution.
        SpreadsheetApp.getUi();
      },
      hourly: () => kinds.push("hourly"),
    };
    expect(emu.triggers.runDue(handlers)).toEqual([]);
    emu.clock.advance(61_000);
    const runs = emu.triggers.runDue(handlers);
    expect(runs.map((r) => [r.handlerFunction, r.eventType, r.ok])).toEqual([["later", "CLOCK", false]]);
    expect(String(runs[0]?.error)).toContain("Cannot call SpreadsheetApp.getUi() from this context.");
    // A one-off trigger is spent once run; the hourly one comes due later.
    expect(emu.triggers.runDue(handlers)).toEqual([]);
    emu.clock.advance(3_600_000);
    expect(emu.triggers.runDue(handlers).map((r) => r.handlerFunction)).toEqual(["hourly"]);
    expect(kinds).toEqual(["later:true", "hourly"]);
    emu.clock.advance(3_600_000);
    expect(() => emu.triggers.runDue({ later: () => {} })).toThrow("no handler given for hourly");
    expect(emu.triggers.due().map((t) => t.handlerFunction)).toEqual(["hourly"]);
  });

  test("spreadsheet triggers, user triggers and bad schedules", () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const ss = SpreadsheetApp.getActive();
    const edit = ScriptApp.newTrigger("onEditInstalled").forSpreadsheet(ss).onEdit().create();
    expect(edit.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(edit.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe(ss.getId());
    ScriptApp.newTrigger("weekly").timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
    const other = SpreadsheetApp.create("Другая");
    ScriptApp.newTrigger("x").forSpreadsheet(other).onOpen().create();
    expect(ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual([
      "onEditInstalled",
      "weekly",
    ]);
    expect(ScriptApp.getUserTriggers(other).map((t) => t.getHandlerFunction())).toEqual(["x"]);
    const weekly = emu.triggers.list()[1];
    expect(new Date(weekly?.nextRunAt ?? 0).toISOString()).toBe("2026-09-07T05:00:00.000Z");
    expect(() => ScriptApp.newTrigger("f").timeBased().everyMinutes(7).create()).toThrow(/everyMinutes/);
    expect(() => ScriptApp.newTrigger("f").timeBased().create()).toThrow(/no schedule/);
    expect(() => ScriptApp.newTrigger("f").timeBased().everyHours(1).atHour(3).create()).toThrow(/atHour/);
    expect(() => ScriptApp.newTrigger("f").forSpreadsheet(ss).create()).toThrow(/no event type/);
  });

  test("at() and inTimezone()", () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    ScriptApp.newTrigger("at")
      .timeBased()
      .at(new Date(Date.UTC(2026, 8, 3, 12)))
      .create();
    ScriptApp.newTrigger("utc").timeBased().everyDays(2).atHour(7).inTimezone("UTC").create();
    const [at, utc] = emu.triggers.list();
    expect(at?.nextRunAt).toBe(Date.UTC(2026, 8, 3, 12));
    expect(at?.schedule).toEqual({ kind: "once", at: Date.UTC(2026, 8, 3, 12) });
    expect(utc?.nextRunAt).toBe(Date.UTC(2026, 8, 1, 7));
    expect(utc?.timeZone).toBe("UTC");
  });

  test("at most 20 triggers", () => {
    const emu = createEmulator();
    const { ScriptApp } = emu.globals;
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger("one-more").timeBased().everyHours(1).create()).toThrow(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    ScriptApp.newTrigger("one-more").timeBased().everyHours(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(20);
    expect(ScriptApp.getScriptId()).toMatch(/^1[a-z0-9]{56}$/);
    expect(String(ScriptApp.AuthMode.FULL)).toBe("FULL");
  });
});
