import { checkSheet, clearMarks, insertTemplate } from "../../src/excel";
import { createEmulatedExcel } from "../../src/emulator";
import { INPUT_HINTS } from "../../src/form/template";
import { HOSTS, installHost, useHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn } from "./workbook";

const promptOf = (host: Host, sheet: string, cell: string) => {
  const [row, col] = [Number(cell.slice(1)) - 1, cell.charCodeAt(0) - 65];
  return host.workbook.sheet(sheet)!.cell(row, col)?.style?.["dataValidation.prompt"];
};

/** Insert the template and fill it as a hurried clerk does: a placeholder, an unreadable period, parts that do not add up. */
async function filledWrong(host: Host) {
  const { sheet } = await insertTemplate({ year: 2026, unit: "某单位" });
  host.workbook.typeValues(sheet, "B4", [["培训项目"]]);
  host.workbook.typeValues(sheet, "E4", [["明年"]]);
  host.workbook.typeValues(sheet, "E6", [[100], [30], [20]]);
  host.workbook.typeValues(sheet, "C12", [["培训人数"]]);
  host.workbook.typeValues(sheet, "E12", [["≥**人"]]);
  return sheet;
}

describe.each(HOSTS)("the template's input prompts on $name", ({ requirementSets }) => {
  const before110 =
    requirementSets !== undefined && Number(requirementSets.ExcelApi.split(".")[1]) < 10;

  it("are inserted with the template: the value's example, the amount's unit, the lists' titles", async () => {
    const host = installHost(requirementSets);
    const { sheet } = await insertTemplate({ year: 2026 });
    expect(promptOf(host, sheet, "E12")).toEqual({
      showPrompt: true,
      ...INPUT_HINTS.indicatorValue,
    });
    expect((promptOf(host, sheet, "E19") as { message: string }).message).toContain(
      "例：≥95%；≤10天；≥3次"
    );
    expect(promptOf(host, sheet, "C7")).toMatchObject({ title: "金额(万元)" });
    expect(promptOf(host, sheet, "A12")).toMatchObject({ title: "一级指标" });
    expect(promptOf(host, sheet, "D4")).toBeUndefined();
  });

  it("insert, fill wrong, check twice, reload, clear: every prompt is the template's again", async () => {
    const host = installHost(requirementSets);
    const sheet = await filledWrong(host);
    const filled = JSON.stringify(workbookState(host.workbook));
    const { marked } = await checkSheet(sheet);
    const marks = marksOn(host.workbook, sheet);
    expect(marks.map((m) => m.cell)).toEqual(expect.arrayContaining(["E4", "E6", "E12"]));
    expect(marked).toBe(marks.length);
    const onValue = marks.find((m) => m.cell === "E12")!;
    // The template's prompt is the cell's own to the marks: before comments the mark is the fill
    // alone there, its message in the pane; after, a comment beside the prompt.
    if (before110) expect(onValue.prompt).toBeUndefined();
    const hint = { showPrompt: true, ...INPUT_HINTS.indicatorValue };
    expect(promptOf(host, sheet, "E12")).toEqual(hint);
    await checkSheet(sheet);
    expect(promptOf(host, sheet, "E12")).toEqual(hint);
    // Another session (the pane reloaded) clears what this one marked.
    useHost(createEmulatedExcel({ workbook: host.workbook, requirementSets }));
    await clearMarks();
    expect(marksOn(host.workbook, sheet)).toEqual([]);
    expect(promptOf(host, sheet, "E12")).toEqual({
      showPrompt: true,
      ...INPUT_HINTS.indicatorValue,
    });
    expect(JSON.stringify(workbookState(host.workbook))).toBe(filled);
  });

  it("leaves a prompt the person rewrote as theirs: never replaced, never reset to the template's", async () => {
    const host = installHost(requirementSets);
    const sheet = await filledWrong(host);
    const own = { showPrompt: true, title: "年度指标值", message: "按财政局通知填写" };
    host.workbook.sheet(sheet)!.patchStyle(11, 4, { "dataValidation.prompt": own });
    const filled = JSON.stringify(workbookState(host.workbook));
    await checkSheet(sheet);
    expect(marksOn(host.workbook, sheet).find((m) => m.cell === "E12")!.prompt).toBeUndefined();
    expect(promptOf(host, sheet, "E12")).toEqual(own);
    await clearMarks();
    expect(JSON.stringify(workbookState(host.workbook))).toBe(filled);
  });
});
