import type { Finding, Severity } from "./finding";
import { gridArea, type CellValue, type GridSnapshot } from "./grid";
import type { Color, PlanOp, SheetPlan } from "./plan";
import { areaA1 } from "./address";

export const SEVERITY_FILL: Record<Severity, Color> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
export const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each finding's cell filled by its most severe finding, with every message on it as one note. */
export function annotationPlan(sheet: string, findings: Finding[]): SheetPlan {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings)
    if (finding.sheet === sheet)
      byCell.set(finding.cell, [...(byCell.get(finding.cell) ?? []), finding]);
  const ops: PlanOp[] = [];
  for (const [cell, onCell] of byCell) {
    const worst = onCell.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
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
