import { createEmulatedExcel } from "../../src/emulator";

/** The rest of the API list the add-in needs, each through the real library. */
const { Excel, workbook } = createEmulatedExcel({ sheets: ["表1"] });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "ok").catch((e: { code: string }) => e.code);

describe("range details (excel.range)", () => {
  it("reads numberFormat and text, gets a cell, and unmerges", async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const range = sheet.getRange("A1:B1");
      range.values = [[11.46, "万元"]];
      range.numberFormat = [["#,##0.00", "@"]];
      sheet.getRange("A3:B3").merge(false);
      sheet.getRange("A3:B3").unmerge();
      const cell = range.getCell(0, 1);
      cell.load("address, text");
      range.load("numberFormat");
      sheet.load("name");
      await context.sync();
      return {
        sheet: sheet.name,
        cell: cell.address,
        text: cell.text,
        formats: range.numberFormat,
      };
    });
    expect(read).toEqual({
      sheet: "表1",
      cell: "表1!B1",
      text: [["万元"]],
      formats: [["#,##0.00", "@"]],
    });
    expect(workbook.sheets[0].merges).toEqual([]);
  });

  it("keeps only the upper-left value when merging (undocumented; the emulator's guess)", async () => {
    workbook.setValues("表1", "A5", [["左上", "右"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A5:B5").merge(false);
      await context.sync();
    });
    expect(workbook.values("表1", "A5:B5")).toEqual([["左上", ""]]);
  });

  it("sets row heights and suspends calculation until the next sync", async () => {
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("表1").getRange("A10").format.rowHeight = 90;
      await context.sync();
    });
    expect(workbook.sheets[0].rowHeights.get(9)).toBe(90);
  });
});

describe("data validation (excel.datavalidation)", () => {
  it("keeps a decimal rule and a prompt, and clears them", async () => {
    const rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    const prompt = { showPrompt: true, title: "年度金额", message: "单位：万元" };
    await Excel.run(async (context) => {
      const validation = context.workbook.worksheets
        .getItem("表1")
        .getRange("E6:E8").dataValidation;
      validation.rule = rule as Excel.DataValidationRule;
      validation.prompt = prompt;
      await context.sync();
    });
    const cell = workbook.sheets[0].cell(6, 4);
    expect(cell?.style).toMatchObject({
      "dataValidation.rule": rule,
      "dataValidation.prompt": prompt,
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("E6:E8").dataValidation.clear();
      await context.sync();
    });
    expect(workbook.sheets[0].cell(6, 4)?.style).toBeUndefined();
  });
});

describe("comments (excel.commentcollection)", () => {
  it("adds a threaded comment on a cell, and refuses an address that is not a cell", async () => {
    await Excel.run(async (context) => {
      context.workbook.comments.add("表1!C6", "请核对");
      await context.sync();
    });
    expect(workbook.comments.map((c) => [c.sheet.name, c.row, c.col, c.content])).toEqual([
      ["表1", 5, 2, "请核对"],
    ]);
    const bad = Excel.run(async (context) => {
      context.workbook.comments.add("表1!第六行", "x");
      await context.sync();
    });
    expect(await codeOf(bad)).toBe("InvalidArgument");
  });
});

describe("worksheet ids, items by position, page layout, text prefix (excel.worksheet, excel.pagelayout)", () => {
  it("keeps a sheet's id through a rename and finds the sheet by it (Worksheet.id)", async () => {
    const [id, renamed] = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      sheet.load("id");
      await context.sync();
      sheet.name = "新名";
      const again = context.workbook.worksheets.getItem(sheet.id);
      again.load("id, name");
      await context.sync();
      return [sheet.id, again];
    }).then(([a, b]) => [a, (b as Excel.Worksheet).name] as const);
    expect(id).toMatch(/^\{[0-9A-F-]+\}$/i);
    expect(renamed).toBe("新名");
    workbook.sheet("新名")!.name = "表1";
  });

  it("sets paper, orientation, fit-to-width zoom, print area and title rows (ExcelApi 1.9)", async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("表1").pageLayout;
      layout.paperSize = Excel.PaperType.a4;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:E20");
      layout.setPrintTitleRows("$1:$3");
      await context.sync();
    });
    expect(workbook.sheet("表1")!.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:E20",
      printTitleRows: "$1:$3",
    });
  });

  it("keeps text written with a leading apostrophe as text, never a formula (Range.values)", async () => {
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1:B1");
      range.values = [['\'=HYPERLINK("x")', "'0012"]];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(read).toEqual([['=HYPERLINK("x")', "0012"]]);
    expect(workbook.sheet("表1")!.cell(0, 0)).toMatchObject({ quotePrefix: true });
  });
});
