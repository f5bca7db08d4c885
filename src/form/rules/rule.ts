import { cellA1 } from "../address";
import type { Problem } from "../finding";
import type { Area, GridSnapshot } from "../grid";
import type { RuleMeta } from "../message";
import type { FormRecord } from "../record";
import type { FieldPath } from "../template";

/** What a rule sees: the record read back, and the form's cells for rules that look at raw text. */
export interface FormContext {
  record: FormRecord;
  sheet: string;
  grid: GridSnapshot;
  /** The part of the grid that the form occupies. */
  area: Area;
}

export type Reporter<MessageId extends string = string> = (problem: Problem<MessageId>) => void;

export type Check<MessageId extends string = string> = (
  form: FormContext,
  report: Reporter<MessageId>
) => void;

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check: Check<MessageId>;
}

/**
 * A rule whose reports may only name the messages its meta defines: the ids are taken from
 * meta.messages, so a report with any other id fails to compile.
 */
export function createRule<MessageId extends string>(rule: {
  meta: RuleMeta<MessageId>;
  check: Check<NoInfer<MessageId>>;
}): Rule<MessageId> {
  return rule;
}

/** The cell a field was read from, or the form's first cell when its label was never found. */
export function fieldCell(form: FormContext, path: FieldPath): string {
  return form.record.cells[path] ?? cellA1(form.area.top, form.area.left);
}
