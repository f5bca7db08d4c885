import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const samples = readSheet(sampleGrid()).forms.map((f) => f.record);
const formFiles = samples.map((_, i) => tmp.path(`form-${i + 1}.xlsx`));
beforeAll(() =>
  Promise.all(
    samples.map((record, i) =>
      writeWorkbook(formFiles[i], [formPlan(record, { sheet: "绩效目标表" })])
    )
  )
);

/** The project names and the 年度金额 合计 of a written summary. */
async function summaryOf(path: string): Promise<{ names: string[]; total: unknown }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const names: string[] = [];
  let total: unknown;
  workbook.getWorksheet("汇总表")!.eachRow((row) => {
    const first = row.getCell(1).value;
    if (typeof first === "number") names.push(String(row.getCell(2).value));
    if (first === "合计") total = (row.getCell(7).value as { result: unknown }).result;
  });
  return { names, total };
}

describe("a summary given back to the command line", () => {
  it("is checked for its forms only, and merged again with a late form sums each project once", async () => {
    const first = tmp.path("汇总-第一次.xlsx");
    expect((await cli("merge", ...formFiles.slice(0, 4), "-o", first)).code).toBe(0);
    expect(await summaryOf(first)).toEqual({
      names: samples.slice(0, 4).map((s) => s.name),
      total: 627.56,
    });

    // Checked: the four copied forms, none of 汇总表, 指标明细 or 检查结果.
    const checked = await cli("validate", "--json", first);
    const report = JSON.parse(checked.stdout) as { files: { forms: { sheet: string }[] }[] };
    const sheets = report.files[0].forms.map((f) => f.sheet);
    expect(sheets).toEqual(samples.slice(0, 4).map((s) => s.name));

    // The late fifth form merged into last week's summary: five projects, each once.
    const again = tmp.path("汇总-第二次.xlsx");
    const merged = await cli("merge", first, formFiles[4], "-o", again);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toContain("5 个项目");
    expect(await summaryOf(again)).toEqual({ names: samples.map((s) => s.name), total: 1027.56 });
  });
});
