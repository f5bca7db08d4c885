/**
 * The add-in's Excel operations (docs/addin.md): the only code that calls Excel.run. The task
 * pane and the ribbon commands call these; every decision is the core's.
 */
export { insertTemplate, type InsertOptions, type Inserted } from "./insertTemplate";
export {
  indicatorRowTarget,
  insertIndicatorRow,
  type IndicatorRowTarget,
  type InsertedRow,
} from "./insertIndicatorRow";
export { AddinError } from "./errors";
export { FEATURE_SETS, supports, type Feature } from "./features";
export { checkSheet, checkWorkbook, type CheckOptions, type CheckResult } from "./check";
export { clearMarks, type Cleared } from "./clearMarks";
export { applyFixes } from "./applyFixes";
export { fixesToUndo, undoFixes } from "./undoFixes";
export type { FixedCell } from "./fixRecord";
export { mergeIntoSummary, type MergeOptions, type Merged } from "./merge";
export { selectCell } from "./selectCell";
export { addSheets } from "./addSheets";
export {
  importWorkbooks,
  MAX_IMPORT_BYTES,
  type ImportFile,
  type ImportOptions,
  type ImportOutcome,
} from "./importWorkbooks";
export { watchChanges, type ChangeListener } from "./watch";
export { selfTestText } from "./selfTestText";
export {
  selfTest,
  type SelfTestItem,
  type SelfTestResult,
  type SelfTestEnvironment,
} from "./selfTest";
