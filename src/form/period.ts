import type { Period } from "./record";
import { toHalfWidth } from "./width";

interface Month {
  year: number;
  month: number;
}

/** A year as forms write it: four digits, never starting with 0 (0707/07 is not July 707). */
const YEAR = String.raw`([12]\d{3})`;
/** One end of a range: 2023年1月, 2023.07, 2023/7, 2023-01-01, or 12月 (year from the other end). */
const END = String.raw`(?:${YEAR}\s*(?:年|[./-])\s*)?(\d{1,2})\s*月?(?:\s*[./-]?\s*\d{1,2}\s*日?)?`;
const RANGE = new RegExp(String.raw`^${END}\s*(?:至|到|~|～|—|－|-)\s*${END}$`);
const YEARS = new RegExp(String.raw`^${YEAR}\s*年?\s*(?:至|到|~|—|-)\s*${YEAR}\s*年?度?$`);
const ONE_YEAR = new RegExp(String.raw`^${YEAR}\s*年度?$`);
/** One day (2023-01-01, 2023.1.1): a start or an end, never a range, though it reads like one. */
const ONE_DAY = /^\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}$/;

const monthText = ({ year, month }: Month) => `${year}-${String(month).padStart(2, "0")}`;
const unreadable = (raw: string): Period => ({ raw, start: null, end: null });

/** The whole of the form's year: 全年, 全年度. */
const WHOLE_YEAR = /^全\s*年\s*度?$/;

/**
 * 项目实施期 as a month range (2023年1月至12月, 2023.07-2024.01, 2023-2025年, …); start/end null
 * when unreadable. `budgetYear`, the form's year (2023年度), is the year of a period that names
 * none: 全年, 1月至12月.
 */
export function parsePeriod(raw: string, budgetYear: number | null = null): Period {
  const text = toHalfWidth(raw).trim().replace(/\s+/g, " ");
  if (WHOLE_YEAR.test(text)) {
    return budgetYear === null
      ? unreadable(raw)
      : {
          raw,
          start: monthText({ year: budgetYear, month: 1 }),
          end: monthText({ year: budgetYear, month: 12 }),
        };
  }
  const years = YEARS.exec(text);
  const oneYear = ONE_YEAR.exec(text);
  if (years || oneYear) {
    return {
      raw,
      start: `${(years ?? oneYear)![1]}-01`,
      end: `${years ? years[2] : oneYear![1]}-12`,
    };
  }
  const m = ONE_DAY.test(text) ? null : RANGE.exec(text);
  if (!m || (!m[1] && !m[3] && budgetYear === null)) return unreadable(raw);
  const startYear = m[1] || m[3] ? Number(m[1] ?? m[3]) : budgetYear!;
  const start = { year: startYear, month: Number(m[2]) };
  const end = { year: Number(m[3] ?? startYear), month: Number(m[4]) };
  if (![start, end].every((e) => e.month >= 1 && e.month <= 12)) return unreadable(raw);
  return { raw, start: monthText(start), end: monthText(end) };
}

/** A duration where a layout asks for one: 项目期 1年, 实施期限 3年, 18个月. */
const DURATION = /^(\d{1,2})\s*(年|个月)$/;
/** A project with no end, as 项目期 or 实施期限 may say: 长期. */
const ONGOING = /^长期(项目|性)?$/;

/**
 * The months a duration covers (3年 → 36), or "ongoing" for 长期; null for anything else (a
 * range, a date, text). Counted from the form's year, a duration is a period (docs/form.md).
 */
export function durationOf(raw: string): number | "ongoing" | null {
  const text = toHalfWidth(raw).replace(/\s+/g, "");
  if (ONGOING.test(text)) return "ongoing";
  const m = DURATION.exec(text);
  if (!m || Number(m[1]) === 0) return null;
  return Number(m[1]) * (m[2] === "年" ? 12 : 1);
}

const yearOf = (month: string | null) => (month ? Number(month.slice(0, 4)) : null);

/** True when the period's start and end fall in different calendar years. */
export function periodSpansYears(period: Period): boolean {
  const start = yearOf(period.start);
  const end = yearOf(period.end);
  return start !== null && end !== null && start !== end;
}

/** True when the year lies within the period (a period that cannot be read contains nothing). */
export function periodContainsYear(period: Period, year: number): boolean {
  const start = yearOf(period.start);
  const end = yearOf(period.end);
  return start !== null && end !== null && start <= year && year <= end;
}
