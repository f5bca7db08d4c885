import { mergeIntoSummary } from "../../src/excel";
import { cellA1 } from "../../src/form/address";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost, type Host } from "./host";
import { seedGrid } from "./workbook";

// Scrolling down a long summary, a person keeps its header row and each project's number and name
// in view (docs/addin.md, "Summary"): the panes are frozen below the header and right of 项目名称.

/** The cells at the frozen corner: the last frozen row's first two cells, and its frozen count. */
function frozenHeader(host: Host, sheet: string) {
  const { rows, columns } = host.workbook.sheet(sheet)!.frozen;
  const lastRow = host.workbook.values(sheet, `A${rows}:${cellA1(rows - 1, columns - 1)}`)[0];
  return { columns, lastRow };
}

describe.each(HOSTS)("the merged summary on $name, scrolled", ({ requirementSets }) => {
  it("keeps the header row and the 序号 and 项目名称 columns in view, on both sheets", async () => {
    const host = installHost(requirementSets, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    await mergeIntoSummary();
    for (const sheet of ["汇总表", "指标明细"])
      expect(frozenHeader(host, sheet)).toEqual({ columns: 2, lastRow: ["序号", "项目名称"] });
    // The summary's title and unit lines sit above its header, frozen with it.
    expect(host.workbook.sheet("汇总表")!.frozen.rows).toBe(3);
  });
});
