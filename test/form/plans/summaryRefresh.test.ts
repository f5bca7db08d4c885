import { readSheet } from "../../../src/form";
import type { CellValue } from "../../../src/form/grid";
import {
  changedRows,
  planFingerprint,
  writtenRows,
  type OwnSheetCells,
} from "../../../src/form/sheetFingerprint";
import type { SummaryItem } from "../../../src/form/summary";
import {
  decideRefresh,
  keptOnRefresh,
  keptSheetName,
  parseFingerprints,
  refreshSummary,
} from "../../../src/form/summaryRefresh";
import { sampleGrid } from "../../support/sampleGrid";
import { opsOf } from "./support";

const items = (count = 5): SummaryItem[] =>
  readSheet(sampleGrid())
    .forms.slice(0, count)
    .map((form, i) => ({
      record: form.record,
      findings: [],
      sheet: `表${i + 1}`,
      cell: "A1",
      source: `表${i + 1}`,
    }));

/** A written plan read back as Excel reads it: formulas as results, links as their text. */
function readBack(refresh: ReturnType<typeof refreshSummary>, key = 0): OwnSheetCells {
  const rows = writtenRows(refresh.book.plans[key]);
  const height = Math.max(...rows.keys()) + 1;
  const values: CellValue[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: 16 }, (_, c) => rows.get(r)?.get(c) ?? null)
  );
  return { sheet: refresh.book.sheets.summary, origin: { row: 0, col: 0 }, values };
}

const fresh = (count = 5) => refreshSummary(items(count), {}, {}, null);
const edited = (cells: OwnSheetCells, row: number, col: number, value: CellValue) => {
  const values = cells.values.map((line) => [...line]);
  (values[row] ??= [])[col] = value;
  return { ...cells, values };
};

describe("a summary's fingerprint: what the add-in wrote, to know what the person wrote", () => {
  it("finds nothing on a summary read back as written, nor with Excel's floating totals or rows moved", () => {
    const first = fresh();
    const old = readBack(first);
    const refreshed = refreshSummary(items(), {}, { summary: old }, first.fingerprints);
    expect(refreshed.changes).toEqual([]);
    // 合计 as Excel's SUM gives it (0.1 + 0.2), and a blank row the person inserted above it.
    const total = old.values.findIndex((row) => row[0] === "合计");
    const floating = edited(old, total, 5, Number(old.values[total][5]) + 1e-14);
    const moved = {
      ...floating,
      values: [...floating.values.slice(0, 4), [], ...floating.values.slice(4)],
    };
    expect(changedRows(moved, first.fingerprints.summary)).toEqual([]);
  });

  it("names the one cell the person added to a row, and every cell of a row they changed", () => {
    const first = fresh();
    const noted = edited(readBack(first), 4, 15, "已复核");
    expect(changedRows(noted, first.fingerprints.summary)).toEqual([
      { row: 4, cells: [{ col: 15, text: "已复核" }], added: true },
    ]);
    const changed = edited(readBack(first), 4, 5, 99);
    const [row] = changedRows(changed, first.fingerprints.summary);
    expect(row).toMatchObject({ row: 4, added: false });
    expect(row.cells).toContainEqual({ col: 5, text: "99" });
    expect(row.cells.length).toBeGreaterThan(5);
    const below = edited(readBack(first), 30, 0, "备注");
    expect(changedRows(below, first.fingerprints.summary)).toEqual([
      { row: 30, cells: [{ col: 0, text: "备注" }], added: false },
    ]);
  });

  it("carries the signatures into the new block, wherever the number of projects puts it", () => {
    const first = fresh(3);
    const old = readBack(first);
    const signed = old.values.findIndex((row) => row[0] === "单位负责人：");
    let person = edited(old, signed, 0, "单位负责人：张三");
    // 财务负责人's name in a covered cell of its slot: the person unmerged D:F to write it.
    person = edited(person, signed, 4, "李四");
    person = edited(person, signed, 12, 46363);
    person = {
      ...person,
      formats: person.values.map((row, r) =>
        row.map((_, c) => (r === signed && c === 12 ? "yyyy-mm-dd" : "General"))
      ),
    };
    const refreshed = refreshSummary(items(5), {}, { summary: person }, first.fingerprints);
    expect(refreshed.changes).toEqual([]);
    const now = readBack(refreshed);
    const row = now.values.findIndex((r) => r[0] === "单位负责人：张三");
    expect(row).toBe(signed + 2);
    expect([now.values[row][4], now.values[row][12]]).toEqual(["李四", 46363]);
    const plan = refreshed.book.plans[0];
    const merges = opsOf(plan, "merge").map((m) => m.range);
    expect(merges).not.toContain(`D${row + 1}:F${row + 1}`);
    expect(merges).toContain(`A${row + 1}:C${row + 1}`);
    expect(opsOf(plan, "format")).toContainEqual({
      kind: "format",
      range: `M${row + 1}`,
      format: { numberFormat: "yyyy-mm-dd" },
    });
  });

  it("compares a summary of the version before fingerprints with the new one", () => {
    const old = readBack(fresh());
    expect(refreshSummary(items(), {}, { summary: old }, null).changes).toEqual([]);
    const changes = refreshSummary(items(4), {}, { summary: old }, null).changes;
    expect(changes).toEqual([expect.objectContaining({ key: "summary", legacy: true })]);
  });

  it("asks, keeps or replaces as told, only where the person wrote; reads back only fingerprints in shape", () => {
    const change = { key: "summary" as const, sheet: "汇总表", rows: [], legacy: false };
    expect(keptOnRefresh([], "ask")).toEqual([]);
    expect(keptOnRefresh([change], "ask")).toBe("ask");
    expect(keptOnRefresh([change], "keep")).toEqual(["summary"]);
    expect(keptOnRefresh([change], "replace")).toEqual([]);
    expect(keptSheetName("汇总表", new Set(["汇总表（旧）"]))).toBe("汇总表（旧） (2)");
    expect(parseFingerprints({ summary: { rows: ["a"] }, checks: { rows: [1] } })).toEqual({
      summary: { rows: ["a"] },
    });
    expect(parseFingerprints("x")).toBeNull();
    expect(parseFingerprints({})).toBeNull();
    expect(planFingerprint(fresh().book.plans[0]).rows.length).toBeGreaterThan(8);
  });

  it("decides a refresh for both hosts: asked with nothing to write, else the sheets to keep (keep by default)", () => {
    const old = { summary: readBack(fresh()) };
    const sheets = { summary: "汇总表" };
    const asked = decideRefresh(items(4), { sheets, whenChanged: "ask" }, old, null);
    expect(asked).toEqual({ asked: expect.objectContaining({ unsaved: [expect.anything()] }) });
    const kept = decideRefresh(items(4), { sheets }, old, null);
    expect("keep" in kept && kept.keep).toEqual(["summary"]);
    const replaced = decideRefresh(items(4), { sheets, whenChanged: "replace" }, old, null);
    expect("keep" in replaced && replaced.keep).toEqual([]);
    const untouched = decideRefresh(items(), { sheets, whenChanged: "ask" }, old, null);
    expect("keep" in untouched && untouched.keep).toEqual([]);
    expect("refresh" in untouched && untouched.refresh.book.sheets.summary).toBe("汇总表");
  });
});
