import { areaText } from "./model/address";
import type { EmulatedSheet } from "./model/sheet";
import type { CellChange, EmulatedWorkbook } from "./model/workbook";

/** The library's own plumbing for host events (OfficeExtension's RichApi messages). */
export interface EventPlumbing {
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(message: unknown): void;
}

/** Excel's event type for Worksheet.onChanged, and the RichApi category of event messages. */
const WORKSHEET_CHANGED = 10;
const EVENT_CATEGORY = 65536;

/**
 * Worksheet.onChanged (ExcelApi 1.7) through the library's own event plumbing: the library
 * registers a handler per sheet id; each change to a sheet's cells (from any frame sharing the
 * workbook) reaches it as the RichApi message Excel would send, after the batch that made it.
 */
export function carryEvents(
  library: EventPlumbing,
  workbook: EmulatedWorkbook,
  listening: Set<EmulatedSheet>
): () => void {
  library._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return workbook.onChange((change: CellChange) => {
    if (!listening.has(change.sheet)) return;
    const address = areaText(change.area);
    const message = {
      type: "WorksheetChanged",
      changeType: change.changeType,
      source: "Local",
      address,
      worksheetId: change.sheet.id,
      referenceId: `${change.sheet.id}|${address}`,
      shiftDirection: "None",
      triggerSource: "ThisLocalAddin",
    };
    setTimeout(() =>
      library._testTriggerRichApiMessageEvent({
        entries: [
          {
            messageCategory: EVENT_CATEGORY,
            messageType: WORKSHEET_CHANGED,
            targetId: change.sheet.id,
            message: JSON.stringify(message),
          },
        ],
      })
    );
  });
}
