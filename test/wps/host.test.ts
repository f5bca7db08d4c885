import { errorText } from "../../src/excel/errors";
import { sampleGrid } from "../support/sampleGrid";
import { wpsHost } from "../../src/wps/operations";
import { FakeEt, FakeSheet } from "../../src/emulator/wps/fakeEt";
import { RECORD_SHEET } from "../../src/wps/marks";
import { FIX_RECORD_SHEET } from "../../src/wps/fixRecord";

/** The sample document's five forms typed into the fake's first sheet, as a person pastes them. */
function withSample(): FakeEt {
  const et = new FakeEt();
  const grid = sampleGrid();
  const sheet = et.sheets[0];
  sheet.name = "样例";
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.cell(r, c, true)!.value = value;
    })
  );
  return et;
}

const snapshotOf = (et: FakeEt) =>
  JSON.stringify(
    et.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].filter(([, c]) => Object.keys(c).length > 0),
      merges: s.merges,
      conditions: s.conditions,
    }))
  );

describe("the WPS host over the fake object model", () => {
  it("checks the sample: form 5's findings on their cells, forms 1–4 without errors", async () => {
    const et = withSample();
    const result = await wpsHost(et.application).checkWorkbook();
    expect(result.report.summary.forms).toBe(5);
    const codes = result.report.files[0].forms.map((f) =>
      f.findings.filter((x) => x.severity === "error").map((x) => x.code)
    );
    expect(codes.slice(0, 4)).toEqual([[], [], [], []]);
    expect(codes[4]).toEqual(
      expect.arrayContaining(["indicator.level2-misplaced", "indicator.level1-missing"])
    );
    expect(result.marked).toBeGreaterThan(0);
    expect(et.sheet("样例").conditions).toHaveLength(result.marked);
  });

  it("clear puts back exactly the workbook the person had, their own comment and fill included", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    const first = await host.checkWorkbook();
    const flagged = first.report.files[0].forms[4].findings[0];
    // The person comments and colours a cell the check marked, then checks again.
    const [row, col] = [flagged.row, flagged.col];
    const personal = (book: FakeEt) => {
      const cell = book.sheet("样例").cell(row, col, true)!;
      cell.comment = "我的批注";
      cell.fill = 0x00ffff;
      return book;
    };
    personal(et);
    const before = snapshotOf(personal(withSample()));
    await host.checkWorkbook();
    expect(snapshotOf(et)).not.toBe(before);
    await host.clearMarks();
    expect(snapshotOf(et)).toBe(before);
    expect(et.sheet("样例").cell(row, col)!.comment).toBe("我的批注");
  });

  it("merges the five forms into a summary that a later check leaves alone", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    const merged = await host.mergeIntoSummary();
    expect(merged.forms).toBe(5);
    const summaryCells = [...et.sheet("汇总表").cells.values()].map((c) => c.value);
    expect(summaryCells).toEqual(
      expect.arrayContaining(["产业发展研究院工作业务经费", "社会事务补助工作经费"])
    );
    expect(et.sheets.map((s) => s.name).slice(0, 3)).toEqual(["汇总表", "指标明细", "检查结果"]);
    const again = await host.checkWorkbook();
    expect(again.report.summary.forms).toBe(5);
    expect(again.skipped).toBe(3);
    // Renamed by the person, the summary is still the add-in's own (its sheet-scoped mark).
    et.sheet("汇总表").name = "我的汇总";
    et.names = [];
    const renamed = await host.checkWorkbook();
    expect([renamed.report.summary.forms, renamed.skipped]).toEqual([5, 3]);
    expect((await host.checkSheet("我的汇总")).report.summary.forms).toBe(0);
    // Merging twice replaces the summary rather than adding another.
    await host.mergeIntoSummary();
    expect(et.sheets.filter((s) => s.name.startsWith("汇总表"))).toHaveLength(1);
  });

  it("inserts the standard form on a new sheet, which reads back as one form", async () => {
    const et = new FakeEt();
    const host = wpsHost(et.application);
    const inserted = await host.insertTemplate({ year: 2026, unit: "某单位" });
    expect(inserted).toEqual({ sheet: "2026绩效目标表", cell: "B4" });
    const sheet = et.sheet("2026绩效目标表");
    expect(sheet.merges.length).toBeGreaterThan(5);
    expect(sheet.cell(0, 0)!.value).toBe("本级预算项目绩效目标表");
    const checked = await host.checkSheet("2026绩效目标表");
    expect(checked.report.summary.forms).toBe(1);
    expect(et.application.ScreenUpdating).toBe(true);
  });
});

describe("the template's input prompts in WPS", () => {
  const validations = (et: FakeEt, name: string) =>
    [...et.sheet(name).cells.entries()]
      .filter(([, c]) => c.validation)
      .map(([k, c]) => [k, c.validation]);

  it("are written with the template and are exactly as inserted after fill, check and clear", async () => {
    const et = new FakeEt();
    const host = wpsHost(et.application);
    const { sheet } = await host.insertTemplate({ year: 2026, unit: "某单位" });
    const value = et.sheet(sheet).cell(11, 4)!.validation!;
    expect(value).toMatchObject({ type: 0, inputTitle: "年度指标值", showInput: true });
    expect(value.inputMessage).toContain("例：≥95%；≤10天；≥3次");
    expect(et.sheet(sheet).cell(5, 2)!.validation!.inputTitle).toBe("金额(万元)");
    expect(et.sheet(sheet).cell(11, 0)!.validation).toMatchObject({
      type: 3,
      inputTitle: "一级指标",
    });
    const inserted = JSON.stringify(validations(et, sheet));
    // The clerk fills it wrong: a placeholder value, a period the reader cannot read, parts that do not add up.
    const typed: [number, number, string | number][] = [
      [3, 1, "培训项目"],
      [3, 4, "明年"],
      [5, 4, 100],
      [6, 4, 30],
      [7, 4, 20],
      [11, 2, "培训人数"],
      [11, 4, "≥**人"],
    ];
    for (const [row, col, v] of typed) et.sheet(sheet).cell(row, col, true)!.value = v;
    const checked = await host.checkWorkbook();
    const marked = et.sheet(sheet).conditions.map((c) => `${c.area.top},${c.area.left}`);
    expect(marked).toEqual(expect.arrayContaining(["3,4", "5,4", "11,4"]));
    expect(checked.marked).toBe(marked.length);
    expect(JSON.stringify(validations(et, sheet))).toBe(inserted);
    await host.clearMarks();
    expect(et.sheet(sheet).conditions).toEqual([]);
    expect(JSON.stringify(validations(et, sheet))).toBe(inserted);
  });
});

describe("自检 over WPS's object model", () => {
  it("passes every item and leaves the workbook as it was", async () => {
    const et = new FakeEt();
    et.sheets[0].cell(0, 0, true)!.value = "我的表";
    const before = snapshotOf(et);
    const { environment, results } = await wpsHost(et.application).selfTest();
    expect(environment.platform).toMatch(/^WPS 表格/);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.id)).toEqual([
      "sheet.add",
      "values.roundTrip",
      "merge.read",
      "conditionalFormat.ours",
      "comment.addDelete",
      "validation.list",
      "cellProperties.fill",
      "names.sheetScoped",
      "sheet.delete",
    ]);
    expect(snapshotOf(et)).toBe(before);
  });

  it("names exactly the behaviour that differs", async () => {
    const et = new FakeEt();
    // A WPS whose merged areas cannot be read back: MergeCells always false.
    const range = et.range.bind(et);
    et.range = (sheet, area) =>
      Object.defineProperty(range(sheet, area), "MergeCells", { get: () => false });
    const { results } = await wpsHost(et.application).selfTest();
    expect(results.filter((r) => !r.ok).map((r) => r.id)).toEqual(["merge.read"]);
  });
});

describe("what the WPS host says when the person must act", () => {
  it("names a vanished sheet and stale fixes in the person's language, not as a bug", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    const vanished = await host.selectCell("不存在的表", "A1").catch((e: unknown) => e);
    expect(errorText(vanished, "zh")).toBe("工作表“不存在的表”不存在。");
    expect(errorText(vanished, "en")).toBe('The sheet "不存在的表" does not exist.');
    const fixes = (await host.checkWorkbook()).report.files[0].forms
      .flatMap((f) => f.findings)
      .filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(0);
    const cell = fixes[0];
    et.sheet("样例").cell(cell.row, cell.col, true)!.value = "改过了";
    const stale = await host.applyFixes(fixes).catch((e: unknown) => e);
    expect(errorText(stale, "zh")).toMatch(/^\d+ 处修正已过时/);
    expect(errorText(stale, "en")).toMatch(/out of date/);
  });
});

describe("the WPS record of the last fixes (src/wps/fixRecord.ts)", () => {
  it("is a very hidden sheet that a clear keeps, an undo removes, and a stranger's rows never fool", async () => {
    const et = withSample();
    const host = wpsHost(et.application);
    const fixes = (await host.checkWorkbook()).report.files[0].forms
      .flatMap((f) => f.findings)
      .filter((f) => f.fix);
    const before = fixes.map((f) => et.sheet("样例").cell(f.row, f.col)?.value);
    const applied = await host.applyFixes(fixes);
    expect(applied.length).toBeGreaterThan(0);
    const record = et.sheet(FIX_RECORD_SHEET);
    expect(record.visible).toBe(2);
    expect(et.active.name).toBe("样例");
    await host.clearMarks();
    expect((await host.fixesToUndo()).length).toBe(applied.length);
    // A row that is not ours in shape (a person unhid the sheet and typed) is no fix.
    record.cell(applied.length, 0, true)!.value = "样例";
    record.cell(applied.length, 3, true)!.value = "不是 JSON";
    expect((await host.fixesToUndo()).length).toBe(applied.length);
    const { undone, edited } = await host.undoFixes();
    expect([undone.length, edited]).toEqual([applied.length, []]);
    expect(fixes.map((f) => et.sheet("样例").cell(f.row, f.col)?.value)).toEqual(before);
    expect(et.sheets.some((s) => s.name === FIX_RECORD_SHEET)).toBe(false);
  });
});

describe("the WPS marks' record", () => {
  it("forgets a sheet the person deleted, so a clear leaves no record sheet behind", async () => {
    const et = withSample();
    et.sheets.push(new FakeSheet("另一张"));
    const host = wpsHost(et.application);
    await host.checkWorkbook();
    expect(et.sheets.some((s) => s.name === RECORD_SHEET)).toBe(true);
    et.worksheet(et.sheet("样例")).Delete();
    await host.clearMarks();
    expect(et.sheets.map((s) => s.name)).toEqual(["另一张"]);
  });
});
