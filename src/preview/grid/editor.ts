import { el, replace } from "../../shell/dom";
import type { CellView } from "./sheetView";

/**
 * Typing into a cell: an input over the cell, with the drop-down's choices offered where the cell
 * has a list. Enter or Tab keeps what was typed, Esc drops it (as in Excel).
 */
export class CellEditor {
  readonly input = el("input", {
    id: "cell-editor",
    type: "text",
    hidden: true,
    autocomplete: "off",
  });
  private readonly choices = el("datalist", { id: "cell-choices" });
  private editing: CellView | null = null;

  constructor(
    scroller: HTMLElement,
    private done: (cell: CellView, text: string | null, key: string) => void
  ) {
    scroller.append(this.input, this.choices);
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        this.finish(this.input.value, event.shiftKey ? `Shift+${event.key}` : event.key);
      } else if (event.key === "Escape") {
        event.preventDefault();
        this.finish(null, "Escape");
      }
    });
    this.input.addEventListener("blur", () => this.finish(this.input.value, "blur"));
  }

  get active(): boolean {
    return this.editing !== null;
  }

  start(
    cell: CellView,
    at: { left: number; top: number; width: number; height: number },
    label: string,
    text: string
  ): void {
    this.editing = cell;
    replace(this.choices, ...(cell.choices ?? []).map((choice) => el("option", { value: choice })));
    if (cell.choices) this.input.setAttribute("list", "cell-choices");
    else this.input.removeAttribute("list");
    this.input.setAttribute("aria-label", label);
    const s = this.input.style;
    s.left = `${at.left}px`;
    s.top = `${at.top}px`;
    s.minWidth = `${at.width}px`;
    s.height = `${at.height}px`;
    this.input.value = text;
    this.input.hidden = false;
    this.input.focus();
    this.input.setSelectionRange(text.length, text.length);
  }

  private finish(text: string | null, key: string): void {
    const cell = this.editing;
    if (!cell) return;
    this.editing = null;
    this.input.hidden = true;
    this.done(cell, text, key);
  }
}
