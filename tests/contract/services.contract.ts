/**
 * Properties, Lock and MailApp's quota: the add-on keeps its state in document properties, serialises actions
 * with the document lock, and reads the mail quota before a batch. Also the script services around them: Utilities
 * (formatDate with the add-on's patterns, parseDate, digests of text), Session (the user, the locale), ScriptApp
 * (how the script was installed, the OAuth token for the Picker) and HtmlService (templates and page sizes).
 * Google: https://developers.google.com/apps-script/guides/properties ("The Properties service stores all data as
 * strings in key-value pairs. Data types that are not already strings are automatically converted to strings"),
 * https://developers.google.com/apps-script/reference/properties/properties (getProperty: null when absent),
 * https://developers.google.com/apps-script/reference/lock/lock (tryLock, hasLock, releaseLock),
 * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() ("the number of
 * remaining emails a user can send for the rest of the day"),
 * https://developers.google.com/apps-script/reference/utilities/utilities (formatDate, parseDate: "according to
 * the specification described in the Java Standard Edition SimpleDateFormat class"; computeDigest,
 * computeHmacSha256Signature; their default for text is US-ASCII as public tests run against live Apps Script
 * record, e.g. brucemcpherson/gas-fakes test/testutilities.js),
 * https://developers.google.com/apps-script/reference/base/session (getActiveUser, getActiveUserLocale),
 * https://developers.google.com/apps-script/reference/base/user (getEmail; String(user) is the address, as the
 * same public tests record), https://developers.google.com/apps-script/reference/script/script-app
 * (getInstallationSource: NONE when not an add-on; getOAuthToken),
 * https://developers.google.com/apps-script/reference/html/html-template (assigned properties, evaluate),
 * https://developers.google.com/apps-script/guides/html/templates (<?= ?> escapes, <?!= ?> prints as is),
 * https://developers.google.com/apps-script/reference/html/html-output (setTitle, setWidth, setHeight).
 * A contract never sends mail, and no check writes the user's address into a result.
 */
import { assert, assertEqual, assertThrows, suite } from "./kit";
import { uniqueName } from "./scratch";

export default suite("Свойства, блокировка, квота почты / Properties, Lock, mail quota", (check) => {
  check("document properties: values are stored as strings, absent keys read null", () => {
    const props = PropertiesService.getDocumentProperties();
    const key = uniqueName("contract").replace(" ", "_");
    try {
      props.setProperty(key, "1");
      props.setProperties({ [`${key}_n`]: 42 as unknown as string, [`${key}_b`]: true as unknown as string });
      assertEqual(props.getProperty(key), "1", "a string");
      assertEqual(props.getProperty(`${key}_n`), "42", "a number, as a string");
      assertEqual(props.getProperty(`${key}_b`), "true", "a boolean, as a string");
      assertEqual(props.getProperty(`${key}_none`), null, "an absent key");
      const all = props.getProperties();
      assertEqual(all[`${key}_n`], "42", "getProperties has it as a string");
    } finally {
      props.deleteProperty(key);
      props.deleteProperty(`${key}_n`);
      props.deleteProperty(`${key}_b`);
    }
    assertEqual(props.getProperty(key), null, "gone after deleteProperty");
  });

  check("the document lock: tryLock gets it, hasLock says so, releaseLock lets it go", () => {
    const lock = LockService.getDocumentLock();
    assert(lock, "a document lock (the script is bound to the spreadsheet)");
    assertEqual(lock.hasLock(), false, "hasLock before");
    try {
      assertEqual(lock.tryLock(10000), true, "tryLock with nobody else holding it");
      assertEqual(lock.hasLock(), true, "hasLock while held");
    } finally {
      lock.releaseLock();
    }
    assertEqual(lock.hasLock(), false, "hasLock after releaseLock");
  });

  check("the script lock works the same way", () => {
    const lock = LockService.getScriptLock();
    try {
      assertEqual(lock.tryLock(10000), true, "tryLock");
      assertEqual(lock.hasLock(), true, "hasLock while held");
    } finally {
      lock.releaseLock();
    }
    assertEqual(lock.hasLock(), false, "hasLock after releaseLock");
  });

  check("MailApp.getRemainingDailyQuota is a whole number ≥ 0 (nothing is sent)", () => {
    const left = MailApp.getRemainingDailyQuota();
    assertEqual(typeof left, "number", "its type");
    assert(Number.isInteger(left) && left >= 0, `a whole number ≥ 0, got ${left}`);
  });

  check("Utilities.formatDate: the patterns the add-on uses, in a fixed time zone", () => {
    const when = new Date(Date.UTC(2026, 8, 1, 6, 5, 7)); // 09:05:07 in Moscow, 11:05:07 in Yekaterinburg
    const shown = (tz: string) =>
      ["dd.MM.yyyy HH:mm", "yyyy-MM-dd", "dd.MM.yyyy", "M", "Z"].map((p) =>
        Utilities.formatDate(when, tz, p),
      );
    assertEqual(
      shown("Europe/Moscow"),
      ["01.09.2026 09:05", "2026-09-01", "01.09.2026", "9", "+0300"],
      "Moscow",
    );
    assertEqual(
      shown("Asia/Yekaterinburg"),
      ["01.09.2026 11:05", "2026-09-01", "01.09.2026", "9", "+0500"],
      "Yekaterinburg",
    );
    assertEqual(shown("UTC"), ["01.09.2026 06:05", "2026-09-01", "01.09.2026", "9", "+0000"], "UTC");
  });

  check("Utilities.parseDate reads a SimpleDateFormat pattern in the given time zone", () => {
    const at = (text: string, tz: string, pattern: string) =>
      Utilities.parseDate(text, tz, pattern).getTime();
    assertEqual(at("1970-01-01 00:00:00", "GMT", "yyyy-MM-dd' 'HH:mm:ss"), 0, "Google's example: the epoch");
    assertEqual(at("2026-09-01", "UTC", "yyyy-MM-dd"), Date.UTC(2026, 8, 1), "a date in UTC");
    assertEqual(
      at("01.09.2026 09:05", "Europe/Moscow", "dd.MM.yyyy HH:mm"),
      Date.UTC(2026, 8, 1, 6, 5),
      "a Russian date and time in Moscow",
    );
    assertEqual(
      at("2026-09-01T10:00:00+05:00", "Europe/Moscow", "yyyy-MM-dd'T'HH:mm:ssXXX"),
      Date.UTC(2026, 8, 1, 5),
      "an offset in the text wins over the time zone",
    );
    const when = new Date(Date.UTC(2026, 8, 1, 6, 5, 7));
    const pattern = "dd.MM.yyyy HH:mm:ss";
    const back = Utilities.parseDate(
      Utilities.formatDate(when, "Asia/Yekaterinburg", pattern),
      "Asia/Yekaterinburg",
      pattern,
    );
    assertEqual(back.getTime(), when.getTime(), "formatDate then parseDate gives the instant back");
    assertThrows(() => Utilities.parseDate("not a date", "UTC", "yyyy-MM-dd"), /./, "text that does not fit");
  });

  check("computeDigest of text without a charset is US-ASCII; UTF_8 tells Cyrillic names apart", () => {
    const { MD5, SHA_256 } = Utilities.DigestAlgorithm;
    const { UTF_8 } = Utilities.Charset;
    const hex = (bytes: number[]) => bytes.map((b) => (b & 0xff).toString(16).padStart(2, "0")).join("");
    assertEqual(
      hex(Utilities.computeDigest(MD5, "abc")),
      "900150983cd24fb0d6963f7d28e17f72",
      "MD5 of ASCII text",
    );
    assertEqual(
      hex(Utilities.computeDigest(MD5, "Иванов")),
      hex(Utilities.computeDigest(MD5, "??????")),
      "each Cyrillic letter digested as '?'",
    );
    assertEqual(
      hex(Utilities.computeDigest(SHA_256, "Иванов")),
      hex(Utilities.computeDigest(SHA_256, "Петров")),
      "two names of the same length hash alike without a charset",
    );
    assert(
      hex(Utilities.computeDigest(SHA_256, "Иванов", UTF_8)) !==
        hex(Utilities.computeDigest(SHA_256, "Петров", UTF_8)),
      "with UTF_8 the two names hash apart",
    );
    assertEqual(
      hex(Utilities.computeDigest(SHA_256, "я", UTF_8)),
      hex(Utilities.computeDigest(SHA_256, [-47, -113])),
      "with UTF_8 the text's UTF-8 bytes are digested",
    );
    assertEqual(
      hex(Utilities.computeHmacSha256Signature("Иванов", "ключ")),
      hex(Utilities.computeHmacSha256Signature("??????", "????")),
      "HMAC-SHA256 shares the default, for the value and the key",
    );
  });

  check("String(Session.getActiveUser()) is the user's e-mail address; the locale is a language tag", () => {
    const user = Session.getActiveUser();
    const email = user.getEmail();
    // The address itself is never shown: results carry no personal data.
    assert(email.includes("@"), "getEmail() to be an address when the user runs a menu item (AuthMode.FULL)");
    assert(String(user) === email, "String(user) to be the same text as getEmail() (neither shown)");
    assert(`${user}` === email, "a template literal to give the address too");
    const locale = Session.getActiveUserLocale();
    assert(
      /^[a-z]{2,3}([_-][A-Za-z0-9]{2,4})?$/.test(locale),
      `a language tag such as "ru", got "${locale}"`,
    );
  });

  check("ScriptApp: a bound script's installation source is NONE; getOAuthToken gives a token", () => {
    assert(
      ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE,
      `InstallationSource.NONE, got ${String(ScriptApp.getInstallationSource())}`,
    );
    const token = ScriptApp.getOAuthToken();
    assert(typeof token === "string" && token.length > 0, "a non-empty string (not shown)");
  });

  check(
    "HtmlService: a template's assigned data printed as is by <?!= ?>, escaped by <?= ?>; title and size",
    () => {
      // The shape scripts/html.ts gives every page: the server's JSON in a <script type="application/json">.
      const template = HtmlService.createTemplate(
        '<p><?= data ?></p><script type="application/json" id="data"><?!= data ?></script>',
      );
      template.data = '{"name":"\\u003cb>Иванов"}';
      const page = template.evaluate();
      const content = page.getContent();
      assert(
        content.includes('<script type="application/json" id="data">{"name":"\\u003cb>Иванов"}</script>'),
        `<?!= ?> prints the JSON as is, got ${content}`,
      );
      assert(/<p>\{.*name.*\\u003cb&gt;Иванов.*\}<\/p>/.test(content), `<?= ?> escapes ">", got ${content}`);
      assertEqual(page.getTitle(), "", "a new page's title");
      const sized = page.setTitle("Пары").setWidth(640).setHeight(520);
      assertEqual(
        [sized.getTitle(), sized.getWidth(), sized.getHeight()],
        ["Пары", 640, 520],
        "after the setters",
      );
      const plain = HtmlService.createHtmlOutput("<b>справка</b>").setWidth(860).setHeight(620);
      assertEqual(
        [plain.getContent(), plain.getWidth(), plain.getHeight()],
        ["<b>справка</b>", 860, 620],
        "createHtmlOutput",
      );
    },
  );
});
