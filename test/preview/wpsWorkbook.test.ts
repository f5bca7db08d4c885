import { EmulatedWorkbook } from "../../src/emulator/model/workbook";
import { FakeEt } from "../../src/emulator/wps/fakeEt";
import { mirrorInto } from "../../src/preview/wpsWorkbook";
import type { WpsWorksheet } from "../../src/wps/model";

/**
 * The grid of the WPS preview draws the fake WPS workbook as WPS would show it: formulas
 * computed, text written with an apostrophe left as text, and a click in the grid moving WPS's
 * ActiveCell (docs/preview.md, "WPS 表格").
 */
function twoSheets() {
  const et = new FakeEt();
  const book = et.application.ActiveWorkbook;
  const summary = book.Worksheets.Item(1) as WpsWorksheet;
  summary.Name = "汇总表";
  const other = book.Worksheets.Add(undefined, summary);
  other.Name = "其他";
  summary.Range("A1:A3").Value2 = [[11.46], [216.1], [400]];
  summary.Range("A4").Value2 = "=SUM(A1:A3)";
  summary.Range("B1").Value2 = "'=100%";
  summary.Range("B2").Value2 = "=A4*2";
  summary.Range("B3").Value2 = "=B3+1";
  other.Range("A1").Value2 = "=汇总表!A4";
  const workbook = new EmulatedWorkbook([]);
  const draw = mirrorInto(et, workbook);
  draw();
  return { et, workbook, draw };
}

describe("the WPS preview's grid", () => {
  it("shows each formula's result, and the formula itself in the formula bar", () => {
    const { workbook } = twoSheets();
    const summary = workbook.sheet("汇总表")!;
    expect(summary.cell(3, 0)).toMatchObject({ value: 627.56, formula: "=SUM(A1:A3)" });
    expect(summary.cell(1, 1)).toMatchObject({ value: 1255.12, formula: "=A4*2" });
    expect(workbook.sheet("其他")!.cell(0, 0)?.value).toBe(627.56);
  });

  it("leaves text written with an apostrophe as text, and a circular formula uncomputed", () => {
    const { workbook } = twoSheets();
    const summary = workbook.sheet("汇总表")!;
    expect(summary.cell(0, 1)?.value).toBe("=100%");
    expect(summary.cell(0, 1)?.formula).toBeUndefined();
    expect(summary.cell(2, 1)?.value).toMatch(/^#/);
  });

  it("forgets a formula once a value is typed over it", () => {
    const { et, workbook, draw } = twoSheets();
    et.type("汇总表", "A4", "5");
    draw();
    expect(workbook.sheet("汇总表")!.cell(3, 0)).toEqual(expect.objectContaining({ value: 5 }));
    expect(workbook.sheet("汇总表")!.cell(3, 0)?.formula).toBeUndefined();
    expect(workbook.sheet("汇总表")!.cell(1, 1)?.value).toBe(10);
  });

  it("moves WPS's ActiveCell where the person clicks, and keeps the add-in's Range.Select", () => {
    const { et, workbook, draw } = twoSheets();
    const drawn = workbook.sheet("汇总表")!;
    et.active = et.sheet("汇总表");
    drawn.selection = { top: 2, left: 1, bottom: 2, right: 1 };
    expect(et.application.ActiveCell.Row).toBe(3);
    expect(et.application.ActiveCell.Column).toBe(2);
    draw();
    expect(drawn.selection).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    et.application.ActiveWorkbook.ActiveSheet.Range("A4").Select();
    draw();
    expect(drawn.selection).toEqual({ top: 3, left: 0, bottom: 3, right: 0 });
  });
});
