import { normalizeLabel } from "../../../src/form/text";
import {
  amountUnitOf,
  fieldOf,
  inlineField,
  isAnnualLabel,
  isBlockLabel,
  isFooterLabel,
  isFundingKey,
  isLongTermLabel,
  isTitleLabel,
  meaningOf,
  NO_MEANING,
  sideOf,
  tableRoleOf,
} from "../../../src/form/reader/labels";

/*
 * The label table as look-ups (src/form/reader/labels.ts). The reader asks with normalised text
 * (half-width, no spaces, no trailing colon), so the tests do too.
 */

const n = normalizeLabel;

describe("fieldOf: the header field a label names", () => {
  it.each([
    ["项目名称", "name"],
    ["主管部门", "department"],
    ["填报单位(盖章)", "unit"],
    ["年度金额", "annualTotal"],
    ["其中: 财政拨款", "fiscal"],
    ["中央财政资金", "fiscalPart"],
  ])("%s → %s", (label, key) => {
    expect(fieldOf(n(label))).toBe(key);
  });

  it.each([
    ["*财政拨款", "a required mark"],
    ["★★财政拨款", "several required marks"],
    ["其中:财政拨款", "其中 with a colon"],
    ["其中,财政拨款", "其中 with a comma"],
    ["其中财政拨款", "其中 alone"],
    ["1.财政拨款", "a list number"],
    ["12、财政拨款", "a two-digit list number"],
    ["(3)财政拨款", "a bracketed list number"],
    ["(12)财政拨款", "a bracketed two-digit list number"],
    ["财政拨款(万元)", "a unit in brackets"],
    ["财政拨款(元)", "a unit in 元"],
    ["财政拨款(单位:万元)", "a unit line in brackets"],
    ["财政拨款:(万元)", "a colon before the unit"],
  ])("reads past what varies: %s (%s)", (label) => {
    expect(fieldOf(n(label))).toBe("fiscal");
  });

  it("takes the variations only where they are written: at the start, or the end", () => {
    expect(fieldOf(n("财政拨款其中"))).toBeNull();
    expect(fieldOf(n("财政拨款*"))).toBeNull();
    expect(fieldOf(n("财政拨款1."))).toBeNull();
    expect(fieldOf(n("财政(万元)拨款"))).toBeNull();
    expect(fieldOf(n("财政:拨款"))).toBeNull();
    expect(fieldOf(n("123.财政拨款"))).toBeNull(); // a number, not a list number
    expect(fieldOf(n("(a)财政拨款"))).toBeNull();
  });

  it("keeps a unit in brackets that is not an amount's", () => {
    expect(fieldOf(n("财政拨款(美元)"))).toBeNull();
  });

  it("never takes a long text or nothing for a label", () => {
    expect(fieldOf("")).toBeNull();
    expect(fieldOf(`项目名称${"很".repeat(40)}`)).toBeNull();
    // A label with the longest marks and a unit around it is still a label.
    expect(fieldOf(n("★★★其中:(12)财政预算资金(单位:万元):"))).toBe("fiscal");
  });
});

describe("inlineField: a label and its value in one cell", () => {
  it("splits at the first colon, half- or full-width, and trims the value", () => {
    expect(inlineField("预算单位：大连市民政局 ")).toEqual({ key: "unit", value: "大连市民政局" });
    expect(inlineField("  主管部门:  民政局")).toEqual({ key: "department", value: "民政局" });
  });

  it("keeps a value written over several lines whole", () => {
    expect(inlineField("项目名称：社区服务\n（二期）")).toEqual({
      key: "name",
      value: "社区服务\n（二期）",
    });
  });

  it("needs a known label of 2 to 12 characters before the colon, and a value after it", () => {
    expect(inlineField("说明：项目名称:某项目")).toBeNull();
    expect(inlineField("主管部门：")).toBeNull();
    expect(inlineField("备注：民政局")).toBeNull();
    expect(inlineField("民政局")).toBeNull();
  });
});

describe("isBlockLabel: the funding and goals blocks", () => {
  it.each([["资金投入(万元)"], ["资金投入"], ["资金情况"], ["绩效指标"], ["本年度绩效指标"]])(
    "%s is a block label",
    (label) => {
      expect(isBlockLabel(n(label))).toBe(true);
    }
  );

  it("is not a field, a value or nothing", () => {
    expect(isBlockLabel(n("项目名称"))).toBe(false);
    expect(isBlockLabel(n("社区服务"))).toBe(false);
    expect(isBlockLabel("")).toBe(false);
    expect(isBlockLabel(`资金投入${"的".repeat(40)}`)).toBe(false);
  });
});

describe("isFundingKey", () => {
  it("is true of the totals and the parts, false of other fields and of none", () => {
    for (const key of [
      "periodTotal",
      "annualTotal",
      "total",
      "fiscal",
      "fiscalPart",
      "other",
    ] as const)
      expect(isFundingKey(key)).toBe(true);
    expect(isFundingKey("name")).toBe(false);
    expect(isFundingKey(null)).toBe(false);
  });
});

describe("sideOf: the column a small funding table's row names", () => {
  it.each([
    ["实施期", "period"],
    ["中期", "period"],
    ["年度", "annual"],
    ["本年度", "annual"],
    ["年度资金(万元)", "annual"],
  ])("%s → %s", (label, side) => {
    expect(sideOf(n(label))).toBe(side);
  });

  it("names none for other words", () => {
    expect(sideOf(n("财政拨款"))).toBeNull();
  });
});

describe("amountUnitOf: the unit a form's amounts are written in", () => {
  it.each([
    ["单位:元", "元"],
    ["单位:万元", "万元"],
    ["金额单位:万元", "万元"],
    ["资金投入(元)", "元"],
    ["资金情况(单位:万元)", "万元"],
    ["年度金额(元)", "元"],
    ["项目金额(元)", "元"],
    ["预算(元)", "元"],
  ])("%s → %s", (label, unit) => {
    expect(amountUnitOf(n(label))).toBe(unit);
  });

  it.each([
    ["单位:个", "a unit of something else"],
    ["填报单位:万元", "a unit line with a word before it"],
    ["单位:万元整", "a unit line with more after it"],
    ["服务人次(元)", "a bracket after a word that is no amount"],
    ["服务人次(元)及资金", "an amount's word, but after the bracket"],
    ["社区服务", "no unit at all"],
  ])("is null for %s (%s)", (label) => {
    expect(amountUnitOf(n(label))).toBeNull();
  });
});

describe("tableRoleOf: the indicator table's column headers", () => {
  it.each([
    ["一级指标", "level1"],
    ["指标类型", "level1"],
    ["三级指标", "name"],
    ["年度指标值", "value"],
    ["年度指标值(万元)", "value"],
    ["实施期指标值", "value"],
    ["计量单位", "unit"],
    ["权重(%)", "ignored"],
    ["权重(分)", "ignored"],
  ])("%s → %s", (label, role) => {
    expect(tableRoleOf(n(label))).toBe(role);
  });

  it("names no role for other text, an empty cell, or more than twelve characters", () => {
    expect(tableRoleOf(n("社区服务"))).toBeNull();
    expect(tableRoleOf("")).toBeNull();
    expect(tableRoleOf(n("一级指标(产出指标)说明"))).toBeNull();
    expect(tableRoleOf("指标值一二三四五六七八九十")).toBeNull();
    expect(tableRoleOf("指标值一二三四五六七八九")).toBe("value");
  });
});

describe("meaningOf: what a cell's label names", () => {
  it("is a field, a block or a table column, each marked as a label", () => {
    expect(meaningOf(n("项目名称"))).toEqual({
      field: "name",
      block: false,
      role: null,
      unitLine: false,
      isLabel: true,
    });
    expect(meaningOf(n("资金投入"))).toMatchObject({ block: true, isLabel: true });
    expect(meaningOf(n("二级指标"))).toMatchObject({ role: "level2", field: null, isLabel: true });
  });

  it("is a unit line for 单位: 万元, a label that is never the value of the label left of it", () => {
    expect(meaningOf(n("单位: 万元"))).toMatchObject({
      unitLine: true,
      isLabel: true,
      field: null,
    });
    expect(meaningOf(n("（金额单位：元）"))).toMatchObject({ unitLine: true, isLabel: true });
    expect(meaningOf(n("单位名称")).unitLine).toBe(false);
  });

  it("is nothing for a value, an empty cell, or a long text that starts like a label", () => {
    expect(meaningOf(n("社区服务"))).toBe(NO_MEANING);
    expect(meaningOf("")).toBe(NO_MEANING);
    expect(meaningOf(`项目名称${"很".repeat(40)}`)).toBe(NO_MEANING);
  });
});

describe("long-term and annual column headers", () => {
  it.each([
    ["实施期指标值", true, false],
    ["长期指标值", true, false],
    ["中期目标", true, false],
    ["总体目标", true, false],
    ["年度指标值", false, true],
    ["当年指标值", false, true],
    ["本年指标值", false, true],
    ["实施期年度指标值", false, true],
    ["指标值", false, false],
  ])("%s: long-term %j, annual %j", (label, longTerm, annual) => {
    expect(isLongTermLabel(n(label))).toBe(longTerm);
    expect(isAnnualLabel(n(label))).toBe(annual);
  });
});

describe("footers and titles", () => {
  it("finds sign-off rows by their start, review notes anywhere", () => {
    expect(isFooterLabel(n("填表人：张三"))).toBe(true);
    expect(isFooterLabel(n("主管部门审核意见"))).toBe(true);
    expect(isFooterLabel(n("社区服务填表人"))).toBe(false);
  });

  it.each([
    ["2023年项目支出绩效目标表", true],
    ["项目绩效目标申报表", true],
    ["绩效目标审核表(2024)", true],
    ["(2023年度)", true],
    ["2023年度", true],
    ["(2023年度", true],
    ["2023年度)", true],
    ["绩效目标", false],
    ["2023年度预算", false],
    ["截至2023年度", false],
    ["(23年度)", false],
    ["(二〇二三年度)", false],
  ])("%s is a title: %j", (label, title) => {
    expect(isTitleLabel(n(label))).toBe(title);
  });
});
