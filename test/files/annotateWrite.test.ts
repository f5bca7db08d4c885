import ExcelJS from "exceljs";
import { checkSheet, formPlan, readSheet } from "../../src/form";
import { annotationPlan } from "../../src/form/annotate";
import { SEVERITY_FILL } from "../../src/form/severity";
import type { Finding } from "../../src/form/finding";
import type { PlanOpHandlers } from "../../src/form/plan";
import { readWorkbookGrids } from "../../src/files/xlsxRead";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

const tmp = tempDir();
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Every cell's fill colour (ARGB), or "" when unfilled. */
async function fills(path: string, sheet: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out = new Map<string, string>();
  workbook.getWorksheet(sheet)!.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      out.set(cell.address, fill?.fgColor?.argb ?? "");
    })
  );
  return out;
}

describe("annotating a formatted workbook through ExcelJS", () => {
  it("fills exactly the finding cells, each in its worst finding's colour", async () => {
    const record = readSheet(sampleGrid()).forms[4].record;
    const source = tmp.path("form5.xlsx");
    await writeWorkbook(source, [formPlan(record, { sheet: "表" })]);
    const [grid] = await readWorkbookGrids(source);
    const findings: Finding[] = checkSheet(grid).forms.flatMap((f) => f.findings);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["error", "warning", "info"]));
    const out = tmp.path("form5.annotated.xlsx");
    await writeWorkbook(out, [annotationPlan("表", findings)], { base: source });

    const before = await fills(source, "表");
    const after = await fills(out, "表");
    const changed = [...after].filter(([cell, argb]) => (before.get(cell) ?? "") !== argb);
    const worst = new Map<string, Finding>();
    for (const f of findings) {
      const seen = worst.get(f.cell);
      if (!seen || RANK[f.severity] < RANK[seen.severity]) worst.set(f.cell, f);
    }
    expect(Object.fromEntries(changed)).toEqual(
      Object.fromEntries(
        [...worst].map(([cell, f]) => [cell, `FF${SEVERITY_FILL[f.severity].slice(1)}`])
      )
    );
  });
});

describe("the applier's handler map", () => {
  it("is checked by the compiler: a map that misses an op kind does not type-check", () => {
    // @ts-expect-error every op kind needs a handler
    const partial: PlanOpHandlers<null> = { values: () => {} };
    expect(Object.keys(partial)).toEqual(["values"]);
  });
});
