import type { SheetPlan } from "../form/plan";
import { uniqueSheetName } from "../form/sheetName";
import { queuePlan } from "./applyPlan";
import { runExcel } from "./errors";
import { capabilities } from "./features";

/**
 * Whole sheet plans written as new sheets after the existing ones, each under a free name close
 * to its plan's, the first one activated: the preview opens its sample document this way
 * (docs/preview.md). Two syncs, however many plans: the sheet names, then every plan in one batch.
 */
export async function addSheets(plans: readonly SheetPlan[]): Promise<string[]> {
  return runExcel("addSheets", async (context) => {
    const caps = capabilities();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const names = plans.map((plan) => {
      const name = uniqueSheetName(plan.sheet, taken);
      queuePlan({ ...plan, sheet: name }, { worksheet: sheets.add(name), caps });
      return name;
    });
    if (names.length > 0) sheets.getItem(names[0]).activate();
    await context.sync();
    return names;
  });
}
