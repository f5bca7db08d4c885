import type { Area } from "../../form/grid";
import { cellsOf, single } from "./address";

export type EmulatedValue = string | number | boolean;

export interface EmulatedCell {
  value: EmulatedValue;
  formula?: string;
  numberFormat?: string;
  /** Written with Excel's text prefix (a leading apostrophe): shown and read as text. */
  quotePrefix?: boolean;
  /**
   * Format, validation and link properties by path ("format.fill.color",
   * "format.borders.EdgeTop.style", "dataValidation.rule", "hyperlink", "style"); an absent key
   * reads as Excel's default (see ./styles.ts).
   */
  style?: Record<string, unknown>;
}

export interface EmulatedReply {
  id: string;
  content: string;
  authorName: string;
  authorEmail?: string;
  creationDate?: string;
}

/**
 * A threaded comment on one cell of a sheet object, so it follows a renamed sheet and goes with a
 * deleted one (Excel.Comment, ExcelApi 1.10).
 */
export interface EmulatedComment extends EmulatedReply {
  sheet: EmulatedSheet;
  row: number;
  col: number;
  resolved: boolean;
  contentType?: "Plain" | "Mention";
  replies: EmulatedReply[];
}

export interface EmulatedTable {
  id: string;
  name: string;
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  style: string;
}

/**
 * A conditional format (ExcelApi 1.6): where it applies, its rule formula and what it shows
 * where the formula is true. Kept per sheet in priority order, the first applied first.
 */
export interface EmulatedConditionalFormat {
  id: string;
  area: Area;
  type: string;
  /** A custom format's rule formula ("" for the other types). */
  formula: string;
  /**
   * The rule of the other types, as Office.js gives it: a cell-value rule ({ formula1, formula2,
   * operator }), a text comparison ({ operator, text }), top/bottom ({ rank, type }) or preset
   * criteria ({ criterion }); null for custom formats and data bars.
   */
  rule?: Record<string, unknown> | null;
  /** A data bar's settings by property ("barDirection", "positiveFormat.fillColor"…). */
  dataBar?: Record<string, unknown>;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

/** A defined name: its formula, or the sheet and area it refers to (which follow a rename). */
export interface EmulatedName {
  name: string;
  reference: { sheet: EmulatedSheet; area: Area } | { formula: string };
  visible: boolean;
  comment: string;
}

/** One worksheet of the in-memory workbook: sparse cells and everything that hangs on the sheet. */
export class EmulatedSheet {
  readonly cells = new Map<string, EmulatedCell>();
  readonly merges: Area[] = [];
  /** Widths and heights in points, as Range.format.columnWidth / rowHeight give them. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Keys keep the case they were added with; Excel looks them up case-insensitively. */
  readonly customProperties = new Map<string, string>();
  readonly tables: EmulatedTable[] = [];
  readonly conditionalFormats: EmulatedConditionalFormat[] = [];
  /** Worksheet-scoped names, by name as added. */
  readonly names = new Map<string, EmulatedName>();
  readonly pageLayout: Record<string, unknown> = {};
  frozen = { rows: 0, columns: 0 };
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Excel keeps a selection per sheet; the workbook's is the active sheet's. */
  selection: Area = single(0, 0);
  tabColor = "";

  constructor(
    public name: string,
    /** Stable for the sheet's life, whatever its name or position (Worksheet.id). */
    readonly id: string
  ) {}

  cell(row: number, col: number): EmulatedCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  setCell(row: number, col: number, cell: EmulatedCell | undefined): void {
    const style = cell?.style && Object.keys(cell.style).length > 0 ? cell.style : undefined;
    const empty = !cell || (cell.value === "" && !cell.formula && !cell.numberFormat && !style);
    if (empty) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, { ...cell, style });
  }

  /** Change some style keys of a cell (undefined removes a key). */
  patchStyle(row: number, col: number, patch: Record<string, unknown>): void {
    const cell = this.cell(row, col) ?? { value: "" };
    const style = { ...cell.style };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete style[key];
      else style[key] = value;
    }
    this.setCell(row, col, { ...cell, style });
  }

  /**
   * The smallest area holding every used cell, or null for an empty sheet. Used means a value or
   * formula; unless `valuesOnly`, formatting too (Worksheet.getUsedRange).
   */
  usedArea(valuesOnly = false): Area | null {
    let area: Area | null = null;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && !cell.formula) continue;
      const [row, col] = key.split(",").map(Number);
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, col),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, col),
          }
        : single(row, col);
    }
    return area;
  }

  /** Cells of an area that exist (have something), without visiting the empty rest. */
  *storedCells(area: Area): Generator<[number, number, EmulatedCell]> {
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size <= this.cells.size) {
      for (const [r, c] of cellsOf(area)) {
        const cell = this.cell(r, c);
        if (cell) yield [r, c, cell];
      }
      return;
    }
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(",").map(Number);
      if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right)
        yield [r, c, cell];
    }
  }
}
