import { checkSheet, filledIndicators, readSheet, templatePlan } from "../../../src/form";
import { parseArea } from "../../../src/form/address";
import type { CellValue, GridSnapshot } from "../../../src/form/grid";
import { gridFromPlan } from "../../../src/form/gridFromPlan";
import { summaryPlan } from "../../../src/form/summary";
import { indicatorPlan } from "../../../src/form/summaryIndicators";
import { cellsOf } from "../plans/support";

/*
 * The template as a clerk meets it: inserted blank, then typed into, with rows added below its
 * skeleton. Each test starts from the template the tool writes (templatePlan), so a change to the
 * template is a change to what these journeys read.
 */

/** The template as inserted, as the reader sees the sheet: rows 12–19 are the skeleton. */
const inserted = (): GridSnapshot => gridFromPlan(templatePlan({ year: 2024 }));

/** Type a value into a cell, as a person would, growing the sheet where needed. */
function type(grid: GridSnapshot, a1: string, value: CellValue): void {
  const { top: row, left: col } = parseArea(a1)!;
  const values = grid.values as CellValue[][];
  while (values.length <= row) values.push([]);
  const line = values[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

/** Type a whole indicator row (一级, 二级, 三级 in C, value in E) on a sheet row (1-based). */
function typeRow(grid: GridSnapshot, row: number, cells: [CellValue, CellValue, string, string]) {
  const [level1, level2, name, value] = cells;
  type(grid, `A${row}`, level1);
  type(grid, `B${row}`, level2);
  type(grid, `C${row}`, name);
  type(grid, `E${row}`, value);
}

/** Fill the skeleton's rows with names and values, as a clerk does before adding rows. */
function fillSkeleton(grid: GridSnapshot): void {
  for (let row = 12; row <= 19; row++) {
    type(grid, `C${row}`, `指标${row}`);
    type(grid, `E${row}`, row === 19 ? "≥90%" : "≥1个");
  }
}

const only = (grid: GridSnapshot) => {
  const read = readSheet(grid);
  expect(read.forms).toHaveLength(1);
  return read.forms[0];
};

describe("the template as inserted, never filled in", () => {
  it("reads a blank 填报单位 as blank, pointing at its own cell, not at 单位: 万元 beside it", () => {
    const grid = inserted();
    expect(grid.values[2][4]).toBe("单位: 万元");
    const { record } = only(grid);
    expect(record.unit).toBeNull();
    expect(record.cells.unit).toBe("B3");
    expect(record.funding.writtenIn).toBe("万元");
  });

  it("reads the unit once the clerk types it, and still reads 单位: 万元 as the amounts' unit", () => {
    const grid = inserted();
    type(grid, "B3", "某街道办事处");
    const { record } = only(grid);
    expect(record.unit).toBe("某街道办事处");
    expect(record.cells.unit).toBe("B3");
  });

  it("reads a 填报单位 whose value is the cell right of it, with the unit line further right", () => {
    const read = readSheet({
      sheet: "表1",
      origin: { row: 0, col: 0 },
      values: [
        ["填报单位", null, null, null, "单位:万元"],
        ["项目名称", "社区服务"],
      ],
      merges: [],
    });
    expect(read.forms[0].record.unit).toBeNull();
    expect(read.forms[0].record.cells.unit).toBe("B1");
  });

  it("keeps the skeleton rows for indicator.empty-row, but counts none of them as an indicator", () => {
    const grid = inserted();
    const [form] = checkSheet(grid).forms;
    expect(form.record.indicators).toHaveLength(8);
    expect(filledIndicators(form.record)).toEqual([]);
    const emptyRows = form.findings.filter((f) => f.code === "indicator.empty-row");
    expect(emptyRows.map((f) => f.cell)).toEqual([
      "C12",
      "C13",
      "C14",
      "C15",
      "C16",
      "C17",
      "C18",
      "C19",
    ]);
  });

  it("puts no skeleton row in the summary's counts per 一级 nor in the 指标明细 sheet", () => {
    const grid = inserted();
    type(grid, "B4", "社区服务");
    typeRow(grid, 12, ["产出指标", "数量指标", "服务人次", "≥500人次"]);
    const [form] = checkSheet(grid).forms;
    const item = {
      record: form.record,
      findings: form.findings,
      sheet: "表1",
      cell: "A1",
      source: "a.xlsx",
    };
    const cells = cellsOf(summaryPlan([item], { year: 2024, unit: "某单位" }));
    const countUnder = (title: string) => {
      const header = [...cells].find(([a1, v]) => v === title && /^[A-Z]3$/.test(a1))![0];
      return cells.get(`${header[0]}4`);
    };
    expect([countUnder("产出指标"), countUnder("效益指标"), countUnder("满意度指标")]).toEqual([
      1, 0, 0,
    ]);
    const details = [...cellsOf(indicatorPlan([item]))].filter(([a1]) => a1.startsWith("E"));
    expect(details.map(([, v]) => v)).toEqual(["三级指标", "服务人次"]);
  });
});

describe("rows the clerk adds below the template's indicator rows", () => {
  it("reads a 数量指标 typed below the 满意度 block as 产出指标, and the blank 一级 under it too", () => {
    const grid = inserted();
    fillSkeleton(grid);
    typeRow(grid, 20, [null, "数量指标", "培训人次", "≥100人次"]);
    typeRow(grid, 21, [null, null, "培训场次", "≥5场"]);
    const [form] = checkSheet(grid).forms;
    const added = form.record.indicators.slice(8);
    expect(added.map((i) => [i.level1, i.level2, i.cells.level1])).toEqual([
      ["产出指标", "数量指标", "A20"],
      ["产出指标", "数量指标", "A20"],
    ]);
    // A satisfaction rule on a count would name the wrong 一级.
    expect(form.findings.filter((f) => f.cell === "E20" || f.cell === "E21")).toEqual([]);
  });

  it("reads a 社会效益指标 typed below the 满意度 block under the 效益指标 block written above", () => {
    const grid = inserted();
    fillSkeleton(grid);
    typeRow(grid, 20, [null, "社会效益指标", "受益群众", "≥2000人"]);
    const indicator = only(grid).record.indicators[8];
    expect([indicator.level1, indicator.written.level1]).toEqual(["效益指标", "效益指标"]);
  });

  it("keeps a satisfaction row typed below the 满意度 block in 满意度", () => {
    const grid = inserted();
    fillSkeleton(grid);
    typeRow(grid, 20, [null, "服务对象满意度指标", "家长满意度", "≥95%"]);
    typeRow(grid, 21, [null, null, "学生满意度", "≥95%"]);
    const added = only(grid).record.indicators.slice(8);
    expect(added.map((i) => i.level1)).toEqual(["满意度指标", "满意度指标"]);
  });

  it("reads a row inserted inside a merged 满意度 block by its own 二级", () => {
    const grid = inserted();
    fillSkeleton(grid);
    typeRow(grid, 20, [null, "质量指标", "培训合格率", "≥95%"]);
    grid.merges.push({ top: 18, left: 0, bottom: 19, right: 0 });
    const added = only(grid).record.indicators.slice(7);
    expect(added.map((i) => [i.level1, i.level2])).toEqual([
      ["满意度指标", "服务对象满意度指标"],
      ["产出指标", "质量指标"],
    ]);
  });

  it("reads a row whose 一级 the clerk writes as written, misplaced or not", () => {
    const grid = inserted();
    fillSkeleton(grid);
    typeRow(grid, 20, ["满意度指标", "数量指标", "回访人次", "≥100人次"]);
    const [form] = checkSheet(grid).forms;
    expect(form.record.indicators[8].level1).toBe("满意度指标");
    expect(form.findings.map((f) => [f.code, f.cell])).toContainEqual([
      "indicator.level2-misplaced",
      "B20",
    ]);
  });

  it("leaves a 二级 with a blank 一级 under the 产出 block when no 效益 block is written (sample form 5)", () => {
    const read = checkSheet({
      sheet: "表1",
      origin: { row: 0, col: 0 },
      values: [
        ["项目名称", "协同发展"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "征迁面积", "4平方公里"],
        [null, "社会效益指标", "发展速度", "加快"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ],
      merges: [],
    });
    const [form] = read.forms;
    expect(form.record.indicators[1].level1).toBe("产出指标");
    expect(form.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["indicator.level2-misplaced", "indicator.level1-missing"])
    );
  });
});
