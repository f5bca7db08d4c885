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

export interface EventOptions {
  /** This library's host: a change its own batch made is "ThisLocalAddin". */
  own: object;
  /** Whether the event carries triggerSource (ExcelApi 1.14, excel.eventtriggersource). */
  triggerSource: boolean;
  /** Whether format changes (conditional formats, validation) raise the event too. */
  formatEvents: boolean;
}

/**
 * Worksheet.onChanged (ExcelApi 1.7) through the library's own event plumbing: the library
 * registers a handler per sheet id; each change to a sheet's cells or comments (from any frame
 * sharing the workbook) reaches it as the RichApi message Excel would send, after the batch that
 * made it. Format changes reach it only when asked for (docs/emulator.md, "Events").
 */
export function carryEvents(
  library: EventPlumbing,
  workbook: EmulatedWorkbook,
  listening: Set<EmulatedSheet>,
  options: EventOptions
): () => void {
  library._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return workbook.onChange((change: CellChange) => {
    if (!listening.has(change.sheet)) return;
    if (change.what === "formats" && !options.formatEvents) return;
    const address = areaText(change.area);
    const message = {
      type: "WorksheetChanged",
      changeType: change.changeType,
      source: "Local",
      address,
      worksheetId: change.sheet.id,
      referenceId: `${change.sheet.id}|${address}`,
      shiftDirection: "None",
      ...(options.triggerSource
        ? { triggerSource: change.by === options.own ? "ThisLocalAddin" : "Unknown" }
        : {}),
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
