/** The core's public entry: read, check and plan forms, with no Office.js, DOM or Node. */
export { readSheet, type ReadForm } from "./reader";
export { templatePlan, formPlan } from "./templatePlan";
export { gridFromPlan } from "./gridFromPlan";
export { checkSheet } from "./check";
export {
  addToSummary,
  buildReport,
  checkFile,
  emptySummary,
  fileFindings,
  unreadableFileReport,
  type ReportSummary,
} from "./report";
export { readableValue } from "./cellDisplay";
export { catalogue, findingMessage, metaOf } from "./catalogue";
export { renderMessage, type MessageData, type RuleMeta } from "./message";
export type { Bilingual, Locale } from "./locale";
export {
  findingText,
  hasPlace,
  sortFindings,
  type Finding,
  type FindingScope,
  type FileReport,
  type FormReport,
  type Report,
} from "./finding";
export { SEVERITY_FILL, SEVERITY_LABEL, bySeverity, type Severity } from "./severity";
export type { GridSnapshot, CellValue, Area } from "./grid";
export type { SheetPlan, PlanOp } from "./plan";
export type { FormRecord } from "./record";
export { filledIndicators, isBlankIndicator } from "./filledIndicators";
