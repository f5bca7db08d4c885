import type { FormRecord, Indicator, IndicatorValue, Operator } from "../../src/form/record";
import { sampleRecord } from "./forms";

/** Parsed values written by hand, so that rule tests do not depend on the value parser. */
export function quantity(
  raw: string,
  operator: Operator | null,
  number: string,
  unit: string | null
): IndicatorValue {
  return { raw, kind: "quantitative", operator, number, unit };
}

export function percent(raw: string, operator: Operator | null, number: string): IndicatorValue {
  return quantity(raw, operator, number, "%");
}

export function words(raw: string): IndicatorValue {
  return { raw, kind: "qualitative", operator: null, number: null, unit: null };
}

export function deadline(raw: string): IndicatorValue {
  return { raw, kind: "time", operator: null, number: null, unit: null };
}

export const blankValue: IndicatorValue = {
  raw: "",
  kind: "blank",
  operator: null,
  number: null,
  unit: null,
};

/** A record (sampleRecord() by default) with one indicator changed (index from 0). */
export function withIndicator(
  index: number,
  change: Partial<Indicator>,
  base: FormRecord = sampleRecord()
): FormRecord {
  const indicators = [...base.indicators];
  indicators[index] = { ...indicators[index], ...change };
  return { ...base, indicators };
}

/** A record (sampleRecord() by default) with several values changed, keyed by index. */
export function withValues(
  values: Record<number, IndicatorValue>,
  base: FormRecord = sampleRecord()
): FormRecord {
  return Object.entries(values).reduce(
    (record, [index, value]) => withIndicator(Number(index), { value }, record),
    base
  );
}

/** sampleRecord() with the 一级/二级 of some indicators written otherwise (and not recognised). */
export function relabel(indices: number[], level1?: string, level2?: string): FormRecord {
  const record = sampleRecord();
  for (const index of indices) {
    const indicator = record.indicators[index];
    const written = {
      level1: level1 ?? indicator.level1,
      level2: level2 ?? indicator.level2,
    };
    record.indicators[index] = { ...indicator, ...written, written };
  }
  return record;
}

/** Which of sampleRecord()'s indicators is which (rows 12–19, values in column E). */
export const sampleIndex = {
  count: 0, // E12 赴外培训学习次数 ≥3次
  area: 1, // E13 龙头分园绿地养护面积 ≥10万平方米
  rate: 2, // E14 上岗人员接受培训比例 ≥95%
  quality: 3, // E15 龙头分园办公场所运行保障情况 良好
  duration: 4, // E16 培训完成时间 ≤12个月
  cost: 5, // E17 培训差旅成本 ≤11.46万元 (the annual total is 11.46 万元)
  benefit: 6, // E18 赴外培训学习对工作人员能力提升水平 良好
  satisfaction: 7, // E19 龙头分园工作人员对日常运转保障满意度 ≥95%
} as const;

/** sampleRecord() with one indicator's value (and optionally its name) replaced. */
export function sampleWith(
  slot: keyof typeof sampleIndex,
  value: IndicatorValue,
  name?: string
): FormRecord {
  return withIndicator(sampleIndex[slot], name === undefined ? { value } : { value, name });
}

/** sampleRecord() with one more indicator after the last one, on row 20. */
export function withExtra(level1: string, level2: string, name: string, value: IndicatorValue) {
  const record = sampleRecord();
  record.indicators.push(tableRows(20, [[level1, level2, name, value]])[0]);
  return record;
}

/** [一级, 二级, 三级, value]; a blank 一级/二级 means "same as above", as in the sheet. */
export type TableRow = [string, string, string, IndicatorValue];

/** Indicators laid out as the template places them (A 一级, B 二级, C 三级, E value) from a row. */
export function tableRows(firstRow: number, rows: TableRow[]): Indicator[] {
  let level1 = { text: "", cell: "" };
  let level2 = { text: "", cell: "" };
  return rows.map(([l1, l2, name, value], i) => {
    const row = firstRow + i;
    if (l1) level1 = { text: l1, cell: `A${row}` };
    if (l1 || l2) level2 = { text: l2, cell: `B${row}` };
    return {
      level1: level1.text,
      level2: level2.text,
      name,
      value,
      cell: `E${row}`,
      cells: { level1: level1.cell, level2: level2.cell, name: `C${row}`, value: `E${row}` },
      written: { level1: level1.text, level2: level2.text },
    };
  });
}

/** A sample-document form: sampleRecord()'s header with its own name, annual total and table. */
export function sampleForm(name: string, annualTotal: string, rows: TableRow[]): FormRecord {
  const record = sampleRecord();
  const column = { total: annualTotal, fiscal: annualTotal, other: null };
  const funding = { ...column, raw: { ...column } };
  return {
    ...record,
    name,
    funding: { period: funding, annual: funding },
    indicators: tableRows(12, rows),
  };
}
