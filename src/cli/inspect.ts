import { checkFile, unreadableFileReport, type FileReport, type GridSnapshot } from "../form";
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
    return {
      file,
      grids: [],
      report: unreadableFileReport(file, error.message),
      error: error.message,
    };
  }
  return { file, grids, report: checkFile(file, grids) };
}
