import type { Locale } from "../../form/locale";
import { el, replace } from "../../shell/dom";
import type { ActionEvent } from "../host";
import { t } from "../strings";
import type { AddinRibbon, RibbonButton } from "./manifestRibbon";

/** How long a click waits for the commands page to register its functions. */
const WAIT_FOR_COMMANDS_MS = 20_000;

export interface RibbonHooks {
  showTaskpane(): void;
  /** The ribbon's line on the status bar. */
  status(text: string): void;
}

/** The id a button gets on the page: its function's name, or "taskpane". */
export const buttonId = (button: RibbonButton) =>
  `ribbon-${button.action.kind === "function" ? button.action.name : "taskpane"}`;

/**
 * The Home tab with the manifest's groups: a function command runs what the commands page
 * associated with its name (matched regardless of case, as Office does) and is done when the
 * function calls event.completed(); 打开面板 shows the task pane.
 */
export class Ribbon {
  readonly element = el("div", { className: "ribbon" });
  private readonly actions = new Map<string, (event: ActionEvent) => unknown>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(
    private ribbon: AddinRibbon,
    private locale: Locale,
    private hooks: RibbonHooks
  ) {
    this.draw();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.draw();
  }

  /** Office.actions.associate, as the commands page calls it. */
  associate(id: string, action: (event: ActionEvent) => unknown): void {
    const key = id.toUpperCase();
    this.actions.set(key, action);
    for (const wake of this.waiting.get(key) ?? []) wake();
    this.waiting.delete(key);
  }

  private associated(name: string): Promise<((event: ActionEvent) => unknown) | undefined> {
    const key = name.toUpperCase();
    if (this.actions.has(key)) return Promise.resolve(this.actions.get(key));
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), WAIT_FOR_COMMANDS_MS);
      this.waiting.set(key, [
        ...(this.waiting.get(key) ?? []),
        () => {
          clearTimeout(timer);
          resolve(this.actions.get(key));
        },
      ]);
    });
  }

  /** Run a button's command; resolves when its function has called completed(). */
  async run(button: RibbonButton): Promise<void> {
    if (button.action.kind === "taskpane") return this.hooks.showTaskpane();
    const label = button.label[this.locale];
    const action = await this.associated(button.action.name);
    if (!action) return this.hooks.status(t(this.locale, "commandMissing"));
    const node = document.getElementById(buttonId(button));
    node?.setAttribute("aria-busy", "true");
    this.hooks.status(t(this.locale, "commandRunning", { label }));
    await new Promise<void>((completed) => {
      void Promise.resolve(
        action({ source: { id: button.id }, completed: () => completed() })
      ).catch(() => completed());
    });
    node?.removeAttribute("aria-busy");
    this.hooks.status(t(this.locale, "commandDone", { label }));
  }

  private draw(): void {
    const locale = this.locale;
    replace(
      this.element,
      el(
        "div",
        { className: "ribbon-tabs", role: "presentation" },
        el("span", { className: "ribbon-tab current" }, t(locale, "homeTab"))
      ),
      el(
        "div",
        { className: "ribbon-body", role: "group", "aria-label": t(locale, "ribbonLabel") },
        ...this.ribbon.groups.map((group) => {
          const labelId = `group-${group.id.replace(/\W/g, "-")}`;
          return el(
            "div",
            { className: "ribbon-group", role: "group", "aria-labelledby": labelId },
            el(
              "div",
              { className: "ribbon-buttons" },
              ...group.buttons.map((button) =>
                el(
                  "button",
                  {
                    type: "button",
                    id: buttonId(button),
                    className: "ribbon-button",
                    title: `${button.label[locale]}\n${button.tip[locale]}`,
                    "aria-description": button.tip[locale],
                    onClick: () => void this.run(button),
                  },
                  el("img", { src: button.icon, alt: "", width: 32, height: 32 }),
                  el("span", {}, button.label[locale])
                )
              )
            ),
            el("div", { className: "ribbon-group-label", id: labelId }, group.label[locale])
          );
        })
      )
    );
  }
}
