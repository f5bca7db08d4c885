import { catalogue } from "../../../src/form/catalogue";
import { runRules } from "../../../src/form/check";
import { sortFindings } from "../../../src/form/finding";
import { allRules } from "../../../src/form/rules";
import { createRule, type FormContext, type Rule } from "../../../src/form/rules/rule";
import { formContext, sampleRecord } from "../../support/forms";
import { quantity as q, sampleWith } from "../../support/indicators";
import { sampleGrid } from "../../support/sampleGrid";
import { checkSheet } from "../../../src/form";

/** The rules' findings on one form in sheet order, as checkSheet gives them (without the reader's). */
const checkForm = (form: FormContext, rules: readonly Rule[] = allRules) =>
  sortFindings(runRules(form, rules));

/** A rule that reports the cells it is given, yielding to the codes given. */
function ruleOn(code: string, cells: string[], yieldsTo?: string[]): Rule {
  return createRule({
    meta: {
      code,
      severity: "warning",
      description: { zh: code, en: code },
      messages: { here: { zh: code, en: code } },
      ...(yieldsTo ? { yieldsTo } : {}),
    },
    check: (_, report) => cells.forEach((cell) => report({ cell, messageId: "here" })),
  });
}

describe("a rule that yields", () => {
  const form = () => formContext(sampleRecord());
  const found = (rules: Rule[]) => checkForm(form(), rules).map((f) => `${f.code}@${f.cell}`);

  it("is dropped on a cell the code it yields to also reports, and kept on every other cell", () => {
    const rules = [ruleOn("a.guess", ["E12", "E13"], ["b.knows"]), ruleOn("b.knows", ["E12"])];
    expect(found(rules)).toEqual(["b.knows@E12", "a.guess@E13"]);
  });

  it("does not yield to a code it does not name, nor does the other yield back", () => {
    const rules = [ruleOn("a.guess", ["E12"], ["c.other"]), ruleOn("b.knows", ["E12"])];
    expect(found(rules)).toEqual(["a.guess@E12", "b.knows@E12"]);
  });

  it("never yields to its own code (two findings of one rule on a cell both stay)", () => {
    expect(found([ruleOn("a.guess", ["E12", "E12"], ["a.guess"])])).toHaveLength(2);
  });
});

describe("the catalogue's yields", () => {
  const codes = new Set(catalogue.map((m) => m.code));

  it("name codes that exist, and never form a circle (two rules yielding to each other would both vanish)", () => {
    const yields = new Map(catalogue.map((m) => [m.code, m.yieldsTo ?? []]));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (yields.get(from) ?? []).some(
        (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen)))
      );
    for (const [code, to] of yields) {
      for (const other of to) expect(codes.has(other)).toBe(true);
      expect(reaches(code, code)).toBe(false);
    }
  });

  it("70% on a satisfaction indicator: only value.satisfaction's 低于80%, no guessed ≥70%", () => {
    const findings = checkForm(
      formContext(sampleWith("satisfaction", q("70%", null, "70", "%")))
    ).filter((f) => f.cell === "E19");
    expect(findings.map((f) => [f.code, f.messageId])).toEqual([["value.satisfaction", "low"]]);
  });

  it("5% on a cost indicator: only value.cost-not-amount, no guessed ≤5%", () => {
    const findings = checkForm(formContext(sampleWith("cost", q("5%", null, "5", "%")))).filter(
      (f) => f.cell === "E17"
    );
    expect(findings.map((f) => f.code)).toEqual(["value.cost-not-amount"]);
  });

  it("a bare 70% on a rate that is no satisfaction still gets its guessed direction", () => {
    const findings = checkForm(formContext(sampleWith("count", q("70%", null, "70", "%"))));
    expect(findings.map((f) => f.code)).toContain("value.operator-missing");
  });

  it("the sample: no cell carries both a rule and a code it yields to", () => {
    for (const form of checkSheet(sampleGrid()).forms)
      for (const f of form.findings) {
        const meta = catalogue.find((m) => m.code === f.code)!;
        const there = form.findings.filter((g) => g.cell === f.cell).map((g) => g.code);
        for (const code of meta.yieldsTo ?? []) expect(there).not.toContain(code);
      }
  });
});
