import type { Bilingual, Locale } from "../form/locale";
import { formatMessage } from "../form/message";

/**
 * Every message the command-line shell prints itself (file, output and usage errors, progress
 * lines), in Chinese and English, keyed by a stable id. Findings have their own catalogue (the rules).
 */
export const MESSAGES = {
  "input.missing": { zh: "{{file}}：文件不存在", en: "{{file}}: no such file" },
  "input.folder": {
    zh: "{{file}}：文件夹中没有工作簿（.xlsx、.xlsm）",
    en: "{{file}}: the folder holds no workbook (.xlsx, .xlsm)",
  },
  "input.no-match": {
    zh: "{{file}}：没有与之匹配的文件",
    en: "{{file}}: no file matches",
  },
  "input.repeated": {
    zh: "{{file}} 与 {{first}} 是同一文件，只读一次",
    en: "{{file}} is the same file as {{first}}; read once",
  },
  "input.denied": { zh: "{{file}}：没有读取权限", en: "{{file}}: permission denied" },
  "input.io": { zh: "{{file}}：读取失败（{{code}}）", en: "{{file}}: cannot be read ({{code}})" },
  "input.type": {
    zh: "{{file}}：不支持的文件类型（可用 .xlsx、.xlsm、.txt、.tsv、.csv）",
    en: "{{file}}: unsupported file type (use .xlsx, .xlsm, .txt, .tsv or .csv)",
  },
  "input.resave": {
    zh: "{{file}}：{{type}} 格式无法直接读取，请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再试",
    en: "{{file}}: {{type}} files cannot be read; save it as .xlsx (without a password) in Excel or WPS and try again",
  },
  "output.extension": {
    zh: "{{file}}：输出文件须为 .xlsx",
    en: "{{file}}: the output must be an .xlsx file",
  },
  "output.is-input": {
    zh: "{{file}}：输出文件就是输入文件{{input}}（同一文件，可能经由链接或另一种写法），不会覆盖",
    en: "{{file}}: the output is the input {{input}} (the same file, perhaps through a link or another spelling); it is never overwritten",
  },
  "output.exists": {
    zh: "{{file}}：文件已存在，加 --force 才会覆盖",
    en: "{{file}}: already exists; add --force to replace it",
  },
  "output.folder": {
    zh: "{{file}}：这是文件夹，不能作为输出文件",
    en: "{{file}}: is a folder, not an output file",
  },
  "output.not-folder": {
    zh: "{{file}}：多个输入的标注副本需要写入文件夹，但这是一个文件",
    en: "{{file}}: annotated copies of several inputs go into a folder, but this is a file",
  },
  "output.denied": {
    zh: "{{file}}：没有写入权限",
    en: "{{file}}: permission denied",
  },
  "output.no-space": {
    zh: "{{file}}：磁盘空间不足，未写入（原有文件保持不变）",
    en: "{{file}}: the disk is full; nothing was written (any existing file is unchanged)",
  },
  "output.no-folder": {
    zh: "{{file}}：所在文件夹无法创建",
    en: "{{file}}: its folder cannot be created",
  },
  "output.io": {
    zh: "{{file}}：写入失败（{{code}}），原有文件保持不变",
    en: "{{file}}: cannot be written ({{code}}); any existing file is unchanged",
  },
  "usage.missing-argument": {
    zh: "缺少参数 {{name}}",
    en: "missing required argument {{name}}",
  },
  "usage.missing-option": {
    zh: "缺少必需的选项 {{name}}",
    en: "required option {{name}} not given",
  },
  "usage.option-value": {
    zh: "选项 {{name}} 缺少取值",
    en: "option {{name}} needs a value",
  },
  "usage.unknown-option": { zh: "未知选项 {{name}}", en: "unknown option {{name}}" },
  "usage.unknown-command": { zh: "未知命令 {{name}}", en: "unknown command {{name}}" },
  "usage.excess-arguments": { zh: "参数过多", en: "too many arguments" },
  "usage.invalid": {
    zh: "{{name}} 的取值“{{value}}”无效",
    en: 'invalid value "{{value}}" for {{name}}',
  },
  "usage.other": { zh: "命令行有误：{{detail}}", en: "usage error: {{detail}}" },
  "usage.hint": {
    zh: "用 perf-targets --help 查看用法",
    en: "see perf-targets --help",
  },
  "usage.year": { zh: "年度应为四位数字，如 2024", en: "a year has four digits, such as 2024" },
  "usage.lang": { zh: "应为 zh 或 en", en: "zh or en" },
  internal: {
    zh: "内部错误，请报告此问题：{{detail}}",
    en: "internal error, please report it: {{detail}}",
  },
  "written.template": {
    zh: "已写入 {{year}} 年度空白绩效目标表 {{file}}",
    en: "wrote a blank {{year}} form to {{file}}",
  },
  "written.summary": {
    zh: "已写入汇总表 {{file}}：{{projects}} 个项目",
    en: "wrote the summary {{file}}: {{projects}} project(s)",
  },
  "written.summary-missing": {
    zh: "{{files}} 个文件或表格未计入汇总（无表、空白表或其他年度的表），原因见“{{sheet}}”表",
    en: "{{files}} file(s) or form(s) were left out of the summary (no form, blank, or another year); the reasons are on the “{{sheet}}” sheet",
  },
  "merge.year": {
    zh: "汇总年度：{{year}}年（多数表格的年度；可用 --year 指定）",
    en: "summary year: {{year}} (the year most forms carry; --year sets it)",
  },
  "written.annotated": {
    zh: "已写入标注副本 {{file}}",
    en: "wrote the annotated copy {{file}}",
  },
  "merge.disagree": {
    zh: "注意：各表的{{what}}不一致（{{counts}}），汇总表使用“{{chosen}}”",
    en: "note: the forms disagree on the {{whatEn}} ({{counts}}); the summary uses “{{chosen}}”",
  },
} as const satisfies Record<string, Bilingual>;

export type MessageId = keyof typeof MESSAGES;
export type MessageData = Record<string, string | number>;

/** One message in one language. */
export function message(id: MessageId, data: MessageData, lang: Locale): string {
  return formatMessage(MESSAGES[id][lang], data);
}

/** One line in both languages, Chinese first: how the shell reports what happened. */
export function bilingual(id: MessageId, data: MessageData = {}): string {
  return `${message(id, data, "zh")} (${message(id, data, "en")})`;
}
