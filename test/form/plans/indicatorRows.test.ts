import { INPUT_HINTS } from "../../../src/form/template";
import { checkSheet, readSheet, templatePlan } from "../../../src/form";
import { gridFromPlan } from "../../../src/form/gridFromPlan";
import type { CellValue, GridSnapshot } from "../../../src/form/grid";
import { blockAt, formAt, insertRowPlan, level2Blocks } from "../../../src/form/indicatorRows";

/*
 * 插入指标行 in the core: the plan is derived from what the reader found, and the sheet it makes
 * (the plan applied to the grid, as Excel's Range.insert moves rows) reads back with the new row
 * under the chosen 二级.
 */

const template = (): GridSnapshot => gridFromPlan(templatePlan({ year: 2024 }));
const onlyForm = (grid: GridSnapshot) => readSheet(grid).forms[0];

function type(grid: GridSnapshot, row: number, col: number, value: CellValue): void {
  const values = grid.values as CellValue[][];
  while (values.length <= row) values.push([]);
  values[row][col] = value;
}

describe("level2Blocks", () => {
  it("gives the template's skeleton as runs of rows under each 二级", () => {
    const blocks = level2Blocks(onlyForm(template()));
    expect(blocks.map((b) => [b.level2, b.firstRow + 1, b.lastRow + 1])).toEqual([
      ["数量指标", 12, 13],
      ["质量指标", 14, 14],
      ["时效指标", 15, 15],
      ["成本指标", 16, 16],
      ["社会效益指标", 17, 17],
      ["可持续影响指标", 18, 18],
      ["服务对象满意度指标", 19, 19],
    ]);
  });

  it("finds the block of a selected row, and none above the table or outside the form", () => {
    const grid = template();
    const form = formAt(readSheet(grid).forms, 12)!;
    expect(blockAt(form, 12)).toMatchObject({ level2: "数量指标", lastRow: 12 });
    expect(blockAt(form, 10)).toBeNull();
    expect(formAt(readSheet(grid).forms, 40)).toBeNull();
  });
});

describe("insertRowPlan", () => {
  it("inserts a whole row below the 二级's last row with the template's merge, borders and lists", () => {
    const grid = template();
    const form = onlyForm(grid);
    const insertion = insertRowPlan(grid, form, blockAt(form, 11)!);
    expect(insertion.row + 1).toBe(14);
    expect(insertion.cell).toBe("C14");
    expect(insertion.plan.ops).toEqual([
      { kind: "insertRows", range: "14:14" },
      { kind: "merge", range: "C14:D14" },
      { kind: "values", range: "A14", values: [["产出指标"]] },
      { kind: "values", range: "B14", values: [["数量指标"]] },
      {
        kind: "format",
        range: "A14:E14",
        format: { border: "thin", vertical: "middle", wrap: true },
      },
      expect.objectContaining({ kind: "list", range: "A14", hint: INPUT_HINTS.level1 }),
      expect.objectContaining({ kind: "list", range: "B14", hint: INPUT_HINTS.level2 }),
      { kind: "hint", range: "C14", hint: INPUT_HINTS.indicatorName },
      { kind: "hint", range: "E14", hint: INPUT_HINTS.indicatorValue },
    ]);
  });

  it("reads back: the new row is under the chosen 二级, and the rows below keep theirs", () => {
    const grid = template();
    const form = onlyForm(grid);
    const after = gridFromPlan(insertRowPlan(grid, form, blockAt(form, 11)!).plan, grid);
    type(after, 13, 2, "新增培训人次");
    type(after, 13, 4, "≥100人次");
    const read = onlyForm(after).record.indicators;
    expect(read.find((i) => i.name === "新增培训人次")).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      cell: "E14",
    });
    expect(read.map((i) => i.level2)).toEqual([
      "数量指标",
      "数量指标",
      "数量指标",
      "质量指标",
      "时效指标",
      "成本指标",
      "社会效益指标",
      "可持续影响指标",
      "服务对象满意度指标",
    ]);
  });

  it("below the last block (满意度) the row is still 满意度, not the block above", () => {
    const grid = template();
    const form = onlyForm(grid);
    const after = gridFromPlan(insertRowPlan(grid, form, blockAt(form, 18)!).plan, grid);
    type(after, 19, 2, "群众满意度");
    type(after, 19, 4, "≥90%");
    const added = onlyForm(after).record.indicators.find((i) => i.name === "群众满意度");
    expect(added).toMatchObject({ level1: "满意度指标", level2: "服务对象满意度指标" });
  });

  it("grows merged 一级 and 二级 areas that end on the block's last row, writing no text there", () => {
    const grid = template();
    // A clerk's own layout: 产出指标 merged over A12:A16 and 数量指标 over B12:B13.
    for (const row of [12, 13, 14, 15]) type(grid, row, 0, null);
    type(grid, 12, 1, null);
    const merged = {
      ...grid,
      merges: [
        ...grid.merges,
        { top: 11, left: 0, bottom: 15, right: 0 },
        { top: 11, left: 1, bottom: 12, right: 1 },
      ],
    };
    const form = onlyForm(merged);
    const insertion = insertRowPlan(merged, form, blockAt(form, 12)!);
    expect(insertion.plan.ops.slice(0, 4)).toEqual([
      { kind: "insertRows", range: "14:14" },
      { kind: "unmerge", range: "B12:B13" },
      { kind: "merge", range: "B12:B14" },
      { kind: "merge", range: "C14:D14" },
    ]);
    // The 一级 area A12:A16 goes on below: it grows by itself; neither level is written.
    expect(insertion.plan.ops.filter((op) => op.kind === "values")).toEqual([]);
    const after = gridFromPlan(insertion.plan, merged);
    expect(after.merges).toEqual(
      expect.arrayContaining([
        { top: 11, left: 0, bottom: 16, right: 0 },
        { top: 11, left: 1, bottom: 13, right: 1 },
      ])
    );
    type(after, 13, 2, "新增指标");
    type(after, 13, 4, "10个");
    const added = onlyForm(after).record.indicators.find((i) => i.name === "新增指标");
    expect(added).toMatchObject({ level1: "产出指标", level2: "数量指标" });
  });

  it("grows a 绩效指标 label merged beside the table when the row goes below its last block", () => {
    const base = template();
    // The form one column to the right, with 绩效指标 merged down column A over the table.
    const values = base.values.map((row) => [null, ...row]);
    values[10][0] = "绩效指标";
    const shifted = base.merges.map((m) => ({ ...m, left: m.left + 1, right: m.right + 1 }));
    const label = { top: 10, left: 0, bottom: 18, right: 0 };
    const grid: GridSnapshot = { ...base, values, merges: [...shifted, label] };
    const form = onlyForm(grid);
    const insertion = insertRowPlan(grid, form, blockAt(form, 18)!);
    expect(insertion.plan.ops.slice(0, 3)).toEqual([
      { kind: "insertRows", range: "20:20" },
      { kind: "unmerge", range: "A11:A19" },
      { kind: "merge", range: "A11:A20" },
    ]);
    // The 三级指标's own C:D (here D:E) merge is repeated, never grown.
    expect(insertion.plan.ops).toContainEqual({ kind: "merge", range: "D20:E20" });
    const after = gridFromPlan(insertion.plan, grid);
    type(after, 19, 3, "群众满意度");
    type(after, 19, 5, "≥90%");
    const added = onlyForm(after).record.indicators.find((i) => i.name === "群众满意度");
    expect(added).toMatchObject({ level1: "满意度指标", cell: "F20" });
  });

  it("a filled new row is checked like a template row: the same finding on a bad value", () => {
    const grid = template();
    const form = onlyForm(grid);
    const after = gridFromPlan(insertRowPlan(grid, form, blockAt(form, 11)!).plan, grid);
    type(after, 11, 2, "培训人次");
    type(after, 11, 4, "100");
    type(after, 13, 2, "新增人次");
    type(after, 13, 4, "100");
    const codes = (cell: string) =>
      checkSheet(after)
        .forms[0].findings.filter((f) => f.cell === cell)
        .map((f) => f.code)
        .sort();
    expect(codes("E14").length).toBeGreaterThan(0);
    expect(codes("E14")).toEqual(codes("E12"));
  });
});
