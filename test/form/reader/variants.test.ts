import fc from "fast-check";
import { readSheet } from "../../../src/form";
import type { Area, CellValue, GridSnapshot } from "../../../src/form/grid";
import { recordSchemas } from "../../../src/form/record";

const grid = (values: CellValue[][], merges: Area[] = []): GridSnapshot => ({
  sheet: "表1",
  origin: { row: 0, col: 0 },
  values,
  merges,
});
const only = (g: GridSnapshot) => {
  const { forms } = readSheet(g);
  expect(forms).toHaveLength(1);
  return forms[0].record;
};

/** A small form in another province's words; tests vary one thing in it. */
function variantForm(
  changes: { labels?: Record<string, string>; extraLeft?: boolean; trailing?: string } = {}
): CellValue[][] {
  const l = (label: string) => changes.labels?.[label] ?? label;
  const rows: CellValue[][] = [
    ["（2024年度）"],
    [l("项目名称"), "社区服务", null, l("项目实施期"), "2024年1月至12月"],
    [l("主管部门"), "民政局", null, l("实施单位"), "社区中心"],
    [l("资金投入(万元)"), l("实施期金额"), 30, l("年度金额"), 30],
    [null, l("其中: 财政拨款"), 20, l("其中: 财政拨款"), 20],
    [null, l("其他资金"), "10", l("其他资金"), "10"],
    [l("绩效目标"), l("实施期目标"), null, l("年度目标"), null],
    [null, "服务社区居民", null, "服务社区居民", null],
    [
      "一级指标",
      "二级指标",
      "三级指标",
      null,
      l("年度指标值"),
      ...(changes.trailing ? [changes.trailing] : []),
    ],
    ["产出指标", "数量指标", "服务人次", null, "≥500人次"],
    [null, "质量指标", "服务合格率", null, "≥95%"],
    ["效益指标", "社会效益指标", "居民获得感", null, "明显提升"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", null, "≥90%"],
  ];
  return changes.extraLeft ? rows.map((row, i) => [i === 8 ? "绩效指标" : null, ...row]) : rows;
}

describe("reading the variants of docs/form.md (Forms as they are found)", () => {
  it("reads labels with stray spaces, full-width brackets and trailing colons", () => {
    const record = only(
      grid(
        variantForm({
          labels: {
            项目名称: "项 目 名 称",
            "资金投入(万元)": "资金投入（万元）",
            年度金额: "年度资金总额:",
            "其中: 财政拨款": "其中：财政资金",
          },
        })
      )
    );
    expect(record.name).toBe("社区服务");
    expect(record.funding.annual).toMatchObject({ total: "30", fiscal: "20", other: "10" });
  });

  it("reads the other names of totals, parts and goals", () => {
    const record = only(
      grid(
        variantForm({
          labels: {
            实施期金额: "中期预算资金总额",
            其他资金: "自筹",
            年度目标: "本年度绩效目标",
            实施期目标: "总体目标",
          },
        })
      )
    );
    expect(record.funding.period).toMatchObject({ total: "30", fiscal: "20", other: "10" });
    expect(record.goals).toEqual({ period: "服务社区居民", annual: "服务社区居民" });
  });

  it("reads numbers stored as text and text stored as numbers", () => {
    const record = only(grid(variantForm()));
    expect(record.funding.annual?.other).toBe("10");
    expect(record.funding.annual?.raw.total).toBe("30");
  });

  it("reads a form with an extra leading 绩效指标 column and trailing 备注 column", () => {
    const record = only(grid(variantForm({ extraLeft: true, trailing: "备注" })));
    expect(record.indicators.map((i) => i.level1)).toEqual([
      "产出指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
    expect(record.indicators[0].cell).toBe("F10");
  });

  it("takes the 年度 value when a form has both a 实施期 and a 年度 value column", () => {
    const rows = variantForm();
    rows[8] = ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"];
    rows[9] = ["产出指标", "数量指标", "服务人次", "≥1500人次", "≥500人次"];
    expect(only(grid(rows)).indicators[0].value.raw).toBe("≥500人次");
  });

  it("reads 一级 labels carrying a score and 二级 without 指标", () => {
    const rows = variantForm();
    rows[9] = ["产出指标(50分)", "数量", "服务人次", null, "≥500人次"];
    const [first] = only(grid(rows)).indicators;
    expect(first).toMatchObject({
      level1: "产出指标",
      level2: "数量指标",
      written: { level1: "产出指标(50分)", level2: "数量" },
    });
  });

  it("gives a merged 一级 block its text even when the text sits on a middle row", () => {
    const rows = variantForm();
    rows[9][0] = null;
    rows[10][0] = "产出指标";
    const record = only(grid(rows, [{ top: 9, left: 0, bottom: 10, right: 0 }]));
    expect(record.indicators.slice(0, 2).map((i) => i.level1)).toEqual(["产出指标", "产出指标"]);
    expect(record.indicators[0].cells.level1).toBe("A11");
  });

  it("gives rows above an unmerged mid-block 一级 label that label when their 二级 belongs to it", () => {
    const rows = variantForm();
    rows.splice(12, 0, [null, "可持续影响指标", "长效机制", null, "建立"]);
    rows[11] = [null, "社会效益指标", "居民获得感", null, "明显提升"];
    rows[12][0] = "效益指标";
    const record = only(grid(rows));
    expect(record.indicators.map((i) => i.level1)).toEqual([
      "产出指标",
      "产出指标",
      "效益指标",
      "效益指标",
      "满意度指标",
    ]);
  });

  it("stops at footer rows", () => {
    const rows = [
      ...variantForm(),
      [null],
      ["审核意见：", "同意"],
      ["填表人：张三", null, "联系电话：123"],
    ];
    expect(only(grid(rows)).indicators).toHaveLength(4);
  });

  it("reads annual-only funding", () => {
    const rows = variantForm();
    rows[3] = ["资金情况", "年度资金总额", 30, null, null];
    rows[4] = [null, "其中：财政拨款", 20, null, null];
    rows[5] = [null, "其他资金", 10, null, null];
    const record = only(grid(rows));
    expect(record.funding.period).toBeNull();
    expect(record.funding.annual).toMatchObject({ total: "30", fiscal: "20", other: "10" });
  });

  it("keeps a non-number amount's text for the rule to report", () => {
    const rows = variantForm();
    rows[3][4] = "约30万";
    const record = only(grid(rows));
    expect(record.funding.annual).toMatchObject({ total: null, raw: { total: "约30万" } });
  });

  it("says so when a sheet holds no form, and stays quiet on an empty sheet", () => {
    expect(readSheet(grid([["备注"], ["本工作簿说明"]])).findings.map((f) => f.code)).toEqual([
      "read.no-form",
    ]);
    expect(readSheet(grid([])).findings).toEqual([]);
  });

  it("says so when a form has no indicator table", () => {
    const { forms } = readSheet(grid(variantForm().slice(0, 8)));
    expect(forms[0].findings.map((f) => f.code)).toEqual(["read.indicators-missing"]);
  });
});

describe("the reader on arbitrary grids", () => {
  const vocabulary = [
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "产出指标",
    "数量指标",
    "年度金额",
    "其中: 财政拨款",
    "其他资金",
    "(2023年度)",
    "≥3次",
    "良好",
    "审核意见",
    "绩 效 目 标",
    "单位:元",
    "金额(万元)",
    "资金总额",
    "实施期",
    "年度",
    "开始日期",
    "结束日期",
    "2021.1",
    "1,234,500.00",
    "指标名称",
    "指标值",
    "指标性质",
    "度量单位",
    "长期绩效指标",
    "≥",
    "定性",
    "中央资金",
    "项目完成指标",
    "单位名称",
    "95%以上",
    "经办人:",
  ];
  const cell = fc.oneof(
    fc.constant(null),
    fc.constantFrom(...vocabulary),
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.integer()
  );
  const area = fc
    .tuple(fc.nat(12), fc.nat(6), fc.nat(4), fc.nat(3))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

  it("never throws, and every form it returns has a parseable record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 16 }),
        fc.array(area, { maxLength: 5 }),
        fc.nat(5),
        (values, merges, originRow) => {
          const g: GridSnapshot = {
            sheet: "x",
            origin: { row: originRow, col: 0 },
            values,
            merges,
          };
          const { forms } = readSheet(g);
          for (const form of forms) {
            expect(() => recordSchemas().FormRecord.parse(form.record)).not.toThrow();
            expect(form.area.bottom).toBeGreaterThanOrEqual(form.area.top);
          }
        }
      ),
      { numRuns: 400 }
    );
  });
});
