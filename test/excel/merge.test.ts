import {
  applyFixes,
  checkSheet,
  checkWorkbook,
  insertTemplate,
  mergeIntoSummary,
  selectCell,
  AddinError,
} from "../../src/excel";
import { CHECKS_NAME, INDICATORS_NAME, SUMMARY_NAME } from "../../src/excel/merge";
import { formPlan, gridFromPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, countSyncs, installHost } from "./host";
import { seedGrid } from "./workbook";

describe.each(HOSTS)("merge, fixes and selection on $name", ({ requirementSets }) => {
  function fiveSheets() {
    const host = installHost(requirementSets, ["说明"]);
    host.workbook.setValues("说明", "A1", [["本工作簿汇总本单位项目"]]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    return host;
  }

  it("builds the summary from every form in at most four syncs, with SUM totals and links", async () => {
    const host = fiveSheets();
    const { result, syncs } = await countSyncs(host, () => mergeIntoSummary());
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result).toMatchObject({ sheet: "汇总表", forms: 5 });
    expect(host.workbook.sheets[0].name).toBe("汇总表");
    const summary = host.workbook.sheet("汇总表")!;
    const formulas = [...summary.cells.values()].map((c) => c.formula).filter(Boolean);
    expect(formulas.some((f) => /^=SUM\(/.test(f!))).toBe(true);
    const names = [...summary.cells.values()].map((c) => c.value);
    expect(names).toContain("产业发展研究院工作业务经费");
    expect(host.workbook.names.has(SUMMARY_NAME)).toBe(true);
    expect(host.workbook.sheets[1].name).toBe("指标明细");
    expect(host.workbook.sheet("指标明细")!.tables.map((t) => t.name)).toEqual(["指标明细"]);
    expect(host.workbook.names.has(INDICATORS_NAME)).toBe(true);
    // The person's own sheets are untouched.
    expect(host.workbook.values("说明", "A1")).toEqual([["本工作簿汇总本单位项目"]]);
  });

  it("a clerk's afternoon: insert a template, leave it blank, add a form of another year, merge, merge again", async () => {
    const host = fiveSheets();
    const inserted = await insertTemplate({ year: 2023, unit: "大连高新技术产业发展研究院" });
    const [first] = readSheet(sampleGrid()).forms.map((f) => f.record);
    seedGrid(
      host.workbook,
      gridFromPlan(formPlan({ ...first, name: "明年的项目", year: 2024 }, { sheet: "明年" }))
    );
    for (const _attempt of [1, 2]) {
      const result = await mergeIntoSummary();
      expect(result).toMatchObject({ sheet: "汇总表", forms: 5, leftOut: 2, year: 2023 });
      expect(result.yearGiven).toBe(false);
      expect(host.workbook.sheets.slice(0, 3).map((s) => s.name)).toEqual([
        "汇总表",
        "指标明细",
        "检查结果",
      ]);
      const summaryText = [...host.workbook.sheet("汇总表")!.cells.values()].map((c) => c.value);
      expect(summaryText).not.toContain("明年的项目");
      expect(summaryText).toContain("注：另有 2 个文件或表格未计入汇总，原因见“检查结果”表。");
      const checks = [...host.workbook.sheet("检查结果")!.cells.values()].map((c) => c.value);
      expect(checks).toEqual(
        expect.arrayContaining([
          "未计入汇总的文件和表格",
          inserted.sheet,
          "表格未填写。",
          "form.blank",
          "明年",
          "本表为2024年度，汇总表为2023年度，未计入汇总。",
          "summary.other-year",
        ])
      );
      expect(host.workbook.names.has(CHECKS_NAME)).toBe(true);
      expect(host.workbook.sheets.filter((s) => s.name.startsWith("检查结果"))).toHaveLength(1);
    }
    const given = await mergeIntoSummary({ year: 2024 });
    expect(given).toMatchObject({ forms: 1, leftOut: 6, year: 2024, yearGiven: true });
  });

  it("replaces its own summary, and never touches a sheet the person named 汇总表", async () => {
    const host = fiveSheets();
    host.workbook.setValues("汇总表", "A1", [["我自己的汇总"]]);
    const first = await mergeIntoSummary();
    expect(first.sheet).toBe("汇总表 (2)");
    const second = await mergeIntoSummary({ unit: "某单位" });
    expect(second.sheet).toBe("汇总表 (2)");
    expect(host.workbook.values("汇总表", "A1")).toEqual([["我自己的汇总"]]);
    expect(host.workbook.sheets.filter((s) => s.name.startsWith("汇总表"))).toHaveLength(2);
  });

  it("keeps a project name that looks like a formula as text in the summary", async () => {
    const host = fiveSheets();
    host.workbook.setValues("项目表", "B19", [['=HYPERLINK("http://evil.example","点我")']]);
    await mergeIntoSummary();
    const summary = host.workbook.sheet("汇总表")!;
    const cells = [...summary.cells.values()];
    expect(cells.some((c) => c.value === '=HYPERLINK("http://evil.example","点我")')).toBe(true);
    expect(cells.some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
  });

  it("applies the safe fixes in two syncs, and none when a cell changed since the check", async () => {
    const host = fiveSheets();
    host.workbook.setValues("项目表", "E33", [[">=95%"]]);
    const { report } = await checkSheet("项目表");
    const fixable = report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
    expect(fixable.length).toBeGreaterThan(0);
    const stale = [...fixable];
    host.workbook.setValues("项目表", "E33", [["≥96%"]]);
    await expect(applyFixes(stale)).rejects.toBeInstanceOf(AddinError);
    expect(host.workbook.values("项目表", "E33")).toEqual([["≥96%"]]);
    host.workbook.setValues("项目表", "E33", [[">=95%"]]);
    const again = (await checkSheet("项目表")).report.files[0].forms.flatMap((f) => f.findings);
    const { result, syncs } = await countSyncs(host, () => applyFixes(again.filter((f) => f.fix)));
    expect(syncs).toBe(2);
    expect(result.map((r) => r.cell)).toContain("E33");
    expect(host.workbook.values("项目表", "E33")).toEqual([["≥95%"]]);
  });

  it("writes no stale fix over the person's later edit, even when the new text has a fix of its own", async () => {
    const host = fiveSheets();
    host.workbook.setValues("项目表", "E33", [[">=95%"]]);
    const { report } = await checkSheet("项目表");
    const fixes = report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
    expect(fixes.map((f) => f.fix!.cell)).toContain("E33");
    // After the check the person retypes the cell: still ASCII, so the check now proposes ≥96%.
    host.workbook.setValues("项目表", "E33", [[">=96%"]]);
    await expect(applyFixes(fixes)).rejects.toMatchObject({ id: "fixesStale" });
    expect(host.workbook.values("项目表", "E33")).toEqual([[">=96%"]]);
  });

  it("leaves the person's Name Manager showing only their own names, after a summary and its refresh", async () => {
    const host = fiveSheets();
    // The clerk names a cell of a form in the Name Manager.
    await Excel.run(async (context) => {
      const form = context.workbook.worksheets.getItem("项目表");
      context.workbook.names.add("项目总额", form.getRange("G4"));
      await context.sync();
    });
    const shown = () =>
      [
        ...host.workbook.names.values(),
        ...host.workbook.sheets.flatMap((s) => [...s.names.values()]),
      ]
        .filter((n) => n.visible)
        .map((n) => n.name);
    for (const run of ["merge", "refresh"]) {
      await mergeIntoSummary();
      expect({ run, shown: shown() }).toEqual({ run, shown: ["项目总额"] });
    }
    expect(host.workbook.names.has(SUMMARY_NAME)).toBe(true);
  });

  it("the person deletes the summary sheet: the workbook still checks, and the next summary is made afresh", async () => {
    const host = fiveSheets();
    await mergeIntoSummary();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总表").delete();
      await context.sync();
    });
    const checked = await checkWorkbook();
    expect(checked.report.files[0].forms).toHaveLength(5);
    const merged = await mergeIntoSummary();
    expect(merged.forms).toBe(5);
    expect(host.workbook.sheets.map((s) => s.name)).toContain("汇总表");
  });

  it("says that a finding's sheet is gone, by its name, when it was deleted since the check", async () => {
    fiveSheets();
    await expect(selectCell("已删除的表", "B137")).rejects.toMatchObject({
      id: "sheetNotFound",
      data: { sheet: "已删除的表" },
    });
  });

  it("says that going to a finding failed, naming its sheet, when the person has hidden the sheet it is on", async () => {
    const host = fiveSheets();
    host.workbook.sheet("项目表")!.visibility = "Hidden";
    const error = (await selectCell("项目表", "B137").then(
      () => null,
      (e: unknown) => e
    )) as AddinError;
    expect(error).toBeInstanceOf(AddinError);
    expect(error.text("zh")).toMatch(/^定位单元格失败（工作表“项目表”）/);
    expect(error.text("en")).toMatch(/^Selecting the cell failed \(sheet "项目表"\)/);
    expect(host.workbook.sheet("项目表")!.visibility).toBe("Hidden");
  });

  it("selects a finding's cell on its sheet in one sync", async () => {
    const host = fiveSheets();
    const { syncs } = await countSyncs(host, () => selectCell("项目表", "B137"));
    expect(syncs).toBe(1);
    expect(host.workbook.selection).toEqual({
      sheet: "项目表",
      area: { top: 136, left: 1, bottom: 136, right: 1 },
    });
    expect(host.workbook.activeWorksheet().name).toBe("项目表");
  });
});
