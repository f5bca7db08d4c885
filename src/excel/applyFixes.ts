import type { Finding } from "../form/finding";
import { fixesToWrite, staleFixes, type AppliedFix } from "../form/fixes";
import { formulaInput } from "./applyPlan";
import { AddinError, runExcel } from "./errors";
import { capabilities } from "./features";
import { FIX_RECORD_NAMESPACE, fixRecordXml, type FixedCell } from "./fixRecord";
import { queueSnapshot, toSnapshot } from "./snapshot";

/**
 * What to write to put a cell back as it was: its formula, or its constant as typed (text that
 * Excel would read as a number keeps its apostrophe).
 */
function asTyped(formula: unknown, value: unknown): string | number | boolean {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  if (typeof value === "number") return value;
  // Stryker disable next-line StringLiteral: no rule proposes a fix for a cell holding TRUE or FALSE
  if (typeof value === "boolean") return value;
  return formulaInput(String(value ?? "")) as string;
}

/**
 * Write the safe fixes of a report (the findings that carry one) in one batch, all or none
 * (docs/addin.md, "Fixes"). The sheets are read again first: a fix is written only while the
 * same check still proposes it, so a cell the person changed since the check is never
 * overwritten, and if any fix has gone stale none is written. What each cell held before (its
 * formula and number format) replaces the workbook's fix record, for 撤销修正. Two syncs.
 */
export async function applyFixes(findings: readonly Finding[]): Promise<AppliedFix[]> {
  const wanted = fixesToWrite(findings);
  if (wanted.length === 0) throw new AddinError("noFixes", {});
  return runExcel("applyFixes", async (context) => {
    const caps = capabilities();
    const sheets = context.workbook.worksheets;
    const names = [...new Set(wanted.map((f) => f.sheet))];
    const pending = names.map((name) => queueSnapshot(sheets.getItem(name), caps));
    const ranges = wanted.map((f) =>
      sheets.getItem(f.sheet).getRange(f.fix!.cell).load("formulas, values, numberFormat")
    );
    const records = context.workbook.customXmlParts.getByNamespace(FIX_RECORD_NAMESPACE);
    records.load("items/id");
    await context.sync();
    const stale = staleFixes(wanted, pending.map(toSnapshot));
    if (stale.length > 0) {
      throw new AddinError("fixesStale", {
        count: stale.length,
        cells: stale.map((f) => `${f.sheet}!${f.cell}`).join(", "),
      });
    }
    const fixed: FixedCell[] = wanted.map((finding, i) => ({
      sheet: finding.sheet,
      cell: finding.fix!.cell,
      code: finding.code,
      before: asTyped(ranges[i].formulas[0][0], ranges[i].values[0][0]),
      // Stryker disable next-line StringLiteral: Excel gives every cell a number format ("General" by default), never null
      numberFormat: String(ranges[i].numberFormat[0][0] ?? "General"),
      after: finding.fix!.value,
    }));
    wanted.forEach((f, i) => (ranges[i].formulas = [[formulaInput(fixed[i].after)]]));
    records.items.forEach((part) => part.delete());
    context.workbook.customXmlParts.add(fixRecordXml(fixed));
    await context.sync();
    return wanted.map((f, i) => ({
      sheet: f.sheet,
      cell: f.fix!.cell,
      code: f.code,
      value: f.fix!.value,
      before: String(fixed[i].before),
    }));
  });
}
