import { toFinding, type Finding } from "../../../src/form/finding";
import type { RuleMeta } from "../../../src/form/message";
import type { CellInput, PlanOp, SheetPlan } from "../../../src/form/plan";
import type { Severity } from "../../../src/form/severity";

const meta = (severity: Severity, code: string): RuleMeta<"m"> => ({
  code,
  severity,
  description: { zh: "说明", en: "description" },
  messages: { m: { zh: "中文{{n}}", en: "english {{n}}" } },
});

/** A finding of a severity on a cell of a sheet. */
export const finding = (sheet: string, cell: string, severity: Severity, code = `x.${severity}`) =>
  toFinding(meta(severity, code), sheet, { cell, messageId: "m", data: { n: cell } });

export const opsOf = <K extends PlanOp["kind"]>(plan: SheetPlan, kind: K) =>
  plan.ops.filter((op): op is Extract<PlanOp, { kind: K }> => op.kind === kind);

/** The cell values a plan writes, keyed "B3", as a reader of the applied sheet would see them. */
export function cellsOf(plan: SheetPlan): Map<string, CellInput> {
  const cells = new Map<string, CellInput>();
  const column = (n: number) => String.fromCharCode(65 + n);
  for (const op of opsOf(plan, "values")) {
    const m = /^([A-Z])(\d+)/.exec(op.range)!;
    const [left, top] = [m[1].charCodeAt(0) - 65, Number(m[2])];
    op.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) cells.set(`${column(left + c)}${top + r}`, value);
      })
    );
  }
  return cells;
}

export type { Finding };
