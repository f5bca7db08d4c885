import { checkSheet } from "../../../src/form";
import type { CellValue } from "../../../src/form/grid";
import fc from "fast-check";
import {
  headerScore,
  HEADER_THRESHOLD,
  LABEL_AFFIX_HINT,
  LABEL_PREFIXES,
  LABEL_SUFFIXES,
  periodScore,
} from "../../../src/form/reader/vocabulary";
import { base, form, grid } from "../../support/readerForms";

/*
 * The reader's vocabulary (src/form/reader/vocabulary.ts): header rows scored by the roles their
 * cells name, columns by the period their headers name, titles by their endings.
 */

describe("a row's score as an indicator table's header", () => {
  it.each([
    [["level1"], true],
    [["name", "value"], true],
    [["level2", "name"], true],
    [["name", "ignored"], true],
    [["level1", "level2", "name", "value", "ignored"], true],
    [["name"], false],
    [["value", "unit", "ignored"], false],
    [["level2", "value"], false],
  ] as const)("%j is a header: %s", (roles, isHeader) => {
    expect(headerScore(roles) >= HEADER_THRESHOLD).toBe(isHeader);
  });

  it("counts each role once, however many columns name it", () => {
    expect(headerScore(["name", "value", "name", "value"])).toBe(headerScore(["name", "value"]));
  });

  // 安溪's layout (test/fixtures/forms/anxi-2022-water-works) without its 一级 column.
  it("finds a table with neither 一级 nor 指标值 header: 二级 | 三级 | 指标解释 | one column a township", () => {
    const { record } = form(base, [
      ["二级指标", "三级指标", "指标解释", "西坪镇尧山村", "桃舟乡吾培村"],
      ["数量指标", "开展小型水利工程建设(个)", "反映开展情况", "1", "1"],
      ["时效指标", "项目开展率", "反映修复开展情况", "100%", "100%"],
    ]);
    expect(record.indicators.map((i) => [i.level2, i.name, i.value.raw])).toEqual([
      ["数量指标", "开展小型水利工程建设(个)", "1"],
      ["时效指标", "项目开展率", "100%"],
    ]);
  });
});

describe("the period a header names", () => {
  it.each([
    ["指标值(年度)", 1],
    ["年度指标值", 1],
    ["本年度计划水平", 1],
    ["年度绩效指标", 1],
    ["二级指标(长期)", -1],
    ["实施期指标值", -1],
    ["中期目标", -1],
    ["指标值", 0],
    ["计划指标值(或计划水平)", 0],
  ])("%s scores %d", (label, score) => {
    expect(periodScore(label)).toBe(score);
  });
});

describe("titles", () => {
  const stacked = (title: string): CellValue[][] => [
    ["项目名称", "道路改造"],
    ["年度金额", 10],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "改造里程", "≥3公里"],
    [title],
    ["项目名称", "桥梁维修"],
    ["年度金额", 5],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "维修座数", "≥2座"],
  ];

  // 东莞市财政项目支出绩效目标批复表 (test/fixtures/forms/dongguan-2019-road-approval).
  it.each(["东莞市财政项目支出绩效目标批复表", "项目支出绩效目标申报表", "项目支出绩效目标审批表"])(
    "ends the form above at a title %s, never reading it as an indicator",
    (title) => {
      const { forms } = checkSheet(grid(stacked(title)));
      expect(forms.map((f) => f.record.indicators.length)).toEqual([1, 1]);
      expect(forms[0].findings.map((f) => f.code)).not.toContain("indicator.level1-unknown");
    }
  );
});

describe("一级 and 二级 names ending in 值 instead of 指标", () => {
  // 临邑县师范附属小学's 申报表 (test/fixtures/forms/linyi-2025-school-funds).
  it("reads 产出值 / 数量值 and 效益值 / 可持续影响值 as the framework's names, with no unknown-name error", () => {
    const { record, findings } = form(base, [
      ["一级", "二级", "三级", "年度数值", "备注"],
      ["产出值", "数量值", "小学就读人数", "≤6962人", null],
      [null, "成本值", "义务教育小学生均公用经费", "≤780元/生/年", null],
      ["效益值", "可持续影响值", "学生受益情况", "=100%", null],
    ]);
    expect(record.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"],
      ["产出指标", "成本指标"],
      ["效益指标", "可持续影响指标"],
    ]);
    expect(findings.map((f) => f.code)).not.toContain("indicator.level2-unknown");
    expect(findings.map((f) => f.code)).not.toContain("indicator.level1-unknown");
  });

  it("leaves a value column's header (指标值, 年度数值) a header, never a 一级", () => {
    const { record } = form(base, [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人次", "≥100人次"],
    ]);
    expect(record.indicators.map((i) => i.value.raw)).toEqual(["≥100人次"]);
  });
});

describe("a second header row naming the value columns under a group header", () => {
  // 龙岩's transfer form (test/fixtures/forms/longyan-2023-religion-transfer): 区域目标值 over the counties.
  const header = ["一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", null, null];
  const regions = [null, null, null, null, "新罗区", "永定区", "上杭县"];
  const row = ["产出指标", "数量指标", "补助县数量", "反映补助县数量", "2", "3", "1"];

  it("reads the counties' row as part of the header, the first county's targets as the values", () => {
    const [{ record, findings }] = checkSheet(grid([...base, header, regions, row])).forms;
    expect(record.indicators.map((i) => [i.name, i.value.raw])).toEqual([["补助县数量", "2"]]);
    expect(findings.map((f) => f.code)).not.toContain("indicator.name-missing");
  });

  it("still reads a row of values with no name below a header as an indicator without a name", () => {
    const [{ record, findings }] = checkSheet(
      grid([
        ...base,
        ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
        ["产出指标", "数量指标", null, "≥2个", "按计划"],
      ])
    ).forms;
    expect(record.indicators).toHaveLength(1);
    expect(findings.map((f) => f.code)).toContain("indicator.name-missing");
  });
});

describe("the hint that a label may carry a prefix or suffix", () => {
  it("holds for every label any prefix or suffix applies to", () => {
    const patterns = [...LABEL_PREFIXES, ...LABEL_SUFFIXES];
    // Every character the patterns name, digits and a few others: what their matches are made of.
    const named = [...new Set(patterns.flatMap((pattern) => [...pattern.source]))];
    const letters = [...named, ..."0123456789", "项", "目", "a", " ", "（", "）", "：", "．"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 12 }), (chars) => {
        const label = chars.join("");
        if (patterns.some((pattern) => pattern.test(label)))
          expect(LABEL_AFFIX_HINT.test(label)).toBe(true);
      }),
      { numRuns: 20_000 }
    );
    for (const label of [
      "其中:中央资金",
      "1.产出指标",
      "(二)效益指标",
      "资金(万元)",
      "项目及编码",
      "单位:",
    ])
      expect(LABEL_AFFIX_HINT.test(label)).toBe(true);
  });
});
