import type { Locale } from "../form/locale";
import { formatMessage, type MessageData } from "../form/message";

/**
 * Every message the Excel operations give a person, in Chinese and English, keyed by id
 * (docs/addin.md, "Messages"). {{name}} placeholders are filled from the error's data.
 */
export const EXCEL_MESSAGES = {
  // What an operation did: the pane's status line and the ribbon's outcome dialog say the same.
  inserted: {
    zh: "已插入工作表“{{sheet}}”，请从 {{cell}} 开始填写。",
    en: 'Added sheet "{{sheet}}"; start typing in {{cell}}.',
  },
  rowInserted: {
    zh: "已在“{{level2}}”下插入一行，请从 {{cell}} 开始填写三级指标。",
    en: 'Added a row under "{{level2}}"; type its indicator in {{cell}}.',
  },
  notInIndicators: {
    zh: "请先选中绩效目标表中某个指标行的单元格，再插入指标行。",
    en: "Select a cell in an indicator row of a form first, then insert a row.",
  },
  checkSummary: {
    zh: "{{forms}} 张表：{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 个提示。",
    en: "{{forms}} form(s): {{errors}} error(s), {{warnings}} warning(s), {{infos}} info.",
  },
  checkSkipped: {
    zh: "另有 {{skipped}} 张汇总表未校验（本插件生成的表不是绩效目标表）。",
    en: "{{skipped}} summary sheet(s) not checked (the add-in's own sheets are not forms).",
  },
  merged: {
    zh: "已生成“{{sheet}}”，共 {{forms}} 个项目。",
    en: 'Built "{{sheet}}" from {{forms}} project(s).',
  },
  mergedKept: {
    zh: "旧表中有您写下的内容，已保留为{{kept}}。",
    en: "The old sheets held your writing and are kept as {{kept}}.",
  },
  mergedYear: {
    zh: "汇总年度为{{year}}年（多数表格的年度）。",
    en: "The summary is for {{year}}, the year most forms carry.",
  },
  mergedLeftOut: {
    zh: "另有 {{leftOut}} 张表未计入汇总（空白表或其他年度的表），原因见“{{checks}}”表。",
    en: '{{leftOut}} form(s) were left out (blank, or of another year); the reasons are on the "{{checks}}" sheet.',
  },
  excelFailed: {
    zh: "{{operation}}失败{{where}}：{{reason}}",
    en: "{{operationEn}} failed{{whereEn}}: {{reasonEn}}",
  },
  sheetNotFound: {
    zh: "找不到工作表“{{sheet}}”，它可能已被删除或改名。请刷新后重试。",
    en: 'Sheet "{{sheet}}" was not found; it may have been deleted or renamed. Refresh and try again.',
  },
  needsNewerExcel: {
    zh: "{{feature}}需要较新的 Excel（Microsoft 365、Excel 2021 或网页版 Excel）；此 Excel 不支持 ExcelApi {{version}}。",
    en: "{{featureEn}} needs a newer Excel (Microsoft 365, Excel 2021 or Excel on the web); this Excel does not support ExcelApi {{version}}.",
  },
  fixesStale: {
    zh: "没有应用任何修正：{{count}} 处单元格在校验后已被修改（{{cells}}）。请重新校验后再应用修正。",
    en: "No fix was applied: {{count}} cell(s) changed since the check ({{cells}}). Check again, then apply the fixes.",
  },
  importNotXlsx: {
    zh: "“{{file}}”不是 .xlsx 工作簿。旧版 .xls 或 .csv 请先在 Excel 中另存为 .xlsx。",
    en: '"{{file}}" is not an .xlsx workbook. Save an old .xls or a .csv as .xlsx in Excel first.',
  },
  importTooLarge: {
    zh: "“{{file}}”有 {{size}} MB，超过 {{limit}} MB 的导入上限。",
    en: '"{{file}}" is {{size}} MB, over the {{limit}} MB import limit.',
  },
  importUnreadable: {
    zh: "“{{file}}”无法读取：{{reason}}",
    en: '"{{file}}" cannot be read: {{reasonEn}}',
  },
  importNoForm: {
    zh: "“{{file}}”中找不到绩效目标表，未导入。",
    en: '"{{file}}" holds no performance target form; nothing was imported.',
  },
  importFailed: {
    zh: "“{{file}}”导入失败，工作簿未改变：{{reason}}",
    en: '"{{file}}" could not be imported; the workbook is unchanged: {{reasonEn}}',
  },
  importAlready: {
    zh: "“{{file}}”已导入过（工作表 {{sheets}}），未重复导入。",
    en: '"{{file}}" was imported before (sheets {{sheets}}); it was not imported again.',
  },
  importArrived: {
    zh: "Excel 报告“{{file}}”导入出错，但工作表已插入，请核对：{{reason}}",
    en: 'Excel reported an error importing "{{file}}", but its sheets arrived; please look them over: {{reasonEn}}',
  },
  undoStale: {
    zh: "没有撤销：{{count}} 处单元格在修正后又被修改（{{cells}}），撤销会覆盖这些修改。",
    en: "Nothing was undone: {{count}} cell(s) changed after the fix ({{cells}}); undoing would overwrite them.",
  },
  nothingToUndo: {
    zh: "没有可以撤销的修正。",
    en: "There is no fix to undo.",
  },
  noFixes: {
    zh: "没有可以自动应用的修正。",
    en: "There is no fix to apply.",
  },
} as const;

export type ExcelMessageId = keyof typeof EXCEL_MESSAGES;
export type { Locale } from "../form/locale";

export function excelMessage(id: ExcelMessageId, data: MessageData, locale: Locale): string {
  return formatMessage(EXCEL_MESSAGES[id][locale], data);
}

/** What a summary did, for the pane's status line and the ribbon's dialog alike: summed, chose, left out. */
export function mergedMessage(
  merged: {
    sheet: string;
    forms: number;
    leftOut?: number;
    checks?: string;
    year?: number | null;
    yearGiven?: boolean;
    /** The old sheets kept under new names, since they held the person's writing. */
    kept?: string[];
  },
  locale: Locale
): string {
  const parts = [excelMessage("merged", { sheet: merged.sheet, forms: merged.forms }, locale)];
  if (merged.year && merged.yearGiven === false)
    parts.push(excelMessage("mergedYear", { year: merged.year }, locale));
  if (merged.leftOut)
    parts.push(
      excelMessage(
        "mergedLeftOut",
        { leftOut: merged.leftOut, checks: merged.checks ?? "" },
        locale
      )
    );
  if (merged.kept?.length) {
    const quoted = merged.kept.map((k) => (locale === "zh" ? `“${k}”` : `"${k}"`));
    parts.push(
      excelMessage("mergedKept", { kept: quoted.join(locale === "zh" ? "、" : ", ") }, locale)
    );
  }
  return parts.join(locale === "zh" ? "" : " ");
}

/** What Excel's error codes mean to a person, and what to do (docs/addin.md, "Errors"). */
export const EXCEL_ERROR_REASONS: Record<string, { zh: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    zh: "Excel 正处于单元格编辑状态，请按 Enter 或 Esc 结束编辑后重试",
    en: "Excel is in cell-edit mode; press Enter or Esc, then try again",
  },
  AccessDenied: {
    zh: "工作表或工作簿受保护，请先撤销保护",
    en: "the sheet or workbook is protected; unprotect it first",
  },
  ItemNotFound: {
    zh: "要操作的对象已不存在，请刷新后重试",
    en: "something it needed no longer exists; refresh and try again",
  },
  ItemAlreadyExists: {
    zh: "同名对象已存在",
    en: "an item with the same name already exists",
  },
  ApiNotFound: {
    zh: "此 Excel 版本不支持所需功能，请使用 Microsoft 365 或网页版 Excel",
    en: "this version of Excel lacks a needed feature; use Microsoft 365 or Excel on the web",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: "一次写入的数据超过了网页版 Excel 的 5 MB 上限，请逐个工作表处理（校验 → 当前工作表）",
    en: "more data than Excel on the web takes at once (5 MB); work one sheet at a time (Check → Current sheet)",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "工作簿太大，一次读取超过了网页版 Excel 的 5 MB 上限，请逐个工作表校验（校验 → 当前工作表）",
    en: "the workbook is too big for Excel on the web to read at once (5 MB); check one sheet at a time (Check → Current sheet)",
  },
  InvalidArgument: {
    zh: "Excel 拒绝了参数（可能是工作表名称或地址无效）",
    en: "Excel refused an argument (perhaps a sheet name or address)",
  },
  InvalidOperation: {
    zh: "Excel 拒绝了此操作（可能与合并单元格、表格或受保护区域冲突）",
    en: "Excel refused the operation (perhaps merged cells, a table or a protected area are in the way)",
  },
};

export const UNKNOWN_REASON = {
  zh: "Excel 返回错误 {{code}}，请重试；如仍失败，请保存工作簿后重新打开",
  en: "Excel returned {{code}}; try again, and if it persists save the workbook and reopen it",
};

/** A check's counts as the pane and the ribbon say them (the shape of check.ts's CheckResult). */
interface CheckCounts {
  report: { summary: MessageData };
  skipped?: number;
}

/** The status line of a check, in the pane and the ribbon alike: the counts, and what was left out. */
export function checkOutcome(result: CheckCounts, locale: Locale): string {
  const counts = excelMessage("checkSummary", { ...result.report.summary }, locale);
  if (!result.skipped) return counts;
  const skipped = excelMessage("checkSkipped", { skipped: result.skipped }, locale);
  return `${counts}${locale === "zh" ? "" : " "}${skipped}`;
}
