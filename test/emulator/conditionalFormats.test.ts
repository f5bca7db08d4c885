import { createEmulatedExcel } from "../../src/emulator";

/**
 * Conformance for conditional formats through the genuine library
 * (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection, ExcelApi 1.6).
 */
const { Excel, workbook } = createEmulatedExcel({ sheets: ["表1"] });

beforeEach(() => {
  workbook.sheets.splice(0, workbook.sheets.length);
  workbook.addSheet("表1");
});

async function addCustom(address: string, formula: string, fill: string) {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("表1").getRange(address);
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = formula;
    format.custom.format.fill.color = fill;
    await context.sync();
  });
}

describe("Excel.ConditionalFormatCollection (excel.conditionalformatcollection)", () => {
  it("adds a custom format with its rule and fill, newest first, without touching the cells' own fill", async () => {
    await addCustom("B2", "=TRUE", "#FFC7CE");
    await addCustom("B2:C3", '=N("x")=0', "#FFEB9C");
    const formats = workbook.sheet("表1")!.conditionalFormats;
    expect(formats.map((f) => [f.formula, f.fill, f.area])).toEqual([
      ['=N("x")=0', "#FFEB9C", { top: 1, left: 1, bottom: 2, right: 2 }],
      ["=TRUE", "#FFC7CE", { top: 1, left: 1, bottom: 1, right: 1 }],
    ]);
    expect(workbook.sheet("表1")!.cell(1, 1)).toBeUndefined();
  });

  it("loads the formats that intersect a range (the whole sheet by getRange()), with customOrNullObject", async () => {
    await addCustom("B2", "=TRUE", "#FFC7CE");
    await addCustom("Z100", "=FALSE", "#FFFFFF");
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      // The lint rule mistakes navigation properties and ClientResult.value for unloaded reads.
      // eslint-disable-next-line office-addins/load-object-before-read
      const all = sheet.getRange().conditionalFormats;
      all.load("items/id, items/type, items/customOrNullObject/rule/formula");
      // eslint-disable-next-line office-addins/load-object-before-read
      const some = sheet.getRange("A1:C3").conditionalFormats;
      const count = some.getCount();
      await context.sync();
      return {
        formulas: all.items.map((f) => f.customOrNullObject.rule.formula),
        types: all.items.map((f) => f.type),
        // eslint-disable-next-line office-addins/load-object-before-read
        count: count.value,
      };
    });
    expect(read).toEqual({ formulas: ["=FALSE", "=TRUE"], types: ["Custom", "Custom"], count: 1 });
  });

  it("deletes a loaded item and gives its range (ConditionalFormat.delete, getRange)", async () => {
    await addCustom("D4", "=TRUE", "#FFC7CE");
    const address = await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("表1").getRange().conditionalFormats;
      formats.load("items/id");
      await context.sync();
      const range = formats.items[0].getRange();
      range.load("address");
      await context.sync();
      formats.items[0].delete();
      await context.sync();
      return range.address;
    });
    expect(address).toBe("表1!D4");
    expect(workbook.sheet("表1")!.conditionalFormats).toEqual([]);
  });

  it("answers customOrNullObject with a null object for other types, and custom with InvalidOperation (a guess: undocumented)", async () => {
    const result = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1");
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      const custom = format.customOrNullObject;
      custom.load("isNullObject");
      await context.sync();
      return custom.isNullObject;
    });
    expect(result).toBe(true);
  });
});
