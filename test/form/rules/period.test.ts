import { periodRules } from "../../../src/form/rules/period";
import { sampleRecord } from "../../support/forms";
import { period, sampleWithFields } from "../../support/records";
import { has, ruleTable } from "../../support/ruleTable";

ruleTable(periodRules, "period.unparseable", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "no period at all (header.missing speaks)",
      record: sampleWithFields({ period: null }),
    },
  ],
  invalid: [
    {
      name: "a period that is no month range",
      record: sampleWithFields({ period: period("明年上半年", null, null) }),
      findings: [
        {
          cell: "E4",
          messageId: "unparseable",
          message: has("明年上半年"),
          messageEn: has("明年上半年"),
        },
      ],
    },
    {
      name: "全年 on a form that states no year: says the year is what is missing",
      record: sampleWithFields({ year: null, period: period("全年", null, null) }),
      findings: [
        {
          cell: "E4",
          messageId: "noYear",
          message: has("全年", "没有写明年度"),
          messageEn: has("names no year"),
        },
      ],
    },
  ],
});

ruleTable(periodRules, "period.reversed", "error", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "a period of one month ends as it starts",
      record: sampleWithFields({ period: period("2023年6月", "2023-06", "2023-06") }),
    },
  ],
  invalid: [
    {
      name: "an end before the start",
      record: sampleWithFields({
        period: period("2024年1月至2023年12月", "2024-01", "2023-12"),
        year: 2024,
      }),
      findings: [{ cell: "E4", message: has("2023-12", "2024-01") }],
    },
  ],
});

ruleTable(periodRules, "period.outside-year", "warning", {
  valid: [
    { name: "the sample", record: sampleRecord() },
    {
      name: "a form without a year",
      record: sampleWithFields({ year: null, period: period("2022年", "2022-01", "2022-12") }),
    },
  ],
  invalid: [
    {
      name: "a 2023 form for a 2022 project",
      record: sampleWithFields({ period: period("2022年1月至12月", "2022-01", "2022-12") }),
      findings: [{ cell: "E4", message: has("2023", "2022年1月至12月") }],
    },
  ],
});
