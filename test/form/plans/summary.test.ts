import { readSheet } from "../../../src/form";
import {
  HEADER_FILL,
  PRINT_WIDTH_LIMIT,
  summaryPlan,
  type SummaryItem,
} from "../../../src/form/summary";
import { AMOUNT_FORMAT } from "../../../src/form/template";
import type { CellInput, SheetPlan } from "../../../src/form/plan";
import type { FormRecord, Indicator } from "../../../src/form/record";
import { parseIndicatorValue } from "../../../src/form/value";
import { checkPlan } from "../../../src/form/summaryChecks";
import { indicatorPlan } from "../../../src/form/summaryIndicators";
import { displayWidth, fitColumn } from "../../../src/form/textWidth";
import { column } from "../../support/records";
import { sampleGrid } from "../../support/sampleGrid";
import { cellsOf, finding, opsOf } from "./support";

const options = { year: 2023, unit: "某单位" };
/** The merged areas of the signature row: 单位负责人 … 填报日期 over A–N. */
const SIGNATURE_MERGES = (row: number) =>
  ["A:C", "D:F", "G:I", "J:L", "M:N"].map((cols) => cols.replace(/(\w):(\w)/, `$1${row}:$2${row}`));

// The sample's records and plans are made in each test (beforeEach), not as the file loads, so that
// a mutation run counts the tests that reach them.
let records: FormRecord[];
let items: SummaryItem[];
beforeEach(() => {
  records = readSheet(sampleGrid()).forms.map((f) => f.record);
  items = records.map((record, i) => ({
    record,
    findings: [],
    sheet: `表${i + 1}`,
    cell: "A1",
    source: `form-${i + 1}.xlsx`,
  }));
});
describe("summaryPlan: the official sheet", () => {
  let plan: SheetPlan;
  let cells: Map<string, CellInput>;
  beforeEach(() => {
    plan = summaryPlan(items, options);
    cells = cellsOf(plan);
  });
  const header = [
    "A3",
    "B3",
    "C3",
    "D3",
    "E3",
    "F3",
    "G3",
    "H3",
    "I3",
    "J3",
    "K3",
    "L3",
    "M3",
    "N3",
    "O3",
  ];

  it("titles the year and names the unit, 单位：万元 at the right edge of the table", () => {
    expect(cells.get("A1")).toBe("2023年项目支出绩效目标汇总表");
    expect(cells.get("A2")).toBe("编制单位：某单位");
    expect(cells.get("N2")).toBe("单位：万元");
    expect(cells.get("N3")).toBe("校验结果");
    expect(cells.get("O3")).toBe("原表");
    expect(cells.has("P3")).toBe(false);
    expect(opsOf(plan, "format")).toContainEqual({
      kind: "format",
      range: "N2",
      format: { horizontal: "right" },
    });
  });

  it("keeps findings off the official sheet", () => {
    const titles = header.map((cell) => cells.get(cell));
    expect(titles).not.toContain("错误");
    expect(titles).not.toContain("警告");
    expect(titles).toContain("年度金额");
  });

  it("totals with SUM formulas that carry the exact totals", () => {
    expect(cells.get("A9")).toBe("合计");
    expect(cells.get("G9")).toEqual({ formula: "=SUM(G4:G8)", result: 1027.56 });
    expect(cells.get("J9")).toEqual({
      formula: "=SUM(J4:J8)",
      result: records.reduce(
        (n, r) => n + r.indicators.filter((i) => i.level1 === "产出指标").length,
        0
      ),
    });
  });

  it("adds amounts exactly: 0.1 + 0.2 is 0.3", () => {
    const tenths = ["0.1", "0.2"].map((total, i) => ({
      ...items[i],
      record: { ...items[i].record, funding: { period: null, annual: column(total, total) } },
    }));
    expect(cellsOf(summaryPlan(tenths, options)).get("G6")).toEqual({
      formula: "=SUM(G4:G5)",
      result: 0.3,
    });
  });

  it("links each project to its form's copy", () => {
    expect(opsOf(plan, "link")).toEqual(
      items.map((item, i) => ({
        kind: "link",
        cell: `O${4 + i}`,
        sheet: item.sheet,
        target: "A1",
        text: item.source,
      }))
    );
  });

  it("gives project names room: the column fits the longest, within its ceiling", () => {
    const [widths] = opsOf(plan, "columnWidths");
    const longest = Math.max(...records.map((r) => displayWidth(r.name ?? "")));
    expect(widths.widths[1]).toBe(Math.min(longest + 2, 26));
    expect(widths.widths[1]).toBeGreaterThan(displayWidth("项目名称") + 2);
  });

  it("prints landscape, one page wide, the header on every page", () => {
    expect(opsOf(plan, "print")).toEqual([
      expect.objectContaining({
        orientation: "landscape",
        fitToWidth: true,
        paper: "A4",
        titleRows: "3:3",
      }),
    ]);
  });

  it("says under the table how many inputs were left out, and where to read why", () => {
    const left = summaryPlan(items, {
      ...options,
      leftOut: 1,
      checkSheet: "检查结果",
    });
    expect(cellsOf(left).get("A10")).toBe(
      "注：另有 1 个文件或表格未计入汇总，原因见“检查结果”表。"
    );
    expect(cellsOf(plan).get("A10")).toBeUndefined();
  });

  it("lays the table out as an official sheet: merged title and unit line, header, borders, 合计", () => {
    expect(opsOf(plan, "merge").map((op) => op.range)).toEqual([
      ...SIGNATURE_MERGES(12),
      "A1:N1",
      "A2:M2",
      "A9:E9",
    ]);
    const formats = opsOf(plan, "format").map(({ range, format }) => [range, format]);
    expect(formats).toEqual(
      expect.arrayContaining([
        ["A1", { font: { bold: true, size: 16 }, horizontal: "center" }],
        ["A3:O9", { border: "thin", vertical: "middle", wrap: true }],
        ["A3:O3", { font: { bold: true }, fill: HEADER_FILL, horizontal: "center" }],
        ["A9:O9", { font: { bold: true } }],
        ["A9", { horizontal: "center" }],
        ["F4:I9", { numberFormat: AMOUNT_FORMAT }],
      ])
    );
    expect(opsOf(plan, "rowHeight")).toContainEqual({ kind: "rowHeight", range: "A1", height: 30 });
    expect(opsOf(plan, "freeze")).toEqual([{ kind: "freeze", rows: 3, columns: 2 }]);
  });

  it("prints the table, the note under it and the signatures, but not the 原表 links", () => {
    expect(opsOf(plan, "print")[0].area).toBe("A1:N12");
    const empty = summaryPlan([], options);
    expect(opsOf(empty, "print")[0].area).toBe("A1:N7");
    expect(opsOf(empty, "merge").map((op) => op.range)).toEqual([
      ...SIGNATURE_MERGES(7),
      "A1:N1",
      "A2:M2",
      "A4:E4",
    ]);
  });

  it("ends with the signatures a submitted summary carries, a blank row above them", () => {
    expect(["A12", "D12", "G12", "J12", "M12"].map((c) => cells.get(c))).toEqual([
      "单位负责人：",
      "财务负责人：",
      "填表人：",
      "联系电话：",
      "填报日期：",
    ]);
    expect(["A10", "A11"].map((c) => cells.get(c))).toEqual([undefined, undefined]);
    expect(opsOf(plan, "rowHeight")).toContainEqual({
      kind: "rowHeight",
      range: "A12",
      height: 36,
    });
  });

  it("says per project in words whether it passed: 通过, or its errors and warnings (advice aside)", () => {
    const judged = summaryPlan(
      [
        { ...items[0], findings: [finding("原", "E12", "info")] },
        {
          ...items[1],
          findings: [
            finding("原", "E12", "error"),
            finding("原", "E13", "error"),
            finding("原", "E14", "warning"),
            finding("原", "E15", "info"),
          ],
        },
        { ...items[2], findings: [finding("原", "E14", "warning")] },
      ],
      options
    );
    expect(["N4", "N5", "N6"].map((c) => cellsOf(judged).get(c))).toEqual([
      "通过",
      "2 个错误、1 个警告",
      "1 个警告",
    ]);
    const texts = [...cellsOf(judged).values()].map(String).join("\n");
    expect(texts).not.toMatch(/x\.(error|warning|info)/);
  });

  it("prints its body at 9 pt or more: the printed columns at their ceilings fit the limit", () => {
    const long = "很长的名字".repeat(20);
    const widest = summaryPlan(
      items.map((item) => ({
        ...item,
        source: long,
        record: {
          ...item.record,
          name: long,
          department: long,
          implementer: long,
          period: { raw: long, start: null, end: null },
        },
        findings: [finding("原", "E12", "error"), finding("原", "E13", "warning")],
      })),
      options
    );
    const widths = opsOf(widest, "columnWidths")[0].widths;
    const printed = widths.slice(0, 14);
    expect(printed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PRINT_WIDTH_LIMIT);
    // A4 landscape within 0.7 in margins is 741 pt; an 11 pt body scaled to fit must stay ≥ 9 pt.
    const points = printed.reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
    expect(11 * Math.min(1, 741 / points)).toBeGreaterThanOrEqual(9);
  });

  it("gives each project its amounts and its indicators counted by 一级", () => {
    const row = (i: number) =>
      ["F", "G", "H", "I", "J", "K", "L", "M"].map((col) => cells.get(`${col}${4 + i}`));
    records.forEach((record, i) => {
      const counted = (level1: string) =>
        record.indicators.filter((indicator) => indicator.level1 === level1).length;
      const money = (v: string | null | undefined) => (v == null ? null : Number(v));
      expect(row(i)).toEqual([
        money(record.funding.period?.total),
        money(record.funding.annual?.total),
        money(record.funding.annual?.fiscal),
        money(record.funding.annual?.other) ?? 0,
        counted("产出指标"),
        counted("效益指标"),
        counted("满意度指标"),
        counted("成本指标"),
      ]);
      expect(cells.get(`A${4 + i}`)).toBe(i + 1);
      expect(cells.get(`B${4 + i}`)).toBe(record.name);
      expect(cells.get(`C${4 + i}`)).toBe(record.period?.raw);
    });
    expect(records.some((r) => r.funding.annual?.other === null)).toBe(true);
  });

  it("writes blanks, not words, for what a form does not say", () => {
    const bare = summaryPlan(
      [
        {
          ...items[0],
          record: { ...records[0], name: null, period: null, department: null, implementer: null },
        },
      ],
      { year: null, unit: null }
    );
    const bareCells = cellsOf(bare);
    expect(bareCells.get("A1")).toBe("年项目支出绩效目标汇总表");
    expect(bareCells.get("A2")).toBe("编制单位：");
    expect(["B4", "C4", "D4", "E4"].map((c) => bareCells.get(c))).toEqual(["", "", "", ""]);
    expect(bare.sheet).toBe("汇总表");
    expect(summaryPlan(items, { ...options, sheet: "汇总" }).sheet).toBe("汇总");
  });

  it("gives a row room for a project name longer than its column, and only that row", () => {
    const long = "项目".repeat(30);
    const pair = [items[0], items[1]];
    const heights = (plan: ReturnType<typeof summaryPlan>) =>
      Object.fromEntries(opsOf(plan, "rowHeight").map((op) => [op.range, op.height]));
    const before = heights(summaryPlan(pair, options));
    const plan = summaryPlan(
      [{ ...items[0], record: { ...records[0], name: long } }, items[1]],
      options
    );
    expect(opsOf(plan, "columnWidths")[0].widths[1]).toBe(26);
    const lines = Math.ceil(displayWidth(long) / 25);
    expect(heights(plan)).toEqual({ ...before, A4: lines * 15 + 2 });
    expect(before.A4 ?? 0).toBeLessThan(lines * 15 + 2);
  });

  it("says nothing under the table when every input was merged", () => {
    const none = summaryPlan(items, { ...options, leftOut: 0, checkSheet: "检查结果" });
    expect(cellsOf(none).get("A10")).toBeUndefined();
    const unnamed = summaryPlan(items, { ...options, leftOut: 2 });
    expect(cellsOf(unnamed).get("A10")).toBe("注：另有 2 个文件或表格未计入汇总。");
  });

  it("writes whole rows of 15 cells and only plan operations", () => {
    const [values] = opsOf(plan, "values");
    expect(values.values.every((row) => row.length === 15)).toBe(true);
    expect(plan.ops.every((op) => typeof op === "object" && typeof op.kind === "string")).toBe(
      true
    );
  });

  it("totals only amounts and counts: the text columns and 原表 stay blank in 合计", () => {
    expect(["B9", "C9", "D9", "E9", "N9", "O9"].map((c) => cells.has(c))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("writes blanks for a form with no annual column, and 0 for its other funds", () => {
    const bare = {
      ...items[0],
      record: { ...records[0], funding: { period: null, annual: null } },
    };
    const row = cellsOf(summaryPlan([bare], options));
    expect(["F4", "G4", "H4"].map((c) => row.has(c))).toEqual([false, false, false]);
    expect(row.get("I4")).toBe(0);
  });

  it("keeps a column of blanks as wide as its header, within its ceiling", () => {
    const noPeriod = items.map((item) => ({
      ...item,
      record: { ...item.record, funding: { ...item.record.funding, period: null } },
    }));
    expect(opsOf(summaryPlan(noPeriod, options), "columnWidths")[0].widths[5]).toBe(
      fitColumn(["实施期金额"], 10, 12)
    );
  });

  it("fits the 原表 column to the longest source name", () => {
    const named = items.map((item, i) => ({
      ...item,
      source: i === 2 ? "某某单位-2023-项目三.xlsx" : item.source,
    }));
    const widths = opsOf(summaryPlan(named, options), "columnWidths")[0].widths;
    expect(widths[14]).toBe(displayWidth("某某单位-2023-项目三.xlsx") + 2);
  });

  it("writes zeros, not SUM over nothing, when there is no project", () => {
    expect(cellsOf(summaryPlan([], options)).get("G4")).toBe(0);
  });
});

describe("indicatorPlan: every indicator on its own sheet", () => {
  let plan: SheetPlan;
  beforeEach(() => {
    plan = indicatorPlan(items);
    count = records.reduce((n, r) => n + r.indicators.length, 0);
  });
  let count: number;

  it("has a header and one row per indicator, filterable", () => {
    const [values] = opsOf(plan, "values");
    expect(values.values).toHaveLength(count + 1);
    expect(values.values[0].slice(0, 5)).toEqual([
      "序号",
      "项目名称",
      "一级指标",
      "二级指标",
      "三级指标",
    ]);
    expect(values.values[1].slice(1, 6)).toEqual([
      records[0].name,
      records[0].indicators[0].level1,
      records[0].indicators[0].level2,
      records[0].indicators[0].name,
      records[0].indicators[0].value.raw,
    ]);
    expect(opsOf(plan, "filter")).toEqual([
      { kind: "filter", range: `A1:J${count + 1}`, name: "指标明细" },
    ]);
  });

  it("fits its own widths: the project name column is wider than the summary's 序号", () => {
    const [widths] = opsOf(plan, "columnWidths");
    expect(widths.widths[1]).toBeGreaterThanOrEqual(20);
    expect(opsOf(plan, "print")[0]).toMatchObject({ orientation: "landscape", titleRows: "1:1" });
  });

  it("writes each value's operator, number (as a number), unit and kind in Chinese", () => {
    const indicator = (name: string, raw: string): Indicator => ({
      ...records[0].indicators[0],
      name,
      value: parseIndicatorValue(raw),
    });
    const values = [
      ["次数", "≥3次"],
      ["比例", "1,000.5%"],
      ["质量", "良好"],
      ["时间", "2023年12月底前"],
      ["空", ""],
    ] as const;
    const one = {
      ...items[0],
      record: { ...records[0], indicators: values.map(([n, raw]) => indicator(n, raw)) },
    };
    const rows = opsOf(indicatorPlan([one]), "values")[0].values.slice(1);
    expect(rows.map((row) => row.slice(5))).toEqual([
      ["≥3次", "≥", 3, "次", "定量"],
      ["1,000.5%", null, 1000.5, "%", "定量"],
      ["良好", null, null, null, "定性"],
      ["2023年12月底前", null, null, null, "时间"],
      ["", null, null, null, "未填"],
    ]);
    expect(rows.map((row) => row[0])).toEqual([1, 1, 1, 1, 1]);
    const widths = opsOf(indicatorPlan([one]), "columnWidths")[0].widths;
    expect(widths.slice(6, 9)).toEqual([6, 8, 6]);
    const unnamed = { ...one, record: { ...one.record, name: null } };
    expect(opsOf(indicatorPlan([unnamed]), "values")[0].values[1][1]).toBe("");
  });

  it("numbers the projects, not the indicators", () => {
    const [values] = opsOf(plan, "values");
    const firstOfSecond = records[0].indicators.length + 1;
    expect(values.values[1][0]).toBe(1);
    expect(values.values[firstOfSecond][0]).toBe(2);
    expect(values.values[firstOfSecond][1]).toBe(records[1].name);
  });

  it("borders the table, marks its header, freezes the header and the project's columns", () => {
    const end = `J${records.reduce((n, r) => n + r.indicators.length, 0) + 1}`;
    expect(opsOf(plan, "format")).toEqual([
      {
        kind: "format",
        range: `A1:${end}`,
        format: { border: "thin", vertical: "middle", wrap: true },
      },
      {
        kind: "format",
        range: "A1:J1",
        format: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center" },
      },
    ]);
    expect(opsOf(plan, "freeze")).toEqual([{ kind: "freeze", rows: 1, columns: 2 }]);
    expect(opsOf(plan, "print")[0]).toMatchObject({ paper: "A4", fitToWidth: true });
    expect(plan.sheet).toBe("指标明细");
    expect(indicatorPlan(items, { sheet: "明细" }).sheet).toBe("明细");
  });

  it("gives a row with a long 三级 name the height its wrapped text needs", () => {
    const long = "三级指标名称".repeat(10);
    const one = {
      ...items[0],
      record: {
        ...records[0],
        indicators: [{ ...records[0].indicators[0], name: long }, records[0].indicators[1]],
      },
    };
    const wide = indicatorPlan([one]);
    const widths = opsOf(wide, "columnWidths")[0].widths;
    expect(widths[4]).toBe(40);
    expect(opsOf(wide, "rowHeight")).toContainEqual({
      kind: "rowHeight",
      range: "A2",
      height: Math.ceil(displayWidth(long) / 39) * 15 + 2,
    });
    expect(opsOf(wide, "rowHeight").map((op) => op.range)).not.toContain("A3");
  });

  it("has no filter when there is nothing to filter", () => {
    expect(opsOf(indicatorPlan([]), "filter")).toEqual([]);
  });
});

describe("checkPlan: the findings beside the summary", () => {
  const checkedItems = (): SummaryItem[] => [
    {
      ...items[0],
      findings: [
        finding("原", "E12", "error"),
        finding("原", "E13", "warning"),
        finding("原", "E14", "info"),
        finding("原", "E15", "info"),
      ],
    },
    items[1],
  ];
  let plan: SheetPlan;
  let cells: Map<string, CellInput>;
  beforeEach(() => {
    plan = checkPlan(checkedItems(), [
      {
        source: "坏.xlsx",
        name: null,
        at: null,
        severity: "error",
        reason: "不是工作簿",
        code: null,
      },
    ]);
    cells = cellsOf(plan);
  });

  it("counts errors, warnings and infos apart, per project", () => {
    expect(["A1", "D1", "E1", "F1"].map((c) => cells.get(c))).toEqual([
      "序号",
      "错误",
      "警告",
      "提示",
    ]);
    expect(["D2", "E2", "F2"].map((c) => cells.get(c))).toEqual([1, 1, 2]);
    expect(["D3", "E3", "F3"].map((c) => cells.get(c))).toEqual([0, 0, 0]);
  });

  it("lists the inputs left out with their reasons", () => {
    expect(cells.get("A5")).toBe("未计入汇总的文件和表格");
    expect(["A7", "B7", "C7", "D7", "E7", "F7"].map((c) => cells.get(c))).toEqual([
      1,
      "",
      "坏.xlsx",
      "错误",
      "不是工作簿",
      "",
    ]);
  });

  it("links each project's 原表 cell to its copy and centres the counts", () => {
    expect(opsOf(plan, "link").slice(0, 2)).toEqual([
      { kind: "link", cell: "C2", sheet: "表1", target: "A1", text: "form-1.xlsx" },
      { kind: "link", cell: "C3", sheet: "表2", target: "A1", text: "form-2.xlsx" },
    ]);
    expect(cells.get("B2")).toBe(records[0].name);
    expect(cells.get("A3")).toBe(2);
    const formats = opsOf(plan, "format").map((op) => [op.range, op.format]);
    expect(formats).toEqual(
      expect.arrayContaining([
        ["A1:F3", { border: "thin", vertical: "middle", wrap: true }],
        ["A1:F1", { font: { bold: true }, fill: HEADER_FILL, horizontal: "center" }],
        ["D2:F3", { horizontal: "center" }],
        ["A5", { font: { bold: true } }],
        ["A6:F7", { border: "thin", vertical: "middle", wrap: true }],
        ["A9:F13", { border: "thin", vertical: "middle", wrap: true }],
      ])
    );
    expect(opsOf(plan, "print")).toEqual([
      { kind: "print", paper: "A4", orientation: "landscape", fitToWidth: true },
    ]);
    expect(plan.sheet).toBe("检查结果");
  });

  it("colours each finding's level by its severity, in sheet order per project", () => {
    const fills = opsOf(plan, "format")
      .filter((op) => /^D1[0-3]$/.test(op.range))
      .map((op) => [op.range, op.format.fill]);
    expect(fills).toEqual([
      ["D10", "#FFC7CE"],
      ["D11", "#FFEB9C"],
      ["D12", "#DDEBF7"],
      ["D13", "#DDEBF7"],
    ]);
    expect(["D11", "D12"].map((c) => cells.get(c))).toEqual(["警告", "提示"]);
    expect(["A10", "B10", "E10"].map((c) => cells.get(c))).toEqual([1, records[0].name, "中文E12"]);
  });

  it("writes whole rows of six cells, a blank row between blocks, and only plan operations", () => {
    const [values] = opsOf(plan, "values");
    expect(values.values.every((row) => row.length === 6)).toBe(true);
    expect(values.values[3]).toEqual([null, null, null, null, null, null]);
    expect(plan.ops.every((op) => typeof op === "object" && typeof op.kind === "string")).toBe(
      true
    );
  });

  it("links every finding's cell on its own row", () => {
    expect(
      opsOf(plan, "link")
        .slice(2)
        .map((op) => [op.cell, op.target])
    ).toEqual([
      ["C10", "E12"],
      ["C11", "E13"],
      ["C12", "E14"],
      ["C13", "E15"],
    ]);
  });

  it("gives a long message's row the height it needs, and writes blanks for a form with no name", () => {
    const long = { ...finding("原", "E12", "error"), message: "很长的说明".repeat(30) };
    const unnamed = [{ ...items[0], record: { ...records[0], name: null }, findings: [long] }];
    const tall = checkPlan(unnamed, []);
    expect(opsOf(tall, "rowHeight")).toEqual([
      {
        kind: "rowHeight",
        range: "A5",
        height: Math.ceil(displayWidth(long.message) / 59) * 15 + 2,
      },
    ]);
    const tallCells = cellsOf(tall);
    expect([tallCells.get("B2"), tallCells.get("B5")]).toEqual(["", ""]);
  });

  it("leaves out the blocks it has nothing for, one blank row between the others", () => {
    const clean = checkPlan(items.slice(0, 2), [], { sheet: "核对" });
    expect(clean.sheet).toBe("核对");
    expect(opsOf(clean, "values")[0].range).toBe("A1:F3");
    expect(opsOf(clean, "filter")).toEqual([]);
    const noneLeftOut = cellsOf(checkPlan(checkedItems(), []));
    expect(noneLeftOut.get("A5")).toBe("序号");
    expect(noneLeftOut.get("C6")).toBe("表1!E12");
  });

  it("fits the name and source columns to their text, the others fixed", () => {
    const widths = opsOf(plan, "columnWidths")[0].widths;
    expect(widths).toEqual([
      6,
      fitColumn([...records.slice(0, 2).map((r) => r.name ?? ""), "项目名称"], 12, 36),
      fitColumn(["原表", "form-1.xlsx", "form-2.xlsx", "坏.xlsx", "表1!E12"], 10, 34),
      8,
      60,
      22,
    ]);
  });

  it("lists every finding with a link to its cell on the copy and its level in its colour", () => {
    expect(cells.get("D10")).toBe("错误");
    expect(cells.get("F10")).toBe("x.error");
    expect(opsOf(plan, "link")).toContainEqual({
      kind: "link",
      cell: "C10",
      sheet: "表1",
      target: "E12",
      text: "表1!E12",
    });
    expect(opsOf(plan, "format")).toContainEqual({
      kind: "format",
      range: "D10",
      format: { fill: "#FFC7CE" },
    });
    expect(opsOf(plan, "filter")).toEqual([{ kind: "filter", range: "A9:F13", name: "检查明细" }]);
  });
});
