import { BY_ARGUMENT_NOTES, libraryRequirements } from "./requirements";
import { TYPES } from "./types";

/**
 * Every member the emulator answers, with the requirement set it enforces for it: the set the
 * Office.js library records for the member, or none of its own (then the member is as old as its
 * class, which is reached only through members that carry a set). docs/emulator.md shows it.
 */
export function memberSetRows(excel: Record<string, unknown>): [string, string][] {
  const known = libraryRequirements(excel);
  const rows = new Map<string, string>();
  for (const type of Object.values(TYPES)) {
    const members = [
      ...Object.keys(type.get ?? {}),
      ...Object.keys(type.nav ?? {}),
      ...Object.keys(type.methods ?? {}),
    ].filter((m) => !m.startsWith("_"));
    for (const member of members) {
      const need = known(type.className, member);
      rows.set(`${type.className}.${member}`, need ? `${need.set} ${need.version}` : "its class");
    }
  }
  for (const [member, note] of Object.entries(BY_ARGUMENT_NOTES)) rows.set(member, note);
  return [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function memberSetTable(excel: Record<string, unknown>): string {
  const lines = memberSetRows(excel).map(([member, set]) => `| \`${member}\` | ${set} |`);
  return ["| member | requirement set |", "| --- | --- |", ...lines].join("\n");
}
