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

export const levelsMissing = defineMeta({
  code: "read.levels-missing",
  severity: "info",
  description: {
    zh: "指标表没有一级或二级指标列，未按指标体系检查。",
    en: "The indicator table has no 一级 or 二级 column, so the framework is not checked.",
  },
  messages: {
    both: {
      zh: "指标表没有“一级指标”“二级指标”列：只读取了指标名称和指标值，未按指标体系检查。",
      en: "The indicator table has no 一级 or 二级 column: only names and values were read, and the framework was not checked.",
    },
    level1: {
      zh: "指标表没有“一级指标”列：未检查一级指标。",
      en: "The indicator table has no 一级 column: first-level indicators were not checked.",
    },
    level2: {
      zh: "指标表没有“二级指标”列：未检查二级指标。",
      en: "The indicator table has no 二级 column: second-level indicators were not checked.",
    },
  },
});

export const totalDerived = defineMeta({
  code: "read.total-derived",
  severity: "info",
  description: {
    zh: "表中没有填写金额合计，合计按各项资金之和计。",
    en: "The form writes no total; the total is taken as the sum of its parts.",
  },
  messages: {
    derived: {
      zh: "表中没有{{side}}金额合计，按各项资金之和 {{total}} 万元计。",
      en: "The form writes no {{sideEn}} total; the sum of its parts, {{total}} 万元, is used.",
    },
  },
});

export const unitConflict = defineMeta({
  code: "read.unit-conflict",
  severity: "warning",
  description: {
    zh: "表中金额单位说法不一（单位行与资金栏标签不同）。",
    en: "The form states two different units for its amounts.",
  },
  messages: {
    conflict: {
      zh: "此处写明金额单位为{{line}}，但资金栏标签写的是{{label}}：金额按{{label}}读取，请核对。",
      en: "This line says amounts are in {{line}}, but the funding label says {{label}}: amounts were read in {{label}}; please check.",
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
  levelsMissing,
  totalDerived,
  unitConflict,
  unreadableFile,
  formulaUncalculated,
];
