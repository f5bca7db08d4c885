import { checkSheet, gridFromPlan, templatePlan } from "../../../src/form";
import type { FormRecord } from "../../../src/form/record";
import { formRules, isBlankForm } from "../../../src/form/rules/blank";
import { sampleRecord } from "../../support/forms";
import { blankValue, quantity, tableRows } from "../../support/indicators";
import { column, period, sampleWithFields } from "../../support/records";
import { has, ruleTable } from "../../support/ruleTable";

/** The sample with everything a person types taken out: what the template holds, read back. */
function blankRecord(change: Partial<FormRecord> = {}): FormRecord {
  return sampleWithFields({
    name: null,
    department: null,
    implementer: null,
    period: null,
    funding: { period: column(null, null), annual: column(null, null) },
    goals: { period: null, annual: null },
    indicators: tableRows(12, [
      ["产出指标", "数量指标", "", blankValue],
      ["", "质量指标", "", blankValue],
      ["满意度指标", "服务对象满意度指标", "", blankValue],
    ]),
    ...change,
  });
}

ruleTable(formRules, "form.blank", "info", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "only the project's name", record: blankRecord({ name: "办公楼维修" }) },
    { name: "only the department", record: blankRecord({ department: "某局" }) },
    { name: "only the period", record: blankRecord({ period: period("2023年", null, null) }) },
    {
      name: "only an amount, even one that is no number",
      record: blankRecord({ funding: { period: null, annual: column("十万", null) } }),
    },
    {
      name: "only the annual goal",
      record: blankRecord({ goals: { period: null, annual: "完成" } }),
    },
    {
      name: "only a 三级 name",
      record: blankRecord({
        indicators: tableRows(12, [["产出指标", "数量指标", "培训", blankValue]]),
      }),
    },
    {
      name: "only a value",
      record: blankRecord({
        indicators: tableRows(12, [["产出指标", "数量指标", "", quantity("≥3次", "≥", "3", "次")]]),
      }),
    },
  ],
  invalid: [
    {
      name: "the template's skeleton, its year and unit (what a person did not type)",
      record: blankRecord(),
      findings: [{ cell: "B4", message: "表格未填写。", messageEn: has("not been filled in") }],
    },
    {
      name: "read as the reader may: no unit, no indicator rows, no funding columns",
      record: blankRecord({
        unit: null,
        year: null,
        indicators: [],
        funding: { period: null, annual: null },
      }),
      findings: [{ cell: "B4" }],
    },
    {
      name: "blanks that are only spaces",
      record: blankRecord({ name: "  ", goals: { period: " ", annual: null } }),
      findings: [{ cell: "B4" }],
    },
  ],
});

describe("a form nobody filled in, checked", () => {
  const template = () => gridFromPlan(templatePlan({ year: 2023, unit: "某单位" }));

  it("gets form.blank on its name cell and nothing else, with or without a unit", () => {
    for (const grid of [template(), gridFromPlan(templatePlan({ year: 2023 }))]) {
      const { forms, findings } = checkSheet(grid);
      expect(findings).toEqual([]);
      expect(forms).toHaveLength(1);
      expect(forms[0].findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
        ["form.blank", "info", "B4"],
      ]);
      expect(isBlankForm(forms[0].record)).toBe(true);
    }
  });

  it("is checked in full as soon as a person types the project's name", () => {
    const grid = template();
    grid.values[3][1] = "办公楼维修"; // B4, the origin being A1
    const codes = checkSheet(grid).forms[0].findings.map((f) => f.code);
    expect(codes).not.toContain("form.blank");
    expect(codes).toContain("header.missing");
    expect(codes).toContain("indicator.empty-row");
  });
});
