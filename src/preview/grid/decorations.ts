import type { EmulatedSheet } from "../../emulator/model/sheet";
import type { Severity } from "../../form/severity";

/** The add-in's marks are conditional formats whose formula carries this tag (src/excel/marks.ts). */
const MARK = /perf-targets:(error|warning|info)/;

const inside = (
  area: { top: number; left: number; bottom: number; right: number },
  row: number,
  col: number
) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/**
 * The add-in's mark on a cell: the first of its conditional formats that covers the cell (Excel
 * applies the highest priority's fill). Other conditional formats are not evaluated: their
 * formulas would need Excel's calculation, and the add-in writes none.
 */
export function markOf(
  sheet: EmulatedSheet,
  row: number,
  col: number
): { severity: Severity; fill: string | null; fontColor: string | null } | null {
  for (const format of sheet.conditionalFormats) {
    const tag = MARK.exec(format.formula);
    if (tag && inside(format.area, row, col))
      return { severity: tag[1] as Severity, fill: format.fill, fontColor: format.fontColor };
  }
  return null;
}

/** Where a cell sits in an Excel table: its header row, or an odd (banded) row of its body. */
export type TableRole = "header" | "band" | null;

export function tableRoleOf(sheet: EmulatedSheet, row: number, col: number): TableRole {
  for (const table of sheet.tables) {
    if (!inside(table.area, row, col)) continue;
    if (table.showHeaders && row === table.area.top) return "header";
    const first = table.area.top + (table.showHeaders ? 1 : 0);
    return (row - first) % 2 === 0 ? "band" : null;
  }
  return null;
}
