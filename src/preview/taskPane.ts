import type { Bilingual, Locale } from "../form/locale";
import { el, replace } from "../shell/dom";
import { t } from "./strings";

/** The page the pane frame loads: the unchanged task pane over the Office shim. */
export const PANE_PAGE = "preview-pane.html";

/**
 * The task pane's widths in Excel: 320 px is Windows' default, 270 Mac's, 350 the web's; 450 a
 * pane the person widened. The preview opens at 320 and offers the others.
 */
export const PANE_WIDTHS = [320, 270, 350, 450] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

export function paneWidth(asked: string | null): PaneWidth {
  return PANE_WIDTHS.find((w) => String(w) === asked) ?? PANE_WIDTHS[0];
}

/**
 * The task pane's place beside the grid, with Excel's title bar and close button. Closing it
 * unloads the pane's page, as Excel does; 打开面板 loads it again.
 */
export class TaskPane {
  readonly element = el("aside", { className: "taskpane", "aria-labelledby": "taskpane-title" });
  private frame: HTMLIFrameElement | null = null;

  constructor(
    private name: Bilingual,
    private locale: Locale,
    private width: PaneWidth = PANE_WIDTHS[0],
    private onWidth: (width: PaneWidth) => void = () => undefined,
    /** The page the frame loads: the Office pane, or the WPS build's over WPS. */
    private page: string = PANE_PAGE
  ) {
    this.element.style.width = `${width}px`;
    this.draw();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    const title = document.getElementById("taskpane-title");
    if (title) title.textContent = this.name[locale];
    document.getElementById("taskpane-close")?.setAttribute("aria-label", t(locale, "paneClose"));
    document.getElementById("taskpane-width")?.setAttribute("aria-label", t(locale, "paneWidth"));
    this.frame?.setAttribute("title", this.name[locale]);
  }

  get isOpen(): boolean {
    return this.frame !== null;
  }

  open(): void {
    if (!this.frame) {
      this.frame = el("iframe", {
        id: "taskpane-frame",
        src: this.page,
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

  private widthPicker(): HTMLSelectElement {
    const picker = el(
      "select",
      {
        id: "taskpane-width",
        "aria-label": t(this.locale, "paneWidth"),
        onChange: () => {
          this.width = paneWidth(picker.value);
          this.element.style.width = `${this.width}px`;
          this.onWidth(this.width);
        },
      },
      ...[...PANE_WIDTHS].sort((a, b) => a - b).map((w) => el("option", { value: w }, `${w} px`))
    );
    picker.value = String(this.width);
    return picker;
  }

  private draw(): void {
    replace(
      this.element,
      el(
        "div",
        { className: "taskpane-header" },
        el("h2", { id: "taskpane-title" }, this.name[this.locale]),
        this.widthPicker(),
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
