import { checkSheet, readSheet } from "../../../src/form";
import type { Area, CellValue, GridSnapshot } from "../../../src/form/grid";

/*
 * One mechanism of docs/layouts.md per case, on the smallest grid that shows it. The published
 * forms (publishedForms.test.ts) show them together on real layouts.
 */

const grid = (values: CellValue[][], merges: Area[] = []): GridSnapshot => ({
  sheet: "表1",
  origin: { row: 0, col: 0 },
  values,
  merges,
});

const table: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ["效益指标", "社会效益指标", "居民获得感", "明显提升"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
];

const form = (header: CellValue[][], indicators: CellValue[][] = table) => {
  const { forms } = readSheet(grid([...header, ...indicators]));
  expect(forms).toHaveLength(1);
  return forms[0];
};

const base: CellValue[][] = [
  ["项目名称", "社区服务", "项目实施期", "2024年1月至12月"],
  ["主管部门", "民政局", "实施单位", "社区中心"],
];

describe("amounts written in 元", () => {
  it("are converted exactly to 万元, and the record says the form wrote 元", () => {
    const { record } = form([
      ["单位:元"],
      ...base,
      ["年度金额", "1,234,567.89"],
      ["其中: 财政拨款", 1000000],
      ["其他资金", "234,567.89"],
      ["年度目标", "服务居民"],
    ]);
    expect(record.funding).toMatchObject({
      writtenIn: "元",
      annual: {
        total: "123.456789",
        fiscal: "100",
        other: "23.456789",
        raw: { total: "1,234,567.89", fiscal: "1000000" },
      },
    });
  });

  it("take the unit from a funding label's bracket too, and default to 万元", () => {
    const yuan = form([...base, ["资金投入(元)", "年度金额", 50000], ["年度目标", "x"]]).record;
    expect(yuan.funding).toMatchObject({ writtenIn: "元", annual: { total: "5" } });
    const wan = form([...base, ["资金投入", "年度金额", 5], ["年度目标", "x"]]).record;
    expect(wan.funding).toMatchObject({ writtenIn: "万元", annual: { total: "5" } });
  });

  it("are read in the funding label's unit when a unit line says otherwise, and say so", () => {
    const read = form([["单位:元"], ...base, ["资金投入(万元)", "年度金额", 5], ["年度目标", "x"]]);
    expect(read.record.funding).toMatchObject({ writtenIn: "万元", annual: { total: "5" } });
    expect(read.findings).toMatchObject([{ code: "read.unit-conflict", cell: "A1" }]);
  });

  it("keep a text amount's fix in the form's unit", () => {
    const { findings } = checkSheet(
      grid([["单位:元"], ...base, ["年度金额", "5万元"], ["年度目标", "x"], ...table])
    ).forms[0];
    const notNumber = findings.find((f) => f.code === "funding.not-number");
    expect(notNumber?.fix?.value).toBe("50000");
    expect(notNumber?.message).toContain("按元计应填 50000");
  });
});

describe("the value-position rule", () => {
  it("reads funding as a small table: labels in a header row, amounts below, 金额(万元) a title", () => {
    const { record } = form([
      ...base,
      ["项目资金", "金额(万元)", "财政拨款", "其他资金"],
      [null, "36.5", "30", "6.5"],
      ["年度目标", "服务居民"],
    ]);
    expect(record.funding.annual).toMatchObject({ total: "36.5", fiscal: "30", other: "6.5" });
    expect(record.funding.period).toBeNull();
  });

  it("reads a small table's rows named 实施期 and 年度 as the two columns, not as fields", () => {
    const { record } = form([
      ...base,
      ["资金(万元)", "资金总额", "财政拨款", "其他资金"],
      ["实施期", 90, 60, 30],
      ["年度", 30, 20, 10],
      ["年度目标", "服务居民"],
    ]);
    expect(record.funding.period).toMatchObject({ total: "90", fiscal: "60", other: "30" });
    expect(record.funding.annual).toMatchObject({ total: "30", fiscal: "20", other: "10" });
    expect(record.period?.raw).toBe("2024年1月至12月");
  });

  it("gives 财政拨款 to the nearest total above it in its column", () => {
    const { record } = form([
      ...base,
      ["项目资金", "项目总预算", 65],
      [null, "当年年度预算", 50],
      [null, "其中:财政资金", 40],
      [null, "其中:其它资金", 10],
      ["年度目标", "x"],
    ]);
    expect(record.funding.period).toMatchObject({ total: "65", fiscal: null });
    expect(record.funding.annual).toMatchObject({ total: "50", fiscal: "40", other: "10" });
  });

  it("adds the government levels' lines up to 财政拨款, and says when it adds up a total", () => {
    const read = form([
      ...base,
      ["年度本级预算金额", "1,234,500.00"],
      ["该项目支出上级资金", "500,000.00"],
      ["金额单位:元"],
      ["年度目标", "x"],
    ]);
    expect(read.record.funding.annual).toMatchObject({ total: "173.45", fiscal: "173.45" });
    expect(read.findings.map((f) => f.code)).toEqual(["read.total-derived"]);
  });
});

describe("the period", () => {
  it("reads two cells, 开始日期 and 结束日期", () => {
    const { record } = form([
      ["项目名称", "x", "主管部门", "y"],
      ["开始日期", "2021.1", "结束日期", "2021.12"],
      ["年度金额", 1],
    ]);
    expect(record.period).toEqual({ raw: "2021.1至2021.12", start: "2021-01", end: "2021-12" });
  });

  it("reads 项目期 2019-2021", () => {
    const { record } = form([["项目名称", "x", "项目期", "2019-2021"]]);
    expect(record.period).toMatchObject({ start: "2019-01", end: "2021-12" });
  });

  it("reads 全年 as the form's year, from its title or a year line above", () => {
    const { record } = form([["(2024年度)"], ["项目名称", "x", "项目期限", "全年"]]);
    expect(record.period).toEqual({ raw: "全年", start: "2024-01", end: "2024-12" });
    const checked = checkSheet(
      grid([["(2024年度)"], ["项目名称", "x", "项目期限", "全年"], ...table])
    );
    expect(checked.forms[0].findings.map((f) => f.code)).not.toContain("period.unparseable");
  });

  it("says a 全年 on a form with no year cannot be placed in a year", () => {
    const checked = checkSheet(grid([["项目名称", "x", "项目期限", "全年"], ...table]));
    const finding = checked.forms[0].findings.find((f) => f.code === "period.unparseable");
    expect(finding).toMatchObject({ cell: "D1", messageId: "noYear" });
  });
});

describe("the indicator table's columns", () => {
  it("puts an operator, number and unit written in columns of their own together", () => {
    const { record } = form(base, [
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
      ["产出指标", "数量指标", "培训人次", "≥", "3,000", "人次", 20, "正向指标"],
      ["产出指标", "质量指标", "事故发生率", "＝", 0, "%", 10, "反向指标"],
      ["效益指标", "社会效益指标", "群众获得感", "定性", "显著提升", null, 10, "正向指标"],
    ]);
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["≥3,000人次", "=0%", "显著提升"]);
    expect(record.indicators[0].value).toMatchObject({
      operator: "≥",
      number: "3000",
      unit: "人次",
    });
    expect(record.indicators[0].cell).toBe("E4");
  });

  it("understands 百分比 as %, written after the number or as the 度量单位", () => {
    const header = [["(2024年度)"], ...base];
    const checked = checkSheet(
      grid([
        ...header,
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "质量指标", "验收合格率", "＝", 100, "百分比"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", 95, "百分比"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", null, "≥90百分比", null],
      ])
    );
    const { record, findings } = checked.forms[0];
    expect(record.indicators.map((i) => i.value.unit)).toEqual(["%", "%", "%"]);
    expect(record.indicators.map((i) => i.value.raw)).toEqual([
      "=100百分比",
      "≥95百分比",
      "≥90百分比",
    ]);
    expect(findings.map((f) => f.code)).not.toContain("value.satisfaction");
  });

  it("reads the annual name and value where long-term and annual columns stand side by side", () => {
    const { record, findings } = form(base, [
      ["一级指标", "二级指标", "长期绩效指标", null, "年度绩效指标"],
      [null, null, "三级指标", "指标值", "三级指标", "指标值"],
      ["产出指标", "数量指标", "管网长度", "≥120公里", "管网长度", "≥40公里"],
      [null, "质量指标", null, null, "水质达标率", "=100%"],
    ]);
    expect(record.indicators.map((i) => [i.name, i.value.raw])).toEqual([
      ["管网长度", "≥40公里"],
      ["水质达标率", "=100%"],
    ]);
    expect(findings).toEqual([]);
  });

  it("reads a table with no 一级/二级 columns, and says the framework was not checked", () => {
    const read = checkSheet(
      grid([
        ...base,
        ["年度金额", 5],
        ["年度目标", "x"],
        ["指标名称", "指标值"],
        ["服务人次", "≥500人次"],
      ])
    ).forms[0];
    expect(read.record.indicators).toMatchObject([
      { level1: "", level2: "", name: "服务人次", value: { raw: "≥500人次" } },
    ]);
    expect(read.record.layout).toEqual({ kind: "form", level1Column: false, level2Column: false });
    const codes = read.findings.map((f) => f.code);
    expect(codes).toContain("read.levels-missing");
    expect(codes.filter((c) => c.startsWith("indicator."))).toEqual([]);
  });
});

describe("what ends a form", () => {
  it.each([
    ["经办人:张三"],
    ["填表人:李四"],
    ["联系电话:0000"],
    ["上报时间:2024年1月15日"],
    ["单位负责人:"],
    ["财政部门审核意见:"],
    ["财政部门支出股室初审意见"],
    ["(盖章)"],
  ])("%j is a footer, never an indicator", (footer) => {
    const { record } = form(base, [...table, [footer, null, "同意", "王五"]]);
    expect(record.indicators).toHaveLength(3);
  });

  it("ends the table at text left of it", () => {
    const { record } = form(base, [
      [null, "一级指标", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "服务人次", "≥500人次"],
      ["最近年度绩效评价情况", "优秀□", "附上一年度评价报告"],
    ]);
    expect(record.indicators).toHaveLength(1);
  });
});

describe("a list-style table (a budget-system export)", () => {
  const list: CellValue[][] = [
    ["2024年项目支出绩效目标表"],
    ["金额单位:元"],
    ["单位名称", "项目名称", "项目金额", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
    ["县文化馆(合计)", null, "150,000.00"],
    ["县文化馆", "演出", "100,000.00", "演出60场", "项目完成指标", "数量指标", "演出场次", "≥60场"],
    [null, null, null, null, "满意度指标", "服务对象满意度指标", "满意度", "≥95%"],
    [
      "县文化馆",
      "巡查",
      "50,000.00",
      "巡查120处",
      "项目完成指标",
      "数量指标",
      "巡查处数",
      "≥120处",
    ],
  ];

  it("gives one form per project, not one for the unit's subtotal", () => {
    const { forms } = readSheet(grid(list));
    expect(forms.map((f) => [f.record.name, f.record.funding.annual?.total])).toEqual([
      ["演出", "10"],
      ["巡查", "5"],
    ]);
    expect(forms.map((f) => f.record.indicators.length)).toEqual([2, 1]);
    expect(forms[0].record).toMatchObject({
      unit: "县文化馆",
      year: 2024,
      layout: { kind: "list" },
    });
  });

  it("reads merged project cells in a workbook as one block", () => {
    const merges = [4, 1, 2, 3].map((col) => ({
      top: 4,
      left: col === 4 ? 0 : col,
      bottom: 5,
      right: col === 4 ? 0 : col,
    }));
    const { forms } = readSheet(grid(list, merges));
    expect(forms.map((f) => f.record.indicators.length)).toEqual([2, 1]);
  });

  it("asks a project for no 主管部门, 实施单位 or 项目实施期", () => {
    const codes = checkSheet(grid(list)).forms.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).not.toContain("header.missing");
    expect(codes).not.toContain("indicator.level1-unknown");
  });
});
