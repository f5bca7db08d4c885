import { applyFixes, checkSheet, checkWorkbook, clearMarks } from "../../src/excel";
import { MARK_TAG, PROMPT_TITLE } from "../../src/excel/marks";
import { sampleGrid } from "../support/sampleGrid";
import { countSyncs, sampleHostOf, type Host } from "./host";
import { workbookState } from "./state";
import { copySheetAsPerson } from "./person";
import { marksOn, seedGrid } from "./workbook";

/**
 * Marks are owned by the record the check keeps in the workbook, not by their text (issue 19):
 * a person's comment, reply, prompt or alert is never removed, whatever it says or whenever it
 * was made.
 */
const sampleHost = sampleHostOf;

const state = (host: Host) => JSON.stringify(workbookState(host.workbook));
/** B137: form 5's misplaced 社会效益指标, an error the check marks. */
const B137 = { row: 136, col: 1 };
const validationOf = (host: Host) => {
  const style = host.workbook.sheet("sample")!.cell(B137.row, B137.col)?.style ?? {};
  return Object.fromEntries(Object.entries(style).filter(([k]) => k.startsWith("dataValidation")));
};

describe.each([
  { name: "ExcelApi 1.10", requirementSets: { ExcelApi: "1.10" } },
  { name: "the newest Excel", requirementSets: undefined },
])("comments owned by record on $name", ({ requirementSets }) => {
  it("keeps a person's comment that starts with the tag, through check, check again and clear", async () => {
    const host = sampleHost(requirementSets);
    host.workbook.addComment("sample!A1", `${MARK_TAG}这张表由我校对过`, "张会计");
    const before = state(host);
    await checkSheet("sample");
    await checkSheet("sample");
    expect(host.workbook.comments.map((c) => c.content)).toContain(`${MARK_TAG}这张表由我校对过`);
    await clearMarks();
    expect(state(host)).toBe(before);
  });

  it("keeps a person's reply that starts with the tag in their thread on a marked cell", async () => {
    const host = sampleHost(requirementSets);
    const thread = host.workbook.addComment("sample!B137", "请核对二级指标", "张会计");
    await checkSheet("sample");
    expect(thread.replies.map((r) => r.content.startsWith(MARK_TAG))).toEqual([true]);
    const personsReply = `${MARK_TAG}已改为满意度指标`;
    thread.replies.push({ ...thread.replies[0], id: "{person}", content: personsReply });
    await clearMarks();
    expect(thread.replies.map((r) => r.content)).toEqual([personsReply]);
    expect(host.workbook.comments).toContain(thread);
  });
});

describe("Excel 2019 (ExcelApi 1.8): clear gives the person's validation back exactly", () => {
  const requirementSets = { ExcelApi: "1.8" };
  const alert = { showAlert: true, style: "Warning", title: "注意", message: "请从列表选择" };

  it("keeps an error alert the person had on a cell with no rule", async () => {
    const host = sampleHost(requirementSets);
    host.workbook.sheet("sample")!.patchStyle(B137.row, B137.col, {
      "dataValidation.errorAlert": alert,
    });
    const before = state(host);
    await checkSheet("sample");
    expect(marksOn(host.workbook, "sample").find((m) => m.cell === "B137")?.prompt).toBeTruthy();
    await clearMarks();
    expect(state(host)).toBe(before);
  });

  it("keeps the rule and the alert the person set on a marked cell after the check", async () => {
    const host = sampleHost(requirementSets);
    await checkSheet("sample");
    const dropdown = { list: { inCellDropDown: true, source: "满意度指标,社会效益指标" } };
    host.workbook.sheet("sample")!.patchStyle(B137.row, B137.col, {
      "dataValidation.rule": dropdown,
      "dataValidation.errorAlert": alert,
    });
    await clearMarks();
    expect(validationOf(host)).toEqual({
      "dataValidation.rule": dropdown,
      "dataValidation.errorAlert": alert,
    });
  });

  it("keeps the prompt the person wrote over the mark's after the check", async () => {
    const host = sampleHost(requirementSets);
    await checkSheet("sample");
    const own = { showPrompt: true, title: "填报说明", message: "二级指标见附表" };
    host.workbook.sheet("sample")!.patchStyle(B137.row, B137.col, { "dataValidation.prompt": own });
    await checkSheet("sample");
    expect(validationOf(host)).toEqual({ "dataValidation.prompt": own });
    await clearMarks();
    expect(validationOf(host)).toEqual({ "dataValidation.prompt": own });
  });

  it("checking again replaces the mark's prompt and clear still gives back what was there first", async () => {
    const host = sampleHost(requirementSets);
    const dropdown = { list: { inCellDropDown: true, source: "满意度指标,社会效益指标" } };
    host.workbook.sheet("sample")!.patchStyle(B137.row, B137.col, {
      "dataValidation.rule": dropdown,
    });
    const before = state(host);
    await checkSheet("sample");
    await checkSheet("sample");
    const prompt = validationOf(host)["dataValidation.prompt"] as { title: string };
    expect(prompt.title).toBe(PROMPT_TITLE);
    await clearMarks();
    expect(state(host)).toBe(before);
  });
  it("takes the check's prompts off a person's copy of a checked sheet, and keeps the copy's own", async () => {
    const host = sampleHost(requirementSets);
    const before = state(host);
    await checkSheet("sample");
    const copy = copySheetAsPerson(host.workbook, "sample");
    const own = { showPrompt: true, title: "填报说明", message: "二级指标见附表" };
    copy.patchStyle(B137.row, B137.col, { "dataValidation.prompt": own });
    const promptsOf = (sheet: typeof copy) =>
      [...sheet.cells.values()].flatMap((cell) => {
        const prompt = cell.style?.["dataValidation.prompt"] as { title?: string } | undefined;
        return prompt ? [prompt.title] : [];
      });
    expect(promptsOf(copy).filter((t) => t === PROMPT_TITLE).length).toBeGreaterThan(0);
    await clearMarks();
    expect(promptsOf(copy)).toEqual(["填报说明"]);
    host.workbook.sheets.splice(host.workbook.sheets.indexOf(copy), 1);
    expect(state(host)).toBe(before);
  });
});

/** A person's own highlight rules on form 5's rows, one of each type Excel's menu offers. */
async function addPersonsRules(host: Host) {
  await host.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("sample");
    // The lint rule mistakes a navigation property for an unloaded read.
    // eslint-disable-next-line office-addins/load-object-before-read
    const rows = sheet.getRange("B100:H140").conditionalFormats;
    const types = host.Excel.ConditionalFormatType;
    const greater = rows.add(types.cellValue);
    greater.cellValue.rule = { formula1: "100", operator: "GreaterThan" };
    greater.cellValue.format.fill.color = "#FFC7CE";
    // The second cell-value rule on the same range: Excel cannot load the formats now (#6827).
    const less = rows.add(types.cellValue);
    less.cellValue.rule = { formula1: "0", operator: "LessThan" };
    less.cellValue.format.font.color = "#9C0006";
    const text = sheet.getRange("B100:B140").conditionalFormats.add(types.containsText);
    text.textComparison.rule = { operator: "Contains", text: "效益" };
    text.textComparison.format.fill.color = "#FFEB9C";
    const top = sheet.getRange("E100:E140").conditionalFormats.add(types.topBottom);
    top.topBottom.rule = { rank: 3, type: "TopItems" };
    top.topBottom.format.fill.color = "#C6EFCE";
    const duplicates = sheet.getRange("C100:C140").conditionalFormats.add(types.presetCriteria);
    duplicates.preset.rule = { criterion: "DuplicateValues" };
    duplicates.preset.format.fill.color = "#F4B084";
    const bar = sheet.getRange("F100:F140").conditionalFormats.add(types.dataBar);
    bar.dataBar.positiveFormat.fillColor = "#5B9BD5";
    await context.sync();
  });
}

const personsFormats = (host: Host) =>
  JSON.stringify(
    workbookState(
      host.workbook
        .sheet("sample")!
        .conditionalFormats.filter((f) => !f.formula.includes("perf-targets"))
    )
  );

describe.each([
  { name: "Excel 2019 (ExcelApi 1.8)", requirementSets: { ExcelApi: "1.8" } },
  { name: "the newest Excel", requirementSets: undefined },
])(
  "a person's highlight rules where Excel cannot load them (office-js #6827) on $name",
  ({ requirementSets }) => {
    it("check, fix and clear work from the record, one sync more, and leave every rule as it was", async () => {
      const host = sampleHost(requirementSets, true);
      await addPersonsRules(host);
      const rules = personsFormats(host);
      expect(host.workbook.sheet("sample")!.conditionalFormats).toHaveLength(6);
      const check = await countSyncs(host, () => checkSheet("sample"));
      expect(check.syncs).toBeLessThanOrEqual(4);
      const marked = marksOn(host.workbook, "sample");
      expect(marked.length).toBe(check.result.marked);
      expect(marked.map((m) => m.cell)).toContain("B137");
      const again = await checkSheet("sample");
      expect(again.unmarked).toBe(check.result.marked);
      expect(marksOn(host.workbook, "sample")).toEqual(marked);
      const fixes = again.report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
      expect(fixes.length).toBeGreaterThan(0);
      await applyFixes(fixes);
      const clear = await countSyncs(host, () => clearMarks());
      expect(clear.syncs).toBeLessThanOrEqual(4);
      expect(clear.result.cells).toBe(marked.length);
      expect(marksOn(host.workbook, "sample")).toEqual([]);
      expect(personsFormats(host)).toBe(rules);
      expect(host.workbook.customXmlParts.filter((p) => p.namespaceUri.includes("marks"))).toEqual(
        []
      );
    });

    it("two marked sheets, the rules on one: each sheet's old marks found by its own record, through two checks of the workbook and a clear", async () => {
      const host = sampleHost(requirementSets, true);
      seedGrid(host.workbook, { ...sampleGrid(), sheet: "第二张" });
      await addPersonsRules(host);
      const rules = personsFormats(host);
      const first = await checkWorkbook();
      const marked = ["sample", "第二张"].map((sheet) => marksOn(host.workbook, sheet));
      expect(marked[1].length).toBeGreaterThan(0);
      const again = await checkWorkbook();
      expect(again.unmarked).toBe(first.marked);
      expect(["sample", "第二张"].map((sheet) => marksOn(host.workbook, sheet))).toEqual(marked);
      await clearMarks();
      expect(["sample", "第二张"].map((sheet) => marksOn(host.workbook, sheet))).toEqual([[], []]);
      expect(personsFormats(host)).toBe(rules);
    });

    it("without the failure, the same rules stay too, and the syncs are as before", async () => {
      const host = sampleHost(requirementSets);
      await addPersonsRules(host);
      const before = state(host);
      const check = await countSyncs(host, () => checkSheet("sample"));
      expect(check.syncs).toBeLessThanOrEqual(3);
      const clear = await countSyncs(host, () => clearMarks());
      expect(clear.syncs).toBeLessThanOrEqual(3);
      expect(state(host)).toBe(before);
    });
  }
);
