import type { Finding } from "./finding";
import { gridArea, type CellValue, type GridSnapshot } from "./grid";
import type { PlanOp, SheetPlan } from "./plan";
import { areaA1 } from "./address";
import { bySeverity, SEVERITY_FILL, SEVERITY_LABEL } from "./severity";

/** Each finding's cell filled by its most severe finding, with every message on it as one note. */
export function annotationPlan(sheet: string, findings: Finding[]): SheetPlan {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings)
    if (finding.sheet === sheet)
      byCell.set(finding.cell, [...(byCell.get(finding.cell) ?? []), finding]);
  const ops: PlanOp[] = [];
  for (const [cell, onCell] of byCell) {
    const worst = onCell.reduce((a, b) => (bySeverity(b.severity, a.severity) < 0 ? b : a));
    ops.push({ kind: "format", range: cell, format: { fill: SEVERITY_FILL[worst.severity] } });
    const text = onCell
      .map((f) => `[${SEVERITY_LABEL[f.severity].zh}] ${f.code}: ${f.message}`)
      .join("\n");
    ops.push({ kind: "note", cell, text });
  }
  return { sheet, ops };
}

/** A grid written back as plain values: how a text input becomes a sheet to annotate. */
export function gridPlan(grid: GridSnapshot): SheetPlan {
  const area = gridArea(grid);
  if (area.bottom < area.top || area.right < area.left) return { sheet: grid.sheet, ops: [] };
  const width = area.right - area.left + 1;
  const values = grid.values.map((row) =>
    Array.from({ length: width }, (_, c): CellValue => row?.[c] ?? null)
  );
  return { sheet: grid.sheet, ops: [{ kind: "values", range: areaA1(area), values }] };
}
