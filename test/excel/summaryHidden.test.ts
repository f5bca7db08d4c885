import { mergeIntoSummary } from "../../src/excel";
import { CHECKS_NAME, INDICATORS_NAME, SUMMARY_NAME } from "../../src/excel/merge";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost, type Host } from "./host";
import { seedGrid } from "./workbook";

// Which sheets the summary reads (docs/addin.md, "Summary"): a sheet the person hid is still one
// of their forms and is summed, like the check reads it; a very hidden sheet (only code makes
// one: the add-in's own records, WPS's, a macro's) is no form and is neither summed nor listed.

/** Every text and formula on the summary's three sheets, as one string to look into. */
function summaryText(host: Host): string {
  const sheets = [SUMMARY_NAME, INDICATORS_NAME, CHECKS_NAME].map((marker) => {
    const named = host.workbook.names.get(marker)!;
    return "sheet" in named.reference ? named.reference.sheet : null;
  });
  return sheets
    .flatMap((sheet) => [...(sheet?.cells.values() ?? [])])
    .map((c) => `${String(c.value ?? "")} ${c.formula ?? ""}`)
    .join("\n");
}

describe.each(HOSTS)("the summary and hidden sheets on $name", ({ requirementSets }) => {
  it("sums the forms of a hidden sheet and passes over a very hidden one, in the first merge and a refresh", async () => {
    const host = installHost(requirementSets, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "隐藏的表" });
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "宏的表" });
    host.workbook.setValues("宏的表", "B19", [["宏里藏着的项目"]]);
    host.workbook.sheet("隐藏的表")!.visibility = "Hidden";
    host.workbook.sheet("宏的表")!.visibility = "VeryHidden";
    for (const run of ["merge", "refresh"]) {
      const merged = await mergeIntoSummary();
      expect({ run, forms: merged.forms }).toEqual({ run, forms: 5 });
      const text = summaryText(host);
      expect(text).toContain("产业发展研究院工作业务经费");
      expect(text).toContain("隐藏的表");
      expect(text).not.toContain("宏里藏着的项目");
      expect(text).not.toContain("宏的表");
    }
    expect(host.workbook.sheet("宏的表")!.visibility).toBe("VeryHidden");
    expect(host.workbook.values("宏的表", "B19")).toEqual([["宏里藏着的项目"]]);
  });
});
