import { checkFile, checkSheet, gridFromPlan, readSheet, templatePlan } from "../../../src/form";
import type { GridSnapshot } from "../../../src/form/grid";
import { summaryBook } from "../../../src/form/summaryBook";
import { isSummarySheet } from "../../../src/form/summarySheets";
import { sampleGrid } from "../../support/sampleGrid";

/** The sample's five forms summed, each sheet as a reader of the written workbook sees it. */
function summaryGrids(count = 5): GridSnapshot[] {
  const forms = readSheet(sampleGrid()).forms.slice(0, count);
  const items = forms.map((form, i) => ({
    record: form.record,
    findings: [],
    sheet: `表${i + 1}`,
    cell: "A1",
    source: `form-${i + 1}.xlsx`,
  }));
  return summaryBook(items).plans.map((plan) => ({ ...gridFromPlan(plan), sheet: plan.sheet }));
}

describe("a summary given back as input is known by its sheets' header rows", () => {
  it("knows each of the three sheets, with projects and with none", () => {
    for (const grids of [summaryGrids(), summaryGrids(0)]) {
      expect(grids.map((g) => g.sheet)).toEqual(["汇总表", "指标明细", "检查结果"]);
      expect(grids.map(isSummarySheet)).toEqual([true, true, true]);
    }
  });

  it("reads none of them as forms: without the check, 汇总表 and 指标明细 read as projects", () => {
    const grids = summaryGrids();
    // What the check passes over would be read as projects: the reason it must.
    expect(readSheet(grids[0]).forms.length + readSheet(grids[1]).forms.length).toBeGreaterThan(0);
    expect(grids.map((g) => checkSheet(g))).toEqual(Array(3).fill({ forms: [], findings: [] }));
    // A workbook of a summary and one form: the form alone is read.
    const report = checkFile("汇总.xlsx", [...grids, { ...sampleGrid(), sheet: "表1" }]);
    expect(report.forms.map((f) => f.sheet)).toEqual(Array(5).fill("表1"));
  });

  it("still knows a summary the person wrote below, and knows no form or template", () => {
    const [summary] = summaryGrids();
    const written = { ...summary, values: [...summary.values, [null, "张三补充的说明"]] };
    expect(isSummarySheet(written)).toBe(true);
    expect(isSummarySheet(sampleGrid())).toBe(false);
    expect(isSummarySheet(gridFromPlan(templatePlan({ year: 2023 })))).toBe(false);
  });

  it("a header changed by one word, or moved off column A, is no longer taken for ours", () => {
    const [summary, indicators] = summaryGrids();
    const renamed = structuredClone(summary);
    renamed.values[2][1] = "项目";
    expect(isSummarySheet(renamed)).toBe(false);
    const moved = { ...indicators, origin: { row: 0, col: 1 } };
    expect(isSummarySheet(moved)).toBe(false);
  });
});
