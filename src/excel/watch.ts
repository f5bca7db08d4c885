import { runExcel, toAddinError, type AddinError } from "./errors";
import { supports } from "./features";
import { duringOwnWrite } from "./ownWrites";

/** What the pane hears while it watches: the name of a sheet a person changed, or a failure. */
export interface ChangeListener {
  changed(sheetName: string): void;
  failed(error: AddinError): void;
}

/**
 * Call back with the name of each sheet whose cells or comments a person changes
 * (Worksheet.onChanged, ExcelApi 1.7), for the pane's live re-check. The add-in's own changes
 * (its marks are comments, which raise the event too) are left out: by the event's triggerSource
 * from ExcelApi 1.14, before it by the time they arrive (./ownWrites.ts), so a check never
 * answers its own marks. A handler on each sheet there is when watching starts. Returns how to
 * stop, or null where the host has no such event. Two syncs to start, one to stop.
 */
export async function watchChanges(
  listener: ChangeListener
): Promise<(() => Promise<void>) | null> {
  if (!supports("changeEvents")) return null;
  const knowsSource = Office.context.requirements.isSetSupported("ExcelApi", "1.14");
  const handlers = await runExcel("check", async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id");
    await context.sync();
    const registered = sheets.items.map((sheet) =>
      sheet.onChanged.add(async (event) => {
        const ours = knowsSource
          ? event.triggerSource === Excel.EventTriggerSource.thisLocalAddin
          : duringOwnWrite();
        if (!ours) await tellByName(event.worksheetId, listener);
      })
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

/**
 * The event names a sheet by its id; messages and the check want its name, read now (the sheet
 * may have been renamed since watching began). A read, so it is not counted as our own write.
 */
async function tellByName(sheetId: string, listener: ChangeListener): Promise<void> {
  try {
    const name = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
      sheet.load("name");
      await context.sync();
      return sheet.isNullObject ? null : sheet.name;
    });
    if (name !== null) listener.changed(name);
  } catch (error) {
    listener.failed(toAddinError(error, "check"));
  }
}
