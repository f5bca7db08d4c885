import { areaA1, parseArea, sheetRef } from "../form/address";
import type { Area } from "../form/grid";
// eslint-disable-next-line import-x/no-cycle -- the emulator-fidelity work (issue 11) removes this cycle
import { getCellProperties, setCellProperties } from "./cellProperties";
import { ExcelError } from "./errors";
import {
  colsOf,
  overlaps,
  rowsOf,
  type EmulatedSheet,
  type EmulatedValue,
  type EmulatedWorkbook,
} from "./workbook";

export interface RangeTarget {
  kind: "range";
  sheet: EmulatedSheet;
  area: Area;
}

export const addressOf = (sheet: EmulatedSheet, area: Area) =>
  `${sheetRef(sheet.name)}!${areaA1(area)}`;

const SUM = /^=SUM\(\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** A cell's value; of formulas only SUM over a range is computed (the summary's totals use it). */
function cellValue(sheet: EmulatedSheet, row: number, col: number, depth = 0): EmulatedValue {
  const cell = sheet.cell(row, col);
  if (!cell?.formula) return cell?.value ?? "";
  const m = SUM.exec(cell.formula);
  const area = m ? parseArea(`${m[1]}${m[2]}:${m[3]}${m[4]}`) : null;
  if (!area || depth > 50) return cell.value;
  let total = 0;
  for (const r of rowsOf(area)) {
    for (const c of colsOf(area)) {
      const value = cellValue(sheet, r, c, depth + 1);
      if (typeof value === "number") total += value;
    }
  }
  return total;
}

/** Range.values, formulas, numberFormat, text, address, rowCount, columnCount. */
export function rangeProperty({ sheet, area }: RangeTarget, name: string): unknown {
  const grid = <T>(cell: (row: number, col: number) => T) =>
    rowsOf(area).map((r) => colsOf(area).map((c) => cell(r, c)));
  switch (name) {
    case "values":
      return grid((r, c) => cellValue(sheet, r, c));
    case "formulas":
      return grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? "");
    case "numberFormat":
      return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
    case "text":
      return grid((r, c) => String(sheet.cell(r, c)?.value ?? ""));
    case "address":
      return addressOf(sheet, area);
    case "rowCount":
      return area.bottom - area.top + 1;
    case "rowIndex":
      return area.top;
    case "columnIndex":
      return area.left;
    case "columnCount":
      return area.right - area.left + 1;
  }
  throw new ExcelError("ApiNotFound", `The emulator does not provide range.${name}.`, 404);
}

/** A 2-D input must match the range's shape exactly (Range.values). */
function checkShape(area: Area, input: unknown): EmulatedValue[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((row) => !Array.isArray(row) || row.length !== cols)
  ) {
    throw new ExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return input as EmulatedValue[][];
}

/** Range.values, formulas and numberFormat as 2-D arrays (null leaves a cell as it is); hyperlink. */
export function setRangeProperty({ sheet, area }: RangeTarget, name: string, value: unknown): void {
  if (name === "Hyperlink") {
    for (const row of rowsOf(area)) {
      for (const col of colsOf(area)) {
        const cell = sheet.cell(row, col) ?? { value: "" };
        sheet.setCell(row, col, { ...cell, style: { ...cell.style, hyperlink: value } });
      }
    }
    return;
  }
  if (!["Values", "Formulas", "NumberFormat"].includes(name))
    throw new ExcelError("ApiNotFound", `The emulator cannot set range.${name}.`, 404);
  checkShape(area, value).forEach((row, r) =>
    row.forEach((input, c) => {
      if (input === null) return;
      const at = [area.top + r, area.left + c] as const;
      const cell = { ...(sheet.cell(...at) ?? { value: "" }) };
      if (name === "NumberFormat") cell.numberFormat = String(input);
      else if (typeof input === "string" && input.startsWith("'")) {
        // Excel's text prefix: the rest is kept as text, never a formula or number.
        delete cell.formula;
        cell.value = input.slice(1);
        cell.quotePrefix = true;
      } else if (typeof input === "string" && input.startsWith("=")) {
        cell.formula = input;
        cell.value = 0;
        delete cell.quotePrefix;
      } else {
        delete cell.formula;
        delete cell.quotePrefix;
        cell.value = input;
      }
      sheet.setCell(...at, cell);
    })
  );
}

/** Range.merge (across rows or whole), unmerge, clear, select and the cell-properties pair. */
export function callRangeMethod(
  workbook: EmulatedWorkbook,
  { sheet, area }: RangeTarget,
  name: string,
  args: unknown[]
): unknown {
  switch (name) {
    case "Merge": {
      const parts = args[0] ? rowsOf(area).map((r) => ({ ...area, top: r, bottom: r })) : [area];
      if (parts.some((part) => sheet.merges.some((m) => overlaps(m, part)))) {
        throw new ExcelError("InvalidOperation", "Cannot merge cells that are already merged.");
      }
      sheet.merges.push(...parts);
      return;
    }
    case "Unmerge": {
      const kept = sheet.merges.filter((m) => !overlaps(m, area));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
      return;
    }
    case "Clear":
      for (const row of rowsOf(area))
        for (const col of colsOf(area)) sheet.setCell(row, col, undefined);
      return;
    case "Select":
      workbook.selection = { sheet: sheet.name, area };
      workbook.activeSheet = workbook.sheets.indexOf(sheet);
      return;
    case "GetCellProperties":
      return getCellProperties({ kind: "range", sheet, area }, args[0] as never);
    case "SetCellProperties":
      return setCellProperties({ kind: "range", sheet, area }, args[0]);
  }
  throw new ExcelError("ApiNotFound", `The emulator does not provide range.${name}().`, 404);
}
