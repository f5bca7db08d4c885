import { runExcel } from "./errors";
import { supports } from "./features";

/**
 * Call back with the id of each sheet whose cells change (Worksheet change events, ExcelApi
 * 1.7), for the pane's live re-check. Returns how to stop, or null where the host has no such
 * event. One sync to register, one to remove.
 */
export async function watchChanges(
  onChange: (sheetId: string) => void
): Promise<(() => Promise<void>) | null> {
  if (!supports("changeEvents")) return null;
  const handler = await runExcel("check", async (context) => {
    const registered = context.workbook.worksheets.onChanged.add(async (event) => {
      onChange(event.worksheetId);
    });
    await context.sync();
    return registered;
  });
  return () =>
    runExcel("check", async () => {
      handler.remove();
      await handler.context.sync();
    });
}
