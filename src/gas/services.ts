import { translator } from "../domain/i18n";
import type { PairsView } from "../domain/pairsView";
import type { CheckReport } from "../domain/report";
import type { ClockPort, LockPort, PropertiesPort, UiPort } from "../ports";

/** Document properties: the add-on's own small state (id counters, the base's language). */
export class GasProperties implements PropertiesPort {
  private readonly store = PropertiesService.getDocumentProperties();
  get(key: string): string | null {
    return this.store.getProperty(key);
  }
  set(key: string, value: string): void {
    this.store.setProperty(key, value);
  }
  delete(key: string): void {
    this.store.deleteProperty(key);
  }
}

/** How long an action waits for another one to finish before telling the curator to try again. */
const LOCK_WAIT_MS = 20_000;

export class GasLock implements LockPort {
  withDocumentLock<T>(fn: () => T): { busy: false; value: T } | { busy: true } {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return { busy: true };
    try {
      return { busy: false, value: fn() };
    } finally {
      lock.releaseLock();
    }
  }
}

export class GasClock implements ClockPort {
  /** `now` may be given for tests that run the adapters outside the emulator's vm (its clock is virtual). */
  constructor(private readonly nowMs: () => number = () => Date.now()) {}
  now(): Date {
    return new Date(this.nowMs());
  }
  format(date: Date, pattern: string): string {
    return Utilities.formatDate(date, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), pattern);
  }
}

/** JSON that is safe inside a <script> element of a served page. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const TEXT = {
  reportTitle: { ru: "Проверка базы", en: "Base check" },
  pairsTitle: { ru: "Пары", en: "Pairs" },
} as const;

export class GasUi implements UiPort {
  constructor(private readonly locale: "ru" | "en") {}
  alert(title: string, message: string): void {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  }
  toast(message: string): void {
    SpreadsheetApp.getActive().toast(message, translator(this.locale)(TEXT.reportTitle), 6);
  }
  showCheckReport(report: CheckReport): void {
    const template = HtmlService.createTemplateFromFile("report");
    template.data = jsonForHtml({ report });
    const page = template.evaluate().setTitle(translator(this.locale)(TEXT.reportTitle));
    SpreadsheetApp.getUi().showSidebar(page);
  }
  showPairs(view: PairsView): void {
    const template = HtmlService.createTemplateFromFile("pairs");
    template.data = jsonForHtml({ view });
    const page = template.evaluate().setTitle(translator(this.locale)(TEXT.pairsTitle));
    SpreadsheetApp.getUi().showSidebar(page);
  }
}
