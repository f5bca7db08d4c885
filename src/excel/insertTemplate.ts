import { cellA1 } from "../form/address";
import { uniqueSheetName } from "../form/sheetName";
import { ROW } from "../form/template";
import { templatePlan } from "../form/templatePlan";
import { queuePlan } from "./applyPlan";
import { runExcel } from "./errors";
import { capabilities } from "./features";

export interface InsertOptions {
  year?: number;
  unit?: string;
  sheetName?: string;
}

export interface Inserted {
  sheet: string;
  /** The cell selected for the person to start typing in (the project name). */
  cell: string;
}

/** The cell a person fills first: the project name, right of its label. */
export const FIRST_INPUT = cellA1(ROW.name, 1);

/**
 * A new sheet holding the standard form (docs/addin.md, "Insert"): never an existing sheet, a
 * free and valid name, the form's first input cell selected. Two syncs: the sheet names, then
 * the whole form in one batch.
 */
export async function insertTemplate(options: InsertOptions = {}): Promise<Inserted> {
  const year = options.year ?? new Date().getFullYear() + 1;
  return runExcel("insertTemplate", async (context) => {
    const caps = capabilities();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const name = uniqueSheetName(options.sheetName ?? `${year}绩效目标表`, taken);
    const worksheet = sheets.add(name);
    queuePlan(templatePlan({ year, unit: options.unit, sheet: name }), { worksheet, caps });
    worksheet.activate();
    worksheet.getRange(FIRST_INPUT).select();
    await context.sync();
    return { sheet: name, cell: FIRST_INPUT };
  });
}
