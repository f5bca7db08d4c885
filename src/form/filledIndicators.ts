import type { FormRecord, Indicator } from "./record";

/*
 * A blank indicator row (only 一级/二级 filled, as the template's skeleton rows are) is a row the
 * reader keeps, so that indicator.empty-row can point at it, but it is no indicator: counts and
 * lists of a form's indicators leave it out (docs/form.md, "The record").
 */

/** A row with neither a 三级 name nor a value (the reader trims every cell's text, so blank is ""). */
export function isBlankIndicator(indicator: Indicator): boolean {
  return indicator.name === "" && indicator.value.kind === "blank";
}

/** The form's indicators that are indicators: every row but the blank ones. */
export function filledIndicators(record: Pick<FormRecord, "indicators">): Indicator[] {
  return record.indicators.filter((indicator) => !isBlankIndicator(indicator));
}
