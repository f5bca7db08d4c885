import { parseArea } from "../form/address";
import type { Area, GridSnapshot } from "../form/grid";
import type { EmulatedComment } from "./comments";
import type { EmulatedConditionalFormat } from "./conditionalFormats";

export type EmulatedValue = string | number | boolean;

export interface EmulatedCell {
  value: EmulatedValue;
  formula?: string;
  numberFormat?: string;
  /** Written with Excel's text prefix (a leading apostrophe): shown and read as text. */
  quotePrefix?: boolean;
  /** Format and validation properties by path: "format.fill.color", "dataValidation.rule". */
  style?: Record<string, unknown>;
}

/** One worksheet of the in-memory workbook: sparse cells and merged areas. */
let nextSheetId = 1;

export class EmulatedSheet {
  /** Excel's worksheet id: stable for the sheet's life, whatever its name becomes. */
  readonly id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, "0")}}`;
  readonly cells = new Map<string, EmulatedCell>();
  readonly merges: Area[] = [];
  /** Widths and heights in points, as Range.format.columnWidth / rowHeight give them. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly customProperties = new Map<string, string>();
  readonly tables: { name: string; area: Area; hasHeaders: boolean }[] = [];
  /** Conditional formats in priority order, the first applied first. */
  readonly conditionalFormats: EmulatedConditionalFormat[] = [];
  /** Page layout settings (paper, orientation, zoom, print area and titles). */
  readonly pageLayout: Record<string, unknown> = {};
  frozen = { rows: 0, columns: 0 };
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(public name: string) {}

  cell(row: number, col: number): EmulatedCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  setCell(row: number, col: number, cell: EmulatedCell | undefined): void {
    const empty =
      !cell || (cell.value === "" && !cell.formula && !cell.numberFormat && !cell.style);
    if (empty) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }

  /** The smallest area holding every non-empty cell, or null for an empty sheet. */
  usedArea(): Area | null {
    let area: Area | null = null;
    for (const key of this.cells.keys()) {
      const [row, col] = key.split(",").map(Number);
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, col),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return area;
  }
}

/** The workbook a test seeds and inspects; the emulated Excel host reads and writes it. */
export class EmulatedWorkbook {
  readonly sheets: EmulatedSheet[] = [];
  /** Workbook.name: the file name as Excel shows it. */
  name = "工作簿1.xlsx";
  activeSheet = 0;
  /** Workbook-scoped named items: name → formula ("=Sheet1!$A$1"). */
  readonly names = new Map<string, string>();
  /** Names hidden from the Name Manager (NamedItem.visible = false). */
  readonly hiddenNames = new Set<string>();
  /** Threaded comments, each on its sheet's cell (see comments.ts). */
  readonly comments: EmulatedComment[] = [];
  selection: { sheet: string; area: Area } | null = null;
  /** Reads .xlsx files sent as base64 (insertWorksheetsFromBase64); set by the Node entry. */
  parseWorkbook?: (base64: string) => Promise<GridSnapshot[]>;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new EmulatedSheet(name));
  }

  activeWorksheet(): EmulatedSheet {
    return this.sheets[this.activeSheet];
  }

  /** A sheet by name (case ignored) or by id, as Worksheets.getItem(key) accepts either. */
  sheet(key: string): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
  }

  /** Seed values from A1 (or the given cell) down and right. */
  setValues(sheetName: string, topLeft: string, values: EmulatedValue[][]): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseArea(topLeft);
    if (!at) throw new Error(`Bad address ${topLeft}`);
    values.forEach((row, r) =>
      row.forEach((value, c) => sheet.setCell(at.top + r, at.left + c, { value }))
    );
  }

  /** The values of a range, "" for empty cells, as Excel returns them. */
  values(sheetName: string, address: string): EmulatedValue[][] {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    if (!sheet || !area) throw new Error(`No range ${sheetName}!${address}`);
    return rowsOf(area).map((row) => colsOf(area).map((col) => sheet.cell(row, col)?.value ?? ""));
  }

  addSheet(name: string): EmulatedSheet {
    const sheet = new EmulatedSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

export const rowsOf = (area: Area) =>
  Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i);
export const colsOf = (area: Area) =>
  Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i);

/** True when two areas share at least one cell. */
export const overlaps = (a: Area, b: Area) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
