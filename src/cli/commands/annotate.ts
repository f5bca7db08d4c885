import ExcelJS from "exceljs";
import { fileFindings, type FileReport, type Locale } from "../../form";
import { annotationPlan, gridPlan } from "../../form/annotate";
import { formulaFindings, withFindings } from "../../form/formulaFindings";
import { isWorkbook } from "../../files/load";
import { applyPlans, formulasToValues, workbookBytes } from "../../files/xlsxWrite";
import type { InspectedFile } from "../inspect";
import { writeOutput } from "../io";

/** Write one annotated copy (files without a sheet get none: the report says why); formulas of the submitted workbook become values, named by findings. */
export async function annotate(
  file: InspectedFile,
  out: string,
  inputs: readonly string[],
  force: boolean,
  locale: Locale
): Promise<FileReport> {
  const workbook = new ExcelJS.Workbook();
  let report = file.report;
  if (isWorkbook(file.file)) {
    await workbook.xlsx.readFile(file.file);
    report = withFindings(report, formulaFindings(formulasToValues(workbook)));
  } else applyPlans(workbook, file.grids.map(gridPlan));
  const findings = fileFindings(report);
  applyPlans(
    workbook,
    file.grids.map((grid) => annotationPlan(grid.sheet, findings, locale))
  );
  await writeOutput(out, await workbookBytes(workbook), inputs, force);
  return report;
}
