import type { Area } from "../../form/grid";
import { invalidArgument, invalidOperation, notEmulated, ExcelError } from "../errors";
import { LAST_COL, LAST_ROW, cellCount, contains, overlaps, qualified } from "../model/address";
import { insertCellsDown } from "../model/insertCells";
import { writeInput } from "../model/input";
import { commonStyle, readCells, writeStyle } from "../model/styles";
import { grid, textOf, valueOf, valueType } from "../model/values";
import { clearRange } from "./clear";
import { getCellProperties, setCellProperties } from "./cellProperties";
import type { Host, HostType, ObjectOf } from "./objects";
import { rangeNavigation, rangeOf } from "./rangeNavigation";

type Range = ObjectOf<"range">;

export { rangeOf };

/** Reading a whole sheet's values would exceed Excel on the web's 5 MB response limit. */
const MAX_READ = 2_000_000;
function readable(area: Area): Area {
  if (cellCount(area) > MAX_READ)
    throw new ExcelError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit."
    );
  return area;
}

/** A 2-D input must match the range's shape exactly (Range.values). */
export function checkShape(area: Area, input: unknown): unknown[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((row) => !Array.isArray(row) || row.length !== cols)
  ) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return input as unknown[][];
}

function write(range: Range, input: unknown, through: "values" | "formulas", host: Host) {
  const { sheet, area } = range;
  checkShape(area, input).forEach((row, r) =>
    row.forEach((value, c) => writeInput(sheet, area.top + r, area.left + c, value, through))
  );
  host.workbook.changed({ sheet, area, changeType: "RangeEdited" });
}

/** Excel.Range: values, formulas, text, formats, merges, navigation and cell properties. */
export const rangeType: HostType<Range> = {
  className: "Range",
  get: {
    address: (r) => qualified(r.sheet.name, r.area),
    addressLocal: (r) => qualified(r.sheet.name, r.area),
    values: (r, host) =>
      grid(readable(r.area), (row, col) => valueOf(host.workbook, r.sheet, row, col)),
    formulas: (r) =>
      grid(readable(r.area), (row, col) => {
        const cell = r.sheet.cell(row, col);
        return cell?.formula ?? cell?.value ?? "";
      }),
    formulasLocal: (r, host) => rangeType.get!.formulas(r, host),
    numberFormat: (r) =>
      grid(readable(r.area), (row, col) => r.sheet.cell(row, col)?.numberFormat ?? "General"),
    numberFormatLocal: (r, host) => rangeType.get!.numberFormat(r, host),
    text: (r, host) =>
      grid(readable(r.area), (row, col) => textOf(host.workbook, r.sheet, row, col)),
    valueTypes: (r, host) =>
      grid(readable(r.area), (row, col) => valueType(valueOf(host.workbook, r.sheet, row, col))),
    rowCount: (r) => r.area.bottom - r.area.top + 1,
    columnCount: (r) => r.area.right - r.area.left + 1,
    cellCount: (r) => cellCount(r.area),
    rowIndex: (r) => r.area.top,
    columnIndex: (r) => r.area.left,
    isEntireColumn: (r) => r.area.top === 0 && r.area.bottom === LAST_ROW,
    isEntireRow: (r) => r.area.left === 0 && r.area.right === LAST_COL,
    hyperlink: (r) => commonStyle(r.sheet, readCells(r.sheet, r.area), "hyperlink"),
    style: (r) => commonStyle(r.sheet, readCells(r.sheet, r.area), "style"),
    hidden: () => false,
    rowHidden: () => false,
    columnHidden: () => false,
  },
  set: {
    values: (r, value, host) => write(r, value, "values", host),
    formulas: (r, value, host) => write(r, value, "formulas", host),
    formulasLocal: (r, value, host) => write(r, value, "formulas", host),
    numberFormat: (r, value) =>
      checkShape(r.area, value).forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null) return;
          const [at, col] = [r.area.top + i, r.area.left + j];
          const cell = r.sheet.cell(at, col) ?? { value: "" };
          r.sheet.setCell(at, col, { ...cell, numberFormat: String(format) });
        })
      ),
    numberFormatLocal: (r, value, host) => rangeType.set!.numberFormat(r, value, host),
    hyperlink: (r, value) => writeStyle(r.sheet, r.area, "hyperlink", value ?? undefined),
    style: (r, value) =>
      writeStyle(r.sheet, r.area, "style", value === "Normal" ? undefined : value),
  },
  nav: {
    format: (r) => ({ kind: "rangeFormat", sheet: r.sheet, area: r.area }),
    dataValidation: (r) => ({ kind: "dataValidation", sheet: r.sheet, area: r.area }),
    conditionalFormats: (r) => ({ kind: "conditionalFormats", sheet: r.sheet, area: r.area }),
    worksheet: (r) => ({ kind: "worksheet", sheet: r.sheet }),
  },
  methods: {
    ...rangeNavigation,
    // The library splits writes of more than 1,500 cells (ExcelApi 1.3) and checks the shape first.
    _ValidateArraySize: (r, [rows, cols]) => {
      if (
        Number(rows) !== r.area.bottom - r.area.top + 1 ||
        Number(cols) !== r.area.right - r.area.left + 1
      )
        throw invalidArgument(
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      return undefined;
    },
    merge: (r, [across]) => merge(r, Boolean(across)),
    unmerge: (r) => {
      const kept = r.sheet.merges.filter((m) => !overlaps(m, r.area));
      r.sheet.merges.splice(0, r.sheet.merges.length, ...kept);
      return undefined;
    },
    getMergedAreasOrNullObject: (r) => {
      // Only merged areas whose top-left cell lies in the range (office-js #3611).
      const areas = r.sheet.merges.filter((m) =>
        contains(r.area, { ...m, bottom: m.top, right: m.left })
      );
      return areas.length > 0 ? { kind: "rangeAreas", sheet: r.sheet, areas } : null;
    },
    clear: (r, [applyTo], host) =>
      clearRange(host.workbook, r.sheet, r.area, String(applyTo ?? "All")),
    select: (r, _args, host) => {
      r.sheet.selection = r.area;
      host.workbook.active = r.sheet;
      return undefined;
    },
    calculate: () => undefined,
    getCellProperties: (r, [shape]) => getCellProperties(r.sheet, r.area, shape),
    setCellProperties: (r, [values]) => setCellProperties(r.sheet, r.area, values),
    insert: (r, [shift], host) => {
      if (shift !== "Down") throw notEmulated(`Range.insert("${String(shift)}")`);
      const area = insertCellsDown(host.workbook, r.sheet, r.area);
      const entireRows = area.left === 0 && area.right === LAST_COL;
      host.workbook.changed({
        sheet: r.sheet,
        area: { ...area, bottom: LAST_ROW },
        changeType: entireRows ? "RowInserted" : "CellInserted",
      });
      return { kind: "range", sheet: r.sheet, area };
    },
    delete: () => {
      throw notEmulated("Range.delete");
    },
  },
};

/**
 * Range.merge: one area, or one per row when `across`. What Excel does with the other cells'
 * values is undocumented; like its UI, only the upper-left value is kept (a guess, docs/emulator.md).
 */
function merge(r: Range, across: boolean): undefined {
  const parts = across
    ? Array.from({ length: r.area.bottom - r.area.top + 1 }, (_, i) => ({
        ...r.area,
        top: r.area.top + i,
        bottom: r.area.top + i,
      }))
    : [r.area];
  if (parts.some((part) => r.sheet.merges.some((m) => overlaps(m, part))))
    throw invalidOperation("Cannot merge cells that are already merged.");
  for (const part of parts) {
    if (part.top === part.bottom && part.left === part.right) continue;
    for (const [row, col, cell] of [...r.sheet.storedCells(part)]) {
      if (row === part.top && col === part.left) continue;
      const rest = { ...cell, value: "" as const };
      delete rest.formula;
      r.sheet.setCell(row, col, rest);
    }
    r.sheet.merges.push(part);
  }
  return undefined;
}
