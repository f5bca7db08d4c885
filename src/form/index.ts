/** The core's public entry: read, check and plan forms, with no Office.js, DOM or Node. */
import { areaA1 } from "./address";
import { checkForm, sortFindings } from "./check";
import type { Finding, FormReport } from "./finding";
import type { GridSnapshot } from "./grid";
import { readSheet } from "./reader";

export { readSheet, type ReadForm } from "./reader";
export { templatePlan, formPlan } from "./templatePlan";
export { gridFromPlan } from "./gridFromPlan";
export { checkForm } from "./check";
export { readableValue } from "./cellDisplay";

/** Every form on a sheet with everything the reader and the rules say about it. */
export function checkSheet(grid: GridSnapshot): { forms: FormReport[]; findings: Finding[] } {
  const { forms, findings } = readSheet(grid);
  return {
    forms: forms.map((form) => ({
      sheet: form.sheet,
      range: areaA1(form.area),
      record: form.record,
      findings: sortFindings([
        ...form.findings,
        ...checkForm({ record: form.record, sheet: form.sheet, grid, area: form.area }),
      ]),
    })),
    findings,
  };
}
