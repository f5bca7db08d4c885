import { cellA1 } from "../address";
import { decimalFromCell } from "../decimal";
import { toFinding, type Finding } from "../finding";
import type { Area, GridSnapshot } from "../grid";
import type { FormRecord, FundingColumn } from "../record";
import { FIELDS, FUNDING_PARTS, fundingPath, type FundingSide } from "../template";
import { parsePeriod } from "../period";
import { toHalfWidth } from "../width";
import { indicatorsMissing, noForm } from "./findings";
import { readHeaderFields, type FoundField, type HeaderFields } from "./header";
import { findTable, readIndicators } from "./indicators";
import { fieldOf } from "./labels";
import { indexSheet, type SheetIndex } from "./sheetIndex";

export interface ReadForm {
  sheet: string;
  area: Area;
  record: FormRecord;
  /** What the reader could not read in this form. */
  findings: Finding[];
}

/**
 * Every form on a sheet. Forms are found by their 项目名称 label, so several forms stacked on one
 * sheet (a whole document pasted in) read as several records; a year or unit stated once above
 * them (a document preamble) applies to every form below it.
 */
export function readSheet(grid: GridSnapshot): { forms: ReadForm[]; findings: Finding[] } {
  const ix = indexSheet(grid);
  const anchors = findAnchors(ix);
  if (anchors.length === 0) {
    const empty = grid.values.every((row) => !row || row.every((v) => v === null || v === ""));
    const finding = toFinding(noForm, grid.sheet, {
      cell: cellA1(ix.top, ix.left),
      messageId: "noForm",
      data: { sheet: grid.sheet },
    });
    return { forms: [], findings: empty ? [] : [finding] };
  }
  const forms: ReadForm[] = [];
  let headerTop = ix.top;
  let carried = { year: null as number | null, unit: null as FoundField | null };
  anchors.forEach((anchor, k) => {
    const limit = k + 1 < anchors.length ? anchors[k + 1] - 1 : ix.bottom;
    const form = readForm(ix, headerTop, anchor, limit, carried);
    carried = { year: form.read.record.year, unit: form.unit };
    forms.push(form.read);
    headerTop = form.read.area.bottom + 1;
  });
  return { forms, findings: [] };
}

function findAnchors(ix: SheetIndex): number[] {
  const rows: number[] = [];
  for (let row = ix.top; row <= ix.bottom; row++) {
    for (let col = ix.left; col <= ix.right; col++) {
      if (fieldOf(ix.label(row, col)) === "name") {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
}

function readForm(
  ix: SheetIndex,
  headerTop: number,
  anchor: number,
  limit: number,
  carried: { year: number | null; unit: FoundField | null }
) {
  const table = findTable(ix, anchor, limit);
  const headerBottom = table ? table.headerRow - 1 : limit;
  const fields = readHeaderFields(ix, headerTop, headerBottom);
  const { indicators, lastRow } = table
    ? readIndicators(ix, table, limit)
    : { indicators: [], lastRow: headerBottom };
  const top = firstFilledRow(ix, headerTop, anchor);
  const area = { top, left: ix.left, bottom: Math.max(lastRow, anchor), right: ix.right };
  const unit = fields.unit?.find((f) => f.text) ?? carried.unit;
  const year = findYear(ix, headerTop, anchor) ?? carried.year;
  const record = buildRecord(fields, indicators, year, unit);
  const findings: Finding[] = [];
  if (!table) {
    findings.push(
      toFinding(indicatorsMissing, ix.grid.sheet, {
        cell: cellA1(anchor, ix.left),
        messageId: "missing",
        data: { name: record.name ?? "" },
      })
    );
  }
  return { read: { sheet: ix.grid.sheet, area, record, findings }, unit };
}

function firstFilledRow(ix: SheetIndex, from: number, to: number): number {
  for (let row = from; row < to; row++) {
    for (let col = ix.left; col <= ix.right; col++) if (ix.text(row, col)) return row;
  }
  return to;
}

/** "(2023年度)", or a title such as "2023 年区本级项目支出绩效目标表". */
function findYear(ix: SheetIndex, from: number, to: number): number | null {
  for (let row = to - 1; row >= from; row--) {
    for (let col = ix.left; col <= ix.right; col++) {
      const text = toHalfWidth(ix.text(row, col));
      const m = /(\d{4})\s*年度/.exec(text) ?? /^(\d{4})\s*年.*绩效目标/.exec(text);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

function buildRecord(
  fields: HeaderFields,
  indicators: FormRecord["indicators"],
  year: number | null,
  unit: FoundField | null
): FormRecord {
  const cells: FormRecord["cells"] = {};
  const text = (key: "name" | "department" | "implementer" | "periodGoal" | "annualGoal") => {
    const field = fields[key]?.[0];
    if (!field) return null;
    cells[FIELDS[key].path] = field.cell;
    return field.text || null;
  };
  if (unit) cells[FIELDS.unit.path] = unit.cell;
  const periodField = fields.period?.[0];
  if (periodField) cells[FIELDS.period.path] = periodField.cell;
  const record: FormRecord = {
    year,
    unit: unit?.text || null,
    name: text("name"),
    department: text("department"),
    implementer: text("implementer"),
    period: periodField?.text ? parsePeriod(periodField.text) : null,
    funding: readFunding(fields, cells),
    goals: {
      period: text("periodGoal"),
      annual: text("annualGoal"),
    },
    indicators,
    cells,
  };
  return record;
}

/**
 * Totals name their column (实施期 or 年度); 财政拨款 and 其他资金 labels belong to the total
 * written above them in the same column, or to the only total when there is one.
 */
function readFunding(fields: HeaderFields, cells: FormRecord["cells"]): FormRecord["funding"] {
  const totals = { period: fields.periodTotal?.[0], annual: fields.annualTotal?.[0] };
  const columnOf = (part: FoundField): FundingSide | null => {
    for (const side of ["period", "annual"] as const) {
      const total = totals[side];
      if (total && total.labelCol === part.labelCol && total.labelRow < part.labelRow) return side;
    }
    if (totals.period && !totals.annual) return "period";
    return totals.annual ? "annual" : null;
  };
  const parts = {
    period: {} as Record<string, FoundField>,
    annual: {} as Record<string, FoundField>,
  };
  for (const kind of ["fiscal", "other"] as const) {
    for (const part of fields[kind] ?? []) {
      const side = columnOf(part);
      if (side) parts[side][kind] ??= part;
    }
  }
  const column = (side: FundingSide): FundingColumn | null => {
    const total = totals[side];
    if (!total) return null;
    const found = { total, fiscal: parts[side].fiscal, other: parts[side].other };
    const column: FundingColumn = {
      total: null,
      fiscal: null,
      other: null,
      raw: { total: null, fiscal: null, other: null },
    };
    for (const kind of FUNDING_PARTS) {
      const field = found[kind];
      if (!field) continue;
      cells[fundingPath(side, kind)] = field.cell;
      column[kind] = decimalFromCell(field.raw);
      column.raw[kind] = field.text || null;
    }
    return column;
  };
  return { period: column("period"), annual: column("annual") };
}
