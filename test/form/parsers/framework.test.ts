import {
  LEVEL1,
  canonicalLevel1,
  canonicalLevel2,
  isCostLevel2,
  fitsUnder,
  isSatisfactionLevel2,
  level1sFor,
  nationalLevel1,
} from "../../../src/form/framework";

describe("canonicalLevel1", () => {
  it.each([
    ["产出指标", "产出指标"],
    ["产 出 指 标", "产出指标"],
    ["产出指标(50分)", "产出指标"],
    ["产出指标（30分）", "产出指标"],
    ["产出", "产出指标"],
    ["效益指标（30分）", "效益指标"],
    ["满意度指标(10分)", "满意度指标"],
    ["满 意 度", "满意度指标"],
    ["成本指标", "成本指标"],
    ["成本指标（20分）", "成本指标"],
    ["成本指标(0-20)分", "成本指标"],
    ["产出指标\n(40-50)分", "产出指标"],
    // Provinces' own names are names of their own framework.
    ["项目完成指标", "项目完成指标"],
    ["项目效益指标（30分）", "项目效益指标"],
    ["数量指标", null],
    ["备注", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(canonicalLevel1(text)).toBe(expected);
  });
});

describe("canonicalLevel2 with the notes forms add", () => {
  it.each([
    ["数量指标 (必填硬性指标)", "数量指标"],
    ["经济效益 指标 (选填)", "经济效益指标"],
    ["可持续影响 指标 (必填)", "可持续影响指标"],
  ])("%j → %j", (text, expected) => {
    expect(canonicalLevel2(text)).toBe(expected);
  });
});

describe("provincial 一级", () => {
  it("stand for the national 一级, whose 二级 they take", () => {
    expect(nationalLevel1("项目完成指标")).toBe(LEVEL1.output);
    expect(nationalLevel1("项目效益指标")).toBe(LEVEL1.benefit);
    expect(nationalLevel1(LEVEL1.satisfaction)).toBe(LEVEL1.satisfaction);
    expect(fitsUnder("数量指标", "项目完成指标")).toBe(true);
    expect(fitsUnder("社会效益指标", "项目完成指标")).toBe(false);
    expect(fitsUnder("社会效益指标", "项目效益指标")).toBe(true);
  });

  it("are not offered by the template's drop-downs", () => {
    expect(level1sFor("数量指标")).toEqual([LEVEL1.output]);
  });
});

describe("canonicalLevel2", () => {
  it.each([
    ["数量指标", "数量指标"],
    ["数量", "数量指标"],
    ["质 量 指 标", "质量指标"],
    ["时效", "时效指标"],
    ["成本指标", "成本指标"],
    ["经济效益", "经济效益指标"],
    ["经济效益 指标", "经济效益指标"],
    ["社会效益指标（10分）", "社会效益指标"],
    ["生态效益", "生态效益指标"],
    ["环境效益", "生态效益指标"],
    ["环境效益指标", "生态效益指标"],
    ["可持续影响", "可持续影响指标"],
    ["可持续影响指标", "可持续影响指标"],
    ["可持续影响效益", "可持续影响指标"],
    ["经济成本", "经济成本指标"],
    ["社会成本指标", "社会成本指标"],
    ["生态环境成本", "生态环境成本指标"],
    ["服务对象满意度指标", "服务对象满意度指标"],
    ["服务对象满意度", "服务对象满意度指标"],
    ["社会公众或服务对象满意度指标", "社会公众或服务对象满意度指标"],
    ["产出指标", null],
    ["审核意见", null],
  ])("%j → %j", (text, expected) => {
    expect(canonicalLevel2(text)).toBe(expected);
  });
});

describe("level1sFor", () => {
  it.each([
    ["数量指标", [LEVEL1.output]],
    ["成本指标", [LEVEL1.output]],
    ["经济成本指标", [LEVEL1.cost]],
    ["生态环境成本指标", [LEVEL1.cost]],
    ["经济效益指标", [LEVEL1.benefit]],
    ["可持续影响指标", [LEVEL1.benefit]],
    ["服务对象满意度指标", [LEVEL1.satisfaction]],
    ["社会公众或服务对象满意度指标", [LEVEL1.benefit]],
    ["不是二级", []],
  ])("%j sits under %j", (level2, expected) => {
    expect(level1sFor(level2)).toEqual(expected);
  });
});

describe("kinds of 二级", () => {
  it.each([
    ["成本指标", true],
    ["经济成本指标", true],
    ["社会成本指标", true],
    ["生态环境成本指标", true],
    ["数量指标", false],
    ["经济效益指标", false],
  ])("isCostLevel2(%j) = %j", (level2, expected) => {
    expect(isCostLevel2(level2)).toBe(expected);
  });

  it.each([
    ["服务对象满意度指标", true],
    ["社会公众或服务对象满意度指标", true],
    ["社会效益指标", false],
    ["成本指标", false],
  ])("isSatisfactionLevel2(%j) = %j", (level2, expected) => {
    expect(isSatisfactionLevel2(level2)).toBe(expected);
  });
});
