import * as z from "zod/mini";
import { FIELD_PATHS, type FieldPath } from "./template";

/** An exact decimal in 万元, as text: "11.46", "-3", "0.000001". Never a binary float. */
export const Amount = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));

/** One column of the funding block (实施期 or 年度). Blank 其他资金 reads as null here and counts as 0. */
export const FundingColumn = z.object({
  total: z.nullable(Amount),
  fiscal: z.nullable(Amount),
  other: z.nullable(Amount),
  /**
   * The cells' text as written (in the form's unit), for messages and for amounts that are not
   * plain numbers. A total the form does not write but its parts add up to (read.total-derived)
   * is their sum, and a fiscal part made of government levels' lines (中央, 省级…) is theirs.
   */
  raw: z.object({
    total: z.nullable(z.string()),
    fiscal: z.nullable(z.string()),
    other: z.nullable(z.string()),
  }),
});

export const Operator = z.enum(["≥", "≤", ">", "<", "="]);

/**
 * A parsed 指标值. quantitative: [operator] number [unit]; time: a date, deadline or period
 * (每年12月底前, 2023年1月至12月); qualitative: graded words (良好, 显著提升); blank: nothing written.
 */
export const IndicatorValue = z.object({
  raw: z.string(),
  kind: z.enum(["quantitative", "qualitative", "time", "blank"]),
  operator: z.nullable(Operator),
  /** Canonical exact decimal text ("95", "0", "-3.5"): half-width digits, no separators or padding zeros. */
  number: z.nullable(z.string()),
  unit: z.nullable(z.string()),
});

export const Indicator = z.object({
  /** Canonical name (产出指标) when recognised, else the text as written. */
  level1: z.string(),
  level2: z.string(),
  /** 三级指标. */
  name: z.string(),
  value: IndicatorValue,
  /** The value cell. */
  cell: z.string(),
  /** Where each part was read from; a blank 一级/二级 inherits the cell of the row that named it. */
  cells: z.object({ level1: z.string(), level2: z.string(), name: z.string(), value: z.string() }),
  /** The 一级/二级 text exactly as written, before canonicalisation. */
  written: z.object({ level1: z.string(), level2: z.string() }),
});

export const Period = z.object({
  raw: z.string(),
  /** "2023-01", or null when the text cannot be read as a month range. */
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
});

export const AmountUnit = z.enum(["万元", "元"]);

export const Layout = z.object({
  /**
   * "form": a form with its own header block; "list": one project of a list-style table (a
   * budget-system export), which has no 主管部门, 实施单位 or 项目实施期 of its own.
   */
  kind: z.enum(["form", "list"]),
  /** False when the indicator table has no 一级 (or no 二级) column at all. */
  level1Column: z.boolean(),
  level2Column: z.boolean(),
});

export const FormRecord = z.object({
  year: z.nullable(z.int()),
  unit: z.nullable(z.string()),
  name: z.nullable(z.string()),
  department: z.nullable(z.string()),
  implementer: z.nullable(z.string()),
  period: z.nullable(Period),
  funding: z.object({
    /**
     * The unit the form wrote its amounts in (单位:元, 资金投入(元)…). The amounts here are in 万元
     * whatever it is: 元 are converted exactly. Absent on records not read from a sheet (万元).
     */
    writtenIn: z.optional(AmountUnit),
    period: z.nullable(FundingColumn),
    annual: z.nullable(FundingColumn),
  }),
  goals: z.object({ period: z.nullable(z.string()), annual: z.nullable(z.string()) }),
  indicators: z.array(Indicator),
  /** How the form was laid out, where that changes what can be asked of it. Absent: the standard form. */
  layout: z.optional(Layout),
  /**
   * The A1 cell of every field read, keyed by its path: "name", "period", "goals.annual",
   * "funding.annual.total", … A label that was found but whose value is blank still has its cell,
   * so a finding about the blank can sit on it.
   */
  cells: z.partialRecord(z.enum(FIELD_PATHS as [FieldPath, ...FieldPath[]]), z.string()),
});

export type Amount = z.infer<typeof Amount>;
export type AmountUnit = z.infer<typeof AmountUnit>;
export type Layout = z.infer<typeof Layout>;
export type FundingColumn = z.infer<typeof FundingColumn>;
export type Operator = z.infer<typeof Operator>;
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export type Indicator = z.infer<typeof Indicator>;
export type Period = z.infer<typeof Period>;
export type FormRecord = z.infer<typeof FormRecord>;
