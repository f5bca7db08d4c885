import { addDecimals, decimalFromCell, shiftDecimal } from "../decimal";
import type { AmountUnit, FormRecord, FundingColumn } from "../record";
import { FUNDING_PARTS, fundingPath, type FundingPart, type FundingSide } from "../template";
import type { FoundField, HeaderFields } from "./header";
import { AMOUNT_UNIT_WORDS, isWholeOther } from "./vocabulary";

/** What readFunding found besides the record's columns: a total it added up itself. */
export interface DerivedTotal {
  side: FundingSide;
  cell: string;
  total: string;
}

type Part = "fiscal" | "fiscalPart" | "other";

/**
 * The funding columns (实施期 and 年度) from the labels found (docs/layouts.md). Totals name their
 * column, or take it from a small table's row; 财政拨款, 其他资金 and the government levels' lines
 * (中央资金, 本级…) belong to the nearest total above them in the same column, else to the total
 * left of them on the same row, else to the only total. Amounts written in 元 become 万元 exactly.
 */
export function readFunding(
  fields: HeaderFields,
  unit: AmountUnit,
  cells: FormRecord["cells"]
): { funding: FormRecord["funding"]; derived: DerivedTotal[] } {
  const totals = totalsOf(fields);
  const parts: Record<FundingSide, Partial<Record<Part, FoundField[]>>> = {
    period: {},
    annual: {},
  };
  const noTotals = !totals.period && !totals.annual;
  const found = (["fiscal", "fiscalPart", "other"] as const).flatMap((kind) =>
    (fields[kind] ?? []).map((part) => ({
      kind,
      part,
      side: part.side ?? (noTotals ? "annual" : sideOfPart(part, totals)),
    }))
  );
  for (const { kind, part, side } of found) {
    // A row of parts is one breakdown: one no total claims goes with a row-mate that one does
    // (芜湖 2019: 上级财政补助资金 | 同级财政资金 | 其他, under 项目当年预算 only in the middle).
    const mate = found.find((f) => f.side && f.part.labelRow === part.labelRow)?.side;
    const placed = side ?? mate ?? null;
    if (placed) (parts[placed][kind] ??= []).push(part);
  }
  const derived: DerivedTotal[] = [];
  const column = (side: FundingSide): FundingColumn | null => {
    const found = parts[side];
    if (!totals[side] && !found.fiscal && !found.fiscalPart && !found.other) return null;
    const read = columnOf(totals[side], found, unit);
    for (const part of FUNDING_PARTS)
      if (read.cells[part]) cells[fundingPath(side, part)] = read.cells[part];
    if (read.derived) derived.push({ side, ...read.derived });
    return read.column;
  };
  return {
    funding: { writtenIn: unit, period: column("period"), annual: column("annual") },
    derived,
  };
}

function totalsOf(fields: HeaderFields): Partial<Record<FundingSide, FoundField>> {
  const totals: Partial<Record<FundingSide, FoundField>> = {};
  for (const total of fields.periodTotal ?? []) totals[total.side ?? "period"] ??= total;
  for (const total of fields.annualTotal ?? []) totals[total.side ?? "annual"] ??= total;
  const named = [...(fields.periodTotal ?? []), ...(fields.annualTotal ?? [])];
  // A total that names no column (资金总额, 金额, 合计) is the annual one unless its row says
  // otherwise, or the period's beside a named annual one (资金总额 | 当年资金总额); beside a named
  // total on its row (年度资金总额 | 金额(万元)) it is the amounts' column title. Of two that name
  // no column, the second (湘阴's 支出明细预算 合计 under its 项目资金申请 合计) is not a total.
  const namedAnnual = (fields.annualTotal ?? []).length > 0;
  const unnamed = fields.total ?? [];
  for (const total of unnamed) {
    if (named.some((n) => n.labelRow === total.labelRow && n.labelCol < total.labelCol)) continue;
    if (titlesColumn(total, unnamed)) continue;
    const side = total.side ?? (namedAnnual ? "period" : "annual");
    totals[side] ??= total;
  }
  return totals;
}

/**
 * A total that names no column whose neighbour is another column's header (鄂州 2022: 金额 |
 * 测算(公式)依据 over the cost lines, then 合计 814): the amounts' column title, where a 合计
 * below it is the total. Words with no digit are no amount.
 */
function titlesColumn(total: FoundField, unnamed: FoundField[]): boolean {
  const below = unnamed.some((t) => t.labelRow > total.labelRow && t.labelCol <= total.labelCol);
  return below && total.text !== "" && !/\d/.test(total.text);
}

function sideOfPart(
  part: FoundField,
  totals: Partial<Record<FundingSide, FoundField>>
): FundingSide | null {
  const sides = (["period", "annual"] as const).filter((side) => totals[side]);
  const nearest = (fits: (total: FoundField) => boolean, distance: (total: FoundField) => number) =>
    sides
      .filter((side) => fits(totals[side]!))
      .sort((a, b) => distance(totals[a]!) - distance(totals[b]!))[0];
  return (
    nearest(
      (t) => t.labelCol === part.labelCol && t.labelRow < part.labelRow,
      (t) => part.labelRow - t.labelRow
    ) ??
    nearest(
      (t) => t.labelRow === part.labelRow && t.labelCol < part.labelCol,
      (t) => part.labelCol - t.labelCol
    ) ??
    (sides.length === 1 ? sides[0] : null)
  );
}

/**
 * A number followed by the unit the form writes its amounts in (10000万元, or 50万 with 元
 * dropped, in a 万元 form; AMOUNT_UNIT_WORDS), perhaps with its own breakdown in brackets (宁乡
 * 2021: 6923.3552万元(其中:上级财政资金:6923.3552万元;…)): the amount as written. Another unit
 * (5万元 in a 元 form) stays text, for funding.not-number.
 */
const WITH_UNIT = /^\s*([-+]?[\d,]*\.?\d+)\s*(\S+?)\s*(?:\(其中[:,][^()]*\))?\s*$/;

function writtenAmount(raw: FoundField["raw"], unit: AmountUnit): string | null {
  const plain = decimalFromCell(raw);
  if (plain !== null || typeof raw !== "string") return plain;
  const m = WITH_UNIT.exec(raw);
  return m && AMOUNT_UNIT_WORDS[m[2]] === unit ? decimalFromCell(m[1]) : null;
}

/** One amount cell: its exact value in 万元 (null when not a plain number) and its text as written. */
function amountOf(field: FoundField, unit: AmountUnit) {
  const value = writtenAmount(field.raw, unit);
  return {
    value: value === null || unit === "万元" ? value : shiftDecimal(value, -4),
    written: value,
    text: field.text || null,
    cell: field.cell,
  };
}

type Amount = ReturnType<typeof amountOf>;

/** The government levels' lines add up to the fiscal part; one line that is not a number stops the sum. */
function sumOf(fields: FoundField[], unit: AmountUnit): Amount {
  const amounts = fields.map((field) => amountOf(field, unit));
  const unreadable = amounts.find((a) => a.value === null && a.text);
  if (unreadable) return unreadable;
  const filled = amounts.filter((a) => a.value !== null);
  if (filled.length === 0) return { value: null, written: null, text: null, cell: fields[0].cell };
  const written = addDecimals(...filled.map((a) => a.written));
  return {
    value: addDecimals(...filled.map((a) => a.value)),
    written,
    text: written,
    cell: filled[0].cell,
  };
}

/**
 * The other funds: the 其他资金 line where there is one; else the sources a template lists in its
 * place add up to it (宁乡 2021: 二、自有资金 and 三、其他; 昭化 2021: 自有资金小计 and 其他收入).
 */
function otherOf(lines: FoundField[], unit: AmountUnit): Amount {
  const whole = lines.find((line) => isWholeOther(line.label ?? ""));
  return whole || lines.length === 1 ? amountOf(whole ?? lines[0], unit) : sumOf(lines, unit);
}

function columnOf(
  total: FoundField | undefined,
  parts: Partial<Record<Part, FoundField[]>>,
  unit: AmountUnit
): {
  column: FundingColumn;
  cells: Partial<Record<FundingPart, string>>;
  derived: Omit<DerivedTotal, "side"> | null;
} {
  // A blank 财政资金 over the levels' columns (中央 | 省级 | 市级资金 | 本级) is their sum.
  const fiscalWritten = parts.fiscal?.find((f) => f.text) ?? null;
  const fiscal = fiscalWritten
    ? amountOf(fiscalWritten, unit)
    : parts.fiscalPart
      ? sumOf(parts.fiscalPart, unit)
      : parts.fiscal?.[0]
        ? amountOf(parts.fiscal[0], unit)
        : null;
  const other = parts.other ? otherOf(parts.other, unit) : null;
  let read = total ? amountOf(total, unit) : null;
  let derived: Omit<DerivedTotal, "side"> | null = null;
  // No total written: the parts add up to it when they are all numbers (read.total-derived says so).
  const present = [fiscal, other].filter((a): a is Amount => a !== null);
  const readable = present.every((a) => a.value !== null || !a.text);
  const filled = present.filter((a) => a.value !== null);
  if (!read && readable && filled.length > 0) {
    const written = addDecimals(...filled.map((a) => a.written));
    derived = { cell: filled[0].cell, total: addDecimals(...filled.map((a) => a.value)) };
    read = { value: derived.total, written, text: written, cell: derived.cell };
  }
  const found = { total: read, fiscal, other };
  const column: FundingColumn = {
    total: null,
    fiscal: null,
    other: null,
    raw: { total: null, fiscal: null, other: null },
  };
  const cells: Partial<Record<FundingPart, string>> = {};
  for (const part of FUNDING_PARTS) {
    const amount = found[part];
    if (!amount) continue;
    cells[part] = amount.cell;
    column[part] = amount.value;
    column.raw[part] = amount.text;
  }
  return { column, cells, derived };
}
