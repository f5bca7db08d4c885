import { isLongTermLabel, type TableRole } from "./labels";
import { canonicalLevel1, canonicalLevel2 } from "../framework";
import { parseIndicatorValue } from "../value";
import { GROUPING_LEVEL1, HEADER_THRESHOLD, headerScore, periodScore } from "./vocabulary";
import type { SheetIndex } from "./sheetIndex";

/**
 * The indicator table's columns, found by their headers (the column-role detector of
 * docs/layouts.md). Only name and value are always there; the rest is null when a form has no
 * such column.
 */
export interface TableColumns {
  /** The form's first table header: its header fields end above it (a 长期 table above a 年度 one). */
  firstHeaderRow: number;
  headerRow: number;
  /** The last header row (a second row may hold 三级指标/指标值 under 长期 and 年度 groups). */
  lastHeaderRow: number;
  /** The leftmost column with a role: text left of it below the header is not part of the table. */
  firstCol: number;
  level1: number | null;
  level2: number | null;
  name: number;
  value: number;
  /** Budget-system exports: the operator (指标性质) and unit (度量单位) in columns of their own. */
  operator: number | null;
  unit: number | null;
}

interface HeaderColumn {
  col: number;
  role: TableRole;
  /** The header's own label and the group label above or left of it (长期绩效指标, 年度…). */
  label: string;
  group: string;
}

/**
 * The indicator table between two rows: the first header (a row naming 一级指标, or a name and a
 * value column), unless it is titled 长期 (长期绩效指标) and a second table follows: then the
 * year's table below it, as the record holds the year's indicators.
 */
export function findTable(ix: SheetIndex, fromRow: number, toRow: number): TableColumns | null {
  const first = tableAt(ix, fromRow, toRow);
  if (!first) return null;
  const chosen = isLongTermLabel(tableTitle(ix, first))
    ? tableAfterLongTerm(ix, first, toRow)
    : first;
  return levelsShifted(ix, withoutGrouping(ix, chosen, toRow), toRow);
}

function tableAfterLongTerm(ix: SheetIndex, first: TableColumns, toRow: number): TableColumns {
  const next = tableAt(ix, first.lastHeaderRow + 1, toRow);
  return next ? { ...next, firstHeaderRow: first.headerRow } : first;
}

/**
 * A table headed 一级指标 | 二级指标 with no 三级 header whose 一级 column holds 二级 names
 * (数量指标, 质量指标) and whose 二级 column the indicators' names (鄂州 2022): each column holds
 * the level right of its header's, so the 一级 column is the 二级 one, the 二级 column the names,
 * and the 一级 is the one each 二级 belongs to.
 */
function levelsShifted(ix: SheetIndex, table: TableColumns, toRow: number): TableColumns {
  const { level1, level2, name, headerRow } = table;
  if (level1 === null || level2 === null || ix.meaning(headerRow, name).role === "name")
    return table;
  const written = (col: number) => {
    const texts: string[] = [];
    for (let row = table.lastHeaderRow + 1; row <= toRow && !isHeaderRow(ix, row); row++)
      if (!ix.isCovered(row, col) && ix.label(row, col)) texts.push(ix.label(row, col));
    return texts;
  };
  const firsts = written(level1);
  const seconds = written(level2);
  // 成本指标 is a 一级 of the 2021 framework as well as a 二级: the others tell.
  const shifted =
    firsts.every((label) => canonicalLevel2(label) !== null) &&
    firsts.some((label) => canonicalLevel1(label) === null) &&
    !seconds.some((label) => canonicalLevel2(label) !== null || canonicalLevel1(label) !== null);
  return shifted ? { ...table, level1: null, level2: level1, name: level2 } : table;
}

/**
 * A table whose 一级 column only groups (实施效果指标) and whose 二级 column holds the national
 * 一级 names: the 二级 column is its 一级 one, and it has no 二级 (docs/form.md).
 */
function withoutGrouping(ix: SheetIndex, table: TableColumns, toRow: number): TableColumns {
  const { level1, level2 } = table;
  if (level1 === null || level2 === null) return table;
  for (let row = table.lastHeaderRow + 1; row <= toRow; row++) {
    const group = ix.label(row, level1);
    if (group === "") continue;
    const grouping = (GROUPING_LEVEL1 as readonly string[]).includes(group);
    const national = canonicalLevel1(ix.label(row, level2)) !== null;
    return grouping && national ? { ...table, level1: level2, level2: null } : table;
  }
  return table;
}

function tableAt(ix: SheetIndex, fromRow: number, toRow: number): TableColumns | null {
  for (let row = fromRow; row <= toRow; row++) {
    const main = rolesOf(ix, row);
    if (!namesTable(main)) continue;
    const sub = row + 1 <= toRow ? subHeader(ix, row, main) : null;
    const table = tableOf(ix, row, sub === null ? row : row + 1, sub ?? main);
    return sub === null && row + 1 <= toRow && namesValueColumns(ix, table)
      ? { ...table, lastHeaderRow: row + 1 }
      : table;
  }
  return null;
}

/** A row is a table's header when its headers score enough in the vocabulary (vocabulary.ts). */
const namesTable = (columns: HeaderColumn[]) =>
  headerScore(columns.map((c) => c.role)) >= HEADER_THRESHOLD;

/** Whether a row is an indicator table's header: where one table ends and the next begins. */
export function isHeaderRow(ix: SheetIndex, row: number): boolean {
  return namesTable(rolesOf(ix, row));
}

/** A table's title: a label left of its header (a merged 长期绩效指标), else a row of its own above. */
function tableTitle(ix: SheetIndex, table: TableColumns): string {
  for (let col = ix.left; col < table.firstCol; col++) {
    const label = ix.label(table.headerRow, col);
    if (label) return label;
  }
  const above = table.headerRow - 1;
  const texts: string[] = [];
  for (let col = ix.left; col <= ix.right; col++) {
    const label = ix.label(above, col);
    if (label && !ix.isCovered(above, col)) texts.push(label);
  }
  return texts.length === 1 ? texts[0] : "";
}

function rolesOf(ix: SheetIndex, row: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let col = ix.left; col <= ix.right; col++) {
    if (ix.isCovered(row, col)) continue;
    const role = ix.meaning(row, col).role;
    if (role) columns.push({ col, role, label: ix.label(row, col), group: "" });
  }
  return columns;
}

/**
 * A second header row under group labels (长期绩效指标 | 年度绩效指标 over 三级指标 | 指标值 twice):
 * its columns with their group, plus the main row's columns it does not cover.
 */
function subHeader(ix: SheetIndex, row: number, main: HeaderColumn[]): HeaderColumn[] | null {
  const below = rolesOf(ix, row + 1).filter((c) => c.role !== "level1" && c.role !== "level2");
  // Two headers at least: one indicator whose name happens to contain 指标值 is not a header row.
  if (below.length < 2) return null;
  for (const column of below) column.group = groupAbove(ix, row, column.col);
  const covered = new Set(below.map((c) => c.col));
  return [...main.filter((c) => !covered.has(c.col)), ...below].sort((a, b) => a.col - b.col);
}

/**
 * A row under the header that names the value columns a group header spans (龙岩 2023: 区域目标值
 * over 新罗区 | 永定区 | …): nothing left of the value column, two texts at least, none a number,
 * each under the group's label or a blank (or merged) header cell right of it.
 */
function namesValueColumns(ix: SheetIndex, table: TableColumns): boolean {
  const row = table.headerRow + 1;
  const texts: number[] = [];
  for (let col = table.firstCol; col <= ix.right; col++) {
    if (ix.isCovered(row, col) || ix.text(row, col) === "") continue;
    if (col < table.value) return false;
    const underGroup =
      col === table.value ||
      ix.isCovered(table.headerRow, col) ||
      ix.label(table.headerRow, col) === "";
    if (!underGroup || parseIndicatorValue(ix.text(row, col)).kind !== "qualitative") return false;
    texts.push(col);
  }
  return texts.length >= 2;
}

/** The group label over a column: its merged header, or the nearest label left of it in the row. */
function groupAbove(ix: SheetIndex, row: number, col: number): string {
  for (let c = col; c >= ix.left; c--) {
    const label = ix.label(row, c);
    if (label) return ix.meaning(row, c).role ? "" : label;
  }
  return "";
}

function tableOf(
  ix: SheetIndex,
  headerRow: number,
  lastHeaderRow: number,
  columns: HeaderColumn[]
): TableColumns {
  const first = (role: TableRole) => columns.find((c) => c.role === role)?.col ?? null;
  const named = preferAnnual(columns, "name");
  // A half's own 二级 (and 一级) is the nearest one left of its name column.
  const nearestLeft = (role: TableRole) =>
    named === null
      ? first(role)
      : (columns.filter((c) => c.role === role && c.col < named).pop()?.col ?? first(role));
  const level1 = nearestLeft("level1");
  const level2 = nearestLeft("level2");
  const name = named ?? (level2 ?? level1 ?? 0) + 1;
  const value = preferAnnual(columns, "value") ?? unnamedRightOf(ix, headerRow, name);
  const group = columns.find((c) => c.col === value)?.group ?? "";
  const near = (role: TableRole) =>
    columns
      .filter((c) => c.role === role && c.group === group)
      .sort((a, b) => Math.abs(a.col - value) - Math.abs(b.col - value))[0]?.col ?? null;
  return {
    firstHeaderRow: headerRow,
    headerRow,
    lastHeaderRow,
    firstCol: Math.min(...columns.map((c) => c.col), name),
    level1,
    level2,
    name,
    value,
    operator: near("operator"),
    unit: near("unit"),
  };
}

/** Two halves side by side: a name and a value column each, not one value column and its notes. */
const isTwoHalves = (columns: HeaderColumn[]) =>
  columns.filter((c) => c.role === "name").length > 1 &&
  columns.filter((c) => c.role === "value").length > 1;

/**
 * A table with no 指标值 header: the first column right of the name whose header the vocabulary
 * does not know. Fujian's transfer-fund tables put 指标解释 (and 指标方向) there, then one target
 * column per receiving township (西坪镇尧山村 | 桃舟乡吾培村 …): the first township's is read.
 */
function unnamedRightOf(ix: SheetIndex, headerRow: number, name: number): number {
  const start = (ix.mergeOf(headerRow, name)?.right ?? name) + 1;
  for (let col = start; col <= ix.right; col++) {
    if (ix.isCovered(headerRow, col)) continue;
    if (ix.meaning(headerRow, col).role === null) return col;
  }
  return start;
}

/**
 * Of several name or value columns, the annual one: each scores by the period its header or group
 * names (年度 over none over 长期/实施期), the first of the best wins. Halves whose headers name no
 * period (东莞's 批复表: 指标值 | … | 计划指标值 under 中期 and 年度 goals) are laid out as the
 * template lays its money and goals: the period's half first, the year's last.
 */
function preferAnnual(columns: HeaderColumn[], role: TableRole): number | null {
  const candidates = columns.filter((c) => c.role === role);
  if (candidates.length === 0) return null;
  const scores = candidates.map((c) => periodScore(c.label) || periodScore(c.group));
  const best = Math.max(...scores);
  if (scores.every((score) => score === 0) && isTwoHalves(columns))
    return candidates[candidates.length - 1].col;
  return candidates[scores.indexOf(best)].col;
}
