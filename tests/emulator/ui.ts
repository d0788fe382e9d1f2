/**
 * Ui (SpreadsheetApp.getUi()), Menu, PromptResponse, and the recorder tests read them through (emu.ui).
 */
import { EnumValue, Facade, instrument, isEnumOf, signatureError } from "./core";
import { Button, type ButtonName, ButtonSet, type ButtonSetName } from "./enums";
import { EmuHtmlOutput } from "./html";
import type { World } from "./world";

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; caption: string; items: MenuEntry[] };

export interface MenuTree {
  caption: string;
  /** true for Ui.createAddonMenu() (shown under Extensions; caption = the add-on's name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface PromptRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  response: { button: ButtonName; text: string };
}

export interface HtmlRecord {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface DialogRecord extends HtmlRecord {
  modal: boolean;
}

export interface ToastRecord {
  text: string;
  title: string | null;
  timeoutSeconds: number | null;
}

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK", "CLOSE"],
  OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
  YES_NO: ["YES", "NO", "CLOSE"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"],
};

export class UiState {
  menus: MenuTree[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly alertQueue: ButtonName[] = [];
  readonly promptQueue: Array<{ text: string; button: ButtonName }> = [];

  reset(): void {
    this.menus = [];
    for (const list of [this.alerts, this.prompts, this.sidebars, this.dialogs, this.toasts]) list.length = 0;
    this.alertQueue.length = 0;
    this.promptQueue.length = 0;
  }
}

function copyEntries(items: readonly MenuEntry[]): MenuEntry[] {
  return items.map((item) =>
    item.kind === "submenu" ? { ...item, items: copyEntries(item.items) } : { ...item },
  );
}

function buttonName(button: unknown): ButtonName {
  const name = button instanceof EnumValue ? button.toString() : button;
  if (typeof name !== "string" || !(name in Button)) throw new Error(`Unknown Ui button: ${String(button)}`);
  return name as ButtonName;
}

/** (prompt) | (prompt, buttons) | (title, prompt, buttons) of alert and prompt. */
function dialogArgs(
  args: readonly unknown[],
  method: string,
): { title: string | null; prompt: string; buttons: ButtonSetName } {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === "string") return { title: null, prompt: a, buttons: "OK" };
  if (args.length === 2 && typeof a === "string" && isEnumOf(ButtonSet, b)) {
    return { title: null, prompt: a, buttons: b.toString() as ButtonSetName };
  }
  if (args.length === 3 && typeof a === "string" && typeof b === "string" && isEnumOf(ButtonSet, c)) {
    return { title: a, prompt: b, buttons: c.toString() as ButtonSetName };
  }
  throw signatureError(method, args);
}

function htmlRecord(output: unknown, method: string, args: readonly unknown[]): HtmlRecord {
  if (!(output instanceof EmuHtmlOutput)) throw signatureError(method, args);
  const s = output._state;
  return { title: s.title, content: s.content, width: s.width, height: s.height };
}

export class EmuPromptResponse extends Facade {
  declare readonly _response: { button: ButtonName; text: string };

  constructor(world: World, response: { button: ButtonName; text: string }) {
    super(world);
    Object.defineProperty(this, "_response", { value: response, enumerable: false });
  }
  getResponseText(): string {
    return this._response.text;
  }
  getSelectedButton(): unknown {
    return Button[this._response.button];
  }
}
instrument(EmuPromptResponse, { service: "SpreadsheetApp", className: "PromptResponse" });

export class EmuMenu extends Facade {
  declare readonly _node: MenuTree;

  constructor(world: World, caption: string, addon: boolean) {
    super(world);
    Object.defineProperty(this, "_node", { value: { caption, addon, items: [] }, enumerable: false });
  }
  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== "string" || typeof functionName !== "string" || functionName === "") {
      throw signatureError("Menu.addItem", [caption, functionName]);
    }
    this._node.items.push({ kind: "item", caption, functionName });
    return this;
  }
  addSeparator(): this {
    this._node.items.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu: unknown): this {
    if (!(menu instanceof EmuMenu)) throw signatureError("Menu.addSubMenu", [menu]);
    this._node.items.push({
      kind: "submenu",
      caption: menu._node.caption,
      items: copyEntries(menu._node.items),
    });
    return this;
  }
  /** Adds (or, like reopening the document, replaces) the menu with this caption. */
  addToUi(): void {
    const ui = this.world.ui;
    const copy = {
      caption: this._node.caption,
      addon: this._node.addon,
      items: copyEntries(this._node.items),
    };
    const i = ui.menus.findIndex((m) => m.caption === copy.caption && m.addon === copy.addon);
    if (i >= 0) ui.menus[i] = copy;
    else ui.menus.push(copy);
  }
}
instrument(EmuMenu, { service: "SpreadsheetApp", className: "Menu" });

export class EmuUi extends Facade {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  createMenu(caption: unknown): EmuMenu {
    if (typeof caption !== "string" || caption === "") throw signatureError("Ui.createMenu", [caption]);
    return new EmuMenu(this.world, caption, false);
  }
  createAddonMenu(): EmuMenu {
    return new EmuMenu(this.world, this.world.addonName, true);
  }
  alert(...args: unknown[]): unknown {
    const { title, prompt, buttons } = dialogArgs(args, "Ui.alert");
    const allowed = BUTTONS_OF[buttons];
    const queued = this.world.ui.alertQueue.shift();
    let response: ButtonName;
    if (queued !== undefined) {
      if (!allowed.includes(queued)) {
        throw new Error(
          `emu.ui: the queued alert answer ${queued} is not a button of ${buttons} ("${prompt}")`,
        );
      }
      response = queued;
    } else if (allowed.includes("OK")) {
      response = "OK";
    } else {
      throw new Error(
        `emu.ui: alert "${prompt}" asks ${buttons} but no answer is queued; call emu.ui.queueAlert(...) first`,
      );
    }
    this.world.ui.alerts.push({ title, prompt, buttons, response });
    return Button[response];
  }
  prompt(...args: unknown[]): EmuPromptResponse {
    const { title, prompt, buttons } = dialogArgs(args, "Ui.prompt");
    const queued = this.world.ui.promptQueue.shift();
    if (!queued) {
      throw new Error(
        `emu.ui: prompt "${prompt}" was shown but no answer is queued; call emu.ui.queuePrompt(...) first`,
      );
    }
    if (!BUTTONS_OF[buttons].includes(queued.button)) {
      throw new Error(
        `emu.ui: the queued prompt button ${queued.button} is not a button of ${buttons} ("${prompt}")`,
      );
    }
    const response = { button: queued.button, text: queued.text };
    this.world.ui.prompts.push({ title, prompt, buttons, response });
    return new EmuPromptResponse(this.world, response);
  }
  showSidebar(userInterface: unknown): void {
    this.world.ui.sidebars.push(htmlRecord(userInterface, "Ui.showSidebar", [userInterface]));
  }
  showModalDialog(userInterface: unknown, title: unknown): void {
    if (typeof title !== "string") throw signatureError("Ui.showModalDialog", [userInterface, title]);
    const record = htmlRecord(userInterface, "Ui.showModalDialog", [userInterface, title]);
    this.world.ui.dialogs.push({ ...record, title, modal: true });
  }
  showModelessDialog(userInterface: unknown, title: unknown): void {
    if (typeof title !== "string") throw signatureError("Ui.showModelessDialog", [userInterface, title]);
    const record = htmlRecord(userInterface, "Ui.showModelessDialog", [userInterface, title]);
    this.world.ui.dialogs.push({ ...record, title, modal: false });
  }
}
instrument(EmuUi, { service: "SpreadsheetApp", className: "Ui" });

/** emu.ui: what the scripts showed, and the answers the "user" will give. */
export class UiRecorder {
  constructor(private readonly state: UiState) {}

  /** A copy of the menus added with addToUi, in order. */
  menus(): MenuTree[] {
    return this.state.menus.map((m) => ({ caption: m.caption, addon: m.addon, items: copyEntries(m.items) }));
  }
  /**
   * The function name of the menu item at `path` (menu caption, sub-menu captions…, item caption); custom
   * menus are searched before the add-on menu.
   */
  findFunction(...path: string[]): string {
    const [top, ...rest] = path;
    for (const menu of this.state.menus
      .filter((m) => m.caption === top)
      .sort((a, b) => Number(a.addon) - Number(b.addon))) {
      let items: readonly MenuEntry[] | undefined = menu.items;
      for (let i = 0; items && i < rest.length; i++) {
        const entry: MenuEntry | undefined = items.find(
          (e) => e.kind !== "separator" && e.caption === rest[i],
        );
        if (entry?.kind === "item" && i === rest.length - 1) return entry.functionName;
        items = entry?.kind === "submenu" ? entry.items : undefined;
      }
    }
    throw new Error(
      `emu.ui: no menu item ${JSON.stringify(path)}; the menus have ${JSON.stringify(this.paths())}`,
    );
  }
  private paths(): string[][] {
    const out: string[][] = [];
    const walk = (prefix: string[], items: readonly MenuEntry[]): void => {
      for (const e of items) {
        if (e.kind === "item") out.push([...prefix, e.caption]);
        else if (e.kind === "submenu") walk([...prefix, e.caption], e.items);
      }
    };
    for (const m of this.state.menus) walk([m.caption], m.items);
    return out;
  }
  get alerts(): readonly AlertRecord[] {
    return this.state.alerts;
  }
  get prompts(): readonly PromptRecord[] {
    return this.state.prompts;
  }
  get sidebars(): readonly HtmlRecord[] {
    return this.state.sidebars;
  }
  get dialogs(): readonly DialogRecord[] {
    return this.state.dialogs;
  }
  get toasts(): readonly ToastRecord[] {
    return this.state.toasts;
  }
  /** The button the user will click in the next alert ("YES", "NO", … or Ui.Button.YES). */
  queueAlert(button: ButtonName | EnumValue | GoogleAppsScript.Base.Button): void {
    this.state.alertQueue.push(buttonName(button));
  }
  /** What the user will type in the next prompt, and the button they click (default OK). */
  queuePrompt(text: string, button: ButtonName | EnumValue | GoogleAppsScript.Base.Button = "OK"): void {
    this.state.promptQueue.push({ text, button: buttonName(button) });
  }
  /** Forgets menus, records and queued answers. */
  reset(): void {
    this.state.reset();
  }
}
