import { parseArea } from "./address";
import type { Area, CellValue, GridSnapshot } from "./grid";
import type { SheetPlan } from "./plan";

/**
 * A plan's values and merges as a grid snapshot, without Excel: what the reader would see
 * after the plan is applied to an empty sheet. Formulas read as their text.
 */
export function gridFromPlan(plan: SheetPlan): GridSnapshot {
  const values: CellValue[][] = [];
  const merges: Area[] = [];
  for (const op of plan.ops) {
    const area = "range" in op ? parseArea(op.range) : null;
    if (!area) continue;
    if (op.kind === "merge") merges.push(area);
    if (op.kind !== "values") continue;
    op.values.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return;
        const line = (values[area.top + r] ??= []);
        line[area.left + c] = typeof input === "object" ? input.formula : input;
      })
    );
  }
  const dense = Array.from(values, (row) =>
    Array.from(row ?? [], (v) => (v === undefined ? null : v))
  );
  return { sheet: plan.sheet, origin: { row: 0, col: 0 }, values: dense, merges };
}
