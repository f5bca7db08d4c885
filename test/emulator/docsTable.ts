const START = "<!-- member-sets:start -->";
const END = "<!-- member-sets:end -->";

/** docs/emulator.md with its generated member table replaced. */
export function replaceMemberTable(page: string, table: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error("docs/emulator.md has no member-sets markers");
  return `${page.slice(0, start + START.length)}\n${table}\n${page.slice(end)}`;
}
