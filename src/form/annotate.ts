import type { Finding } from "./finding";
import { gridArea, type CellValue, type GridSnapshot } from "./grid";
import type { PlanOp, SheetPlan } from "./plan";
import { areaA1 } from "./address";
import type { Locale } from "./locale";
import { cellMarks, markLines, type CellMark } from "./marks";
import { bySeverity } from "./severity";

/**
 * Exactly the cells that have findings, each filled in its worst finding's colour, with every
 * message on it as one note in the reader's language; nothing else on the sheet changes.
 */
export function annotationPlan(
  sheet: string,
  findings: readonly Finding[],
  locale: Locale = "zh"
): SheetPlan {
  const marks = cellMarks(findings.filter((finding) => finding.sheet === sheet));
  return {
    sheet,
    ops: marks.flatMap((mark): PlanOp[] => [
      { kind: "format", range: mark.cell, format: { fill: mark.fill } },
      { kind: "note", cell: mark.cell, text: noteText(mark, locale) },
    ]),
  };
}

/** The cell's messages, the most severe first (a stable sort keeps sheet order among equals). */
function noteText(mark: CellMark, locale: Locale): string {
  const findings = [...mark.findings].sort((a, b) => bySeverity(a.severity, b.severity));
  return markLines({ ...mark, findings }, locale).join("\n");
}

/** A grid written back as plain values: how a text input becomes a sheet to annotate. */
export function gridPlan(grid: GridSnapshot): SheetPlan {
  const area = gridArea(grid);
  if (area.bottom < area.top || area.right < area.left) return { sheet: grid.sheet, ops: [] };
  const width = area.right - area.left + 1;
  const values = grid.values.map((row) =>
    // Stryker disable next-line OptionalChaining: map never calls back for a missing row
    Array.from({ length: width }, (_, c): CellValue => row?.[c] ?? null)
  );
  return { sheet: grid.sheet, ops: [{ kind: "values", range: areaA1(area), values }] };
}
