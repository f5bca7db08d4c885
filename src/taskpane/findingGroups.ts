import type { Finding, Report } from "../form/finding";
import type { Locale } from "../form/locale";
import type { Severity } from "../form/severity";
import { ALL_FORMS, type FindingsFilter } from "./state";
import { t } from "./strings";

/** One form of the report (or the workbook itself) with its findings, as the list shows it. */
export interface FindingGroup {
  /** Stable across checks while the form stays put: its sheet and range. */
  key: string;
  title: string;
  findings: Finding[];
}

export type SeverityCounts = Record<Severity, number>;

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The report's forms in order, each with its findings; forms without a finding included. */
export function findingGroups(report: Report, locale: Locale): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const file of report.files) {
    if (file.findings.length > 0)
      groups.push({
        // Stryker disable next-line StringLiteral: a workbook with no form is the pane's only group, which no filter names
        key: `file:${file.file}`,
        title: `${t(locale, "fileFindings")} ${file.file}`,
        findings: file.findings,
      });
    for (const form of file.forms) {
      const name = form.record.name ?? t(locale, "unnamedForm");
      // A sheet named after its project (one form a sheet) is said once.
      const where = form.sheet === name ? form.range : `${form.sheet} · ${form.range}`;
      groups.push({
        key: `${form.sheet}!${form.range}`,
        title: t(locale, "findingsOf", { name, where }),
        findings: form.findings,
      });
    }
  }
  return groups;
}

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * The groups the filter keeps, each with only the findings of the chosen severity. A form chosen
 * that a later check no longer holds (another sheet checked, the form moved) keeps every form, as
 * the form filter then shows (findingsFilter.ts): never an empty list that reads as no problem.
 */
export function filterGroups(groups: readonly FindingGroup[], filter: FindingsFilter) {
  const form = groups.some((g) => g.key === filter.form) ? filter.form : ALL_FORMS;
  return groups
    .filter((g) => form === ALL_FORMS || g.key === form)
    .map((g) => ({
      ...g,
      shown:
        filter.severity === "all"
          ? g.findings
          : g.findings.filter((f) => f.severity === filter.severity),
    }));
}

/** A form's verdict in a word: its errors, else its warnings, else that it passes. */
export function verdict(findings: readonly Finding[], locale: Locale): string {
  const counts = severityCounts(findings);
  if (counts.error > 0) return t(locale, "verdictErrors", { count: counts.error });
  if (counts.warning > 0) return t(locale, "verdictWarnings", { count: counts.warning });
  return t(locale, "verdictPass");
}

/** The fix's change as the person will see it: E13: ">=20公里" → "≥20公里". */
export function fixChange(finding: Finding): string {
  const fix = finding.fix!;
  // The rules that fix a cell name its text as `value` or `raw` (src/form/rules).
  // Stryker disable next-line ConditionalExpression: every fixing rule fixes its own finding's cell
  const before = fix.cell === finding.cell ? (finding.data.value ?? finding.data.raw) : undefined;
  // Stryker disable next-line ConditionalExpression,StringLiteral,LogicalOperator: as above, and a fix never mends a blank cell
  const from = before === undefined || before === "" ? "" : `"${before}" → `;
  return `${fix.cell}: ${from}"${fix.value}"`;
}

export function fixableFindings(report: Report | null): Finding[] {
  if (!report) return [];
  return report.files.flatMap((f) => [
    // Stryker disable next-line ArrowFunction: no finding about a whole file carries a fix yet
    ...f.findings.filter((x) => x.fix),
    ...f.forms.flatMap((form) => form.findings.filter((x) => x.fix)),
  ]);
}
