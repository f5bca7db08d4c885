import { syntheticGrids, sampleRecords } from "../../bench/synthetic";
import { createEmulatedExcel } from "../../src/emulator";
import { AddinError, checkWorkbook, clearMarks } from "../../src/excel";
import { SPLIT_AT_BYTES } from "../../src/excel/requestBudget";
import { countSyncs, type Host } from "./host";
import { marksOn } from "./workbook";

/**
 * Excel on the web refuses a request over 5 MB. A check of 500 forms writes its marks in one
 * request of about 3.7 MB; past about 700 forms the write is split. The host here refuses
 * anything over the add-in's own split point, so an estimate that fell short of what is really
 * sent would fail the check instead of hiding in the margin below 5 MB.
 */
async function hostOf(forms: number, requirementSets?: Record<string, string>): Promise<Host> {
  const host = createEmulatedExcel({ sheets: [], requirementSets, payloadLimit: SPLIT_AT_BYTES });
  for (const grid of syntheticGrids(await sampleRecords(), forms)) host.workbook.loadGrid(grid);
  Object.assign(globalThis, {
    Excel: host.Excel,
    Office: host.Office,
    OfficeExtension: host.OfficeExtension,
  });
  return host;
}

describe.each([
  { name: "the newest Excel", requirementSets: undefined },
  { name: "Excel 2019 (ExcelApi 1.8)", requirementSets: { ExcelApi: "1.8" } },
])("a check too big for one request, on $name", ({ requirementSets }) => {
  const FORMS = 800;

  it("writes its marks in as many requests as the limit demands, and no more", async () => {
    const host = await hostOf(FORMS, requirementSets);
    const { result, syncs } = await countSyncs(host, () => checkWorkbook());
    expect(result.report.summary.forms).toBe(FORMS);
    // The sheet list, the cells, (before 1.10) the prompts the marks must respect, and the marks:
    // about 5.8 MB of them, so one split and no more.
    expect(syncs).toBe(requirementSets ? 5 : 4);
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(SPLIT_AT_BYTES);
    const marked = host.workbook.sheets.flatMap((sheet) => marksOn(host.workbook, sheet.name));
    expect(marked).toHaveLength(result.marked);

    // Checking again removes the old marks and writes the new ones: more bytes, still split.
    const again = await checkWorkbook();
    expect(again.unmarked).toBe(result.marked);
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toHaveLength(
      result.marked
    );
    await clearMarks();
    expect(host.workbook.sheets.flatMap((s) => marksOn(host.workbook, s.name))).toEqual([]);
  }, 120_000);
});

describe("a workbook too big for Excel on the web to read at once", () => {
  it("says so in both languages and what to do instead, and leaves the workbook unmarked", async () => {
    const host = createEmulatedExcel({ sheets: [], payloadLimit: 200_000 });
    for (const grid of syntheticGrids(await sampleRecords(), 100)) host.workbook.loadGrid(grid);
    Object.assign(globalThis, {
      Excel: host.Excel,
      Office: host.Office,
      OfficeExtension: host.OfficeExtension,
    });
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
