import type { Finding } from "../form/finding";
import { fixesToWrite, staleFixes, type AppliedFix } from "../form/fixes";
import { cellInput } from "./applyPlan";
import { WpsError } from "./errors";
import { readFixRecord, writeFixRecord, type WpsFixedCell } from "./fixRecord";
import type { WpsRange, WpsWorkbook } from "./model";
import { sheetNamed } from "./sheets";
import { readSnapshot } from "./snapshot";

/**
 * Fixes and their undo in WPS (docs/wps.md, "Fixes"), with Excel's semantics (docs/addin.md,
 * "Fixes"): all or none, only while the same check still proposes each fix; what each cell held
 * before is recorded in the workbook (./fixRecord.ts), and 撤销修正 puts exactly that back unless
 * the person has changed a fixed cell since.
 */
/** What an undo did: the cells put back, or, when some were edited since, those (and nothing undone). */
export interface Undone {
  undone: WpsFixedCell[];
  edited: WpsFixedCell[];
}

/** What to write to put a cell back: its formula, or its constant as typed. */
function asTyped(range: WpsRange): WpsFixedCell["before"] {
  const formula = range.Formula;
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  const value = range.Value2;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return cellInput(String(value ?? "")) as string;
}

export function applyFixes(book: WpsWorkbook, findings: readonly Finding[]): AppliedFix[] {
  const wanted = fixesToWrite(findings);
  const sheets = [...new Set(wanted.map((f) => f.sheet))].map((n) => sheetNamed(book, n));
  const stale = staleFixes(wanted, sheets.map(readSnapshot));
  if (stale.length > 0)
    throw new WpsError(
      `${stale.length} 处修正已过时：单元格已改动，请重新校验。`,
      `${stale.length} fix(es) are out of date: the cells changed since the check; check again.`
    );
  const fixed: WpsFixedCell[] = wanted.map((finding) => {
    const range = sheetNamed(book, finding.sheet).Range(finding.fix!.cell);
    return {
      sheet: finding.sheet,
      cell: finding.fix!.cell,
      code: finding.code,
      before: asTyped(range),
      numberFormat: String(range.NumberFormat ?? "General"),
      after: finding.fix!.value,
    };
  });
  for (const cell of fixed)
    sheetNamed(book, cell.sheet).Range(cell.cell).Value2 = cellInput(cell.after);
  // An empty batch leaves the last record alone, as Excel writes none when it has no fix.
  if (fixed.length > 0) writeFixRecord(book, fixed);
  return fixed.map((c) => ({
    sheet: c.sheet,
    cell: c.cell,
    code: c.code,
    value: c.after,
    before: String(c.before),
  }));
}

/** The cells the workbook's record would put back. */
export const fixesToUndo = (book: WpsWorkbook): WpsFixedCell[] => readFixRecord(book);

/**
 * Put back what the last fixes replaced, each cell's number format and its formula or constant,
 * then forget the record. All or none: a cell changed since the fix is never overwritten.
 */
export function undoFixes(book: WpsWorkbook): Undone {
  const cells = readFixRecord(book);
  const range = (c: WpsFixedCell) => sheetNamed(book, c.sheet).Range(c.cell);
  const edited = cells.filter((c) => String(range(c).Value2 ?? "") !== c.after);
  if (edited.length > 0) return { undone: [], edited };
  for (const c of cells) {
    const cell = range(c);
    cell.NumberFormat = c.numberFormat;
    cell.Value2 = c.before;
  }
  writeFixRecord(book, []);
  return { undone: cells, edited: [] };
}
