import type { Area } from "../../form/grid";
import {
  invalidArgument,
  invalidOperation,
  itemExists,
  itemNotFound,
  notEmulated,
} from "../errors";
import { WHOLE_SHEET, parseLocal, single, splitSheet } from "../model/address";
import type { EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook } from "../model/workbook";
import type { HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

type Worksheet = ObjectOf<"worksheet">;
const sheetObject = (sheet: EmulatedSheet): Worksheet => ({ kind: "worksheet", sheet });

/** Excel's rule for sheet names (Worksheet.name): 1–31 characters, none of \ / ? * [ ] :, no ' at either end. */
export function checkSheetName(
  workbook: EmulatedWorkbook,
  name: string,
  self?: EmulatedSheet
): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
    throw invalidArgument();
  const taken = workbook.sheet(name);
  if (taken && taken !== self) throw itemExists();
}

/** A sheet by name or by id, as WorksheetCollection.getItem takes either. */
export const findSheet = (workbook: EmulatedWorkbook, key: unknown) =>
  workbook.sheet(String(key)) ?? workbook.sheetById(String(key));

/** "Sheet{n}": the first such name not taken, as Excel names a sheet added without a name. */
function freeSheetName(workbook: EmulatedWorkbook): string {
  for (let n = workbook.sheets.length + 1; ; n++)
    if (!workbook.sheet(`Sheet${n}`)) return `Sheet${n}`;
}

const visible = (workbook: EmulatedWorkbook) =>
  workbook.sheets.filter((s) => s.visibility === "Visible");

/**
 * Worksheet.getRange(address): a cell or range address, whole columns ("A:A") or rows ("1:1"),
 * a defined name that refers to this sheet, or nothing for the whole sheet.
 */
export function areaOnSheet(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  address?: unknown
): Area {
  if (address === undefined || address === null || address === "") return WHOLE_SHEET;
  const { sheet: named, local } = splitSheet(String(address));
  if (named !== undefined && workbook.sheet(named) !== sheet) throw invalidArgument();
  const area = parseLocal(local);
  if (area) return area;
  const name = [...sheet.names.values(), ...workbook.names.values()].find(
    (n) => n.name.toLowerCase() === local.toLowerCase()
  );
  if (name && "sheet" in name.reference && name.reference.sheet === sheet)
    return name.reference.area;
  throw invalidArgument();
}

export const worksheetTypes = {
  worksheets: {
    className: "WorksheetCollection",
    items: (_c, host) => host.workbook.sheets.map(sheetObject),
    methods: {
      getItem: (_c, [key], host) => sheetObject(findSheet(host.workbook, key) ?? notFound()),
      getItemOrNullObject: (_c, [key], host) => {
        const sheet = findSheet(host.workbook, key);
        return sheet ? sheetObject(sheet) : null;
      },
      getActiveWorksheet: (_c, _a, host) => sheetObject(host.workbook.active),
      getCount: (_c, [visibleOnly], host) =>
        visibleOnly ? visible(host.workbook).length : host.workbook.sheets.length,
      getFirst: (_c, [visibleOnly], host) =>
        sheetObject((visibleOnly ? visible(host.workbook) : host.workbook.sheets)[0]),
      getLast: (_c, [visibleOnly], host) =>
        sheetObject((visibleOnly ? visible(host.workbook) : host.workbook.sheets).at(-1)!),
      add: (_c, [name], host) => {
        const chosen =
          name === undefined || name === null ? freeSheetName(host.workbook) : String(name);
        checkSheetName(host.workbook, chosen);
        return sheetObject(host.workbook.addSheet(chosen));
      },
    },
  } satisfies HostType<ObjectOf<"worksheets">>,

  worksheet: {
    className: "Worksheet",
    id: (w) => w.sheet.id,
    get: {
      name: (w) => w.sheet.name,
      id: (w) => w.sheet.id,
      position: (w, host) => host.workbook.sheets.indexOf(w.sheet),
      visibility: (w) => w.sheet.visibility,
      tabColor: (w) => w.sheet.tabColor,
      standardWidth: () => 8.43,
      standardHeight: () => 15,
      showGridlines: () => true,
      showHeadings: () => true,
      enableCalculation: () => true,
    },
    set: {
      name: (w, value, host) => {
        checkSheetName(host.workbook, String(value), w.sheet);
        w.sheet.name = String(value);
      },
      position: (w, value, host) => {
        const to = Number(value);
        const sheets = host.workbook.sheets;
        if (!Number.isInteger(to) || to < 0 || to >= sheets.length) throw invalidArgument();
        sheets.splice(sheets.indexOf(w.sheet), 1);
        sheets.splice(to, 0, w.sheet);
      },
      visibility: (w, value, host) => {
        if (!["Visible", "Hidden", "VeryHidden"].includes(String(value))) throw invalidArgument();
        const others = visible(host.workbook).filter((s) => s !== w.sheet);
        if (value !== "Visible" && others.length === 0)
          throw invalidOperation("A workbook must keep at least one visible sheet.");
        w.sheet.visibility = value as EmulatedSheet["visibility"];
      },
      tabColor: (w, value) => {
        w.sheet.tabColor = String(value ?? "");
      },
    },
    nav: {
      freezePanes: (w) => ({ kind: "freezePanes", sheet: w.sheet }),
      customProperties: (w) => ({ kind: "customProperties", sheet: w.sheet }),
      tables: (w) => ({ kind: "tables", sheet: w.sheet }),
      comments: (w) => ({ kind: "comments", sheet: w.sheet }),
      names: (w) => ({ kind: "names", sheet: w.sheet }),
      pageLayout: (w) => ({ kind: "pageLayout", sheet: w.sheet }),
      protection: () => {
        throw notEmulated("Worksheet.protection");
      },
    },
    methods: {
      getRange: (w, [address], host) =>
        rangeOf(w.sheet, areaOnSheet(host.workbook, w.sheet, address)),
      getRangeByIndexes: (w, [row, col, rows, cols]) => {
        const area = {
          top: Number(row),
          left: Number(col),
          bottom: Number(row) + Number(rows) - 1,
          right: Number(col) + Number(cols) - 1,
        };
        if (area.top < 0 || area.left < 0 || area.bottom < area.top || area.right < area.left)
          throw invalidArgument();
        return rangeOf(w.sheet, area);
      },
      getCell: (w, [row, col]) => rangeOf(w.sheet, single(Number(row), Number(col))),
      getUsedRange: (w, [valuesOnly]) =>
        rangeOf(w.sheet, w.sheet.usedArea(Boolean(valuesOnly)) ?? single(0, 0)),
      getUsedRangeOrNullObject: (w, [valuesOnly]) => {
        const area = w.sheet.usedArea(Boolean(valuesOnly));
        return area ? rangeOf(w.sheet, area) : null;
      },
      activate: (w, _a, host) => {
        if (w.sheet.visibility !== "Visible")
          throw invalidOperation("A hidden sheet cannot be activated.");
        host.workbook.active = w.sheet;
      },
      delete: (w, _a, host) => {
        const { workbook } = host;
        if (w.sheet.visibility === "VeryHidden")
          throw invalidOperation(
            "A very hidden sheet cannot be deleted; make it hidden or visible first."
          );
        if (visible(workbook).filter((s) => s !== w.sheet).length === 0)
          throw invalidOperation("A workbook must keep at least one visible sheet.");
        workbook.removeSheet(w.sheet);
      },
      calculate: () => undefined,
      getNext: (w, [visibleOnly], host) =>
        neighbour(host.workbook, w.sheet, 1, Boolean(visibleOnly)) ?? notFound(),
      getNextOrNullObject: (w, [visibleOnly], host) =>
        neighbour(host.workbook, w.sheet, 1, Boolean(visibleOnly)),
      getPrevious: (w, [visibleOnly], host) =>
        neighbour(host.workbook, w.sheet, -1, Boolean(visibleOnly)) ?? notFound(),
      getPreviousOrNullObject: (w, [visibleOnly], host) =>
        neighbour(host.workbook, w.sheet, -1, Boolean(visibleOnly)),
      // Worksheet.onChanged: the library registers a sheet's first handler and unregisters its last.
      _RegisterDataChangedEvent: (w, _a, host) => void host.listening.add(w.sheet),
      _UnregisterDataChangedEvent: (w, _a, host) => void host.listening.delete(w.sheet),
    },
  } satisfies HostType<Worksheet>,
};

function neighbour(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  step: number,
  visibleOnly: boolean
) {
  const list = visibleOnly ? visible(workbook) : workbook.sheets;
  const next = list[list.indexOf(sheet) + step];
  return next ? sheetObject(next) : null;
}

function notFound(): never {
  throw itemNotFound();
}
