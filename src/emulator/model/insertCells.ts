import type { Area } from "../../form/grid";
import { invalidOperation } from "../errors";
import { LAST_COL, LAST_ROW, areaText, parseLocal, splitSheet } from "./address";
import type { EmulatedSheet } from "./sheet";
import type { EmulatedWorkbook } from "./workbook";

/*
 * Range.insert(Excel.InsertShiftDirection.down) on the workbook's plain data: the cells from the
 * range down, in the range's columns, move down by its height, and everything that points at
 * them follows, as Excel does (docs/emulator.md, "Inserting cells"). Areas that span the
 * insertion row grow; areas below it move; areas above it stay.
 */

/** Where cells were inserted: the first new row, how many rows, and the columns they span. */
interface Insertion {
  top: number;
  count: number;
  left: number;
  right: number;
}

/** An area after the insertion, or the area itself when the insertion does not touch it. */
function shiftArea(area: Area, at: Insertion): Area {
  if (area.left < at.left || area.right > at.right || area.bottom < at.top) return area;
  const grow = (row: number) => (row >= at.top ? Math.min(row + at.count, LAST_ROW) : row);
  return { ...area, top: grow(area.top), bottom: grow(area.bottom) };
}

/** True when the area has cells both in and out of the shifted columns, at or below the insertion. */
const splitBy = (area: Area, at: Insertion) =>
  area.bottom >= at.top &&
  area.left <= at.right &&
  area.right >= at.left &&
  (area.left < at.left || area.right > at.right);

/** A reference in a formula: optional sheet, then a cell or a range of cells. */
const REFERENCE =
  /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])/gu;

/** One end of an A1 reference with its $ signs kept, its row moved when the insertion moves it. */
function shiftReference(local: string, at: Insertion): string {
  const area = parseLocal(local);
  if (!area) return local;
  const moved = shiftArea(area, at);
  if (moved === area) return local;
  const ends = local.split(":");
  const rows = [moved.top, moved.bottom];
  return ends
    .map((end, i) => end.replace(/\d+$/, String((ends.length === 1 ? moved.top : rows[i]) + 1)))
    .join(":");
}

/**
 * A formula with its references to `target` moved: on `target` itself, references without a
 * sheet; elsewhere, references that name it. Text in quotes is left alone.
 */
export function shiftFormula(
  formula: string,
  onSheet: string,
  target: EmulatedSheet,
  at: Insertion
): string {
  return formula.replace(REFERENCE, (whole, quoted?: string, prefix?: string, local?: string) => {
    if (quoted || !local) return whole;
    const sheet = prefix ? splitSheet(prefix + "A1").sheet : onSheet;
    if (sheet?.toLowerCase() !== target.name.toLowerCase()) return whole;
    return (prefix ?? "") + shiftReference(local, at);
  });
}

/** Keys of a cell's style that an inserted cell takes from the cell above (Format Same As Above). */
const FORMAT_FROM_ABOVE = /^(format\.|style$)/;

function moveCells(sheet: EmulatedSheet, at: Insertion): void {
  const below = { top: at.top, left: at.left, bottom: LAST_ROW, right: at.right };
  const moving = [...sheet.storedCells(below)].sort(([a], [b]) => b - a);
  if (moving.some(([row]) => row + at.count > LAST_ROW))
    throw invalidOperation(
      "This operation would push non-empty cells off the end of the worksheet."
    );
  for (const [row, col, cell] of moving) {
    sheet.setCell(row, col, undefined);
    sheet.setCell(row + at.count, col, cell);
  }
  if (at.top === 0) return;
  const above = { top: at.top - 1, left: at.left, bottom: at.top - 1, right: at.right };
  for (const [, col, cell] of [...sheet.storedCells(above)]) {
    const style = Object.fromEntries(
      Object.entries(cell.style ?? {}).filter(([key]) => FORMAT_FROM_ABOVE.test(key))
    );
    for (let row = at.top; row < at.top + at.count; row++)
      sheet.setCell(row, col, { value: "", numberFormat: cell.numberFormat, style });
  }
}

function moveSheetParts(sheet: EmulatedSheet, at: Insertion): void {
  sheet.merges.splice(0, sheet.merges.length, ...sheet.merges.map((m) => shiftArea(m, at)));
  for (const format of sheet.conditionalFormats) format.area = shiftArea(format.area, at);
  for (const table of sheet.tables) table.area = shiftArea(table.area, at);
  if (at.left === 0 && at.right === LAST_COL) {
    const heights = [...sheet.rowHeights].sort(([a], [b]) => b - a);
    for (const [row, height] of heights)
      if (row >= at.top) {
        sheet.rowHeights.delete(row);
        sheet.rowHeights.set(row + at.count, height);
      }
  }
  for (const key of ["printArea", "printTitleRows"]) {
    const text = sheet.pageLayout[key];
    if (typeof text !== "string") continue;
    const { sheet: named, local } = splitSheet(text);
    const area = parseLocal(local);
    if (area)
      sheet.pageLayout[key] =
        (named ? text.slice(0, text.lastIndexOf("!") + 1) : "") + areaText(shiftArea(area, at));
  }
}

function moveWorkbookParts(workbook: EmulatedWorkbook, sheet: EmulatedSheet, at: Insertion): void {
  for (const comment of workbook.comments)
    if (
      comment.sheet === sheet &&
      comment.row >= at.top &&
      comment.col >= at.left &&
      comment.col <= at.right
    )
      comment.row += at.count;
  for (const names of [workbook.names, ...workbook.sheets.map((s) => s.names)])
    for (const name of names.values()) {
      const ref = name.reference;
      if ("area" in ref && ref.sheet === sheet) ref.area = shiftArea(ref.area, at);
    }
  for (const each of workbook.sheets)
    for (const [key, cell] of each.cells)
      if (cell.formula) {
        const formula = shiftFormula(cell.formula, each.name, sheet, at);
        if (formula !== cell.formula) each.cells.set(key, { ...cell, formula });
      }
  for (const format of sheet.conditionalFormats)
    format.formula = shiftFormula(format.formula, sheet.name, sheet, at);
}

/**
 * Insert cells at `area` of `sheet`, shifting down. Excel refuses an insertion that would cut a
 * merged area or a table in two (cells of it inside the moving columns, others outside).
 */
export function insertCellsDown(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  area: Area
): Area {
  const at: Insertion = {
    top: area.top,
    count: area.bottom - area.top + 1,
    left: area.left,
    right: area.right,
  };
  if ([...sheet.merges, ...sheet.tables.map((t) => t.area)].some((a) => splitBy(a, at)))
    throw invalidOperation("This operation will cause some merged cells to unmerge.");
  moveCells(sheet, at);
  moveSheetParts(sheet, at);
  moveWorkbookParts(workbook, sheet, at);
  return area;
}
