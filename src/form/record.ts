import * as z from "zod/mini";
import { FIELD_PATHS, type FieldPath } from "./template";

/** Years a form may state (a budget year): wider than any form's, narrower than a typo's (3023). */
export const YEARS = { min: 2000, max: 2099 } as const;

/** The schema of an exact decimal as text (Decimal below). */
type DecimalSchema = z.ZodMiniString<string>;

/** One column of the funding block (实施期 or 年度). Blank 其他资金 reads as null here and counts as 0. */
function fundingColumnSchema(Amount: DecimalSchema) {
  return z.strictObject({
    total: z.nullable(Amount),
    fiscal: z.nullable(Amount),
    other: z.nullable(Amount),
    /**
     * The cells' text as written (in the form's unit), for messages and for amounts that are not
     * plain numbers. A total the form does not write but its parts add up to (read.total-derived)
     * is their sum, and a fiscal part made of government levels' lines (中央, 省级…) is theirs.
     */
    raw: z.strictObject({
      total: z.nullable(z.string()),
      fiscal: z.nullable(z.string()),
      other: z.nullable(z.string()),
    }),
  });
}

/** A 指标's schemas: its operator, its parsed value, the row itself. */
function indicatorSchemas(Decimal: DecimalSchema) {
  const Operator = z.enum(["≥", "≤", ">", "<", "="]);

  /**
   * A parsed 指标值. quantitative: [operator] number [unit]; time: a date, deadline or period
   * (每年12月底前, 2023年1月至12月); qualitative: graded words (良好, 显著提升); blank: nothing written.
   */
  const IndicatorValue = z.strictObject({
    raw: z.string(),
    kind: z.enum(["quantitative", "qualitative", "time", "blank"]),
    operator: z.nullable(Operator),
    /** Canonical exact decimal text ("95", "0", "-3.5"): half-width digits, no separators or padding zeros. */
    number: z.nullable(Decimal),
    unit: z.nullable(z.string()),
  });

  const Indicator = z.strictObject({
    /** Canonical name (产出指标) when recognised, else the text as written. */
    level1: z.string(),
    level2: z.string(),
    /** 三级指标. */
    name: z.string(),
    value: IndicatorValue,
    /** The value cell. */
    cell: z.string(),
    /** Where each part was read from; a blank 一级/二级 inherits the cell of the row that named it. */
    cells: z.strictObject({
      level1: z.string(),
      level2: z.string(),
      name: z.string(),
      value: z.string(),
    }),
    /** The 一级/二级 text exactly as written, before canonicalisation. */
    written: z.strictObject({ level1: z.string(), level2: z.string() }),
  });

  return { Operator, IndicatorValue, Indicator };
}

/**
 * The cells of the fields read, keyed by field path, none required. A strict object of optional
 * strings rather than a partial record over an enum of paths: zod compiles it into plain code whose
 * constants can be written into the command line's bundle at build time (docs/speed.md).
 */
function fieldCells() {
  return Object.fromEntries(FIELD_PATHS.map((path) => [path, z.optional(z.string())])) as Record<
    FieldPath,
    z.ZodMiniOptional<z.ZodMiniString<string>>
  >;
}

/**
 * The record's schemas: the one home of each field's type and bounds (amounts, decimals, years,
 * periods). Every object is strict (a key the schema does not name is refused, never dropped), so
 * that what zod's parse makes of a record it accepts equals the record: the command line checks
 * each record with the schema zod compiled, and keeps it as it is (docs/speed.md). Built on first
 * use, once (docs/form.md, "The record"): the reader parses each record it builds with FormRecord
 * (src/form/recordParse.ts); the types below are inferred from it.
 */
function buildSchemas() {
  /** An exact decimal as text: "11.46", "-3", "0.000001". Never a binary float. */
  const Decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));
  /** An amount in 万元: an exact decimal. */
  const Amount = Decimal;
  /** A month of a period, "2023-01". */
  const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

  const FundingColumn = fundingColumnSchema(Amount);
  const { Operator, IndicatorValue, Indicator } = indicatorSchemas(Decimal);

  const Period = z.strictObject({
    raw: z.string(),
    /** "2023-01", or null when the text cannot be read as a month range. */
    start: z.nullable(Month),
    end: z.nullable(Month),
  });

  const AmountUnit = z.enum(["万元", "元"]);

  const Layout = z.strictObject({
    /**
     * "form": a form with its own header block; "list": one project of a list-style table (a
     * budget-system export), which has no 主管部门, 实施单位 or 项目实施期 of its own.
     */
    kind: z.enum(["form", "list"]),
    /** False when the indicator table has no 一级 (or no 二级) column at all. */
    level1Column: z.boolean(),
    level2Column: z.boolean(),
  });

  const FormRecord = z.strictObject({
    year: z.nullable(z.int().check(z.gte(YEARS.min), z.lte(YEARS.max))),
    unit: z.nullable(z.string()),
    name: z.nullable(z.string()),
    department: z.nullable(z.string()),
    implementer: z.nullable(z.string()),
    period: z.nullable(Period),
    funding: z.strictObject({
      /**
       * The unit the form wrote its amounts in (单位:元, 资金投入(元)…). The amounts here are in 万元
       * whatever it is: 元 are converted exactly. Absent on records not read from a sheet (万元).
       */
      writtenIn: z.optional(AmountUnit),
      period: z.nullable(FundingColumn),
      annual: z.nullable(FundingColumn),
    }),
    goals: z.strictObject({ period: z.nullable(z.string()), annual: z.nullable(z.string()) }),
    indicators: z.array(Indicator),
    /** How the form was laid out, where that changes what can be asked of it. Absent: the standard form. */
    layout: z.optional(Layout),
    /**
     * The A1 cell of every field read, keyed by its path: "name", "period", "goals.annual",
     * "funding.annual.total", … A label that was found but whose value is blank still has its cell,
     * so a finding about the blank can sit on it.
     */
    cells: z.strictObject(fieldCells()),
  });

  return {
    Amount,
    FundingColumn,
    Operator,
    IndicatorValue,
    Indicator,
    Period,
    AmountUnit,
    Layout,
    FormRecord,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The record's schemas, built on the first call. */
export const recordSchemas = (): Schemas => (schemas ??= buildSchemas());

export type Amount = z.infer<Schemas["Amount"]>;
export type AmountUnit = z.infer<Schemas["AmountUnit"]>;
export type Layout = z.infer<Schemas["Layout"]>;
export type FundingColumn = z.infer<Schemas["FundingColumn"]>;
export type Operator = z.infer<Schemas["Operator"]>;
export type IndicatorValue = z.infer<Schemas["IndicatorValue"]>;
export type Indicator = z.infer<Schemas["Indicator"]>;
export type Period = z.infer<Schemas["Period"]>;
export type FormRecord = z.infer<Schemas["FormRecord"]>;
