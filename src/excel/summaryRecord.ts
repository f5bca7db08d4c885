import type { OwnSheetCells } from "../form/sheetFingerprint";
import { parseFingerprints, type SummaryFingerprints } from "../form/summaryRefresh";
import type { CellValue } from "../form/grid";
import { jsonOfXml, jsonXml } from "./xmlRecord";

/**
 * What the add-in wrote on its summary sheets, as row hashes (src/form/sheetFingerprint.ts), kept
 * in a custom XML part like the add-in's other records (ExcelApi 1.5, so Excel 2019 too): a
 * refresh compares the old sheets with it to know what the person wrote there (docs/addin.md,
 * "Summary"). Read with the merge's first read and written with its first write: no sync of its own.
 */
export const SUMMARY_RECORD_NAMESPACE = "urn:perf-targets:summary:1";
const ROOT = "summaryFingerprints";

export interface PendingSummaryRecord {
  part: Excel.CustomXmlPart;
  xml: OfficeExtension.ClientResult<string>;
}

export function queueSummaryRecord(book: Excel.Workbook): PendingSummaryRecord {
  const part = book.customXmlParts
    .getByNamespace(SUMMARY_RECORD_NAMESPACE)
    .getOnlyItemOrNullObject();
  part.load("id");
  // A null object's getXml answers nothing and fails nothing (src/excel/markRecord.ts).
  return { part, xml: part.getXml() };
}

export const storedFingerprints = (pending: PendingSummaryRecord) =>
  pending.part.isNullObject ? null : parseFingerprints(jsonOfXml(ROOT, pending.xml.value));

export function queueWriteSummaryRecord(
  book: Excel.Workbook,
  pending: PendingSummaryRecord,
  fingerprints: SummaryFingerprints
): void {
  const xml = jsonXml(ROOT, SUMMARY_RECORD_NAMESPACE, fingerprints);
  if (pending.part.isNullObject) book.customXmlParts.add(xml);
  else pending.part.setXml(xml);
}

/** An old own sheet's cells, raw (numbers as numbers), queued with the merge's read of the forms. */
export interface PendingOwnCells {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableCollection;
  withFormats: boolean;
}

export function queueOwnCells(worksheet: Excel.Worksheet, withFormats: boolean): PendingOwnCells {
  worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject(true);
  // Number formats only where they are carried (the summary's signatures): the check sheet can be large.
  if (withFormats) used.load("values, numberFormat, rowIndex, columnIndex");
  else used.load("values, rowIndex, columnIndex");
  const tables = worksheet.tables;
  tables.load("items/name");
  return { worksheet, used, tables, withFormats };
}

export function ownCells(pending: PendingOwnCells): OwnSheetCells {
  const sheet = pending.worksheet.name;
  const used = pending.used;
  if (used.isNullObject) return { sheet, origin: { row: 0, col: 0 }, values: [] };
  const values = (used.values as unknown[][]).map((row) => row.map(rawValue));
  const formats = pending.withFormats ? (used.numberFormat as string[][]) : undefined;
  return {
    sheet,
    origin: { row: used.rowIndex, col: used.columnIndex },
    values,
    ...(formats ? { formats } : {}),
  };
}

function rawValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}
