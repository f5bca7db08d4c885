import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import type { SheetPlan } from "../../src/form/plan";
import { summaryBook } from "../../src/form/summaryBook";
import type { SummaryItem } from "../../src/form/summary";
import { StreamedWorkbook } from "../../src/files/sheetCopy";
import { sampleGrid } from "../support/sampleGrid";
import { newWorkbookBytes } from "../support/xlsxFiles";

/*
 * merge writes its sheets with ExcelJS's streaming writer, a block of rows at a time
 * (src/files/streamedPlan.ts); the in-memory applier (applyPlans) is the reference. Both files are
 * read back and compared cell by cell: values, formulas, styles, merges, notes, links, lists,
 * heights, widths, frozen panes, print settings and filters.
 */

async function streamedBytes(plans: SheetPlan[], copies: ExcelJS.Worksheet[] = []) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new StreamedWorkbook(out, plans.length);
  for (const sheet of copies) await workbook.copy(sheet, `copy of ${sheet.name}`);
  await workbook.finish(
    plans,
    plans.map((plan) => plan.sheet)
  );
  return Buffer.concat(chunks);
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]
  );
  return workbook;
}

/** What a person sees of a sheet, as plain data that two readings can be compared by. */
function seen(sheet: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.height) heights[number] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        // An empty text: a shared string read back as "", an inline one (the streaming writer's) as null.
        value:
          cell.type === ExcelJS.ValueType.Merge
            ? "(merged)"
            : cell.value === ""
              ? null
              : cell.value,
        style: JSON.parse(JSON.stringify(cell.style)) as unknown,
        note: cell.note,
        list: cell.dataValidation,
      };
    });
  });
  const merges = Object.keys((sheet as unknown as { _merges: object })._merges).sort();
  const widths = (sheet.columns ?? []).map((column) => column.width);
  const { printArea, printTitlesRow, orientation, fitToPage, fitToWidth, fitToHeight, paperSize } =
    sheet.pageSetup;
  const print = {
    printArea,
    printTitlesRow,
    orientation,
    fitToPage,
    fitToWidth,
    fitToHeight,
    paperSize,
  };
  const frozen = (sheet.views ?? []) as { state?: string; xSplit?: number; ySplit?: number }[];
  const views = frozen.map(({ state, xSplit, ySplit }) => ({ state, xSplit, ySplit }));
  return {
    name: sheet.name,
    cells,
    heights,
    merges,
    widths,
    print,
    views,
    filter: sheet.autoFilter,
  };
}

/** The sample's five forms, one with a finding, summed as merge sums them. */
function summaryPlans(): SheetPlan[] {
  const forms = readSheet(sampleGrid()).forms;
  const items: SummaryItem[] = forms.map((form, i) => ({
    record: form.record,
    findings: i === 1 ? form.findings.slice(0, 2) : [],
    sheet: `表${i + 1}`,
    cell: "A1",
    source: `form-${i + 1}.xlsx`,
  }));
  return summaryBook(items, { unreadable: [{ source: "broken.xlsx", reason: "无法读取" }] }).plans;
}

/** Merges across rows, ops before and after them on the same cells, sheet-wide settings. */
const trickyPlan: SheetPlan = {
  sheet: "tricky",
  ops: [
    { kind: "columnWidths", widths: [10, 20, 30] },
    {
      kind: "values",
      range: "A1:C6",
      values: [
        ["title", null, null],
        ["a", 1, { formula: "=B2*2", result: 2 }],
        ["b", 2, ""],
        [null, null, null],
        ["c", 3, true],
        ["d", 4, "x"],
      ],
    },
    { kind: "format", range: "B3", format: { fill: "#FFEEAA", font: { bold: true } } },
    { kind: "merge", range: "A1:C1" },
    { kind: "merge", range: "B3:C4" },
    { kind: "merge", range: "A4:A5" },
    { kind: "format", range: "A1:C6", format: { border: "thin", wrap: true } },
    { kind: "format", range: "C4", format: { numberFormat: "0.00" } },
    { kind: "rowHeight", range: "A2:A5", height: 24 },
    { kind: "note", cell: "C6", text: "一条批注 a note" },
    { kind: "link", cell: "A6", sheet: "其他 sheet", target: "B2", text: "原表" },
    {
      kind: "list",
      range: "B6:B8",
      items: ["是", "否"],
      hint: { title: "选择", message: "是或否" },
    },
    { kind: "hint", range: "C7", hint: { title: "金额", message: "以万元为单位" } },
    { kind: "format", range: "A8:C8", format: { fill: "#DDEEFF" } },
    { kind: "freeze", rows: 1, columns: 1 },
    { kind: "filter", range: "A2:C6" },
    {
      kind: "print",
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      area: "A1:C6",
      titleRows: "1:1",
    },
  ],
};

describe("the streaming writer against the in-memory one", () => {
  it.each([
    ["the summary's three sheets", summaryPlans],
    [
      "a form written from its record (a text input's copy)",
      () => [formPlan(readSheet(sampleGrid()).forms[0].record, { sheet: "项目" })],
    ],
    [
      "merges crossed by earlier and later ops, empty styled rows, notes, links and lists",
      () => [trickyPlan],
    ],
  ])(
    "writes %s alike",
    async (_, plans) => {
      const expected = await read(await newWorkbookBytes(plans()));
      const streamed = await read(await streamedBytes(plans()));
      expect(streamed.worksheets.map(seen)).toEqual(expected.worksheets.map(seen));
    },
    60_000
  );

  it("puts the sheets written last in front, and copies a submitted sheet with its merged borders", async () => {
    const submitted = await read(await newWorkbookBytes([trickyPlan]));
    const bytes = await streamedBytes([{ ...trickyPlan, sheet: "汇总表" }], submitted.worksheets);
    const book = await read(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["汇总表", "copy of tricky"]);
    const copy = book.worksheets[1];
    expect(copy.getCell("C3").style.border?.right).toEqual({ style: "thin" });
    expect(copy.getCell("C3").style.fill).toEqual(submitted.worksheets[0].getCell("C3").style.fill);
    expect(copy.getCell("C2").value).toBe(2);
    expect(copy.getCell("A8").style.fill).toMatchObject({ fgColor: { argb: "FFDDEEFF" } });
  }, 60_000);
});
