import { cellInput } from "./applyPlan";
import { addHiddenSheet, findSheet } from "./sheets";
import type { WpsWorkbook } from "./model";

/**
 * The record of the last fixes in WPS (docs/wps.md, "Fixes"), the counterpart of Excel's custom
 * XML part: a very hidden sheet of the workbook, so 撤销修正 still works after the pane reloads or
 * the workbook is reopened. One row per cell a fix wrote; each batch of fixes replaces the record,
 * an undo removes it, and with it the sheet.
 */
export const FIX_RECORD_SHEET = "_perf_targets_fixes";

/** One cell a fix wrote: what it held before (as typed, and its number format) and what was written. */
export interface WpsFixedCell {
  sheet: string;
  cell: string;
  code: string;
  /** What to write to restore the cell: its formula, or its constant as typed. */
  before: string | number | boolean;
  numberFormat: string;
  /** The text the fix wrote. */
  after: string;
}

const recordSheet = (book: WpsWorkbook) => findSheet(book, FIX_RECORD_SHEET);

/** `before` is kept as JSON, so a number stays a number and a text stays a text. */
function parsedBefore(text: unknown): WpsFixedCell["before"] | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return ["string", "number", "boolean"].includes(typeof value)
      ? (value as WpsFixedCell["before"])
      : undefined;
  } catch {
    return undefined;
  }
}

/** The cells of the record; a row not in our shape is none (a person typed on the sheet, say). */
export function readFixRecord(book: WpsWorkbook): WpsFixedCell[] {
  const sheet = recordSheet(book);
  if (!sheet) return [];
  const value = sheet.UsedRange.Value2;
  const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  const cells: WpsFixedCell[] = [];
  for (const [sheetName, cell, code, before, numberFormat, after] of rows) {
    const restored = parsedBefore(before);
    const texts = [sheetName, cell, code, numberFormat, after];
    if (restored === undefined || !texts.every((t) => typeof t === "string")) continue;
    cells.push({
      sheet: sheetName as string,
      cell: cell as string,
      code: code as string,
      before: restored,
      numberFormat: numberFormat as string,
      after: after as string,
    });
  }
  return cells;
}

/** Replace the record with these cells; none removes it and its sheet. */
export function writeFixRecord(book: WpsWorkbook, cells: readonly WpsFixedCell[]): void {
  const existing = recordSheet(book);
  if (cells.length === 0) {
    existing?.Delete();
    return;
  }
  const sheet = existing ?? addHiddenSheet(book, FIX_RECORD_SHEET);
  sheet.Cells.ClearContents();
  const rows = cells.map((c) => [
    c.sheet,
    c.cell,
    c.code,
    JSON.stringify(c.before),
    c.numberFormat,
    c.after,
  ]);
  // Every field as text: the apostrophe keeps WPS from reading "100" or "=A1" as anything else.
  sheet.Range(`A1:F${rows.length}`).Value2 = rows.map((row) => row.map(cellInput));
}
