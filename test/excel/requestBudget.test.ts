import { syntheticGrids, sampleRecords } from "../../bench/synthetic";
import { createEmulatedExcel, type EmulatorOptions } from "../../src/emulator";
import { AddinError, checkWorkbook, clearMarks, mergeIntoSummary } from "../../src/excel";
import { SPLIT_AT_BYTES } from "../../src/excel/requestBudget";
import { countSyncs, useHost, type Host } from "./host";
import { marksOn } from "./workbook";

/**
 * Excel on the web refuses a request or a response over 5 MB. A check of 500 forms fits each in
 * one; at 1,000 the marks, a re-check's loads and its read of the old marks do not, and are
 * split (src/excel/requestBudget.ts, readInParts.ts). The host here refuses anything over the
 * add-in's own split point, 4 MB, so an estimate that fell short of what is really sent would
 * fail the check instead of hiding in the margin below 5 MB.
 */
async function hostOf(forms: number, options: EmulatorOptions): Promise<Host> {
  const host = createEmulatedExcel({ sheets: [], ...options });
  for (const grid of syntheticGrids(await sampleRecords(), forms)) host.workbook.loadGrid(grid);
  return useHost(host);
}

describe.each([
  { name: "the newest Excel", requirementSets: undefined },
  { name: "Excel 2019 (ExcelApi 1.8)", requirementSets: { ExcelApi: "1.8" } },
])("a check too big for one request, on $name", ({ requirementSets }) => {
  const FORMS = 1000;

  it("writes its marks in as many requests as the limit demands, and no more", async () => {
    const host = await hostOf(FORMS, { requirementSets, payloadLimit: SPLIT_AT_BYTES });
    const { result, syncs } = await countSyncs(host, () => checkWorkbook());
    expect(result.report.summary.forms).toBe(FORMS);
    // The sheet list, the cells, the marks' formats (their ids for the record; before 1.10 with
    // the prompts the marks must respect), and the messages with the record: one split and no more.
    expect(syncs).toBe(5);
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(SPLIT_AT_BYTES);
    const marked = host.workbook.sheets.flatMap((sheet) => marksOn(host.workbook, sheet.name));
    expect(marked).toHaveLength(result.marked);

    // Checking again removes the old marks and writes the new ones: more bytes, still split.
    const { result: again, syncs: againSyncs } = await countSyncs(host, () => checkWorkbook());
    // Old marks to load and remove as well: several splits, still a handful of syncs, never one a sheet.
    expect(againSyncs).toBeGreaterThan(syncs);
    expect(againSyncs).toBeLessThanOrEqual(10);
    expect(again.unmarked).toBe(result.marked);
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toHaveLength(
      result.marked
    );
    await clearMarks();
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toEqual([]);
  }, 120_000);
});

describe("a workbook too big for Excel on the web to read at once", () => {
  it("is read in parts, halving until each answer fits, then checked and merged whole", async () => {
    // About 400 KB of cells (each sheet's ownership name included) against a 210 KB limit: the
    // whole is refused, each half (about 200 KB) fits.
    const host = await hostOf(100, { payloadLimit: { request: null, response: 210_000 } });
    const { result, syncs } = await countSyncs(host, () => checkWorkbook());
    expect(result.report.summary.forms).toBe(100);
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toHaveLength(
      result.marked
    );
    // The sheet list, the whole (refused), the two halves, the marks' formats, their messages.
    expect(syncs).toBe(1 + 1 + 2 + 2);
    expect((await mergeIntoSummary()).forms).toBe(100);
  });

  it("says so in both languages when one sheet alone is too big, and leaves the workbook unmarked", async () => {
    const host = await hostOf(2, { payloadLimit: { request: null, response: 3_000 } });
    const error = await checkWorkbook().then(
      () => null,
      (e: unknown) => e as AddinError
    );
    expect(error).toBeInstanceOf(AddinError);
    expect(error!.text("zh")).toContain("5 MB");
    expect(error!.text("zh")).toContain("当前工作表");
    expect(error!.text("en")).toContain("Current sheet");
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toEqual([]);
  });
});
