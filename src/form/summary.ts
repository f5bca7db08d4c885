import { areaA1, cellA1 } from "./address";
import { decimalToNumber as amount, addDecimals } from "./decimal";
import type { Finding } from "./finding";
import { filledIndicators } from "./filledIndicators";
import type { Severity } from "./severity";
import { LEVEL1 } from "./framework";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import type { FormRecord } from "./record";
import { AMOUNT_FORMAT } from "./template";
import { fitColumn, wrappedRowHeights } from "./textWidth";
import { carriedSignature, signatureOps, type CarriedSignature } from "./summarySignature";
import type { OwnSheetCells } from "./sheetFingerprint";

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
  /** The code of the finding that says why, when there is one. */
  code?: string;
}

/** An input or a form the summary does not sum, and why: listed on the check sheet. */
export interface LeftOut {
  source: string;
  /** The project's name, when a form was read. */
  name: string | null;
  /** The form's first cell (the link on the check sheet), when a form was read. */
  at: { sheet: string; cell: string } | null;
  severity: Severity;
  reason: string;
  /** The code of the finding that says why; null for an input that could not be read at all. */
  code: string | null;
}

export interface SummaryOptions {
  year: number | null;
  unit: string | null;
  /** How many inputs and forms were left out: the official sheet says so, the check sheet lists them. */
  leftOut?: number;
  sheet?: string;
  /** The sheet that lists the findings, named in the note about inputs left out. */
  checkSheet?: string;
  /** What the person wrote in the old summary's signatures, written again under the new table. */
  signature?: CarriedSignature;
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

/** "通过", or what a reviewer must look at: "2 个错误、1 个警告" (advice does not stop a form). */
export function verdict(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const parts = [
    ...(errors ? [`${errors} 个错误`] : []),
    ...(warnings ? [`${warnings} 个警告`] : []),
  ];
  return parts.length === 0 ? "通过" : parts.join("、");
}

const amountColumn = (title: string, value: (item: SummaryItem) => CellInput): Column => ({
  title,
  kind: "amount",
  value,
  floor: 10,
  ceiling: 12,
});
const countColumn = (level1: string): Column => ({
  title: level1,
  kind: "count",
  value: count(level1),
  floor: 6,
  ceiling: 6,
});

/**
 * The official table (docs/addin.md, "Summary"): what a finance office files. Findings are here
 * only as a verdict in words; each one is on the check sheet (summaryChecks.ts). The ceilings
 * keep the printed columns within PRINT_WIDTH_LIMIT, so the body prints at 9 pt or more.
 */
const COLUMNS: readonly Column[] = [
  { title: "序号", kind: "index", value: (_, i) => i + 1, floor: 5, ceiling: 5 },
  { title: "项目名称", kind: "text", value: (it) => it.record.name ?? "", floor: 12, ceiling: 26 },
  {
    title: "项目实施期",
    kind: "text",
    value: (it) => it.record.period?.raw ?? "",
    floor: 10,
    ceiling: 14,
  },
  {
    title: "主管部门",
    kind: "text",
    value: (it) => it.record.department ?? "",
    floor: 10,
    ceiling: 14,
  },
  {
    title: "实施单位",
    kind: "text",
    value: (it) => it.record.implementer ?? "",
    floor: 10,
    ceiling: 14,
  },
  amountColumn("实施期金额", (it) => amount(it.record.funding.period?.total)),
  amountColumn("年度金额", (it) => amount(it.record.funding.annual?.total)),
  amountColumn("其中：财政拨款", (it) => amount(it.record.funding.annual?.fiscal)),
  amountColumn("其他资金", (it) => amount(it.record.funding.annual?.other) ?? 0),
  countColumn(LEVEL1.output),
  countColumn(LEVEL1.benefit),
  countColumn(LEVEL1.satisfaction),
  countColumn(LEVEL1.cost),
  { title: "校验结果", kind: "text", value: (it) => verdict(it.findings), floor: 10, ceiling: 16 },
  // For the screen only: outside the print area, so the printed table ends at 校验结果.
  { title: "原表", kind: "link", value: () => null, floor: 10, ceiling: 34 },
];
const LAST = COLUMNS.length - 1;
/** The last printed column: 校验结果 (原表 links are for the screen). */
const PRINTED = LAST - 1;

/**
 * The widest the printed columns may be, in Excel's character units, for an 11 pt body to print
 * at 9 pt or more on A4 landscape within the default margins: 741 pt of paper ÷ (9/11) = 905 pt,
 * and a column of w units is (7w + 5) × 0.75 pt wide.
 */
export const PRINT_WIDTH_LIMIT = 162;

/** Rows of the official sheet, 0-based: title, unit line, header, then one row a project. */
const ROWS = { title: 0, unit: 1, header: 2, first: 3 } as const;

/** The official sheet's header row, as written: how a summary given back as input is known. */
export const SUMMARY_HEADER = { row: ROWS.header, titles: COLUMNS.map((c) => c.title) };

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
  // A blank row under the table (or its note), then the signatures.
  const footer = total + 3;
  return {
    sheet: options.sheet ?? "汇总表",
    ops: [
      { kind: "values", range: span(0, 0, total, LAST), values: rows },
      ...(left ? [left(total + 1)] : []),
      ...signatureOps(footer, PRINTED, options.signature),
      ...layoutOps(total, footer),
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

/** 编制单位 on the left, 单位：万元 at the printed table's right edge, as on the form itself. */
function unitRow(unit: string | null): CellInput[] {
  return [
    `编制单位：${unit ?? ""}`,
    ...Array<CellInput>(PRINTED - 1).fill(null),
    "单位：万元",
    null,
  ];
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
  const left = options.leftOut ?? 0;
  if (left === 0) return null;
  const where = options.checkSheet ? `，原因见“${options.checkSheet}”表` : "";
  return (row) => ({
    kind: "values",
    range: cellA1(row, 0),
    values: [[`注：另有 ${left} 个文件或表格未计入汇总${where}。`]],
  });
}

function layoutOps(total: number, footer: number): PlanOp[] {
  const format = (range: string, f: Extract<PlanOp, { kind: "format" }>["format"]): PlanOp => ({
    kind: "format",
    range,
    format: f,
  });
  const amounts = COLUMNS.map((c, i) => (c.kind === "amount" ? i : -1)).filter((i) => i >= 0);
  return [
    { kind: "merge", range: span(ROWS.title, 0, ROWS.title, PRINTED) },
    { kind: "merge", range: span(ROWS.unit, 0, ROWS.unit, PRINTED - 1) },
    { kind: "merge", range: span(total, 0, total, 4) },
    format(span(ROWS.title, 0, ROWS.title, 0), {
      font: { bold: true, size: 16 },
      horizontal: "center",
    }),
    format(span(ROWS.unit, PRINTED, ROWS.unit, PRINTED), { horizontal: "right" }),
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
      area: span(0, 0, footer, PRINTED),
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

/** What the person wrote in an old summary's signatures (summarySignature.ts), for this table's columns. */
export const summarySignature = (old: OwnSheetCells) => carriedSignature(old, PRINTED, LAST);
