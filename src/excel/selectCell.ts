import { runExcel } from "./errors";

/** Activate a sheet and select a cell: where the pane's findings list takes the person. One sync. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  return runExcel(
    "selectCell",
    async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    },
    sheet
  );
}
