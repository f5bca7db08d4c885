import { defineMeta } from "./message";

/** A form of another year than the summary's: left out of its rows and totals. */
export const otherYear = defineMeta({
  code: "summary.other-year",
  severity: "warning",
  description: {
    zh: "表的年度与汇总表的年度不同：不计入汇总表。",
    en: "The form is for another year than the summary: left out of it.",
  },
  messages: {
    otherYear: {
      zh: "本表为{{year}}年度，汇总表为{{summaryYear}}年度，未计入汇总。",
      en: "The form is for {{year}}, the summary for {{summaryYear}}: left out of the summary.",
    },
  },
});

/** A form of another unit than the summary's 编制单位: still summed, but named. */
export const otherUnit = defineMeta({
  code: "summary.other-unit",
  severity: "info",
  description: {
    zh: "表的填报单位与汇总表的编制单位不同。",
    en: "The form's reporting unit differs from the summary's unit.",
  },
  messages: {
    otherUnit: {
      zh: "本表填报单位为“{{unit}}”，汇总表的编制单位为“{{summaryUnit}}”。",
      en: 'The form\'s unit is "{{unit}}"; the summary is for "{{summaryUnit}}".',
    },
  },
});

/** What only a summary says about a form (docs/rules.md). */
export const summaryCodes = [otherYear, otherUnit] as const;
