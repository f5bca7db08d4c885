import { checkSheet, checkWorkbook, clearMarks } from "../../src/excel";
import { SEVERITY_FILL } from "../../src/form/severity";
import { sampleGrid } from "../support/sampleGrid";
import { createEmulatedExcel } from "../../src/emulator";
import { HOSTS, countSyncs, installHost, useHost, type Host } from "./host";
import { workbookState } from "./state";
import { marksOn, seedGrid } from "./workbook";

/** The sample document (five forms on one sheet) as a person would have it in Excel. */
function sampleHost(requirementSets?: Record<string, string>): Host {
  const host = installHost(requirementSets, ["sample"]);
  seedGrid(host.workbook, sampleGrid());
  return host;
}

describe.each(HOSTS)("check and clear on $name", ({ requirementSets }) => {
  const newest = requirementSets === undefined;
  const hasComments = newest || Number(requirementSets.ExcelApi.split(".")[1]) >= 10;

  it("checks the sample sheet in at most three syncs and reports form 5's errors", async () => {
    const host = sampleHost(requirementSets);
    const { result, syncs } = await countSyncs(host, () => checkSheet());
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result.report.summary.forms).toBe(5);
    const codes = result.report.files[0].forms[4].findings.map((f) => f.code);
    expect(codes.filter((c) => c === "indicator.level2-misplaced")).toHaveLength(2);
    expect(codes).toContain("indicator.level1-missing");
    const errorsBefore5 = result.report.files[0].forms
      .slice(0, 4)
      .flatMap((f) => f.findings)
      .filter((f) => f.severity === "error");
    expect(errorsBefore5).toEqual([]);
  });

  it("marks exactly the finding cells, each with its worst severity's fill and its messages", async () => {
    const host = sampleHost(requirementSets);
    const { report, marked } = await checkSheet("sample");
    const findings = report.files[0].forms.flatMap((f) => f.findings);
    const cells = new Map<string, string>();
    for (const f of findings) {
      const worst = cells.get(f.cell);
      const rank = { error: 0, warning: 1, info: 2 };
      if (!worst || rank[f.severity] < rank[worst as keyof typeof rank])
        cells.set(f.cell, f.severity);
    }
    const marks = marksOn(host.workbook, "sample");
    expect(marked).toBe(cells.size);
    expect(new Map(marks.map((m) => [m.cell, m.fill]))).toEqual(
      new Map([...cells].map(([cell, s]) => [cell, SEVERITY_FILL[s as "error"]]))
    );
    const misplaced = findings.find((f) => f.code === "indicator.level2-misplaced")!;
    const mark = marks.find((m) => m.cell === misplaced.cell)!;
    // The person reads the message in their language; the rule code stays in the pane and the JSON.
    const shown = hasComments ? mark.comment : mark.prompt;
    expect(shown).toContain(misplaced.message);
    expect(shown).not.toContain("indicator.level2-misplaced");
  });

  it("check then clear leaves the workbook exactly as it was, the person's own fill, comment and prompt included", async () => {
    const host = sampleHost(requirementSets);
    const sheet = host.workbook.sheet("sample")!;
    const misplacedCell = { row: 136, col: 1 }; // B137, form 5's misplaced 社会效益指标
    const own = sheet.cell(misplacedCell.row, misplacedCell.col)!;
    sheet.setCell(misplacedCell.row, misplacedCell.col, {
      ...own,
      style: { ...own.style, "format.fill.color": "#00B050" },
    });
    if (hasComments)
      host.workbook.comments.push({
        id: "{own}",
        sheet,
        row: 136,
        col: 1,
        content: "请财务科核对",
        authorName: "张会计",
        resolved: false,
        replies: [],
      });
    const before = JSON.stringify(workbookState(host.workbook));
    await checkSheet("sample");
    expect(JSON.stringify(workbookState(host.workbook))).not.toBe(before);
    const { syncs } = await countSyncs(host, () => clearMarks());
    expect(syncs).toBeLessThanOrEqual(3);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });

  it("keeps what the person changed after the check when someone else clears it in a new session", async () => {
    // What the person does between the check and the clear: recolour one marked cell, retype another.
    const personEdits = (host: Host) => {
      host.workbook.sheet("sample")!.patchStyle(136, 1, { "format.fill.color": "#00B050" });
      host.workbook.setValues("sample", "E107", [["≥95%"]]);
    };
    const checked = sampleHost(requirementSets);
    await checkSheet("sample");
    const marked = marksOn(checked.workbook, "sample").map((m) => m.cell);
    expect(marked).toEqual(expect.arrayContaining(["B137", "E107"]));
    personEdits(checked);

    // A colleague opens the same workbook: a new Office.js session that knows nothing of the check.
    useHost(createEmulatedExcel({ workbook: checked.workbook, requirementSets }));
    const cleared = await clearMarks();
    expect(cleared.cells).toBe(marked.length);
    expect(marksOn(checked.workbook, "sample")).toEqual([]);

    // Exactly the workbook of a person who made the same edits and never ran a check.
    const unchecked = sampleHost(requirementSets);
    personEdits(unchecked);
    expect(JSON.stringify(workbookState(checked.workbook))).toBe(
      JSON.stringify(workbookState(unchecked.workbook))
    );
  });

  it("before comments (1.8–1.9), leaves a cell's own input prompt alone and marks it by fill only", async () => {
    if (hasComments) return;
    const host = sampleHost(requirementSets);
    const own = { showPrompt: true, title: "说明", message: "请填写二级指标" };
    host.workbook.sheet("sample")!.patchStyle(136, 1, { "dataValidation.prompt": own });
    await checkSheet("sample");
    const mark = marksOn(host.workbook, "sample").find((m) => m.cell === "B137")!;
    expect(mark.fill).toBe(SEVERITY_FILL.error);
    expect(mark.prompt).toBeUndefined();
    expect(host.workbook.sheet("sample")!.cell(136, 1)!.style!["dataValidation.prompt"]).toEqual(
      own
    );
    await clearMarks();
    expect(host.workbook.sheet("sample")!.cell(136, 1)!.style!["dataValidation.prompt"]).toEqual(
      own
    );
  });

  it("check then clear keeps the person's own dropdown on a marked cell (Excel 2019 marks by its prompt)", async () => {
    const host = sampleHost(requirementSets);
    const sheet = host.workbook.sheet("sample")!;
    // B137 (form 5's misplaced 社会效益指标) has the person's own list of 二级, without a prompt.
    const dropdown = {
      list: { inCellDropDown: true, source: "数量指标,质量指标,时效指标,社会效益指标" },
    };
    sheet.patchStyle(136, 1, { "dataValidation.rule": dropdown });
    const before = JSON.stringify(workbookState(host.workbook));
    await checkSheet("sample");
    const mark = marksOn(host.workbook, "sample").find((m) => m.cell === "B137")!;
    // The prompt carries the message (no rule code: the person filling the form reads it).
    if (!hasComments) expect(mark.prompt).toContain("二级指标“社会效益指标”不属于一级指标");
    expect(sheet.cell(136, 1)!.style!["dataValidation.rule"]).toEqual(dropdown);
    await clearMarks();
    expect(sheet.cell(136, 1)!.style!["dataValidation.rule"]).toEqual(dropdown);
    expect(JSON.stringify(workbookState(host.workbook))).toBe(before);
  });

  it("checks the forms on a hidden sheet, and only the add-in's very hidden sheets are left out", async () => {
    const host = installHost(requirementSets, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "隐藏的表" });
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "内部" });
    host.workbook.sheet("隐藏的表")!.visibility = "Hidden";
    host.workbook.sheet("内部")!.visibility = "VeryHidden";
    const { report, marked } = await checkWorkbook();
    expect(report.summary.forms).toBe(5);
    expect(new Set(report.files[0].forms.map((f) => f.sheet))).toEqual(new Set(["隐藏的表"]));
    expect(marked).toBeGreaterThan(0);
    expect(marksOn(host.workbook, "隐藏的表").length).toBe(marked);
    expect(marksOn(host.workbook, "内部")).toEqual([]);
  });

  it("checking again replaces the marks instead of stacking them, and follows the person's edit", async () => {
    const host = sampleHost(requirementSets);
    await checkSheet("sample");
    const first = marksOn(host.workbook, "sample");
    await checkSheet("sample");
    expect(marksOn(host.workbook, "sample")).toEqual(first);
    // The person moves 社会效益指标 under 效益指标 where it belongs: that mark goes.
    const misplaced = first.find((m) => m.cell === "B137")!;
    expect(misplaced).toBeDefined();
    host.workbook.setValues("sample", "A137", [["效益指标"]]);
    await checkSheet("sample");
    const after = marksOn(host.workbook, "sample");
    expect(after.find((m) => m.cell === "B137")).toBeUndefined();
  });

  it("checks every sheet in at most four syncs, however many sheets", async () => {
    const host = installHost(requirementSets, ["表1"]);
    for (let i = 0; i < 6; i++) seedGrid(host.workbook, { ...sampleGrid(), sheet: `表${i + 1}` });
    const { result, syncs } = await countSyncs(host, () => checkWorkbook());
    expect(result.report.summary.forms).toBe(30);
    expect(syncs).toBeLessThanOrEqual(4);
  });
});
