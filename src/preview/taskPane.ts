import type { Bilingual, Locale } from "../form/locale";
import { el, replace } from "../shell/dom";
import { t } from "./strings";

/** The page the pane frame loads: the unchanged task pane over the Office shim. */
export const PANE_PAGE = "preview-pane.html";

/**
 * The task pane's place beside the grid, with Excel's title bar and close button. Closing it
 * unloads the pane's page, as Excel does; 打开面板 loads it again.
 */
export class TaskPane {
  readonly element = el("aside", { className: "taskpane", "aria-labelledby": "taskpane-title" });
  private frame: HTMLIFrameElement | null = null;

  constructor(
    private name: Bilingual,
    private locale: Locale
  ) {
    this.draw();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    const title = document.getElementById("taskpane-title");
    if (title) title.textContent = this.name[locale];
    document.getElementById("taskpane-close")?.setAttribute("aria-label", t(locale, "paneClose"));
    this.frame?.setAttribute("title", this.name[locale]);
  }

  get isOpen(): boolean {
    return this.frame !== null;
  }

  open(): void {
    if (!this.frame) {
      this.frame = el("iframe", {
        id: "taskpane-frame",
        src: PANE_PAGE,
        title: this.name[this.locale],
      });
      this.element.appendChild(this.frame);
    }
    this.element.hidden = false;
    this.frame.focus();
  }

  /** Load the pane's page again (a new display language, say). */
  reload(): void {
    if (!this.frame) return;
    this.frame.remove();
    this.frame = null;
    this.open();
  }

  close(): void {
    this.frame?.remove();
    this.frame = null;
    this.element.hidden = true;
  }

  private draw(): void {
    replace(
      this.element,
      el(
        "div",
        { className: "taskpane-header" },
        el("h2", { id: "taskpane-title" }, this.name[this.locale]),
        el(
          "button",
          {
            type: "button",
            id: "taskpane-close",
            className: "icon-button",
            "aria-label": t(this.locale, "paneClose"),
            onClick: () => this.close(),
          },
          "×"
        )
      )
    );
  }
}
