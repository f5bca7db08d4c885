import { readFileSync } from "node:fs";
import { memberSetTable } from "../../src/emulator/memberTable";
import { replaceMemberTable } from "./docsTable";
import { emulate } from "./support";

describe("docs/emulator.md", () => {
  it("shows the requirement set the emulator enforces for every member it answers (npx tsx scripts/emulator-doc.ts)", () => {
    const page = readFileSync("docs/emulator.md", "utf8");
    const table = memberSetTable(emulate().Excel as unknown as Record<string, unknown>);
    expect(replaceMemberTable(page, table)).toBe(page);
    expect(table).toContain("| `Range.getCellProperties` | ExcelApi 1.9 |");
    expect(table).toContain("| `CommentCollection.getItemOrNullObject` | ExcelApi 1.14 |");
  });
});
