import { checkSheet, checkWorkbook } from "../../src/excel";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost } from "./host";
import { marksOn, seedGrid } from "./workbook";

// The messages a check writes on cells are in one language (docs/addin.md, "Marks"): Chinese
// unless the pane or the ribbon asks for English; the report carries both.

function sampleHost(requirementSets?: Record<string, string>) {
  const host = installHost(requirementSets, ["sample"]);
  seedGrid(host.workbook, sampleGrid());
  return host;
}

/** The message on B137, form 5's misplaced 二级指标, as the person sees it on the cell. */
const shownOnB137 = (host: ReturnType<typeof sampleHost>) => {
  const mark = marksOn(host.workbook, "sample").find((m) => m.cell === "B137")!;
  return mark.comment ?? mark.prompt ?? "";
};

describe.each(HOSTS)("the language of the marks on $name", ({ requirementSets }) => {
  it.each([
    ["the whole workbook", (locale?: "en") => checkWorkbook(locale ? { locale } : undefined)],
    ["one sheet", (locale?: "en") => checkSheet("sample", locale ? { locale } : undefined)],
  ])("a check of %s writes Chinese by default and English when asked", async (_, check) => {
    const host = sampleHost(requirementSets);
    await check();
    expect(shownOnB137(host)).toContain("二级指标“社会效益指标”不属于一级指标");
    await check("en");
    expect(shownOnB137(host)).toMatch(/社会效益指标.*(does not|doesn't|not)/);
    expect(shownOnB137(host)).not.toContain("不属于");
  });
});
