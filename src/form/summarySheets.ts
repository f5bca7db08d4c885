import { cellAt, type GridSnapshot } from "./grid";
import { SUMMARY_HEADER } from "./summary";
import { CHECK_HEADERS } from "./summaryChecks";
import { INDICATOR_HEADER } from "./summaryIndicators";

/** Where each of the summary's sheets writes its header row, and what the row says. */
const HEADERS = [SUMMARY_HEADER, INDICATOR_HEADER, ...CHECK_HEADERS];

/**
 * A sheet of a summary this tool made (汇总表, 指标明细, 检查结果), known by the header row it
 * was written with, from column A: a summary given back as an input (a folder merged again, a
 * command-line summary opened in Excel) is no form, and its rows are no projects (docs/addin.md,
 * "Summary"). The whole row must match, so a form or a budget-system list never does.
 */
export function isSummarySheet(grid: GridSnapshot): boolean {
  return HEADERS.some(({ row, titles }) =>
    titles.every((title, col) => cellAt(grid, row, col) === title)
  );
}
