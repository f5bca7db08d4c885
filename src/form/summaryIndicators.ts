import { areaA1 } from "./address";
import { decimalToNumber } from "./decimal";
import { isBlankIndicator } from "./filledIndicators";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import { HEADER_FILL, type SummaryItem } from "./summary";
import { fitColumn, wrappedRowHeights } from "./textWidth";

const KIND_NAMES = {
  quantitative: "定量",
  qualitative: "定性",
  time: "时间",
  blank: "未填",
} as const;

/** Header, widths (floor, ceiling) and cell of each column of the indicator table. */
const COLUMNS: readonly [
  string,
  number,
  number,
  (item: SummaryItem, index: number, i: number) => CellInput,
][] = [
  ["序号", 6, 6, (_, index) => index + 1],
  ["项目名称", 12, 36, (item) => item.record.name ?? ""],
  ["一级指标", 10, 14, (item, _, i) => item.record.indicators[i].level1],
  ["二级指标", 10, 20, (item, _, i) => item.record.indicators[i].level2],
  ["三级指标", 12, 40, (item, _, i) => item.record.indicators[i].name],
  ["指标值", 10, 30, (item, _, i) => item.record.indicators[i].value.raw],
  ["运算符", 6, 6, (item, _, i) => item.record.indicators[i].value.operator],
  ["数值", 8, 14, (item, _, i) => decimalToNumber(item.record.indicators[i].value.number)],
  ["单位", 6, 12, (item, _, i) => item.record.indicators[i].value.unit],
  ["类型", 6, 6, (item, _, i) => KIND_NAMES[item.record.indicators[i].value.kind]],
];
const LAST = COLUMNS.length - 1;

/** The indicator table's header row, as written: how a summary given back as input is known. */
export const INDICATOR_HEADER = { row: 0, titles: COLUMNS.map(([title]) => title) };

/**
 * Every indicator of every project as one flat table on its own sheet, with its own column widths,
 * a filter on its header row and the header repeated on each printed page.
 */
export function indicatorPlan(items: SummaryItem[], options: { sheet?: string } = {}): SheetPlan {
  const rows: CellInput[][] = [
    COLUMNS.map(([title]) => title),
    ...items.flatMap((item, index) =>
      // A blank skeleton row is no indicator (filledIndicators.ts): it gets no line.
      item.record.indicators.flatMap((indicator, i) =>
        isBlankIndicator(indicator) ? [] : [COLUMNS.map(([, , , cell]) => cell(item, index, i))]
      )
    ),
  ];
  const table = areaA1({ top: 0, left: 0, bottom: rows.length - 1, right: LAST });
  const header = areaA1({ top: 0, left: 0, bottom: 0, right: LAST });
  const widths = COLUMNS.map(([, floor, ceiling], col) =>
    fitColumn(
      rows.map((row) => String(row[col] ?? "")),
      floor,
      ceiling
    )
  );
  const ops: PlanOp[] = [
    { kind: "values", range: table, values: rows },
    { kind: "format", range: table, format: { border: "thin", vertical: "middle", wrap: true } },
    {
      kind: "format",
      range: header,
      format: { font: { bold: true }, fill: HEADER_FILL, horizontal: "center" },
    },
    { kind: "columnWidths", widths },
    ...wrappedRowHeights(rows, widths, 0).map(({ row, height }): PlanOp => ({
      kind: "rowHeight",
      range: `A${row + 1}`,
      height,
    })),
    { kind: "freeze", rows: 1, columns: 2 },
    { kind: "print", paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: "1:1" },
  ];
  // A filter needs rows to filter; an empty table keeps only its header.
  if (rows.length > 1) ops.push({ kind: "filter", range: table, name: "指标明细" });
  return { sheet: options.sheet ?? "指标明细", ops };
}
