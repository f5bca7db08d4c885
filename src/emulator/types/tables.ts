import type { Area } from "../../form/grid";
import {
  invalidArgument,
  invalidOperation,
  itemExists,
  itemNotFound,
  notEmulated,
} from "../errors";
import { colsOf, overlaps, parseLocal, splitSheet } from "../model/address";
import type { EmulatedSheet, EmulatedTable } from "../model/sheet";
import { valueOf } from "../model/values";
import type { EmulatedWorkbook } from "../model/workbook";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

type Tables = ObjectOf<"tables">;
type Table = ObjectOf<"table">;

const all = (workbook: EmulatedWorkbook, sheet?: EmulatedSheet): Table[] =>
  (sheet ? [sheet] : workbook.sheets).flatMap((s) =>
    s.tables.map((table): Table => ({ kind: "table", sheet: s, table }))
  );

const find = (host: Host, c: Tables, key: unknown) =>
  all(host.workbook, c.sheet).find(
    (t) => t.table.name.toLowerCase() === String(key).toLowerCase() || t.table.id === String(key)
  ) ?? null;

/** "Table1", "Table2", …: the first free name in the workbook. */
function freeName(workbook: EmulatedWorkbook): string {
  const taken = new Set(all(workbook).map((t) => t.table.name.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`table${n}`)) return `Table${n}`;
}

/**
 * Header cells become unique text: a blank one is "Column1", "Column2", …; a repeated one gets a
 * number ("名称2"), as Excel makes them.
 */
function fixHeaders(workbook: EmulatedWorkbook, sheet: EmulatedSheet, area: Area): void {
  const seen = new Set<string>();
  colsOf(area).forEach((col, i) => {
    let text = String(valueOf(workbook, sheet, area.top, col));
    if (text === "") text = `Column${i + 1}`;
    const base = text;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
    seen.add(text.toLowerCase());
    const cell = sheet.cell(area.top, col) ?? { value: "" };
    sheet.setCell(area.top, col, { ...cell, value: text, formula: undefined });
  });
}

/** TableCollection.add: not over merged cells, not over another table (Excel's rules). */
function addTable(host: Host, c: Tables, address: unknown, hasHeaders: unknown): Table {
  const target = address as HostObject;
  let sheet: EmulatedSheet | undefined;
  let area: Area | null;
  if (target && typeof target === "object" && target.kind === "range") ({ sheet, area } = target);
  else {
    const parts = splitSheet(String(address ?? ""));
    sheet =
      parts.sheet === undefined
        ? (c.sheet ?? host.workbook.active)
        : host.workbook.sheet(parts.sheet);
    area = parseLocal(parts.local);
  }
  if (!sheet || !area) throw invalidArgument();
  if (c.sheet && sheet !== c.sheet) throw invalidArgument();
  if (!hasHeaders) throw notEmulated("tables.add without a header row (Excel inserts one)");
  if (sheet.merges.some((m) => overlaps(m, area)))
    throw invalidOperation("A table can't overlap a range that contains merged cells.");
  if (all(host.workbook).some((t) => t.sheet === sheet && overlaps(t.table.area, area)))
    throw invalidOperation("A table can't overlap another table.");
  fixHeaders(host.workbook, sheet, area);
  const table: EmulatedTable = {
    id: String(all(host.workbook).length + 1),
    name: freeName(host.workbook),
    area,
    showHeaders: true,
    showTotals: false,
    showFilterButton: true,
    style: "TableStyleMedium2",
  };
  sheet.tables.push(table);
  return { kind: "table", sheet, table };
}

const body = (t: EmulatedTable): Area => ({ ...t.area, top: t.area.top + 1 });

export const tableTypes = {
  tables: {
    className: "TableCollection",
    items: (c, host) => all(host.workbook, c.sheet),
    methods: {
      add: (c, [address, hasHeaders], host) => addTable(host, c, address, hasHeaders),
      getItem: (c, [key], host) => find(host, c, key) ?? notFound(),
      getItemOrNullObject: (c, [key], host) => find(host, c, key),
      getCount: (c, _a, host) => all(host.workbook, c.sheet).length,
    },
  } satisfies HostType<Tables>,

  table: {
    className: "Table",
    id: (t) => t.table.id,
    get: {
      id: (t) => t.table.id,
      name: (t) => t.table.name,
      showHeaders: (t) => t.table.showHeaders,
      showTotals: (t) => t.table.showTotals,
      showFilterButton: (t) => t.table.showFilterButton,
      style: (t) => t.table.style,
      showBandedRows: () => true,
      showBandedColumns: () => false,
      highlightFirstColumn: () => false,
      highlightLastColumn: () => false,
    },
    set: {
      name: (t, value, host) => {
        const name = String(value ?? "");
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw invalidArgument();
        if (
          all(host.workbook).some(
            (o) => o.table !== t.table && o.table.name.toLowerCase() === name.toLowerCase()
          )
        )
          throw itemExists();
        t.table.name = name;
      },
      showFilterButton: (t, value) => void (t.table.showFilterButton = Boolean(value)),
      showTotals: (t, value) => {
        if (value) throw notEmulated("Table.showTotals");
        t.table.showTotals = false;
      },
      style: (t, value) => void (t.table.style = String(value)),
    },
    nav: { worksheet: (t) => ({ kind: "worksheet", sheet: t.sheet }) },
    methods: {
      getRange: (t) => rangeOf(t.sheet, t.table.area),
      getHeaderRowRange: (t) => rangeOf(t.sheet, { ...t.table.area, bottom: t.table.area.top }),
      getDataBodyRange: (t) => rangeOf(t.sheet, body(t.table)),
      delete: (t) => {
        t.sheet.tables.splice(t.sheet.tables.indexOf(t.table), 1);
      },
      convertToRange: (t) => {
        t.sheet.tables.splice(t.sheet.tables.indexOf(t.table), 1);
        return rangeOf(t.sheet, t.table.area);
      },
    },
  } satisfies HostType<Table>,
};

function notFound(): never {
  throw itemNotFound();
}
