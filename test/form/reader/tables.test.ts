import { readSheet } from "../../../src/form";
import type { Area, CellValue } from "../../../src/form/grid";
import { base, grid } from "../../support/readerForms";

/*
 * The indicator table read from its headers, its rows with 一级/二级 carried down, and the small
 * funding tables (docs/layouts.md), one mechanism per case on the smallest form that shows it.
 * Every form starts with the same two header rows, so its table header is row 3 and the first
 * indicator row is row 4 (or 5 under a two-row header).
 */

/** A1 range as an Area, so merges read as they are written in Excel. */
function area(range: string): Area {
  const [from, to = from] = range.split(":");
  const at = (cell: string) => ({
    col: cell.charCodeAt(0) - 65,
    row: Number(cell.slice(1)) - 1,
  });
  const a = at(from);
  const b = at(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function onlyForm(values: CellValue[][], merges: string[] = []) {
  const { forms } = readSheet(grid(values, merges.map(area)));
  expect(forms).toHaveLength(1);
  return forms[0];
}

/** The record of the base form with this indicator table below it. */
const withTable = (table: CellValue[][], merges: string[] = []) =>
  onlyForm([...base, ...table], merges).record;

const nameAndValue = (record: ReturnType<typeof withTable>) =>
  record.indicators.map((i) => [i.name, i.value.raw]);

describe("finding the indicator table by its headers", () => {
  it("takes no row for the header that names a value column alone", () => {
    const record = withTable([
      ["目标值", "见下表"],
      ["年度目标", "服务居民"],
      ["指标名称", "指标值"],
      ["服务人次", "≥500人次"],
    ]);
    expect(nameAndValue(record)).toEqual([["服务人次", "≥500人次"]]);
    expect(record.goals.annual).toBe("服务居民");
  });

  it("reads a second header row of just 三级指标 and 指标值 under 年度绩效指标 as header", () => {
    const record = withTable(
      [
        ["一级指标", "二级指标", "年度绩效指标", null],
        [null, null, "三级指标", "指标值"],
        ["产出指标", "数量指标", "服务人次", "≥500人次"],
      ],
      ["C3:D3"]
    );
    expect(record.indicators).toMatchObject([
      { level1: "产出指标", level2: "数量指标", name: "服务人次", cell: "D5" },
    ]);
  });

  it("reads no indicator from a two-row header with no rows yet, and ends the form there", () => {
    const form = onlyForm([
      ...base,
      ["一级指标", "二级指标", "长期绩效指标", null, "年度绩效指标", null],
      [null, null, "三级指标", "指标值", "三级指标", "指标值"],
    ]);
    expect(form.record.indicators).toEqual([]);
    expect(form.area).toEqual({ top: 0, left: 0, bottom: 3, right: 5 });
  });

  it("reads the value under a 年度指标值 title over 指标性质, 指标值 and 度量单位", () => {
    const record = withTable(
      [
        ["一级指标", "二级指标", "三级指标", "年度指标值", null, null],
        [null, null, null, "指标性质", "指标值", "度量单位"],
        ["产出指标", "质量指标", "验收合格率", "≥", 95, "%"],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:F3"]
    );
    expect(record.indicators).toMatchObject([
      { name: "验收合格率", value: { raw: "≥95%", operator: "≥", number: "95" }, cell: "E5" },
    ]);
  });

  it("gives a value under 年度指标值 the operator of a 指标性质 column spanning both header rows", () => {
    const record = withTable(
      [
        ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", null],
        [null, null, null, null, "指标值", "度量单位"],
        ["产出指标", "数量指标", "培训人次", "≥", 300, "人次"],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3"]
    );
    expect(nameAndValue(record)).toEqual([["培训人次", "≥300人次"]]);
  });

  it("takes the column right of 二级 for the names when their header is not a known one", () => {
    const record = withTable(
      [
        ["绩效指标", "一级指标", "二级指标", "具体指标", "指标值"],
        [null, "产出指标", "数量指标", "服务人次", "≥500人次"],
      ],
      ["A3:A4"]
    );
    expect(record.indicators).toMatchObject([
      { level1: "产出指标", level2: "数量指标", name: "服务人次", value: { raw: "≥500人次" } },
    ]);
  });

  it("takes the column right of the names for the values when their header is not a known one", () => {
    const record = withTable([
      ["一级指标", "二级指标", "三级指标", "预期目标", "度量单位"],
      ["产出指标", "数量指标", "培训人次", 300, "人次"],
    ]);
    expect(record.indicators).toMatchObject([{ value: { raw: "300人次" }, cell: "D4" }]);
  });

  it("gives the annual value the unit of its own group where each group has a 度量单位", () => {
    const record = withTable(
      [
        ["一级指标", "二级指标", "长期绩效指标", null, null, "年度绩效指标", null, null],
        [null, null, "三级指标", "指标值", "度量单位", "三级指标", "指标值", "度量单位"],
        ["产出指标", "数量指标", "管网长度", 120, "公里", "管网长度", 40000, "米"],
      ],
      ["A3:A4", "B3:B4", "C3:E3", "F3:H3"]
    );
    expect(nameAndValue(record)).toEqual([["管网长度", "40000米"]]);
  });

  it.each([
    [
      "right",
      ["指标性质", "实施期指标值", "度量单位", "指标性质", "年度指标值", "度量单位"],
      ["=", 120, "公里", "≥", 40000, "米"],
    ],
    [
      "left",
      ["指标性质", "年度指标值", "度量单位", "指标性质", "实施期指标值", "度量单位"],
      ["≥", 40000, "米", "=", 120, "公里"],
    ],
  ])(
    "puts together the operator and unit nearest the annual value, with the annual columns on the %s",
    (_side, headers, cells) => {
      const record = withTable([
        ["一级指标", "二级指标", "三级指标", ...headers],
        ["产出指标", "数量指标", "管网长度", ...cells],
      ]);
      expect(nameAndValue(record)).toEqual([["管网长度", "≥40000米"]]);
    }
  );

  it("prefers the 年度 value column to one whose header names no period", () => {
    const record = withTable([
      ["一级指标", "二级指标", "三级指标", "全周期指标值", "年度指标值"],
      ["产出指标", "数量指标", "管网长度", "≥120公里", "≥40公里"],
    ]);
    expect(nameAndValue(record)).toEqual([["管网长度", "≥40公里"]]);
  });

  it("prefers a plain 指标值 column to a 实施期 one", () => {
    const record = withTable([
      ["一级指标", "二级指标", "三级指标", "实施期指标值", "指标值"],
      ["产出指标", "数量指标", "管网长度", "≥120公里", "≥40公里"],
    ]);
    expect(nameAndValue(record)).toEqual([["管网长度", "≥40公里"]]);
  });

  it("puts an operator before a bare number where the table has no unit column", () => {
    const record = withTable([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值"],
      ["产出指标", "数量指标", "培训期数", "≥", 3],
      ["效益指标", "社会效益指标", "群众获得感", "定性", "显著提升"],
    ]);
    expect(nameAndValue(record)).toEqual([
      ["培训期数", "≥3"],
      ["群众获得感", "显著提升"],
    ]);
  });

  it("keeps a value that is more than a bare number as written, adding no operator or unit", () => {
    const record = withTable([
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "培训期数", "≥", "≥3", null],
      ["产出指标", "质量指标", "验收合格率", null, "95%", "%"],
      ["产出指标", "数量指标", "培训人数", "≥", "不低于300", "人"],
    ]);
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["≥3", "95%", "不低于300"]);
  });
});

describe("indicator rows and the 一级 and 二级 they carry", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值"];

  it("keeps the 二级 written above for a row of a merged 一级 block that leaves it blank", () => {
    const record = withTable(
      [
        header,
        ["产出指标", "数量指标", "服务人次", "≥500人次"],
        [null, null, "服务场次", "≥20场"],
        ["效益指标", "社会效益指标", "居民获得感", "明显提升"],
      ],
      ["A4:A5"]
    );
    expect(record.indicators[1]).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      cells: { level1: "A4", level2: "B4", name: "C5", value: "D5" },
    });
  });

  it("points a row with no 一级 or 二级 anywhere at its own blank cells", () => {
    const record = withTable([header, [null, null, "服务人次", "≥500人次"]]);
    expect(record.indicators).toMatchObject([
      { level1: "", level2: "", cells: { level1: "A4", level2: "B4", name: "C4" } },
    ]);
  });

  it("reads no 一级 or 二级 from a table without such columns, and points them at the name", () => {
    const atA = withTable([
      ["指标名称", "指标值"],
      ["服务人次", "≥500人次"],
    ]);
    expect(atA.indicators).toMatchObject([{ level1: "", level2: "", name: "服务人次" }]);
    const indented = withTable([
      [null, "指标名称", "指标值"],
      [null, "服务人次", "≥500人次"],
    ]);
    expect(indented.indicators).toMatchObject([
      { name: "服务人次", cells: { level1: "B4", level2: "B4", name: "B4", value: "C4" } },
    ]);
  });

  it("gives rows at the top of the table the first 一级 written below them", () => {
    const record = withTable([
      header,
      [null, null, "服务人次", "≥500人次"],
      [null, "数量指标", "服务场次", "≥20场"],
      ["产出指标", "质量指标", "服务合格率", "≥95%"],
    ]);
    expect(
      record.indicators.map((i) => [i.level1, i.level2, i.written.level1, i.cells.level1])
    ).toEqual([
      ["产出指标", "", "产出指标", "A6"],
      ["产出指标", "数量指标", "产出指标", "A6"],
      ["产出指标", "质量指标", "产出指标", "A6"],
    ]);
  });

  it("leaves a known 二级 that fits neither its 一级 nor the next one where it is written", () => {
    const record = withTable([
      header,
      ["产出指标", "数量指标", "服务人次", "≥500人次"],
      [null, "服务对象满意度指标", "居民满意度", "≥90%"],
      ["效益指标", "社会效益指标", "居民获得感", "明显提升"],
    ]);
    expect(record.indicators.map((i) => [i.level1, i.cells.level1])).toEqual([
      ["产出指标", "A4"],
      ["产出指标", "A4"],
      ["效益指标", "A6"],
    ]);
  });

  it("keeps rows under their 一级 when the same 一级 is written again below them", () => {
    const record = withTable([
      header,
      ["产出指标", "数量指标", "服务人次", "≥500人次"],
      [null, "质量指标", "服务合格率", "≥95%"],
      ["产出指标", "时效指标", "完成时间", "2024年12月底前"],
    ]);
    expect(record.indicators.map((i) => i.cells.level1)).toEqual(["A4", "A4", "A6"]);
  });
});

describe("tables: a row-number column before the table", () => {
  const numbered = (header: CellValue) => [
    ...base,
    [header, "一级指标", "二级指标", "三级指标", "指标值"],
    [1, "产出指标", "数量指标", "服务人次", "≥500人次"],
    [2, null, "质量指标", "服务合格率", "≥95%"],
    [3, "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
  ];

  it.each([["序号"], ["编号"], [null]])("headed %j, keeps every indicator", (header) => {
    const { record } = onlyForm(numbered(header));
    expect(record.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "服务人次"],
      ["产出指标", "服务合格率"],
      ["满意度指标", "居民满意度"],
    ]);
    expect(record.indicators[2].cell).toBe("E6");
  });

  it("still ends the table at a line of text left of it", () => {
    const { record } = onlyForm([...numbered("序号"), ["最近年度绩效评价情况", "良好"]]);
    expect(record.indicators).toHaveLength(3);
  });
});
