import { format } from "numfmt";
import type { EmulatedValue } from "./sheet";

/**
 * Range.text: the value as its number format shows it (0.5 with "0%" is "50%", a boolean is
 * "TRUE"). Column width is not considered: Excel's "####" for a narrow column is not emulated.
 */
export function displayText(value: EmulatedValue, numberFormat = "General"): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === "") return "";
  try {
    return format(numberFormat, value);
  } catch {
    return String(value);
  }
}
