import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addSheets, checkWorkbook, clearMarks, mergeIntoSummary } from "../../src/excel";
import { cellCovering, sheetView, type SheetView } from "../../src/preview/grid/sheetView";
import { sampleSheets } from "../../src/preview/sample";
import { installHost } from "../excel/host";

const text = readFileSync(
  join(__dirname, "../../examples/2023-unit-performance-targets.txt"),
  "utf8"
);

async function sampleHost(requirementSets?: Record<string, string>) {
  const host = installHost(requirementSets, []);
  await addSheets(sampleSheets(text));
  return host;
}

const at = (view: SheetView, address: string) => {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return cellCovering(view, Number(row) - 1, col.charCodeAt(0) - 65)!;
};

describe("the preview's view of a sheet", () => {
  it("draws a form as the add-in wrote it: merged areas, formats, lines, lists", async () => {
    const host = await sampleHost();
    const view = sheetView(host.workbook, host.workbook.sheets[0]);
    const title = at(view, "A1");
    expect([title.text, title.colSpan, title.bold, title.horizontal]).toEqual([
      "本级预算项目绩效目标表",
      5,
      true,
      "center",
    ]);
    expect(view.rows[0][1]).toBeNull();
    expect(at(view, "C1")).toBe(title);
    // Amounts are numbers shown in their format, right-aligned.
    expect([at(view, "E6").text, at(view, "E6").kind]).toEqual(["11.46", "number"]);
    expect(at(view, "A12").lines.bottom).toEqual({ width: 1, style: "solid", color: "#000000" });
    expect(at(view, "B12").choices).toContain("数量指标");
    expect(view.colWidths[0]).toBeGreaterThan(64);
  });

  it("shows the add-in's marks over the cells' own fills, with their messages, and drops them when cleared", async () => {
    const host = await sampleHost();
    const fifth = host.workbook.sheets[4];
    const plain = sheetView(host.workbook, fifth);
    await checkWorkbook();
    const marked = sheetView(host.workbook, fifth);
    const b16 = at(marked, "B16");
    expect(b16.mark).toBe("error");
    expect(b16.fill).not.toBe(at(plain, "B16").fill);
    expect(b16.comment?.[0].text).toContain("不属于一级指标“产出指标”");
    expect(at(marked, "E18").mark).toBe("warning");
    await clearMarks();
    expect(sheetView(host.workbook, fifth)).toEqual(plain);
  });

  it("shows a mark's message as the cell's input prompt on Excel 2019 (ExcelApi 1.8)", async () => {
    const host = await sampleHost({ ExcelApi: "1.8" });
    await checkWorkbook();
    const e12 = at(sheetView(host.workbook, host.workbook.sheets[4]), "E12");
    expect(e12.comment).toBeNull();
    expect(e12.prompt?.title).toBe("绩效目标表校验");
  });

  it("draws the summary's links to the forms, and its indicator table", async () => {
    const host = await sampleHost();
    const forms = host.workbook.sheets.map((s) => s.name);
    const { sheet } = await mergeIntoSummary();
    const view = sheetView(host.workbook, host.workbook.sheet(sheet)!);
    const links = view.rows.flat().filter((cell) => cell?.link);
    expect(links.map((cell) => cell!.link!.sheet)).toEqual(forms);
    const withTable = host.workbook.sheets.find((s) => s.tables.length > 0)!;
    const table = sheetView(host.workbook, withTable).rows.flat();
    expect(table.some((cell) => cell?.table === "band")).toBe(true);
  });
});

describe("the preview's formulas", () => {
  it("shows a total as Excel computes it now, not as it was when written", async () => {
    const host = await sampleHost();
    const { sheet } = await mergeIntoSummary();
    const view = sheetView(host.workbook, host.workbook.sheet(sheet)!);
    const total = view.rows.flat().find((cell) => cell?.input.startsWith("=SUM(G"));
    expect(total?.text).toBe("1,027.56");
  });
});
