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

/**
 * A form that states no year, summed as the summary's year: said, since a form of another year
 * whose 年度 line was left out would otherwise be summed without a word.
 */
export const yearAssumed = defineMeta({
  code: "summary.year-assumed",
  severity: "warning",
  description: {
    zh: "表中没有写明年度：按汇总表的年度计入，请核对。",
    en: "The form states no year: summed as the summary's year; please confirm.",
  },
  messages: {
    yearAssumed: {
      zh: "本表没有写明年度，已按汇总表的{{summaryYear}}年度计入汇总，请核对。",
      en: "The form states no year; it is summed as {{summaryYear}}, the summary's year. Please confirm.",
    },
  },
});

/**
 * A project summed a second time: the same 项目名称 as a form summed before it (a form sent twice,
 * a sheet copied and never renamed). Still summed, as only the person knows which one stands, but
 * named, since the totals count it twice.
 */
export const repeatedProject = defineMeta({
  code: "summary.repeated-project",
  severity: "warning",
  description: {
    zh: "同一项目在汇总中出现不止一次，合计中重复计入。",
    en: "The same project is summed more than once: the totals count it again.",
  },
  messages: {
    repeatedSheet: {
      zh: "项目“{{name}}”已在“{{sheet}}”中计入汇总，合计中重复计入；如为重复的表请删除其一。",
      en: 'The project "{{name}}" is already summed from "{{sheet}}", so the totals count it again; if this form is a copy, remove one.',
    },
    repeatedFile: {
      zh: "项目“{{name}}”已在“{{sheet}}”（{{source}}）中计入汇总，合计中重复计入；如为重复的表请删除其一。",
      en: 'The project "{{name}}" is already summed from "{{sheet}}" ({{source}}), so the totals count it again; if this form is a copy, remove one.',
    },
  },
});

/** What only a summary says about a form (docs/rules.md). */
export const summaryCodes = [otherYear, yearAssumed, otherUnit, repeatedProject] as const;
