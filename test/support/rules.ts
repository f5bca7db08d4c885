import { toFinding } from "../../src/form/finding";
import type { FormContext, Rule } from "../../src/form/rules/rule";
import type { Finding } from "../../src/form/finding";

/** The findings one rule reports on one form. */
export function runRule(rule: Rule, form: FormContext): Finding[] {
  const findings: Finding[] = [];
  rule.check(form, (problem) => findings.push(toFinding(rule.meta, form.sheet, problem)));
  return findings;
}

/** The rule with this code from a family, or a failing test when it is missing. */
export function ruleByCode(rules: readonly Rule[], code: string): Rule {
  const rule = rules.find((r) => r.meta.code === code);
  if (!rule) throw new Error(`no rule ${code}`);
  return rule;
}
