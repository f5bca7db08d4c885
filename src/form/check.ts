import { parseArea } from "./address";
import type { Finding } from "./finding";
import { allRules } from "./rules";
import { type FormContext, type Rule, toFinding } from "./rules/rule";

/** Run rules over one form; findings come back in sheet order (top to bottom, left to right). */
export function checkForm(form: FormContext, rules: readonly Rule[] = allRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(form, (problem) => findings.push(toFinding(rule.meta, form.sheet, problem)));
  }
  return sortFindings(findings);
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function sortFindings(findings: Finding[]): Finding[] {
  const position = (f: Finding) => parseArea(f.cell) ?? { top: Infinity, left: Infinity };
  return [...findings].sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    return (
      pa.top - pb.top || pa.left - pb.left || severityOrder[a.severity] - severityOrder[b.severity]
    );
  });
}
