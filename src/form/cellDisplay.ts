import { shownNumber } from "./numberFormat";
import type { CellValue } from "./grid";

/**
 * How the reader sees a cell that holds a number with a number format: percent and date formats
 * give the text the person sees (1 with "0%" is "100%", 44927 with "yyyy/m/d" is "2023/1/1"),
 * a text format gives the digits; every other number stays a number, so amounts keep their full
 * precision (11.456 shown as "11.46" is still 11.456 to the funding rules). See docs/form.md.
 */
export function readableValue(value: CellValue, numberFormat?: string | null): CellValue {
  if (typeof value !== "number" || !numberFormat || numberFormat === "General") return value;
  // A format that is not read (an amount's, or one beyond src/form/numberFormat.ts) keeps the number.
  return shownNumber(numberFormat, value) ?? value;
}
