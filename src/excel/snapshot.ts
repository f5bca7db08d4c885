import { readableValue } from "../form/cellDisplay";
import { parseArea } from "../form/address";
import type { CellValue, GridSnapshot } from "../form/grid";
import { areasOfAddressList } from "./addresses";
import type { Capabilities } from "./features";

/** A sheet's cells queued for loading; turned into a snapshot once the batch has synced. */
export interface PendingSnapshot {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/**
 * Queue what a snapshot needs, without syncing: the worksheet's name and id, the used range of
 * values (formatting alone does not make a form) with number formats, and, where the host has
 * them (ExcelApi 1.13), its merged areas. Call for every sheet, then sync once.
 */
export function queueSnapshot(worksheet: Excel.Worksheet, caps: Capabilities): PendingSnapshot {
  worksheet.load("name, id");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address, values, numberFormat, rowIndex, columnIndex");
  let merged: Excel.RangeAreas | null = null;
  if (caps.mergedAreas) {
    merged = used.getMergedAreasOrNullObject();
    merged.load("address");
  }
  return { worksheet, used, merged };
}

/**
 * The core's view of a loaded sheet. Number cells are read as the person sees them (1 with a
 * percent format is "100%") from the value and its number format, never from Range.text, which
 * shows #### in a narrow column.
 */
export function toSnapshot(pending: PendingSnapshot): GridSnapshot {
  const sheet = pending.worksheet.name;
  const used = pending.used;
  if (used.isNullObject) return { sheet, origin: { row: 0, col: 0 }, values: [], merges: [] };
  const formats = used.numberFormat as string[][];
  const values = (used.values as unknown[][]).map((row, r) =>
    row.map((value, c): CellValue => readableValue(cellValue(value), formats[r]?.[c]))
  );
  const merges =
    pending.merged && !pending.merged.isNullObject
      ? areasOfAddressList(pending.merged.address)
      : [];
  return { sheet, origin: { row: used.rowIndex, col: used.columnIndex }, values, merges };
}

/** Excel gives "" for an empty cell; the core wants null. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

/** The A1 area of a loaded range, for callers that place things relative to it. */
export const usedArea = (pending: PendingSnapshot) =>
  pending.used.isNullObject ? null : parseArea(pending.used.address);
