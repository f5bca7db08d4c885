import { markLines, type CellMark } from "../form/marks";
import type { Locale } from "../form/locale";
import type { Severity } from "../form/severity";
import { bgr, cellInput } from "./applyPlan";
import { cellA1, parseArea } from "../form/address";
import type { Area } from "../form/grid";
import { XL, type WpsRange, type WpsWorkbook, type WpsWorksheet } from "./model";
import { addHiddenSheet, findSheet, worksheets } from "./sheets";

/**
 * A check's marks in WPS (docs/wps.md, "Marks"), with Excel's guarantees: the person's own fills,
 * comments and validation are never written.
 * - The fill is a conditional format whose formula carries our tag, so removing it shows exactly
 *   the fill that was there.
 * - The message is a comment, only on a cell that has none of the person's. What we wrote is
 *   recorded on a very hidden sheet of the workbook, so a clear (by anyone, after a reopen) removes
 *   exactly our comments, found by their recorded text wherever rows have moved them; a person's
 *   comment is never ours, whatever it says.
 */
const FORMULA_TAG = "perf-targets";
const markFormula = (severity: Severity) => `=N("${FORMULA_TAG}:${severity}")=0`;
const isOurFormula = (formula: string) => formula.includes(`N("${FORMULA_TAG}:`);
/** The very hidden sheet that records our comments: one row per comment, sheet and text. */
export const RECORD_SHEET = "_perf_targets_marks";
const MAX_COMMENT = 2000;

export interface MarkCount {
  marked: number;
  unmarked: number;
}

/** Replace the marks of the given sheets with these (marks on other sheets are left alone). */
export function remark(
  book: WpsWorkbook,
  sheets: WpsWorksheet[],
  marks: CellMark[],
  locale: Locale
): MarkCount {
  const unmarked = removeMarks(book, sheets);
  const record: [string, string][] = [];
  for (const worksheet of sheets)
    for (const mark of marks.filter((m) => m.sheet === worksheet.Name)) {
      const cell = worksheet.Range(mark.cell);
      cell.FormatConditions.Add(
        XL.expression,
        undefined,
        markFormula(mark.severity)
      ).Interior.Color = bgr(mark.fill);
      if (cell.Comment) continue;
      const text = markLines(mark, locale).join("\n").slice(0, MAX_COMMENT);
      cell.AddComment(text);
      record.push([worksheet.Name, text]);
    }
  writeRecord(book, [
    ...readRecord(book).filter(([s]) => !sheets.some((w) => w.Name === s)),
    ...record,
  ]);
  return { marked: marks.length, unmarked };
}

/** Remove our marks from the given sheets; returns how many fills were removed. */
export function removeMarks(book: WpsWorkbook, sheets: WpsWorksheet[]): number {
  const recorded = readRecord(book);
  let removed = 0;
  const anywhere = new Set(recorded.map(([, text]) => text));
  for (const worksheet of sheets) {
    const marked = markedCells(worksheet);
    const conditions = worksheet.Cells.FormatConditions;
    for (let i = conditions.Count; i >= 1; i--) {
      const condition = conditions.Item(i);
      if (!isOurFormula(condition.Formula1)) continue;
      condition.Delete();
      removed++;
    }
    const ours = new Set(recorded.filter(([s]) => s === worksheet.Name).map(([, t]) => t));
    const comments = worksheet.Comments;
    for (let i = comments.Count; i >= 1; i--) {
      const comment = comments.Item(i);
      const text = comment.Text();
      // A sheet the person copied carries our comments under another sheet's record, on cells
      // that carry our fill too: those are ours, and a person's comment never has both.
      const copied = anywhere.has(text) && marked.has(addressOf(comment.Parent));
      if (ours.has(text) || copied) comment.Delete();
    }
  }
  // Rows of sheets the person deleted go too: nothing is left of them to clear.
  const existing = sheetNames(book);
  writeRecord(
    book,
    recorded.filter(([s]) => existing.has(s) && !sheets.some((w) => w.Name === s))
  );
  return removed;
}

/** The cells our conditional formats cover (what a check filled), by address. */
function markedCells(worksheet: WpsWorksheet): Set<string> {
  const cells = new Set<string>();
  const conditions = worksheet.Cells.FormatConditions;
  for (let i = 1; i <= conditions.Count; i++) {
    const condition = conditions.Item(i);
    if (!isOurFormula(condition.Formula1)) continue;
    const area = parseArea(String(condition.AppliesTo.Address(false, false)));
    if (area) for (const cell of cellsOf(area)) cells.add(cell);
  }
  return cells;
}

const addressOf = (range: unknown) => String((range as WpsRange).Address(false, false));

function cellsOf(area: Area): string[] {
  const cells: string[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) cells.push(cellA1(r, c));
  return cells;
}

const sheetNames = (book: WpsWorkbook) => new Set(worksheets(book).map((s) => s.Name));

function recordSheet(book: WpsWorkbook, create: boolean): WpsWorksheet | null {
  return findSheet(book, RECORD_SHEET) ?? (create ? addHiddenSheet(book, RECORD_SHEET) : null);
}

function readRecord(book: WpsWorkbook): [string, string][] {
  const sheet = recordSheet(book, false);
  if (!sheet) return [];
  const value = sheet.UsedRange.Value2;
  const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  return rows
    .filter((row) => typeof row[0] === "string" && typeof row[1] === "string")
    .map((row) => [row[0] as string, row[1] as string]);
}

/** The record anew; with nothing left to record, its sheet goes too, leaving the workbook as it was. */
function writeRecord(book: WpsWorkbook, rows: [string, string][]): void {
  const sheet = recordSheet(book, rows.length > 0);
  if (!sheet) return;
  if (rows.length === 0) {
    sheet.Delete();
    return;
  }
  sheet.Cells.ClearContents();
  if (rows.length > 0)
    sheet.Range(`A1:B${rows.length}`).Value2 = rows.map((row) => row.map(cellInput));
}
