import { checkSheet } from "../form/check";
import type { CellValue, GridSnapshot } from "../form/grid";
import type { SheetPlan } from "../form/plan";
import { formPlan } from "../form/templatePlan";

/**
 * Pasted text (tab-separated lines) as one grid, values kept as text, as the command-line tool
 * reads a .txt file (src/files/text.ts, which reads from disk; this reads a string).
 */
export function pastedGrid(text: string, sheet: string): GridSnapshot {
  const rows = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.split("\t"));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  const values: CellValue[][] = rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
  return { sheet, origin: { row: 0, col: 0 }, values, merges: [] };
}

/**
 * The sample document's forms, one standard form a sheet: the core reads each form of the pasted
 * text into a record, and writes the record back as the add-in's own form (docs/preview.md).
 * What a form says is kept as written, its mistakes included, so a check finds them again.
 */
export function sampleSheets(text: string): SheetPlan[] {
  const { forms } = checkSheet(pastedGrid(text, "样例"));
  return forms.map((form, i) => formPlan(form.record, { sheet: form.record.name ?? `表${i + 1}` }));
}
