import { checkSheet, clearMarks } from "../../src/excel";
import { AddinError } from "../../src/excel/errors";
import { cellMarks, marksOnMergedAreas } from "../../src/form/marks";
import { cellA1 } from "../../src/form/address";
import { checkFile, fileFindings } from "../../src/form/report";
import { SEVERITY_FILL } from "../../src/form/severity";
import type { EmulatedWorkbook } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { installHost } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

/**
 * The sample sheet with a finding's cell covered by a merged area: the cell and its empty left
 * neighbour merged, as a person merges cells of a form for looks. Returns the covered cell and
 * the area's top-left cell.
 */
function coverAFinding(workbook: EmulatedWorkbook) {
  const grid = sampleGrid();
  seedGrid(workbook, grid);
  const sheet = workbook.sheet(grid.sheet)!;
  const finding = fileFindings(checkFile("x.xlsx", [grid])).find(
    (f) => f.col > 0 && f.severity === "error" && !sheet.cell(f.row, f.col - 1)
  )!;
  expect(finding).toBeDefined();
  sheet.merges.push({
    top: finding.row,
    left: finding.col - 1,
    bottom: finding.row,
    right: finding.col,
  });
  return {
    sheet: grid.sheet,
    covered: finding.cell,
    topLeft: cellA1(finding.row, finding.col - 1),
  };
}

describe.each([
  { name: "ExcelApi 1.13", requirementSets: { ExcelApi: "1.13" } },
  { name: "the newest Excel", requirementSets: undefined },
])("a finding inside a merged area, on $name", ({ requirementSets }) => {
  it("is marked on the area's top-left cell, and the check completes", async () => {
    const host = installHost(requirementSets, ["sample"]);
    const { sheet, covered, topLeft } = coverAFinding(host.workbook);
    const result = await checkSheet(sheet);
    expect(result.marked).toBeGreaterThan(0);
    const marks = marksOn(host.workbook, sheet);
    expect(marks.map((m) => m.cell)).not.toContain(covered);
    const mark = marks.find((m) => m.cell === topLeft)!;
    expect(mark.fill).toBe(SEVERITY_FILL.error);
    await clearMarks();
    expect(marksOn(host.workbook, sheet)).toEqual([]);
  });
});

describe("a check that fails while writing its marks", () => {
  it("removes the marks it had written (ExcelApi 1.10 cannot read merged areas, and refuses the comment)", async () => {
    const host = installHost({ ExcelApi: "1.10" }, ["sample"]);
    const { sheet } = coverAFinding(host.workbook);
    const before = JSON.stringify(workbookState(host.workbook));
    await expect(checkSheet(sheet)).rejects.toBeInstanceOf(AddinError);
    expect(marksOn(host.workbook, sheet)).toEqual([]);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});

describe("marksOnMergedAreas", () => {
  it("moves a mark to its area's top-left cell and joins it with the mark already there", () => {
    const grid = sampleGrid();
    const marks = cellMarks(fileFindings(checkFile("x.xlsx", [grid]))).slice(0, 2);
    const [first, second] = marks;
    const area = {
      top: Math.min(first.row, second.row),
      left: Math.min(first.col, second.col),
      bottom: Math.max(first.row, second.row),
      right: Math.max(first.col, second.col),
    };
    const moved = marksOnMergedAreas(marks, new Map([[grid.sheet, [area]]]));
    expect(moved).toHaveLength(1);
    expect(moved[0].cell).toBe(cellA1(area.top, area.left));
    expect(moved[0].findings).toHaveLength(first.findings.length + second.findings.length);
    expect(marksOnMergedAreas(marks, new Map())).toEqual(marks);
  });
});
