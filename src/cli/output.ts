import {
  SEVERITY_LABEL,
  findingText,
  hasPlace,
  type FileReport,
  type Finding,
  type Locale,
  type Report,
} from "../form";
import { plain, withoutColour, type Paint } from "./colour";

/** Pads by display width: a Chinese character takes two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of withoutColour(text))
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return w;
}
const padEnd = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => rows.reduce((w, row) => Math.max(w, width(row[c])), 0));
  return rows
    .map((row) =>
      row.map((cell, c) => (c === row.length - 1 ? cell : padEnd(cell, widths[c]))).join("  ")
    )
    .join("\n");
}

const HEAD = {
  zh: ["单元格", "级别", "代码", "说明"],
  en: ["cell", "severity", "code", "message"],
};

function findingRows(findings: Finding[], lang: Locale, paint: Paint): string[][] {
  // A whole file's finding has no cell to name (its JSON keeps A1 for older readers only).
  return findings.map((f) => [
    hasPlace(f) ? f.cell : "",
    paint(f.severity, SEVERITY_LABEL[f.severity][lang]),
    f.code,
    findingText(f, lang),
  ]);
}

/** A terminal table stops here; the JSON report (--json) always has every finding. */
export const MAX_ROWS = 200;

function findingTable(findings: Finding[], lang: Locale, paint: Paint): string {
  const shown = table([HEAD[lang], ...findingRows(findings.slice(0, MAX_ROWS), lang, paint)]);
  const more = findings.length - MAX_ROWS;
  if (more <= 0) return shown;
  return `${shown}\n${lang === "zh" ? `……另有 ${more} 条未列出（--json 可看全部）` : `… ${more} more not shown (--json shows all)`}`;
}

/** A file's verdict in one line: fails with its errors, or passes (with what is left to consider). */
export function fileVerdict(file: FileReport, lang: Locale, paint: Paint = plain): string {
  const all = [...file.findings, ...file.forms.flatMap((f) => f.findings)];
  const count = (s: Finding["severity"]) => all.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  const fails = errors > 0;
  const word = paint(
    fails ? "error" : "pass",
    lang === "zh" ? (fails ? "未通过" : "通过") : fails ? "fails" : "passes"
  );
  const counts =
    lang === "zh"
      ? `错误 ${errors}，警告 ${warnings}，提示 ${infos}`
      : `${errors} error(s), ${warnings} warning(s), ${infos} info`;
  return lang === "zh"
    ? `结论：${file.file} ${word}（${counts}）`
    : `Verdict: ${file.file} ${word} (${counts})`;
}

/** One file's part of the readable report: its own findings, then each form's, then its verdict. */
export function formatFile(file: FileReport, lang: Locale, paint: Paint = plain): string {
  return [...fileParts(file, lang, paint)].join("");
}

/** The same, a form at a time, for a report written as it goes. */
export function* fileParts(
  file: FileReport,
  lang: Locale,
  paint: Paint = plain
): Generator<string> {
  yield `\n${file.file}\n`;
  if (file.findings.length > 0) yield `${findingTable(file.findings, lang, paint)}\n`;
  for (const form of file.forms) {
    const name = form.record.name ?? (lang === "zh" ? "（未命名项目）" : "(unnamed project)");
    const findings =
      form.findings.length === 0
        ? lang === "zh"
          ? "    未发现问题"
          : "    no findings"
        : findingTable(form.findings, lang, paint).replace(/^/gm, "    ");
    yield `  ${name}  [${form.sheet}!${form.range}]\n${findings}\n`;
  }
  yield `${fileVerdict(file, lang, paint)}\n`;
}

/** The counts of a report and how many files it covers. */
export type Totals = Report["summary"] & { files: number };

/** The closing line: how many files and forms, and the counts by severity. */
export function formatTotals(totals: Totals, lang: Locale): string {
  const { files, forms, errors, warnings, infos } = totals;
  return lang === "zh"
    ? `\n共 ${files} 个文件、${forms} 张表：错误 ${errors}，警告 ${warnings}，提示 ${infos}。\n`
    : `\n${files} file(s), ${forms} form(s): ${errors} error(s), ${warnings} warning(s), ${infos} info.\n`;
}

/** The readable report: per file, per form, a table of findings; then the counts. */
export function formatReport(report: Report, lang: Locale): string {
  const totals = { files: report.files.length, ...report.summary };
  return report.files.map((file) => formatFile(file, lang)).join("") + formatTotals(totals, lang);
}
