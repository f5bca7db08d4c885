import { columnIndex, columnName, sheetRef } from "../../form/address";
import type { Area } from "../../form/grid";

/** Excel's grid: 1,048,576 rows by 16,384 columns (A1:XFD1048576), 0-based here. */
export const LAST_ROW = 1048575;
export const LAST_COL = 16383;
export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL };

export const cellCount = (area: Area) =>
  (area.bottom - area.top + 1) * (area.right - area.left + 1);

/** "'It''s'!A1:B2" → { sheet: "It's", local: "A1:B2" }; no "!" → no sheet. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  const raw = address.slice(0, bang).trim();
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1).trim() };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One end of a reference: a cell, a whole column or a whole row, inside Excel's grid. */
function corner(text: string): { row?: number; col?: number } | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  if ((m = COLUMN.exec(text))) return { col: columnIndex(m[1]) };
  if ((m = ROW.exec(text))) return { row: Number(m[1]) - 1 };
  return null;
}

const inGrid = (end: { row?: number; col?: number }) =>
  (end.row === undefined || (end.row >= 0 && end.row <= LAST_ROW)) &&
  (end.col === undefined || (end.col >= 0 && end.col <= LAST_COL));

/**
 * "A1", "$A$1:B2", "A:C" (whole columns), "2:4" (whole rows) → an area inside A1:XFD1048576;
 * null for anything else, or for a reference past the grid's edge.
 */
export function parseLocal(local: string): Area | null {
  const [first, second = first, ...rest] = local.split(":");
  const a = corner(first);
  const b = corner(second);
  if (rest.length > 0 || !a || !b || !inGrid(a) || !inGrid(b)) return null;
  const kind = (end: { row?: number; col?: number }) =>
    end.row === undefined ? "col" : end.col === undefined ? "row" : "cell";
  if (kind(a) !== kind(b)) return null;
  if (kind(a) === "row" && second === first && !local.includes(":")) return null; // "5" alone
  if (kind(a) === "col" && !local.includes(":")) return null; // "A" alone is a name, not a column
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === undefined ? LAST_ROW : Math.max(a.row, b.row!);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === undefined ? LAST_COL : Math.max(a.col, b.col!);
  return { top, left, bottom, right };
}

/** An area as Excel writes it: "A1", "A1:B2", whole columns "A:B", whole rows "1:2". */
export function areaText(area: Area): string {
  const wholeColumns = area.top === 0 && area.bottom === LAST_ROW;
  const wholeRows = area.left === 0 && area.right === LAST_COL;
  if (wholeRows) return `${area.top + 1}:${area.bottom + 1}`;
  if (wholeColumns) return `${columnName(area.left)}:${columnName(area.right)}`;
  const start = `${columnName(area.left)}${area.top + 1}`;
  const end = `${columnName(area.right)}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** "B2" → "$B$2", "A1:C3" → "$A$1:$C$3": the form a name's formula takes. */
export const absoluteText = (area: Area) =>
  areaText(area).replace(/([A-Z]+)?(\d+)?/g, (whole, col?: string, row?: string) =>
    whole ? `${col ? `$${col}` : ""}${row ? `$${row}` : ""}` : whole
  );

/** A sheet and an area as Excel writes them; the sheet quoted only where it must be (sheetRef). */
export const qualified = (sheetName: string, area: Area) =>
  `${sheetRef(sheetName)}!${areaText(area)}`;

export const sameArea = (a: Area, b: Area) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** True when two areas share at least one cell. */
export const overlaps = (a: Area, b: Area) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

export const contains = (outer: Area, inner: Area) =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

export const rowsOf = (area: Area) =>
  Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i);
export const colsOf = (area: Area) =>
  Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i);
export const cellsOf = (area: Area) =>
  rowsOf(area).flatMap((r) => colsOf(area).map((c) => [r, c] as const));
export const single = (row: number, col: number): Area => ({
  top: row,
  left: col,
  bottom: row,
  right: col,
});
