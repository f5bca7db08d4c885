import ExcelJS from "exceljs";
import type { Area, CellValue, GridSnapshot } from "../form/grid";

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
      line[colNumber - 1] = plainValue(cell.value);
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

/** Cached formula results, flattened rich text, link text, ISO dates, error codes. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return plainValue((value as { text: ExcelJS.CellValue }).text);
  return null;
}
