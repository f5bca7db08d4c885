import { createEmulatedExcel } from "../../src/emulator";

const { Excel, workbook } = createEmulatedExcel({ sheets: ["表1"] });

beforeEach(() => {
  workbook.sheets.splice(0, workbook.sheets.length);
  workbook.addSheet("表1");
  workbook.active = workbook.sheets[0];
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "ok").catch((e: { code: string }) => e.code);

describe("Excel.Worksheet (excel.worksheet)", () => {
  it("moves, hides, activates and deletes sheets", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("二");
      sheets.add("三").position = 0;
      sheets.getItem("二").visibility = "Hidden";
      sheets.getItem("表1").activate();
      await context.sync();
    });
    expect(workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["三", "Visible"],
      ["表1", "Visible"],
      ["二", "Hidden"],
    ]);
    expect(workbook.active.name).toBe("表1");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("三").delete();
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["表1", "二"]);
  });

  it("keeps at least one visible sheet (Worksheet.delete, Worksheet.visibility)", async () => {
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("表1").delete();
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
  });

  it("freezes rows, stores custom properties and notes", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表1");
      sheet.freezePanes.freezeRows(3);
      sheet.customProperties.add("perf-targets.form", "1");
      await context.sync();
    });
    const sheet = workbook.sheets[0];
    expect(sheet.frozen).toEqual({ rows: 3, columns: 0 });
    expect(sheet.customProperties.get("perf-targets.form")).toBe("1");
  });
});

describe("Excel.Range navigation, selection and clearing (excel.range)", () => {
  it("resizes and offsets ranges, and rejects moving off the sheet", async () => {
    const addresses = await Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("表1").getRange("B2");
      const resized = a1.getResizedRange(2, 3);
      const offset = a1.getOffsetRange(1, 1);
      resized.load("address");
      offset.load("address");
      await context.sync();
      return [resized.address, offset.address];
    });
    expect(addresses).toEqual(["表1!B2:E4", "表1!C3"]);
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets
            .getItem("表1")
            .getRange("A1")
            .getOffsetRange(-1, 0)
            .load("address");
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
  });

  it("selects a range and reports the selection (Range.select, Workbook.getSelectedRange)", async () => {
    const address = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("C5:D6").select();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("表1!C5:D6");
  });

  it("clears values and formats (Range.clear)", async () => {
    workbook.setValues("表1", "A1", [["x", "y"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A1").clear();
      await context.sync();
    });
    expect(workbook.values("表1", "A1:B1")).toEqual([["", "y"]]);
  });
});

describe("Excel.TableCollection (excel.tablecollection)", () => {
  it("adds a table, and refuses one over merged cells or another table", async () => {
    workbook.sheets[0].merges.push({ top: 9, left: 0, bottom: 9, right: 1 });
    const name = await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("表1").tables.add("A1:C4", true);
      table.load("name");
      await context.sync();
      return table.name;
    });
    expect(name).toBe("Table1");
    const overMerge = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").tables.add("A9:C11", true);
      await context.sync();
    });
    expect(await codeOf(overMerge)).toBe("InvalidOperation");
    const overTable = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").tables.add("B2:D5", true);
      await context.sync();
    });
    expect(await codeOf(overTable)).toBe("InvalidOperation");
  });
});

describe("Excel.NamedItemCollection (excel.nameditemcollection)", () => {
  it("adds a name, finds it, and refuses a taken or invalid name", async () => {
    const formula = await Excel.run(async (context) => {
      context.workbook.names.add("年度金额", "=表1!$E$6");
      const item = context.workbook.names.getItemOrNullObject("年度金额");
      const missing = context.workbook.names.getItemOrNullObject("没有");
      item.load("formula");
      await context.sync();
      return { formula: item.formula, missing: missing.isNullObject };
    });
    expect(formula).toEqual({ formula: "=表1!$E$6", missing: true });
    const taken = Excel.run(async (context) => {
      context.workbook.names.add("年度金额", "=表1!$E$7");
      await context.sync();
    });
    expect(await codeOf(taken)).toBe("ItemAlreadyExists");
    const invalid = Excel.run(async (context) => {
      context.workbook.names.add("A1", "=表1!$E$7");
      await context.sync();
    });
    expect(await codeOf(invalid)).toBe("InvalidArgument");
  });
});

describe("RangeFormat.autofitColumns (excel.rangeformat)", () => {
  it("widens a column to fit its Chinese text", async () => {
    workbook.setValues("表1", "A1", [["龙头分园工作人员对日常运转保障满意度"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A1").format.autofitColumns();
      await context.sync();
    });
    expect(workbook.sheets[0].columnWidths.get(0)).toBeGreaterThan(200);
  });
});
