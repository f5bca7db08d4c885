import { cellA1 } from "../address";
import type { Area, CellValue, GridSnapshot } from "../grid";
import { cellText, normalizeLabel } from "../text";
import { meaningOf, NO_MEANING, type LabelMeaning } from "./labels";

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
  /** meaningOf(label): the field, block or table column the cell names, if any. */
  meaning(row: number, col: number): LabelMeaning;
  raw(row: number, col: number): CellValue;
  /** True for a merged cell that does not hold its area's text (the area is read from its source). */
  isCovered(row: number, col: number): boolean;
  /** The merged area a cell belongs to, if any. */
  mergeOf(row: number, col: number): Area | undefined;
  /** The cell that holds a merged area's text (its first non-blank cell, else its top-left). */
  sourceCell(row: number, col: number): string;
}

interface MergeEntry {
  area: Area;
  text: string;
  /** The cell that holds the area's text. */
  source: [number, number];
}

/** Where each cell of the used range sits in the flat tables: its slot, or -1 outside the range. */
interface Slots {
  top: number;
  left: number;
  height: number;
  width: number;
  size: number;
  slotOf(row: number, col: number): number;
}

function slotsOf(grid: GridSnapshot): Slots {
  const top = grid.origin.row;
  const left = grid.origin.col;
  const height = grid.values.length;
  let width = 0;
  for (const row of grid.values) if (row && row.length > width) width = row.length;
  const slotOf = (row: number, col: number) => {
    const r = row - top;
    const c = col - left;
    return r >= 0 && r < height && c >= 0 && c < width ? r * width + c : -1;
  };
  return { top, left, height, width, size: height * width, slotOf };
}

/** Each cell's own text, ragged like the grid's rows, so that a wide, sparse used range costs no more than its values. */
function ownTexts(grid: GridSnapshot): string[][] {
  return grid.values.map((row) => {
    const texts: string[] = new Array<string>(row ? row.length : 0);
    for (let c = 0; c < texts.length; c++) texts[c] = cellText(row[c] ?? null);
    return texts;
  });
}

/** Per slot, the merged area it belongs to (an index into entries, or -1) and whether it is covered. */
function mergeSlots(entries: MergeEntry[], slots: Slots) {
  const mergeAt = new Int32Array(slots.size).fill(-1);
  /** 1 for a merged cell that does not hold its area's text. */
  const covered = new Uint8Array(slots.size);
  entries.forEach(({ area, source }, index) => {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const slot = slots.slotOf(r, c);
        if (slot < 0) continue;
        mergeAt[slot] = index;
        covered[slot] = r === source[0] && c === source[1] ? 0 : 1;
      }
    }
  });
  return { mergeAt, covered };
}

/**
 * The grid as flat tables, one slot a cell (row-major over the used range): the reader asks for
 * the same cells many times, so each answer is an array read rather than a walk through merges.
 */
export function indexSheet(grid: GridSnapshot): SheetIndex {
  const slots = slotsOf(grid);
  const { top, left, height, width, size, slotOf } = slots;
  const own = ownTexts(grid);
  const ownText = (row: number, col: number) => own[row - top]?.[col - left] ?? "";
  const entries = mergeEntries(grid, ownText);
  const { mergeAt, covered } = mergeSlots(entries, slots);
  const textOf = (slot: number, row: number, col: number) =>
    mergeAt[slot] >= 0 ? entries[mergeAt[slot]].text : ownText(row, col);
  const labels: (string | undefined)[] = new Array<string | undefined>(size);
  const meanings: (LabelMeaning | undefined)[] = new Array<LabelMeaning | undefined>(size);
  const labelAt = (slot: number, row: number, col: number) =>
    (labels[slot] ??= normalizeLabel(textOf(slot, row, col)));
  const mergeOfSlot = (slot: number) =>
    slot >= 0 && mergeAt[slot] >= 0 ? entries[mergeAt[slot]] : undefined;
  const ownRaw = (row: number, col: number): CellValue =>
    grid.values[row - top]?.[col - left] ?? null;
  return {
    grid,
    top,
    bottom: top + height - 1,
    left,
    right: left + width - 1,
    text(row, col) {
      const slot = slotOf(row, col);
      return slot < 0 ? "" : textOf(slot, row, col);
    },
    label(row, col) {
      const slot = slotOf(row, col);
      return slot < 0 ? "" : labelAt(slot, row, col);
    },
    meaning(row, col) {
      const slot = slotOf(row, col);
      return slot < 0 ? NO_MEANING : (meanings[slot] ??= meaningOf(labelAt(slot, row, col)));
    },
    raw(row, col) {
      const merged = mergeOfSlot(slotOf(row, col));
      return merged ? ownRaw(merged.source[0], merged.source[1]) : ownRaw(row, col);
    },
    isCovered(row, col) {
      const slot = slotOf(row, col);
      return slot >= 0 && covered[slot] === 1;
    },
    mergeOf: (row, col) => mergeOfSlot(slotOf(row, col))?.area,
    sourceCell(row, col) {
      const merged = mergeOfSlot(slotOf(row, col));
      return merged ? cellA1(merged.source[0], merged.source[1]) : cellA1(row, col);
    },
  };
}

/** A merged area's text may sit on any of its cells after a paste (a 一级 label on a middle row). */
function mergeEntries(
  grid: GridSnapshot,
  ownText: (row: number, col: number) => string
): MergeEntry[] {
  const entries: MergeEntry[] = [];
  for (const area of grid.merges) {
    if (!isSane(area)) continue;
    entries.push(mergeEntry(area, ownText));
  }
  return entries;
}

function mergeEntry(area: Area, ownText: (row: number, col: number) => string): MergeEntry {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const text = ownText(r, c);
      if (text) return { area, text, source: [r, c] };
    }
  }
  return { area, text: "", source: [area.top, area.left] };
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
