import { createEmulatedExcel } from "../../src/emulator";

/**
 * Conformance through the genuine Office.js library. Each rule names the reference page it follows
 * (learn.microsoft.com/javascript/api/excel/…).
 */
const emulator = createEmulatedExcel({ sheets: ["表1"] });
const { Excel, workbook, stats } = emulator;

beforeEach(() => {
  workbook.sheets.splice(0, workbook.sheets.length);
  workbook.addSheet("表1");
});

describe("Excel.Range (excel.range)", () => {
  it("writes a 2-D block and reads it back in one request per sync", async () => {
    const before = stats.syncs;
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("B2:C3");
      range.values = [
        [1, "二"],
        [3, "四"],
      ];
      range.load("values, address, rowCount, columnCount");
      await context.sync();
      return {
        values: range.values,
        address: range.address,
        rows: range.rowCount,
        columns: range.columnCount,
      };
    });
    expect(read).toEqual({
      values: [
        [1, "二"],
        [3, "四"],
      ],
      address: "表1!B2:C3",
      rows: 2,
      columns: 2,
    });
    expect(stats.syncs - before).toBe(1);
    expect(workbook.values("表1", "B2:C3")).toEqual([
      [1, "二"],
      [3, "四"],
    ]);
  });

  it("rejects values whose shape does not match the range with InvalidArgument (Range.values)", async () => {
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A1:B2").values = [[1, 2, 3]];
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect(workbook.values("表1", "A1:B1")).toEqual([["", ""]]);
  });

  it("throws the library's PropertyNotLoaded when a property is read without load", async () => {
    const error = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the point of this test
      return range.values;
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("merges, and reports merged areas (Range.merge, Range.getMergedAreasOrNullObject)", async () => {
    const address = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      sheet.getRange("A1:E1").merge(false);
      const merged = sheet.getRange("A1:E3").getMergedAreasOrNullObject();
      merged.load("address");
      const none = sheet.getRange("A5:B6").getMergedAreasOrNullObject();
      await context.sync();
      return { merged: merged.address, none: none.isNullObject };
    });
    expect(address).toEqual({ merged: "表1!A1:E1", none: true });
    expect(workbook.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });

  it("gives the used range, or a null object on an empty sheet (Worksheet.getUsedRangeOrNullObject)", async () => {
    workbook.setValues("表1", "B3", [["x", null as unknown as string, "y"]]);
    const result = await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("表1").getUsedRangeOrNullObject();
      used.load("address");
      const sheet2 = context.workbook.worksheets.add("空表");
      const empty = sheet2.getUsedRangeOrNullObject();
      await context.sync();
      return { used: used.address, empty: empty.isNullObject };
    });
    expect(result).toEqual({ used: "表1!B3:D3", empty: true });
  });
});

describe("Excel.WorksheetCollection (excel.worksheetcollection)", () => {
  it("adds, lists and finds sheets", async () => {
    const names = await Excel.run(async (context) => {
      context.workbook.worksheets.add("汇总表");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const missing = sheets.getItemOrNullObject("没有");
      await context.sync();
      return { names: sheets.items.map((s) => s.name), missing: missing.isNullObject };
    });
    expect(names).toEqual({ names: ["表1", "汇总表"], missing: true });
  });

  it("fails getItem of a missing sheet with ItemNotFound", async () => {
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("没有").load("name");
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
  });

  it.each([
    ["a name already taken", "表1", "ItemAlreadyExists"],
    ["a name over 31 characters", "一".repeat(32), "InvalidArgument"],
    ["a forbidden character", "a/b", "InvalidArgument"],
  ])("refuses %s (Worksheet.name)", async (_what, name, code) => {
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    }).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code });
  });
});

describe("requirement sets", () => {
  it("answers isSetSupported from the options", () => {
    const excel2019 = createEmulatedExcel({ requirementSets: { ExcelApi: "1.8" } });
    const requirements = excel2019.Office.context.requirements;
    expect(requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });
});

describe("formulas and links", () => {
  it("computes SUM over a range, as the summary's 合计 row needs (Range.formulas)", async () => {
    const values = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      sheet.getRange("A1:A4").formulas = [[11.46], [216.1], [6.8], ["=SUM(A1:A3)"]];
      const range = sheet.getRange("A4");
      range.load("values, formulas");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(values.formulas).toEqual([["=SUM(A1:A3)"]]);
    expect(values.values[0][0]).toBeCloseTo(234.36, 10);
  });

  it("keeps a link to another sheet's cell (Range.hyperlink)", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("P4").hyperlink = {
        documentReference: "'项目1'!A1",
        textToDisplay: "项目1",
      };
      await context.sync();
    });
    expect(workbook.sheets[0].cell(3, 15)?.style?.hyperlink).toEqual({
      documentReference: "'项目1'!A1",
      textToDisplay: "项目1",
    });
  });
});
