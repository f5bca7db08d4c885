import { defineMeta, type RuleMeta } from "../message";

/** What the reader itself reports: parts of a sheet it could not read as a form. */
export const noForm = defineMeta({
  code: "read.no-form",
  severity: "error",
  description: {
    zh: "工作表中找不到绩效目标表（没有“项目名称”）。",
    en: "No form on the sheet (no 项目名称 label).",
  },
  messages: {
    noForm: {
      zh: "工作表“{{sheet}}”中找不到绩效目标表：没有“项目名称”标签。",
      en: 'Sheet "{{sheet}}" holds no performance target form: no 项目名称 label was found.',
    },
    noFormInFile: {
      zh: "文件中找不到绩效目标表：{{reason}}。",
      en: "The file holds no performance target form: {{reasonEn}}.",
    },
  },
});

export const indicatorsMissing = defineMeta({
  code: "read.indicators-missing",
  severity: "error",
  description: {
    zh: "表中找不到绩效指标表头（一级指标、二级指标、三级指标）。",
    en: "The form has no indicator table header (一级指标, 二级指标, 三级指标).",
  },
  messages: {
    missing: {
      zh: "项目“{{name}}”下找不到绩效指标表（应有“一级指标”“二级指标”“三级指标”“指标值”表头）。",
      en: 'No indicator table under project "{{name}}" (expected a header row 一级指标 / 二级指标 / 三级指标 / 指标值).',
    },
  },
});

/** A file that could not be opened at all; reported by the shells, catalogued here with the rest. */
export const unreadableFile = defineMeta({
  code: "read.unreadable",
  severity: "error",
  description: { zh: "文件无法打开或读取。", en: "The file cannot be opened or read." },
  messages: { unreadable: { zh: "无法读取：{{reason}}", en: "Cannot be read: {{reason}}" } },
});

/**
 * A formula cell saved without its result (a workbook a program wrote and nobody has opened in
 * Excel since): the form cannot be checked on that cell, which is not the same as blank.
 */
export const formulaUncalculated = defineMeta({
  code: "read.formula-uncalculated",
  severity: "warning",
  description: {
    zh: "单元格是公式，但文件中没有保存计算结果，无法据此校验。",
    en: "A formula cell whose result was never saved: the form cannot be checked on it.",
  },
  messages: {
    uncalculated: {
      zh: "此单元格是公式，但文件中没有保存计算结果，无法校验；请在 Excel 或 WPS 中打开并保存后再校验。",
      en: "This cell holds a formula whose result was never saved, so it cannot be checked; open and save the workbook in Excel or WPS, then check again.",
    },
    uncalculatedSheet: {
      zh: "工作表“{{sheet}}”有 {{count}} 个公式没有保存计算结果（第一个在 {{cell}}），无法读取；请在 Excel 或 WPS 中打开并保存后再试。",
      en: 'Sheet "{{sheet}}" has {{count}} formula(s) whose results were never saved (the first at {{cell}}), so it cannot be read; open and save the workbook in Excel or WPS, then try again.',
    },
  },
});

export const readerCodes: readonly RuleMeta[] = [
  noForm,
  indicatorsMissing,
  unreadableFile,
  formulaUncalculated,
];
