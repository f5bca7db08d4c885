import * as excel from "../excel";
import { readWorkbook } from "../xlsx";
import type { PaneActions } from "./actions";

/** The pane's actions, as src/excel performs them in Excel; picked files read by src/xlsx. */
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
    importWorkbooks: (files, onProgress) =>
      excel.importWorkbooks(files, { readGrids: (bytes) => readWorkbook(bytes), onProgress }),
    selectCell: excel.selectCell,
    watchChanges: excel.watchChanges,
    selfTest: excel.selfTest,
    selfTestText: excel.selfTestText,
  };
}
