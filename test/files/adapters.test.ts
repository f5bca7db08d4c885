import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { gridPlan } from "../../src/form/annotate";
import { loadGrids } from "../../src/files/load";
import { parseCsv, readTextGrid } from "../../src/files/text";
import { readWorkbookGrids } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { sampleGrid } from "../support/sampleGrid";
import { xlsxPart, xlsxPartOrEmpty } from "../support/xlsxParts";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);

describe("the ExcelJS adapter", () => {
  it("writes a form and reads back the same record, merges included", async () => {
    const path = tmp.path("form.xlsx");
    await writeWorkbook(path, [formPlan(samples[1], { sheet: "七贤荟" })]);
    const [grid] = await readWorkbookGrids(path);
    expect(grid.sheet).toBe("七贤荟");
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    const [form] = readSheet(grid).forms;
    expect(form.record.name).toBe(samples[1].name);
    expect(form.record.funding.annual?.total).toBe("216.1");
    expect(form.record.indicators.map((i) => i.value.raw)).toEqual(
      samples[1].indicators.map((i) => i.value.raw)
    );
  });

  it("writes formulas, notes, lists, links and formats", async () => {
    const path = tmp.path("ops.xlsx");
    await writeWorkbook(path, [
      { sheet: "目标", ops: [{ kind: "values", range: "A1:B1", values: [["x", 1]] }] },
      {
        sheet: "汇总",
        ops: [
          { kind: "values", range: "A1:A3", values: [[1.1], [2.2], [{ formula: "=SUM(A1:A2)" }]] },
          { kind: "note", cell: "A1", text: "说明" },
          { kind: "list", range: "B1:B2", items: ["产出指标", "效益指标"] },
          { kind: "link", cell: "C1", sheet: "目标", target: "A1", text: "去目标" },
          {
            kind: "format",
            range: "A1",
            format: { fill: "#FFC7CE", border: "thin", numberFormat: "0.00" },
          },
        ],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("汇总")!;
    expect(sheet.getCell("A3").value).toMatchObject({ formula: "SUM(A1:A2)" });
    expect(sheet.getCell("A1").note).toBe("说明");
    expect(sheet.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"产出指标,效益指标"'],
    });
    expect(sheet.getCell("C1").value).toBe("去目标");
    // An internal link as Excel writes it: a location and no relationship (LibreOffice and WPS
    // follow that; ExcelJS's own external relationship opens as a broken link to a file).
    const sheetXml = xlsxPart(path, "xl/worksheets/sheet2.xml");
    expect(sheetXml).toMatch(/<hyperlink ref="C1" location="&apos;目标&apos;!A1"\/>/);
    expect(xlsxPartOrEmpty(path, "xl/worksheets/_rels/sheet2.xml.rels")).not.toMatch(/hyperlink/);
    expect(sheet.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("A1").numFmt).toBe("0.00");
  });

  it("reads the sample text written as a workbook the same as the text", async () => {
    const path = tmp.path("sample.xlsx");
    await writeWorkbook(path, [gridPlan(sampleGrid())]);
    const [grid] = await loadGrids(path);
    expect(readSheet(grid).forms.map((f) => f.record)).toEqual(samples);
  });
});

describe("pasted text and CSV", () => {
  it("reads tab-separated UTF-8 with a BOM and CRLF line ends", async () => {
    const path = tmp.path("pasted.txt");
    writeFileSync(path, "\uFEFF项目名称\t测试\r\n一级指标\t二级指标\r\n\r\n");
    const grid = await readTextGrid(path);
    expect(grid.sheet).toBe("pasted");
    expect(grid.values).toEqual([
      ["项目名称", "测试"],
      ["一级指标", "二级指标"],
    ]);
  });

  it("parses CSV quoting: commas, line breaks and doubled quotes inside fields", () => {
    expect(parseCsv('a,"b,c","say ""hi""\nthere"\r\nd,,e')).toEqual([
      ["a", "b,c", 'say "hi"\nthere'],
      ["d", "", "e"],
    ]);
  });

  it("names the file and the reason when it cannot read one", async () => {
    await expect(loadGrids(tmp.path("missing.xlsx"))).rejects.toThrow(/missing\.xlsx/);
    await expect(loadGrids(tmp.path("form.pdf"))).rejects.toThrow(/不支持的文件类型/);
    const broken = tmp.path("broken.xlsx");
    writeFileSync(broken, "not a zip");
    await expect(loadGrids(broken)).rejects.toThrow(/broken\.xlsx: 文件内容不是 \.xlsx 工作簿/);
  });
});
