/** What one cell holds once an adapter has read it: rich text is flattened, formulas give their cached result. */
export type CellValue = string | number | boolean | null;

/** A rectangle in absolute, 0-based sheet coordinates; both ends inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell's absolute 0-based position, like an Area's corners. */
export interface CellPosition {
  row: number;
  col: number;
}

/**
 * The core's only view of a worksheet: the values of its used range, where that range starts,
 * and the merged areas. Adapters (Office.js, ExcelJS, text) produce it; the core never sees more.
 */
export interface GridSnapshot {
  sheet: string;
  /** Absolute 0-based position of values[0][0] (a used range need not start at A1). */
  origin: { row: number; col: number };
  /** Row-major; rows may be ragged, a missing cell reads as null. */
  values: CellValue[][];
  /** Absolute coordinates, like origin. */
  merges: Area[];
  /**
   * Formula cells saved without a result (a workbook a program wrote and nobody opened in Excel
   * since): their value reads as null, and the check says the form cannot be checked there. Only
   * the .xlsx reader sets it; Excel always has a result to give.
   */
  uncalculated?: CellPosition[];
}

/** The value at an absolute position, or null outside the snapshot. */
export function cellAt(grid: GridSnapshot, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

/** The absolute extent of the snapshot's values (an empty grid gives an empty area: bottom < top). */
export function gridArea(grid: GridSnapshot): Area {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    top: grid.origin.row,
    left: grid.origin.col,
    bottom: grid.origin.row + grid.values.length - 1,
    right: grid.origin.col + width - 1,
  };
}
