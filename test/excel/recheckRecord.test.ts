import { checkSheet, clearMarks } from "../../src/excel";
import { MARK_RECORD_NAMESPACE, parseMarkRecord } from "../../src/excel/markRecord";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

// A check lists its marks in the workbook's record, in place of the earlier check's marks of the
// sheets it checked (docs/addin.md, "Clear"): a re-check after the person's fix must drop the
// fixed cell's entry, and a re-check of an unchanged sheet must not stack entries.

const state = (host: Host) => JSON.stringify(workbookState(host.workbook));

/** The cells the record lists, one line per entry (a cell listed twice shows twice). */
function recordedCells(host: Host): string[] {
  const part = host.workbook.customXmlParts.find((p) => p.namespaceUri === MARK_RECORD_NAMESPACE);
  return parseMarkRecord(part?.xml)
    .map((m) => m.cell)
    .sort();
}

const shownCells = (host: Host) => marksOn(host.workbook, "sample").map((m) => m.cell);

describe.each(HOSTS)("a re-check's record on $name", ({ requirementSets }) => {
  it("check, fix a cell, check again twice, clear: the record follows the marks, and clear gives back the sheet", async () => {
    const host = installHost(requirementSets, ["sample"]);
    seedGrid(host.workbook, sampleGrid());
    const before = state(host);
    await checkSheet("sample");
    expect(shownCells(host)).toContain("B137");
    expect(recordedCells(host)).toEqual(shownCells(host));
    // The person moves 社会效益指标 under 效益指标 where it belongs.
    expect(host.workbook.sheet("sample")!.cell(136, 0)).toBeUndefined();
    host.workbook.setValues("sample", "A137", [["效益指标"]]);
    await checkSheet("sample");
    expect(shownCells(host)).not.toContain("B137");
    expect(recordedCells(host)).toEqual(shownCells(host));
    await checkSheet("sample");
    expect(recordedCells(host)).toEqual(shownCells(host));
    const shown = shownCells(host).length;
    expect((await clearMarks()).cells).toBe(shown);
    expect(recordedCells(host)).toEqual([]);
    // Undone by hand, the person's fix leaves the sheet exactly as it was before the first check.
    host.workbook.sheet("sample")!.cells.delete("136,0");
    expect(state(host)).toBe(before);
  });
});
