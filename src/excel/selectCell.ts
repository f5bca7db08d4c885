import { AddinError, runExcel } from "./errors";

/**
 * Activate a sheet and select a cell: where the pane's findings list takes the person. One sync.
 * The sheet is the only item looked up by name, so Excel's ItemNotFound means it was deleted or
 * renamed since the check: the person is told so, by its name.
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  return runExcel(
    "selectCell",
    async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === "ItemNotFound")
          throw new AddinError("sheetNotFound", { sheet });
        throw error;
      }
    },
    sheet
  );
}
