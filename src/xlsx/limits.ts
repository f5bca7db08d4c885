/**
 * What the reader refuses to read, so that one hostile or broken file costs a bounded amount of
 * time and memory (README, "Limits"). Sizes are checked against the zip's directory before any
 * part is inflated, and inflation itself stops at the limit whatever the directory claims.
 */
export interface WorkbookLimits {
  /** The unpacked size of any one part the reader opens (a sheet, the shared strings, the styles). */
  partBytes: number;
  /** The unpacked size of all the parts it opens, together. */
  totalBytes: number;
  /**
   * Cells holding a value or a formula over all sheets, plus the cells merged areas cover (each
   * area counted up to 10,000 cells, the most the core reads of one).
   */
  cells: number;
  /** Rows × columns of one sheet's used range, from A1: what the core's sheet index spans. */
  sheetArea: number;
}

const MiB = 1024 * 1024;

/**
 * About 100 times what a workbook of forms needs: a sheet of 1,000 stacked forms is ~6 MB of
 * XML, ~60,000 cells and a used range of 21,000 rows by 5 columns; 100,000 rows of noise beside
 * a form stay well inside. A stray value in the sheet's far corner (XFD1048576) does not.
 */
export const DEFAULT_LIMITS: WorkbookLimits = {
  partBytes: 128 * MiB,
  totalBytes: 256 * MiB,
  cells: 2_000_000,
  sheetArea: 20_000_000,
};

/** "128 MB" (or "244 KB") for a message. */
export const megabytes = (bytes: number) =>
  bytes < MiB ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / MiB)} MB`;
