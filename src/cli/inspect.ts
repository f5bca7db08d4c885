import { checkSheet } from "../form";
import type { FileReport, Finding, Report } from "../form/finding";
import type { GridSnapshot } from "../form/grid";
import { unreadableFile } from "../form/reader/findings";
import { toFinding } from "../form/rules/rule";
import { InputError } from "../files/errors";
import { loadGrids } from "../files/load";

export interface InspectedFile {
  file: string;
  grids: GridSnapshot[];
  report: FileReport;
  /** Set when the file could not be read at all. */
  error?: string;
}

/** Read and check every file, one at a time, telling the caller after each. */
export async function inspectFiles(
  files: string[],
  onFile: (done: number) => void = () => {}
): Promise<InspectedFile[]> {
  const inspected: InspectedFile[] = [];
  for (const file of files) {
    inspected.push(await inspectFile(file));
    onFile(inspected.length);
  }
  return inspected;
}

async function inspectFile(file: string): Promise<InspectedFile> {
  let grids: GridSnapshot[];
  try {
    grids = await loadGrids(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const finding = toFinding(unreadableFile, "", {
      cell: "A1",
      messageId: "unreadable",
      data: { reason: error.message },
    });
    return {
      file,
      grids: [],
      report: { file, forms: [], findings: [finding] },
      error: error.message,
    };
  }
  const checked = grids.map(checkSheet);
  const forms = checked.flatMap((sheet) => sheet.forms);
  // A workbook's notes or blank sheets are no problem as long as some sheet holds a form.
  const findings: Finding[] = forms.length > 0 ? [] : checked.flatMap((sheet) => sheet.findings);
  return { file, grids, report: { file, forms, findings } };
}

/** The §9 report over files, with its counts. */
export function buildReport(files: InspectedFile[]): Report {
  const all = files.flatMap((f) => [
    ...f.report.findings,
    ...f.report.forms.flatMap((form) => form.findings),
  ]);
  const count = (severity: Finding["severity"]) =>
    all.filter((f) => f.severity === severity).length;
  return {
    files: files.map((f) => f.report),
    summary: {
      forms: files.reduce((n, f) => n + f.report.forms.length, 0),
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
  };
}
