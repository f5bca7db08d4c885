import { areaA1 } from "./address";
import { decimalToNumber } from "./decimal";
import type { CellFormat, CellInput, InputHint, PlanOp, SheetPlan } from "./plan";
import type { FormRecord } from "./record";
import {
  AMOUNT_FORMAT,
  AMOUNT_UNIT,
  BLOCK_LABELS,
  COLUMN_WIDTHS,
  FIELDS,
  INPUT_HINTS,
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
  /** [period, annual] × [total, fiscal, other]: numbers, or the text of one that is none. */
  amounts: (number | string | null)[][];
  goals: [string | null, string | null];
  indicators: [string, string, string, string][];
}

export interface PlanOptions {
  sheet?: string;
  /** First row of the form, 0-based. */
  origin?: number;
}

/** A blank standard form, with the indicator skeleton, drop-downs and input prompts. */
export function templatePlan(options: PlanOptions & { year: number; unit?: string }): SheetPlan {
  const plan = layout(
    {
      year: options.year,
      unit: options.unit ?? null,
      header: {},
      amounts: [
        [null, null, null],
        [null, null, null],
      ],
      // Stryker disable next-line ArrayDeclaration: a missing goal is written as "" like a null one
      goals: [null, null],
      indicators: SKELETON.map(([level1, level2]) => [level1, level2, "", ""]),
    },
    options
  );
  return { ...plan, ops: [...plan.ops, ...inputHints(spanOn(options), SKELETON.length)] };
}

/** The standard form filled with a record: what the add-in writes for "insert" and what tests read back. */
export function formPlan(record: FormRecord, options: PlanOptions = {}): SheetPlan {
  // An amount is written as a number; text that is none ("250万") stays as written, for its finding.
  const column = (c: FormRecord["funding"]["period"]) =>
    (["total", "fiscal", "other"] as const).map(
      (part) => decimalToNumber(c?.[part]) ?? (c?.raw[part] || null)
    );
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

/** An A1 range on the form: rows relative to its first row, columns 0–4 (A–E). */
type Span = (row: number, left: number, right: number, bottom?: number) => string;

function spanOn(options: PlanOptions): Span {
  const top = options.origin ?? 0;
  return (row, left, right, bottom = row) =>
    areaA1({ top: top + row, left, bottom: top + bottom, right });
}

function layout(content: FormContent, options: PlanOptions): SheetPlan {
  const span = spanOn(options);
  const rows = formRows(content);
  const count = content.indicators.length;
  const lastRow = ROW.firstIndicator + Math.max(count, 1) - 1;
  const ops: PlanOp[] = [
    { kind: "values", range: span(0, 0, 4, rows.length - 1), values: rows },
    ...formMerges(span, count).map((range): PlanOp => ({ kind: "merge", range })),
    ...formFormats(span, lastRow),
    ...indicatorLists(span, count),
  ];
  return { sheet: options.sheet ?? "绩效目标表", ops };
}

/** The form's cells, row by row, as the standard form lays them out (docs/form.md). */
function formRows({ year, unit, header, amounts, goals, indicators }: FormContent): CellInput[][] {
  return [
    [TITLE, null, null, null, null],
    [year === null ? "" : `(${year}年度)`, null, null, null, null],
    [FIELDS.unit.label, unit ?? "", null, null, AMOUNT_UNIT],
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
    ...indicators.map(([l1, l2, name, value]) => [l1, l2, name, null, value]),
  ];
}

function formMerges(span: Span, indicatorCount: number): string[] {
  return [
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
    ...Array.from({ length: indicatorCount }, (_, i) => span(ROW.firstIndicator + i, 2, 3)),
  ];
}

/** Borders, alignment, number formats, sizes and print setup. */
/** "A12" → "12": the 1-based row of a one-cell span, as print titles name rows. */
// Stryker disable next-line Regex: the cell is always in column A, one letter at the start
const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, "");

function formFormats(span: Span, lastRow: number): PlanOp[] {
  const format = (range: string, cellFormat: CellFormat): PlanOp => ({
    kind: "format",
    range,
    format: cellFormat,
  });
  return [
    format(span(ROW.name, 0, 4, lastRow), BODY_CELLS),
    format(span(ROW.title, 0, 4), { font: { bold: true, size: 16 }, horizontal: "center" }),
    format(span(ROW.year, 0, 4), { horizontal: "center" }),
    format(span(ROW.unit, 4, 4), { horizontal: "right" }),
    format(span(ROW.funding, 2, 2, ROW.funding + 2), { numberFormat: AMOUNT_FORMAT }),
    format(span(ROW.funding, 4, 4, ROW.funding + 2), { numberFormat: AMOUNT_FORMAT }),
    format(span(ROW.funding, 0, 0, ROW.goalTexts), { horizontal: "center" }),
    format(span(ROW.goalTexts, 1, 4), { vertical: "top", horizontal: "left" }),
    format(span(ROW.tableHeader, 0, 4), { font: { bold: true }, horizontal: "center" }),
    { kind: "rowHeight", range: span(ROW.goalTexts, 0, 4), height: 90 },
    { kind: "columnWidths", widths: COLUMN_WIDTHS },
    {
      kind: "print",
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      area: span(0, 0, 4, lastRow),
      // A long indicator table goes on over pages: each starts with the form's title block.
      titleRows: `${rowOf(span(ROW.title, 0, 0))}:${rowOf(span(ROW.unit, 0, 0))}`,
    },
  ];
}

/** Drop-down lists on the 一级 and 二级 columns of the indicator rows. */
function indicatorLists(span: Span, count: number): PlanOp[] {
  if (count === 0) return [];
  const [first, last] = [ROW.firstIndicator, ROW.firstIndicator + count - 1];
  return levelLists(span(first, 0, 0, last), span(first, 1, 1, last));
}

/**
 * Prompts on the blank form's input cells (the lists carry their own): what goes in each, with
 * an example. Filled copies (a summary's forms) go without: they are read, not filled.
 */
function inputHints(span: Span, count: number): PlanOp[] {
  const [first, last] = [ROW.firstIndicator, ROW.firstIndicator + count - 1];
  const hint = (range: string, text: InputHint): PlanOp => ({ kind: "hint", range, hint: text });
  return [
    hint(span(ROW.unit, 1, 2), INPUT_HINTS.unit),
    hint(span(ROW.name, 1, 2), INPUT_HINTS.name),
    hint(span(ROW.name, 4, 4), INPUT_HINTS.period),
    hint(span(ROW.department, 1, 2), INPUT_HINTS.department),
    hint(span(ROW.department, 4, 4), INPUT_HINTS.implementer),
    hint(span(ROW.funding, 2, 2, ROW.funding + 2), INPUT_HINTS.amount),
    hint(span(ROW.funding, 4, 4, ROW.funding + 2), INPUT_HINTS.amount),
    hint(span(ROW.goalTexts, 1, 4), INPUT_HINTS.goal),
    ...(count === 0
      ? []
      : [
          hint(span(first, 2, 3, last), INPUT_HINTS.indicatorName),
          hint(span(first, 4, 4, last), INPUT_HINTS.indicatorValue),
        ]),
  ];
}

/** The 一级 and 二级 drop-downs with their prompts, on the given ranges (an inserted row's too). */
export function levelLists(level1Range: string | null, level2Range: string | null): PlanOp[] {
  const lists: PlanOp[] = [];
  if (level1Range)
    lists.push({
      kind: "list",
      range: level1Range,
      items: LEVEL1_CHOICES,
      hint: INPUT_HINTS.level1,
    });
  if (level2Range)
    lists.push({
      kind: "list",
      range: level2Range,
      items: LEVEL2_CHOICES,
      hint: INPUT_HINTS.level2,
    });
  return lists;
}

/** The format of the form's bordered body, indicator rows included (a row a person inserts too). */
export const BODY_CELLS: CellFormat = { border: "thin", vertical: "middle", wrap: true };
