import { ruleByCode } from "../../support/rules";
import { valueRules } from "../../../src/form/rules/values";
import { sampleRecord } from "../../support/forms";
import {
  deadline,
  quantity as q,
  relabel,
  withExtra,
  withIndicator,
  withValues,
  words,
} from "../../support/indicators";
import { has, ruleTable } from "../../support/ruleTable";

// sampleRecord() indicators: 0 E12 ≥3次, 1 E13 ≥10万平方米, 2 E14 上岗人员接受培训比例 ≥95%,
// 3 E15 良好, 4 E16 培训完成时间 ≤12个月, 5 E17 培训差旅成本 ≤11.46万元, 6 E18 良好,
// 7 E19 满意度 ≥95%. The annual total is 11.46 万元.
const count = (raw: string) => withValues({ 0: q(raw, null, raw.replace(/\D/g, ""), "次") });
const rate = (raw: string, operator: "≥" | ">" | "=" | null, number: string) =>
  withValues({ 2: q(raw, operator, number, "%") });
const satisfaction = (value: ReturnType<typeof q>) => withValues({ 7: value });
const cost = (value: ReturnType<typeof q>) => withValues({ 5: value });
const named = (index: number, name: string, value: ReturnType<typeof q>) =>
  withIndicator(index, { name, value });

ruleTable(valueRules, "value.operator-ascii", "warning", {
  valid: [{ name: "canonical operators", record: sampleRecord() }],
  invalid: [
    {
      name: ">= is written ≥",
      record: withValues({ 0: q(">=3次", "≥", "3", "次") }),
      findings: [
        {
          cell: "E12",
          message: has("“>=3次”", "“≥3次”"),
          messageEn: has('">=3次"', '"≥3次"'),
          fix: { cell: "E12", value: "≥3次" },
        },
      ],
    },
    {
      name: "full-width operator and digit",
      record: withValues({ 0: q("＞５次", ">", "5", "次") }),
      findings: [{ cell: "E12", fix: { cell: "E12", value: ">5次" } }],
    },
  ],
});

ruleTable(valueRules, "value.operator-missing", "warning", {
  valid: [
    { name: "every value has a direction", record: sampleRecord() },
    { name: "qualitative values have none", record: withValues({ 0: words("较多") }) },
    { name: "an impossible 150% is percent-range's", record: rate("150%", null, "150") },
  ],
  invalid: [
    {
      name: "a count is suggested ≥, not fixed",
      record: count("3次"),
      findings: [{ cell: "E12", message: has("“3次”", "“≥3次”") }],
    },
    {
      name: "a rate: ≥",
      record: rate("95%", null, "95"),
      findings: [{ cell: "E14", message: has("“≥95%”") }],
    },
    {
      name: "a duration: ≤",
      record: withValues({ 4: q("12个月", null, "12", "个月") }),
      findings: [{ cell: "E16", messageEn: has('"≤12个月"') }],
    },
    {
      name: "a cost: ≤",
      record: cost(q("11.46万元", null, "11.46", "万元")),
      findings: [{ cell: "E17", message: has("“≤11.46万元”") }],
    },
    {
      name: "100% can only mean =100%, so it is fixed",
      record: rate("100%", null, "100"),
      findings: [{ cell: "E14", message: has("“=100%”"), fix: { cell: "E14", value: "=100%" } }],
    },
    {
      name: "zero can only mean =0",
      record: count("0次"),
      findings: [{ cell: "E12", fix: { cell: "E12", value: "=0次" } }],
    },
  ],
});

ruleTable(valueRules, "value.unit-missing", "warning", {
  valid: [
    { name: "every number has a unit", record: sampleRecord() },
    { name: "words have no unit to miss", record: withValues({ 0: words("良好") }) },
  ],
  invalid: [
    {
      name: "a bare number",
      record: withValues({ 0: q("≥3", "≥", "3", null) }),
      findings: [{ cell: "E12", message: has("“≥3”"), messageEn: has('"≥3"') }],
    },
  ],
});

ruleTable(valueRules, "value.percent-range", "error", {
  valid: [
    { name: "95%", record: sampleRecord() },
    { name: "≥100% is percent-ceiling's", record: rate("≥100%", "≥", "100") },
    { name: "growth may exceed 100%", record: named(2, "产值增长率", q("≥120%", "≥", "120", "%")) },
    { name: "提高 speaks of growth", record: named(2, "效率提高", q("≥150%", "≥", "150", "%")) },
  ],
  invalid: [
    {
      name: "above 100%",
      record: rate("≥120%", "≥", "120"),
      findings: [{ cell: "E14", message: has("“≥120%”"), messageEn: has('"≥120%"') }],
    },
    {
      name: "below 0",
      record: withValues({ 2: q("≥-5%", "≥", "-5", "%") }),
      findings: [{ cell: "E14" }],
    },
    {
      name: "growth below 0 is still out of range",
      record: named(2, "产值增长率", q("≥-5%", "≥", "-5", "%")),
      findings: [{ cell: "E14" }],
    },
  ],
});

ruleTable(valueRules, "value.percent-ceiling", "warning", {
  valid: [
    { name: "=100%", record: rate("=100%", "=", "100") },
    { name: "≥95%", record: sampleRecord() },
    { name: "growth", record: named(2, "营业收入增幅", q("≥100%", "≥", "100", "%")) },
    { name: "≥120% is percent-range's", record: rate("≥120%", "≥", "120") },
  ],
  invalid: [
    {
      name: "≥100%",
      record: rate("≥100%", "≥", "100"),
      findings: [
        {
          cell: "E14",
          message: has("“≥100%”", "“=100%”"),
          messageEn: has('"=100%"'),
          fix: { cell: "E14", value: "=100%" },
        },
      ],
    },
    {
      name: ">100%",
      record: rate(">100%", ">", "100"),
      findings: [{ cell: "E14", fix: { cell: "E14", value: "=100%" } }],
    },
  ],
});

ruleTable(valueRules, "value.satisfaction", "warning", {
  valid: [
    { name: "≥95%", record: sampleRecord() },
    { name: "=100%", record: satisfaction(q("=100%", "=", "100", "%")) },
    {
      name: "a bare 100% is operator-missing's",
      record: satisfaction(q("100%", null, "100", "%")),
    },
    { name: "no unit is unit-missing's", record: satisfaction(q("≥90", "≥", "90", null)) },
    { name: "a rate that is not satisfaction", record: rate("90%", null, "90") },
  ],
  invalid: [
    {
      name: "no ≥",
      record: satisfaction(q("90%", null, "90", "%")),
      findings: [{ cell: "E19", message: has("“90%”", "“≥90%”"), messageEn: has('"≥90%"') }],
    },
    {
      name: "below 80%",
      record: satisfaction(q("≥75%", "≥", "75", "%")),
      findings: [{ cell: "E19", message: has("“≥75%”", "80%") }],
    },
    {
      name: "words, not a percentage",
      record: satisfaction(words("满意")),
      findings: [{ cell: "E19", message: has("“满意”", "百分比") }],
    },
    {
      name: "judged by name when the 二级 does not say",
      record: named(3, "办公保障满意度", words("良好")),
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

ruleTable(valueRules, "value.cost-not-amount", "warning", {
  valid: [
    { name: "≤11.46万元", record: sampleRecord() },
    { name: "a per-unit amount", record: cost(q("≤300元/人", "≤", "300", "元/人")) },
    { name: "no unit is unit-missing's", record: cost(q("≤11.46", "≤", "11.46", null)) },
  ],
  invalid: [
    {
      name: "words",
      record: cost(words("合理")),
      findings: [{ cell: "E17", message: has("培训差旅成本", "“合理”"), messageEn: has('"合理"') }],
    },
    { name: "a percentage", record: cost(q("≤5%", "≤", "5", "%")), findings: [{ cell: "E17" }] },
    {
      name: "under a 一级 成本指标",
      record: withExtra("成本指标", "经济成本指标", "设备运行成本", words("较低")),
      findings: [{ cell: "E20" }],
    },
  ],
});

ruleTable(valueRules, "value.cost-exceeds-budget", "warning", {
  valid: [
    { name: "equal to the annual total", record: sampleRecord() },
    { name: "元, exactly equal", record: cost(q("≤114600元", "≤", "114600", "元")) },
    { name: "a per-unit amount", record: cost(q("≤200000元/人", "≤", "200000", "元/人")) },
    {
      name: "no annual total to compare",
      record: { ...cost(q("≤12万元", "≤", "12", "万元")), funding: { period: null, annual: null } },
    },
  ],
  invalid: [
    {
      name: "万元 above the total",
      record: cost(q("≤12万元", "≤", "12", "万元")),
      findings: [{ cell: "E17", message: has("“≤12万元”", "11.46"), messageEn: has("11.46") }],
    },
    {
      name: "元 converted exactly: 114601元 = 11.4601万元",
      record: cost(q("≤114601元", "≤", "114601", "元")),
      findings: [{ cell: "E17", message: has("11.4601万元", "11.46") }],
    },
  ],
});

ruleTable(valueRules, "value.qualitative-output", "info", {
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
  expect(ruleByCode(valueRules, "value.satisfaction").meta).toMatchObject({
    practice: true,
    severity: "warning",
  });
});
