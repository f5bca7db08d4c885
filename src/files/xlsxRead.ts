import ExcelJS from "exceljs";
import { readableValue } from "../form/cellDisplay";
import type { Area, CellValue, GridSnapshot } from "../form/grid";

/*
 * The ExcelJS adapter: grids from a workbook ExcelJS has loaded. The command line reads files
 * with src/xlsx (bytes in, grids out, without ExcelJS); this adapter serves the emulator, whose
 * workbooks are ExcelJS models, and the test that proves both read every fixture alike.
 */

/** Every worksheet of a workbook as a grid snapshot. */
export async function readWorkbookGrids(path: string): Promise<GridSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map(gridOfWorksheet);
}

export function gridOfWorksheet(sheet: ExcelJS.Worksheet): GridSnapshot {
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      line[colNumber - 1] = plainValue(cell.value, cell.numFmt);
    });
    values[rowNumber - 1] = Array.from(line, (v) => (v === undefined ? null : v));
  });
  return {
    sheet: sheet.name,
    origin: { row: 0, col: 0 },
    values: Array.from(values, (r) => r ?? []),
    merges: mergesOf(sheet),
  };
}

/** ExcelJS keeps merges in a private map; reading it avoids building the whole sheet model. */
function mergesOf(sheet: ExcelJS.Worksheet): Area[] {
  const merges = (
    sheet as unknown as {
      _merges: Record<
        string,
        { model: { top: number; left: number; bottom: number; right: number } }
      >;
    }
  )._merges;
  return Object.values(merges ?? {}).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}

/** 1970-01-01 as an Excel serial (1900 system): ExcelJS hands date cells over as Dates. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Cached formula results, flattened rich text, link text, error codes; numbers and dates as the
 * person sees them through the cell's number format (readableValue).
 */
function plainValue(value: ExcelJS.CellValue, numberFormat: string | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return readableValue(value, numberFormat);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const shown = readableValue(value.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL, numberFormat);
    return typeof shown === "string" ? shown : value.toISOString().slice(0, 10);
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null, numberFormat);
  if ("text" in value) return plainValue((value as { text: ExcelJS.CellValue }).text, numberFormat);
  return null;
}
