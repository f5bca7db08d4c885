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

export function indexSheet(grid: GridSnapshot): SheetIndex {
  const top = grid.origin.row;
  const left = grid.origin.col;
  const width = grid.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const rawAt = (row: number, col: number): CellValue => {
    const v = grid.values[row - top]?.[col - left];
    return v === undefined ? null : v;
  };
  const texts = grid.values.map((r) => Array.from(r ?? [], (v) => cellText(v ?? null)));
  const ownText = (row: number, col: number) => texts[row - top]?.[col - left] ?? "";

  // Flat per-cell tables: the reader asks for the same cells many times.
  const height = grid.values.length;
  const slot = (row: number, col: number) => {
    const r = row - top;
    const c = col - left;
    return r >= 0 && r < height && c >= 0 && c < width ? r * width + c : -1;
  };

  // A merged area's text may sit on any of its cells after a paste (a 一级 label on a middle row).
  const entries: { area: Area; text: string; source: [number, number] }[] = [];
  const mergeAt = new Int32Array(height * width).fill(-1);
  for (const area of grid.merges) {
    if (!isSane(area)) continue;
    let text = "";
    let source: [number, number] = [area.top, area.left];
    for (let r = area.top; r <= area.bottom && !text; r++) {
      for (let c = area.left; c <= area.right && !text; c++) {
        if (ownText(r, c)) {
          text = ownText(r, c);
          source = [r, c];
        }
      }
    }
    entries.push({ area, text, source });
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const at = slot(r, c);
        if (at >= 0) mergeAt[at] = entries.length - 1;
      }
    }
  }
  const mergeEntry = (row: number, col: number) => {
    const at = slot(row, col);
    return at >= 0 && mergeAt[at] >= 0 ? entries[mergeAt[at]] : undefined;
  };

  const labels: (string | undefined)[] = new Array(height * width);
  const text = (row: number, col: number) => mergeEntry(row, col)?.text ?? ownText(row, col);
  return {
    grid,
    top,
    bottom: top + grid.values.length - 1,
    left,
    right: left + width - 1,
    text,
    label(row, col) {
      const at = slot(row, col);
      if (at < 0) return "";
      return (labels[at] ??= normalizeLabel(text(row, col)));
    },
    raw(row, col) {
      const merged = mergeEntry(row, col);
      return merged ? rawAt(...merged.source) : rawAt(row, col);
    },
    isCovered(row, col) {
      const merged = mergeEntry(row, col);
      return merged !== undefined && (merged.source[0] !== row || merged.source[1] !== col);
    },
    mergeOf: (row, col) => mergeEntry(row, col)?.area,
    sourceCell(row, col) {
      const merged = mergeEntry(row, col);
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
