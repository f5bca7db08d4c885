import { areaA1 } from "./address";
import type { CellInput, PlanOp, SheetPlan } from "./plan";
import type { FormRecord } from "./record";
import {
  AMOUNT_FORMAT,
  AMOUNT_UNIT,
  BLOCK_LABELS,
  COLUMN_WIDTHS,
  FIELDS,
  LEVEL1_CHOICES,
  LEVEL2_CHOICES,
  ROW,
  SKELETON,
  TABLE,
  TITLE,
} from "./template";

interface FormContent {
  year: number | null;
  unit: string | null;
  header: Partial<Record<"name" | "period" | "department" | "implementer", string | null>>;
  /** [period, annual] × [total, fiscal, other]. */
  amounts: (number | null)[][];
  goals: [string | null, string | null];
  indicators: [string, string, string, string][];
}

export interface PlanOptions {
  sheet?: string;
  /** First row of the form, 0-based. */
  origin?: number;
}

/** A blank standard form, with the indicator skeleton and drop-downs. */
export function templatePlan(options: PlanOptions & { year: number; unit?: string }): SheetPlan {
  return layout(
    {
      year: options.year,
      unit: options.unit ?? null,
      header: {},
      amounts: [
        [null, null, null],
        [null, null, null],
      ],
      goals: [null, null],
      indicators: SKELETON.map(([level1, level2]) => [level1, level2, "", ""]),
    },
    options
  );
}

const amount = (text: string | null) => (text === null ? null : Number(text));

/** The standard form filled with a record: what the add-in writes for "insert" and what tests read back. */
export function formPlan(record: FormRecord, options: PlanOptions = {}): SheetPlan {
  const column = (c: FormRecord["funding"]["period"]) => [
    amount(c?.total ?? null),
    amount(c?.fiscal ?? null),
    amount(c?.other ?? null),
  ];
  return layout(
    {
      year: record.year,
      unit: record.unit,
      header: {
        name: record.name,
        period: record.period?.raw ?? null,
        department: record.department,
        implementer: record.implementer,
      },
      amounts: [column(record.funding.period), column(record.funding.annual)],
      goals: [record.goals.period, record.goals.annual],
      indicators: record.indicators.map((i) => [
        i.written.level1,
        i.written.level2,
        i.name,
        i.value.raw,
      ]),
    },
    options
  );
}

function layout(content: FormContent, options: PlanOptions): SheetPlan {
  const top = options.origin ?? 0;
  const span = (row: number, left: number, right: number, bottom = row) =>
    areaA1({ top: top + row, left, bottom: top + bottom, right });
  const { header, amounts, goals } = content;
  const count = content.indicators.length;
  const lastRow = ROW.firstIndicator + Math.max(count, 1) - 1;

  const rows: CellInput[][] = [
    [TITLE, null, null, null, null],
    [content.year === null ? "" : `(${content.year}年度)`, null, null, null, null],
    [FIELDS.unit.label, content.unit ?? "", null, null, AMOUNT_UNIT],
    [FIELDS.name.label, header.name ?? "", null, FIELDS.period.label, header.period ?? ""],
    [
      FIELDS.department.label,
      header.department ?? "",
      null,
      FIELDS.implementer.label,
      header.implementer ?? "",
    ],
    [
      BLOCK_LABELS.funding.label,
      FIELDS.periodTotal.label,
      amounts[0][0],
      FIELDS.annualTotal.label,
      amounts[1][0],
    ],
    [null, FIELDS.fiscal.label, amounts[0][1], FIELDS.fiscal.label, amounts[1][1]],
    [null, FIELDS.other.label, amounts[0][2], FIELDS.other.label, amounts[1][2]],
    [BLOCK_LABELS.goals.label, FIELDS.periodGoal.label, null, FIELDS.annualGoal.label, null],
    [null, goals[0] ?? "", null, goals[1] ?? "", null],
    [TABLE.level1.label, TABLE.level2.label, TABLE.name.label, null, TABLE.value.label],
    ...content.indicators.map(([l1, l2, name, value]) => [l1, l2, name, null, value]),
  ];

  const merges = [
    span(ROW.title, 0, 4),
    span(ROW.year, 0, 4),
    span(ROW.unit, 1, 2),
    span(ROW.name, 1, 2),
    span(ROW.department, 1, 2),
    span(ROW.funding, 0, 0, ROW.funding + 2),
    span(ROW.goalLabels, 0, 0, ROW.goalTexts),
    span(ROW.goalLabels, 1, 2),
    span(ROW.goalLabels, 3, 4),
    span(ROW.goalTexts, 1, 2),
    span(ROW.goalTexts, 3, 4),
    span(ROW.tableHeader, 2, 3),
    ...content.indicators.map((_, i) => span(ROW.firstIndicator + i, 2, 3)),
  ];

  const ops: PlanOp[] = [
    { kind: "values", range: span(0, 0, 4, rows.length - 1), values: rows },
    ...merges.map((range): PlanOp => ({ kind: "merge", range })),
    {
      kind: "format",
      range: span(ROW.name, 0, 4, lastRow),
      format: { border: "thin", vertical: "middle", wrap: true },
    },
    {
      kind: "format",
      range: span(ROW.title, 0, 4),
      format: { font: { bold: true, size: 16 }, horizontal: "center" },
    },
    { kind: "format", range: span(ROW.year, 0, 4), format: { horizontal: "center" } },
    { kind: "format", range: span(ROW.unit, 4, 4), format: { horizontal: "right" } },
    {
      kind: "format",
      range: span(ROW.funding, 2, 2, ROW.funding + 2),
      format: { numberFormat: AMOUNT_FORMAT },
    },
    {
      kind: "format",
      range: span(ROW.funding, 4, 4, ROW.funding + 2),
      format: { numberFormat: AMOUNT_FORMAT },
    },
    {
      kind: "format",
      range: span(ROW.funding, 0, 0, ROW.goalTexts),
      format: { horizontal: "center" },
    },
    {
      kind: "format",
      range: span(ROW.goalTexts, 1, 4),
      format: { vertical: "top", horizontal: "left" },
    },
    {
      kind: "format",
      range: span(ROW.tableHeader, 0, 4),
      format: { font: { bold: true }, horizontal: "center" },
    },
    { kind: "rowHeight", range: span(ROW.goalTexts, 0, 4), height: 90 },
    { kind: "columnWidths", widths: COLUMN_WIDTHS },
    {
      kind: "print",
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      area: span(0, 0, 4, lastRow),
    },
  ];
  if (count > 0) {
    const first = ROW.firstIndicator;
    const last = ROW.firstIndicator + count - 1;
    ops.push(
      {
        kind: "list",
        range: span(first, 0, 0, last),
        items: LEVEL1_CHOICES,
        prompt: "请选择一级指标",
      },
      {
        kind: "list",
        range: span(first, 1, 1, last),
        items: LEVEL2_CHOICES,
        prompt: "请选择二级指标",
      }
    );
  }
  return { sheet: options.sheet ?? "绩效目标表", ops };
}
