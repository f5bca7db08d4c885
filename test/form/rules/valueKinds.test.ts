import { amountInWanYuan } from "../../../src/form/rules/indicatorSupport";
import { valueKindRules } from "../../../src/form/rules/valueKinds";
import type { FormRecord } from "../../../src/form/record";
import { formContext, sampleRecord } from "../../support/forms";
import {
  deadline,
  percent,
  quantity as q,
  relabel,
  sampleWith,
  withExtra,
  withIndicator,
  withValues,
  words,
  blankValue,
} from "../../support/indicators";
import { ruleByCode, runRule } from "../../support/rules";
import { has, ruleTable } from "../../support/ruleTable";

ruleTable(valueKindRules, "value.satisfaction", "warning", {
  valid: [
    { name: "≥95%", record: sampleRecord() },
    { name: "=100%", record: sampleWith("satisfaction", q("=100%", "=", "100", "%")) },
    {
      name: "a bare 100% is operator-missing's",
      record: sampleWith("satisfaction", q("100%", null, "100", "%")),
    },
    {
      name: "no unit is unit-missing's",
      record: sampleWith("satisfaction", q("≥90", "≥", "90", null)),
    },
    {
      name: "a rate that is not satisfaction",
      record: sampleWith("rate", percent("90%", null, "90")),
    },
    {
      name: "exactly 80% is not below 80%",
      record: sampleWith("satisfaction", percent("≥80%", "≥", "80")),
    },
    {
      name: "> is a floor as much as ≥",
      record: sampleWith("satisfaction", percent(">90%", ">", "90")),
    },
    {
      name: "no value is indicator.value-missing's",
      record: sampleWith("satisfaction", blankValue),
    },
  ],
  invalid: [
    {
      name: "no ≥",
      record: sampleWith("satisfaction", q("90%", null, "90", "%")),
      findings: [{ cell: "E19", message: has("“90%”", "“≥90%”"), messageEn: has('"≥90%"') }],
    },
    {
      name: "below 80%",
      record: sampleWith("satisfaction", q("≥75%", "≥", "75", "%")),
      findings: [{ cell: "E19", message: has("“≥75%”", "80%") }],
    },
    {
      name: "words, not a percentage",
      record: sampleWith("satisfaction", words("满意")),
      findings: [{ cell: "E19", message: has("“满意”", "百分比") }],
    },
    {
      name: "a score, not a percentage",
      record: sampleWith("satisfaction", q("≥90分", "≥", "90", "分")),
      findings: [{ cell: "E19", message: has("“≥90分”", "不是百分比") }],
    },
    {
      name: "≤100% caps satisfaction: =100% is suggested, not the ≥100% percent-ceiling rejects",
      record: sampleWith("satisfaction", percent("≤100%", "≤", "100")),
      findings: [{ cell: "E19", message: has("“≤100%”", "“=100%”"), messageEn: has('"=100%"') }],
    },
    {
      name: "under 满意度指标 with a 二级 of its own and a name without 满意",
      record: withIndicator(
        7,
        { name: "群众评价", value: percent("85%", null, "85") },
        relabel([7], undefined, "服务对象评价")
      ),
      findings: [{ cell: "E19", message: has("“85%”", "“≥85%”") }],
    },
    {
      name: "judged by name when the 二级 does not say",
      record: sampleWith("quality", words("良好"), "办公保障满意度"),
      findings: [{ cell: "E15" }],
    },
    {
      name: "older framework: satisfaction inside 效益",
      record: withIndicator(
        7,
        { name: "群众评价", value: q("85%", null, "85", "%") },
        relabel([7], "效益指标", "社会公众或服务对象满意度指标")
      ),
      findings: [{ cell: "E19" }],
    },
  ],
});

ruleTable(valueKindRules, "value.cost-not-amount", "warning", {
  valid: [
    { name: "≤11.46万元", record: sampleRecord() },
    { name: "a per-unit amount", record: sampleWith("cost", q("≤300元/人", "≤", "300", "元/人")) },
    {
      name: "a per-square-metre amount",
      record: sampleWith("cost", q("≤300元/平方米", "≤", "300", "元/平方米")),
    },
    { name: "no value is indicator.value-missing's", record: sampleWith("cost", blankValue) },
    {
      name: "an amount with a word after it is still an amount",
      record: sampleWith("cost", q("≤5000元左右", "≤", "5000", "元左右")),
    },
    { name: "万元以内 too", record: sampleWith("cost", q("≤8万元以内", "≤", "8", "万元以内")) },
    { name: "万 for 万元 (湘潭 2023)", record: sampleWith("cost", q("250万", null, "250", "万")) },
    { name: "万以内 too", record: sampleWith("cost", q("≤8万以内", "≤", "8", "万以内")) },
    {
      name: "no unit is unit-missing's",
      record: sampleWith("cost", q("≤11.46", "≤", "11.46", null)),
    },
  ],
  invalid: [
    {
      name: "words",
      record: sampleWith("cost", words("合理")),
      findings: [{ cell: "E17", message: has("培训差旅成本", "“合理”"), messageEn: has('"合理"') }],
    },
    {
      name: "a percentage",
      record: sampleWith("cost", q("≤5%", "≤", "5", "%")),
      findings: [{ cell: "E17" }],
    },
    {
      name: "万人 is a count of people, not 万元",
      record: sampleWith("cost", q("≤2万人", "≤", "2", "万人")),
      findings: [{ cell: "E17", message: has("“≤2万人”") }],
    },
    {
      name: "US dollars are not 元",
      record: sampleWith("cost", q("≤2万美元", "≤", "2", "万美元")),
      findings: [{ cell: "E17", message: has("“≤2万美元”") }],
    },
    {
      name: "under 成本指标 as 一级 with a 二级 the framework does not know",
      record: withExtra("成本指标", "运行成本", "设备运行成本", words("较低")),
      findings: [{ cell: "E20" }],
    },
    {
      name: "under a 一级 成本指标",
      record: withExtra("成本指标", "经济成本指标", "设备运行成本", words("较低")),
      findings: [{ cell: "E20" }],
    },
  ],
});

ruleTable(valueKindRules, "value.cost-exceeds-budget", "warning", {
  valid: [
    { name: "equal to the annual total", record: sampleRecord() },
    { name: "元, exactly equal", record: sampleWith("cost", q("≤114600元", "≤", "114600", "元")) },
    {
      name: "a per-unit amount",
      record: sampleWith("cost", q("≤200000元/人", "≤", "200000", "元/人")),
    },
    {
      name: "no annual total to compare",
      record: {
        ...sampleWith("cost", q("≤12万元", "≤", "12", "万元")),
        funding: { period: null, annual: null },
      },
    },
  ],
  invalid: [
    {
      name: "万元 above the total",
      record: sampleWith("cost", q("≤12万元", "≤", "12", "万元")),
      findings: [{ cell: "E17", message: has("“≤12万元”", "11.46"), messageEn: has("11.46") }],
    },
    {
      name: "元 converted exactly: 114601元 = 11.4601万元",
      record: sampleWith("cost", q("≤114601元", "≤", "114601", "元")),
      findings: [{ cell: "E17", message: has("11.4601万元", "11.46") }],
    },
  ],
});

ruleTable(valueKindRules, "value.qualitative-output", "info", {
  valid: [
    { name: "mostly numbers", record: sampleRecord() },
    { name: "as many words as numbers", record: withValues({ 0: words("多"), 1: words("大") }) },
    {
      name: "a deadline counts as measured",
      record: withValues({ 0: words("多"), 1: words("大"), 2: deadline("每年12月底前") }),
    },
    {
      name: "a misplaced 效益 二级 under 产出 is not output",
      record: withValues({ 0: words("多"), 1: words("大") }, relabel([6], "产出指标")),
    },
  ],
  invalid: [
    {
      name: "more words than numbers",
      record: withValues({ 0: words("多"), 1: words("大"), 2: words("高") }),
      findings: [
        { cell: "A12", message: has("4", "2"), messageEn: has("4 qualitative", "2 quantitative") },
      ],
    },
    {
      // Rows 13 and 15 are words (3 with row 15's 良好); row 14 left blank is neither kind.
      name: "a row with no value counts neither way",
      record: withValues({ 0: words("多"), 1: words("大"), 2: blankValue }),
      findings: [{ cell: "A12", messageEn: has("3 qualitative", "2 quantitative") }],
    },
  ],
});

it("each value.satisfaction finding's data holds what its message shows, and only that", () => {
  const rule = ruleByCode(valueKindRules, "value.satisfaction");
  const dataOf = (record: FormRecord) => runRule(rule, formContext(record)).map((f) => f.data);
  const name = "龙头分园工作人员对日常运转保障满意度";
  expect(dataOf(sampleWith("satisfaction", words("满意")))).toEqual([{ name, value: "满意" }]);
  expect(dataOf(sampleWith("satisfaction", percent("≥75%", "≥", "75")))).toEqual([
    { name, value: "≥75%" },
  ]);
  expect(dataOf(sampleWith("satisfaction", percent("90%", null, "90")))).toEqual([
    { name, value: "90%", suggested: "≥90%" },
  ]);
});

it("value.satisfaction is local practice, never an error", () => {
  expect(ruleByCode(valueKindRules, "value.satisfaction").meta).toMatchObject({
    practice: true,
    severity: "warning",
  });
});

describe("cost amounts in 元 are read as exact 万元", () => {
  it.each([
    ["114601", "11.4601"],
    ["5", "0.0005"],
    ["0.5", "0.00005"],
    ["100000", "10"],
    ["-20000", "-2"],
  ])("%s元 = %s万元", (yuan, wan) => {
    const record = sampleWith("cost", q(`≤${yuan}元`, "≤", yuan, "元"));
    expect(amountInWanYuan(record.indicators[5])).toBe(wan);
  });
});
