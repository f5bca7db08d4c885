import type { Bilingual } from "../form/locale";
import { formatMessage } from "../form/message";

/** Why a file's bytes give no workbook; each has a message in Chinese and English. */
const REASONS = {
  empty: { zh: "文件是空的（0 字节）", en: "the file is empty (0 bytes)" },
  encrypted: {
    zh: "工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再试",
    en: "the workbook is password-protected (encrypted); remove the password in Excel or WPS, save it as .xlsx and try again",
  },
  legacy: {
    zh: "这是旧版 Excel 97-2003 (.xls) 工作簿；请在 Excel 或 WPS 中另存为 .xlsx（不设密码）再试",
    en: "this is an old Excel 97-2003 (.xls) workbook; save it as .xlsx (without a password) in Excel or WPS and try again",
  },
  "other-format": {
    zh: "这不是 .xlsx 工作簿，而是{{what}}；请在 Excel 或 WPS 中打开后另存为 .xlsx 再试",
    en: "this is not an .xlsx workbook but {{whatEn}}; open it in Excel or WPS, save it as .xlsx and try again",
  },
  "not-workbook": {
    zh: "文件内容不是 .xlsx 工作簿（无法识别的格式）",
    en: "the file's contents are not an .xlsx workbook (unrecognised format)",
  },
  corrupt: {
    zh: "工作簿已损坏：{{detail}}",
    en: "the workbook is damaged: {{detailEn}}",
  },
  "too-large": {
    zh: "超出读取限制：{{detail}}",
    en: "over the reading limits: {{detailEn}}",
  },
} as const satisfies Record<string, Bilingual>;

export type WorkbookErrorCode = keyof typeof REASONS;
export type ErrorData = Record<string, string | number>;

/**
 * Bytes that give no workbook: a code to branch on, the reason in both languages, and a message
 * that reads as one line, Chinese first (the shells prefix the file's name).
 */
export class WorkbookError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly code: WorkbookErrorCode,
    readonly data: ErrorData = {}
  ) {
    const zh = formatMessage(REASONS[code].zh, data);
    const en = formatMessage(REASONS[code].en, data);
    super(`${zh} (${en})`);
    this.name = "WorkbookError";
    this.zh = zh;
    this.en = en;
  }
}

/** A damaged part of the package, named in both languages. */
export const corrupt = (detail: string, detailEn: string) =>
  new WorkbookError("corrupt", { detail, detailEn });

export const tooLarge = (detail: string, detailEn: string) =>
  new WorkbookError("too-large", { detail, detailEn });
