import { checkSheet, clearMarks } from "../../src/excel";
import { MARK_TAG } from "../../src/excel/marks";
import { createEmulatedExcel } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, useHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

/**
 * A mark's message is cut to what its carrier holds (src/excel/addMarks.ts): an input prompt's
 * message 255 characters (Excel 2019), a comment 2,000. A person who typed a very long indicator
 * name gets a message quoting it, cut; check again and clear still know it as the mark's.
 */
const LONG_NAME = "龙头区域群众满意".repeat(300);

function longNameHost(requirementSets?: Record<string, string>): Host {
  const host = useHost(createEmulatedExcel({ sheets: ["sample"], requirementSets }));
  seedGrid(host.workbook, sampleGrid());
  return host;
}

async function typeLongName() {
  await Excel.run(async (context) => {
    // C139: form 5's 满意度指标 whose value (E139) lacks its ≥.
    context.workbook.worksheets.getItem("sample").getRange("C139").values = [[LONG_NAME]];
    await context.sync();
  });
}

describe.each(HOSTS)("a very long message on $name", ({ requirementSets }) => {
  const hasComments = requirementSets === undefined || requirementSets.ExcelApi !== "1.8";
  const limit = hasComments ? 2000 : 255;

  it(`is cut to ${limit} characters, and check again and clear know it as the mark's`, async () => {
    const host = longNameHost(requirementSets);
    await typeLongName();
    const before = JSON.stringify(workbookState(host.workbook));
    await checkSheet("sample");
    const mark = marksOn(host.workbook, "sample").find((m) => m.cell === "E139")!;
    const shown = (hasComments ? mark.comment : mark.prompt)!;
    expect(shown).toHaveLength(limit);
    expect(shown).toContain(`“${LONG_NAME.slice(0, 40)}`);
    if (hasComments) expect(shown.startsWith(`${MARK_TAG}\n[警告] 满意度指标`)).toBe(true);
    else expect(shown.startsWith("[警告] 满意度指标")).toBe(true);
    const { unmarked } = await checkSheet("sample");
    expect(unmarked).toBe(marksOn(host.workbook, "sample").length);
    expect(marksOn(host.workbook, "sample").find((m) => m.cell === "E139")).toEqual(mark);
    await clearMarks();
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});
