import type { EmulatedCell, EmulatedSheet, EmulatedValue } from "./sheet";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+)?(?:\.\d+)?)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Days since 1899-12-30: Excel's date serial (the 1900 system, past its 1900-02-29 slip). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What a typed text becomes, as Excel reads what a person types (or an add-in writes to values). */
export function interpretText(text: string): {
  value: EmulatedValue;
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
} {
  if (text.startsWith("'")) return { value: text.slice(1), quotePrefix: true };
  const trimmed = text.trim();
  if (trimmed.length > 1 && trimmed.startsWith("=")) return { value: 0, formula: trimmed };
  if (NUMBER.test(trimmed) && /\d/.test(trimmed))
    return { value: Number(trimmed.replace(/,/g, "")) };
  const percent = PERCENT.exec(trimmed);
  if (percent && /\d/.test(percent[1]))
    return {
      value: Number(percent[1]) / 100,
      numberFormat: percent[1].includes(".") ? "0.00%" : "0%",
    };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = ISO_DATE.exec(trimmed);
  const serial = date && dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  if (serial !== null && serial !== undefined && serial > 0)
    return { value: serial, numberFormat: "yyyy/m/d" };
  // "+A1", "-B2*2", "@x": Excel reads a leading sign or @ as the start of a formula.
  if (/^[+\-@]./.test(trimmed)) return { value: 0, formula: `=${trimmed}` };
  return { value: text };
}

/**
 * Write one input to a cell through `values` or `formulas` (null leaves the cell as it is).
 * Text goes through Excel's reading unless the cell is formatted as text ("@").
 */
export function writeInput(
  sheet: EmulatedSheet,
  row: number,
  col: number,
  input: unknown,
  _through: "values" | "formulas"
): void {
  if (input === null || input === undefined) return;
  const before = sheet.cell(row, col) ?? { value: "" };
  const next: EmulatedCell = { ...before };
  delete next.formula;
  delete next.quotePrefix;
  if (typeof input === "number" || typeof input === "boolean") next.value = input;
  else if (typeof input !== "string") next.value = String(input);
  else if (input.startsWith("'")) {
    // The apostrophe is Excel's text prefix, in a text-formatted cell too.
    next.value = input.slice(1);
    next.quotePrefix = true;
  } else if (before.numberFormat === "@" || input === "") next.value = input;
  else {
    const read = interpretText(input);
    next.value = read.value;
    if (read.formula) next.formula = read.formula;
    if (read.quotePrefix) next.quotePrefix = true;
    if (read.numberFormat && (before.numberFormat ?? "General") === "General")
      next.numberFormat = read.numberFormat;
  }
  sheet.setCell(row, col, next);
}
