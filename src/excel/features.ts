/**
 * Which Excel feature needs which ExcelApi requirement set (docs/addin.md, "Versions of Excel").
 * The manifest asks for 1.8 (Excel 2019); everything above it is detected when it is used, and
 * every operation has a fallback or a plain message for hosts without it.
 */
export const FEATURE_SETS = {
  /** Conditional formats: the highlight fills (so the cell's own fill is never touched). */
  conditionalFormats: "1.6",
  /** Hyperlinks to other sheets (the summary's links) and freeze panes. */
  hyperlinks: "1.7",
  /** Frozen header rows and columns. */
  freezePanes: "1.7",
  /** Live re-check on edit (Worksheet.onChanged). */
  changeEvents: "1.7",
  /** Data-validation input prompts: the message carrier before comments. */
  dataValidation: "1.8",
  /** Page layout (A4, fit to width, print titles). */
  pageLayout: "1.9",
  /** Fill pattern, which tells "no fill" from a white fill. */
  fillPattern: "1.9",
  /** Threaded comments: the message carrier from Excel 2021 / Microsoft 365. */
  comments: "1.10",
  /** A conditional format by an id that may be gone (getItemOrNullObject): marks found by record. */
  formatsById: "1.14",
  /** Merged areas of a range, and inserting the sheets of another workbook. */
  mergedAreas: "1.13",
  insertWorksheets: "1.13",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export function supports(feature: Feature): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", FEATURE_SETS[feature]);
}

/** Each feature answered once per operation, so a plan applier can branch without asking again. */
export type Capabilities = Record<Feature, boolean>;

export function capabilities(): Capabilities {
  const entries = (Object.keys(FEATURE_SETS) as Feature[]).map((f) => [f, supports(f)] as const);
  return Object.fromEntries(entries) as Capabilities;
}
