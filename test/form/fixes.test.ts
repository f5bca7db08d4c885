import type { Finding } from "../../src/form/finding";
import { fixesToWrite, staleFixes } from "../../src/form/fixes";
import { parseArea } from "../../src/form/address";
import { checkFile, fileFindings } from "../../src/form/report";
import { sampleGrid } from "../support/sampleGrid";

/** The sample's findings that carry a safe fix, as a check proposes them. */
function proposed(): Finding[] {
  return fileFindings(checkFile("", [sampleGrid()])).filter((f) => f.fix);
}

describe("the fixes a batch writes (docs/addin.md, Fixes)", () => {
  it("writes only findings with a fix, once a cell, the first proposal kept", () => {
    const all = fileFindings(checkFile("", [sampleGrid()]));
    const fixes = all.filter((f) => f.fix);
    const plain = all.find((f) => !f.fix)!;
    expect(fixes.length).toBeGreaterThan(0);
    const twice = { ...fixes[0], code: "other.code", fix: { ...fixes[0].fix!, value: "x" } };
    const written = fixesToWrite([fixes[0], plain, twice, ...fixes.slice(1)]);
    expect(written).toEqual(fixes);
    expect(written[0]).toBe(fixes[0]);
  });

  it("finds none stale on the sheets as checked, and exactly the fix whose cell changed since", () => {
    const fixes = fixesToWrite(proposed());
    expect(staleFixes(fixes, [sampleGrid()])).toEqual([]);
    const grid = sampleGrid();
    const target = fixes[0];
    const { top, left } = parseArea(target.fix!.cell)!;
    grid.values[top][left] = target.fix!.value;
    expect(staleFixes(fixes, [grid])).toEqual([target]);
    // A fix proposing another value than the check's is stale too.
    const other = { ...target, fix: { ...target.fix!, value: `${target.fix!.value}0` } };
    expect(staleFixes([other], [sampleGrid()])).toEqual([other]);
  });
});
