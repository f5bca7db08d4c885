import { areaA1, parseArea } from "../form/address";
import { readableValue } from "../form/cellDisplay";
import type { Area, CellValue, GridSnapshot } from "../form/grid";
import type { WpsRange, WpsWorksheet } from "./model";

/**
 * The core's view of a WPS sheet (docs/wps.md, "Reading"): the used range's values as one 2-D
 * array (Range.Value2), its origin, and its merged areas. Numbers are read as the person sees them
 * (a percent or date format gives its text), from each number cell's own format, as in Excel.
 * Merged areas have no collection in the model: a row is asked whether it holds any merge at all
 * (MergeCells is false for a row with none), and only such rows are walked cell by cell.
 */
export function readSnapshot(worksheet: WpsWorksheet): GridSnapshot {
  const sheet = worksheet.Name;
  const used = worksheet.UsedRange;
  const origin = { row: used.Row - 1, col: used.Column - 1 };
  const raw = grid(used.Value2, used.Rows.Count, used.Columns.Count);
  if (raw.every((row) => row.every((v) => v === null)))
    return { sheet, origin: { row: 0, col: 0 }, values: [], merges: [] };
  const values = raw.map((row, r) =>
    row.map((value, c) =>
      typeof value === "number"
        ? readableValue(value, numberFormat(worksheet, origin.row + r, origin.col + c))
        : value
    )
  );
  return { sheet, origin, values, merges: mergedAreas(worksheet, used, origin) };
}

/** A sheet's used range as raw values (numbers as numbers, dates as serials), and where it starts. */
export function usedValues(worksheet: WpsWorksheet): {
  origin: { row: number; col: number };
  values: CellValue[][];
} {
  const used = worksheet.UsedRange;
  const values = grid(used.Value2, used.Rows.Count, used.Columns.Count);
  if (values.every((row) => row.every((v) => v === null)))
    return { origin: { row: 0, col: 0 }, values: [] };
  return { origin: { row: used.Row - 1, col: used.Column - 1 }, values };
}

/** Value2 is a bare value for a one-cell range and a 2-D array otherwise. */
function grid(value2: unknown, rows: number, cols: number): CellValue[][] {
  const rowsOf = Array.isArray(value2) ? (value2 as unknown[][]) : [[value2]];
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cellValue(rowsOf[r]?.[c]))
  );
}

function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

export function numberFormat(worksheet: WpsWorksheet, row: number, col: number): string {
  return worksheet.Range(areaA1({ top: row, left: col, bottom: row, right: col })).NumberFormat;
}

function mergedAreas(
  worksheet: WpsWorksheet,
  used: WpsRange,
  origin: { row: number; col: number }
): Area[] {
  const seen = new Map<string, Area>();
  const right = origin.col + used.Columns.Count - 1;
  for (let row = origin.row; row < origin.row + used.Rows.Count; row++) {
    const line = worksheet.Range(areaA1({ top: row, left: origin.col, bottom: row, right }));
    if (line.MergeCells === false) continue;
    for (let col = origin.col; col <= right; col++) {
      const cell = worksheet.Range(areaA1({ top: row, left: col, bottom: row, right: col }));
      if (!cell.MergeCells) continue;
      const address = cell.MergeArea.Address(false, false);
      const area = parseArea(address);
      if (area && !seen.has(address)) seen.set(address, area);
    }
  }
  return [...seen.values()];
}
