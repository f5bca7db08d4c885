import { indicatorRowRules } from "../../../src/form/rules/indicatorRows";
import { sampleRecord } from "../../support/forms";
import { blankValue, withIndicator } from "../../support/indicators";
import { has, ruleTable } from "../../support/ruleTable";

/** Row 15 left as the template gave it: 产出指标 / 质量指标 and nothing else. */
const skeleton = withIndicator(3, { name: "", value: blankValue });

ruleTable(indicatorRowRules, "indicator.name-missing", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "a skeleton row is empty-row's", record: skeleton },
  ],
  invalid: [
    {
      name: "a value without a name",
      record: withIndicator(2, { name: "" }),
      findings: [{ cell: "C14", message: has("“≥95%”"), messageEn: has('"≥95%"') }],
    },
  ],
});

ruleTable(indicatorRowRules, "indicator.value-missing", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "a skeleton row is empty-row's", record: skeleton },
  ],
  invalid: [
    {
      name: "a name without a value",
      record: withIndicator(2, { value: blankValue }),
      findings: [{ cell: "E14", message: has("“上岗人员接受培训比例”") }],
    },
  ],
});

ruleTable(indicatorRowRules, "indicator.empty-row", "warning", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    { name: "a name without a value", record: withIndicator(2, { value: blankValue }) },
  ],
  invalid: [
    {
      name: "only 一级/二级 filled",
      record: skeleton,
      findings: [{ cell: "C15", message: has("“质量指标”"), messageEn: has('"质量指标"') }],
    },
  ],
});

ruleTable(indicatorRowRules, "indicator.duplicate", "warning", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "two skeleton rows share no name",
      record: {
        ...skeleton,
        indicators: [...skeleton.indicators, ...skeleton.indicators.slice(3, 4)],
      },
    },
  ],
  invalid: [
    {
      name: "the same name again, spaced otherwise",
      record: withIndicator(1, { name: "赴外培训 学习次数" }),
      findings: [{ cell: "C13", message: has("赴外培训 学习次数", "C12"), messageEn: has("C12") }],
    },
  ],
});
