/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   conformance tests read ClientResult.value and sub-objects after a sync the rules cannot follow */
import { codeOf, emulate } from "./support";

/**
 * What marking cells and putting them back needs, each through the genuine library, each with
 * the reference page (learn.microsoft.com/javascript/api/excel/…) or office-js issue it follows.
 */
describe("big writes (excel.range values; the library splits writes over 1,500 cells, ExcelApi 1.3)", () => {
  it("writes and reads back 3,000 rows × 2 columns in one sync", async () => {
    const { run, stats, workbook } = emulate({ sheets: ["S"] });
    const values = Array.from({ length: 3000 }, (_, i) => [i, `第${i}行`]);
    const before = stats.syncs;
    const read = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B3000");
      range.values = values;
      range.numberFormat = values.map(() => ["0.00", "@"]);
      const last = range.getLastCell();
      last.load("address, values");
      await context.sync();
      return last;
    });
    expect(stats.syncs - before).toBe(1);
    expect(read.address).toBe("S!B3000");
    expect(read.values).toEqual([["第2999行"]]);
    expect(workbook.values("S", "A2999:B3000")).toEqual([
      [2998, "第2998行"],
      [2999, "第2999行"],
    ]);
    expect(workbook.sheet("S")!.cell(2999, 0)?.numberFormat).toBe("0.00");
  });

  it("refuses a big write whose shape does not match the range (Range._ValidateArraySize)", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2000").values = Array.from(
          { length: 1999 },
          () => [1, 2]
        );
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  it("counts the largest request in UTF-8 bytes and refuses one over 5 MB (Excel on the web's limit)", async () => {
    const { run, stats } = emulate({ sheets: ["S"] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["项目".repeat(1000)]];
      await context.sync();
    });
    expect(stats.largestRequestBytes).toBeGreaterThan(6000); // 2,000 CJK characters × 3 bytes
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A6").values = Array.from(
          { length: 6 },
          () => ["x".repeat(1024 * 1024)]
        );
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("used range and clearing (excel.worksheet getUsedRange, excel.clearapplyto)", () => {
  it("ignores formats, prompts and fills with valuesOnly, and counts them without", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    workbook.setValues("S", "B2", [["值"]]);
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("E9").format.fill.color = "#FFFF00";
      sheet.getRange("F12").dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
      const all = sheet.getUsedRange();
      const values = sheet.getUsedRange(true);
      const valuesOrNull = sheet.getUsedRangeOrNullObject(true);
      [all, values, valuesOrNull].forEach((r) => r.load("address"));
      await context.sync();
      return [all.address, values.address, valuesOrNull.address];
    });
    expect(read).toEqual(["S!B2:F12", "S!B2", "S!B2"]);
  });

  it("clears only what applyTo names: Contents keeps fills and formats, Formats keeps values", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    const setUp = (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      range.values = [[0.5]];
      range.numberFormat = [["0%"]];
      range.format.fill.color = "#FFC7CE";
      range.hyperlink = { address: "https://example.com", textToDisplay: "x" };
      return range;
    };
    await run(async (context) => {
      setUp(context).clear("Contents");
      await context.sync();
    });
    expect(workbook.sheet("S")!.cell(0, 0)).toMatchObject({
      value: "",
      numberFormat: "0%",
      style: { "format.fill.color": "#FFC7CE" },
    });
    await run(async (context) => {
      setUp(context).clear("Formats");
      await context.sync();
    });
    const cell = workbook.sheet("S")!.cell(0, 0)!;
    expect(cell.value).toBe(0.5);
    expect(cell.numberFormat).toBeUndefined();
    expect(cell.style?.["format.fill.color"]).toBeUndefined();
    expect(cell.style?.hyperlink).toBeDefined();
    await run(async (context) => {
      setUp(context).clear("Hyperlinks");
      await context.sync();
    });
    expect(workbook.sheet("S")!.cell(0, 0)?.style?.hyperlink).toBeUndefined();
    expect(workbook.sheet("S")!.cell(0, 0)?.value).toBe(0.5);
    await run(async (context) => {
      setUp(context).clear();
      await context.sync();
    });
    expect(workbook.sheet("S")!.cell(0, 0)).toBeUndefined();
  });
});

describe("no fill and white fill (excel.rangefill tintAndShade; office-js #4900, #6218)", () => {
  it("reads #FFFFFF for both, with tintAndShade null only where there is no fill", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B1").format.fill.color = "#FFFFFF";
      const none = sheet.getRange("A1").format.fill;
      const white = sheet.getRange("B1").format.fill;
      none.load("color, tintAndShade");
      white.load("color, tintAndShade");
      const props = sheet
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, tintAndShade: true } } });
      await context.sync();
      return {
        none: [none.color, none.tintAndShade],
        white: [white.color, white.tintAndShade],
        props: props.value[0],
      };
    });
    expect(read.none).toEqual(["#FFFFFF", null]);
    expect(read.white).toEqual(["#FFFFFF", 0]);
    expect(read.props.map((p) => p.format!.fill!.tintAndShade)).toEqual([null, 0]);
  });

  it("puts 'no fill' back through setCellProperties with pattern None, and a colour with color", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.format.fill.color = "#FFC7CE";
      range.setCellProperties([
        [{ format: { fill: { pattern: "None" } } }, { format: { fill: { color: "#FFFFFF" } } }],
      ]);
      await context.sync();
    });
    expect(workbook.sheet("S")!.cell(0, 0)).toBeUndefined();
    expect(workbook.sheet("S")!.cell(0, 1)?.style).toEqual({ "format.fill.color": "#FFFFFF" });
  });
});

describe("cell properties round-trip (excel.range getCellProperties / setCellProperties, ExcelApi 1.9)", () => {
  it("gives one border object per side, and agrees with format.borders.getItem both ways", async () => {
    const { run } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const bottom = sheet.getRange("A1").format.borders.getItem("EdgeBottom");
      bottom.style = "Continuous";
      bottom.color = "#FF0000";
      sheet
        .getRange("B1")
        .setCellProperties([
          [{ format: { borders: { left: { style: "Dash", weight: "Medium" } } } }],
        ]);
      const props = sheet
        .getRange("A1")
        .getCellProperties({ format: { borders: { style: true, color: true } } });
      const viaEdge = sheet.getRange("A1").format.borders.getItem("EdgeRight");
      viaEdge.load("style, weight");
      await context.sync();
      return {
        borders: props.value[0][0].format!.borders!,
        right: [viaEdge.style, viaEdge.weight],
      };
    });
    expect(Object.keys(read.borders).sort()).toEqual([
      "bottom",
      "diagonalDown",
      "diagonalUp",
      "horizontal",
      "left",
      "right",
      "top",
      "vertical",
    ]);
    expect(read.borders.bottom).toEqual({ style: "Continuous", color: "#FF0000" });
    expect(read.borders.top).toEqual({ style: "None", color: "#000000" });
    // B1's left side is A1's right side: one line, seen from both cells (a guess, docs/emulator.md).
    expect(read.right).toEqual(["Dash", "Medium"]);
  });

  it("round-trips style and hyperlink, and restores a cell's look exactly", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    const link = { address: "https://example.com/", textToDisplay: "链接", screenTip: "提示" };
    const shape = {
      style: true,
      hyperlink: true,
      format: { fill: { color: true }, font: { bold: true, color: true }, wrapText: true },
    };
    const saved = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("C3");
      range.style = "Good";
      range.hyperlink = link;
      range.format.font.bold = true;
      const props = range.getCellProperties(shape);
      await context.sync();
      return props.value;
    });
    expect(saved[0][0]).toMatchObject({
      style: "Good",
      hyperlink: link,
      format: { font: { bold: true } },
    });
    const before = JSON.stringify([...workbook.sheet("S")!.cells]);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("C3");
      range.format.fill.color = "#FFEB9C";
      range.format.font.bold = false;
      await context.sync();
      range.setCellProperties(saved as Excel.SettableCellProperties[][]);
      range.format.fill.clear();
      await context.sync();
    });
    expect(JSON.stringify([...workbook.sheet("S")!.cells])).toBe(before);
  });
});

describe("borders of a multi-cell range (excel.rangebordercollection, excel.rangeborder)", () => {
  it("sets EdgeBottom on the bottom row only, inside edges between cells, and lists the items", async () => {
    const { run, workbook } = emulate({ sheets: ["S"] });
    const read = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A3");
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
      const inside = context.workbook.worksheets
        .getItem("S")
        .getRange("C1:C3")
        .format.borders.getItem("InsideHorizontal");
      inside.style = "Double";
      const items = range.format.borders;
      items.load("items");
      await context.sync();
      return items.items.map((b) => [b.sideIndex, b.style]);
    });
    const sheet = workbook.sheet("S")!;
    expect(sheet.cell(0, 0)?.style?.["format.borders.EdgeBottom.style"]).toBeUndefined();
    expect(sheet.cell(2, 0)?.style?.["format.borders.EdgeBottom.style"]).toBe("Continuous");
    expect(sheet.cell(0, 2)?.style?.["format.borders.EdgeBottom.style"]).toBe("Double");
    expect(sheet.cell(2, 2)?.style?.["format.borders.EdgeBottom.style"]).toBeUndefined();
    expect(read).toContainEqual(["EdgeBottom", "Continuous"]);
    expect(read).toContainEqual(["EdgeTop", "None"]);
  });
});
