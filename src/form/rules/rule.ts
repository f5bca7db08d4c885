import type { Finding, Severity } from "../finding";
import type { Area, GridSnapshot } from "../grid";
import type { FormRecord } from "../record";

/** A message in both locales; {{name}} placeholders are filled from the report's data. */
export interface Message {
  zh: string;
  en: string;
}

/** What a code means, independent of any one form: its docs page is generated from this. */
export interface RuleMeta {
  /** Stable code from the catalogue (domain.md §7), e.g. "funding.sum". Never reused for another meaning. */
  code: string;
  severity: Severity;
  description: Message;
  /** True when the rule offers a fix (the replacement text of a cell). */
  fixable?: boolean;
  /** True for local practice rather than national rules: such rules are never errors. */
  practice?: boolean;
  messages: Record<string, Message>;
}

/** What a rule sees: the record read back, and the form's cells for rules that look at raw text. */
export interface FormContext {
  record: FormRecord;
  sheet: string;
  grid: GridSnapshot;
  /** The part of the grid that the form occupies. */
  area: Area;
}

export interface Problem {
  cell: string;
  messageId: string;
  data?: Record<string, string | number>;
  /** Replacement text for a cell; the cell defaults to the problem's own. */
  fix?: { cell?: string; value: string };
}

export type Report = (problem: Problem) => void;

export interface Rule {
  meta: RuleMeta;
  check(form: FormContext, report: Report): void;
}

/** Fill {{name}} placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(
  template: string,
  data: Record<string, string | number> = {}
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole
  );
}

/** Turn a rule's report into a finding (§9). */
export function toFinding(meta: RuleMeta, sheet: string, problem: Problem): Finding {
  const message = meta.messages[problem.messageId];
  if (!message) throw new Error(`${meta.code}: no message "${problem.messageId}"`);
  const finding: Finding = {
    code: meta.code,
    severity: meta.severity,
    sheet,
    cell: problem.cell,
    message: formatMessage(message.zh, problem.data),
    messageEn: formatMessage(message.en, problem.data),
  };
  if (problem.fix)
    finding.fix = { cell: problem.fix.cell ?? problem.cell, value: problem.fix.value };
  return finding;
}
