import type { EmulatedSheet } from "../../emulator/model/sheet";
import type { EmulatedWorkbook } from "../../emulator/model/workbook";
import { cellA1, parseArea } from "../../form/address";
import type { Area } from "../../form/grid";
import type { Locale } from "../../form/locale";
import { el, replace } from "../../shell/dom";
import { t } from "../strings";
import { CellEditor } from "./editor";
import { cellId, drawTable } from "./gridTable";
import { CellPopups } from "./popups";
import { cellCovering, sheetView, type CellView, type SheetView } from "./sheetView";

export interface WorkbookParts {
  scroller: HTMLElement;
  table: HTMLTableElement;
  nameBox: HTMLElement;
  formula: HTMLElement;
  tabs: HTMLElement;
  note: HTMLElement;
}

const areaOfCell = (cell: CellView): Area => ({
  top: cell.row,
  left: cell.col,
  bottom: cell.row + cell.rowSpan - 1,
  right: cell.col + cell.colSpan - 1,
});
const sameArea = (a: Area | null, b: Area) =>
  !!a && a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/**
 * The emulated workbook as a person sees it in Excel: the active sheet's grid, the name box and
 * formula bar, the sheet tabs; selecting, moving with the keyboard, typing into cells and
 * following links (docs/preview.md). It draws from the workbook itself and writes back as a
 * person's typing does (EmulatedWorkbook.typeValues, which also raises Excel's change events).
 */
export class WorkbookView {
  private view: SheetView | null = null;
  private drawn: { sheet: EmulatedSheet; selection: Area } | null = null;
  /** Where a keyboard or mouse range selection started. */
  private anchor: { row: number; col: number } | null = null;
  private readonly popups: CellPopups;
  private readonly editor: CellEditor;
  private dragging = false;

  constructor(
    private workbook: EmulatedWorkbook,
    private parts: WorkbookParts,
    private locale: Locale
  ) {
    this.popups = new CellPopups(parts.scroller);
    this.editor = new CellEditor(parts.scroller, (cell, text, key) => this.typed(cell, text, key));
    this.listen();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.draw();
  }

  private get sheet(): EmulatedSheet | undefined {
    return this.workbook.active;
  }

  /** Draw again from the workbook: after each request the add-in makes, and after each edit. */
  draw(): void {
    const sheet = this.sheet;
    if (!sheet || this.editor.active) return;
    const view = sheetView(this.workbook, sheet);
    this.view = view;
    const { table } = this.parts;
    table.setAttribute("aria-label", t(this.locale, "gridLabel", { sheet: sheet.name }));
    drawTable(table, view);
    this.drawTabs();
    const active = this.activeCell();
    this.parts.nameBox.textContent = active ? active.address : "";
    this.parts.formula.textContent = active?.input ?? "";
    this.parts.note.textContent = view.truncated
      ? t(this.locale, "truncated", { rows: view.rows.length, cols: view.colWidths.length })
      : "";
    this.parts.note.hidden = !view.truncated;
    const td = active ? document.getElementById(cellId(active.address)) : null;
    const moved =
      !this.drawn || this.drawn.sheet !== sheet || !sameArea(this.drawn.selection, sheet.selection);
    if (moved) {
      if (this.drawn?.sheet !== sheet || !sameArea(this.drawn.selection, sheet.selection))
        this.anchor = null;
      td?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    this.drawn = { sheet, selection: { ...sheet.selection } };
    this.popups.follow(td, active);
  }

  private activeCell(): CellView | null {
    const sheet = this.sheet;
    if (!sheet || !this.view) return null;
    return cellCovering(this.view, sheet.selection.top, sheet.selection.left);
  }

  private drawTabs(): void {
    const visible = this.workbook.sheets.filter((s) => s.visibility === "Visible");
    replace(
      this.parts.tabs,
      ...visible.map((sheet) =>
        el(
          "button",
          {
            type: "button",
            role: "tab",
            className: "sheet-tab",
            "data-sheet": sheet.name,
            "aria-selected": String(sheet === this.sheet),
            tabindex: sheet === this.sheet ? 0 : -1,
          },
          sheet.name
        )
      )
    );
  }

  /** Select an area (a merged cell selects its whole area), as a click or Range.select() does. */
  select(area: Area, keepAnchor = false): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const anchor = this.anchor;
    sheet.selection = area;
    this.draw();
    if (keepAnchor) this.anchor = anchor;
  }

  private selectCell(row: number, col: number, extend: boolean): void {
    if (!this.view) return;
    const cell = cellCovering(this.view, row, col);
    if (!cell) return;
    if (!extend) {
      this.anchor = { row: cell.row, col: cell.col };
      const area = areaOfCell(cell);
      this.select(area, true);
      return;
    }
    const from = this.anchor ?? { row: this.sheet!.selection.top, col: this.sheet!.selection.left };
    this.anchor = from;
    this.select(
      {
        top: Math.min(from.row, row),
        left: Math.min(from.col, col),
        bottom: Math.max(from.row, row),
        right: Math.max(from.col, col),
      },
      true
    );
  }

  private move(rows: number, cols: number, extend: boolean): void {
    const active = this.activeCell();
    const view = this.view;
    if (!active || !view) return;
    const row = rows > 0 ? active.row + active.rowSpan : active.row + rows;
    const col = cols > 0 ? active.col + active.colSpan : active.col + cols;
    const target = {
      row: Math.max(0, Math.min(view.rows.length - 1, rows === 0 ? active.row : row)),
      col: Math.max(0, Math.min(view.colWidths.length - 1, cols === 0 ? active.col : col)),
    };
    if (extend) {
      // Extending moves the far corner, not the active cell.
      const sel = this.sheet!.selection;
      const anchor = this.anchor ?? { row: sel.top, col: sel.left };
      const far = {
        row: anchor.row === sel.top ? sel.bottom : sel.top,
        col: anchor.col === sel.left ? sel.right : sel.left,
      };
      this.selectCell(Math.max(0, far.row + rows), Math.max(0, far.col + cols), true);
    } else this.selectCell(target.row, target.col, false);
  }

  private startEditing(text?: string): void {
    const active = this.activeCell();
    if (!active) return;
    const td = document.getElementById(cellId(active.address));
    if (!td) return;
    this.popups.hidePrompt();
    this.editor.start(
      active,
      this.popups.placeFor(td),
      `${active.address} ${active.text}`.trim(),
      text ?? active.input
    );
  }

  private typed(cell: CellView, text: string | null, key: string): void {
    const sheet = this.sheet;
    if (sheet && text !== null && text !== cell.input)
      this.workbook.typeValues(sheet.name, cell.address, [[text]]);
    this.draw();
    if (key !== "blur") this.parts.table.focus();
    if (key === "Enter") this.move(1, 0, false);
    else if (key === "Shift+Enter") this.move(-1, 0, false);
    else if (key === "Tab") this.move(0, 1, false);
    else if (key === "Shift+Tab") this.move(0, -1, false);
  }

  private clearSelection(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const { top, left, bottom, right } = sheet.selection;
    const blank = Array.from({ length: bottom - top + 1 }, () =>
      Array<string>(right - left + 1).fill("")
    );
    this.workbook.typeValues(sheet.name, cellA1(top, left), blank);
    this.draw();
  }

  private follow(link: NonNullable<CellView["link"]>): void {
    const target = link.sheet ? this.workbook.sheet(link.sheet) : this.sheet;
    const area = parseArea(link.cell);
    if (!target || !area) return;
    this.workbook.active = target;
    target.selection = area;
    this.draw();
  }

  private cellAt(node: EventTarget | null): CellView | null {
    const td = (node as HTMLElement | null)?.closest?.("td.cell") as HTMLElement | null;
    if (!td || !this.view) return null;
    return this.view.rows[Number(td.dataset.row)]?.[Number(td.dataset.col)] ?? null;
  }

  private listen(): void {
    const { table, tabs } = this.parts;
    table.addEventListener("mousedown", (event) => {
      const cell = this.cellAt(event.target);
      if (!cell || event.button !== 0) return;
      event.preventDefault();
      table.focus();
      this.dragging = true;
      this.selectCell(cell.row, cell.col, event.shiftKey);
    });
    table.addEventListener("mouseover", (event) => {
      const cell = this.cellAt(event.target);
      if (this.dragging && cell && event.buttons === 1) this.selectCell(cell.row, cell.col, true);
      const td = (event.target as HTMLElement).closest?.("td.cell") as HTMLElement | null;
      if (td && cell?.comment) this.popups.showNote(td, cell.comment);
    });
    table.addEventListener("mouseleave", () => {
      const active = this.activeCell();
      const td = active ? document.getElementById(cellId(active.address)) : null;
      this.popups.follow(td, active);
    });
    document.addEventListener("mouseup", () => (this.dragging = false));
    table.addEventListener("click", (event) => {
      const cell = this.cellAt(event.target);
      if (cell?.link && !event.shiftKey) this.follow(cell.link);
    });
    table.addEventListener("dblclick", (event) => {
      if (this.cellAt(event.target)) this.startEditing();
    });
    table.addEventListener("keydown", (event) => this.key(event));
    tabs.addEventListener("click", (event) => {
      const name = (event.target as HTMLElement).closest?.("button")?.dataset.sheet;
      const sheet = name ? this.workbook.sheet(name) : undefined;
      if (!sheet) return;
      this.workbook.active = sheet;
      this.draw();
      (tabs.querySelector(`[aria-selected="true"]`) as HTMLElement | null)?.focus();
    });
    tabs.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const buttons = [...tabs.querySelectorAll("button")];
      const at = buttons.findIndex((b) => b.getAttribute("aria-selected") === "true");
      buttons[(at + step + buttons.length) % buttons.length]?.click();
    });
  }

  private key(event: KeyboardEvent): void {
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = arrows[event.key];
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (step && !modified) this.move(step[0], step[1], event.shiftKey);
    else if (event.key === "Enter") this.move(event.shiftKey ? -1 : 1, 0, false);
    else if (event.key === "Home" && event.ctrlKey) this.selectCell(0, 0, false);
    else if (event.key === "Home") this.selectCell(this.sheet!.selection.top, 0, false);
    else if (event.key === "F2") this.startEditing();
    else if (event.key === "Delete" || event.key === "Backspace") this.clearSelection();
    else if (event.key.length === 1 && !modified) this.startEditing(event.key);
    else return;
    event.preventDefault();
  }
}
