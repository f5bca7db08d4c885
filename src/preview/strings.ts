import type { Locale } from "../form/locale";
import { formatMessage, type MessageData } from "../form/message";

/** The preview's own words around the add-in (its ribbon and pane come from the manifest). */
const STRINGS = {
  appTitle: { zh: "Excel 预览", en: "Excel preview" },
  previewNote: {
    zh: "这是模拟的 Excel：任务窗格和功能区命令就是加载项本身，工作簿在浏览器内存中。",
    en: "A simulated Excel: the task pane and ribbon commands are the add-in itself; the workbook lives in this browser's memory.",
  },
  appTitleWps: { zh: "WPS 表格预览", en: "WPS Spreadsheets preview" },
  previewNoteWps: {
    zh: "这是模拟的 WPS 表格：任务窗格是加载项的 WPS 版本，工作簿是测试所用的 WPS 对象模型，在浏览器内存中。",
    en: "A simulated WPS Spreadsheets: the task pane is the add-in's WPS build; the workbook is the tests' WPS object model, in this browser's memory.",
  },
  hostLabel: { zh: "宿主", en: "Host" },
  hostExcel: { zh: "Excel", en: "Excel" },
  hostWps: { zh: "WPS 表格", en: "WPS Spreadsheets" },
  switchLanguage: { zh: "English", en: "中文" },
  // The spoken name starts with the visible word, so voice control finds the button by it.
  switchLanguageLabel: { zh: "English：切换为英文界面", en: "中文：Switch to Chinese" },
  homeTab: { zh: "开始", en: "Home" },
  ribbonLabel: { zh: "功能区", en: "Ribbon" },
  nameBox: { zh: "名称框", en: "Name box" },
  formulaBar: { zh: "编辑栏", en: "Formula bar" },
  gridLabel: { zh: "工作表“{{sheet}}”", en: 'Sheet "{{sheet}}"' },
  sheetTabs: { zh: "工作表", en: "Sheets" },
  truncated: {
    zh: "此工作表较大，预览只画出前 {{rows}} 行、{{cols}} 列。",
    en: "This sheet is large: the preview draws its first {{rows}} rows and {{cols}} columns.",
  },
  paneClose: { zh: "关闭任务窗格", en: "Close the task pane" },
  paneWidth: { zh: "窗格宽度", en: "Pane width" },
  ready: { zh: "就绪", en: "Ready" },
  requests: { zh: "对 Excel 的请求：{{count}} 次", en: "Requests to Excel: {{count}}" },
  excelVersion: { zh: "模拟的 Excel", en: "Emulated Excel" },
  excelNewest: { zh: "最新版（Microsoft 365）", en: "Newest (Microsoft 365)" },
  excel2019: { zh: "Excel 2019（ExcelApi 1.8）", en: "Excel 2019 (ExcelApi 1.8)" },
  commandRunning: { zh: "正在运行“{{label}}”…", en: "Running “{{label}}”…" },
  commandDone: { zh: "“{{label}}”已完成", en: "“{{label}}” finished" },
  commandMissing: {
    zh: "功能区命令尚未加载，请稍候再试。",
    en: "The ribbon's commands have not loaded yet; try again in a moment.",
  },
  dialogClose: { zh: "关闭 · Close", en: "Close · 关闭" },
  dialogTitle: { zh: "项目支出绩效目标表", en: "Performance target forms" },
  loading: { zh: "正在打开样例工作簿…", en: "Opening the sample workbook…" },
  loadFailed: { zh: "预览无法启动：{{reason}}", en: "The preview could not start: {{reason}}" },
} as const;

export type PreviewString = keyof typeof STRINGS;

export function t(locale: Locale, id: PreviewString, data?: MessageData): string {
  return formatMessage(STRINGS[id][locale], data);
}
