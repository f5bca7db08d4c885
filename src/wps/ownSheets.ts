/**
 * A sheet the add-in made carries a hidden sheet-scoped name, as in Excel (src/excel/ownSheets.ts):
 * it stays with the sheet through rename and move, and a copy gets its own.
 */
export const OWN_SHEET_MARK = "_PerfTargetsOwnSheet";
