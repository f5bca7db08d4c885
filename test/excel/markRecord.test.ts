import { checkSheet, clearMarks } from "../../src/excel";
import { MARK_RECORD_NAMESPACE, parseMarkRecord } from "../../src/excel/markRecord";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, installHost, type Host } from "./host";
import { marksOn, seedGrid } from "./workbook";

/**
 * The record of the marks (src/excel/markRecord.ts) is a custom XML part anyone can write: a part
 * in its namespace that is not in its shape (damaged, or a later version's) lists no marks, and
 * the check writes its own in its place.
 */
const recordParts = (host: Host) =>
  host.workbook.customXmlParts.filter((p) => p.namespaceUri === MARK_RECORD_NAMESPACE);

describe.each(HOSTS)("a record not in our shape, on $name", ({ requirementSets }) => {
  it.each([
    ["a later version's", '{"version":2,"marks":[{"sheet":"x","cell":"A1"}]}'],
    ["damaged", '{"version":1,"marks":"'],
    ["empty", ""],
  ])(
    "%s: check marks and writes its record in its place, clear takes both away",
    async (_, json) => {
      const host = installHost(requirementSets, ["sample"]);
      seedGrid(host.workbook, sampleGrid());
      await Excel.run(async (context) => {
        context.workbook.customXmlParts.add(
          `<marks xmlns="${MARK_RECORD_NAMESPACE}">${json}</marks>`
        );
        await context.sync();
      });
      const { marked, unmarked } = await checkSheet("sample");
      expect(unmarked).toBe(0);
      const marks = marksOn(host.workbook, "sample");
      expect(marks).toHaveLength(marked);
      expect(recordParts(host)).toHaveLength(1);
      const listed = parseMarkRecord(recordParts(host)[0].xml);
      expect(listed.map((m) => m.cell).sort()).toEqual(marks.map((m) => m.cell).sort());
      expect(await clearMarks()).toEqual({ cells: marked, sheets: 1 });
      expect(marksOn(host.workbook, "sample")).toEqual([]);
      expect(recordParts(host)).toEqual([]);
    }
  );
});
