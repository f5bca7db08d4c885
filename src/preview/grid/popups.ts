import { el, replace } from "../../shell/dom";
import type { CellView, Note } from "./sheetView";

/** Where a drawn cell sits inside the scrolling area, in px. */
function placeOf(scroller: HTMLElement, td: HTMLElement) {
  const box = td.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  return {
    left: box.left - frame.left + scroller.scrollLeft,
    top: box.top - frame.top + scroller.scrollTop,
    width: box.width,
    height: box.height,
  };
}

/** A placed popup's edges inside the scrolling area, in px. */
function boxOf(popup: HTMLElement) {
  const left = popup.offsetLeft;
  const top = popup.offsetTop;
  return { left, top, right: left + popup.offsetWidth, bottom: top + popup.offsetHeight };
}

/**
 * A cell's threaded comment beside it (on hover, and while it is selected), and its input prompt
 * below it while it is selected, as Excel shows them. Text only.
 */
export class CellPopups {
  readonly note = el("div", {
    id: "cell-note",
    className: "popup note",
    role: "tooltip",
    hidden: true,
  });
  readonly prompt = el("div", {
    id: "cell-prompt",
    className: "popup prompt",
    role: "tooltip",
    hidden: true,
  });

  constructor(private scroller: HTMLElement) {
    scroller.append(this.note, this.prompt);
  }

  /** A thread's entries, without their author: the emulator writes every one as itself. */
  showNote(td: HTMLElement, notes: Note[]): void {
    replace(this.note, ...notes.map((note) => el("p", { className: "note-entry" }, note.text)));
    const at = placeOf(this.scroller, td);
    this.place(this.note, at.left + at.width + 6, at.top, at.left - 6);
  }

  hideNote(): void {
    this.note.hidden = true;
  }

  showPrompt(td: HTMLElement, prompt: NonNullable<CellView["prompt"]>): void {
    replace(
      this.prompt,
      prompt.title && el("strong", {}, prompt.title),
      el("p", {}, prompt.message)
    );
    const at = placeOf(this.scroller, td);
    this.place(this.prompt, at.left + 8, at.top + at.height + 4, at.left + at.width);
  }

  hidePrompt(): void {
    this.prompt.hidden = true;
  }

  /** What the selected cell shows: its prompt, and its comment unless the mouse shows another. */
  follow(td: HTMLElement | null, cell: CellView | null): void {
    if (td && cell?.prompt) this.showPrompt(td, cell.prompt);
    else this.hidePrompt();
    if (td && cell?.comment) this.showNote(td, cell.comment);
    else this.hideNote();
    if (!this.note.hidden && !this.prompt.hidden) this.keepNoteOffPrompt();
  }

  /**
   * A cell near the right edge has both popups pushed left, where the comment would cover the
   * prompt: the comment then goes above the prompt, or below it if there is no room above.
   */
  private keepNoteOffPrompt(): void {
    const note = boxOf(this.note);
    const prompt = boxOf(this.prompt);
    const apart =
      note.right <= prompt.left ||
      prompt.right <= note.left ||
      note.bottom <= prompt.top ||
      prompt.bottom <= note.top;
    if (apart) return;
    const above = prompt.top - 4 - this.note.offsetHeight;
    const top = above >= this.scroller.scrollTop ? above : prompt.bottom + 4;
    this.note.style.top = `${top}px`;
  }

  placeFor(td: HTMLElement) {
    return placeOf(this.scroller, td);
  }

  /**
   * Show a popup at (left, top) inside the scrolling area, within its visible part: one that
   * would run past the right edge ends at `rightEnd` instead, one past the bottom moves up.
   */
  private place(popup: HTMLElement, left: number, top: number, rightEnd: number): void {
    popup.hidden = false;
    const view = this.scroller;
    const right = view.scrollLeft + view.clientWidth;
    const bottom = view.scrollTop + view.clientHeight;
    const x = left + popup.offsetWidth > right ? Math.max(0, rightEnd - popup.offsetWidth) : left;
    const y = Math.max(view.scrollTop, Math.min(top, bottom - popup.offsetHeight - 4));
    popup.style.left = `${x}px`;
    popup.style.top = `${y}px`;
  }
}
