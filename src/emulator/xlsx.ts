import { readWorkbookGrids } from "../files/xlsxRead";
import { writeWorkbook } from "../files/xlsxWrite";
import { areaA1, cellA1 } from "../form/address";
import type { CellInput, Color, PlanOp, SheetPlan } from "../form/plan";
import { colsOf, rowsOf, type EmulatedWorkbook } from "./workbook";

/** Start a test from a real file: every sheet's values and merges go into the emulated workbook. */
export async function seedFromXlsx(workbook: EmulatedWorkbook, path: string): Promise<void> {
  for (const grid of await readWorkbookGrids(path)) {
    const sheet = workbook.sheet(grid.sheet) ?? workbook.addSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.setCell(grid.origin.row + r, grid.origin.col + c, { value });
      })
    );
    sheet.merges.push(...grid.merges);
  }
}

/** Save what the add-in produced (values, formulas, merges, fills, bold, frozen panes) for a person to open. */
export async function saveAsXlsx(workbook: EmulatedWorkbook, path: string): Promise<void> {
  const plans: SheetPlan[] = workbook.sheets.map((sheet) => {
    const ops: PlanOp[] = [];
    const used = sheet.usedArea();
    if (used) {
      const area = { ...used, top: 0, left: 0 };
      const values = rowsOf(area).map((r) =>
        colsOf(area).map((c): CellInput => {
          const cell = sheet.cell(r, c);
          return cell?.formula ? { formula: cell.formula } : (cell?.value ?? null);
        })
      );
      ops.push({ kind: "values", range: areaA1(area), values });
    }
    ops.push(...sheet.merges.map((area): PlanOp => ({ kind: "merge", range: areaA1(area) })));
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const fill = cell.style?.["format.fill.color"];
      const bold = cell.style?.["format.font.bold"];
      if (fill || bold) {
        ops.push({
          kind: "format",
          range: cellA1(row, col),
          format: {
            ...(fill ? { fill: fill as Color } : {}),
            ...(bold ? { font: { bold: true } } : {}),
          },
        });
      }
    }
    if (sheet.frozen.rows || sheet.frozen.columns)
      ops.push({ kind: "freeze", rows: sheet.frozen.rows, columns: sheet.frozen.columns });
    return { sheet: sheet.name, ops };
  });
  await writeWorkbook(path, plans);
}
