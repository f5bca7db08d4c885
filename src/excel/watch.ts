import { runExcel } from "./errors";
import { supports } from "./features";

/**
 * Call back with the id of each sheet whose cells change (Worksheet.onChanged, ExcelApi 1.7),
 * for the pane's live re-check. A handler on each sheet there is when watching starts (a sheet
 * added later is checked when the person checks it). Returns how to stop, or null where the
 * host has no such event. Two syncs to start (the sheets, the handlers), one to stop.
 */
export async function watchChanges(
  onChange: (sheetId: string) => void
): Promise<(() => Promise<void>) | null> {
  if (!supports("changeEvents")) return null;
  const handlers = await runExcel("check", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    await context.sync();
    const registered = sheets.items.map((sheet) =>
      sheet.onChanged.add(async (event) => onChange(event.worksheetId))
    );
    await context.sync();
    return registered;
  });
  return () =>
    runExcel("check", async () => {
      for (const handler of handlers) handler.remove();
      if (handlers.length > 0) await handlers[0].context.sync();
    });
}
