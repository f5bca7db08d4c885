import { MARK_TAG, PROMPT_TITLE } from "../../src/excel/marks";
import { cellA1 } from "../../src/form/address";
import type { GridSnapshot } from "../../src/form/grid";
import type { EmulatedWorkbook } from "../../src/emulator";

/** What the core would read from an emulated sheet, taken straight from the host's cells. */
export function snapshotOf(workbook: EmulatedWorkbook, name: string): GridSnapshot {
  const sheet = workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const area = sheet.usedArea();
  if (!area) return { sheet: name, origin: { row: 0, col: 0 }, values: [], merges: [] };
  const values = [];
  for (let r = 0; r <= area.bottom; r++) {
    const row = [];
    for (let c = 0; c <= area.right; c++) {
      const v = sheet.cell(r, c)?.value;
      row.push(v === undefined || v === "" ? null : v);
    }
    values.push(row);
  }
  return { sheet: name, origin: { row: 0, col: 0 }, values, merges: [...sheet.merges] };
}

/** Put a grid's values and merges into an emulated sheet, making the sheet if needed. */
export function seedGrid(workbook: EmulatedWorkbook, grid: GridSnapshot): void {
  workbook.loadGrid(grid);
}

export interface ShownMark {
  cell: string;
  fill: string | null;
  /** Our comment's text, or our reply in the person's thread. */
  comment?: string;
  /** The input prompt our mark set. */
  prompt?: string;
}

/** The marks a person would see on a sheet: our conditional formats, with their comment or prompt. */
export function marksOn(workbook: EmulatedWorkbook, name: string): ShownMark[] {
  const sheet = workbook.sheet(name)!;
  return sheet.conditionalFormats
    .filter((f) => f.formula.includes("perf-targets"))
    .map((f) => {
      const cell = cellA1(f.area.top, f.area.left);
      const thread = workbook.comments.find(
        (c) => c.sheet === sheet && c.row === f.area.top && c.col === f.area.left
      );
      const ours = [thread?.content, ...(thread?.replies ?? []).map((r) => r.content)].find((t) =>
        t?.startsWith(MARK_TAG)
      );
      const prompt = sheet.cell(f.area.top, f.area.left)?.style?.["dataValidation.prompt"] as
        { title: string; message: string } | undefined;
      return {
        cell,
        fill: f.fill,
        ...(ours ? { comment: ours } : {}),
        ...(prompt?.title === PROMPT_TITLE ? { prompt: prompt.message } : {}),
      };
    })
    .sort((a, b) => (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
}
