import ExcelJS from "exceljs";

/**
 * Copies of submitted worksheets in the summary workbook, made one input at a time: an input is
 * opened, its form sheets copied, and it is dropped before the next, so only the copies stay.
 * Cells with the same look share one style object: copied per cell, styles were most of the
 * summary's memory (bench, "merge").
 */
export class SheetCopier {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly target: ExcelJS.Workbook) {}

  /** The submitted workbook with its styles, or null when ExcelJS cannot open it (its values are copied instead). */
  async open(path: string): Promise<ExcelJS.Workbook | null> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(path);
      return workbook;
    } catch {
      return null;
    }
  }

  /** A copy of a worksheet (values, styles, merges, widths, heights) under `name`; formulas as their values. */
  copy(source: ExcelJS.Worksheet, name: string): ExcelJS.Worksheet {
    const copy = this.target.addWorksheet(name);
    source.columns?.forEach((column, i) => {
      if (column.width) copy.getColumn(i + 1).width = column.width;
    });
    source.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const into = copy.getRow(rowNumber);
      if (row.height) into.height = row.height;
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const to = into.getCell(colNumber);
        if (cell.type === ExcelJS.ValueType.Formula)
          to.value = (cell.result ?? null) as ExcelJS.CellValue;
        else if (cell.type !== ExcelJS.ValueType.Merge) to.value = cell.value;
        to.style = this.shared(cell.style);
        if (cell.note) to.note = cell.note;
      });
    });
    const merges =
      (source as unknown as { _merges: Record<string, { range: string }> })._merges ?? {};
    for (const merge of Object.values(merges)) copy.mergeCells(merge.range);
    return copy;
  }

  /**
   * One frozen style object for each look: nothing may change it in place (the plan appliers
   * give a cell its own copy before they format it: ownStyle in xlsxWrite.ts).
   */
  private shared(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
    const key = JSON.stringify(style ?? {});
    let found = this.styles.get(key);
    if (!found) {
      found = deepFreeze(JSON.parse(key) as Partial<ExcelJS.Style>);
      this.styles.set(key, found);
    }
    return found;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
