import { amountInWanYuan } from "../../../src/form/rules/indicatorSupport";
import { valueKindRules } from "../../../src/form/rules/valueKinds";
import { sampleRecord } from "../../support/forms";
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
} from "../../support/indicators";
import { ruleByCode } from "../../support/rules";
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
  ],
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
