import type { Area } from "../../form/grid";
import { invalidArgument, invalidOperation, notEmulated, ExcelError } from "../errors";
import {
  LAST_COL,
  LAST_ROW,
  cellCount,
  contains,
  overlaps,
  parseLocal,
  qualified,
} from "../model/address";
import { writeInput } from "../model/input";
import type { EmulatedSheet } from "../model/sheet";
import { commonStyle, readCells, writeStyle } from "../model/styles";
import { grid, textOf, valueOf, valueType } from "../model/values";
import { clearRange } from "./clear";
import { getCellProperties, setCellProperties } from "./cellProperties";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";

type Range = ObjectOf<"range">;

export const rangeOf = (sheet: EmulatedSheet, area: Area): Range => ({
  kind: "range",
  sheet,
  area,
});

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

/** An area that must lie inside the grid and not be inside out (InvalidArgument otherwise). */
function checked(next: Area): Area {
  const outside = next.top < 0 || next.left < 0 || next.bottom > LAST_ROW || next.right > LAST_COL;
  if (outside || next.bottom < next.top || next.right < next.left) throw invalidArgument();
  return next;
}

const moved = (area: Area, rows: number, cols: number): Area =>
  checked({
    top: area.top + rows,
    left: area.left + cols,
    bottom: area.bottom + rows,
    right: area.right + cols,
  });

function write(range: Range, input: unknown, through: "values" | "formulas", host: Host) {
  const { sheet, area } = range;
  checkShape(area, input).forEach((row, r) =>
    row.forEach((value, c) => writeInput(sheet, area.top + r, area.left + c, value, through))
  );
  host.workbook.changed({ sheet, area, changeType: "RangeEdited" });
}

const bounding = (a: Area, b: Area): Area => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

function intersection(a: Area, b: Area): Area | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

const otherArea = (range: Range, other: unknown): Area => {
  const target = other as HostObject;
  if (target?.kind === "range" && target.sheet === range.sheet) return target.area;
  const area = typeof other === "string" ? parseLocal(other) : null;
  if (area) return area;
  throw invalidArgument();
};

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
    getCell: (r, [row, col]) =>
      rangeOf(
        r.sheet,
        moved({ ...r.area, bottom: r.area.top, right: r.area.left }, Number(row), Number(col))
      ),
    getRow: (r, [row]) =>
      rangeOf(r.sheet, moved({ ...r.area, bottom: r.area.top }, Number(row), 0)),
    getColumn: (r, [col]) =>
      rangeOf(r.sheet, moved({ ...r.area, right: r.area.left }, 0, Number(col))),
    getLastCell: (r) =>
      rangeOf(r.sheet, {
        top: r.area.bottom,
        left: r.area.right,
        bottom: r.area.bottom,
        right: r.area.right,
      }),
    getLastRow: (r) => rangeOf(r.sheet, { ...r.area, top: r.area.bottom }),
    getLastColumn: (r) => rangeOf(r.sheet, { ...r.area, left: r.area.right }),
    getEntireRow: (r) => rangeOf(r.sheet, { ...r.area, left: 0, right: LAST_COL }),
    getEntireColumn: (r) => rangeOf(r.sheet, { ...r.area, top: 0, bottom: LAST_ROW }),
    getResizedRange: (r, [rows, cols]) =>
      rangeOf(
        r.sheet,
        checked({
          ...r.area,
          bottom: r.area.bottom + Number(rows),
          right: r.area.right + Number(cols),
        })
      ),
    getOffsetRange: (r, [rows, cols]) =>
      rangeOf(r.sheet, moved(r.area, Number(rows), Number(cols))),
    getAbsoluteResizedRange: (r, [rows, cols]) =>
      rangeOf(
        r.sheet,
        checked({
          ...r.area,
          bottom: r.area.top + Number(rows) - 1,
          right: r.area.left + Number(cols) - 1,
        })
      ),
    getBoundingRect: (r, [other]) => rangeOf(r.sheet, bounding(r.area, otherArea(r, other))),
    getIntersection: (r, [other]) => {
      const area = intersection(r.area, otherArea(r, other));
      if (!area) throw invalidArgument();
      return rangeOf(r.sheet, area);
    },
    getIntersectionOrNullObject: (r, [other]) => {
      const area = intersection(r.area, otherArea(r, other));
      return area ? rangeOf(r.sheet, area) : null;
    },
    getUsedRange: (r, [valuesOnly]) => {
      const used = r.sheet.usedArea(Boolean(valuesOnly));
      const area = used && intersection(used, r.area);
      return rangeOf(r.sheet, area ?? { ...r.area, bottom: r.area.top, right: r.area.left });
    },
    getUsedRangeOrNullObject: (r, [valuesOnly]) => {
      const used = r.sheet.usedArea(Boolean(valuesOnly));
      const area = used && intersection(used, r.area);
      return area ? rangeOf(r.sheet, area) : null;
    },
    getRowsAbove: (r, [count = 1]) =>
      rangeOf(
        r.sheet,
        checked({ ...r.area, bottom: r.area.top - 1, top: r.area.top - Number(count) })
      ),
    getRowsBelow: (r, [count = 1]) =>
      rangeOf(
        r.sheet,
        checked({ ...r.area, top: r.area.bottom + 1, bottom: r.area.bottom + Number(count) })
      ),
    getColumnsBefore: (r, [count = 1]) =>
      rangeOf(
        r.sheet,
        checked({ ...r.area, right: r.area.left - 1, left: r.area.left - Number(count) })
      ),
    getColumnsAfter: (r, [count = 1]) =>
      rangeOf(
        r.sheet,
        checked({ ...r.area, left: r.area.right + 1, right: r.area.right + Number(count) })
      ),
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
    insert: () => {
      throw notEmulated("Range.insert");
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
