import { ExcelError } from "../errors";
import { parseLocal, single } from "../model/address";
import type { EmulatedWorkbook } from "../model/workbook";
import { insertWorksheetsFromBase64 } from "./insertSheets";
import type { HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

/** Excel.Workbook and Excel.Application: where every object path starts. */
export const workbookTypes = {
  workbook: {
    className: "Workbook",
    get: { name: (_w, host) => host.workbook.name, readOnly: () => false, isDirty: () => true },
    nav: {
      worksheets: () => ({ kind: "worksheets" }),
      application: () => ({ kind: "application" }),
      comments: () => ({ kind: "comments" }),
      names: () => ({ kind: "names" }),
      customXmlParts: () => ({ kind: "customXmlParts" }),
      tables: () => ({ kind: "tables" }),
    },
    methods: {
      getSelectedRange: (_w, _a, host) =>
        rangeOf(host.workbook.active, host.workbook.active.selection),
      getActiveCell: (_w, _a, host) => {
        const { active } = host.workbook;
        return rangeOf(active, single(active.selection.top, active.selection.left));
      },
      insertWorksheetsFromBase64: (_w, [base64, options], host) =>
        insertWorksheetsFromBase64(host.workbook, base64, (options ?? {}) as never),
      _GetRangeForEventByReferenceId: (_w, [id], host) =>
        eventRange(host.workbook, String(id)) ?? invalid(),
      _GetRangeOrNullObjectForEventByReferenceId: (_w, [id], host) =>
        eventRange(host.workbook, String(id)),
    },
  } satisfies HostType<ObjectOf<"workbook">>,

  application: {
    className: "Application",
    get: { calculationMode: () => "Automatic" },
    methods: {
      // Formulas are computed when read, so there is nothing to hold back or recompute.
      suspendApiCalculationUntilNextSync: () => undefined,
      suspendScreenUpdatingUntilNextSync: () => undefined,
      calculate: () => undefined,
    },
  } satisfies HostType<ObjectOf<"application">>,
};

/** A change event's range is handed to the add-in as "sheet id|area" (./events.ts). */
function eventRange(workbook: EmulatedWorkbook, referenceId: string) {
  const [id, address] = referenceId.split("|");
  const sheet = workbook.sheetById(id);
  const area = address ? parseLocal(address) : null;
  return sheet && area ? rangeOf(sheet, area) : null;
}

function invalid(): never {
  throw new ExcelError("InvalidArgument", "The range of this event is no longer available.");
}
