import type ExcelJS from "exceljs";
import { areaA1, parseArea } from "../form/address";
import type { Area } from "../form/grid";
import type { PlanOp, PlanOpOf, SheetPlan } from "../form/plan";
import { applyOp } from "./xlsxWrite";

/*
 * A sheet plan applied to a sheet of ExcelJS's streaming writer, a few rows at a time, each row
 * written out once no op touches it any more. The summary of 3,600 forms has some 45,000 rows on
 * its own sheets: built whole in memory they were most of merge's peak (bench, "merge").
 *
 * The result is the in-memory applier's (applyPlans): rows are cut into blocks that no merge
 * crosses, and each block gets every op that touches it, clipped to it, in the plan's order.
 * Cells of different blocks never affect each other, so the order across blocks does not matter.
 */

/** Where an op acts: on some rows (0-based, inclusive), or on the whole sheet, before any row. */
type Reach = { top: number; bottom: number } | "sheet";

const rowsOf = (range: string): Reach => {
  const area = parseArea(range);
  if (!area) throw new Error(`Bad range in a sheet plan: ${range}`);
  return { top: area.top, bottom: area.bottom };
};

/** Every op kind's reach: a new kind fails to compile until it is placed here. */
const REACH: { [K in PlanOp["kind"]]: (op: PlanOpOf<K>) => Reach } = {
  values: (op) => rowsOf(op.range),
  merge: (op) => rowsOf(op.range),
  format: (op) => rowsOf(op.range),
  list: (op) => rowsOf(op.range),
  hint: (op) => rowsOf(op.range),
  unmerge: (op) => rowsOf(op.range),
  // Refused by every file writer (src/files/xlsxWrite.ts): a file's sheets are written whole.
  insertRows: () => "sheet",
  note: (op) => rowsOf(op.cell),
  link: (op) => rowsOf(op.cell),
  rowHeight: (op) => rowsOf(op.range),
  columnWidths: () => "sheet",
  freeze: () => "sheet",
  filter: () => "sheet",
  print: () => "sheet",
};

const reachOf = <K extends PlanOp["kind"]>(op: PlanOpOf<K>): Reach =>
  (REACH[op.kind] as (op: PlanOpOf<K>) => Reach)(op);

/** Written into the sheet's first bytes by the streaming writer: known before it is made. */
const OPENING_KINDS: PlanOp["kind"][] = ["freeze", "print"];

interface RowOp {
  op: PlanOp;
  order: number;
  top: number;
  bottom: number;
}

/** The plan's sheet, written and committed into `writer`. */
export function writePlan(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  plan: SheetPlan
): ExcelJS.Worksheet {
  const rowOps: RowOp[] = [];
  const sheetOps: PlanOp[] = [];
  plan.ops.forEach((op, order) => {
    const reach = reachOf(op);
    if (reach === "sheet") sheetOps.push(op);
    else rowOps.push({ op, order, ...reach });
  });
  const opening = { views: [], pageSetup: {} } as unknown as ExcelJS.Worksheet;
  for (const op of sheetOps) if (OPENING_KINDS.includes(op.kind)) applyOp(opening, op);
  const sheet = writer.addWorksheet(plan.sheet, {
    views: opening.views,
    pageSetup: opening.pageSetup,
  });
  for (const op of sheetOps) if (!OPENING_KINDS.includes(op.kind)) applyOp(sheet, op);
  writeRows(sheet, rowOps);
  sheet.commit();
  return sheet;
}

function writeRows(sheet: ExcelJS.Worksheet, rowOps: RowOp[]): void {
  const looks = new Map<string, Partial<ExcelJS.Style>>();
  const byTop = [...rowOps].sort((a, b) => a.top - b.top || a.order - b.order);
  let next = 0;
  let active: RowOp[] = [];
  for (const block of blocks(rowOps)) {
    let added = false;
    for (; next < byTop.length && byTop[next].top <= block.bottom; next++, added = true)
      active.push(byTop[next]);
    active = active.filter((rowOp) => rowOp.bottom >= block.top);
    if (added) active.sort((a, b) => a.order - b.order);
    for (const { op } of active) applyOp(sheet, clip(op, block));
    for (let row = block.top; row <= block.bottom; row++) {
      const written = sheet.getRow(row + 1);
      keepEmptyLooks(written);
      written.eachCell((cell) => (cell.style = sameLook(looks, cell.style)));
    }
    sheet.getRow(block.bottom + 1).commit();
  }
}

/**
 * ExcelJS's streaming writer drops a row without values or height, and with it the borders and
 * fills of its empty cells (a form's blank indicator rows); its in-memory writer keeps every row
 * that has cells. This makes the streaming writer keep such a row (one with cells) too.
 */
export function keepEmptyLooks(row: ExcelJS.Row): void {
  // A row without cells has no model: written, it would break the writer.
  if (row.cellCount === 0) return;
  Object.defineProperty(row, "hasValues", { value: true, configurable: true });
}

/**
 * One style object for each look: ExcelJS's writer turns each new style object into XML to find
 * its number, and the appliers give every cell they format its own object (ownStyle in
 * xlsxWrite.ts); shared, a look is turned into XML once (bench, "merge": half of the summary's time).
 */
function sameLook(
  looks: Map<string, Partial<ExcelJS.Style>>,
  style: Partial<ExcelJS.Style>
): Partial<ExcelJS.Style> {
  const key = JSON.stringify(style);
  const found = looks.get(key);
  if (found) return found;
  looks.set(key, style);
  return style;
}

/** Consecutive rows from the first to the last an op touches, cut where no merge crosses. */
function* blocks(rowOps: RowOp[]): Generator<{ top: number; bottom: number }> {
  if (rowOps.length === 0) return;
  const last = Math.max(...rowOps.map((rowOp) => rowOp.bottom));
  const tiedUntil: number[] = [];
  for (const { op, top, bottom } of rowOps)
    if (op.kind === "merge") tiedUntil[top] = Math.max(tiedUntil[top] ?? top, bottom);
  let top = 0;
  while (top <= last) {
    let bottom = top;
    for (let row = top; row <= bottom; row++) bottom = Math.max(bottom, tiedUntil[row] ?? row);
    yield { top, bottom };
    top = bottom + 1;
  }
}

/** The op on the block's rows only. Merges lie within a block; a cell op is on one row. */
function clip(op: PlanOp, block: { top: number; bottom: number }): PlanOp {
  if (!("range" in op) || op.kind === "merge") return op;
  const area = parseArea(op.range) as Area;
  const top = Math.max(area.top, block.top);
  const bottom = Math.min(area.bottom, block.bottom);
  if (top === area.top && bottom === area.bottom) return op;
  const range = areaA1({ ...area, top, bottom });
  return op.kind === "values"
    ? { ...op, range, values: op.values.slice(top - area.top, bottom - area.top + 1) }
    : { ...op, range };
}
