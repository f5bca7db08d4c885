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
  rowTitle: { zh: "插入指标行", en: "Insert an indicator row" },
  rowHint: {
    zh: "在所选二级指标的最后一行下方插入一行，保留边框、合并和下拉列表，不覆盖已填内容。",
    en: "Adds a row below the last row of the chosen 二级 indicator, with its borders, merges and drop-downs; nothing typed is overwritten.",
  },
  rowBlock: { zh: "二级指标", en: "Level-2 indicator" },
  rowBlockOption: {
    zh: "{{level1}} / {{level2}}（第 {{first}}–{{last}} 行）",
    en: "{{level1}} / {{level2}} (rows {{first}}–{{last}})",
  },
  rowInsert: { zh: "插入指标行", en: "Insert indicator row" },
  rowRefresh: { zh: "按当前选中单元格", en: "Use the selected cell" },
  scope: { zh: "范围", en: "Scope" },
  scopeWorkbook: { zh: "整个工作簿", en: "Whole workbook" },
  scopeSheet: { zh: "当前工作表", en: "Current sheet" },
  check: { zh: "开始校验", en: "Check now" },
  live: { zh: "编辑时自动重新校验当前表", en: "Check again as I edit" },
  liveUnsupported: {
    zh: "此 Excel 版本不支持编辑时自动校验。",
    en: "This version of Excel cannot check as you edit.",
  },
  noFindings: { zh: "没有发现问题。", en: "No problems found." },
  unnamedForm: { zh: "（未填项目名称）", en: "(no project name yet)" },
  fileFindings: { zh: "工作簿", en: "Workbook" },
  applyFixes: { zh: "应用全部安全修正（{{count}}）", en: "Apply all safe fixes ({{count}})" },
  confirmFixesTitle: {
    zh: "将修改以下 {{count}} 处单元格：",
    en: "These {{count}} cell(s) will change:",
  },
  confirmFixes: { zh: "确认修正", en: "Apply them" },
  cancel: { zh: "取消", en: "Cancel" },
  fixOne: { zh: "修正", en: "Fix" },
  fixOneLabel: { zh: "修正 {{change}}", en: "Fix {{change}}" },
  applied: { zh: "已修正 {{count}} 处单元格。", en: "Fixed {{count}} cell(s)." },
  undoable: {
    zh: "上次修正了 {{count}} 处单元格。",
    en: "The last fixes changed {{count}} cell(s).",
  },
  undo: { zh: "撤销修正", en: "Undo the fixes" },
  undone: { zh: "已撤销 {{count}} 处修正。", en: "Undid {{count}} fix(es)." },
  ready: { zh: "提交前检查", en: "Ready to submit?" },
  readyYes: {
    zh: "可以提交：没有错误，标记已清除（另有 {{warnings}} 个警告可酌情处理）。",
    en: "Ready to send: no errors, and the marks are cleared ({{warnings}} warning(s) left to consider).",
  },
  readyNo: {
    zh: "还不能提交：有 {{errors}} 个错误需要改正，见下方列表。",
    en: "Not ready yet: {{errors}} error(s) to correct, listed below.",
  },
  more: { zh: "更多", en: "More" },
  moreLabel: { zh: "更多操作", en: "More actions" },
  filterSeverity: { zh: "按级别筛选", en: "Filter by severity" },
  filterAll: { zh: "全部", en: "All" },
  filterForm: { zh: "表", en: "Form" },
  allForms: { zh: "全部表（{{count}}）", en: "All forms ({{count}})" },
  verdictErrors: { zh: "{{count}} 个错误", en: "{{count}} error(s)" },
  verdictWarnings: { zh: "{{count}} 个警告", en: "{{count}} warning(s)" },
  verdictPass: { zh: "通过", en: "Passes" },
  noneShown: { zh: "此筛选下没有问题。", en: "Nothing to show with this filter." },
  firstRunTitle: { zh: "三步完成填报", en: "Three steps" },
  firstRunInsert: { zh: "插入模板（“插入”页）", en: "Insert the form (Insert tab)" },
  firstRunFill: { zh: "填写（指标值如 ≥95%、≤10天）", en: "Fill it in (values like ≥95%, ≤10天)" },
  firstRunCheck: { zh: "校验、修正，再做提交前检查", en: "Check, fix, then Ready to submit" },
  firstRunDismiss: { zh: "知道了", en: "Got it" },
  clearMarks: { zh: "清除标记", en: "Clear the marks" },
  cleared: { zh: "已清除 {{cells}} 处标记。", en: "Cleared {{cells}} mark(s)." },
  exportJson: { zh: "导出 JSON", en: "Export JSON" },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  findingsOf: { zh: "{{name}}（{{where}}）", en: "{{name}} ({{where}})" },
  goTo: { zh: "定位到 {{cell}}", en: "Go to {{cell}}" },
  merge: { zh: "生成或刷新汇总表", en: "Build or refresh the summary" },
  summaryYear: { zh: "汇总年度", en: "Summary year" },
  summaryYearPlaceholder: { zh: "留空：取多数表格的年度", en: "Blank: the year most forms carry" },
  mergeHint: {
    zh: "从所有工作表的绩效目标表生成本单位汇总表；本加载项生成的汇总表会被替换，签字栏中填写的内容会保留，其他改动替换前会先询问。",
    en: "Builds the unit summary from every form on every sheet; a summary this add-in made is replaced, keeping what was written in its signatures, and asking first about any other change.",
  },
  disagree: {
    zh: "注意：各表的{{what}}不一致（{{values}}），已使用“{{chosen}}”。",
    en: "Note: the forms disagree on the {{whatEn}} ({{values}}); used \u201c{{chosen}}\u201d.",
  },
  mergeAsked: {
    zh: "汇总表上有您写下的内容，刷新会丢失它们：请选择如何处理。",
    en: "The summary holds your writing, which a refresh would lose: choose what to do.",
  },
  mergeAskTitle: {
    zh: "以下内容不是本加载项写的，刷新后将不再保留：",
    en: "This was not written by the add-in and would not be kept by a refresh:",
  },
  mergeAskSheet: { zh: "“{{sheet}}”：{{count}} 行", en: "\u201c{{sheet}}\u201d: {{count}} row(s)" },
  mergeAskLegacy: {
    zh: "此表由旧版本生成，无法区分您的修改与各表的变化：以下各行与新汇总不同。",
    en: "Made by an earlier version, so your changes cannot be told from the forms': these rows differ from the new summary.",
  },
  mergeAskRow: { zh: "第 {{row}} 行", en: "Row {{row}}" },
  mergeAskAdded: { zh: "（您添加的）", en: " (added by you)" },
  mergeAskMore: { zh: "另有 {{count}} 行", en: "and {{count}} more row(s)" },
  mergeReplace: { zh: "替换", en: "Replace" },
  mergeKeep: { zh: "替换，并保留旧表", en: "Replace, keep the old sheet" },
  mergeCancelled: {
    zh: "已取消，工作簿未改动。",
    en: "Cancelled; the workbook is unchanged.",
  },
  importTitle: { zh: "导入其他工作簿", en: "Import other workbooks" },
  importPick: { zh: "选择 .xlsx 文件…", en: "Choose .xlsx files…" },
  importing: { zh: "正在导入 {{done}}/{{total}}…", en: "Importing {{done}} of {{total}}…" },
  importDone: {
    zh: "导入完成：{{total}} 个文件中 {{inserted}} 个已导入，结果见下。",
    en: "Import finished: {{inserted}} of {{total}} file(s) imported; see each below.",
  },
  importUnreadable: {
    zh: "无法读取（选择后可能已被移动、删除或被其他程序占用），请重新选择",
    en: "could not be read (moved, deleted or locked since it was chosen); choose it again",
  },
  importedOne: { zh: "已导入：{{sheets}}", en: "Imported: {{sheets}}" },
  busy: { zh: "请稍候…", en: "Working…" },
  severities_error: { zh: "错误", en: "Errors" },
  severities_warning: { zh: "警告", en: "Warnings" },
  severities_info: { zh: "提示", en: "Info" },
} as const;

export type StringId = keyof typeof STRINGS;

export function t(locale: Locale, id: StringId, data: MessageData = {}): string {
  return formatMessage(STRINGS[id][locale], data);
}
