import { areaA1, cellA1 } from "./address";
import { decimalToNumber as amount, addDecimals } from "./decimal";
import type { Finding } from "./finding";
import { filledIndicators } from "./filledIndicators";
import { LEVEL1 } from "./framework";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import type { FormRecord } from "./record";
import { AMOUNT_FORMAT } from "./template";
import { fitColumn, wrappedRowHeights } from "./textWidth";

/** One project form going into the summary, and where its copy sits in the summary workbook. */
export interface SummaryItem {
  record: FormRecord;
  findings: Finding[];
  /** The sheet the form was copied to, and its first cell there. */
  sheet: string;
  cell: string;
  /** The file it came from. */
  source: string;
}

export interface UnreadableSource {
  source: string;
  reason: string;
}

export interface SummaryOptions {
  year: number | null;
  unit: string | null;
  /** Inputs left out; the official sheet says how many, the check sheet lists them. */
  unreadable?: UnreadableSource[];
  sheet?: string;
  /** The sheet that lists the findings, named in the note about inputs left out. */
  checkSheet?: string;
}

/** The header fill of every table the summary workbook holds. */
export const HEADER_FILL = "#D9E1F2";

/** One column of the official table: its header, its cell for a project, how it looks and adds up. */
interface Column {
  title: string;
  kind: "index" | "text" | "amount" | "count" | "link";
  value: (item: SummaryItem, index: number) => CellInput;
  /** Widths in Excel character units: the floor and the ceiling beyond which text wraps. */
  floor: number;
  ceiling: number;
}

const count = (level1: string) => (item: SummaryItem) =>
  filledIndicators(item.record).filter((i) => i.level1 === level1).length;

/**
 * The official table (docs/form.md, "Summary"): what a finance office files. Findings are not
 * here: they belong on the check sheet (summaryChecks.ts) and in the report.
 */
const COLUMNS: readonly Column[] = [
  { title: "序号", kind: "index", value: (_, i) => i + 1, floor: 6, ceiling: 6 },
  { title: "项目名称", kind: "text", value: (it) => it.record.name ?? "", floor: 12, ceiling: 36 },
  {
    title: "项目实施期",
    kind: "text",
    value: (it) => it.record.period?.raw ?? "",
    floor: 12,
    ceiling: 22,
  },
  {
    title: "主管部门",
    kind: "text",
    value: (it) => it.record.department ?? "",
    floor: 10,
    ceiling: 18,
  },
  {
    title: "实施单位",
    kind: "text",
    value: (it) => it.record.implementer ?? "",
    floor: 10,
    ceiling: 18,
  },
  {
    title: "实施期金额",
    kind: "amount",
    value: (it) => amount(it.record.funding.period?.total),
    floor: 12,
    ceiling: 14,
  },
  {
    title: "年度金额",
    kind: "amount",
    value: (it) => amount(it.record.funding.annual?.total),
    floor: 12,
    ceiling: 14,
  },
  {
    title: "其中：财政拨款",
    kind: "amount",
    value: (it) => amount(it.record.funding.annual?.fiscal),
    floor: 12,
    ceiling: 14,
  },
  {
    title: "其他资金",
    kind: "amount",
    value: (it) => amount(it.record.funding.annual?.other) ?? 0,
    floor: 12,
    ceiling: 14,
  },
  { title: "产出指标", kind: "count", value: count(LEVEL1.output), floor: 10, ceiling: 10 },
  { title: "效益指标", kind: "count", value: count(LEVEL1.benefit), floor: 10, ceiling: 10 },
  { title: "满意度指标", kind: "count", value: count(LEVEL1.satisfaction), floor: 10, ceiling: 10 },
  { title: "成本指标", kind: "count", value: count(LEVEL1.cost), floor: 10, ceiling: 10 },
  { title: "原表", kind: "link", value: () => null, floor: 10, ceiling: 34 },
];
const LAST = COLUMNS.length - 1;
/** Rows of the official sheet, 0-based: title, unit line, header, then one row a project. */
const ROWS = { title: 0, unit: 1, header: 2, first: 3 } as const;

const span = (top: number, left: number, bottom: number, right: number) =>
  areaA1({ top, left, bottom, right });

/** What the 原表 column shows: the file the form came from (in Excel, its sheet); the link opens its copy. */
export const sourceText = (item: SummaryItem) => item.source;

/** The unit's official summary sheet: one row per project, totals as SUM formulas with their values. */
export function summaryPlan(items: SummaryItem[], options: SummaryOptions): SheetPlan {
  const total = ROWS.first + items.length;
  const rows: CellInput[][] = [
    headingRow(`${options.year ?? ""}年项目支出绩效目标汇总表`),
    unitRow(options.unit),
    COLUMNS.map((c) => c.title),
    ...items.map((item, i) => COLUMNS.map((c) => c.value(item, i))),
    totalRow(items),
  ];
  const left = leftOutNote(options);
  const widths = columnWidths(items);
  const tall = wrappedRowHeights(rows.slice(ROWS.header, total), widths, ROWS.header);
  return {
    sheet: options.sheet ?? "汇总表",
    ops: [
      { kind: "values", range: span(0, 0, total, LAST), values: rows },
      ...(left ? [left(total + 1)] : []),
      ...layoutOps(total),
      { kind: "columnWidths", widths },
      ...tall.map(({ row, height }): PlanOp => ({
        kind: "rowHeight",
        range: cellA1(row, 0),
        height,
      })),
      ...linkOps(items),
    ],
  };
}

function headingRow(title: string): CellInput[] {
  return [title, ...Array<CellInput>(LAST).fill(null)];
}

/** 预算单位 on the left, 单位：万元 at the table's right edge, as on the form itself. */
function unitRow(unit: string | null): CellInput[] {
  return [`预算单位：${unit ?? ""}`, ...Array<CellInput>(LAST - 1).fill(null), "单位：万元"];
}

/** 合计: each amount and count column's SUM, with the exact total stored for viewers that do not recalculate. */
function totalRow(items: SummaryItem[]): CellInput[] {
  const last = ROWS.first + items.length - 1;
  return COLUMNS.map((column, col): CellInput => {
    if (col === 0) return "合计";
    if (column.kind !== "amount" && column.kind !== "count") return null;
    const values = items.map((item, i) => column.value(item, i));
    const result =
      column.kind === "amount"
        ? Number(addDecimals(...values.map((v) => (v === null ? null : String(v)))))
        : values.reduce<number>((n, v) => n + Number(v ?? 0), 0);
    if (items.length === 0) return 0;
    return { formula: `=SUM(${span(ROWS.first, col, last, col)})`, result };
  });
}

/** "另有 N 个文件未能汇总" under the table: an official sheet never hides that inputs were left out. */
function leftOutNote(options: SummaryOptions): ((row: number) => PlanOp) | null {
  const left = options.unreadable?.length ?? 0;
  if (left === 0) return null;
  const where = options.checkSheet ? `，原因见“${options.checkSheet}”表` : "";
  return (row) => ({
    kind: "values",
    range: cellA1(row, 0),
    values: [[`注：另有 ${left} 个文件未能汇总${where}。`]],
  });
}

function layoutOps(total: number): PlanOp[] {
  const format = (range: string, f: Extract<PlanOp, { kind: "format" }>["format"]): PlanOp => ({
    kind: "format",
    range,
    format: f,
  });
  const amounts = COLUMNS.map((c, i) => (c.kind === "amount" ? i : -1)).filter((i) => i >= 0);
  return [
    { kind: "merge", range: span(ROWS.title, 0, ROWS.title, LAST) },
    { kind: "merge", range: span(ROWS.unit, 0, ROWS.unit, LAST - 1) },
    { kind: "merge", range: span(total, 0, total, 4) },
    format(span(ROWS.title, 0, ROWS.title, 0), {
      font: { bold: true, size: 16 },
      horizontal: "center",
    }),
    format(span(ROWS.unit, LAST, ROWS.unit, LAST), { horizontal: "right" }),
    format(span(ROWS.header, 0, total, LAST), { border: "thin", vertical: "middle", wrap: true }),
    format(span(ROWS.header, 0, ROWS.header, LAST), {
      font: { bold: true },
      fill: HEADER_FILL,
      horizontal: "center",
    }),
    format(span(total, 0, total, LAST), { font: { bold: true } }),
    format(span(total, 0, total, 0), { horizontal: "center" }),
    format(span(ROWS.first, amounts[0], total, amounts[amounts.length - 1]), {
      numberFormat: AMOUNT_FORMAT,
    }),
    { kind: "rowHeight", range: span(ROWS.title, 0, ROWS.title, 0), height: 30 },
    { kind: "freeze", rows: ROWS.first, columns: 2 },
    {
      kind: "print",
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      area: span(0, 0, total + 1, LAST),
      titleRows: `${ROWS.header + 1}:${ROWS.header + 1}`,
    },
  ];
}

/** Each column as wide as its longest entry (header included), within its floor and ceiling. */
function columnWidths(items: SummaryItem[]): number[] {
  return COLUMNS.map((column) => {
    const texts = items.map((item, i) =>
      column.kind === "link" ? sourceText(item) : String(column.value(item, i) ?? "")
    );
    return fitColumn([column.title, ...texts], column.floor, column.ceiling);
  });
}

/** Each project's 原表 cell: an internal link to the first cell of its form's copy. */
function linkOps(items: SummaryItem[]): PlanOp[] {
  return items.map((item, index) => ({
    kind: "link",
    cell: cellA1(ROWS.first + index, LAST),
    sheet: item.sheet,
    target: item.cell,
    text: sourceText(item),
  }));
}
