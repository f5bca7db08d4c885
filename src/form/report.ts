import { checkSheet } from "./check";
import { toFinding, type FileReport, type Finding, type Report } from "./finding";
import type { GridSnapshot } from "./grid";
import { noForm, unreadableFile } from "./reader/findings";
import type { Severity } from "./severity";

/** Every form in one file's sheets, checked; what the Excel add-in and the CLI both report. */
export function checkFile(file: string, grids: readonly GridSnapshot[]): FileReport {
  const checked = grids.map(checkSheet);
  const forms = checked.flatMap((sheet) => sheet.forms);
  // A workbook's notes or blank sheets are no problem as long as some sheet holds a form.
  const findings = forms.length > 0 ? [] : checked.flatMap((sheet) => sheet.findings);
  if (forms.length === 0 && findings.length === 0) findings.push(nothingToRead(grids));
  return { file, forms, findings };
}

/** No sheet, or only empty ones: still a file without a form, never a pass. */
function nothingToRead(grids: readonly GridSnapshot[]): Finding {
  return toFinding(noForm, grids[0]?.sheet ?? "", {
    scope: "file",
    cell: "A1",
    messageId: "noFormInFile",
    data:
      grids.length === 0
        ? { reason: "没有工作表", reasonEn: "it has no worksheet" }
        : { reason: "工作表都是空的", reasonEn: "every sheet is empty" },
  });
}

/** A file that could not be opened at all: one read.unreadable finding saying why. */
export function unreadableFileReport(file: string, reason: string): FileReport {
  const finding = toFinding(unreadableFile, "", {
    scope: "file",
    cell: "A1",
    messageId: "unreadable",
    data: { reason },
  });
  return { file, forms: [], findings: [finding] };
}

/** Every finding of a file, its own and its forms'. */
export function fileFindings(file: FileReport): Finding[] {
  return [...file.findings, ...file.forms.flatMap((form) => form.findings)];
}

/** The report over files (the JSON format of docs/form.md), with its counts. */
export function buildReport(files: readonly FileReport[]): Report {
  const summary = emptySummary();
  for (const file of files) addToSummary(summary, file);
  return { files: [...files], summary };
}

export type ReportSummary = Report["summary"];

export const emptySummary = (): ReportSummary => ({ forms: 0, errors: 0, warnings: 0, infos: 0 });

/** Count one file into a running summary: a streamed report keeps the counts, not the files. */
export function addToSummary(summary: ReportSummary, file: FileReport): void {
  summary.forms += file.forms.length;
  for (const finding of fileFindings(file)) summary[SUMMARY_KEY[finding.severity]]++;
}

const SUMMARY_KEY = {
  error: "errors",
  warning: "warnings",
  info: "infos",
} as const satisfies Record<Severity, keyof ReportSummary>;
