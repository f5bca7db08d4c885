import { readSheet } from "../../../src/form";
import type { CellValue } from "../../../src/form/grid";
import { grid, LIST_HEADER } from "../../support/readerForms";

/*
 * List-style tables (docs/layouts.md): budget-system exports with one project per block of rows,
 * and the small funding tables of a form's header (labels in a row, one row of amounts per side).
 */

const header = LIST_HEADER;
const projects: CellValue[][] = [
  ["县文化馆", "演出", "100,000.00", "演出60场", "项目完成指标", "数量指标", "演出场次", "≥60场"],
  [null, null, null, null, "满意度指标", "服务对象满意度指标", "满意度", "≥95%"],
  ["县文化馆", "巡查", "50,000.00", "巡查120处", "项目完成指标", "数量指标", "巡查处数", "≥120处"],
];
const list: CellValue[][] = [["2024年项目支出绩效目标表"], ["金额单位:元"], header, ...projects];

const names = (values: CellValue[][]) => readSheet(grid(values)).forms.map((f) => f.record.name);

const standardForm: CellValue[][] = [
  ["项目名称", "乡村道路", "项目实施期", "2024年1月至12月"],
  ["年度金额", 50],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "道路长度", "≥5公里"],
];

describe("a list-style table, one project per block of rows", () => {
  it("gives each project the rows from its name down to the next project", () => {
    const { forms } = readSheet(grid(list));
    expect(forms.map((f) => f.area)).toEqual([
      { top: 3, left: 0, bottom: 4, right: 7 },
      { top: 5, left: 0, bottom: 5, right: 7 },
    ]);
  });

  it("reads a list table that starts on the first row of the sheet", () => {
    const { forms } = readSheet(grid([header, ...projects]));
    expect(forms.map((f) => [f.record.name, f.record.layout?.kind])).toEqual([
      ["演出", "list"],
      ["巡查", "list"],
    ]);
  });

  it("takes no footer row for a project, wherever the footer starts", () => {
    expect(names([...list, [null, "填报人:李四", null, "联系电话:123"]])).toEqual(["演出", "巡查"]);
    expect(names([...list, ["注:", "金额以财政批复为准"]])).toEqual(["演出", "巡查"]);
  });

  it("ends at the title of a second list table, which is read on its own", () => {
    const second: CellValue[][] = [
      ["2025年项目支出绩效目标表"],
      header,
      [
        "县图书馆",
        "阅读推广",
        "30,000.00",
        "活动12场",
        "项目完成指标",
        "数量指标",
        "活动场次",
        "≥12场",
      ],
    ];
    const { forms } = readSheet(grid([...list, ...second]));
    expect(forms.map((f) => [f.record.name, f.record.year, f.record.indicators.length])).toEqual([
      ["演出", 2024, 2],
      ["巡查", 2024, 1],
      ["阅读推广", 2025, 1],
    ]);
  });

  it("ends at the 项目名称 of a form below it", () => {
    const { forms } = readSheet(grid([...list, ...standardForm]));
    const listed = forms.filter((f) => f.record.layout?.kind === "list");
    expect(listed.map((f) => [f.record.name, f.area.bottom])).toEqual([
      ["演出", 4],
      ["巡查", 5],
    ]);
  });

  it("reads the form below it from its own rows, not from the list's", () => {
    const { forms } = readSheet(grid([...list, ...standardForm]));
    const below = forms.find((f) => f.record.layout?.kind !== "list")!;
    expect(below.record.name).toBe("乡村道路");
    expect(below.area.top).toBe(6);
    expect(below.record.funding.annual?.total).toBe("50");
  });

  it("reads a list without a unit column, its amount in the last column", () => {
    const { forms } = readSheet(
      grid([
        ["项目名称", "一级指标", "二级指标", "三级指标", "指标值", "项目金额"],
        ["演出", "项目完成指标", "数量指标", "演出场次", "≥60场", 10],
      ])
    );
    expect(forms.map((f) => f.record)).toMatchObject([
      { name: "演出", unit: null, funding: { annual: { total: "10" } } },
    ]);
  });

  it("says once, on the first project, that the unit line and the amount label disagree", () => {
    const values = list.map((row) =>
      row === header ? header.map((h) => (h === "项目金额" ? "项目金额(万元)" : h)) : row
    );
    const { forms } = readSheet(grid(values));
    expect(forms.map((f) => f.findings.map((x) => x.code))).toEqual([["read.unit-conflict"], []]);
    expect(forms[0].record.funding.annual?.total).toBe("100000");
  });
});

describe("a form above a list table", () => {
  it("ends its indicators at the header of a list table with no title", () => {
    const { forms } = readSheet(grid([...standardForm, header, ...projects]));
    expect(forms[0].record.indicators.map((i) => i.name)).toEqual(["道路长度"]);
    expect(forms[0].area.bottom).toBe(3);
  });
});

describe("small funding tables", () => {
  const base: CellValue[][] = [
    ["项目名称", "社区服务", "项目实施期", "2024年1月至12月"],
    ["主管部门", "民政局", "实施单位", "社区中心"],
  ];
  const table: CellValue[][] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "服务人次", "≥500人次"],
  ];
  const record = (values: CellValue[][]) => {
    const { forms } = readSheet(grid(values));
    expect(forms).toHaveLength(1);
    return forms[0].record;
  };

  it("reads a table of two columns, a total and 财政拨款", () => {
    const read = record([
      ...base,
      ["资金(万元)", "资金总额", "财政拨款"],
      ["实施期", 90, 90],
      ["年度", 30, 30],
      ["年度目标", "服务居民"],
      ...table,
    ]);
    expect(read.funding.period).toMatchObject({ total: "90", fiscal: "90", other: null });
    expect(read.funding.annual).toMatchObject({ total: "30", fiscal: "30", other: null });
  });

  it("reads the 年度 row right above the indicator table", () => {
    const read = record([
      ...base,
      ["资金(万元)", "资金总额", "财政拨款", "其他资金"],
      ["实施期", 90, 60, 30],
      ["年度", 30, 20, 10],
      ...table,
    ]);
    expect(read.funding.annual).toMatchObject({ total: "30", fiscal: "20", other: "10" });
  });

  it("adds up the government levels of each row once", () => {
    const read = record([
      ...base,
      ["资金(万元)", "资金总额", "中央资金", "本级资金"],
      ["实施期", 90, 60, 30],
      ["年度", 30, 20, 10],
      ...table,
    ]);
    expect(read.funding.period).toMatchObject({ total: "90", fiscal: "90" });
    expect(read.funding.annual).toMatchObject({ total: "30", fiscal: "30" });
  });

  it("takes no row name 实施期 for the period of a form that names none", () => {
    const read = record([
      ["项目名称", "社区服务"],
      ["资金(万元)", "资金总额", "财政拨款", "其他资金"],
      ["实施期", 90, 60, 30],
      ["年度", 30, 20, 10],
      ...table,
    ]);
    expect(read.period).toBeNull();
    expect(read.funding.period).toMatchObject({ total: "90", fiscal: "60", other: "30" });
  });
});
