import ExcelJS from "exceljs";
import { applyPlans } from "../../src/files/xlsxWrite";
import type { SheetPlan } from "../../src/form/plan";

/** The bytes of a new workbook with these plans applied, written by ExcelJS as the tool writes. */
export async function newWorkbookBytes(plans: SheetPlan[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  applyPlans(workbook, plans);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
