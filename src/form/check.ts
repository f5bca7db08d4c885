import { areaA1 } from "./address";
import { sortFindings, toFinding, type Finding, type FormReport, type Problem } from "./finding";
import type { GridSnapshot } from "./grid";
import type { RuleMeta } from "./message";
import { readSheet } from "./reader";
import { allRules } from "./rules";
import { formRules, isBlankForm } from "./rules/blank";
import type { FormContext, Rule } from "./rules/rule";
import { withUncalculated } from "./uncalculated";
import { withoutYielded, type Found } from "./yields";
import { isSummarySheet } from "./summarySheets";

/**
 * Run rules over one form, in the rules' order, a finding that yields dropped (rules/yields). One
 * reporter serves every rule (a rule reports while its check runs), and the rules are walked by
 * index: most of a batch runs before V8 optimizes it, and in its interpreter a for-of makes an
 * object a step (docs/speed.md).
 */
export function runRules(form: FormContext, rules: readonly Rule[]): Finding[] {
  const found: Found[] = [];
  let meta: RuleMeta = rules[0]?.meta;
  const report = (problem: Problem) =>
    found.push({ meta, finding: toFinding(meta, form.sheet, problem) });
  for (let i = 0; i < rules.length; i++) {
    meta = rules[i].meta;
    rules[i].check(form, report);
  }
  return withoutYielded(found);
}

/**
 * What is said about one form read from a sheet: a form nobody filled in gets form.blank alone
 * (every other rule would only list the blanks of the template); any other form, what the reader
 * and every rule say.
 */
function formFindings(form: FormContext, readerFindings: readonly Finding[]): Finding[] {
  if (isBlankForm(form.record)) return runRules(form, formRules);
  return [...readerFindings, ...runRules(form, allRules)];
}

/** Every form on a sheet with everything the reader and the rules say about it. */
export function checkSheet(grid: GridSnapshot): { forms: FormReport[]; findings: Finding[] } {
  if (isSummarySheet(grid)) return { forms: [], findings: [] };
  const { forms, findings } = readSheet(grid);
  const checked = withUncalculated(grid, {
    forms: forms.map((form) => ({
      sheet: form.sheet,
      range: areaA1(form.area),
      area: form.area,
      record: form.record,
      findings: formFindings(
        { record: form.record, sheet: form.sheet, grid, area: form.area },
        form.findings
      ),
    })),
    findings,
  });
  // Sorted once, after every finding of the sheet is in.
  return {
    forms: checked.forms.map((form) => ({ ...form, findings: sortFindings(form.findings) })),
    findings: sortFindings(checked.findings),
  };
}
