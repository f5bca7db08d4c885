import type { Finding } from "./finding";
import { checkFile, fileFindings } from "./report";
import type { GridSnapshot } from "./grid";

/**
 * What both hosts share of writing a check's safe fixes (docs/addin.md, "Fixes"): which fixes a
 * batch writes, and which of them the sheets as they are now no longer propose.
 */
export interface AppliedFix {
  sheet: string;
  cell: string;
  code: string;
  value: string;
  /** What the cell held before, as typed (its formula or constant); hosts without a record omit it. */
  before?: string;
}

const sameFix = (a: Finding, b: Finding) =>
  a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.fix?.value === b.fix?.value;

/** The findings that carry a fix, one per cell: two proposing a change to one cell write it once. */
export function fixesToWrite(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!f.fix) return false;
    const key = `${f.sheet}!${f.fix.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The fixes the same check of the sheets read again no longer proposes: a cell changed since,
 * which a fix must never overwrite.
 */
export function staleFixes(
  wanted: readonly Finding[],
  sheetsNow: readonly GridSnapshot[]
): Finding[] {
  const current = fileFindings(checkFile("", sheetsNow));
  return wanted.filter((f) => !current.some((c) => sameFix(c, f)));
}
