/**
 * Time-based triggers as the add-on makes them: a one-off after a delay (a long batch goes on), a monthly one
 * (the indicators' snapshots), a daily one (the roadmap's reminders); listed with their handler names and deleted.
 * Google: https://developers.google.com/apps-script/reference/script/clock-trigger-builder (after, onMonthDay,
 * everyDays, atHour, create), https://developers.google.com/apps-script/reference/script/trigger (getHandlerFunction,
 * getEventType, getTriggerSource, getUniqueId), https://developers.google.com/apps-script/reference/script/script-app
 * (getProjectTriggers, deleteTrigger).
 */
import { assert, assertEqual, suite } from "./kit";
import { deleteTriggersOf, TRIGGER_HANDLER } from "./scratch";

function mine(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TRIGGER_HANDLER);
}

export default suite("Триггеры / Triggers", (check) => {
  check("a one-off trigger after a delay is listed with its handler, then deleted", () => {
    deleteTriggersOf(TRIGGER_HANDLER);
    try {
      const made = ScriptApp.newTrigger(TRIGGER_HANDLER)
        .timeBased()
        .after(60 * 60 * 1000)
        .create();
      const listed = mine();
      assertEqual(listed.length, 1, "one trigger for the handler");
      const [t] = listed;
      assert(t, "the trigger");
      assertEqual(t.getUniqueId(), made.getUniqueId(), "the same trigger");
      assert(
        t.getEventType() === ScriptApp.EventType.CLOCK,
        `a CLOCK trigger, got ${String(t.getEventType())}`,
      );
      assert(
        t.getTriggerSource() === ScriptApp.TriggerSource.CLOCK,
        `source CLOCK, got ${String(t.getTriggerSource())}`,
      );
      ScriptApp.deleteTrigger(t);
      assertEqual(mine().length, 0, "none after deleteTrigger");
    } finally {
      deleteTriggersOf(TRIGGER_HANDLER);
    }
  });

  check("a monthly trigger (onMonthDay + atHour) is created and listed", () => {
    deleteTriggersOf(TRIGGER_HANDLER);
    try {
      ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().onMonthDay(1).atHour(3).create();
      const [t, ...rest] = mine();
      assert(t && rest.length === 0, "one trigger for the handler");
      assertEqual(t.getHandlerFunction(), TRIGGER_HANDLER, "its handler");
      assert(
        t.getEventType() === ScriptApp.EventType.CLOCK,
        `a CLOCK trigger, got ${String(t.getEventType())}`,
      );
    } finally {
      deleteTriggersOf(TRIGGER_HANDLER);
    }
    assertEqual(mine().length, 0, "none after cleanup");
  });

  check("a daily trigger (everyDays(1) + atHour) is created, listed once and deleted", () => {
    deleteTriggersOf(TRIGGER_HANDLER);
    try {
      ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().everyDays(1).atHour(8).create();
      const [t, ...rest] = mine();
      assert(t && rest.length === 0, "one trigger for the handler");
      assert(
        t.getEventType() === ScriptApp.EventType.CLOCK,
        `a CLOCK trigger, got ${String(t.getEventType())}`,
      );
      ScriptApp.deleteTrigger(t);
      assertEqual(mine().length, 0, "none after deleteTrigger");
    } finally {
      deleteTriggersOf(TRIGGER_HANDLER);
    }
  });
});
