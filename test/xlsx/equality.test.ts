import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkFile, formPlan, readSheet, templatePlan, type GridSnapshot } from "../../src/form";
import { gridPlan } from "../../src/form/annotate";
import { gridOfWorksheet } from "../../src/files/xlsxRead";
import { zlibInflater } from "../../src/files/inflate";
import { readWorkbook } from "../../src/xlsx";
import { fixturePlan, loadFixtures } from "../support/formFixtures";
import { sampleGrid } from "../support/sampleGrid";
import { newWorkbookBytes } from "../support/xlsxFiles";

/*
 * The new reader against the ExcelJS adapter it replaces in the command line: on every fixture
 * (written by ExcelJS and by LibreOffice, test/fixtures/xlsx/README.md) and on workbooks the tool
 * writes, the grids are the same and so is everything the check reports.
 */

const FIXTURES = join(__dirname, "../fixtures/xlsx");
/** The workbooks of the fixtures folder (others there are hostile inputs, not workbooks). */
const fixtureFiles = [
  ...readdirSync(FIXTURES).filter((name) => /^(exceljs|libreoffice)-.*\.xlsx$/.test(name)),
  ...readdirSync(join(FIXTURES, "libreoffice-published")).map(
    (name) => `libreoffice-published/${name}`
  ),
];

const records = readSheet(sampleGrid()).forms.map((form) => form.record);

/** Workbooks as the tool writes them: the template, forms, the pasted sample, plan operations. */
const written: Record<string, () => Promise<Uint8Array>> = {
  "template (tool-written)": () => newWorkbookBytes([templatePlan({ year: 2024, unit: "某单位" })]),
  "five forms (tool-written)": () =>
    newWorkbookBytes(records.map((record, i) => formPlan(record, { sheet: `项目${i + 1}` }))),
  "the sample text as one sheet (tool-written)": () => newWorkbookBytes([gridPlan(sampleGrid())]),
  "formulas, notes, lists, links (tool-written)": () =>
    newWorkbookBytes([
      {
        sheet: "汇总",
        ops: [
          { kind: "values", range: "A1:A3", values: [[1.1], [2.2], [{ formula: "=SUM(A1:A2)" }]] },
          { kind: "note", cell: "A1", text: "说明" },
          { kind: "list", range: "B1:B2", items: ["产出指标", "效益指标"] },
          { kind: "link", cell: "C1", sheet: "汇总", target: "A1", text: "去目标" },
          { kind: "format", range: "A1", format: { numberFormat: "0.00%" } },
        ],
      },
    ]),
};

async function exceljsGrids(bytes: Uint8Array): Promise<GridSnapshot[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map(gridOfWorksheet);
}

/**
 * The grid as the file holds it. ExcelJS repeats a merged area's value in every cell it covers;
 * the file, Excel and the new reader keep it in the top-left cell only. Trailing blanks dropped.
 */
function asStored(grid: GridSnapshot): Omit<GridSnapshot, "uncalculated"> {
  const values = grid.values.map((row) => [...row]);
  for (const { top, left, bottom, right } of grid.merges)
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++)
        if ((r !== top || c !== left) && values[r] && c < values[r].length) values[r][c] = null;
  for (const row of values) while (row.length > 0 && row[row.length - 1] === null) row.pop();
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: grid.sheet, origin: grid.origin, values, merges };
}

const isUncalculated = (finding: { code: string }) => finding.code === "read.formula-uncalculated";

/** The published forms of test/fixtures/forms, as the tool writes them. */
const published = loadFixtures().map((fixture): [string, () => Promise<Uint8Array>] => [
  `${fixture.id} (tool-written)`,
  () => newWorkbookBytes([fixturePlan(fixture)]),
]);

const cases: [string, () => Promise<Uint8Array>][] = [
  ...fixtureFiles.map((name): [string, () => Promise<Uint8Array>] => [
    name,
    async () => readFileSync(join(FIXTURES, name)),
  ]),
  ...Object.entries(written),
  ...published,
];

describe("the .xlsx reader equals the ExcelJS adapter", () => {
  it("has fixtures written by LibreOffice and by ExcelJS to compare on", () => {
    expect(
      fixtureFiles.filter((name) => name.startsWith("libreoffice-")).length
    ).toBeGreaterThanOrEqual(4);
    expect(
      fixtureFiles.filter((name) => name.startsWith("exceljs-")).length
    ).toBeGreaterThanOrEqual(2);
  });

  it.each(cases)("%s: the same grids and the same report", async (_name, bytesOf) => {
    const bytes = await bytesOf();
    const before = await exceljsGrids(bytes);
    const after = readWorkbook(bytes);
    expect(after.map(asStored)).toEqual(before.map(asStored));
    expect(after.some((grid) => grid.values.length > 0)).toBe(true);
    expect(readWorkbook(bytes, { inflate: zlibInflater })).toEqual(after);
    // The one difference by design: a formula saved without a result is said to be one.
    const report = checkFile("f.xlsx", after);
    const uncalculated = after.flatMap((grid) => grid.uncalculated ?? []).length;
    expect(report.findings.filter(isUncalculated)).toHaveLength(uncalculated > 0 ? 1 : 0);
    expect({ ...report, findings: report.findings.filter((f) => !isUncalculated(f)) }).toEqual(
      checkFile("f.xlsx", before)
    );
  });
});
