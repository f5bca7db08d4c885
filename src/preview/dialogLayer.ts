import type { Locale } from "../form/locale";
import { el, replace } from "../shell/dom";
import type { OpenedDialog } from "./host";
import { t } from "./strings";

/**
 * The dialogs pages open (Office.context.ui.displayDialogAsync), drawn over the workbook. The
 * preview cannot load the dialog's page itself (it would load the Office loader), so it shows
 * what the ribbon's outcome page shows: the text in the URL's hash, as text, with its close
 * button, which sends the page's "close" message back to the command (src/commands/outcomePage.ts).
 */
export class DialogLayer {
  readonly element = el("div", { className: "dialog-layer", hidden: true });
  private open: { returnFocus: Element | null } | null = null;

  constructor(private locale: () => Locale) {}

  show(url: string, onMessage: (message: string) => void): OpenedDialog {
    if (this.open) throw new Error("A dialog is already open");
    const hash = new URL(url).hash.slice(1);
    let text: string;
    try {
      text = decodeURIComponent(hash);
    } catch {
      text = hash;
    }
    const send = () => onMessage("close");
    const close = el(
      "button",
      { type: "button", id: "dialog-close", className: "button primary", onClick: send },
      t(this.locale(), "dialogClose")
    );
    const dialog = el(
      "div",
      {
        className: "dialog",
        role: "dialog",
        "aria-modal": "true",
        "aria-labelledby": "dialog-title",
        "aria-describedby": "dialog-message",
        onKeydown: (event: Event) => {
          const key = (event as KeyboardEvent).key;
          if (key === "Escape") send();
          // Focus stays in the dialog, as it does in Office's.
          if (key === "Tab") {
            event.preventDefault();
            close.focus();
          }
        },
      },
      el("h2", { id: "dialog-title" }, t(this.locale(), "dialogTitle")),
      el("p", { id: "dialog-message" }, text || url),
      close
    );
    replace(this.element, dialog);
    this.open = { returnFocus: document.activeElement };
    this.element.hidden = false;
    close.focus();
    return { close: () => this.close() };
  }

  private close(): void {
    if (!this.open) return;
    const back = this.open.returnFocus;
    this.open = null;
    this.element.hidden = true;
    replace(this.element);
    if (back instanceof HTMLElement) back.focus();
  }
}
