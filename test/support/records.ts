import type { FormRecord, FundingColumn } from "../../src/form/record";
import { sampleRecord } from "./forms";

/** A funding column from its three amounts as written (null = blank). */
export function column(
  total: string | null,
  fiscal: string | null,
  other: string | null = null
): FundingColumn {
  const value = (raw: string | null) => (raw !== null && /^-?\d+(\.\d+)?$/.test(raw) ? raw : null);
  return {
    total: value(total),
    fiscal: value(fiscal),
    other: value(other),
    raw: { total, fiscal, other },
  };
}

/** sampleRecord() with some top-level fields changed. */
export function sampleWithFields(change: Partial<FormRecord>): FormRecord {
  return { ...sampleRecord(), ...change };
}

export const period = (raw: string, start: string | null, end: string | null) => ({
  raw,
  start,
  end,
});
