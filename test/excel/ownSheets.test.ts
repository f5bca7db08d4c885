import { checkSheet, checkWorkbook, mergeIntoSummary } from "../../src/excel";
import { markFormula } from "../../src/excel/marks";
import { checkOutcome } from "../../src/excel/messages";
import { OWN_SHEET_MARK } from "../../src/excel/ownSheets";
import type { Report } from "../../src/form/finding";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, countSyncs, installHost } from "./host";
import { copySheetAsPerson } from "./person";
import { marksOn, seedGrid } from "./workbook";

/** Every finding on the forms, as the pane lists them (sheet, cell, code, message). */
const findingsOf = (report: Report) =>
  report.files.flatMap((f) => [...f.findings, ...f.forms.flatMap((x) => x.findings)]);

describe.each(HOSTS)("the add-in's own sheets on $name", ({ requirementSets }) => {
  function sampleHost() {
    const host = installHost(requirementSets, ["项目表"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    return host;
  }

  it("汇总 then 校验全部 finds exactly what it found before 汇总, and says the summaries were left out", async () => {
    const host = sampleHost();
    const before = await checkWorkbook();
    await mergeIntoSummary();
    const { result: after, syncs } = await countSyncs(host, () => checkWorkbook());
    expect(syncs).toBeLessThanOrEqual(4);
    expect(findingsOf(after.report)).toEqual(findingsOf(before.report));
    expect(after.report.summary).toEqual(before.report.summary);
    expect(after.skipped).toBe(3);
    expect(before.skipped).toBe(0);
    expect(marksOn(host.workbook, "汇总表")).toEqual([]);
    expect(marksOn(host.workbook, "指标明细")).toEqual([]);
    expect(checkOutcome(after, "zh")).toBe(
      "5 张表：" +
        `${after.report.summary.errors} 个错误，${after.report.summary.warnings} 个警告，${after.report.summary.infos} 个提示。` +
        "另有 3 张汇总表未校验（本插件生成的表不是绩效目标表）。"
    );
    expect(checkOutcome(after, "en")).toMatch(/^5 form\(s\): .* 3 summary sheet\(s\) not checked/);
  });

  it("knows a summary the person renamed, moved and copied, and checks none of them", async () => {
    const host = sampleHost();
    const before = await checkWorkbook();
    await mergeIntoSummary();
    const book = host.workbook;
    book.sheet("汇总表")!.name = "2025年 上报";
    const moved = book.sheet("指标明细")!;
    book.sheets.splice(book.sheets.indexOf(moved), 1);
    book.sheets.push(moved);
    const copy = copySheetAsPerson(book, "2025年 上报");
    expect(copy.names.has(OWN_SHEET_MARK)).toBe(true);
    const after = await checkWorkbook();
    expect(findingsOf(after.report)).toEqual(findingsOf(before.report));
    expect(after.skipped).toBe(4);
    // The live check and 当前工作表 on a summary: nothing read, nothing marked, said so.
    const one = await checkSheet(copy.name);
    expect(one.report.summary.forms).toBe(0);
    expect(one.skipped).toBe(1);
    expect(marksOn(book, copy.name)).toEqual([]);
    // A new summary reads the forms only, never the renamed or copied old one.
    const merged = await mergeIntoSummary();
    expect(merged.forms).toBe(5);
  });

  it("takes the marks off a summary an older version checked by mistake", async () => {
    const host = sampleHost();
    await mergeIntoSummary();
    const summary = host.workbook.sheet("汇总表")!;
    // An older version: no mark on the sheets, and its check read them as forms and marked them.
    summary.names.delete(OWN_SHEET_MARK);
    host.workbook.sheet("指标明细")!.names.delete(OWN_SHEET_MARK);
    const names = new Map(host.workbook.names);
    host.workbook.names.clear();
    // Its mark on a 合计 cell: the tagged highlight rule a check leaves (the core no longer reads
    // a summary as a form, so a check of today cannot make one).
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("汇总表").getRange("F4");
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = markFormula("error");
      format.custom.format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(marksOn(host.workbook, "汇总表").length).toBeGreaterThan(0);
    for (const [key, value] of names) host.workbook.names.set(key, value);
    const result = await checkWorkbook();
    expect(result.skipped).toBe(3);
    expect(marksOn(host.workbook, "汇总表")).toEqual([]);
  });
});
