import type { Finding, Severity } from "../../src/form/finding";
import type { FormRecord } from "../../src/form/record";
import type { Rule } from "../../src/form/rules/rule";
import { formContext } from "./forms";
import { ruleByCode, runRule } from "./rules";

export interface ValidCase {
  name: string;
  record: FormRecord;
}

export interface InvalidCase extends ValidCase {
  /**
   * Matched in order with toMatchObject (use expect.stringMatching for message content). A
   * finding may carry a fix only when its expectation names one.
   */
  findings: Partial<Record<keyof Finding, unknown>>[];
}

/**
 * A RuleTester-style table for one code: every valid record gives no finding, every invalid one
 * gives exactly the findings listed, each with the code and the catalogue's severity, and a fix
 * only where one is expected.
 */
export function ruleTable(
  rules: readonly Rule[],
  code: string,
  severity: Severity,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] }
): void {
  describe(code, () => {
    const run = (record: FormRecord) => runRule(ruleByCode(rules, code), formContext(record));
    it.each(cases.valid)("does not fire: $name", ({ record }) => {
      expect(run(record)).toEqual([]);
    });
    it.each(cases.invalid)("fires: $name", ({ record, findings }) => {
      const found = run(record);
      expect(found).toHaveLength(findings.length);
      found.forEach((finding, i) => {
        expect(finding).toMatchObject({ code, severity, ...findings[i] });
        if (!("fix" in findings[i])) expect(finding.fix).toBeUndefined();
      });
    });
  });
}

/** Matches a message that contains these parts in this order. */
export function has(...parts: string[]) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return expect.stringMatching(parts.map(escape).join("[\\s\\S]*"));
}
