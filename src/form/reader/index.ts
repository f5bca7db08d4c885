import { cellA1 } from "../address";
import { toFinding, type Finding } from "../finding";
import type { GridSnapshot } from "../grid";
import type { AmountUnit } from "../record";
import { findTable } from "./columns";
import { indicatorsMissing, noForm } from "./findings";
import { findYear, readAmountUnit } from "./formParts";
import { readFundingTables } from "./fundingTable";
import { readHeaderFields, type FoundField, type HeaderFields } from "./header";
import { readIndicators } from "./indicators";
import { readListTables } from "./listTable";
import { buildRecord, type ReadForm } from "./record";
import { indexSheet, type SheetIndex } from "./sheetIndex";

export type { ReadForm } from "./record";

/** What a form passes to the next one stacked below it: a document's year, unit and amount unit. */
interface Carried {
  year: number | null;
  unit: FoundField | null;
  amountUnit: AmountUnit | null;
}

/**
 * Every form on a sheet (docs/layouts.md). Forms are found by their 项目名称 label, so several
 * forms stacked on one sheet (a whole document pasted in) read as several records; a year or unit
 * stated once above them (a document preamble) applies to every form below it. A list-style table
 * (a budget-system export) gives one form per project.
 */
export function readSheet(grid: GridSnapshot): { forms: ReadForm[]; findings: Finding[] } {
  const ix = indexSheet(grid);
  const nameRows = rowsNamingProjects(ix);
  const lists = readListTables(ix, nameRows);
  const anchors = nameRows.filter((row) => !lists.headerRows.has(row));
  if (anchors.length === 0 && lists.forms.length === 0) {
    const empty = grid.values.every((row) => !row || row.every((v) => v === null || v === ""));
    const finding = toFinding(noForm, grid.sheet, {
      scope: "sheet",
      cell: cellA1(ix.top, ix.left),
      messageId: "noForm",
      data: { sheet: grid.sheet },
    });
    return { forms: [], findings: empty ? [] : [finding] };
  }
  const forms: ReadForm[] = [...lists.forms];
  let headerTop = ix.top;
  let carried: Carried = { year: null, unit: null, amountUnit: null };
  anchors.forEach((anchor, k) => {
    const limit = k + 1 < anchors.length ? anchors[k + 1] - 1 : ix.bottom;
    // A form below a list table starts after it: the list's rows are not its header.
    for (const listed of lists.forms)
      if (listed.area.bottom < anchor) headerTop = Math.max(headerTop, listed.area.bottom + 1);
    const form = readForm(ix, headerTop, anchor, limit, carried);
    carried = form.carried;
    forms.push(form.read);
    headerTop = form.read.area.bottom + 1;
  });
  return { forms: forms.sort((a, b) => a.area.top - b.area.top), findings: [] };
}

/** The rows with a 项目名称 label: each a form's anchor, or a list table's header. */
function rowsNamingProjects(ix: SheetIndex): number[] {
  const rows: number[] = [];
  for (let row = ix.top; row <= ix.bottom; row++) {
    for (let col = ix.left; col <= ix.right; col++) {
      if (ix.meaning(row, col).field === "name") {
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
  carried: Carried
) {
  const table = findTable(ix, anchor, limit);
  const headerBottom = table ? table.firstHeaderRow - 1 : limit;
  const fields = headerFields(ix, headerTop, headerBottom);
  const { indicators, lastRow } = table
    ? readIndicators(ix, table, limit)
    : { indicators: [], lastRow: headerBottom };
  const top = firstFilledRow(ix, headerTop, anchor);
  const area = { top, left: ix.left, bottom: Math.max(lastRow, anchor), right: ix.right };
  const unit = fields.unit?.find((f) => f.text) ?? carried.unit;
  // A blank 填报单位 is still where the unit belongs: the record points there, reading no unit.
  const unitField = unit ?? fields.unit?.[0] ?? null;
  const year = findYear(ix, headerTop, anchor) ?? carried.year;
  const unitRead = readAmountUnit(ix, headerTop, headerBottom);
  const amountUnit = unitRead.unit ?? carried.amountUnit;
  const { record, findings } = buildRecord(ix.grid.sheet, {
    fields,
    indicators,
    year,
    unit: unitField,
    amountUnit: amountUnit ?? "万元",
    unitConflict: unitRead.conflict,
    table,
    kind: "form",
  });
  if (!table) {
    findings.push(
      toFinding(indicatorsMissing, ix.grid.sheet, {
        cell: cellA1(anchor, ix.left),
        messageId: "missing",
        data: { name: record.name ?? "" },
      })
    );
  }
  return {
    read: { sheet: ix.grid.sheet, area, record, findings },
    carried: { year, unit, amountUnit },
  };
}

/** The header block's fields, with small funding tables read as tables. */
function headerFields(ix: SheetIndex, fromRow: number, toRow: number): HeaderFields {
  const fields = readHeaderFields(ix, fromRow, toRow);
  readFundingTables(ix, fields, toRow);
  return fields;
}

function firstFilledRow(ix: SheetIndex, from: number, to: number): number {
  for (let row = from; row < to; row++) {
    for (let col = ix.left; col <= ix.right; col++) if (ix.text(row, col)) return row;
  }
  return to;
}
