import { mergeIntoSummary } from "../../src/excel";
import { mergedMessage } from "../../src/excel/messages";
import { SUMMARY_RECORD_NAMESPACE } from "../../src/excel/summaryRecord";
import { formPlan, gridFromPlan, readSheet } from "../../src/form";
import { sampleGrid } from "../support/sampleGrid";
import { HOSTS, countSyncs, installHost, type Host } from "./host";
import { workbookState } from "./state";
import { seedGrid, snapshotOf } from "./workbook";

/** Two project forms on their own sheets, as a clerk's workbook holds them. */
function clerksWorkbook(requirementSets?: Record<string, string>): Host {
  const host = installHost(requirementSets, ["说明"]);
  const [first, second] = readSheet(sampleGrid()).forms.map((f) => f.record);
  seedGrid(host.workbook, gridFromPlan(formPlan(first, { sheet: "研究院" })));
  seedGrid(host.workbook, gridFromPlan(formPlan(second, { sheet: "七贤荟" })));
  return host;
}

/** Where a value sits on a sheet, as the person would find it by eye: every cell holding it. */
function cellsHolding(host: Host, sheet: string, value: number): [number, number][] {
  const grid = snapshotOf(host.workbook, sheet);
  return grid.values.flatMap((row, r) =>
    row.flatMap((v, c) => (v === value || v === String(value) ? [[r, c] as [number, number]] : []))
  );
}

const rowOf = (host: Host, sheet: string, text: string): number => {
  const grid = snapshotOf(host.workbook, sheet);
  return grid.values.findIndex((row) =>
    row.some((v) => typeof v === "string" && v.startsWith(text))
  );
};

/** The person types into a cell, as in Excel (a date typed is a number with a date format). */
async function type(sheet: string, address: string, value: string | number, format?: string) {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    if (format) range.numberFormat = [[format]];
    range.values = [[value]];
    await context.sync();
  });
}

describe.each(HOSTS)(
  "a refreshed summary keeps what the person wrote, on $name",
  ({ requirementSets }) => {
    it("merge, sign, fix a form's amount, merge again: the signatures are in the new block and the amount is new", async () => {
      const host = clerksWorkbook(requirementSets);
      await mergeIntoSummary();
      const signed = rowOf(host, "汇总表", "单位负责人") + 1;
      expect(signed).toBeGreaterThan(0);
      await type("汇总表", `A${signed}`, "单位负责人：张三");
      await type("汇总表", `D${signed}`, "财务负责人：李四");
      await type("汇总表", `M${signed}`, 46363, "yyyy-mm-dd");
      // The clerk fixes the first form's amount (11.46 → 12.5 wherever it is written) and adds a form.
      for (const [r, c] of cellsHolding(host, "研究院", 11.46))
        host.workbook.typeValues("研究院", cellAddress(r, c), [[12.5]]);
      const [, , third] = readSheet(sampleGrid()).forms.map((f) => f.record);
      seedGrid(host.workbook, gridFromPlan(formPlan(third, { sheet: "第三个" })));

      const { result, syncs } = await countSyncs(host, () =>
        mergeIntoSummary({ whenChanged: "ask" })
      );
      expect(result.unsaved).toBeUndefined();
      expect(result.kept).toBeUndefined();
      expect(syncs).toBe(4);
      const now = rowOf(host, "汇总表", "单位负责人") + 1;
      expect(now).toBe(signed + 1); // a third project: the block moved down a row
      expect(host.workbook.values("汇总表", `A${now}:M${now}`)[0]).toEqual([
        "单位负责人：张三",
        "",
        "",
        "财务负责人：李四",
        "",
        "",
        "填表人：",
        "",
        "",
        "联系电话：",
        "",
        "",
        46363,
      ]);
      expect(host.workbook.sheet("汇总表")!.cell(now - 1, 12)?.numberFormat ?? "").toBe(
        "yyyy-mm-dd"
      );
      expect(host.workbook.values("汇总表", "G4")).toEqual([[12.5]]);
      expect(host.workbook.sheets.map((s) => s.name)).not.toContain("汇总表（旧）");
    });

    it("a cell the person changed: asked first, 取消 leaves the workbook exactly as it was, 替换 replaces it", async () => {
      const host = clerksWorkbook(requirementSets);
      await mergeIntoSummary();
      await type("汇总表", "B4", "研究院（已核对）");
      const before = workbookState(host.workbook);

      const { result: asked, syncs } = await countSyncs(host, () =>
        mergeIntoSummary({ whenChanged: "ask" })
      );
      expect(syncs).toBe(2);
      expect(asked.unsaved).toEqual([
        expect.objectContaining({
          key: "summary",
          sheet: "汇总表",
          legacy: false,
          rows: [
            expect.objectContaining({
              row: 3,
              cells: expect.arrayContaining([{ col: 1, text: "研究院（已核对）" }]),
            }),
          ],
        }),
      ]);
      expect(workbookState(host.workbook)).toEqual(before); // 取消: the pane simply does not go on

      const replaced = await mergeIntoSummary({ whenChanged: "replace" });
      expect(replaced.unsaved).toBeUndefined();
      expect(host.workbook.values("汇总表", "B4")).toEqual([["产业发展研究院工作业务经费"]]);
      expect(host.workbook.sheets.filter((s) => s.name.startsWith("汇总表"))).toHaveLength(1);
    });

    it("rows typed below the table, with no pane to ask: the old summary is kept as 汇总表（旧）, and never read as a form", async () => {
      const host = clerksWorkbook(requirementSets);
      await mergeIntoSummary();
      await type("汇总表", "A20", "备注：七贤荟项目待主管部门复核");
      await type("指标明细", "A40", "复核意见：指标值偏低");

      const { result, syncs } = await countSyncs(host, () => mergeIntoSummary());
      expect(syncs).toBe(4);
      expect(result.kept).toEqual(["汇总表（旧）", "指标明细（旧）"]);
      expect(result.forms).toBe(2);
      expect(host.workbook.values("汇总表（旧）", "A20")).toEqual([
        ["备注：七贤荟项目待主管部门复核"],
      ]);
      expect(host.workbook.values("汇总表", "A20")).toEqual([[""]]);
      const tables = host.workbook.sheets.flatMap((s) =>
        s.tables.map((t) => `${s.name}:${t.name}`)
      );
      expect(tables).toEqual(
        expect.arrayContaining(["指标明细:指标明细", "指标明细（旧）:指标明细_旧"])
      );
      // Refreshed again, the new summary is untouched: no question, nothing more kept.
      const again = await mergeIntoSummary({ whenChanged: "ask" });
      expect(again.unsaved).toBeUndefined();
      expect(again.forms).toBe(2);
    });

    it("a note typed below the indicators before each of three refreshes: each old sheet kept, its table's name counting up, and the status line names them in English too", async () => {
      const host = clerksWorkbook(requirementSets);
      await mergeIntoSummary();
      const statuses: string[] = [];
      for (const round of [1, 2, 3]) {
        await type("指标明细", "A40", `复核意见第${round}轮`);
        const result = await mergeIntoSummary();
        expect(result.forms).toBe(2);
        statuses.push(mergedMessage(result, "en"));
      }
      const tables = host.workbook.sheets.flatMap((s) =>
        s.tables.map((t) => `${s.name}:${t.name}`)
      );
      expect(tables.sort()).toEqual([
        "指标明细:指标明细",
        "指标明细（旧） (2):指标明细_旧2",
        "指标明细（旧） (3):指标明细_旧3",
        "指标明细（旧）:指标明细_旧",
        "检查结果:检查明细",
      ]);
      expect(host.workbook.values("指标明细（旧） (3)", "A40")).toEqual([["复核意见第3轮"]]);
      expect(statuses[2]).toContain('"指标明细（旧） (3)"');
      expect(statuses[2]).not.toContain("“");
    });

    it("a summary of the version before fingerprints: compared with the new one, asked only where they differ", async () => {
      const host = clerksWorkbook(requirementSets);
      await mergeIntoSummary();
      const parts = host.workbook.customXmlParts;
      parts.splice(
        0,
        parts.length,
        ...parts.filter((p) => p.namespaceUri !== SUMMARY_RECORD_NAMESPACE)
      );
      const untouched = await mergeIntoSummary({ whenChanged: "ask" });
      expect(untouched.unsaved).toBeUndefined();

      parts.splice(
        0,
        parts.length,
        ...parts.filter((p) => p.namespaceUri !== SUMMARY_RECORD_NAMESPACE)
      );
      await type("汇总表", "C5", "2023年全年");
      const asked = await mergeIntoSummary({ whenChanged: "ask" });
      expect(asked.unsaved).toEqual([
        expect.objectContaining({
          key: "summary",
          legacy: true,
          rows: [expect.objectContaining({ row: 4 })],
        }),
      ]);
    });
  }
);

function cellAddress(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}
