import ExcelJS from "exceljs";
import type { ImportFile } from "../../src/excel";
import { errorText } from "../../src/excel/errors";
import { newWorkbook } from "../../src/files/xlsxWrite";
import { formPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { checkResultOf } from "../taskpane/fakes";
import { HOSTS } from "./desks";

/*
 * The pane's seam (PaneActions) where a person meets it less often, the same in Excel and in WPS
 * 表格 (docs/wps.md, "Tests"): a picked file that holds no form or is no workbook, fixes asked of
 * findings that have none, and live check hearing a person's edit. The mutation run of
 * src/taskpane/wpsActions.ts found these paths run by no test (docs/architecture.md, Mutation testing).
 */
async function noForm(): Promise<ImportFile> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("会议纪要");
  sheet.getCell("A1").value = "关于道路养护的会议纪要";
  sheet.getCell("A2").value = "出席：张三、李四";
  return { name: "纪要.xlsx", bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

const damaged: ImportFile = {
  name: "坏.xlsx",
  bytes: new TextEncoder().encode("PK\u0003\u0004 cut short"),
};

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])("the pane's seam in %s", (name) => {
  it("leaves out a file with no form and a damaged one, each with its reason in both languages", async () => {
    const desk = HOSTS[name]();
    const before = desk.sheetNames();
    const progress: string[] = [];
    const outcomes = await desk.actions.importWorkbooks(
      [await noForm(), damaged],
      (done, total, outcome) => progress.push(`${done}/${total} ${outcome.file}`)
    );
    expect(progress).toEqual(["1/2 纪要.xlsx", "2/2 坏.xlsx"]);
    for (const outcome of outcomes) {
      expect({ ...outcome, reason: undefined }).toEqual({
        file: outcome.file,
        inserted: false,
        sheets: [],
        reason: undefined,
      });
      expect(hasChinese(outcome.reason!.zh)).toBe(true);
      // The English names the file, as it is called; the rest is English.
      expect(hasChinese(outcome.reason!.en.replaceAll(outcome.file, ""))).toBe(false);
      expect(outcome.reason!.en.trim()).not.toBe("");
    }
    expect(desk.sheetNames()).toEqual(before);
  });

  it("says there is no fix to apply when the findings hold none, and writes nothing", async () => {
    const desk = HOSTS[name]();
    const findings = checkResultOf().report.files[0].forms.flatMap((f) => f.findings);
    const without = findings.filter((f) => !f.fix);
    expect(without.length).toBeGreaterThan(0);
    const error = await desk.actions.applyFixes(without).then(
      () => null,
      (e: unknown) => e
    );
    expect(errorText(error, "zh")).toBe("没有可以自动应用的修正。");
    expect(await desk.actions.fixesToUndo()).toEqual([]);
  });

  it("tells live check the name of the sheet a person edits, until it stops", async () => {
    const desk = HOSTS[name]();
    const heard: string[] = [];
    const stop = await desk.actions.watchChanges({
      changed: (sheet) => heard.push(sheet),
      failed: (error) => heard.push(`failed: ${String(error)}`),
    });
    expect(stop).not.toBeNull();
    // Excel leaves a moment after the add-in's own writes (src/excel/watch.ts): the person comes later.
    await new Promise((resolve) => setTimeout(resolve, 600));
    desk.type("Sheet1", "B2", "备注");
    for (let waited = 0; heard.length === 0 && waited < 3_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual(["Sheet1"]);
    await stop!();
    desk.type("Sheet1", "B3", "再改");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toEqual(["Sheet1"]);
  });
});

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])(
  "插入指标行 through the seam in %s",
  (name) => {
    it("finds the 二级 block under the selection and adds a row below it", async () => {
      const desk = HOSTS[name]();
      const { sheet } = await desk.actions.insertTemplate({ year: 2025 });
      await desk.actions.selectCell(sheet, "C13");
      const target = (await desk.actions.indicatorRowTarget())!;
      expect(target.sheet).toBe(sheet);
      const chosen = target.blocks[target.selected];
      expect(chosen.firstRow).toBeLessThanOrEqual(12);
      expect(chosen.lastRow).toBeGreaterThanOrEqual(12);
      const inserted = await desk.actions.insertIndicatorRow(sheet, chosen.firstRow);
      expect(inserted).toEqual({
        sheet,
        level1: chosen.level1,
        level2: chosen.level2,
        cell: `C${chosen.lastRow + 2}`,
      });
    });
  }
);

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])(
  "one sheet's check through the seam in %s",
  (name) => {
    it("checks the sheet named, marks its errors, and clears the marks again", async () => {
      const desk = HOSTS[name]();
      const { sheet } = await desk.actions.insertTemplate({ year: 2025 });
      // Two amounts of the funding table that cannot both hold: an error to mark.
      desk.type(sheet, "C6", "100");
      desk.type(sheet, "C7", "150");
      const result = await desk.actions.checkSheet(sheet, { locale: "zh" });
      expect(result.report.files).toHaveLength(1);
      expect(result.report.summary.errors).toBeGreaterThan(0);
      expect(result.marked).toBeGreaterThan(0);
      const cleared = await desk.actions.clearMarks();
      expect(cleared.cells).toBe(result.marked);
    });
  }
);

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])(
  "自检 through the seam in %s",
  (name) => {
    it("tries the host's behaviours and gives them as text to copy", async () => {
      const desk = HOSTS[name]();
      const result = await desk.actions.selfTest();
      expect(result.results.length).toBeGreaterThan(0);
      const text = desk.actions.selfTestText(result);
      for (const item of result.results) expect(text).toContain(item.id);
    });
  }
);

describe.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])(
  "an import of two forms in %s",
  (name) => {
    it("adds each sheet's own form, named after its project", async () => {
      const desk = HOSTS[name]();
      const forms = readSheet(sampleGrid()).forms;
      const plans = [
        formPlan({ ...forms[0].record, year: 2025, name: "道路养护" }, { sheet: "一" }),
        formPlan({ ...forms[1].record, year: 2025, name: "桥梁维修" }, { sheet: "二" }),
      ];
      const bytes = new Uint8Array(await newWorkbook(plans).xlsx.writeBuffer());
      const [outcome] = await desk.actions.importWorkbooks(
        [{ name: "两表.xlsx", bytes }],
        () => {}
      );
      expect(outcome.sheets).toEqual(["道路养护", "桥梁维修"]);
      const { report } = await desk.actions.checkWorkbook();
      const projects = report.files.flatMap((f) => f.forms.map((form) => form.record.name));
      expect(projects.sort()).toEqual(["桥梁维修", "道路养护"].sort());
    });
  }
);
