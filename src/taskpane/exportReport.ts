import type { Report } from "../form/finding";
import type { Locale } from "../form/locale";
import { fileFindings } from "../form/report";
import { SEVERITY_LABEL } from "../form/severity";

/** Both messages stay (a reviewer may read either); the headers and levels follow the report's language. */
const CSV_COLUMNS: Record<Locale, string[]> = {
  zh: ["文件", "工作表", "单元格", "级别", "代码", "说明", "Message", "修正"],
  en: ["File", "Sheet", "Cell", "Severity", "Code", "说明", "Message", "Fix"],
};

/**
 * One CSV field: quoted when it must be, and text a spreadsheet would run as a formula
 * (=, +, -, @ first: a project named "=cmd|…" came from someone else's cell) made inert with a
 * leading apostrophe.
 */
function field(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * The findings as CSV with a BOM, so Excel opens the Chinese text in the right encoding; levels
 * are words in the report's language (错误 / error), as the pane shows them.
 */
export function reportCsv(report: Report, locale: Locale = "zh"): string {
  const rows = report.files.flatMap((file) =>
    fileFindings(file).map((f) => [
      file.file,
      f.sheet,
      f.cell,
      SEVERITY_LABEL[f.severity][locale],
      f.code,
      f.message,
      f.messageEn,
      f.fix?.value ?? "",
    ])
  );
  return `\uFEFF${[CSV_COLUMNS[locale], ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
