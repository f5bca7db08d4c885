import { queuePlan } from "../../src/excel/applyPlan";
import { capabilities } from "../../src/excel/features";
import type { PlanOp } from "../../src/form/plan";
import { HOSTS, installHost, type Host } from "./host";

// Every kind of plan op as a person would find it on the sheet afterwards: what the cell holds,
// how it looks, what it offers (docs/addin.md). The sheet is "表 2", a name that needs quoting.

const SHEET = "表 2";

async function apply(ops: PlanOp[]): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(SHEET);
    queuePlan({ sheet: SHEET, ops }, { worksheet, caps: capabilities() });
    await context.sync();
  });
}

const sheetOf = (host: Host) => host.workbook.sheet(SHEET)!;
const style = (host: Host, row: number, col: number, key: string) =>
  sheetOf(host).cell(row, col)?.style?.[key];

describe.each(HOSTS)("a plan applied on $name", ({ requirementSets }) => {
  let host: Host;
  beforeEach(() => {
    host = installHost(requirementSets, ["目录", SHEET]);
  });

  it("writes text Excel would read as something else as text, and numbers, booleans and formulas as themselves", async () => {
    const texts = ["=1+1", "+86", "-3", "@sum", "(5)", "12", ".5", "$5", "¥5", "￥5", "€5", "£5"];
    const more = ["50%", "'x", " 7", "TRUE", "false", " true ", "a=b", "truth", "年度"];
    await apply([
      { kind: "values", range: "A1:L1", values: [texts] },
      { kind: "values", range: "A2:I2", values: [more] },
      { kind: "values", range: "A3:D3", values: [[12, true, { formula: "=A3*2" }, null]] },
    ]);
    const sheet = sheetOf(host);
    const row = (r: number, n: number) =>
      Array.from({ length: n }, (_, c) => sheet.cell(r, c)?.value);
    expect(row(0, 12)).toEqual(texts);
    expect(row(1, 9)).toEqual(more);
    expect(row(2, 2)).toEqual([12, true]);
    expect(sheet.cell(2, 2)?.formula).toBe("=A3*2");
    expect(sheet.cell(2, 3)).toBeUndefined();
    // The prefix is Excel's, not part of the text; plain text goes in without one.
    expect(sheet.cell(1, 6)?.quotePrefix).toBeFalsy();
    expect(sheet.cell(1, 8)?.quotePrefix).toBeFalsy();
    expect(sheet.cell(0, 0)?.quotePrefix).toBe(true);
  });

  it("offers a drop-down with its prompt, cut to what Excel keeps, and a prompt with no rule", async () => {
    const title = "标题".repeat(20);
    const message = "说明".repeat(200);
    await apply([
      { kind: "list", range: "B2:B3", items: ["甲", "乙", "丙"], hint: { title, message } },
      { kind: "hint", range: "C2", hint: { title: "填写", message: "请填写金额" } },
    ]);
    const rule = style(host, 1, 1, "dataValidation.rule");
    const prompt = style(host, 2, 1, "dataValidation.prompt");
    if (!capabilities().dataValidation) return;
    expect(rule).toEqual({ list: { inCellDropDown: true, source: "甲,乙,丙" } });
    expect(prompt).toEqual({
      showPrompt: true,
      title: title.slice(0, 32),
      message: message.slice(0, 255),
    });
    expect(style(host, 1, 2, "dataValidation.rule")).toBeUndefined();
    expect(style(host, 1, 2, "dataValidation.prompt")).toEqual({
      showPrompt: true,
      title: "填写",
      message: "请填写金额",
    });
  });

  it("links to a cell of another sheet, quoting the sheet's name", async () => {
    await apply([{ kind: "link", cell: "A5", sheet: SHEET, target: "C9", text: "项目甲" }]);
    expect(style(host, 4, 0, "hyperlink")).toEqual({
      documentReference: "'表 2'!C9",
      textToDisplay: "项目甲",
    });
  });

  it("sizes columns from Excel's character widths, and rows in points", async () => {
    await apply([
      { kind: "columnWidths", widths: [10, 4.5] },
      { kind: "rowHeight", range: "3:4", height: 30 },
    ]);
    const sheet = sheetOf(host);
    // A character is 7 px, plus 5 px of padding; a pixel is 3/4 of a point.
    expect([sheet.columnWidths.get(0), sheet.columnWidths.get(1)]).toEqual([56.25, 27.38]);
    expect([2, 3, 4].map((r) => sheet.rowHeights.get(r))).toEqual([30, 30, undefined]);
  });

  it("merges a block as one area, splits it again, and inserts rows above what was there", async () => {
    await apply([
      { kind: "values", range: "A1:A3", values: [["一"], ["二"], ["三"]] },
      { kind: "merge", range: "B1:C2" },
      { kind: "merge", range: "E1:F2" },
      { kind: "unmerge", range: "E1:F2" },
      { kind: "insertRows", range: "2:3" },
    ]);
    const sheet = sheetOf(host);
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 3, right: 2 }]);
    expect([0, 1, 2, 3, 4].map((r) => sheet.cell(r, 0)?.value)).toEqual([
      "一",
      undefined,
      undefined,
      "二",
      "三",
    ]);
  });

  it("makes a table of a block, named where the plan names it", async () => {
    await apply([
      {
        kind: "values",
        range: "A1:B2",
        values: [
          ["项目", "金额"],
          ["甲", 1],
        ],
      },
      { kind: "filter", range: "A1:B2", name: "项目表" },
      {
        kind: "values",
        range: "D1:E2",
        values: [
          ["单位", "人数"],
          ["乙", 2],
        ],
      },
      { kind: "filter", range: "D1:E2" },
    ]);
    const tables = sheetOf(host).tables;
    expect(tables.map((t) => [t.name, t.area, t.showHeaders])).toEqual([
      ["项目表", { top: 0, left: 0, bottom: 1, right: 1 }, true],
      [expect.not.stringMatching(/^项目表$/), { top: 0, left: 3, bottom: 1, right: 4 }, true],
    ]);
    // The headers stay the person's words, not Column1…
    expect(sheetOf(host).cell(0, 3)?.value).toBe("单位");
  });

  it("formats a block away from A1: fill, alignment, no wrap, a number format on every cell", async () => {
    await apply([
      {
        kind: "format",
        range: "B3:E4",
        format: { wrap: true, fill: "#FFFF00", horizontal: "right", numberFormat: "@" },
      },
      // After the fill and the wrap: a format that names neither must leave both.
      { kind: "format", range: "E3", format: { vertical: "top" } },
      {
        kind: "format",
        range: "B3:D4",
        format: {
          fill: "#DDEBF7",
          horizontal: "center",
          vertical: "middle",
          wrap: false,
          numberFormat: "0.00",
        },
      },
      { kind: "format", range: "F3", format: { vertical: "top" } },
      { kind: "format", range: "F3", format: { horizontal: "left", vertical: "bottom" } },
    ]);
    const look = (row: number, col: number) => ({
      at: [row, col],
      fill: style(host, row, col, "format.fill.color"),
      horizontal: style(host, row, col, "format.horizontalAlignment"),
      vertical: style(host, row, col, "format.verticalAlignment"),
      wrap: style(host, row, col, "format.wrapText"),
      numberFormat: sheetOf(host).cell(row, col)?.numberFormat,
    });
    for (let row = 2; row <= 3; row++)
      for (let col = 1; col <= 3; col++)
        expect(look(row, col)).toEqual({
          at: [row, col],
          fill: "#DDEBF7",
          horizontal: "Center",
          vertical: "Center",
          wrap: undefined,
          numberFormat: "0.00",
        });
    // A format that says nothing of wrapping, fill, alignment or number format leaves each as it was.
    expect(look(2, 4)).toEqual({
      at: [2, 4],
      fill: "#FFFF00",
      horizontal: "Right",
      vertical: "Top",
      wrap: true,
      numberFormat: "@",
    });
    // Bottom, Excel's default, is kept as no alignment.
    expect([look(2, 5).horizontal, look(2, 5).vertical]).toEqual(["Left", undefined]);
  });

  it("prints upright where the plan says portrait, after a landscape plan", async () => {
    const print = (orientation: "portrait" | "landscape"): PlanOp => ({
      kind: "print",
      paper: "A4",
      orientation,
      fitToWidth: false,
    });
    await apply([print("landscape")]);
    await apply([print("portrait")]);
    // Excel 2019 has no page layout (ExcelApi 1.9): the sheet keeps Excel's defaults.
    const set = capabilities().pageLayout ? { paperSize: "A4", orientation: "Portrait" } : {};
    expect(sheetOf(host).pageLayout).toEqual(set);
  });
});
