import { mergeIntoSummary } from "../../src/excel";
import { formPlan, gridFromPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, type Host } from "./host";
import { seedGrid } from "./workbook";

/*
 * A refresh compares the old summary sheets, read raw, with the record of what the add-in wrote
 * (src/excel/summaryRecord.ts): a TRUE and a number the person typed are their writing, an
 * untouched amount is not, and a sheet the person emptied loses nothing to ask about.
 */

/** Two project forms on their own sheets, as a clerk's workbook holds them. */
function clerksWorkbook(): Host {
  const host = installHost(undefined, ["说明"]);
  const [first, second] = readSheet(sampleGrid()).forms.map((f) => f.record);
  seedGrid(host.workbook, gridFromPlan(formPlan(first, { sheet: "研究院" })));
  seedGrid(host.workbook, gridFromPlan(formPlan(second, { sheet: "七贤荟" })));
  return host;
}

it("asks about the TRUE and the number the person typed, on the rows they changed only, and not about an emptied sheet", async () => {
  const host = clerksWorkbook();
  await mergeIntoSummary();
  host.workbook.typeValues("汇总表", "H4", [[true]]);
  host.workbook.typeValues("指标明细", "H3", [[12.5]]);
  const checks = host.workbook.sheet("检查结果")!;
  checks.cells.clear();
  const { unsaved } = await mergeIntoSummary({ whenChanged: "ask" });
  expect(unsaved?.map((u) => [u.key, u.sheet, u.rows.map((r) => r.row)])).toEqual([
    // Row 6's total sums the column the TRUE was typed in.
    ["summary", "汇总表", [3, 5]],
    ["indicators", "指标明细", [2]],
  ]);
  expect(unsaved![0].rows[0].cells).toContainEqual({ col: 7, text: "TRUE" });
  expect(unsaved![1].rows[0].cells).toContainEqual({ col: 7, text: "12.5" });
  // Asked, nothing was written: the emptied sheet stays empty.
  expect(checks.cells.size).toBe(0);
});

it("reads an old sheet whose title the person deleted from where its cells now start", async () => {
  const host = clerksWorkbook();
  await mergeIntoSummary();
  const sheet = host.workbook.sheet("指标明细")!;
  // The title row emptied: the sheet's used range now starts on its second row.
  for (const key of [...sheet.cells.keys()]) if (key.startsWith("0,")) sheet.cells.delete(key);
  host.workbook.typeValues("指标明细", "H4", [[99]]);
  const { unsaved } = await mergeIntoSummary({ whenChanged: "ask" });
  expect(unsaved?.map((u) => [u.key, u.rows.map((r) => r.row)])).toEqual([["indicators", [3]]]);
  expect(unsaved![0].rows[0].cells).toContainEqual({ col: 7, text: "99" });
});
