/* eslint-disable office-addins/load-object-before-read --
   conformance tests read sub-objects and results after a sync the rules cannot follow */
import ExcelJS from "exceljs";
import { codeOf, emulate } from "./support";

/** Values, text, formulas, addresses and names (reference pages named per case). */
async function readBack(
  address: string,
  write: unknown[][],
  through: "values" | "formulas" = "values"
) {
  const { run } = emulate({ sheets: ["S", "S 2"] });
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    context.workbook.worksheets.getItem("S 2").getRange("A1").values = [[7]];
    const range = sheet.getRange(address);
    range[through] = write as never;
    range.load("values, formulas, text, numberFormat, valueTypes");
    await context.sync();
    return range;
  });
}

describe("what typed text becomes (excel.range values: '+', '-', '=' start a formula; ISO dates are dates)", () => {
  it("reads numbers, percentages, booleans, ISO dates, formulas and the text prefix as Excel does", async () => {
    const range = await readBack("A1:H1", [
      ["1,234.5", "12%", "TRUE", "2023-01-15", "+B1*2", "-5", "'=不是公式", "普通"],
    ]);
    expect(range.values[0]).toEqual([1234.5, 0.12, true, 44941, 0.24, -5, "=不是公式", "普通"]);
    expect(range.formulas[0][4]).toBe("=+B1*2");
    expect(range.numberFormat[0].slice(0, 4)).toEqual(["General", "0%", "General", "yyyy/m/d"]);
    expect(range.text[0].slice(0, 4)).toEqual(["1234.5", "12%", "TRUE", "2023/1/15"]);
    expect(range.valueTypes[0].slice(0, 3)).toEqual(["Double", "Double", "Boolean"]);
  });
});

describe("text through number formats (excel.range text)", () => {
  it("shows a value as its number format does", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const text = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:D1");
      range.values = [[0.5, 1234.5, 44927, true]];
      range.numberFormat = [["0%", "#,##0.00", "yyyy-mm-dd", "General"]];
      range.load("text");
      await context.sync();
      return range.text[0];
    });
    expect(text).toEqual(["50%", "1,234.50", "2023-01-01", "TRUE"]);
  });
});

describe("formulas (excel.range formulas; the few the add-in writes are computed)", () => {
  it("computes SUM, arithmetic, COUNTA and references to other sheets; says #N/A for the rest", async () => {
    const range = await readBack(
      "A1:A8",
      [
        [11.46],
        [216.1],
        ["=SUM(A1:A2)"],
        ["=A1*2+1"],
        ["=COUNTA(A1:A4)"],
        ["='S 2'!A1+1"],
        ["=VLOOKUP(1,A1:A2,1)"],
        ["=1/0"],
      ],
      "formulas"
    );
    const values = range.values.map((row) => row[0]);
    expect(values[2]).toBeCloseTo(227.56, 10);
    expect(values.slice(3)).toEqual([23.92, 4, 8, "#N/A", "#DIV/0!"]);
    expect(range.formulas[2][0]).toBe("=SUM(A1:A2)");
  });
});

describe("sizes (excel.rangeformat columnWidth / rowHeight: null when they differ)", () => {
  it("reads one width for equal columns and null for different ones", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A:A").format.columnWidth = 60;
      sheet.getRange("2:2").format.rowHeight = 30;
      const same = sheet.getRange("A1:A9").format;
      const differ = sheet.getRange("A1:B1").format;
      const rows = sheet.getRange("A1:A2").format;
      [same, differ, rows].forEach((f) => f.load("columnWidth, rowHeight"));
      await context.sync();
      return [same.columnWidth, differ.columnWidth, rows.rowHeight, same.rowHeight === null];
    });
    expect(read).toEqual([60, null, null, true]);
  });
});

describe("merged areas (excel.range getMergedAreasOrNullObject; office-js #3611)", () => {
  it("gives only the merged areas whose top-left cell lies in the range, and lists them in .areas", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2").merge(false);
      sheet.getRange("D1:E1").merge(false);
      const whole = sheet.getRange("A1:E5").getMergedAreasOrNullObject();
      whole.load("address, areaCount");
      whole.areas.load("items/address");
      const inner = sheet.getRange("B2:C3").getMergedAreasOrNullObject();
      inner.load("address");
      await context.sync();
      return {
        address: whole.address,
        count: whole.areaCount,
        areas: whole.areas.items.map((r) => r.address),
        inner: inner.isNullObject,
      };
    });
    expect(read).toEqual({
      address: "S!A1:B2,S!D1:E1",
      count: 2,
      areas: ["S!A1:B2", "S!D1:E1"],
      inner: true,
    });
  });
});

describe("addresses (excel.worksheet getRange)", () => {
  it("reads the whole sheet, whole columns and rows, and a defined name; refuses past XFD1048576", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      context.workbook.names.add("金额", sheet.getRange("C3:C5"));
      const ranges = [
        sheet.getRange(),
        sheet.getRange("A:B"),
        sheet.getRange("$2:$3"),
        sheet.getRange("金额"),
      ];
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(read).toEqual(["S!1:1048576", "S!A:B", "S!2:3", "S!C3:C5"]);
    for (const bad of ["XFE1", "A1048577", "A0"]) {
      const code = await codeOf(
        run(
          async (c) =>
            void (c.workbook.worksheets.getItem("S").getRange(bad).load("address"), await c.sync())
        )
      );
      expect([bad, code]).toEqual([bad, "InvalidArgument"]);
    }
  });

  it("quotes sheet names as Excel does: ev1, A1, TRUE, R1C1 and spaces quoted; CJK bare", async () => {
    const names = ["ev1", "A1", "TRUE", "R1C1", "My Sheet", "表1", "Sheet_1", "It's"];
    const { run } = emulate({ sheets: names });
    const read = await run(async (context) => {
      const ranges = names.map((n) => context.workbook.worksheets.getItem(n).getRange("B2"));
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(read).toEqual([
      "'ev1'!B2",
      "'A1'!B2",
      "'TRUE'!B2",
      "'R1C1'!B2",
      "'My Sheet'!B2",
      "表1!B2",
      "Sheet_1!B2",
      "'It''s'!B2",
    ]);
  });
});

describe("named items (excel.nameditemcollection, excel.nameditem)", () => {
  it("keeps a Range as a formula (no reference ids), follows a rename, breaks with a delete", async () => {
    const { run } = emulate({ sheets: ["S", "T"] });
    const read = await run(async (context) => {
      const names = context.workbook.names;
      const item = names.add("合计", context.workbook.worksheets.getItem("S").getRange("B2:C3"));
      const scoped = context.workbook.worksheets.getItem("T").names.add("本表", "=T!$A$1");
      item.load("formula, type, value");
      scoped.load("scope");
      await context.sync();
      const first = item.formula;
      context.workbook.worksheets.getItem("S").name = "汇 总";
      const range = names.getItem("合计").getRange();
      range.load("address");
      item.load("formula");
      const sheetNames = context.workbook.worksheets.getItem("T").names;
      sheetNames.load("items/name");
      names.load("items/name");
      await context.sync();
      return {
        first,
        type: item.type,
        renamed: item.formula,
        range: range.address,
        scope: scoped.scope,
        sheetNames: sheetNames.items.map((n) => n.name),
        all: names.items.map((n) => n.name),
      };
    });
    expect(read).toEqual({
      first: "=S!$B$2:$C$3",
      type: "Range",
      renamed: "='汇 总'!$B$2:$C$3",
      range: "'汇 总'!B2:C3",
      scope: "Worksheet",
      sheetNames: ["本表"],
      all: ["合计"],
    });
    const broken = await run(async (context) => {
      context.workbook.worksheets.getItem("汇 总").delete();
      const item = context.workbook.names.getItem("合计");
      item.load("formula");
      const range = item.getRangeOrNullObject();
      range.load("address");
      await context.sync();
      item.delete();
      const gone = context.workbook.names.getItemOrNullObject("合计");
      gone.load("name");
      await context.sync();
      return [item.formula, range.isNullObject, gone.isNullObject];
    });
    expect(broken).toEqual(["=#REF!$B$2:$C$3", true, true]);
  });
});

describe("custom properties (excel.worksheetcustompropertycollection; ExcelApi 1.12)", () => {
  it("looks keys up case-insensitively and lists them as items", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const props = context.workbook.worksheets.getItem("S").customProperties;
      props.add("PerfTargets.Form", "1");
      props.add("perftargets.form", "2");
      const item = props.getItem("PERFTARGETS.FORM");
      const missing = props.getItemOrNullObject("没有");
      item.load("key, value");
      missing.load("value");
      props.load("items/key");
      await context.sync();
      return {
        key: item.key,
        value: item.value,
        missing: missing.isNullObject,
        count: props.items.length,
      };
    });
    expect(read).toEqual({ key: "PerfTargets.Form", value: "2", missing: true, count: 1 });
  });
});

describe("tables (excel.tablecollection add, excel.table)", () => {
  it("adds a table over a range with headers, fixing blank and repeated headers, with filter buttons", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    workbook.setValues("S", "A1", [
      ["项目", "", "项目"],
      ["甲", 1, 2],
    ]);
    const read = await run(async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:C2", true);
      table.name = "指标明细";
      table.load("name, showFilterButton, showHeaders");
      const range = table.getRange();
      const body = table.getDataBodyRange();
      range.load("address");
      body.load("address");
      const header = table.getHeaderRowRange();
      header.load("values");
      await context.sync();
      return [
        table.name,
        table.showFilterButton,
        table.showHeaders,
        range.address,
        body.address,
        header.values[0],
      ];
    });
    expect(read).toEqual([
      "指标明细",
      true,
      true,
      "S!A1:C2",
      "S!A2:C2",
      ["项目", "Column2", "项目2"],
    ]);
    expect(
      await codeOf(
        run(
          async (c) =>
            void (c.workbook.worksheets.getItem("S").tables.add("B2:D3", true), await c.sync())
        )
      )
    ).toBe("InvalidOperation");
  });
});

describe("inserting another workbook's sheets (excel.workbook insertWorksheetsFromBase64; ExcelApi 1.13)", () => {
  async function file(): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("项目表");
    sheet.getCell("A1").value = 11.46;
    sheet.getCell("A1").numFmt = "0.00";
    sheet.getCell("A2").value = { formula: "A1*2", result: 22.92 };
    sheet.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    sheet.getColumn(2).width = 20;
    book.addWorksheet("说明").getCell("A1").value = "注";
    return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
  }

  it("inserts every sheet with no options, keeping formulas, number formats, fills and widths", async () => {
    const { run, workbook } = emulate({ sheets: ["项目表"] });
    const ids = await run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(await file());
      await context.sync();
      return result.value;
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["项目表", "项目表 (2)", "说明"]);
    expect(ids).toEqual([workbook.sheets[1].id, workbook.sheets[2].id]);
    const sheet = workbook.sheet("项目表 (2)")!;
    expect(sheet.cell(0, 0)).toMatchObject({ value: 11.46, numberFormat: "0.00" });
    expect(sheet.cell(1, 0)).toMatchObject({ formula: "=A1*2" });
    expect(sheet.cell(0, 1)?.style?.["format.fill.color"]).toBe("#FFC7CE");
    expect(sheet.columnWidths.get(1)).toBeCloseTo(108.75, 1);
  });

  it("places chosen sheets before a Worksheet given as relativeTo", async () => {
    const { run, workbook } = emulate({ sheets: ["一", "二"] });
    await run(async (context) => {
      const before = context.workbook.worksheets.getItem("二");
      context.workbook.insertWorksheetsFromBase64(await file(), {
        sheetNamesToInsert: ["说明"],
        positionType: "Before",
        relativeTo: before,
      });
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["一", "说明", "二"]);
  });
});
