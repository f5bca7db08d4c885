import { AddinError, checkSheet, clearMarks } from "../../src/excel";
import { MARK_TAG } from "../../src/excel/marks";
import { sampleGrid } from "../support/sampleGrid";
import { installHost, type Host } from "./host";
import { callsDuring } from "./officeCalls";
import { marksOn, seedGrid } from "./workbook";

/**
 * A check that fails while writing takes off the marks it wrote on its own sheets only
 * (src/excel/unmark.ts, given sheets): the record keeps listing the marks of the other sheets, so
 * that a later clear still removes their comments. ExcelApi 1.10 refuses a comment on a merged
 * area's covered cell, which fails the check of the sheet where a finding sits in one.
 */
function twoSheets(): Host {
  const host = installHost({ ExcelApi: "1.10" }, ["sample", "第二张"]);
  seedGrid(host.workbook, sampleGrid());
  seedGrid(host.workbook, { ...sampleGrid(), sheet: "第二张" });
  // B137's finding, covered by a merge with its empty left neighbour A137.
  host.workbook.sheet("sample")!.merges.push({ top: 136, left: 0, bottom: 136, right: 1 });
  return host;
}

const ourComments = (host: Host, sheet: string) =>
  host.workbook.comments.filter(
    (c) => c.sheet === host.workbook.sheet(sheet) && c.content.startsWith(MARK_TAG)
  );

describe("a check that fails on one sheet, ExcelApi 1.10", () => {
  it("leaves the other sheet's marks, comments included, and listed: a later clear removes them", async () => {
    const host = twoSheets();
    const second = await checkSheet("第二张");
    expect(ourComments(host, "第二张")).toHaveLength(second.marked);
    const loads = await callsDuring(host, "load", async () => {
      await expect(checkSheet("sample")).rejects.toBeInstanceOf(AddinError);
    });
    // What the failed check wrote is gone, and only from its own sheet.
    expect(marksOn(host.workbook, "sample")).toEqual([]);
    expect(ourComments(host, "sample")).toEqual([]);
    expect(marksOn(host.workbook, "第二张")).toHaveLength(second.marked);
    // The other sheet's comments stay, though it is the same form with the same messages.
    expect(ourComments(host, "第二张")).toHaveLength(second.marked);
    // Its clean-up, like the check, loads only properties it names.
    expect(loads.filter(({ first }) => typeof first !== "string" || first.trim() === "")).toEqual(
      []
    );
    const cleared = await clearMarks();
    expect(cleared).toEqual({ cells: second.marked, sheets: 1 });
    expect(marksOn(host.workbook, "第二张")).toEqual([]);
    expect(ourComments(host, "第二张")).toEqual([]);
    expect(host.workbook.comments).toEqual([]);
  });
});
