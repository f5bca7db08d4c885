import { areaA1, cellA1, parseArea } from "./address";
import { cellAt, type Area, type GridSnapshot } from "./grid";
import type { PlanOp, SheetPlan } from "./plan";
import type { ReadForm } from "./reader";
import type { Indicator } from "./record";
import { INPUT_HINTS } from "./template";
import { BODY_CELLS, levelLists } from "./templatePlan";

/*
 * 插入指标行 (docs/form.md, "Rows the person adds"): a new indicator row right below the last
 * row of a 二级, planned from what the reader found, so that it reads back under that 二级.
 */

/** A run of indicator rows under one 一级 and 二级, as the reader read them (0-based rows). */
export interface Level2Block {
  level1: string;
  level2: string;
  firstRow: number;
  lastRow: number;
}

/** Where the indicator table's parts sit on a form, from the rows the reader read. */
interface TableColumns {
  level1: number | null;
  level2: number | null;
  name: number;
  value: number;
}

const rowOf = (cell: string) => parseArea(cell)!.top;
const colOf = (cell: string) => parseArea(cell)!.left;

/** The form's 二级 blocks, top to bottom: each run of rows with the same 一级 and 二级. */
export function level2Blocks(form: ReadForm): Level2Block[] {
  const blocks: Level2Block[] = [];
  for (const indicator of form.record.indicators) {
    const row = rowOf(indicator.cells.name);
    const last = blocks.at(-1);
    const same = last && last.level1 === indicator.level1 && last.level2 === indicator.level2;
    if (same && last.lastRow < row) last.lastRow = row;
    else
      blocks.push({
        level1: indicator.level1,
        level2: indicator.level2,
        firstRow: row,
        lastRow: row,
      });
  }
  return blocks;
}

/** The block a row belongs to (a selected cell's), or null outside the form's indicator rows. */
export function blockAt(form: ReadForm, row: number): Level2Block | null {
  return level2Blocks(form).find((b) => b.firstRow <= row && row <= b.lastRow) ?? null;
}

/** The form a row lies in, of the forms read on a sheet. */
export function formAt(forms: readonly ReadForm[], row: number): ReadForm | null {
  return forms.find((f) => f.area.top <= row && row <= f.area.bottom) ?? null;
}

function tableColumns(form: ReadForm, sample: Indicator): TableColumns {
  const layout = form.record.layout;
  return {
    level1: layout?.level1Column === false ? null : colOf(sample.cells.level1),
    level2: layout?.level2Column === false ? null : colOf(sample.cells.level2),
    name: colOf(sample.cells.name),
    value: colOf(sample.cells.value),
  };
}

export interface RowInsertion {
  plan: SheetPlan;
  /** The new row (0-based) and the cell a person types its 三级指标 into. */
  row: number;
  cell: string;
}

/**
 * The plan that inserts an indicator row below `block` on `grid`'s sheet: whole rows move down
 * (nothing is written over); a merged area down the table (一级, 二级, a label beside it) that
 * ends on the block's last row is merged again to take the new row in; a one-row merge of that row (the 三级指标's C:D) is
 * repeated; the 一级 and 二级 are written where no merge covers them; the template's borders
 * and drop-downs with their prompts are given to the new row.
 */
export function insertRowPlan(
  grid: GridSnapshot,
  form: ReadForm,
  block: Level2Block
): RowInsertion {
  const sample = form.record.indicators.find((i) => rowOf(i.cells.name) === block.lastRow)!;
  const columns = tableColumns(form, sample);
  const last = block.lastRow;
  const row = last + 1;
  const levelColumns = [columns.level1, columns.level2].filter((c): c is number => c !== null);
  const on = (m: Area, col: number) => m.left <= col && col <= m.right;
  // Areas down the table that end on its last row: the 一级/二级, a 绩效指标 label beside the
  // table, a list's project name. Never one over the 三级指标 or the value: those are a row's own.
  const endingHere = grid.merges.filter(
    (m) =>
      m.bottom === last &&
      m.top < last &&
      m.left >= form.area.left &&
      !on(m, columns.name) &&
      !on(m, columns.value)
  );
  // An area going on below the last row grows by itself when the row is inserted inside it.
  const spanning = grid.merges.filter((m) => m.top <= last && m.bottom > last);
  const covered = (col: number) => [...endingHere, ...spanning].some((m) => on(m, col));
  const ops: PlanOp[] = [{ kind: "insertRows", range: `${row + 1}:${row + 1}` }];
  for (const m of endingHere) {
    ops.push({ kind: "unmerge", range: areaA1(m) });
    ops.push({ kind: "merge", range: areaA1({ ...m, bottom: row }) });
  }
  for (const merge of rowMerges(grid, columns, last, rowOf(form.record.indicators[0].cells.name)))
    ops.push({ kind: "merge", range: areaA1({ ...merge, top: row, bottom: row }) });
  const texts: [number | null, string][] = [
    [columns.level1, sample.written.level1],
    [columns.level2, sample.written.level2],
  ];
  for (const [col, text] of texts)
    if (col !== null && !covered(col))
      ops.push({ kind: "values", range: cellA1(row, col), values: [[text]] });
  const left = Math.min(...levelColumns, columns.name);
  const right = Math.max(form.area.right, columns.value);
  ops.push({
    kind: "format",
    range: areaA1({ top: row, left, bottom: row, right }),
    format: BODY_CELLS,
  });
  const level1 =
    columns.level1 === null || covered(columns.level1) ? null : cellA1(row, columns.level1);
  const level2 =
    columns.level2 === null || covered(columns.level2) ? null : cellA1(row, columns.level2);
  ops.push(...levelLists(level1, level2), ...rowHints(row, columns.name, columns.value));
  return { plan: { sheet: grid.sheet, ops }, row, cell: cellA1(row, columns.name) };
}

/** The template's prompts on the new row's 三级指标 and value cells, as on the rows above. */
function rowHints(row: number, nameColumn: number, valueColumn: number): PlanOp[] {
  return [
    { kind: "hint", range: cellA1(row, nameColumn), hint: INPUT_HINTS.indicatorName },
    { kind: "hint", range: cellA1(row, valueColumn), hint: INPUT_HINTS.indicatorValue },
  ];
}

/**
 * The one-row merges of the block's last row, to repeat on the new row. A sheet read without its
 * merges (Excel before ExcelApi 1.13) gives none: then the 三级指标 spans the columns up to the
 * 指标值, as the template merges it (C:D), when there are any between them.
 */
function rowMerges(
  grid: GridSnapshot,
  columns: TableColumns,
  row: number,
  tableTop: number
): Area[] {
  const own = grid.merges.filter((m) => m.top === row && m.bottom === row);
  if (own.length > 0 || grid.merges.length > 0) return own;
  if (columns.value - columns.name < 2) return [];
  // A column between them that holds anything (an operator column) is a column of its own.
  for (let r = tableTop; r <= row; r++)
    for (let col = columns.name + 1; col < columns.value; col++)
      if (cellAt(grid, r, col) !== null && cellAt(grid, r, col) !== "") return [];
  return [{ top: row, bottom: row, left: columns.name, right: columns.value - 1 }];
}
