import { mergeIntoSummary } from "../../src/excel";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost } from "./host";
import { seedGrid } from "./workbook";

/*
 * Where 汇总 leaves the person (docs/addin.md, "Summary"): on the new summary, at the front, from
 * whichever sheet they started, on the first merge and on a refresh.
 */
describe.each(HOSTS)("汇总 from the person's own sheet on $name", ({ requirementSets }) => {
  it("opens the summary, first merge and refresh alike", async () => {
    const host = installHost(requirementSets, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    for (const run of ["merge", "refresh"]) {
      host.workbook.active = host.workbook.sheet("项目表")!;
      const merged = await mergeIntoSummary();
      expect({ run, active: host.workbook.activeWorksheet().name }).toEqual({
        run,
        active: merged.sheet,
      });
      expect(host.workbook.sheets.map((s) => s.name)).toEqual([
        "汇总表",
        "指标明细",
        "检查结果",
        "说明",
        "项目表",
      ]);
    }
  });
});
