/**
 * Properties, Lock and MailApp's quota: the add-on keeps its state in document properties, serialises actions
 * with the document lock, and reads the mail quota before a batch.
 * Google: https://developers.google.com/apps-script/guides/properties ("The Properties service stores all data as
 * strings in key-value pairs. Data types that are not already strings are automatically converted to strings"),
 * https://developers.google.com/apps-script/reference/properties/properties (getProperty: null when absent),
 * https://developers.google.com/apps-script/reference/lock/lock (tryLock, hasLock, releaseLock),
 * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() ("the number of
 * remaining emails a user can send for the rest of the day"). A contract never sends mail.
 */
import { assert, assertEqual, suite } from "./kit";
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
});
