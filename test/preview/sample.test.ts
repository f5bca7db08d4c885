import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet, gridFromPlan } from "../../src/form";
import { pastedGrid, sampleSheets } from "../../src/preview/sample";

const root = join(__dirname, "../..");
const text = readFileSync(join(root, "examples/2023-unit-performance-targets.txt"), "utf8");

const codes = (findings: { code: string; cell: string }[]) => findings.map((f) => f.code).sort();

describe("the preview's sample workbook", () => {
  const plans = sampleSheets(text);

  it("is the sample document's five forms, one a sheet, named after their projects", () => {
    expect(plans.map((plan) => plan.sheet)).toEqual([
      "产业发展研究院工作业务经费",
      "七贤荟日常工作经费及品牌运营服务费",
      "政策课题研究报告费",
      "龙头分园工作业务经费",
      "社会事务补助工作经费",
    ]);
  });

  it("says what the pasted document says: a check finds the same problems in each form", () => {
    const pasted = checkSheet(pastedGrid(text, "样例")).forms;
    expect(pasted).toHaveLength(5);
    plans.forEach((plan, i) => {
      const [form] = checkSheet(gridFromPlan(plan)).forms;
      expect(codes(form.findings)).toEqual(codes(pasted[i].findings));
      expect(form.record.funding.annual?.total).toBe(pasted[i].record.funding.annual?.total);
    });
    // Form 5's mistakes are kept, as the domain reference says they are found.
    const fifth = checkSheet(gridFromPlan(plans[4])).forms[0].findings.map((f) => f.code);
    expect(fifth.filter((c) => c === "indicator.level2-misplaced")).toHaveLength(2);
  });

  it("reads pasted text as text, a byte-order mark and trailing blank lines aside", () => {
    const grid = pastedGrid("\uFEFF项目名称\t甲\t\t11.460\n\n\n", "s");
    expect(grid.values).toEqual([["项目名称", "甲", null, "11.460"]]);
  });
});
