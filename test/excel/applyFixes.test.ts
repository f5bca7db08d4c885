import { AddinError, applyFixes, checkSheet, fixesToUndo, undoFixes } from "../../src/excel";
import { FIX_RECORD_NAMESPACE } from "../../src/excel/fixRecord";
import type { Finding } from "../../src/form/finding";
import { sampleGrid } from "../support/sampleGrid";
import { countSyncs, installHost, type Host } from "./host";
import { seedGrid } from "./workbook";

/*
 * 应用修正 and 撤销修正 as a clerk meets them (docs/addin.md, "Fixes"): nothing to fix, fixes on
 * two forms gone stale together, a fixed cell that held a formula, an undo over two sheets.
 */
const SHEETS = ["项目表", "项目表二"];

function twoForms(): Host {
  const host = installHost(undefined, ["说明"]);
  for (const sheet of SHEETS) {
    seedGrid(host.workbook, { ...sampleGrid(), sheet });
    host.workbook.setValues(sheet, "E33", [[">=95%"]]);
  }
  return host;
}

async function fixesOf(sheet: string) {
  const { report } = await checkSheet(sheet);
  return report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix !== undefined);
}

const fixRecords = (host: Host) =>
  host.workbook.customXmlParts.filter((p) => p.namespaceUri === FIX_RECORD_NAMESPACE);

async function typeFormula(sheet: string, cell: string, formula: string) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).formulas = [[formula]];
    await context.sync();
  });
}

it("says there is nothing to fix, in both languages, without asking Excel anything", async () => {
  const host = twoForms();
  const { report } = await checkSheet("项目表");
  const unfixable: Finding[] = report.files[0].forms
    .flatMap((f) => f.findings)
    .filter((f) => f.fix === undefined);
  expect(unfixable.length).toBeGreaterThan(0);
  const { result, syncs } = await countSyncs(host, () =>
    applyFixes(unfixable).catch((e: unknown) => e)
  );
  expect(syncs).toBe(0);
  expect(result).toBeInstanceOf(AddinError);
  expect((result as AddinError).text("zh")).toBe("没有可以自动应用的修正。");
  expect((result as AddinError).text("en")).toBe("There is no fix to apply.");
});

it("writes no fix on either form when the person changed a fixed cell on each, naming both", async () => {
  const host = twoForms();
  const fixes = [...(await fixesOf("项目表")), ...(await fixesOf("项目表二"))];
  expect(fixes.filter((f) => f.fix!.cell === "E33")).toHaveLength(2);
  for (const sheet of SHEETS) host.workbook.typeValues(sheet, "E33", [["≥96%"]]);
  const refused = await applyFixes(fixes).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AddinError);
  expect((refused as AddinError).text("zh")).toBe(
    "没有应用任何修正：2 处单元格在校验后已被修改（项目表!E33, 项目表二!E33）。请重新校验后再应用修正。"
  );
  expect((refused as AddinError).text("en")).toContain(
    "2 cell(s) changed since the check (项目表!E33, 项目表二!E33)"
  );
  for (const sheet of SHEETS) expect(host.workbook.values(sheet, "E33")).toEqual([["≥96%"]]);
  expect(fixRecords(host)).toHaveLength(0);
});

it("fixes two forms in one batch, and the undo puts back a formula the person had typed", async () => {
  const host = twoForms();
  await typeFormula("项目表二", "E33", '=">="&"95%"');
  const fixes = [...(await fixesOf("项目表")), ...(await fixesOf("项目表二"))].filter(
    (f) => f.fix!.cell === "E33"
  );
  expect(fixes.map((f) => f.sheet)).toEqual(SHEETS);
  const { result, syncs } = await countSyncs(host, () => applyFixes(fixes));
  expect(syncs).toBe(2);
  expect(result).toEqual([
    { sheet: "项目表", cell: "E33", code: fixes[0].code, value: "≥95%", before: ">=95%" },
    { sheet: "项目表二", cell: "E33", code: fixes[1].code, value: "≥95%", before: '=">="&"95%"' },
  ]);
  for (const sheet of SHEETS) expect(host.workbook.values(sheet, "E33")).toEqual([["≥95%"]]);
  expect(fixRecords(host)).toHaveLength(1);
  expect((await fixesToUndo()).map((c) => [c.sheet, c.before])).toEqual([
    ["项目表", ">=95%"],
    ["项目表二", '=">="&"95%"'],
  ]);
  // The person gives the fixed cell a format of their own; the undo puts back the one before.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("项目表").getRange("E33").numberFormat = [["@"]];
    await context.sync();
  });
  await undoFixes();
  expect(host.workbook.values("项目表", "E33")).toEqual([[">=95%"]]);
  expect(host.workbook.sheet("项目表")!.cell(32, 4)?.numberFormat ?? "General").toBe("General");
  expect(host.workbook.sheet("项目表")!.cell(32, 4)?.formula).toBeUndefined();
  expect(host.workbook.sheet("项目表二")!.cell(32, 4)?.formula).toBe('=">="&"95%"');
  // The formula's text is what the check reads again, as before the fix.
  expect((await fixesOf("项目表二")).map((f) => f.fix!.cell)).toContain("E33");
  expect(fixRecords(host)).toHaveLength(0);
});
