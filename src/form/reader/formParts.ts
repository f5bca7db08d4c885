import { cellA1 } from "../address";
import { durationOf, parsePeriod } from "../period";
import type { AmountUnit, Period } from "../record";
import { toHalfWidth } from "../width";
import type { FoundField, HeaderFields } from "./header";
import { amountUnitOf, isTitleLabel, isUnitLine } from "./labels";
import type { SheetIndex } from "./sheetIndex";

/*
 * Parts of a form read the same way in every layout: the unit of its amounts, its year, and its
 * period, written in one cell or in two.
 */

/** The unit a form writes its amounts in, and where it says so differently, if anywhere. */
export interface AmountUnitRead {
  unit: AmountUnit | null;
  /** A unit line (单位:元) that a funding label (资金投入(万元)) contradicts: the label wins. */
  conflict: { cell: string; line: AmountUnit; label: AmountUnit } | null;
}

/**
 * The unit the form writes amounts in, from a unit line (单位:元, 金额单位：万元) or a funding
 * label's bracket (资金投入(元), 项目金额(元)). A label on the amounts themselves wins over a line
 * elsewhere on the form, and the contradiction is reported; null when the form says nothing.
 */
export function readAmountUnit(ix: SheetIndex, fromRow: number, toRow: number): AmountUnitRead {
  let line: { unit: AmountUnit; cell: string } | null = null;
  let label: AmountUnit | null = null;
  for (let row = fromRow; row <= toRow; row++) {
    for (let col = ix.left; col <= ix.right; col++) {
      if (ix.isCovered(row, col)) continue;
      const text = ix.label(row, col);
      const unit = text ? amountUnitOf(text) : null;
      if (!unit) continue;
      if (isUnitLine(text)) line ??= { unit, cell: cellA1(row, col) };
      else label ??= unit;
    }
  }
  const conflict =
    line && label && line.unit !== label ? { cell: line.cell, line: line.unit, label } : null;
  return { unit: label ?? line?.unit ?? null, conflict };
}

/** "(2023年度)", or a title such as "2023 年区本级项目支出绩效目标表". */
export function findYear(ix: SheetIndex, from: number, to: number): number | null {
  for (let row = to - 1; row >= from; row--) {
    for (let col = ix.left; col <= ix.right; col++) {
      const text = toHalfWidth(ix.text(row, col));
      const m =
        /(\d{4})\s*年度/.exec(text) ??
        // The template's "20  年度" with the last two digits typed in: (20 17 年度).
        /(?:^|\()\s*(\d{2}\s+\d{2})\s*年度/.exec(text) ??
        /^(\d{4})\s*年.*绩效目标/.exec(text) ??
        // A title that names its place first: 秀屿区2025年省级…资金绩效目标表.
        (isTitleLabel(ix.label(row, col)) ? /([12]\d{3})\s*年/.exec(text) : null);
      if (m) return Number(m[1].replace(/\s/g, ""));
    }
  }
  return null;
}

/**
 * The period from its one cell (项目实施期 2023年1月至12月, 项目期 2019-2021), or from two
 * (开始日期 2021.1 | 结束日期 2021.12), read as "start至end". Null when neither is written. A
 * period that names no year (全年) is in the form's year.
 */
export function readPeriod(
  fields: HeaderFields,
  budgetYear: number | null
): {
  period: Period | null;
  field: FoundField | null;
} {
  const one = fields.period?.[0];
  if (one?.text) return { period: periodOf(one.text, budgetYear), field: one };
  const start = fields.periodStart?.[0];
  const end = fields.periodEnd?.[0];
  const ends = [start?.text, end?.text].filter((text): text is string => Boolean(text));
  if (ends.length === 0) return { period: null, field: one ?? start ?? end ?? null };
  return { period: parsePeriod(ends.join("至"), budgetYear), field: start?.text ? start : end! };
}

/** Months written as digits only, as some templates ask (项目起止时间(如20190101)): 202001-202012. */
const COMPACT_RANGE = /^(\d{4})(\d{2})(?:\d{2})?\s*[-~至到]\s*(\d{4})(\d{2})(?:\d{2})?$/;

/**
 * The period a cell states: a range (2023年1月至12月), or a duration counted from the start of
 * the form's year (3年 in a 2024 form is 2024-01 to 2026-12). A duration without a year, and 长期,
 * read no months, but are what the layout asks for: no finding says they are unreadable.
 */
function periodOf(text: string, budgetYear: number | null): Period {
  const compact = COMPACT_RANGE.exec(toHalfWidth(text).trim());
  if (compact) {
    const [, y1, m1, y2, m2] = compact;
    return {
      ...parsePeriod(`${y1}年${Number(m1)}月至${y2}年${Number(m2)}月`, budgetYear),
      raw: text,
    };
  }
  const months = durationOf(text);
  // 长期 has no end to read; period.unparseable leaves a duration alone (src/form/rules/period.ts).
  if (months === null || months === "ongoing" || budgetYear === null)
    return months === null ? parsePeriod(text, budgetYear) : { raw: text, start: null, end: null };
  const last = budgetYear * 12 + months - 1;
  const month = (index: number) =>
    `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  return { raw: text, start: month(budgetYear * 12), end: month(last) };
}
