import { cellA1 } from "./address";
import { findingText, hasPlace, type Finding } from "./finding";
import type { Area } from "./grid";
import type { Locale } from "./locale";
import type { Color } from "./plan";
import { bySeverity, SEVERITY_FILL, SEVERITY_LABEL, type Severity } from "./severity";

/** What one cell shows after a check: one fill for its worst finding, every message on it. */
export interface CellMark {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  fill: Color;
  findings: Finding[];
}

/**
 * The marks a check leaves on cells (docs/addin.md, "Marks"): findings grouped by cell, in sheet
 * order; a finding with no cell of its own (a whole file unreadable) marks nothing.
 */
export function cellMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const finding of findings) {
    if (!finding.sheet || !hasPlace(finding)) continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const mark = byCell.get(key);
    if (mark) {
      mark.findings.push(finding);
      if (bySeverity(finding.severity, mark.severity) < 0) {
        mark.severity = finding.severity;
        mark.fill = SEVERITY_FILL[finding.severity];
      }
    } else
      byCell.set(key, {
        sheet: finding.sheet,
        cell: finding.cell,
        row: finding.row,
        col: finding.col,
        severity: finding.severity,
        fill: SEVERITY_FILL[finding.severity],
        findings: [finding],
      });
  }
  return [...byCell.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col
  );
}

/**
 * One line per finding, "[错误] 财政拨款与其他资金之和…", in the person's language: a comment or a
 * prompt is read by the person who fills the form, so it carries no rule code (the pane's detail
 * and the JSON report keep the code for whoever looks the rule up).
 */
export function markLines(mark: CellMark, locale: Locale): string[] {
  return mark.findings.map(
    (f) => `[${SEVERITY_LABEL[f.severity][locale]}] ${findingText(f, locale)}`
  );
}

/**
 * Marks inside a merged area, moved to the area's top-left cell: Excel shows only that cell of
 * the area, and refuses a comment on the others (from ExcelApi 1.10). Marks that land on one cell
 * become one, with every message and the worst fill (docs/addin.md, "Marks").
 */
export function marksOnMergedAreas(
  marks: readonly CellMark[],
  mergesBySheet: ReadonlyMap<string, readonly Area[]>
): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    const area = (mergesBySheet.get(mark.sheet) ?? []).find(
      (m) => mark.row >= m.top && mark.row <= m.bottom && mark.col >= m.left && mark.col <= m.right
    );
    const row = area?.top ?? mark.row;
    const col = area?.left ?? mark.col;
    const key = `${mark.sheet}\u0000${row},${col}`;
    const there = byCell.get(key);
    if (!there) {
      byCell.set(key, { ...mark, row, col, cell: cellA1(row, col), findings: [...mark.findings] });
      continue;
    }
    there.findings.push(...mark.findings);
    if (bySeverity(mark.severity, there.severity) < 0) {
      there.severity = mark.severity;
      there.fill = mark.fill;
    }
  }
  return [...byCell.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col
  );
}
