import type { Report } from "../form/finding";
import { fileFindings } from "../form/report";

const CSV_COLUMNS = ["文件", "工作表", "单元格", "级别", "代码", "说明", "Message", "修正"];

/**
 * One CSV field: quoted when it must be, and text a spreadsheet would run as a formula
 * (=, +, -, @ first: a project named "=cmd|…" came from someone else's cell) made inert with a
 * leading apostrophe.
 */
function field(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** The findings as CSV with a BOM, so Excel opens the Chinese text in the right encoding. */
export function reportCsv(report: Report): string {
  const rows = report.files.flatMap((file) =>
    fileFindings(file).map((f) => [
      file.file,
      f.sheet,
      f.cell,
      f.severity,
      f.code,
      f.message,
      f.messageEn,
      f.fix?.value ?? "",
    ])
  );
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
