import { statSync } from "node:fs";
import { extname } from "node:path";
import { checkFile, unreadableFileReport, type FileReport, type GridSnapshot } from "../form";
import { toFinding } from "../form/finding";
import { noForm } from "../form/reader/findings";
import { loadGrids, loadKeepingText } from "../files/load";
import { WorkbookError, type WorkbookErrorCode, type WorkbookText } from "../xlsx";
import { isPattern } from "./inputs";
import { bilingual, type MessageId } from "./messages";

export interface InspectedFile {
  file: string;
  grids: GridSnapshot[];
  report: FileReport;
  /** Set when the file could not be opened at all (missing, a folder, no permission): exit 2. */
  ioError?: string;
  /** A workbook's parts as read, when asked for: what `merge` copies its sheets from. */
  text?: WorkbookText;
}

const SUPPORTED = [".xlsx", ".xlsm", ".txt", ".tsv", ".csv"];
/** Formats a person turns into .xlsx by saving again: a finding that says how, not a usage error. */
const RESAVE = [".xls", ".et", ".ods"];

/**
 * Read and check each file in turn, handing each over as soon as it is done. Nothing one file
 * does (a missing file, bytes that are no workbook, a bug met on its contents) stops the others.
 */
export async function* inspectEach(
  files: readonly string[],
  keepText = false
): AsyncGenerator<InspectedFile> {
  for (const file of files) yield await inspectFile(file, keepText);
}

export async function inspectFile(file: string, keepText = false): Promise<InspectedFile> {
  const ioError = openError(file);
  if (ioError) return { ...unreadable(file, ioError), ioError };
  const type = extname(file).toLowerCase();
  if (RESAVE.includes(type)) return unreadable(file, bilingual("input.resave", { file, type }));
  let grids: GridSnapshot[];
  let text: WorkbookText | undefined;
  try {
    ({ grids, text } = keepText ? await loadKeepingText(file) : { grids: await loadGrids(file) });
  } catch (error) {
    const cause = (error as Error).cause;
    if (cause instanceof WorkbookError && NO_WORKBOOK.has(cause.code))
      return { file, grids: [], report: noFormFileReport(file, cause) };
    return unreadable(file, firstLine(error));
  }
  try {
    return { file, grids, report: checkFile(file, grids), ...(text ? { text } : {}) };
  } catch (error) {
    return unreadable(file, bilingual("internal", { detail: firstLine(error) }));
  }
}

/** Why a file cannot be opened, before reading it: these are I/O errors, not findings. */
function openError(file: string): string | undefined {
  try {
    if (statSync(file).isDirectory()) return bilingual("input.folder", { file });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const id: MessageId =
      code === "ENOENT" || code === "ENOTDIR"
        ? isPattern(file)
          ? "input.no-match"
          : "input.missing"
        : code === "EACCES" || code === "EPERM"
          ? "input.denied"
          : "input.io";
    return bilingual(id, { file, code });
  }
  const type = extname(file).toLowerCase();
  if (!SUPPORTED.includes(type) && !RESAVE.includes(type)) return bilingual("input.type", { file });
  return undefined;
}

/** Bytes that hold no workbook at all: a file with no form (read.no-form), not a broken one. */
const NO_WORKBOOK = new Set<WorkbookErrorCode>(["empty", "other-format", "not-workbook"]);

function noFormFileReport(file: string, cause: WorkbookError): FileReport {
  const finding = toFinding(noForm, "", {
    scope: "file",
    cell: "A1",
    messageId: "noFormInFile",
    data: { reason: cause.zh, reasonEn: cause.en },
  });
  return { file, forms: [], findings: [finding] };
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];

function unreadable(file: string, reason: string): InspectedFile {
  return { file, grids: [], report: unreadableFileReport(file, reason) };
}
