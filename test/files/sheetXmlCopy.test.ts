import { readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formPlan, readSheet } from "../../src/form";
import { inspectFile } from "../../src/cli/inspect";
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

  it.each(fixtures)("%s", async (path) => {
    const pairs = await mergedPairs(path, tmp.path("fixture.xlsx"));
    for (const { name, source, copy } of pairs)
      expect({ sheet: name, differences: differences(source, copy) }).toEqual({
        sheet: name,
        differences: [],
      });
  }, 60_000);

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
    const name = source.getCell("B4");
    // ExcelJS shares one style object among cells: a new one changes B4 alone.
    name.style = { ...name.style, font: { name: "黑体", size: 20 } };
    name.value = "另一个项目";
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
