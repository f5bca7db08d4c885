import { parseArea } from "./address";
import { cellAt, gridArea, type Area, type CellValue, type GridSnapshot } from "./grid";
import type { PlanOp, SheetPlan } from "./plan";

/**
 * A plan's values and merges as a grid snapshot, without Excel: what the reader would see after
 * the plan is applied to an empty sheet, or to `base` (a sheet read before). Formulas read as
 * their text. Inserted rows move the rows below them and grow the merged areas they fall inside,
 * as Excel's Range.insert does (docs/emulator.md, "Inserting cells").
 */
export function gridFromPlan(plan: SheetPlan, base?: GridSnapshot): GridSnapshot {
  const values: CellValue[][] = base ? absoluteValues(base) : [];
  let merges: Area[] = base ? base.merges.map((m) => ({ ...m })) : [];
  for (const op of plan.ops) {
    const area = "range" in op ? (parseArea(op.range) ?? rowsOf(op)) : null;
    if (!area) continue;
    if (op.kind === "merge") merges.push(area);
    if (op.kind === "unmerge") merges = merges.filter((m) => !overlaps(m, area));
    if (op.kind === "insertRows") {
      const count = area.bottom - area.top + 1;
      values.splice(area.top, 0, ...Array.from({ length: count }, () => []));
      merges = merges.map((m) => grown(m, area.top, count));
    }
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

/** A grid's values from A1, so that rows can be inserted by their absolute index. */
function absoluteValues(grid: GridSnapshot): CellValue[][] {
  const extent = gridArea(grid);
  const values: CellValue[][] = [];
  for (let row = 0; row <= extent.bottom; row++)
    values.push(Array.from({ length: extent.right + 1 }, (_, col) => cellAt(grid, row, col)));
  return values;
}

/** Whole rows "15:16" (an insertRows op's range) as an area of the rows' first columns. */
function rowsOf(op: PlanOp): Area | null {
  const m = "range" in op ? /^(\d+):(\d+)$/.exec(op.range) : null;
  return m ? { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: 0 } : null;
}

const overlaps = (a: Area, b: Area) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/** A merged area after `count` rows are inserted at `top`: moved below it, grown across it. */
function grown(m: Area, top: number, count: number): Area {
  if (m.bottom < top) return m;
  return { ...m, top: m.top >= top ? m.top + count : m.top, bottom: m.bottom + count };
}
