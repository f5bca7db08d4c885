import { cellA1 } from "../address";
import type { Area, CellValue, GridSnapshot } from "../grid";
import { cellText, normalizeLabel } from "../text";

/**
 * A grid prepared for label look-ups: each cell's text and normalised label computed once,
 * and merged areas resolved, so the reader never normalises the same cell twice.
 */
export interface SheetIndex {
  grid: GridSnapshot;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Trimmed text of the cell, or of its merged area. */
  text(row: number, col: number): string;
  /** normalizeLabel(text). */
  label(row: number, col: number): string;
  raw(row: number, col: number): CellValue;
  /** True for a merged cell that does not hold its area's text (the area is read from its source). */
  isCovered(row: number, col: number): boolean;
  /** The merged area a cell belongs to, if any. */
  mergeOf(row: number, col: number): Area | undefined;
  /** The cell that holds a merged area's text (its first non-blank cell, else its top-left). */
  sourceCell(row: number, col: number): string;
}

/** The grid's cells as flat tables: the reader asks for the same cells many times. */
interface CellTable {
  top: number;
  left: number;
  height: number;
  width: number;
  /** The flat index of a cell, or -1 outside the grid. */
  slot(row: number, col: number): number;
  raw(row: number, col: number): CellValue;
  /** The cell's own trimmed text, ignoring merges. */
  ownText(row: number, col: number): string;
}

function cellTable(grid: GridSnapshot): CellTable {
  const top = grid.origin.row;
  const left = grid.origin.col;
  const height = grid.values.length;
  const width = grid.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const texts = grid.values.map((r) => Array.from(r ?? [], (v) => cellText(v ?? null)));
  return {
    top,
    left,
    height,
    width,
    slot(row, col) {
      const [r, c] = [row - top, col - left];
      return r >= 0 && r < height && c >= 0 && c < width ? r * width + c : -1;
    },
    raw: (row, col) => grid.values[row - top]?.[col - left] ?? null,
    ownText: (row, col) => texts[row - top]?.[col - left] ?? "",
  };
}

interface MergeEntry {
  area: Area;
  text: string;
  /** The cell that holds the area's text. */
  source: [number, number];
}

/** A merged area's text may sit on any of its cells after a paste (a 一级 label on a middle row). */
function mergeEntry(area: Area, cells: CellTable): MergeEntry {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const text = cells.ownText(r, c);
      if (text) return { area, text, source: [r, c] };
    }
  }
  return { area, text: "", source: [area.top, area.left] };
}

/** Each cell's merged area, if any, as a flat look-up. */
function mergeTable(grid: GridSnapshot, cells: CellTable) {
  const entries = grid.merges.filter(isSane).map((area) => mergeEntry(area, cells));
  const at = new Int32Array(cells.height * cells.width).fill(-1);
  entries.forEach(({ area }, index) => {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const slot = cells.slot(r, c);
        if (slot >= 0) at[slot] = index;
      }
    }
  });
  return (row: number, col: number): MergeEntry | undefined => {
    const slot = cells.slot(row, col);
    return slot >= 0 && at[slot] >= 0 ? entries[at[slot]] : undefined;
  };
}

export function indexSheet(grid: GridSnapshot): SheetIndex {
  const cells = cellTable(grid);
  const mergeAt = mergeTable(grid, cells);
  const labels: (string | undefined)[] = new Array(cells.height * cells.width);
  const text = (row: number, col: number) => mergeAt(row, col)?.text ?? cells.ownText(row, col);
  return {
    grid,
    top: cells.top,
    bottom: cells.top + cells.height - 1,
    left: cells.left,
    right: cells.left + cells.width - 1,
    text,
    label(row, col) {
      const slot = cells.slot(row, col);
      return slot < 0 ? "" : (labels[slot] ??= normalizeLabel(text(row, col)));
    },
    raw(row, col) {
      const merged = mergeAt(row, col);
      return merged ? cells.raw(...merged.source) : cells.raw(row, col);
    },
    isCovered(row, col) {
      const merged = mergeAt(row, col);
      return merged !== undefined && (merged.source[0] !== row || merged.source[1] !== col);
    },
    mergeOf: (row, col) => mergeAt(row, col)?.area,
    sourceCell(row, col) {
      const merged = mergeAt(row, col);
      return merged ? cellA1(...merged.source) : cellA1(row, col);
    },
  };
}

/** Merges larger than a sheet's worth of cells are ignored rather than expanded. */
function isSane(area: Area): boolean {
  const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  return (
    area.top >= 0 &&
    area.left >= 0 &&
    area.bottom >= area.top &&
    area.right >= area.left &&
    cells <= 10000
  );
}
