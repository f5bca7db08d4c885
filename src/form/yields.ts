import type { Finding } from "./finding";
import type { RuleMeta } from "./message";

/** A finding with the meta of the rule that made it. */
export interface Found {
  meta: RuleMeta;
  finding: Finding;
}

const place = (f: Finding) => `${f.sheet}\u0000${f.cell}`;

/**
 * Findings that agree: one whose rule yields to another code (RuleMeta.yieldsTo) is dropped when
 * that code speaks about the same cell, so a cell never carries two findings that contradict each
 * other (docs/rules.md lists who yields to whom).
 */
export function withoutYielded(found: readonly Found[]): Finding[] {
  const codesAt = new Map<string, Set<string>>();
  for (const { finding } of found) {
    const codes = codesAt.get(place(finding)) ?? new Set<string>();
    codes.add(finding.code);
    codesAt.set(place(finding), codes);
  }
  return found
    .filter(({ meta, finding }) => {
      const there = codesAt.get(place(finding))!;
      return !(meta.yieldsTo ?? []).some((code) => code !== finding.code && there.has(code));
    })
    .map(({ finding }) => finding);
}
