import type { Area } from "../form/grid";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * "AB12" → the 0-based row and column packed as row × MAX_COLUMNS + col, or -1 when the text is
 * no cell reference inside Excel's grid. Read by character codes: it runs once a cell.
 */
export function packedRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (i === 0 || i > 3 || i === ref.length) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) return -1;
  return (row - 1) * MAX_COLUMNS + col - 1;
}

/** "A1:E3" (or "B7" alone) → an Area, or null when it is no range inside Excel's grid. */
export function rangeRef(ref: string): Area | null {
  const colon = ref.indexOf(":");
  const start = packedRef(colon < 0 ? ref : ref.slice(0, colon));
  const end = colon < 0 ? start : packedRef(ref.slice(colon + 1));
  if (start < 0 || end < 0) return null;
  const [r1, c1] = [Math.floor(start / MAX_COLUMNS), start % MAX_COLUMNS];
  const [r2, c2] = [Math.floor(end / MAX_COLUMNS), end % MAX_COLUMNS];
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}
