import { readFileSync } from "node:fs";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetPlan } from "../form/plan";
import { writeInternalLinksAsExcelDoes } from "./internalLinks";
import { keepEmptyLooks, writePlan } from "./streamedPlan";
import { StyleImport, sourceStyles } from "./styleImport";

writeInternalLinksAsExcelDoes();

/**
 * A workbook of copied worksheets, streamed to `out` as it is made (ExcelJS's streaming writer):
 * each copy is written, compressed and dropped before the next, so a summary of thousands of
 * forms never holds them all (bench, "merge"). The first `leading` sheets (the summary's own, which
 * need every form) are written last, when the workbook is finished, yet come first.
 */
export class StreamedWorkbook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly zipped: ZipProgress;
  private lastStyles: { xml: string | null; imported: StyleImport } | undefined;

  constructor(
    out: Writable,
    private readonly leading: number
  ) {
    // Inline strings: a shared-string table would hold every text of every form until the end.
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    this.zipped = new ZipProgress(this.writer);
    reserve(this.writer, leading);
  }

  /** The submitted workbook with its styles, or null when ExcelJS cannot open it (its values are copied instead). */
  async open(path: string): Promise<ExcelJS.Workbook | null> {
    const workbook = new ExcelJS.Workbook();
    try {
      // From bytes: readFile first asks the file system whether the file exists, then streams it.
      const bytes = readFileSync(path) as unknown as Parameters<typeof workbook.xlsx.load>[0];
      await workbook.xlsx.load(bytes);
      return workbook;
    } catch {
      return null;
    }
  }

  /**
   * A copy of a submitted worksheet under `name` (values, styles, merges, widths, heights, notes;
   * formulas as their values), written out at once.
   */
  async copy(source: ExcelJS.Worksheet, name: string): Promise<void> {
    await this.write(source, this.writer.addWorksheet(name));
  }

  /**
   * A submitted sheet's copy already written as XML (src/files/sheetXml.ts), added under `name`
   * as its own part: ExcelJS's writer has no way to take rows already styled, so the part goes
   * straight into its zip, and the writer is told of the sheet as of one it wrote and forgot.
   */
  async addSheetXml(name: string, xml: string): Promise<void> {
    const writer = this.writer as unknown as {
      nextId: number;
      zip: { append(data: string, options: { name: string }): void };
    };
    const id = writer.nextId;
    writer.zip.append(xml, { name: `/xl/worksheets/sheet${id}.xml` });
    (this.writer as unknown as SheetSlots)._worksheets[id] = {
      id,
      name,
      state: "visible",
      committed: true,
    };
    await this.zipped.caughtUp(id);
  }

  /**
   * A submitted workbook's looks, numbered into this workbook's styles part as its copies use them.
   * Files made from one template share their styles part: the last one's numbering is kept for
   * the next file with the same text (a tenth of the copies' time over 3,600 forms, bench "merge").
   */
  styleImport(stylesXml: string | null): StyleImport {
    if (this.lastStyles?.xml === stylesXml) return this.lastStyles.imported;
    const manager = (
      this.writer as unknown as { styles: ConstructorParameters<typeof StyleImport>[0] }
    ).styles;
    const imported = new StyleImport(manager, sourceStyles(stylesXml));
    this.lastStyles = { xml: stylesXml, imported };
    return imported;
  }

  /** A sheet this tool made, written from its plan (src/files/streamedPlan.ts). */
  async writePlan(plan: SheetPlan): Promise<void> {
    const sheet = writePlan(this.writer, plan);
    await this.zipped.caughtUp(sheet.id);
  }

  /**
   * Finish the file: the sheets of `plans` named in `first` (as many as were held) become its
   * first sheets, in that order; two plans for one sheet are applied one after the other.
   */
  async finish(plans: SheetPlan[], first: string[]): Promise<void> {
    if (first.length !== this.leading || plans.some((plan) => !first.includes(plan.sheet)))
      throw new Error(`The leading sheets are ${this.leading}: ${first.join(", ")}`);
    release(this.writer, this.leading);
    for (const sheet of first) {
      const ops = plans.filter((plan) => plan.sheet === sheet).flatMap((plan) => plan.ops);
      await this.writePlan({ sheet, ops });
    }
    await this.writer.commit();
  }

  private async write(source: ExcelJS.Worksheet, sheet: ExcelJS.Worksheet): Promise<void> {
    copyCells(source, sheet);
    sheet.commit();
    forget(this.writer, sheet);
    await this.zipped.caughtUp(sheet.id);
  }
}

/**
 * Cells with their values and looks. Merges first, so that each cell of a merge keeps its own
 * style (the right border of a merged title lives on its last cell). Formulas as their results,
 * so that a copy never runs a submitted formula.
 */
function copyCells(source: ExcelJS.Worksheet, copy: ExcelJS.Worksheet): void {
  source.columns?.forEach((column, i) => {
    if (column.width) copy.getColumn(i + 1).width = column.width;
  });
  const merges =
    (source as unknown as { _merges: Record<string, { range: string }> })._merges ?? {};
  for (const merge of Object.values(merges)) copy.mergeCells(merge.range);
  source.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const into = copy.getRow(rowNumber);
    if (row.height) into.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const to = into.getCell(colNumber);
      if (cell.type === ExcelJS.ValueType.Formula)
        to.value = (cell.result ?? null) as ExcelJS.CellValue;
      else if (cell.type !== ExcelJS.ValueType.Merge) to.value = cell.value;
      to.style = cell.style;
      if (cell.note) to.note = cell.note;
    });
    keepEmptyLooks(into);
  });
}

/**
 * ExcelJS's streaming writer gives a new sheet the lowest free id, and lists sheets in workbook.xml
 * by id: holding ids 1..count while the copies are written keeps those places (and the parts
 * sheet1.xml...) for the sheets written last.
 */
type SheetSlots = { _worksheets: unknown[] };
const HELD = Object.freeze({ held: true });

function reserve(writer: ExcelJS.stream.xlsx.WorkbookWriter, count: number): void {
  const slots = (writer as unknown as SheetSlots)._worksheets;
  for (let id = 1; id <= count; id++) slots[id] = HELD;
}

function release(writer: ExcelJS.stream.xlsx.WorkbookWriter, count: number): void {
  const slots = (writer as unknown as SheetSlots)._worksheets;
  // Holes, as ExcelJS leaves them: its loops skip them, and its next ids fill them.
  for (let id = 1; id <= count; id++) delete slots[id];
}

/**
 * A written sheet reduced to what the writer still reads of it when it finishes the workbook (its
 * id, name, state, part and print settings, for workbook.xml and the content types): the whole
 * sheet writer kept its merges, columns and streams, some 9 KB a sheet (bench, "merge").
 */
function forget(writer: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet): void {
  const slots = (writer as unknown as SheetSlots)._worksheets;
  const { id, name, state, pageSetup } = sheet;
  slots[id] = { id, name, state, pageSetup, committed: true };
}

/** How many committed sheets may wait to be compressed before the copying waits for the zip. */
const ZIP_BACKLOG = 8;

/**
 * The zip (archiver) compresses committed sheets in the background; when copying runs ahead, the
 * waiting sheets pile up in memory. This lets a copy wait until the sheet committed ZIP_BACKLOG
 * sheets before it has been written.
 */
class ZipProgress {
  private readonly written = new Set<number>();
  private readonly waiting = new Map<number, () => void>();
  private readonly committed: number[] = [];

  constructor(writer: ExcelJS.stream.xlsx.WorkbookWriter) {
    const zip = (writer as unknown as { zip: NodeJS.EventEmitter }).zip;
    zip.on("entry", (entry: { name: string }) => {
      const id = /worksheets\/sheet(\d+)\.xml$/.exec(entry.name)?.[1];
      if (id === undefined) return;
      this.written.add(Number(id));
      this.waiting.get(Number(id))?.();
    });
  }

  async caughtUp(id: number): Promise<void> {
    this.committed.push(id);
    if (this.committed.length <= ZIP_BACKLOG) return;
    const oldest = this.committed.shift() as number;
    if (!this.written.delete(oldest))
      await new Promise<void>((resolve) => this.waiting.set(oldest, resolve));
    this.waiting.delete(oldest);
    this.written.delete(oldest);
  }
}
