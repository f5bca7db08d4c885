import type { Locale } from "../form/locale";
import { formatMessage, type MessageData } from "../form/message";

/** Every text the pane shows of its own, Chinese first (docs/addin.md, "The task pane"). */
export const STRINGS = {
  title: { zh: "项目支出绩效目标表", en: "Performance target forms" },
  switchLanguage: { zh: "English", en: "中文" },
  // The spoken name starts with the visible word, so voice control finds the button by it.
  switchLanguageLabel: { zh: "English：切换为英文界面", en: "中文：Switch to Chinese" },
  tabInsert: { zh: "插入", en: "Insert" },
  tabCheck: { zh: "校验", en: "Check" },
  tabMerge: { zh: "汇总", en: "Summary" },
  year: { zh: "年度", en: "Year" },
  unit: { zh: "填报单位", en: "Budget unit" },
  unitPlaceholder: { zh: "例如：某某局", en: "e.g. the unit's name" },
  insert: { zh: "插入标准表样", en: "Insert the standard form" },
  insertHint: {
    zh: "在新工作表中插入空白表样，不会改动已有的工作表。",
    en: "Adds a blank form on a new sheet; existing sheets are never changed.",
  },
  scope: { zh: "校验范围", en: "Check" },
  scopeWorkbook: { zh: "整个工作簿", en: "Whole workbook" },
  scopeSheet: { zh: "当前工作表", en: "Current sheet" },
  check: { zh: "开始校验", en: "Check now" },
  live: { zh: "编辑时自动重新校验当前表", en: "Check again as I edit" },
  liveUnsupported: {
    zh: "此 Excel 版本不支持编辑时自动校验。",
    en: "This version of Excel cannot check as you edit.",
  },
  noFindings: { zh: "没有发现问题。", en: "No problems found." },
  noForm: { zh: "（找不到绩效目标表）", en: "(no form found)" },
  fileFindings: { zh: "工作簿", en: "Workbook" },
  applyFixes: { zh: "应用安全修正（{{count}}）", en: "Apply safe fixes ({{count}})" },
  applied: { zh: "已修正 {{count}} 处单元格。", en: "Fixed {{count}} cell(s)." },
  clearMarks: { zh: "清除标记", en: "Clear the marks" },
  cleared: { zh: "已清除 {{cells}} 处标记。", en: "Cleared {{cells}} mark(s)." },
  exportJson: { zh: "导出 JSON", en: "Export JSON" },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  findingsOf: { zh: "{{name}}（{{where}}）", en: "{{name}} ({{where}})" },
  goTo: { zh: "定位到 {{cell}}", en: "Go to {{cell}}" },
  merge: { zh: "生成或刷新汇总表", en: "Build or refresh the summary" },
  mergeHint: {
    zh: "从所有工作表的绩效目标表生成本单位汇总表；本加载项生成的汇总表会被替换。",
    en: "Builds the unit summary from every form on every sheet; a summary this add-in made is replaced.",
  },
  disagree: {
    zh: "注意：各表的{{what}}不一致（{{values}}），已使用“{{chosen}}”。",
    en: "Note: the forms disagree on the {{whatEn}} ({{values}}); used \u201c{{chosen}}\u201d.",
  },
  importTitle: { zh: "导入其他工作簿", en: "Import other workbooks" },
  importPick: { zh: "选择 .xlsx 文件…", en: "Choose .xlsx files…" },
  importing: { zh: "正在导入 {{done}}/{{total}}…", en: "Importing {{done}} of {{total}}…" },
  importDone: {
    zh: "导入完成：{{total}} 个文件中 {{inserted}} 个已导入，结果见下。",
    en: "Import finished: {{inserted}} of {{total}} file(s) imported; see each below.",
  },
  importedOne: { zh: "已导入：{{sheets}}", en: "Imported: {{sheets}}" },
  busy: { zh: "请稍候…", en: "Working…" },
} as const;

export type StringId = keyof typeof STRINGS;

export function t(locale: Locale, id: StringId, data: MessageData = {}): string {
  return formatMessage(STRINGS[id][locale], data);
}
