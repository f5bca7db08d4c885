import { readSheet } from "../../src/form";
import { FakeEt } from "../../src/emulator/wps/fakeEt";
import { wpsHost } from "../../src/wps/operations";
import { SUMMARY_RECORD_SHEET } from "../../src/wps/summaryRecord";
import { sampleGrid } from "../support/sampleGrid";

/** The sample's five forms pasted into the fake's first sheet. */
function withSample(): FakeEt {
  const et = new FakeEt();
  const sheet = et.sheets[0];
  sheet.name = "样例";
  sampleGrid().values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.cell(r, c, true)!.value = value;
    })
  );
  return et;
}

/** The 1-based row of the first cell starting with `text`, as a person finds it by eye. */
function rowOf(et: FakeEt, sheet: string, text: string): number {
  const hit = [...et.sheet(sheet).cells.entries()].find(
    ([, c]) => typeof c.value === "string" && c.value.startsWith(text)
  );
  return hit ? Number(hit[0].split(",")[0]) + 1 : 0;
}

const everything = (et: FakeEt) =>
  JSON.stringify({
    sheets: et.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells],
      merges: s.merges,
      names: s.names,
    })),
    names: et.names,
  });

describe("a refreshed summary in WPS keeps what the person wrote", () => {
  it("merge, sign, fix a form's amount, merge again: the signatures are in the new block and the amount is new", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    await host.mergeIntoSummary();
    const signed = rowOf(et, "汇总表", "单位负责人");
    expect(signed).toBeGreaterThan(0);
    et.type("汇总表", `A${signed}`, "单位负责人：张三");
    et.type("汇总表", `G${signed}`, "填表人：王五");
    // The first form's 年度金额 is fixed, on the form (the first cell holding 11.46).
    const [amountAt] = [...et.sheet("样例").cells.entries()].filter(
      ([, c]) => c.value === 11.46 || c.value === "11.46"
    );
    const [r, c] = amountAt[0].split(",").map(Number);
    et.sheet("样例").cell(r, c)!.value = 12.5;

    const merged = await host.mergeIntoSummary({ whenChanged: "ask" });
    expect(merged.unsaved).toBeUndefined();
    const now = rowOf(et, "汇总表", "单位负责人");
    expect(et.sheet("汇总表").cell(now - 1, 0)!.value).toBe("单位负责人：张三");
    expect(et.sheet("汇总表").cell(now - 1, 6)!.value).toBe("填表人：王五");
    expect(et.sheet("汇总表").cell(now - 1, 3)!.value).toBe("财务负责人：");
    const first = readSheet(sampleGrid()).forms[0].record;
    expect(first.name).toBe(et.sheet("汇总表").cell(3, 1)!.value);
    expect([5, 6, 7].map((col) => et.sheet("汇总表").cell(3, col)?.value)).toContain(12.5);
    expect(et.sheets.map((s) => s.name)).not.toContain("汇总表（旧）");
  });

  it("a cell the person changed: asked first, 取消 leaves the workbook as it was; without the pane the old sheet is kept", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    await host.mergeIntoSummary();
    et.type("汇总表", "P4", "已复核");
    const before = everything(et);
    const asked = await host.mergeIntoSummary({ whenChanged: "ask" });
    expect(asked.unsaved).toEqual([
      expect.objectContaining({
        key: "summary",
        legacy: false,
        rows: [
          // Only the cell the person added is named: without it the row is as written.
          { row: 3, cells: [{ col: 15, text: "已复核" }], added: true },
        ],
      }),
    ]);
    expect(everything(et)).toBe(before);

    const kept = await host.mergeIntoSummary();
    expect(kept.kept).toEqual(["汇总表（旧）"]);
    expect(et.sheet("汇总表（旧）").cell(3, 15)!.value).toBe("已复核");
    expect(et.sheet("汇总表").cell(3, 15)?.value).toBeUndefined();
    expect(kept.forms).toBe(5);
    expect((await host.checkWorkbook()).skipped).toBe(4);

    const replaced = await host.mergeIntoSummary({ whenChanged: "replace" });
    expect(replaced.kept).toBeUndefined();
    expect(et.sheet(SUMMARY_RECORD_SHEET).visible).toBe(2);
  });
});
