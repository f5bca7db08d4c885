/**
 * The sheets the add-in makes (the summary, 指标明细, 检查结果) are never forms (docs/addin.md,
 * "The add-in's own sheets"). Each carries a hidden sheet-scoped name: unlike a workbook-scoped
 * one, Excel keeps it with the sheet when the person renames or moves it, and gives the copy its
 * own when the person copies it, so a copied summary is still known as ours. Sheet-scoped names
 * are ExcelApi 1.4, within the add-in's minimum.
 */
export const OWN_SHEET_MARK = "_PerfTargetsOwnSheet";

/** The workbook-scoped name that finds the summary sheet the add-in made, to refresh it. */
export const SUMMARY_NAME = "_PerfTargetsSummary";
/** The same for the indicator table's sheet, which has its own column widths. */
export const INDICATORS_NAME = "_PerfTargetsIndicators";

/** Mark a sheet the add-in has just added as its own (queued, no sync). */
export function markOwnSheet(worksheet: Excel.Worksheet): void {
  worksheet.names.add(OWN_SHEET_MARK, worksheet.getRange("A1")).visible = false;
}

/** The sheet a name's formula points at: ='汇总表'!$A$1 → 汇总表; #REF! (deleted) → null. */
export function sheetOfFormula(formula: string): string | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** A sheet's mark, queued with its other reads; `isOwn` answers once the batch has synced. */
export interface PendingOwnership {
  mark: Excel.NamedItem;
}

export function queueOwnership(worksheet: Excel.Worksheet): PendingOwnership {
  const mark = worksheet.names.getItemOrNullObject(OWN_SHEET_MARK);
  mark.load("name");
  return { mark };
}

/**
 * The workbook-scoped names queued with a check's first read: a summary made before sheets
 * carried their own mark is still known by the names that point at it.
 */
export function queueOwnNames(book: Excel.Workbook): Excel.NamedItemCollection {
  book.names.load("items/name, items/formula");
  return book.names;
}

/** Whether a loaded sheet is one of the add-in's own, by its mark or by an older workbook name. */
export function isOwn(
  sheet: string,
  pending: PendingOwnership,
  names: Excel.NamedItemCollection
): boolean {
  if (!pending.mark.isNullObject) return true;
  return names.items.some(
    (n) =>
      (n.name === SUMMARY_NAME || n.name === INDICATORS_NAME) &&
      sheetOfFormula(n.formula)?.toLowerCase() === sheet.toLowerCase()
  );
}
