import { areaA1, cellA1, sheetRef } from "./address";
import { decimalToNumber as amount } from "./decimal";
import type { Finding } from "./finding";
import { LEVEL1 } from "./framework";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import type { FormRecord } from "./record";
import { AMOUNT_FORMAT } from "./template";

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

const PROJECT_COLUMNS = [
  "序号",
  "项目名称",
  "项目实施期",
  "主管部门",
  "实施单位",
  "实施期金额",
  "年度金额",
  "财政拨款",
  "其他资金",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "错误",
  "警告",
  "来源",
];
/** Columns F..O add up in the 合计 row; F..I are amounts. */
const FIRST_SUMMED = 5;
const LAST_SUMMED = 14;
const LAST_AMOUNT = 8;
const INDICATOR_COLUMNS = [
  "项目名称",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "运算符",
  "数值",
  "单位",
  "类型",
];
const KIND_NAMES = {
  quantitative: "定量",
  qualitative: "定性",
  time: "时间",
  blank: "未填",
} as const;
const WIDTH = PROJECT_COLUMNS.length;

const pad = (row: CellInput[]) => [...row, ...Array<CellInput>(WIDTH - row.length).fill(null)];

function projectRow(item: SummaryItem, index: number): CellInput[] {
  const { record, findings } = item;
  const annual = record.funding.annual;
  const count = (level1: string) => record.indicators.filter((i) => i.level1 === level1).length;
  return [
    index + 1,
    record.name ?? "",
    record.period?.raw ?? "",
    record.department ?? "",
    record.implementer ?? "",
    amount(record.funding.period?.total),
    amount(annual?.total),
    amount(annual?.fiscal),
    amount(annual?.other) ?? 0,
    count(LEVEL1.output),
    count(LEVEL1.benefit),
    count(LEVEL1.satisfaction),
    count(LEVEL1.cost),
    findings.filter((f) => f.severity === "error").length,
    findings.filter((f) => f.severity === "warning").length,
    null, // the link op writes this cell
  ];
}

/** The unit's summary sheet: one row per project, live formulas for its totals, every indicator. */
export function summaryPlan(
  items: SummaryItem[],
  options: {
    year: number | null;
    unit: string | null;
    unreadable?: UnreadableSource[];
    sheet?: string;
  }
): SheetPlan {
  const sheet = options.sheet ?? "汇总表";
  const title = `${options.year ?? ""}年项目支出绩效目标汇总表`;
  const headerRow = 2;
  const firstProject = headerRow + 1;
  const totalRow = firstProject + items.length;
  const sumOf = (col: number) =>
    items.length === 0
      ? 0
      : {
          formula: `=SUM(${areaA1({ top: firstProject, left: col, bottom: totalRow - 1, right: col })})`,
        };
  const rows: CellInput[][] = [
    pad([title]),
    pad([
      `预算单位：${options.unit ?? ""}`,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "单位：万元",
    ]),
    PROJECT_COLUMNS,
    ...items.map(projectRow),
    pad([
      "合计",
      null,
      null,
      null,
      null,
      ...Array.from({ length: LAST_SUMMED - FIRST_SUMMED + 1 }, (_, i) => sumOf(FIRST_SUMMED + i)),
    ]),
  ];
  const unreadable = options.unreadable ?? [];
  if (unreadable.length > 0) {
    rows.push(
      pad([]),
      pad(["无法读取的表", "原因"]),
      ...unreadable.map((u) => pad([u.source, u.reason]))
    );
  }
  const indicatorHeader = rows.length + 1;
  rows.push(pad([]), pad(INDICATOR_COLUMNS));
  for (const item of items) {
    for (const i of item.record.indicators) {
      const v = i.value;
      rows.push(
        pad([
          item.record.name ?? "",
          i.level1,
          i.level2,
          i.name,
          v.raw,
          v.operator,
          amount(v.number),
          v.unit,
          KIND_NAMES[v.kind],
        ])
      );
    }
  }
  const last = rows.length - 1;
  const span = (top: number, left: number, bottom: number, right: number) =>
    areaA1({ top, left, bottom, right });
  const ops: PlanOp[] = [
    { kind: "values", range: span(0, 0, last, WIDTH - 1), values: rows },
    { kind: "merge", range: span(0, 0, 0, WIDTH - 1) },
    {
      kind: "format",
      range: span(0, 0, 0, 0),
      format: { font: { bold: true, size: 16 }, horizontal: "center" },
    },
    {
      kind: "format",
      range: span(headerRow, 0, totalRow, WIDTH - 1),
      format: { border: "thin", vertical: "middle" },
    },
    {
      kind: "format",
      range: span(headerRow, 0, headerRow, WIDTH - 1),
      format: { font: { bold: true }, fill: "#D9E1F2", horizontal: "center", wrap: true },
    },
    {
      kind: "format",
      range: span(totalRow, 0, totalRow, WIDTH - 1),
      format: { font: { bold: true } },
    },
    {
      kind: "format",
      range: span(firstProject, FIRST_SUMMED, totalRow, LAST_AMOUNT),
      format: { numberFormat: AMOUNT_FORMAT },
    },
    {
      kind: "format",
      range: span(indicatorHeader, 0, indicatorHeader, INDICATOR_COLUMNS.length - 1),
      format: { font: { bold: true }, fill: "#D9E1F2" },
    },
    {
      kind: "format",
      range: span(indicatorHeader, 0, last, INDICATOR_COLUMNS.length - 1),
      format: { border: "thin" },
    },
    {
      kind: "filter",
      range: span(indicatorHeader, 0, last, INDICATOR_COLUMNS.length - 1),
      name: "指标明细",
    },
    { kind: "columnWidths", widths: [8, 30, 22, 24, 24, 12, 12, 12, 12, 10, 10, 10, 10, 8, 8, 16] },
    { kind: "freeze", rows: headerRow + 1, columns: 2 },
    {
      kind: "print",
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: `${headerRow + 1}:${headerRow + 1}`,
    },
    ...items.map((item, index): PlanOp => ({
      kind: "link",
      cell: cellA1(firstProject + index, WIDTH - 1),
      sheet: item.sheet,
      target: item.cell,
      text: `${item.source} ${sheetRef(item.sheet)}!${item.cell}`,
    })),
  ];
  return { sheet, ops };
}
