import { checkSheet, clearMarks } from "../../src/excel";
import { PROMPT_TITLE } from "../../src/excel/marks";
import { createEmulatedExcel, type EmulatedWorkbook } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { useHost } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

/**
 * One workbook, two people: one checks it in Excel 2019 (the messages in input prompts), the
 * other opens it in a newer Excel (comments) and checks again or clears. The old marks are found
 * by the record whatever the host (src/excel/findMarks.ts): their prompts go too.
 */
const EXCEL_2019 = { ExcelApi: "1.8" };

function openIn(requirementSets: Record<string, string> | undefined, workbook?: EmulatedWorkbook) {
  const host = useHost(createEmulatedExcel({ sheets: ["sample"], requirementSets, workbook }));
  if (!workbook) seedGrid(host.workbook, sampleGrid());
  return host;
}

const ourPrompts = (workbook: EmulatedWorkbook) =>
  [...workbook.sheet("sample")!.cells.values()].filter(
    (cell) => (cell.style?.["dataValidation.prompt"] as { title?: string })?.title === PROMPT_TITLE
  );

describe.each([
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
  { name: "the newest Excel", requirementSets: undefined },
])("checked in Excel 2019, then opened on $name", ({ requirementSets }) => {
  it("a check there replaces the old prompts with comments", async () => {
    const old = openIn(EXCEL_2019);
    const { marked } = await checkSheet("sample");
    expect(ourPrompts(old.workbook)).toHaveLength(marked);
    const newer = openIn(requirementSets, old.workbook);
    const again = await checkSheet("sample");
    expect(again.unmarked).toBe(marked);
    expect(ourPrompts(newer.workbook)).toEqual([]);
    expect(marksOn(newer.workbook, "sample").every((m) => m.comment && !m.prompt)).toBe(true);
  });

  it("clear there gives back the workbook as it was before the first check", async () => {
    const old = openIn(EXCEL_2019);
    const before = JSON.stringify(workbookState(old.workbook));
    await checkSheet("sample");
    openIn(requirementSets, old.workbook);
    await clearMarks();
    expect(ourPrompts(old.workbook)).toEqual([]);
    expect(JSON.stringify(workbookState(old.workbook))).toBe(before);
  });
});

describe("two sheets checked one after the other, Excel 2019", () => {
  it("the second check keeps the first's marks listed: clear gives back both sheets", async () => {
    const host = openIn(EXCEL_2019);
    // The second sheet's form differs in one value (E107), so its mark's message there does too.
    const second = sampleGrid();
    second.values[106][4] = "8万平方米";
    seedGrid(host.workbook, { ...second, sheet: "第二张" });
    const before = JSON.stringify(workbookState(host.workbook));
    const marked = (await checkSheet("sample")).marked + (await checkSheet("第二张")).marked;
    expect(await clearMarks()).toEqual({ cells: marked, sheets: 2 });
    expect(ourPrompts(host.workbook)).toEqual([]);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });
});
