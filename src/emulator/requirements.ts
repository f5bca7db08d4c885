import { ExcelError } from "./errors";

/**
 * The ExcelApi requirement set that brought each member (from the Excel JavaScript API reference,
 * learn.microsoft.com/javascript/api/excel/…). Members not listed are ExcelApi 1.1.
 */
const MEMBER_SETS: Record<string, string> = {
  GetItemOrNullObject: "1.4",
  GetUsedRangeOrNullObject: "1.4",
  GetMergedAreasOrNullObject: "1.13",
  SuspendApiCalculationUntilNextSync: "1.6",
  DataValidation: "1.8",
  Merge: "1.2",
  Unmerge: "1.2",
  GetCell: "1.1",
  ColumnWidth: "1.2",
  RowHeight: "1.2",
  WrapText: "1.1",
  GetCellProperties: "1.9",
  InsertWorksheetsFromBase64: "1.13",
  SetCellProperties: "1.9",
};

export type Supports = (set: string, version: string) => boolean;

/** Fail a member above the host's requirement sets the way Excel does. */
export function requireMember(supports: Supports, member: string): void {
  const version = MEMBER_SETS[member];
  if (version && !supports("ExcelApi", version)) {
    throw new ExcelError(
      "ApiNotFound",
      `${member} needs ExcelApi ${version}, which this host does not support.`,
      404
    );
  }
}
