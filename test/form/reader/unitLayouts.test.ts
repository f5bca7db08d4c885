import { checkSheet, readSheet } from "../../../src/form";
import type { CellValue } from "../../../src/form/grid";
import { base, form, grid, table } from "../../support/readerForms";

/*
 * Layouts units publish that the reader once misread (docs/layouts.md): headers without 指标,
 * 长期 and 年度 tables stacked, 一级/二级 broken over two rows, labels with suffixes or years, and
 * funding on the project-name row. Published forms of each are in test/fixtures/forms.
 */

const rows = (...lines: CellValue[][]) => lines;

describe("indicator headers that drop 指标", () => {
  it("reads a 一级 | 二级 | 三级 | 年度数值 header as the indicator table", () => {
    const { record } = form(
      base,
      rows(
        ["一级", "二级", "三级", "年度数值"],
        ["产出指标", "数量指标", "培训人次", "≥200人次"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"]
      )
    );
    expect(record.indicators.map((i) => [i.level1, i.level2, i.name, i.value.raw])).toEqual([
      ["产出指标", "数量指标", "培训人次", "≥200人次"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ]);
  });
});

describe("长期 and 年度 tables stacked, each with its own header", () => {
  const table = (title: string, value: string) =>
    rows(
      [title, "一级指标", "二级指标", "指标内容", "指标值"],
      [null, "产出指标", "数量指标", "改造道路", value],
      [null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]
    );

  it("reads the 年度 table below a 长期 one, never the second header as an indicator", () => {
    const read = checkSheet(
      grid([...base, ...table("长期绩效指标", "≥169公里"), ...table("年度绩效指标", "≥12公里")])
    );
    const [{ record, findings }] = read.forms;
    expect(record.indicators.map((i) => [i.name, i.value.raw, i.cell])).toEqual([
      ["改造道路", "≥12公里", "E7"],
      ["群众满意度", "≥90%", "E8"],
    ]);
    // Nothing is said of the 长期 table's header or rows (sheet rows 3–5).
    expect(findings.filter((f) => f.row >= 2 && f.row <= 4)).toEqual([]);
  });

  it("ends a 年度 table at a 长期 table below it, counting no row of the second", () => {
    const { record } = form(base, [
      ...table("年度绩效指标", "≥12公里"),
      ...table("长期绩效指标", "≥169公里"),
    ]);
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["≥12公里", "≥90%"]);
  });

  it("reads the fields above the first table only, not the 长期 table's rows", () => {
    const { record } = form(base, [
      ...table("长期绩效指标", "≥169公里"),
      ...table("年度绩效指标", "≥12公里"),
    ]);
    expect(record.name).toBe("社区服务");
    expect(record.cells.name).toBe("B1");
  });
});

describe("a 一级 or 二级 broken over two rows", () => {
  it("joins 服务对象 / 满意度指标 into one 二级 rather than reading an indicator of its own", () => {
    const { record } = form(
      base,
      rows(
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "服务人次", "≥500人次"],
        ["满意度指标", "服务对象", null, null],
        [null, "满意度指标", "居民满意度", "≥90%"]
      )
    );
    expect(record.indicators.map((i) => [i.level1, i.level2, i.cells.level2])).toEqual([
      ["产出指标", "数量指标", "B4"],
      ["满意度指标", "服务对象满意度指标", "B5"],
    ]);
  });

  it("keeps a skeleton row whose 二级 is whole as a row of its own", () => {
    const { record } = form(
      base,
      rows(
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", null, null],
        [null, "质量指标", "合格率", "≥95%"]
      )
    );
    expect(record.indicators.map((i) => i.level2)).toEqual(["数量指标", "质量指标"]);
  });
});

describe("labels with what units add to them", () => {
  it.each([
    ["主管部门及编码", "department"],
    ["主管部门及代码:", "department"],
    ["实施单位（盖章）", "implementer"],
    ["专项名称", "name"],
  ] as const)("reads %s as its field", (label, key) => {
    const read = readSheet(
      grid([
        ["项目名称", "社区服务"],
        [label, "某某单位"],
        ["年度金额", 5],
      ])
    );
    const record = read.forms[0].record;
    expect(record[key]).toBe(key === "name" && label === "专项名称" ? "社区服务" : "某某单位");
  });

  it("reads a goal under a label that carries its years, not the label as the goal", () => {
    const { record } = form([
      ...base,
      ["总体目标", "中期目标(2024年—2026年)", null, "年度目标"],
      [null, "三年建成", null, "当年建成一段"],
    ]);
    expect(record.goals).toEqual({ period: "三年建成", annual: "当年建成一段" });
  });
});

describe("funding written on the project-name row", () => {
  it("reads 中期市财政预算 and 本年度申请市财政预算资金 beside the project's name", () => {
    const read = readSheet(
      grid([
        [
          "项目名称",
          "道路改造",
          "中期市财政预算(万元)",
          "284500.00",
          "本年度申请市财政预算资金(万元)",
          "919.00",
        ],
      ])
    );
    const { funding } = read.forms[0].record;
    expect([funding.period?.total, funding.annual?.total]).toEqual(["284500", "919"]);
  });
});

describe("a period given as a duration, where the layout asks for one", () => {
  it.each([
    ["1年", "2024-01", "2024-12"],
    ["3年", "2024-01", "2026-12"],
    ["18个月", "2024-01", "2025-06"],
  ])("reads 项目期 %s in a 2024 form as %s to %s", (duration, start, end) => {
    const read = checkSheet(
      grid([["(2024年度)"], ["项目名称", "社区服务"], ["项目期", duration], ["年度金额", 5]])
    );
    const [{ record, findings }] = read.forms;
    expect(record.period).toEqual({ raw: duration, start, end });
    expect(findings.map((f) => f.code)).not.toContain("period.unparseable");
  });

  // 兵团's 申报表 (test/fixtures/forms/alaer-2021-cold-storage) states no year and asks for 项目期 1年.
  it("reads no months from a duration where the form states no year, and does not call it unreadable", () => {
    const read = checkSheet(
      grid([
        ["项目名称", "社区服务"],
        ["项目期", "3年"],
        ["年度金额", 5],
      ])
    );
    const [{ record, findings }] = read.forms;
    expect(record.period).toEqual({ raw: "3年", start: null, end: null });
    expect(findings.map((f) => f.code)).not.toContain("period.unparseable");
  });

  it.each(["长期", "长期项目", "长 期"])(
    "reads 项目期 %s as a period with no end, not as an unreadable one",
    (ongoing) => {
      const read = checkSheet(
        grid([["(2024年度)"], ["项目名称", "村组干部报酬"], ["实施期限", ongoing], ["年度金额", 5]])
      );
      const [{ record, findings }] = read.forms;
      expect(record.period).toEqual({ raw: ongoing, start: null, end: null });
      expect(findings.map((f) => f.code)).not.toContain("period.unparseable");
      expect(findings.map((f) => f.code)).not.toContain("period.outside-year");
    }
  );

  it.each(["长远", "1年半", "0年", "长期有效期"])("still calls %s unreadable", (text) => {
    const read = checkSheet(
      grid([["(2024年度)"], ["项目名称", "社区服务"], ["项目期", text], ["年度金额", 5]])
    );
    expect(read.forms[0].findings.map((f) => f.code)).toContain("period.unparseable");
  });
});

describe("amounts and periods as units write them", () => {
  const funding = (unitLine: string, amount: string) =>
    checkSheet(grid([[unitLine], ["项目名称", "社区服务"], ["年度资金总额", amount]])).forms[0];

  it("reads 2279.048 万元 in a 万元 form as the amount, with no finding on it", () => {
    const { record, findings } = funding("单位:万元", "2279.048 万元");
    expect(record.funding.annual).toMatchObject({
      total: "2279.048",
      raw: { total: "2279.048 万元" },
    });
    expect(findings.filter((f) => f.cell === "B3")).toEqual([]);
  });

  it("reads 50万 (元 dropped) in a 万元 form as the amount, as 武川县 2021 writes its total", () => {
    const { record, findings } = funding("单位:万元", "50万");
    expect(record.funding.annual).toMatchObject({ total: "50", raw: { total: "50万" } });
    expect(findings.filter((f) => f.cell === "B3")).toEqual([]);
  });

  it("leaves 5万 in a 元 form as text, for funding.not-number", () => {
    const { record, findings } = funding("单位:元", "5万");
    expect(record.funding.annual?.total).toBeNull();
    expect(findings.map((f) => f.code)).toContain("funding.not-number");
  });

  it("leaves 5万元 in a 元 form as text, for funding.not-number and its fix in 元", () => {
    const { record, findings } = funding("单位:元", "5万元");
    expect(record.funding.annual?.total).toBeNull();
    expect(findings.find((f) => f.code === "funding.not-number")?.fix?.value).toBe("50000");
  });

  it("reads a period written as months in digits, 202001-202012", () => {
    const { record } = form([
      ["项目名称", "社区服务"],
      ["项目起止时间", "202001-202012"],
    ]);
    expect(record.period).toEqual({ raw: "202001-202012", start: "2020-01", end: "2020-12" });
  });

  it("never takes 当年其他资金 for the value of 其他资金 beside an empty cell", () => {
    const { record } = form([
      ...base,
      ["资金总额", "100", "当年资金总额:", "60"],
      ["其他资金", null, "当年其他资金", null],
    ]);
    expect(record.funding.period?.raw.other).toBeNull();
    expect(record.funding.annual).toMatchObject({ total: "60", raw: { other: null } });
  });
});

describe("funding blocks that list their sources", () => {
  it("reads numbered sources ((一)财政拨款小计, (三)其他收入) under a 金额(万元) column title", () => {
    const { record } = form([
      ...base,
      ["项目资金(万元)", "年度资金总额", "金额(万元)"],
      [null, "(一)财政拨款小计", "4.00"],
      [null, "1、一般公共预算", "4.00"],
      [null, "(三)其他收入", "1.00"],
    ]);
    expect(record.funding.period).toBeNull();
    expect(record.funding.annual).toMatchObject({ total: null, fiscal: "4", other: "1" });
  });
});

describe("halves side by side whose headers name no period", () => {
  // 东莞's 批复表 (test/fixtures/forms/dongguan-2019-road-approval): 中期 and 年度 halves, neither headed so.
  const halves = rows(
    [
      "一级 指标",
      "二级 指标",
      "三级 指标",
      "指标值(或计划水平)",
      "二级 指标",
      "三级 指标",
      "计划指标值(或计划水平)",
    ],
    [
      "预期产出指标",
      "数量指标",
      "完成结算项目数",
      "29",
      "数量指标",
      "镇街补助款完成结算项目数",
      "3",
    ],
    ["", "质量指标", "补助款结算误差率", "±3%以内", "时效指标", "结算款支付及时性", "及时"]
  );

  it("reads the right half, where the year's goal and money sit on the template", () => {
    const { record } = form(base, halves);
    expect(record.indicators.map((i) => [i.level2, i.name, i.value.raw])).toEqual([
      ["数量指标", "镇街补助款完成结算项目数", "3"],
      ["时效指标", "结算款支付及时性", "及时"],
    ]);
  });

  it("still reads the half headed 年度 when the other names no period", () => {
    const labelled = rows(
      ["一级指标", "二级指标", "三级指标", "年度指标值", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人次", "≥200人次", "数量指标", "培训场次", "≥4场"]
    );
    const { record } = form(base, labelled);
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["≥200人次"]);
  });
});

describe("a value column beside notes whose header also says 指标值", () => {
  // 乐昌's 中职 table (Guangdong 2018): 指标值 | 实际完成值 | 未达到指标值原因, one half only.
  it("reads the 指标值 column, not the notes right of it", () => {
    const { record } = form(
      base,
      rows(
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "未达到指标值原因"],
        ["产出指标", "数量指标", "应受助学生数", "100%", "", "说明"]
      )
    );
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["100%"]);
  });
});

describe("a 专项 申报表's funding and goals (南岳 2023, test/fixtures/forms/nanyue-2023-vocational-aid)", () => {
  const sheet = () =>
    checkSheet(
      grid(
        rows(
          ["填报单位(盖章):            单位负责人:谭呈祥"],
          ["专项名称", "雨露计划"],
          ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "", "", "", "其他"],
          ["", "", "中央", "省级", "市级资金", "本级"],
          ["", "7", "0", "7", "0", "0", "0"],
          ["本年度绩效目标", "1.发放就学补助;"],
          ["", "2.每生 1500 元/学期。"],
          ["一级指标", "二级指标", "三级指标内容", "指标值及单位"],
          ["产出指标", "数量指标", "补助人次", "≥101人次"]
        ),
        [
          { top: 2, left: 0, bottom: 4, right: 0 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 3, right: 6 },
          { top: 5, left: 0, bottom: 6, right: 0 },
        ]
      )
    ).forms[0];

  it("sums the levels' columns under a blank 财政资金, and reads 其他 right of that merged label", () => {
    const { annual } = sheet().record.funding;
    expect([annual?.total, annual?.fiscal, annual?.other]).toEqual(["7", "7", "0"]);
  });

  it("reads a goal whose label is merged over two rows as both lines", () => {
    expect(sheet().record.goals.annual).toBe("1.发放就学补助;\n2.每生 1500 元/学期。");
  });

  it("leaves 填报单位 blank when the same cell goes on to another label", () => {
    expect(sheet().record.unit).toBeNull();
  });
});

// 宝坻's 中央预算内投资计划绩效目标表 (test/fixtures/forms/baodi-2022-manure-central).
describe("a central-investment form (中央预算内投资计划绩效目标表)", () => {
  const central = rows(
    ["专项名称", "农业绿色发展专项"],
    ["下达地方或单位", "宝坻区人民政府"],
    ["下达中央预算内投资(万元)", "2350"],
    ["总体目标", "提高畜禽粪污综合利用率。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "实施效果指标", "产出指标", "竣工验收合格率", "=100%"],
    [null, null, "效益指标", "畜禽粪污综合利用率", "≥90%"],
    [null, null, "满意度指标", "受益养殖场户满意度", "≥90%"]
  );

  it("reads its 二级 column (产出指标, 效益指标, 满意度指标) as the 一级 under the grouping 实施效果指标", () => {
    const read = checkSheet(grid(central));
    const [{ record, findings }] = read.forms;
    expect(record.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "竣工验收合格率"],
      ["效益指标", "畜禽粪污综合利用率"],
      ["满意度指标", "受益养殖场户满意度"],
    ]);
    expect(record.layout?.level2Column).toBe(false);
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.code);
    expect(errors).toEqual([]);
  });

  it("reads 下达地方或单位 as the implementer and 下达中央预算内投资 as the year's money", () => {
    const { record } = checkSheet(grid(central)).forms[0];
    expect(record.implementer).toBe("宝坻区人民政府");
    expect(record.funding.annual?.total).toBe("2350");
  });

  it("keeps a 一级 column of national names as it is, with 实施效果指标 nowhere", () => {
    const { record } = form(base);
    expect(record.layout?.level2Column).toBe(true);
    expect(record.indicators.every((i) => i.level2 !== "")).toBe(true);
  });
});

describe("one goal, one year", () => {
  const oneGoal = (goalLabel: string, extra: CellValue[][] = []) =>
    checkSheet(
      grid([
        ["项目名称", "水毁修复"],
        ["资金总额", "35"],
        ...extra,
        [goalLabel, "开展2个水毁修复"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "修复工程", "≥2个"],
        ["效益指标", "社会效益指标", "受益人口", "≥500人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ])
    ).forms[0];

  // 安溪 2022 and 秀屿 2025's transfer forms, 宝坻's central-investment form.
  it("reads a form's only goal, 总体目标, as the year's when it has no 年度目标 and no 实施期 money", () => {
    const { record, findings } = oneGoal("总体目标");
    expect(record.goals).toEqual({ period: null, annual: "开展2个水毁修复" });
    expect(record.cells["goals.annual"]).toBe("B3");
    expect(findings.map((f) => f.code)).not.toContain("header.missing");
  });

  it("keeps 总体目标 the period's beside a 年度目标 label, even a blank one", () => {
    const { record, findings } = oneGoal("总体目标", [["年度目标", null]]);
    expect(record.goals.period).toBe("开展2个水毁修复");
    expect(findings.map((f) => f.code)).toContain("header.missing");
  });

  it("keeps 总体目标 the period's on a form with 实施期 money", () => {
    const { record } = oneGoal("总体目标", [["实施期资金总额", "70"]]);
    expect(record.goals).toEqual({ period: "开展2个水毁修复", annual: null });
  });
});

// 湘阴县教育局's 申报表 (test/fixtures/forms/xiangyin-2022-kindergarten).
describe("money as 上年度安排资金 | 本年度申请资金 columns", () => {
  const sheet = (extra: CellValue[][] = []) =>
    checkSheet(
      grid([
        ["项目名称", "幼儿园公用经费"],
        ["项目资金申请(万元)", "项 目", "上年度安排资金", "本年度申请资金"],
        [null, "合 计", "213.4", "259"],
        [null, "县级资金", "213.4", "259"],
        ...extra,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补助幼儿数", "≥5180人"],
      ])
    ).forms[0];

  it("reads this year's column, never last year's, and 合 计 as the total", () => {
    const { record, findings } = sheet();
    expect(record.funding.annual).toMatchObject({ total: "259", fiscal: "259" });
    expect(record.cells["funding.annual.total"]).toBe("D3");
    expect(findings.map((f) => f.code)).not.toContain("read.total-derived");
  });

  it("takes a second 合计 (a spending breakdown's) for no total of its own", () => {
    const { record } = sheet([
      ["支出明细预算(万元)", "项 目", "上年度安排资金", "本年度申请资金"],
      [null, "合 计", "213.4", "259"],
    ]);
    expect(record.funding.period).toBeNull();
    expect(record.funding.annual?.total).toBe("259");
  });
});

describe("goals labelled as more than a year's", () => {
  it("keeps 长期绩效目标 the period's on a form with no 年度目标 and no 实施期 money", () => {
    const { record } = checkSheet(
      grid([
        ["项目名称", "幼儿园公用经费"],
        ["年度资金总额", "259"],
        ["长期绩效目标", "完善学前教育经费保障机制"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "补助幼儿数", "≥5180人"],
      ])
    ).forms[0];
    expect(record.goals).toEqual({ period: "完善学前教育经费保障机制", annual: null });
  });
});

describe("digits masked by the publisher", () => {
  it("reads 139****8136 as a masked phone number, not a template placeholder; ≥**% still is one", () => {
    const { findings } = checkSheet(
      grid([
        ["项目名称", "幼儿园公用经费", "联系电话", "139****8136"],
        ["年度资金总额", "259"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "补助覆盖率", "≥**%"],
      ])
    ).forms[0];
    expect(findings.filter((f) => f.code === "placeholder").map((f) => f.cell)).toEqual(["D4"]);
  });
});

// 岳阳楼区卫计局's 申报表 (test/fixtures/forms/yueyanglou-2017-migrant-health).
describe("a template's year and unit lines filled in place", () => {
  const sheet = (yearLine: string, unitLine: string) =>
    checkSheet(
      grid([
        ["项目支出预算绩效目标申报表"],
        [yearLine],
        [unitLine],
        ["项目名称", "流动人口公卫经费"],
        ["年度资金总额", "40"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "专项调查社区数", "≥95个"],
      ])
    ).forms[0].record;

  it("reads (20 17 年度) as 2017 and 填报单位(盖章)楼区卫计局 as the unit", () => {
    const record = sheet("(20 17 年度)", " 填报单位(盖章)楼区卫计局");
    expect([record.year, record.unit]).toEqual([2017, "楼区卫计局"]);
  });

  it("still reads 填报单位(盖章): followed by another label as no unit", () => {
    const record = sheet("(2023年度)", "填报单位(盖章):      单位负责人:谭呈祥");
    expect([record.year, record.unit]).toEqual([2023, null]);
  });

  it("reads 填报单位:(盖章) 单位:万元 (the seal note after the colon, then the unit line) as no unit", () => {
    const record = sheet("(2023年度)", "填报单位:(盖章) 单位:万元");
    expect([record.year, record.unit]).toEqual([2023, null]);
  });

  it("still reads 填报单位:(盖章)环卫处 as the unit 环卫处", () => {
    expect(sheet("(2023年度)", "填报单位:(盖章)环卫处").unit).toBe("环卫处");
  });
});

// 芜湖市卫生健康委's 申报明细表 (test/fixtures/forms/wuhu-2019-disease-screening).
describe("a row of sources under 项目总预算 | 项目当年预算", () => {
  it("reads the whole row of sources as the year's, 同级财政资金 a fiscal level", () => {
    const { record } = checkSheet(
      grid([
        ["项目名称", "特殊人群病种筛查经费"],
        ["项目总预算(万元)", "75.00", "项目当年预算(万元)", "25.00"],
        ["项目资金来源情况(万元)", "其中:上级财政补助资金", "其中:同级财政资金", "其他"],
        [null, "0.00", "25.00", "0.00"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "筛查人数", "≥5000人"],
      ])
    ).forms[0];
    expect(record.funding.period).toMatchObject({ total: "75" });
    expect(record.funding.annual).toMatchObject({ total: "25", fiscal: "25", other: "0" });
  });
});

// 湘潭市环境卫生管理处's 申报表 (test/fixtures/forms/xiangtan-2023-dust-cannon).
describe("the Hunan provincial 申报表 as a city unit published it", () => {
  it("reads 预算部门 as the 主管部门 and 项目支出实施期 as the period", () => {
    const { record, findings } = checkSheet(
      grid([
        ["2023年项目支出绩效目标申报表"],
        ["项目支出名称", "雾炮车降尘抑尘服务", null, "预算部门", "湘潭市环境卫生管理处"],
        ["年度本级预算金额", "250", null, "该项目支出上级资金", "0"],
        ["项目支出实施期", "2023.07-2024.01"],
        ["一级指标", "二级指标", "三级指标", "指标值及单位"],
        ["产出指标", "数量指标", "配备车辆数", "≥10辆"],
      ])
    ).forms[0];
    expect([record.department, record.cells.department]).toEqual(["湘潭市环境卫生管理处", "E2"]);
    expect(record.period).toEqual({ raw: "2023.07-2024.01", start: "2023-07", end: "2024-01" });
    expect(findings.find((f) => f.code === "header.not-in-layout")?.data?.labels).toBe("实施单位");
  });
});

// 宁乡市坝塘镇's 项目绩效目标表 (test/fixtures/forms/ningxiang-2021-town-infrastructure).
describe("a 申报表 that lists its sources and schedules its tasks", () => {
  const sheet = (schedule: CellValue[][], money: CellValue[][]) =>
    checkSheet(
      grid([
        ["(2021年度)"],
        ["项目名称", "镇域内基础设施建设"],
        ...money,
        ["项目实施进度计划", "项目实施内容", "开始时间", "完成时间"],
        ...schedule,
        ["长期目标", "改善镇域内基础设施", "年度目标", "完成集镇立面改造"],
        ...table,
      ])
    ).forms[0];
  const money = rows(
    ["年度资金总额及构成", "总额", "10606.7522万元"],
    [null, "财政拨款:", "6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)"],
    [null, "二、自有资金:", "0万元"],
    [null, "三、其他:", "3683.3970万元"]
  );
  const tasks = rows(
    [null, "1总体概念规划", "2016", "2020"],
    [null, "2、核心区规划", "2021", "2021"]
  );

  it("reads the schedule's span, first task's start to last task's end, as the period", () => {
    const { record } = sheet(tasks, money);
    expect(record.period).toMatchObject({ start: "2016-01", end: "2021-12" });
    expect(record.cells.period).toBe("C8");
  });

  it("adds up the sources listed in place of 其他资金, and reads an amount beside its own breakdown", () => {
    const { record, findings } = sheet(tasks, money);
    expect(record.funding.annual).toMatchObject({
      total: "10606.7522",
      fiscal: "6923.3552",
      other: "3683.397",
    });
    expect(findings.map((f) => f.code)).not.toContain("funding.not-number");
    expect(findings.map((f) => f.code)).not.toContain("funding.sum");
  });

  it("takes a 其他资金 line over the sources listed under it", () => {
    const { record } = sheet(tasks, [
      ["年度资金总额", "10"],
      ["财政拨款", "6"],
      ["其他资金", "4"],
      ["其中:自有资金", "4"],
    ]);
    expect(record.funding.annual).toMatchObject({ total: "10", fiscal: "6", other: "4" });
  });

  it("still calls an amount with other words beside it not a number", () => {
    const { findings } = sheet(tasks, [["年度资金总额", "854万(高标准农田建设400万元)"]]);
    expect(findings.map((f) => f.code)).toContain("funding.not-number");
  });
});

// 鄂州's 2022 市直部门预算项目支出绩效目标表 (test/fixtures/forms/ezhou-2022-office-building).
describe("a form whose 一级 column holds the 二级 names", () => {
  const sheet = (header: CellValue[], lines: CellValue[][]) =>
    checkSheet(
      grid([
        ["项目名称", "办公大楼运行保障"],
        ["项目预算成本构成", "金额", "测算(公式)依据", "2021年实际执行数"],
        ["保安服务费", "191", "依据招标文件", "191"],
        ["合计", "814", null, "794.55"],
        ["绩效目标", "以办公大楼服务对象满意为目标"],
        header,
        ...lines,
      ])
    ).forms[0];
  const lines = rows(
    ["数量指标", "大楼安检巡察次数", "反映大楼保卫巡检情况", "≥200次"],
    ["质量指标", "维修验收合格率", "反映维修质量情况", "≥95%"],
    ["成本指标", "成本控制率", null, "不超预算"]
  );
  const header: CellValue[] = ["一级指标", "二级指标", "绩效标准", "当年预期实现值"];

  it("reads that column as the 二级 and the 二级 column as the names", () => {
    const { record, findings } = sheet(header, lines);
    expect(record.indicators.map((i) => [i.level2, i.name, i.value.raw])).toEqual([
      ["数量指标", "大楼安检巡察次数", "≥200次"],
      ["质量指标", "维修验收合格率", "≥95%"],
      ["成本指标", "成本控制率", "不超预算"],
    ]);
    expect(record.layout?.level1Column).toBe(false);
    const codes = findings.map((f) => f.code);
    expect(codes).not.toContain("indicator.level2-unknown");
    expect(codes).not.toContain("indicator.name-missing");
  });

  it("keeps the columns as headed where a 三级指标 column names the indicators", () => {
    const { record } = sheet(
      ["一级指标", "二级指标", "三级指标", "指标值"],
      rows(["数量指标", "大楼安检巡察次数", "巡检", "≥200次"])
    );
    expect(record.indicators.map((i) => [i.written.level1, i.name])).toEqual([
      ["数量指标", "巡检"],
    ]);
  });

  it("reads the cost table's 合计 as the year's amount, not the 金额 header's neighbour", () => {
    const { record, findings } = sheet(header, lines);
    expect(record.funding.annual?.total).toBe("814");
    expect(record.cells["funding.annual.total"]).toBe("B4");
    expect(findings.map((f) => f.code)).not.toContain("funding.not-number");
  });

  it("reads the text right of a 绩效目标 title as the form's one goal", () => {
    const { record, findings } = sheet(header, lines);
    expect(record.goals).toEqual({ period: null, annual: "以办公大楼服务对象满意为目标" });
    expect(findings.map((f) => f.code)).not.toContain("header.missing");
  });
});
