import ExcelJS from "exceljs";
import { checkFile, formPlan, readSheet } from "../../src/form";
import { newWorkbookBytes } from "../support/xlsxFiles";
import { readWorkbook } from "../../src/xlsx";
import { sampleGrid } from "../support/sampleGrid";

const record = readSheet(sampleGrid()).forms[0].record;

/** The sample's first form, written by ExcelJS, with cells replaced by formulas it saves without a result. */
async function formWithFormulas(formulas: Record<string, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await newWorkbookBytes([formPlan(record, { sheet: "表一" })])) as unknown as ArrayBuffer
  );
  const sheet = workbook.getWorksheet("表一")!;
  for (const [cell, formula] of Object.entries(formulas))
    sheet.getCell(cell).value = { formula } as ExcelJS.CellFormulaValue;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a formula saved without its result", () => {
  it("is reported on its cell as a form the tool cannot check there, not as a missing amount", async () => {
    const report = checkFile("f.xlsx", readWorkbook(await formWithFormulas({ E6: "E7+E8" })));
    const findings = report.forms[0].findings.filter((finding) => finding.cell === "E6");
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ["read.formula-uncalculated", "warning"],
    ]);
    expect(findings[0].message).toMatch(/没有保存计算结果/);
    expect(findings[0].messageEn).toMatch(/never saved/);
  });

  it("leaves a form whose formulas all have results alone", async () => {
    const report = checkFile(
      "f.xlsx",
      readWorkbook(await newWorkbookBytes([formPlan(record, { sheet: "表一" })]))
    );
    expect(report.forms[0].findings.filter((f) => f.code === "read.formula-uncalculated")).toEqual(
      []
    );
  });

  it("on a sheet with no form, is counted in one finding that may say why none was found", () => {
    const grid = {
      sheet: "空",
      origin: { row: 0, col: 0 },
      values: [],
      merges: [],
      uncalculated: [
        { row: 3, col: 1 },
        { row: 0, col: 2 },
      ],
    };
    const report = checkFile("f.xlsx", [grid]);
    expect(report.findings.map((f) => [f.code, f.cell, f.data.count])).toEqual([
      ["read.formula-uncalculated", "C1", 2],
    ]);
  });
});
