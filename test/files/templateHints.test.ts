import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { readSheet, templatePlan } from "../../src/form";
import { INPUT_HINTS } from "../../src/form/template";
import { newWorkbook, workbookBytes } from "../../src/files/xlsxWrite";
import { readWorkbook } from "../../src/xlsx";

/* The template the CLI writes (perf-targets template): its prompts as Excel, WPS and LibreOffice find them in the file. */
describe("the written template's input prompts", () => {
  const written = async () =>
    workbookBytes(newWorkbook([templatePlan({ year: 2026, sheet: "绩效目标表" })]));

  it("reopen with their titles and messages: any value on the inputs, the lists on 一级 and 二级", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await written()) as never);
    const sheet = book.getWorksheet("绩效目标表")!;
    const validation = (cell: string) => sheet.getCell(cell).dataValidation;
    expect(validation("E12")).toMatchObject({
      type: "any",
      showInputMessage: true,
      promptTitle: "年度指标值",
      prompt: INPUT_HINTS.indicatorValue.message,
    });
    expect(validation("E19").prompt).toContain("例：≥95%；≤10天；≥3次");
    for (const cell of ["C6", "C8", "E6", "E7"])
      expect(validation(cell)).toMatchObject({ type: "any", promptTitle: "金额(万元)" });
    expect(validation("E4")).toMatchObject({ promptTitle: "项目实施期" });
    expect(validation("A12")).toMatchObject({ type: "list", promptTitle: "一级指标" });
    expect(validation("B19")).toMatchObject({ type: "list", promptTitle: "二级指标" });
    expect(validation("D4")).toBeUndefined();
  });

  it("are a rule-less dataValidation in the sheet's XML, which the reader passes over", async () => {
    const bytes = await written();
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    const forValue = /<dataValidation\b[^>]*sqref="[^"]*E12[^"]*"[^>]*>/.exec(xml)?.[0] ?? "";
    expect(forValue).toContain('promptTitle="年度指标值"');
    expect(forValue).toContain('showInputMessage="1"');
    expect(forValue).not.toMatch(/\btype=/);
    const [grid] = readWorkbook(bytes);
    expect(readSheet(grid).forms.map((f) => f.record.year)).toEqual([2026]);
  });
});
