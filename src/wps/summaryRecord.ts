import { areaA1 } from "../form/address";
import type { OwnSheetCells } from "../form/sheetFingerprint";
import {
  OWN_SHEET_KEYS,
  parseFingerprints,
  type SummaryFingerprints,
} from "../form/summaryRefresh";
import { signatureRow } from "../form/summarySignature";
import { cellInput } from "./applyPlan";
import type { WpsWorkbook, WpsWorksheet } from "./model";
import { addHiddenSheet, findSheet } from "./sheets";
import { numberFormat, usedValues } from "./snapshot";

/**
 * What the add-in wrote on its summary sheets, as row hashes (src/form/sheetFingerprint.ts): in
 * WPS a very hidden sheet, as its other records (docs/wps.md), the counterpart of Excel's custom
 * XML part. One column a sheet (汇总表, 指标明细, 检查结果): its key, then its hashes.
 */
export const SUMMARY_RECORD_SHEET = "_perf_targets_summary";

export function readSummaryRecord(book: WpsWorkbook): Partial<SummaryFingerprints> | null {
  const sheet = findSheet(book, SUMMARY_RECORD_SHEET);
  if (!sheet) return null;
  const { values } = usedValues(sheet);
  const found: Record<string, { rows: string[] }> = {};
  OWN_SHEET_KEYS.forEach((key, col) => {
    if (values[0]?.[col] !== key) return;
    const rows = values.slice(1).map((row) => row[col]);
    // Hashes are written "h…", so that WPS never reads one as a number.
    found[key] = {
      rows: rows.flatMap((h) => (typeof h === "string" && h.startsWith("h") ? [h.slice(1)] : [])),
    };
  });
  return parseFingerprints(found);
}

export function writeSummaryRecord(book: WpsWorkbook, fingerprints: SummaryFingerprints): void {
  const sheet = findSheet(book, SUMMARY_RECORD_SHEET) ?? addHiddenSheet(book, SUMMARY_RECORD_SHEET);
  sheet.Cells.ClearContents();
  const height = 1 + Math.max(...OWN_SHEET_KEYS.map((key) => fingerprints[key].rows.length));
  const rows = Array.from({ length: height }, (_, r) =>
    OWN_SHEET_KEYS.map((key) => {
      if (r === 0) return key;
      const hash = fingerprints[key].rows[r - 1];
      return hash === undefined ? null : `h${hash}`;
    })
  );
  sheet.Range(areaA1({ top: 0, left: 0, bottom: height - 1, right: 2 })).Value2 = rows.map((row) =>
    row.map(cellInput)
  );
}

/** An old own sheet's raw cells; the summary's with its signature row's number formats (a date stays one). */
export function ownCells(worksheet: WpsWorksheet, withFormats: boolean): OwnSheetCells {
  const { origin, values } = usedValues(worksheet);
  const cells: OwnSheetCells = { sheet: worksheet.Name, origin, values };
  const signed = withFormats ? signatureRow(cells) : null;
  if (signed === null) return cells;
  const formats = values.map((line, r) =>
    origin.row + r === signed
      ? line.map((_, c) => numberFormat(worksheet, signed, origin.col + c))
      : []
  );
  return { ...cells, formats };
}
