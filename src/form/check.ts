import { areaA1 } from "./address";
import { sortFindings, toFinding, type Finding, type FormReport } from "./finding";
import type { GridSnapshot } from "./grid";
import { readSheet } from "./reader";
import { allRules } from "./rules";
import type { FormContext, Rule } from "./rules/rule";
import { withUncalculated } from "./uncalculated";

/** Run rules over one form, in the rules' order. */
function runRules(form: FormContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(form, (problem) => findings.push(toFinding(rule.meta, form.sheet, problem)));
  }
  return findings;
}

/** Every form on a sheet with everything the reader and the rules say about it. */
export function checkSheet(grid: GridSnapshot): { forms: FormReport[]; findings: Finding[] } {
  const { forms, findings } = readSheet(grid);
  const checked = withUncalculated(grid, {
    forms: forms.map((form) => ({
      sheet: form.sheet,
      range: areaA1(form.area),
      area: form.area,
      record: form.record,
      findings: [
        ...form.findings,
        ...runRules({ record: form.record, sheet: form.sheet, grid, area: form.area }, allRules),
      ],
    })),
    findings,
  });
  // Sorted once, after every finding of the sheet is in.
  return {
    forms: checked.forms.map((form) => ({ ...form, findings: sortFindings(form.findings) })),
    findings: sortFindings(checked.findings),
  };
}
