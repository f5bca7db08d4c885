import { findingText, hasPlace, type Finding } from "./finding";
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
