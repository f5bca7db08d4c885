import { AddinError, applyFixes, checkSheet, fixesToUndo, undoFixes } from "../../src/excel";
import { FIX_RECORD_NAMESPACE, fixRecordXml, parseFixRecord } from "../../src/excel/fixRecord";
import type { Finding } from "../../src/form/finding";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, countSyncs, installHost, type Host } from "./host";
import { seedGrid } from "./workbook";

const fixRecords = (host: Host) =>
  host.workbook.customXmlParts.filter((p) => p.namespaceUri === FIX_RECORD_NAMESPACE);

/*
 * 撤销修正 (docs/addin.md, "Fixes"): the fixes' record lives in the workbook, so an undo after the
 * pane reloads (a new call, no memory of ours) restores exactly the values and formats replaced.
 */
describe.each(HOSTS)("fix one, fix all, undo on $name", ({ requirementSets }) => {
  function formSheet(): Host {
    const host = installHost(requirementSets, ["说明"]);
    seedGrid(host.workbook, { ...sampleGrid(), sheet: "项目表" });
    host.workbook.setValues("项目表", "E33", [[">=95%"]]);
    return host;
  }

  const fixable = async () =>
    (await checkSheet("项目表")).report.files[0].forms
      .flatMap((f) => f.findings)
      .filter((f): f is Finding & { fix: NonNullable<Finding["fix"]> } => f.fix !== undefined);

  /**
   * Every cell's content as a person typed it: value, formula, number format, text prefix (the
   * marks' prompts, which each check rewrites, are the marking tests' business).
   */
  const cellsOf = (host: Host): Record<string, string> =>
    Object.fromEntries(
      [...host.workbook.sheet("项目表")!.cells.entries()].map(([key, c]) => [
        key,
        JSON.stringify([c.value, c.formula, c.numberFormat ?? "General", c.quotePrefix ?? false]),
      ])
    );
  /** The cells that differ between two views, named by key, so a failure prints only those. */
  const differing = (a: Record<string, string>, b: Record<string, string>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);

  async function setFormat(cell: string, format: string) {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("项目表").getRange(cell).numberFormat = [[format]];
      await context.sync();
    });
  }

  it("fixes one cell, and the undo after a reload restores its text and number format", async () => {
    const host = formSheet();
    await setFormat("E33", "@");
    const one = (await fixable()).find((f) => f.cell === "E33")!;
    const before = cellsOf(host);
    const applied = await applyFixes([one]);
    expect(applied).toEqual([
      expect.objectContaining({ cell: "E33", value: "≥95%", before: ">=95%" }),
    ]);
    expect(host.workbook.values("项目表", "E33")).toEqual([["≥95%"]]);
    // The fix record, beside the check's record of its marks.
    expect(fixRecords(host)).toHaveLength(1);
    // The pane reloads: nothing of ours remembers the fix but the workbook.
    expect((await fixesToUndo()).map((c) => c.cell)).toEqual(["E33"]);
    const { result, syncs } = await countSyncs(host, () => undoFixes());
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.map((c) => c.cell)).toEqual(["E33"]);
    expect(differing(cellsOf(host), before)).toEqual([]);
    expect(fixRecords(host)).toHaveLength(0);
    await expect(undoFixes()).rejects.toMatchObject({ id: "nothingToUndo" });
  });

  it("undoes all the safe fixes at once, the last batch only, and keeps a later edit", async () => {
    const host = formSheet();
    const all = await fixable();
    expect(all.length).toBeGreaterThan(1);
    const original = cellsOf(host);
    await applyFixes(all.filter((f) => f.cell !== "E33"));
    const afterFirst = cellsOf(host);
    await applyFixes((await fixable()).filter((f) => f.cell === "E33"));
    // Only the last batch is in the record: undo returns to the state after the first.
    await undoFixes();
    expect(differing(cellsOf(host), afterFirst)).toEqual([]);
    expect(differing(cellsOf(host), original)).not.toEqual([]);

    await applyFixes(await fixable());
    host.workbook.setValues("项目表", "E33", [["≥90%"]]);
    const edited = cellsOf(host);
    const refused = await undoFixes().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AddinError);
    expect((refused as AddinError).text("zh")).toContain("项目表!E33");
    expect(differing(cellsOf(host), edited)).toEqual([]);
  });

  it("puts back a formula and a number typed as text exactly", async () => {
    const host = formSheet();
    const fix = (await fixable()).find((f) => f.cell === "E33")!;
    await applyFixes([fix]);
    // A hand-made record of a formula and of digits typed as text, as an older fix would leave it.
    host.workbook.customXmlParts.splice(0);
    host.workbook.customXmlParts.push({
      id: "{1}",
      namespaceUri: FIX_RECORD_NAMESPACE,
      xml: fixRecordXml([
        {
          sheet: "项目表",
          cell: "E33",
          code: "x",
          before: "'007",
          numberFormat: "General",
          after: "≥95%",
        },
      ]),
    });
    await undoFixes();
    expect(host.workbook.values("项目表", "E33")).toEqual([["007"]]);
  });
});

describe("the fix record's text", () => {
  it("round-trips cell text holding markup and quotes, and reads a foreign part as empty", () => {
    const cells = [
      {
        sheet: "表<1>&",
        cell: "B4",
        code: "c",
        before: '</fixes>"]]>',
        numberFormat: "@",
        after: "≥5",
      },
    ];
    const xml = fixRecordXml(cells);
    expect(xml.indexOf("</fixes>")).toBe(xml.length - "</fixes>".length);
    expect(parseFixRecord(xml)).toEqual(cells);
    expect(parseFixRecord("<other/>")).toEqual([]);
    expect(parseFixRecord(`<fixes xmlns="${FIX_RECORD_NAMESPACE}">{"version":2}</fixes>`)).toEqual(
      []
    );
  });
});
