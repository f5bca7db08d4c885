import { EXCEL_ERROR_REASONS, UNKNOWN_REASON, excelMessage, type ExcelMessageId } from "./messages";
import type { Locale } from "../form/locale";
import { formatMessage, type MessageData } from "../form/message";
import { asOwnWrite } from "./ownWrites";

/**
 * The only error an Excel operation throws: a plain message in both languages (what failed, on
 * which sheet, what to do) and Excel's code where Excel raised it. The pane shows `text(locale)`.
 */
export class AddinError extends Error {
  constructor(
    readonly id: ExcelMessageId,
    readonly data: MessageData,
    readonly excelCode?: string,
    /** Excel's own words, for the developer console and bug reports; never shown as the message. */
    readonly detail?: string
  ) {
    super(excelMessage(id, data, "zh"));
    this.name = "AddinError";
  }

  text(locale: Locale): string {
    return excelMessage(this.id, this.data, locale);
  }
}

/** The operations by name, for messages. */
export const OPERATION_NAMES = {
  insertTemplate: { zh: "插入模板", en: "Inserting the form" },
  insertIndicatorRow: { zh: "插入指标行", en: "Inserting an indicator row" },
  check: { zh: "校验", en: "Checking" },
  clearMarks: { zh: "清除标记", en: "Clearing the marks" },
  applyFixes: { zh: "应用修正", en: "Applying the fixes" },
  undoFixes: { zh: "撤销修正", en: "Undoing the fixes" },
  merge: { zh: "汇总", en: "Building the summary" },
  importWorkbooks: { zh: "导入工作簿", en: "Importing workbooks" },
  selectCell: { zh: "定位单元格", en: "Selecting the cell" },
  addSheets: { zh: "添加工作表", en: "Adding sheets" },
} as const;

export type OperationName = keyof typeof OPERATION_NAMES;

/** Turn what Excel threw (an error with Excel's code) into an AddinError; ours pass unchanged. */
export function toAddinError(error: unknown, operation: OperationName, sheet?: string): AddinError {
  if (error instanceof AddinError) return error;
  const code = excelCode(error);
  const reason = (code && EXCEL_ERROR_REASONS[code]) || UNKNOWN_REASON;
  const data = { code: code ?? String(error) };
  return new AddinError(
    "excelFailed",
    {
      operation: OPERATION_NAMES[operation].zh,
      operationEn: OPERATION_NAMES[operation].en,
      where: sheet ? `（工作表“${sheet}”）` : "",
      whereEn: sheet ? ` (sheet "${sheet}")` : "",
      reason: formatMessage(reason.zh, data),
      reasonEn: formatMessage(reason.en, data),
    },
    code,
    error instanceof Error ? error.message : String(error)
  );
}

function excelCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Excel.run for one operation: every failure reaches the caller as an AddinError. */
export async function runExcel<T>(
  operation: OperationName,
  body: (context: Excel.RequestContext) => Promise<T>,
  sheet?: string
): Promise<T> {
  try {
    return await asOwnWrite(() => Excel.run(body));
  } catch (error) {
    // A bug of ours (no Excel code) stays itself, so it is never passed off as Excel's fault.
    if (!(error instanceof AddinError) && excelCode(error) === undefined) throw error;
    throw toAddinError(error, operation, sheet);
  }
}

/**
 * What the pane's status line and the ribbon's outcome dialog say when an operation fails: our
 * message in the person's language, or, for a bug of ours, that something went wrong and what.
 */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof AddinError) return error.text(locale);
  // A reason in both languages (the .xlsx reader's, the WPS host's): the person's own.
  if (isBilingual(error)) return error[locale];
  return formatMessage(UNEXPECTED_ERROR[locale], { error: String(error) });
}

const UNEXPECTED_ERROR = { zh: "操作失败：{{error}}", en: "Something went wrong: {{error}}" };

const isBilingual = (error: unknown): error is Record<Locale, string> =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { zh?: unknown }).zh === "string" &&
  typeof (error as { en?: unknown }).en === "string";
