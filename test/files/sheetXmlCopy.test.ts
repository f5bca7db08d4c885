import { readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { inspectFile } from "../../src/cli/inspect";
import { copySheetXml, stringItems } from "../../src/files/sheetXml";
import { StyleImport, sourceStyles } from "../../src/files/styleImport";
import { parseXml } from "../../src/xlsx/xml";
import { writeWorkbook } from "../../src/files/xlsxWrite";
import { cli } from "../support/cli";
import { sampleGrid } from "../support/sampleGrid";
import { tempDir } from "../support/tmp";

/*
 * merge copies each form's sheet from the XML the reader read (src/files/sheetXml.ts), its looks
 * renumbered into the output's styles part. ExcelJS, an independent reader, reads the submitted
 * sheet and its copy, and every cell of the two must agree: the value (a formula's result where
 * the original has a formula), the resolved style (number format, font, fill, border, alignment,
 * protection), and the sheet's merges, column widths and row heights.
 */

const tmp = tempDir();
/** The five forms of the sample document (examples/2023-unit-performance-targets.txt). */
const samples = () => readSheet(sampleGrid()).forms.map((form) => form.record);
const FIXTURES = "test/fixtures/xlsx";
const PUBLISHED = join(FIXTURES, "libreoffice-published");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The summary's own sheets, before the copies. */
const LEADING = 3;

const workbooksIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(dir, name));

async function read(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's value as a copy holds it: a formula's cached result, a link's text and target. */
function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result ?? null;
  return cell.value === "" ? null : (cell.value ?? null);
}

/** The look ExcelJS resolves for a cell; a "General" number format is no format (how both show). */
function styleOf(cell: ExcelJS.Cell): unknown {
  const style = JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
  if (style.numFmt === "General") delete style.numFmt;
  return style;
}

const mergesOf = (sheet: ExcelJS.Worksheet) =>
  Object.keys((sheet as unknown as { _merges: object })._merges ?? {}).sort();

/** Every difference a person could see between the submitted sheet and its copy. */
function differences(source: ExcelJS.Worksheet, copy: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  const rows = Math.max(source.rowCount, copy.rowCount);
  const columns = Math.max(source.columnCount, copy.columnCount);
  for (let c = 1; c <= columns; c++)
    if (source.getColumn(c).width !== copy.getColumn(c).width)
      found.push(`column ${c} width ${source.getColumn(c).width} → ${copy.getColumn(c).width}`);
  for (let r = 1; r <= rows; r++) {
    if (source.getRow(r).height !== copy.getRow(r).height)
      found.push(`row ${r} height ${source.getRow(r).height} → ${copy.getRow(r).height}`);
    for (let c = 1; c <= columns; c++) {
      const [was, now] = [source.getCell(r, c), copy.getCell(r, c)];
      if (!isEqual(valueOf(was), valueOf(now)))
        found.push(`${was.address} value ${show(valueOf(was))} → ${show(valueOf(now))}`);
      if (!isEqual(styleOf(was), styleOf(now)))
        found.push(`${was.address} style ${show(styleOf(was))} → ${show(styleOf(now))}`);
    }
  }
  if (!isEqual(mergesOf(source), mergesOf(copy)))
    found.push(`merges ${show(mergesOf(source))} → ${show(mergesOf(copy))}`);
  return found.slice(0, 12);
}

const show = (value: unknown) => JSON.stringify(value);

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(b).toEqual(a);
    return true;
  } catch {
    return false;
  }
}

/** Merge one workbook; each sheet holding a form beside its copy in the summary. */
async function mergedPairs(path: string, out: string) {
  const { report } = await inspectFile(path);
  const withForms = [...new Set(report.forms.map((form) => form.sheet))];
  const { code, stderr } = await cli("merge", path, "-o", out, "--force");
  expect([0, 1]).toContain(code);
  expect(stderr).not.toMatch(/internal|内部/);
  const [source, merged] = await Promise.all([read(path), read(out)]);
  const copies = merged.worksheets.slice(LEADING);
  expect(copies).toHaveLength(withForms.length);
  return withForms.map((name, i) => ({
    name,
    source: source.getWorksheet(name) as ExcelJS.Worksheet,
    copy: copies[i],
  }));
}

describe("merge's copy of a submitted sheet, cell by cell against the original", () => {
  const fixtures = [...workbooksIn(FIXTURES), ...workbooksIn(PUBLISHED)].filter(
    (path) => !/encrypted|not-a-workbook/.test(path)
  );

  it.each(fixtures)(
    "%s",
    async (path) => {
      const pairs = await mergedPairs(path, tmp.path("fixture.xlsx"));
      for (const { name, source, copy } of pairs)
        expect({ sheet: name, differences: differences(source, copy) }).toEqual({
          sheet: name,
          differences: [],
        });
    },
    60_000
  );

  it("the sample document's five forms, written by the add-in's writer, one workbook each", async () => {
    const records = samples();
    for (const [i, record] of records.entries()) {
      const path = tmp.path(`sample-${i}.xlsx`);
      await writeWorkbook(path, [formPlan(record, { sheet: "绩效目标表" })]);
      const [{ source, copy }] = await mergedPairs(path, tmp.path(`sample-${i}-merged.xlsx`));
      expect(differences(source, copy)).toEqual([]);
    }
  }, 60_000);

  it("reads as a copy that really differs when a look is changed (the comparison can fail)", async () => {
    const [record] = samples();
    const path = tmp.path("changed.xlsx");
    await writeWorkbook(path, [formPlan(record, { sheet: "绩效目标表" })]);
    const [{ source, copy }] = await mergedPairs(path, tmp.path("changed-merged.xlsx"));
    // ExcelJS shares one style object among cells: a new one changes B4 alone.
    const font = { name: "黑体", size: 20 };
    source.getCell("B4").style = { ...source.getCell("B4").style, font };
    source.getCell("B4").value = "另一个项目";
    source.getColumn(2).width = 3;
    source.getRow(9).height = 99;
    expect(differences(source, copy)).toEqual([
      expect.stringMatching(/^column 2 width 3 →/),
      expect.stringMatching(/^B4 value "另一个项目" →/),
      expect.stringMatching(/^B4 style .*黑体/),
      // C4 lies in B4's merged area, and shows its value.
      expect.stringMatching(/^C4 value "另一个项目" →/),
      expect.stringMatching(/^row 9 height 99 →/),
    ]);
  }, 60_000);
});

describe("a submitted sheet's copy from its XML", () => {
  const styleOf = (s: number) => s + 100;
  const sheetXml = (data: string, around = "", before = "") =>
    `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="${RELS}">${before}` +
    `<x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews>` +
    `<x:sheetData>${data}</x:sheetData>${around}</x:worksheet>`;

  it("keeps formulas' values only, each named with its text; a shared formula slid to its cell", () => {
    const { xml, formulas } = copySheetXml(
      "表",
      sheetXml(
        '<x:row r="6"><x:c r="E6" s="2"><x:f t="shared" ref="E6:E7" si="0">C6+D6</x:f><x:v>3</x:v></x:c></x:row>' +
          '<x:row r="7"><x:c r="E7" s="2"><x:f t="shared" si="0"/><x:v>5.50</x:v></x:c>' +
          '<x:c r="F7" t="str"><x:f>"a"&amp;"&lt;b"</x:f><x:v>a&lt;b</x:v></x:c>' +
          '<x:c r="G7" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>'
      ),
      { strings: [], styleOf }
    );
    expect(formulas).toEqual([
      { sheet: "表", cell: "E6", formula: "C6+D6", value: "3" },
      { sheet: "表", cell: "E7", formula: "C7+D7", value: "5.5" },
      { sheet: "表", cell: "F7", formula: '"a"&"<b"', value: "a<b" },
      { sheet: "表", cell: "G7", formula: "1/0", value: "#DIV/0!" },
    ]);
    expect(xml).not.toContain("<f");
    expect(xml).toContain('<c r="E7" s="102"><v>5.50</v></c>');
    expect(xml).toContain(
      '<c r="F7" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c>'
    );
    expect(xml).toContain('<c r="G7" t="e"><v>#DIV/0!</v></c>');
  });

  it("writes shared strings inline with their runs, renumbers looks, and drops what refers to other parts", () => {
    const strings = stringItems(
      `<sst xmlns="${MAIN}"><si><t>纯文本</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">粗 </t></r><r><t>细</t></r></si></sst>`
    );
    expect(strings).toEqual([
      "<t>纯文本</t>",
      '<r><rPr><b/></rPr><t xml:space="preserve">粗 </t></r><r><t>细</t></r>',
    ]);
    const { xml } = copySheetXml(
      "表",
      sheetXml(
        '<x:row r="1" s="3" customFormat="1" spans="1:2"><x:c r="A1" t="s" s="0"><x:v>1</x:v></x:c><x:c r="B1" t="s" s="4"><x:v>0</x:v></x:c></x:row>',
        '<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>' +
          '<x:conditionalFormatting sqref="A1"><x:cfRule type="expression" dxfId="0" priority="1"><x:formula>A1&gt;0</x:formula></x:cfRule></x:conditionalFormatting>' +
          '<x:pageSetup paperSize="9" orientation="landscape" r:id="rId1"/><x:drawing r:id="rId2"/>',
        '<x:sheetPr codeName="Sheet1" filterMode="1"><x:tabColor rgb="FFFF0000"/><x:outlinePr summaryBelow="0"/><x:pageSetUpPr fitToPage="1"/></x:sheetPr>'
      ),
      { strings, styleOf }
    );
    expect(xml).toContain(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>'
    );
    expect(xml).toContain(
      '<sheetView workbookViewId="0"/></sheetViews><sheetData><row r="1" s="103" customFormat="1">' +
        '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">粗 </t></r><r><t>细</t></r></is></c>' +
        '<c r="B1" s="104" t="inlineStr"><is><t>纯文本</t></is></c></row></sheetData>' +
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageSetup paperSize="9" orientation="landscape"/></worksheet>'
    );
  });

  it("writes well-formed XML from a hostile part: a quote in an attribute's name or value", () => {
    const { xml } = copySheetXml(
      "表",
      sheetXml(
        `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t a"b="1">&lt;/t&gt;'"</x:t></x:is></x:c></x:row>`,
        `<x:headerFooter><x:oddHeader c='"x"'>&amp;P</x:oddHeader></x:headerFooter>`
      ),
      { strings: [], styleOf }
    );
    expect(() => parseXml("copy", xml, {})).not.toThrow();
    expect(xml).toContain(`<c r="A1" t="inlineStr"><is><t>&lt;/t&gt;'"</t></is></c>`);
    expect(xml).toContain('<oddHeader c="&quot;x&quot;">&amp;P</oddHeader>');
  });

  it("copies a sheet with notes and links to other files through ExcelJS, notes and links kept", async () => {
    const [record] = samples();
    const path = tmp.path("noted.xlsx");
    await writeWorkbook(path, [formPlan(record, { sheet: "绩效目标表" })]);
    const workbook = await read(path);
    const sheet = workbook.getWorksheet("绩效目标表") as ExcelJS.Worksheet;
    sheet.getCell("B4").note = "项目名称以批复为准";
    sheet.getCell("E3").value = { text: "说明", hyperlink: "http://example.com/" };
    await workbook.xlsx.writeFile(path);
    const [{ copy }] = await mergedPairs(path, tmp.path("noted-merged.xlsx"));
    expect(copy.getCell("B4").note).toBe("项目名称以批复为准");
    expect(copy.getCell("E3").value).toEqual({ text: "说明", hyperlink: "http://example.com/" });
    expect(copy.getCell("B4").value).toBe(record.name);
  }, 60_000);
});

describe("a submitted styles part, read for the copies' looks", () => {
  it("keeps each cell format's parts and alignment, not its extensions nor conditional formats' looks", () => {
    const styles = sourceStyles(
      `<x:styleSheet xmlns:x="${MAIN}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
        '<x:numFmts count="1"><x:numFmt numFmtId="176" formatCode="0.00&quot;万元&quot;"/></x:numFmts>' +
        '<x:fonts count="1" x14ac:knownFonts="1"><x:font><x:sz val="12"/><x:name val="宋体"/></x:font></x:fonts>' +
        '<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills>' +
        '<x:borders count="1"><x:border><x:left style="thin"><x:color indexed="64"/></x:left></x:border></x:borders>' +
        '<x:cellXfs count="1"><x:xf numFmtId="176" fontId="0" fillId="0" borderId="0" applyNumberFormat="1">' +
        '<x:alignment horizontal="center" wrapText="1"/><x:extLst><x:ext uri="{x}"><x:thing/></x:ext></x:extLst></x:xf></x:cellXfs>' +
        '<x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs></x:styleSheet>'
    );
    expect(styles).toEqual({
      numFmts: new Map([[176, '0.00"万元"']]),
      fonts: ['<font><sz val="12"/><name val="宋体"/></font>'],
      fills: ['<fill><patternFill patternType="none"/></fill>'],
      borders: ['<border><left style="thin"><color indexed="64"/></left></border>'],
      formats: [
        {
          attributes: {
            numFmtId: "176",
            fontId: "0",
            fillId: "0",
            borderId: "0",
            applyNumberFormat: "1",
          },
          inner: '<alignment horizontal="center" wrapText="1"/>',
        },
      ],
    });
  });
});

describe("a submitted look numbered into the output's styles part", () => {
  it("adds each part once, keeps built-in number formats, escapes what it copies", () => {
    const manager = {
      model: { fonts: [] as string[], fills: ["none", "gray"], borders: ["plain"], styles: ["0"] },
      index: { font: {}, fill: {}, border: {}, style: {} } as Record<
        string,
        Record<string, number>
      >,
      _addFont: (font: unknown) => manager.model.fonts.push(JSON.stringify(font)) - 1,
      _addNumFmtStr: (code: string) => (code === '0.00"万元"' ? 170 : -1),
    };
    const font = '<font><sz val="12"/></font>';
    const imported = new StyleImport(manager, {
      numFmts: new Map([[176, '0.00"万元"']]),
      fonts: [font],
      fills: ["<fill/>"],
      borders: ["<border/>"],
      formats: [
        { attributes: { numFmtId: "176", fontId: "0", applyFont: `1" x="y` }, inner: "" },
        {
          attributes: { numFmtId: "14", fontId: "0", fillId: "0", borderId: "0" },
          inner: "<alignment/>",
        },
      ],
    });
    expect([
      imported.styleOf(0),
      imported.styleOf(1),
      imported.styleOf(0),
      imported.styleOf(7),
    ]).toEqual([1, 2, 1, 0]);
    expect(manager.model.fonts).toEqual([expect.stringContaining("Calibri"), font]);
    expect(manager.model.styles.slice(1)).toEqual([
      '<xf numFmtId="170" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1&quot; x=&quot;y"/>',
      '<xf numFmtId="14" fontId="1" fillId="2" borderId="1" xfId="0"><alignment/></xf>',
    ]);
  });
});
