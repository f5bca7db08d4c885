import type { Area } from "../../form/grid";
import { displayText } from "./display";
import { evaluate } from "./formulas";
import type { EmulatedSheet, EmulatedValue } from "./sheet";
import type { EmulatedWorkbook } from "./workbook";

/** A cell's value: stored, or computed from its formula (see ./formulas.ts for which ones). */
export function valueOf(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  row: number,
  col: number,
  depth = 0
): EmulatedValue {
  const cell = sheet.cell(row, col);
  if (!cell?.formula) return cell?.value ?? "";
  // A circular reference: Excel warns and shows 0.
  if (depth > 64) return 0;
  return evaluate(cell.formula, {
    value: (name, r, c) => {
      const target = name === undefined ? sheet : workbook.sheet(name);
      return target ? valueOf(workbook, target, r, c, depth + 1) : null;
    },
  });
}

export const grid = <T>(area: Area, cell: (row: number, col: number) => T): T[][] =>
  Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => cell(area.top + r, area.left + c))
  );

/** Range.valueTypes for one value. */
export function valueType(value: EmulatedValue): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!|CALC!|SPILL!)$/.test(value)
    ? "Error"
    : "String";
}

/** What one cell shows. */
export function textOf(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  row: number,
  col: number
): string {
  return displayText(valueOf(workbook, sheet, row, col), sheet.cell(row, col)?.numberFormat);
}
