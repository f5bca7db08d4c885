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
