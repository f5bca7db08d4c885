/** East Asian wide and full-width characters: two columns in a terminal, two digits in Excel. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** How wide a text shows, in digit widths (Excel's column unit) or terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return width;
}

/**
 * A column width that shows its longest line whole, between a floor (the header's own width) and
 * a ceiling beyond which the column wraps; two digits of padding, as Excel's autofit leaves.
 */
export function fitColumn(texts: readonly string[], floor: number, ceiling: number): number {
  let widest = 0;
  for (const text of texts)
    for (const line of text.split("\n")) widest = Math.max(widest, displayWidth(line));
  return Math.min(Math.max(widest + 2, floor), ceiling);
}

/** Points a line of 11-point text takes: Excel's default row height. */
export const LINE_HEIGHT = 15;

/** How many lines a text takes in a wrapped column of the given width. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(width - 1, 1);
  return text
    .split("\n")
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/**
 * Row heights for rows of wrapped text, since not every viewer grows rows to fit (LibreOffice does
 * not when it opens a file): each row with more than one line gets the height of its tallest cell.
 */
export function wrappedRowHeights(
  rows: readonly (readonly unknown[])[],
  widths: readonly number[],
  firstRow: number
): { row: number; height: number }[] {
  const heights: { row: number; height: number }[] = [];
  rows.forEach((cells, r) => {
    const lines = cells.reduce<number>(
      (most, cell, c) =>
        typeof cell === "string" && widths[c]
          ? Math.max(most, wrappedLines(cell, widths[c]))
          : most,
      1
    );
    if (lines > 1) heights.push({ row: firstRow + r, height: lines * LINE_HEIGHT + 2 });
  });
  return heights;
}
