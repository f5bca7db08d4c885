import type { Finding } from "../form/finding";
import { checkFile, fileFindings } from "../form/report";
import { formulaInput } from "./applyPlan";
import { AddinError, runExcel } from "./errors";
import { capabilities } from "./features";
import { queueSnapshot, toSnapshot } from "./snapshot";

export interface AppliedFix {
  sheet: string;
  cell: string;
  code: string;
  value: string;
}

const sameFix = (a: Finding, b: Finding) =>
  a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.fix?.value === b.fix?.value;

/**
 * Write the safe fixes of a report (the findings that carry one) in one batch, all or none
 * (docs/addin.md, "Fixes"). The sheets are read again first: a fix is written only while the
 * same check still proposes it, so a cell the person changed since the check is never
 * overwritten, and if any fix has gone stale none is written. Two syncs.
 */
export async function applyFixes(findings: readonly Finding[]): Promise<AppliedFix[]> {
  const wanted = findings.filter((f) => f.fix);
  if (wanted.length === 0) throw new AddinError("noFixes", {});
  return runExcel("applyFixes", async (context) => {
    const caps = capabilities();
    const names = [...new Set(wanted.map((f) => f.sheet))];
    const pending = names.map((name) =>
      queueSnapshot(context.workbook.worksheets.getItem(name), caps)
    );
    await context.sync();
    const current = fileFindings(checkFile("", pending.map(toSnapshot)));
    const stale = wanted.filter((f) => !current.some((c) => sameFix(c, f)));
    if (stale.length > 0) {
      throw new AddinError("fixesStale", {
        count: stale.length,
        cells: stale.map((f) => `${f.sheet}!${f.cell}`).join(", "),
      });
    }
    const applied: AppliedFix[] = [];
    const written = new Set<string>();
    for (const finding of wanted) {
      const fix = finding.fix!;
      const key = `${finding.sheet}!${fix.cell}`;
      if (written.has(key)) continue;
      written.add(key);
      const range = context.workbook.worksheets.getItem(finding.sheet).getRange(fix.cell);
      range.formulas = [[formulaInput(fix.value)]];
      applied.push({ sheet: finding.sheet, cell: fix.cell, code: finding.code, value: fix.value });
    }
    await context.sync();
    return applied;
  });
}
