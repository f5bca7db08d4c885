import { codeOf, emulate } from "./support";

/**
 * Range.insert(Excel.InsertShiftDirection.down) through the genuine library (excel.range#insert,
 * ExcelApi 1.1: "Inserts a cell or a range of cells into the worksheet in place of this range, and
 * shifts the other cells to make space"; formulas adjust, the article "Insert a range of cells
 * using the Excel JavaScript API"). What follows the cells is Excel's desktop behaviour as VBA's
 * Range.Insert documents it (formats from above, CopyOrigin's default), docs/emulator.md.
 */
function seeded() {
  const excel = emulate({ sheets: ["表"] });
  const { workbook } = excel;
  workbook.setValues("表", "A1", [["一级"], ["产出指标"], [""], ["效益指标"], ["合计"]]);
  workbook.setValues("表", "B2", [[1], [2], [3]]);
  workbook.typeValues("表", "B5", [["=SUM(B2:B4)"]]);
  workbook.typeValues("表", "C1", [["=B4*2"]]);
  const sheet = workbook.sheet("表")!;
  sheet.merges.push({ top: 1, left: 0, bottom: 2, right: 0 }); // A2:A3, over the insertion
  sheet.merges.push({ top: 3, left: 2, bottom: 3, right: 3 }); // C4:D4, below it
  sheet.patchStyle(2, 1, {
    "format.borders.EdgeTop.style": "Continuous",
    "format.fill.color": "#FFFF00",
  });
  sheet.patchStyle(2, 1, {
    "dataValidation.prompt": { showPrompt: true, title: "", message: "提示" },
  });
  workbook.addComment("表!B4", "请核对");
  sheet.conditionalFormats.push({
    id: "cf",
    area: { top: 1, left: 1, bottom: 3, right: 1 },
    type: "Custom",
    formula: "=B2>1",
    fill: "#FF0000",
    fontColor: null,
    stopIfTrue: false,
  });
  sheet.pageLayout.printArea = "A1:E5";
  return excel;
}

async function insertRow(excel: ReturnType<typeof emulate>, address: string) {
  return excel.run(async (context) => {
    const inserted = context.workbook.worksheets
      .getItem("表")
      .getRange(address)
      .insert(excel.Excel.InsertShiftDirection.down);
    inserted.load("address");
    await context.sync();
    return inserted.address;
  });
}

describe("Range.insert shifting down (excel.range#insert)", () => {
  it("moves values and formulas down and adjusts the references that point at them", async () => {
    const excel = seeded();
    expect(await insertRow(excel, "4:4")).toBe("表!4:4");
    const { workbook } = excel;
    expect(workbook.values("表", "A1:A6")).toEqual([
      ["一级"],
      ["产出指标"],
      [""],
      [""],
      ["效益指标"],
      ["合计"],
    ]);
    const sheet = workbook.sheet("表")!;
    // A total over the rows grows to take the new row in; a reference below it moves.
    expect(sheet.cell(5, 1)?.formula).toBe("=SUM(B2:B5)");
    expect(sheet.cell(0, 2)?.formula).toBe("=B5*2");
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表").getRange("B6");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[6]]);
  });

  it("grows a merged area the new row falls inside, moves one below, keeps one above", async () => {
    const excel = seeded();
    await insertRow(excel, "3:3");
    expect(excel.workbook.sheet("表")!.merges).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 2, bottom: 4, right: 3 },
    ]);
    const fresh = seeded();
    await insertRow(fresh, "2:2");
    expect(fresh.workbook.sheet("表")!.merges[0]).toEqual({ top: 2, left: 0, bottom: 3, right: 0 });
  });

  it("gives the new cells the format of the cells above them, not their prompt or value", async () => {
    const excel = seeded();
    await insertRow(excel, "4:4");
    const sheet = excel.workbook.sheet("表")!;
    expect(sheet.cell(3, 1)).toEqual({
      value: "",
      numberFormat: undefined,
      style: { "format.borders.EdgeTop.style": "Continuous", "format.fill.color": "#FFFF00" },
    });
    // The prompt stays on its own cell, which did not move.
    expect(sheet.cell(2, 1)?.style?.["dataValidation.prompt"]).toBeDefined();
  });

  it("moves comments, conditional formats and the print area with their cells", async () => {
    const excel = seeded();
    await insertRow(excel, "3:3");
    const { workbook } = excel;
    expect(workbook.comments.map((c) => [c.row, c.col])).toEqual([[4, 1]]);
    const [format] = workbook.sheet("表")!.conditionalFormats;
    expect(format.area).toEqual({ top: 1, left: 1, bottom: 4, right: 1 });
    expect(workbook.sheet("表")!.pageLayout.printArea).toBe("A1:E6");
    const comment = await excel.run(async (context) => {
      const found = context.workbook.comments.getItemByCell("表!B5");
      found.load("content");
      await context.sync();
      return found.content;
    });
    expect(comment).toBe("请核对");
  });

  it("moves a name's range and only the columns inserted when the range is not whole rows", async () => {
    const excel = seeded();
    const { workbook } = excel;
    const sheet = workbook.sheet("表")!;
    workbook.names.set("合计行", {
      name: "合计行",
      reference: { sheet, area: { top: 4, left: 0, bottom: 4, right: 1 } },
      visible: true,
      comment: "",
    });
    await insertRow(excel, "A4:E4");
    expect(workbook.names.get("合计行")!.reference).toMatchObject({
      area: { top: 5, left: 0, bottom: 5, right: 1 },
    });
    expect(workbook.values("表", "F1:F1")).toEqual([[""]]);
  });

  it("refuses to cut a merged area in two, and to shift right, saying so", async () => {
    const excel = seeded();
    expect(await codeOf(insertRow(excel, "C4:C4"))).toBe("InvalidOperation");
    const right = excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("表")
        .getRange("B2")
        .insert(excel.Excel.InsertShiftDirection.right);
      await context.sync();
    });
    expect(await codeOf(right)).toBe("ApiNotFound");
    expect(excel.workbook.values("表", "A4:A4")).toEqual([["效益指标"]]);
  });

  it("tells Worksheet.onChanged that rows were inserted", async () => {
    const excel = seeded();
    const changes: string[] = [];
    excel.workbook.onChange((change) => changes.push(change.changeType));
    await insertRow(excel, "4:4");
    expect(changes).toEqual(["RowInserted"]);
  });
});
