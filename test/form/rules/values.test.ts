import { valueRules } from "../../../src/form/rules/values";
import { sampleRecord } from "../../support/forms";
import { blankValue, percent, quantity as q, sampleWith, words } from "../../support/indicators";
import { has, ruleTable } from "../../support/ruleTable";

ruleTable(valueRules, "value.operator-ascii", "warning", {
  valid: [
    { name: "canonical operators", record: sampleRecord() },
    { name: "no value to rewrite", record: sampleWith("count", blankValue) },
  ],
  invalid: [
    {
      name: ">= is written ≥",
      record: sampleWith("count", q(">=3次", "≥", "3", "次")),
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
      record: sampleWith("count", q("＞５次", ">", "5", "次")),
      findings: [{ cell: "E12", fix: { cell: "E12", value: ">5次" } }],
    },
  ],
});

ruleTable(valueRules, "value.operator-missing", "warning", {
  valid: [
    { name: "every value has a direction", record: sampleRecord() },
    { name: "qualitative values have none", record: sampleWith("count", words("较多")) },
    {
      name: "an impossible 150% is percent-range's",
      record: sampleWith("rate", percent("150%", null, "150")),
    },
  ],
  invalid: [
    {
      name: "a count is suggested ≥, not fixed",
      record: sampleWith("count", q("3次", null, "3", "次")),
      findings: [{ cell: "E12", message: has("“3次”", "“≥3次”") }],
    },
    {
      name: "a rate: ≥",
      record: sampleWith("rate", percent("95%", null, "95")),
      findings: [{ cell: "E14", message: has("“≥95%”") }],
    },
    {
      name: "a duration: ≤",
      record: sampleWith("duration", q("12个月", null, "12", "个月")),
      findings: [{ cell: "E16", messageEn: has('"≤12个月"') }],
    },
    {
      name: "a cost: ≤",
      record: sampleWith("cost", q("11.46万元", null, "11.46", "万元")),
      findings: [{ cell: "E17", message: has("“≤11.46万元”") }],
    },
    {
      name: "100% can only mean =100%, so it is fixed",
      record: sampleWith("rate", percent("100%", null, "100")),
      findings: [{ cell: "E14", message: has("“=100%”"), fix: { cell: "E14", value: "=100%" } }],
    },
    {
      name: "zero can only mean =0",
      record: sampleWith("count", q("0次", null, "0", "次")),
      findings: [{ cell: "E12", fix: { cell: "E12", value: "=0次" } }],
    },
    {
      name: "0% is in range, and can only mean =0%",
      record: sampleWith("rate", percent("0%", null, "0"), "安全事故发生率"),
      findings: [{ cell: "E14", fix: { cell: "E14", value: "=0%" } }],
    },
    {
      name: "100 of a count is a guess, not 100%",
      record: sampleWith("count", q("100次", null, "100", "次")),
      findings: [{ cell: "E12", message: has("“≥100次”") }],
    },
    {
      name: "a count of more than 100 is not a percentage out of range",
      record: sampleWith("count", q("150人次", null, "150", "人次")),
      findings: [{ cell: "E12", message: has("“≥150人次”") }],
    },
    {
      name: "a percentage is a rate (≥) even when the name speaks of time",
      record: sampleWith("duration", percent("90%", null, "90")),
      findings: [{ cell: "E16", message: has("“≥90%”") }],
    },
    {
      name: "a rate named so is ≥ even when it speaks of a time limit",
      record: sampleWith("rate", q("95", null, "95", null), "办件时限达标率"),
      findings: [{ cell: "E14", message: has("“≥95”") }],
    },
    {
      name: "a duration unit is ≤ whatever the name",
      record: sampleWith("duration", q("12个月", null, "12", "个月"), "项目建设工期"),
      findings: [{ cell: "E16", message: has("“≤12个月”") }],
    },
    {
      name: "a satisfaction score about response time is still a floor",
      record: sampleWith("satisfaction", q("90分", null, "90", "分"), "服务响应时间满意度"),
      findings: [{ cell: "E19", message: has("“≥90分”") }],
    },
  ],
});

ruleTable(valueRules, "value.unit-missing", "warning", {
  valid: [
    { name: "every number has a unit", record: sampleRecord() },
    { name: "words have no unit to miss", record: sampleWith("count", words("良好")) },
  ],
  invalid: [
    {
      name: "a bare number",
      record: sampleWith("count", q("≥3", "≥", "3", null)),
      findings: [{ cell: "E12", message: has("“≥3”"), messageEn: has('"≥3"') }],
    },
  ],
});

ruleTable(valueRules, "value.percent-range", "error", {
  valid: [
    { name: "95%", record: sampleRecord() },
    {
      name: "≥100% is percent-ceiling's",
      record: sampleWith("rate", percent("≥100%", "≥", "100")),
    },
    {
      name: "growth may exceed 100%",
      record: sampleWith("rate", q("≥120%", "≥", "120", "%"), "产值增长率"),
    },
    {
      name: "提高 speaks of growth",
      record: sampleWith("rate", q("≥150%", "≥", "150", "%"), "效率提高"),
    },
    { name: "0% is the floor, not below it", record: sampleWith("rate", percent("=0%", "=", "0")) },
    {
      name: "a count above 100 is no percentage",
      record: sampleWith("count", q("≥200人次", "≥", "200", "人次")),
    },
  ],
  invalid: [
    {
      name: "above 100%",
      record: sampleWith("rate", percent("≥120%", "≥", "120")),
      findings: [{ cell: "E14", message: has("“≥120%”"), messageEn: has('"≥120%"') }],
    },
    {
      name: "below 0",
      record: sampleWith("rate", q("≥-5%", "≥", "-5", "%")),
      findings: [{ cell: "E14" }],
    },
    {
      name: "growth below 0 is still out of range",
      record: sampleWith("rate", q("≥-5%", "≥", "-5", "%"), "产值增长率"),
      findings: [{ cell: "E14" }],
    },
  ],
});

ruleTable(valueRules, "value.percent-ceiling", "warning", {
  valid: [
    { name: "=100%", record: sampleWith("rate", percent("=100%", "=", "100")) },
    { name: "≥95%", record: sampleRecord() },
    { name: "growth", record: sampleWith("rate", q("≥100%", "≥", "100", "%"), "营业收入增幅") },
    { name: "≥120% is percent-range's", record: sampleWith("rate", percent("≥120%", "≥", "120")) },
  ],
  invalid: [
    {
      name: "≥100%",
      record: sampleWith("rate", percent("≥100%", "≥", "100")),
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
      record: sampleWith("rate", percent(">100%", ">", "100")),
      findings: [{ cell: "E14", fix: { cell: "E14", value: "=100%" } }],
    },
  ],
});
