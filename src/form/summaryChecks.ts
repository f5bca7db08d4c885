import { areaA1, cellA1 } from "./address";
import type { Finding } from "./finding";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import { SEVERITY_FILL, SEVERITY_LABEL, type Severity } from "./severity";
import { HEADER_FILL, sourceText, type LeftOut, type SummaryItem } from "./summary";
import { fitColumn, wrappedRowHeights } from "./textWidth";

const COUNTS = ["序号", "项目名称", "原表", "错误", "警告", "提示"];
/** Codes come last: a reviewer reads the words; the code is for whoever looks the rule up. */
const DETAILS = ["序号", "项目名称", "单元格", "级别", "说明", "代码"];
const LEFT_OUT = ["序号", "项目名称", "原表", "级别", "原因", "代码"];
/** The check sheet's first row, whichever block comes first: how it is known when given back. */
export const CHECK_HEADERS = [COUNTS, LEFT_OUT, DETAILS].map((titles) => ({ row: 0, titles }));
const WIDTH = DETAILS.length;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A block of rows at a row of the sheet, with the ops that go with it. */
interface Block {
  rows: CellInput[][];
  ops: (top: number) => PlanOp[];
}

const span = (top: number, left: number, bottom: number, right: number) =>
  areaA1({ top, left, bottom, right });
const pad = (row: CellInput[]) => [...row, ...Array<CellInput>(WIDTH - row.length).fill(null)];

/**
 * The check sheet beside the official summary: findings per project, the inputs and forms left
 * out and why, and every finding with a link to its cell, filterable. The official sheet stays clean.
 */
export function checkPlan(
  items: SummaryItem[],
  leftOut: LeftOut[],
  options: { sheet?: string } = {}
): SheetPlan {
  const blocks = [countsBlock(items), leftOutBlock(leftOut), detailsBlock(items)].filter(
    (b): b is Block => b !== null
  );
  const rows: CellInput[][] = [];
  const ops: PlanOp[] = [];
  for (const block of blocks) {
    if (rows.length > 0) rows.push(pad([]));
    ops.push(...block.ops(rows.length));
    rows.push(...block.rows.map(pad));
  }
  const texts = (col: number) => rows.map((row) => String(row[col] ?? ""));
  const widths = [6, fitColumn(texts(1), 12, 36), fitColumn(texts(2), 10, 34), 8, 60, 22];
  return {
    sheet: options.sheet ?? "检查结果",
    ops: [
      { kind: "values", range: span(0, 0, rows.length - 1, WIDTH - 1), values: rows },
      ...ops,
      { kind: "columnWidths", widths },
      ...wrappedRowHeights(rows, widths, 0).map(({ row, height }): PlanOp => ({
        kind: "rowHeight",
        range: cellA1(row, 0),
        height,
      })),
      { kind: "print", paper: "A4", orientation: "landscape", fitToWidth: true },
    ],
  };
}

/** A header row and a bordered table under it. */
function tableOps(top: number, rows: number, width: number): PlanOp[] {
  return [
    {
      kind: "format",
      range: span(top, 0, top + rows - 1, width - 1),
      format: { border: "thin", vertical: "middle", wrap: true },
    },
    {
      kind: "format",
      range: span(top, 0, top, width - 1),
      format: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center" },
    },
  ];
}

function countsBlock(items: SummaryItem[]): Block {
  const tally = (findings: Finding[], severity: Severity) =>
    findings.filter((f) => f.severity === severity).length;
  return {
    rows: [
      COUNTS,
      ...items.map((item, i) => [
        i + 1,
        item.record.name ?? "",
        sourceText(item),
        ...SEVERITIES.map((s) => tally(item.findings, s)),
      ]),
    ],
    ops: (top) => [
      ...tableOps(top, items.length + 1, COUNTS.length),
      {
        kind: "format",
        range: span(top + 1, 3, top + items.length, COUNTS.length - 1),
        format: { horizontal: "center" },
      },
      ...items.map((item, i): PlanOp => ({
        kind: "link",
        cell: cellA1(top + 1 + i, 2),
        sheet: item.sheet,
        target: item.cell,
        text: sourceText(item),
      })),
    ],
  };
}

/** What the summary does not sum, each with its reason and, where a form was read, a link to it. */
function leftOutBlock(leftOut: LeftOut[]): Block | null {
  if (leftOut.length === 0) return null;
  return {
    rows: [
      ["未计入汇总的文件和表格"],
      LEFT_OUT,
      ...leftOut.map((left, i) => [
        i + 1,
        left.name ?? "",
        left.source,
        SEVERITY_LABEL[left.severity].zh,
        left.reason,
        left.code ?? "",
      ]),
    ],
    ops: (top) => [
      { kind: "format", range: span(top, 0, top, 0), format: { font: { bold: true } } },
      ...tableOps(top + 1, leftOut.length + 1, LEFT_OUT.length),
      ...leftOut.flatMap((left, n): PlanOp[] => [
        ...(left.at
          ? [
              {
                kind: "link",
                cell: cellA1(top + 2 + n, 2),
                ...linkTo(left.at),
                text: left.source,
              } as const,
            ]
          : []),
        {
          kind: "format",
          range: cellA1(top + 2 + n, 3),
          format: { fill: SEVERITY_FILL[left.severity] },
        },
      ]),
    ],
  };
}

const linkTo = (at: { sheet: string; cell: string }) => ({ sheet: at.sheet, target: at.cell });

/** Every finding, project by project in sheet order, its cell a link and its level in its colour. */
function detailsBlock(items: SummaryItem[]): Block | null {
  const findings = items.flatMap((item, i) => item.findings.map((f) => ({ item, i, f })));
  if (findings.length === 0) return null;
  return {
    rows: [
      DETAILS,
      ...findings.map(({ item, i, f }) => [
        i + 1,
        item.record.name ?? "",
        `${item.sheet}!${f.cell}`,
        SEVERITY_LABEL[f.severity].zh,
        f.message,
        f.code,
      ]),
    ],
    ops: (top) => [
      ...tableOps(top, findings.length + 1, WIDTH),
      ...findings.flatMap(({ item, f }, n): PlanOp[] => [
        {
          kind: "link",
          cell: cellA1(top + 1 + n, 2),
          sheet: item.sheet,
          target: f.cell,
          text: `${item.sheet}!${f.cell}`,
        },
        {
          kind: "format",
          range: cellA1(top + 1 + n, 3),
          format: { fill: SEVERITY_FILL[f.severity] },
        },
      ]),
      { kind: "filter", range: span(top, 0, top + findings.length, WIDTH - 1), name: "检查明细" },
    ],
  };
}
