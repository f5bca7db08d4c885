import { checkSheet, checkWorkbook, clearMarks } from "../../src/excel";
import { MARK_RECORD_NAMESPACE, parseMarkRecord } from "../../src/excel/markRecord";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

// Excel 2019 (ExcelApi 1.8) carries a mark's message in the cell's input prompt, and the record
// keeps, for each prompt, whether the cell had a rule of the person's (docs/addin.md, "Clear").
// Two copies of a form give the same finding, the same message, on the same cell of two sheets:
// each sheet's clear must give back its own cell, whichever sheet was checked again.

const EXCEL_2019 = { ExcelApi: "1.8" };
/** B137: form 5's misplaced 社会效益指标, marked on every copy of the sample. */
const CELL = { address: "B137", row: 136, col: 1 };
const DROPDOWN = {
  list: { inCellDropDown: true, source: "数量指标,质量指标,时效指标,社会效益指标" },
};

/** Two copies of the sample form; on the first the person has a dropdown (no prompt) on B137. */
function twoCopies(): Host {
  const host = installHost(EXCEL_2019, ["说明"]);
  seedGrid(host.workbook, { ...sampleGrid(), sheet: "一科" });
  seedGrid(host.workbook, { ...sampleGrid(), sheet: "二科" });
  host.workbook.sheet("一科")!.patchStyle(CELL.row, CELL.col, { "dataValidation.rule": DROPDOWN });
  return host;
}

/**
 * Whether the record says B137 of a sheet had no rule of the person's: clear then takes the whole
 * validation away instead of giving back an empty prompt (in Excel an "any value" rule left on
 * the cell; the emulator, like Excel's interface, shows both alike).
 */
function recordedAlone(host: Host, sheet: string): boolean | undefined {
  const id = host.workbook.sheet(sheet)!.id;
  const part = host.workbook.customXmlParts.find((p) => p.namespaceUri === MARK_RECORD_NAMESPACE);
  return parseMarkRecord(part?.xml).find((m) => m.sheet === id && m.cell === CELL.address)?.prompt
    ?.alone;
}

const state = (host: Host) => JSON.stringify(workbookState(host.workbook));
const promptOn = (host: Host, sheet: string) =>
  marksOn(host.workbook, sheet).find((m) => m.cell === CELL.address)?.prompt;

describe("the same message on the same cell of two sheets, Excel 2019", () => {
  it("check both, check the second again, clear: both cells are as they were, the dropdown kept and the bare cell bare", async () => {
    const host = twoCopies();
    const before = state(host);
    await checkWorkbook();
    expect(promptOn(host, "一科")).toContain("社会效益指标");
    expect(promptOn(host, "二科")).toBe(promptOn(host, "一科"));
    await checkSheet("二科");
    expect(promptOn(host, "二科")).toContain("社会效益指标");
    // 二科's cell is taken for what it was, not for 一科's, which has the person's dropdown.
    expect(recordedAlone(host, "二科")).toBe(true);
    expect(recordedAlone(host, "一科")).toBe(false);
    await clearMarks();
    expect(host.workbook.sheet("二科")!.cell(CELL.row, CELL.col)?.style ?? {}).not.toHaveProperty(
      "dataValidation.prompt"
    );
    expect(state(host)).toBe(before);
  });

  it("check both twice, then clear: the same", async () => {
    const host = twoCopies();
    const before = state(host);
    await checkWorkbook();
    await checkWorkbook();
    expect(promptOn(host, "二科")).toContain("社会效益指标");
    expect(recordedAlone(host, "二科")).toBe(true);
    await clearMarks();
    expect(state(host)).toBe(before);
  });
});
