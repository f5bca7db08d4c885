import * as excel from "../excel";
import type { PaneActions } from "./actions";

/**
 * Picked workbooks are read by src/xlsx, loaded only when a person imports: the reader and its
 * inflater are about 12 KB of the pane's gzipped bytes that most sessions never use (docs/addin.md,
 * "Bundle").
 */
const readGrids = async (bytes: Uint8Array) =>
  (await import(/* webpackChunkName: "xlsx" */ "../xlsx")).readWorkbook(bytes);

/** The pane's actions, as src/excel performs them in Excel. */
export function excelActions(): PaneActions {
  return {
    insertTemplate: excel.insertTemplate,
    indicatorRowTarget: excel.indicatorRowTarget,
    insertIndicatorRow: excel.insertIndicatorRow,
    checkSheet: excel.checkSheet,
    checkWorkbook: excel.checkWorkbook,
    clearMarks: excel.clearMarks,
    applyFixes: excel.applyFixes,
    undoFixes: excel.undoFixes,
    fixesToUndo: excel.fixesToUndo,
    mergeIntoSummary: excel.mergeIntoSummary,
    importWorkbooks: (files, onProgress) => excel.importWorkbooks(files, { readGrids, onProgress }),
    selectCell: excel.selectCell,
    watchChanges: excel.watchChanges,
    selfTest: excel.selfTest,
    selfTestText: excel.selfTestText,
  };
}
