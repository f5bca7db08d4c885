import { AddinError } from "../excel/errors";
import { importedSheets } from "../form/importNaming";
import { checkFile } from "../form/report";
import type { WpsHost } from "../wps/operations";
import { readWorkbook } from "../xlsx";
import { selfTestText } from "../excel/selfTestText";
import type { PaneActions } from "./actions";

/**
 * The pane's actions over WPS 表格 (docs/wps.md): the same seam as excelActions.ts, so the pane
 * cannot tell the hosts apart. Picked workbooks are read by src/xlsx, as in Excel, and only the
 * sheets that hold a form are added.
 */
export function wpsActions(host: WpsHost): PaneActions {
  return {
    insertTemplate: (options) => host.insertTemplate(options),
    indicatorRowTarget: () => host.indicatorRowTarget(),
    insertIndicatorRow: (sheet, row) => host.insertIndicatorRow(sheet, row),
    checkSheet: (name, options) => host.checkSheet(name, options),
    checkWorkbook: (options) => host.checkWorkbook(options),
    clearMarks: () => host.clearMarks(),
    applyFixes: async (findings) => {
      if (!findings.some((f) => f.fix)) throw new AddinError("noFixes", {});
      return host.applyFixes(findings);
    },
    // The record is in the workbook (src/wps/fixRecord.ts); the pane's errors are Excel's.
    fixesToUndo: () => host.fixesToUndo(),
    undoFixes: async () => {
      const { undone, edited } = await host.undoFixes();
      if (edited.length > 0)
        throw new AddinError("undoStale", {
          count: edited.length,
          cells: edited.map((c) => `${c.sheet}!${c.cell}`).join(", "),
        });
      if (undone.length === 0) throw new AddinError("nothingToUndo", {});
      return undone;
    },
    mergeIntoSummary: (options) => host.mergeIntoSummary(options),
    importWorkbooks: (files, onProgress) => importInto(host, files, onProgress),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    watchChanges: (listener) => host.watchChanges((sheet) => listener.changed(sheet)),
    selfTest: () => host.selfTest(),
    selfTestText,
  };
}

type ImportArgs = Parameters<PaneActions["importWorkbooks"]>;

/** Each picked workbook in turn: its forms added as sheets named after their projects. */
async function importInto(host: WpsHost, files: ImportArgs[0], onProgress: ImportArgs[1]) {
  const outcomes = [];
  for (const [index, file] of files.entries()) {
    const outcome = await importOne(host, file);
    outcomes.push(outcome);
    onProgress(index + 1, files.length, outcome);
  }
  return outcomes;
}

async function importOne(host: WpsHost, file: ImportArgs[0][number]) {
  try {
    const grids = await readWorkbook(file.bytes);
    // Named after their projects, as in Excel (src/form/importNaming.ts).
    const wanted = importedSheets(checkFile(file.name, grids));
    const withForms = wanted.map((w) => grids.find((g) => g.sheet === w.sheet)!);
    const names = wanted.map((w) => w.wanted);
    return withForms.length > 0
      ? { file: file.name, inserted: true, sheets: await host.addSheets(withForms, names) }
      : {
          file: file.name,
          inserted: false,
          sheets: [],
          reason: { zh: "文件中没有绩效目标表", en: "The file holds no form" },
        };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const reason =
      error && typeof error === "object" && "zh" in error && "en" in error
        ? { zh: String(error.zh), en: String(error.en) }
        : { zh: text, en: text };
    return { file: file.name, inserted: false, sheets: [], reason };
  }
}
