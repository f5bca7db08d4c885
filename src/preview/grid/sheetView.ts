import { displayText } from "../../emulator/model/display";
import type { EmulatedSheet } from "../../emulator/model/sheet";
import { cellStyle } from "../../emulator/model/styles";
import { valueOf } from "../../emulator/model/values";
import type { EmulatedWorkbook } from "../../emulator/model/workbook";
import { cellA1 } from "../../form/address";
import type { Area } from "../../form/grid";
import type { Severity } from "../../form/severity";
import { cellLines, type Line } from "./borders";
import { markOf, tableRoleOf, type TableRole } from "./decorations";

/** Excel's standard column width and row height in points (Office.js units), and px per point. */
const STANDARD_WIDTH = 48;
const STANDARD_HEIGHT = 15;
export const PX_PER_POINT = 4 / 3;

/** How much of a sheet the preview draws at most; a bigger sheet says so. */
export const DRAW_LIMIT = { rows: 1000, cols: 60 };

export interface Note {
  author: string;
  text: string;
}

/** One drawn cell (a merged area is one cell spanning several), everything shown as text. */
export interface CellView {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  address: string;
  /** What the cell shows (Range.text); never HTML. */
  text: string;
  /** What the formula bar and the editor show: the formula, or the value as typed. */
  input: string;
  kind: "text" | "number" | "boolean" | "empty";
  horizontal: "left" | "center" | "right" | "justify";
  vertical: "top" | "middle" | "bottom";
  wrap: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Null where it is Excel's default (black). */
  fontColor: string | null;
  fontSize: number;
  /** The fill that shows: the add-in's mark over the cell's own; null for none. */
  fill: string | null;
  /** The add-in's mark on the cell (a conditional format of ours), by severity. */
  mark: Severity | null;
  lines: { top: Line | null; right: Line | null; bottom: Line | null; left: Line | null };
  /** A threaded comment and its replies. */
  comment: Note[] | null;
  /** The data-validation input prompt, shown while the cell is selected. */
  prompt: { title: string; message: string } | null;
  /** A drop-down list's choices. */
  choices: string[] | null;
  /** A link to a cell of this workbook. */
  link: { sheet: string | null; cell: string } | null;
  table: TableRole;
}

export interface SheetView {
  sheet: string;
  /** Column widths and row heights in px; a row's null means "as tall as its text". */
  colWidths: number[];
  rowHeights: (number | null)[];
  /** Row-major; null where a merged area's first cell covers the cell. */
  rows: (CellView | null)[][];
  selection: Area;
  truncated: boolean;
}

const HORIZONTAL: Record<string, CellView["horizontal"]> = {
  Left: "left",
  Center: "center",
  CenterAcrossSelection: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "justify",
};
const VERTICAL: Record<string, CellView["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "top",
  Distributed: "middle",
};

/** The rows and columns worth drawing: what is used or selected, and some room around it. */
function drawnExtent(sheet: EmulatedSheet): { rows: number; cols: number; truncated: boolean } {
  const used = sheet.usedArea();
  const lastRow = Math.max(
    used?.bottom ?? 0,
    sheet.selection.bottom,
    ...sheet.merges.map((m) => m.bottom)
  );
  const lastCol = Math.max(
    used?.right ?? 0,
    sheet.selection.right,
    ...sheet.merges.map((m) => m.right)
  );
  const rows = Math.max(40, lastRow + 21);
  const cols = Math.max(12, lastCol + 4);
  return {
    rows: Math.min(rows, DRAW_LIMIT.rows),
    cols: Math.min(cols, DRAW_LIMIT.cols),
    truncated: rows > DRAW_LIMIT.rows || cols > DRAW_LIMIT.cols,
  };
}

const style = (sheet: EmulatedSheet, row: number, col: number, key: string) =>
  cellStyle(sheet, row, col, key);

function promptOf(sheet: EmulatedSheet, row: number, col: number): CellView["prompt"] {
  const prompt = style(sheet, row, col, "dataValidation.prompt") as {
    showPrompt?: boolean;
    title?: string;
    message?: string;
  } | null;
  if (!prompt?.showPrompt || !(prompt.title || prompt.message)) return null;
  return { title: prompt.title ?? "", message: prompt.message ?? "" };
}

function choicesOf(sheet: EmulatedSheet, row: number, col: number): string[] | null {
  const rule = style(sheet, row, col, "dataValidation.rule") as {
    list?: { source?: unknown };
  } | null;
  const source = rule?.list?.source;
  // A list drawn from a range ("=$A$1:$A$5") is not resolved here; one written out is.
  if (typeof source !== "string" || source.startsWith("=")) return null;
  return source.split(",").map((item) => item.trim());
}

function linkOf(sheet: EmulatedSheet, row: number, col: number): CellView["link"] {
  const link = style(sheet, row, col, "hyperlink") as { documentReference?: string } | null;
  const reference = link?.documentReference?.replace(/^#/, "");
  if (!reference) return null;
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cell: reference };
  const raw = reference.slice(0, bang);
  const name = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet: name, cell: reference.slice(bang + 1) };
}

function commentOf(workbook: EmulatedWorkbook, sheet: EmulatedSheet, row: number, col: number) {
  const comment = workbook.commentAt(sheet, row, col);
  if (!comment) return null;
  return [comment, ...comment.replies].map((c) => ({ author: c.authorName, text: c.content }));
}

function cellView(workbook: EmulatedWorkbook, sheet: EmulatedSheet, area: Area): CellView {
  const { top: row, left: col } = area;
  const cell = sheet.cell(row, col);
  // A formula's value as Excel would show it now, computed as the emulator answers a read.
  const value = valueOf(workbook, sheet, row, col);
  const kind =
    value === ""
      ? "empty"
      : typeof value === "number"
        ? "number"
        : typeof value === "boolean"
          ? "boolean"
          : "text";
  const general = kind === "number" ? "right" : kind === "boolean" ? "center" : "left";
  const color = String(style(sheet, row, col, "format.font.color"));
  const ownFill = cell?.style?.["format.fill.color"];
  const mark = markOf(sheet, row, col);
  return {
    row,
    col,
    rowSpan: area.bottom - area.top + 1,
    colSpan: area.right - area.left + 1,
    address: cellA1(row, col),
    text: displayText(value, cell?.numberFormat),
    input: cell?.formula ?? (value === "" ? "" : String(value)),
    kind,
    horizontal: HORIZONTAL[String(style(sheet, row, col, "format.horizontalAlignment"))] ?? general,
    vertical: VERTICAL[String(style(sheet, row, col, "format.verticalAlignment"))] ?? "bottom",
    wrap: style(sheet, row, col, "format.wrapText") === true,
    bold: style(sheet, row, col, "format.font.bold") === true,
    italic: style(sheet, row, col, "format.font.italic") === true,
    underline: String(style(sheet, row, col, "format.font.underline")) !== "None",
    fontColor: mark?.fontColor ?? (color.toUpperCase() === "#000000" ? null : color),
    fontSize: Number(style(sheet, row, col, "format.font.size")) || 11,
    fill: mark?.fill ?? (typeof ownFill === "string" ? ownFill : null),
    mark: mark?.severity ?? null,
    lines: cellLines(sheet, area),
    comment: commentOf(workbook, sheet, row, col),
    prompt: promptOf(sheet, row, col),
    choices: choicesOf(sheet, row, col),
    link: linkOf(sheet, row, col),
    // A cell's own fill wins over its table's look, as in Excel.
    table: typeof ownFill === "string" ? null : tableRoleOf(sheet, row, col),
  };
}

/**
 * What the preview draws of a sheet: each cell's text, look, marks, notes and prompts, merged
 * areas as one cell, sizes in px, and the selection (docs/preview.md). Read straight from the
 * emulated workbook, never through HTML.
 */
export function sheetView(workbook: EmulatedWorkbook, sheet: EmulatedSheet): SheetView {
  const extent = drawnExtent(sheet);
  const mergeAt = new Map<string, Area>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    mergeAt.set(`${merge.top},${merge.left}`, merge);
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++)
        if (r !== merge.top || c !== merge.left) covered.add(`${r},${c}`);
  }
  const rows: (CellView | null)[][] = [];
  for (let r = 0; r < extent.rows; r++) {
    const row: (CellView | null)[] = [];
    for (let c = 0; c < extent.cols; c++) {
      if (covered.has(`${r},${c}`)) {
        row.push(null);
        continue;
      }
      const merge = mergeAt.get(`${r},${c}`);
      const area = merge
        ? {
            top: r,
            left: c,
            bottom: Math.min(merge.bottom, extent.rows - 1),
            right: Math.min(merge.right, extent.cols - 1),
          }
        : { top: r, left: c, bottom: r, right: c };
      row.push(cellView(workbook, sheet, area));
    }
    rows.push(row);
  }
  return {
    sheet: sheet.name,
    colWidths: Array.from({ length: extent.cols }, (_, c) =>
      Math.round((sheet.columnWidths.get(c) ?? STANDARD_WIDTH) * PX_PER_POINT)
    ),
    rowHeights: Array.from({ length: extent.rows }, (_, r) => {
      const points = sheet.rowHeights.get(r);
      return points === undefined ? null : Math.round(points * PX_PER_POINT);
    }),
    rows,
    selection: sheet.selection,
    truncated: extent.truncated,
  };
}

/** The standard row height in px, for rows nobody sized. */
export const STANDARD_ROW_PX = Math.round(STANDARD_HEIGHT * PX_PER_POINT);

/** The drawn cell covering a position: itself, or the first cell of the merged area it lies in. */
export function cellCovering(view: SheetView, row: number, col: number): CellView | null {
  for (let r = Math.min(row, view.rows.length - 1); r >= 0; r--)
    for (let c = Math.min(col, view.colWidths.length - 1); c >= 0; c--) {
      // Left of a merged area's cells, the first drawn cell of a row is its only candidate.
      const cell = view.rows[r][c];
      if (!cell) continue;
      if (r + cell.rowSpan > row && c + cell.colSpan > col) return cell;
      break;
    }
  return null;
}
