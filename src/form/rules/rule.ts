import { cellA1 } from "../address";
import type { Problem } from "../finding";
import type { Area, GridSnapshot } from "../grid";
import type { RuleMeta } from "../message";
import type { FormRecord } from "../record";

/** What a rule sees: the record read back, and the form's cells for rules that look at raw text. */
export interface FormContext {
  record: FormRecord;
  sheet: string;
  grid: GridSnapshot;
  /** The part of the grid that the form occupies. */
  area: Area;
}

export type Reporter<MessageId extends string = string> = (problem: Problem<MessageId>) => void;

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(form: FormContext, report: Reporter<MessageId>): void;
}

/** The cell a field was read from, or the form's first cell when its label was never found. */
export function fieldCell(form: FormContext, path: string): string {
  return form.record.cells[path] ?? cellA1(form.area.top, form.area.left);
}
