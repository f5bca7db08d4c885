import { createEmulatedExcel } from "../../src/emulator";

const { Excel, workbook, stats } = createEmulatedExcel({ sheets: ["表1"] });

describe("Excel.RangeFormat (excel.rangeformat), fill, font and borders", () => {
  it("sets and reads back fill, font, wrap, alignment and column width in one batch", async () => {
    const before = stats.syncs;
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1:B2");
      range.format.fill.color = "#FFC7CE";
      range.format.font.bold = true;
      range.format.wrapText = true;
      range.format.horizontalAlignment = "Center";
      range.format.columnWidth = 90;
      range.format.borders.getItem("EdgeTop").style = "Continuous";
      range.load(
        "format/fill/color, format/font/bold, format/font/size, format/wrapText, format/horizontalAlignment, format/columnWidth"
      );
      await context.sync();
      return {
        fill: range.format.fill.color,
        bold: range.format.font.bold,
        size: range.format.font.size,
        wrap: range.format.wrapText,
        align: range.format.horizontalAlignment,
        width: range.format.columnWidth,
      };
    });
    expect(read).toEqual({
      fill: "#FFC7CE",
      bold: true,
      size: 11,
      wrap: true,
      align: "Center",
      width: 90,
    });
    expect(stats.syncs - before).toBe(1);
    // The top edge of A1:B2 is the top side of A1 and B1, not of every cell (RangeBorder).
    expect(workbook.sheets[0].cell(0, 1)?.style?.["format.borders.EdgeTop.style"]).toBe(
      "Continuous"
    );
    expect(workbook.sheets[0].cell(1, 1)?.style?.["format.borders.EdgeTop.style"]).toBeUndefined();
  });

  it("answers null for a property that differs across the range, as Excel does", async () => {
    const color = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      sheet.getRange("D1").format.fill.color = "#FFEB9C";
      const both = sheet.getRange("D1:D2");
      both.load("format/fill/color");
      await context.sync();
      return both.format.fill.color;
    });
    expect(color).toBeNull();
  });

  it("clears a fill back to the default (RangeFill.clear)", async () => {
    const color = await Excel.run(async (context) => {
      const fill = context.workbook.worksheets.getItem("表1").getRange("A1").format.fill;
      fill.clear();
      fill.load("color");
      await context.sync();
      return fill.color;
    });
    expect(color).toBe("#FFFFFF");
  });
});

describe("Excel.DataValidation (excel.datavalidation)", () => {
  it("keeps a list rule per cell", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A12:A19").dataValidation.rule = {
        list: { inCellDropDown: true, source: "产出指标,效益指标,满意度指标" },
      };
      await context.sync();
    });
    expect(workbook.sheets[0].cell(18, 0)?.style?.["dataValidation.rule"]).toEqual({
      list: { inCellDropDown: true, source: "产出指标,效益指标,满意度指标" },
    });
  });
});

describe("requirement sets and request counting", () => {
  it("fails an API above the host's sets with ApiNotFound (Excel 2016: ExcelApi 1.3)", async () => {
    const excel2016 = createEmulatedExcel({ requirementSets: { ExcelApi: "1.3" } });
    const error = await excel2016.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject().load("address");
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });

  it("gives getMergedAreasOrNullObject to ExcelApi 1.13 and not to Excel 2019 (1.8)", async () => {
    const excel2019 = createEmulatedExcel({ requirementSets: { ExcelApi: "1.8" } });
    const error = await excel2019.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B2")
        .getMergedAreasOrNullObject()
        .load("address");
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });

  it("counts one request per sync, with its actions and bytes", async () => {
    const counting = createEmulatedExcel();
    await counting.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [[1, 2, 3]];
      await context.sync();
      sheet.getRange("A2").values = [[4]];
      await context.sync();
    });
    expect(counting.stats.syncs).toBe(2);
    expect(counting.stats.requests).toBeGreaterThanOrEqual(2);
    expect(counting.stats.actions).toBeGreaterThan(2);
    expect(counting.stats.requestBytes).toBeGreaterThan(100);
  });
});

describe("Range.getCellProperties / setCellProperties (excel.range)", () => {
  /* eslint-disable office-addins/load-object-before-read -- ClientResult values need no load() */
  it("reads each cell's look and puts it back, as the add-in does around a highlight", async () => {
    const restored = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("F1:G1");
      range.getCell(0, 0).format.fill.color = "#00FF00";
      const before = range.getCellProperties({
        format: { fill: { color: true }, font: { bold: true } },
      });
      await context.sync();
      range.format.fill.color = "#FFC7CE";
      range.setCellProperties(before.value);
      const after = range.getCellProperties({ format: { fill: { color: true } } });
      await context.sync();
      return { before: before.value, after: after.value };
    });
    expect(restored.before[0][0]).toEqual({
      format: { fill: { color: "#00FF00" }, font: { bold: false } },
    });
    expect(restored.after[0].map((cell) => cell.format?.fill?.color)).toEqual([
      "#00FF00",
      "#FFFFFF",
    ]);
  });

  it("is not offered below ExcelApi 1.9", async () => {
    const old = createEmulatedExcel({ requirementSets: { ExcelApi: "1.8" } });
    const error = await old.Excel.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1")
        .getCellProperties({ address: true });
      await context.sync();
      return props.value;
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });
  /* eslint-enable office-addins/load-object-before-read */
});
