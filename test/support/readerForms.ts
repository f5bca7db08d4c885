import { readSheet } from "../../src/form";
import type { Area, CellValue, GridSnapshot } from "../../src/form/grid";

/** Small forms for the reader's field tests: a sheet from rows, and the one form it holds. */

export const grid = (values: CellValue[][], merges: Area[] = []): GridSnapshot => ({
  sheet: "表1",
  origin: { row: 0, col: 0 },
  values,
  merges,
});

export const table: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
];

/** The header row of a list-style table (a budget-system export): one project a block of rows. */
export const LIST_HEADER: CellValue[] = [
  "单位名称",
  "项目名称",
  "项目金额",
  "年度目标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
];

export const base: CellValue[][] = [
  ["项目名称", "社区服务", "项目实施期", "2024年1月至12月"],
  ["主管部门", "民政局", "实施单位", "社区中心"],
];

/** The one form read from a header over an indicator table; the sheet itself has nothing to say. */
export const form = (
  header: CellValue[][],
  indicators: CellValue[][] = table,
  merges: Area[] = []
) => {
  const read = readSheet(grid([...header, ...indicators], merges));
  expect(read.findings).toEqual([]);
  expect(read.forms).toHaveLength(1);
  return read.forms[0];
};
