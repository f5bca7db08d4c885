import * as z from "zod/mini";
import { parseArea } from "./address";
import { memoize } from "./memo";
import { type MessageData, type RuleMeta, renderMessage } from "./message";
import type { Locale } from "./locale";
import { recordSchemas } from "./record";
import { bySeverity, Severity } from "./severity";

export { Severity } from "./severity";

/**
/**
 * What a finding is about, as Frictionless scopes its errors (docs/form.md, "Findings and the
 * report"): a whole file (it cannot be opened, it holds no form), a sheet (no form on it), a form
 * (something it lacks as a whole, shown at its table), or one cell. Only a finding about a cell,
 * a form or a sheet has a place to go to; a file's finding keeps sheet "" or its first sheet and
 * A1 only so that older readers of the JSON still find a string there.
 */
const FINDING_SCOPES = ["file", "sheet", "form", "cell"] as const;
export type FindingScope = (typeof FINDING_SCOPES)[number];

/**
 * The report's schemas (docs/form.md, "Findings and the report"), built on the first call: the
 * report's types are inferred from them, and a tool reading a report back parses it with Report.
 */
function buildSchemas() {
  const { FormRecord } = recordSchemas();
  /** 0-based sheet row and column: where a shell positions a finding without parsing "B7". */
  const row = z.int().check(z.nonnegative());
  const col = z.int().check(z.nonnegative());

  /** A suggested edit: the text that would replace the cell. */
  const Fix = z.object({ cell: z.string(), row, col, value: z.string() });

  /**
   * One problem on one cell (docs/form.md, "Findings and the report"): the code, severity and cell, the
   * message in both languages, and what renders it again in either language (messageId and data,
   * see renderMessage).
   */
  const Finding = z.object({
    code: z.string(),
    severity: Severity,
    scope: z.enum(FINDING_SCOPES),
    sheet: z.string(),
    /** A1 address on `sheet`, for display; row and col are the same place as numbers. */
    cell: z.string(),
    row,
    col,
    messageId: z.string(),
    data: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
    messageEn: z.string(),
    fix: z.optional(Fix),
  });

  const AreaSchema = z.object({ top: row, left: col, bottom: row, right: col });

  /** One form found on a sheet, with everything said about it. */
  const FormReport = z.object({
    sheet: z.string(),
    /** The A1 range the form occupies. */
    range: z.string(),
    /** The same range as 0-based numbers. */
    area: AreaSchema,
    record: FormRecord,
    findings: z.array(Finding),
  });

  const FileReport = z.object({
    file: z.string(),
    forms: z.array(FormReport),
    /** Findings not tied to a form: unreadable file, no form found. */
    findings: z.array(Finding),
  });

  const Report = z.object({
    files: z.array(FileReport),
    summary: z.object({
      forms: z.number(),
      errors: z.number(),
      warnings: z.number(),
      infos: z.number(),
    }),
  });

  return { Fix, Finding, FormReport, FileReport, Report };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;

/** The report's schemas, built on the first call. */
export const reportSchemas = (): Schemas => (schemas ??= buildSchemas());

export type Fix = z.infer<Schemas["Fix"]>;
export type Finding = z.infer<Schemas["Finding"]>;
export type FormReport = z.infer<Schemas["FormReport"]>;
export type FileReport = z.infer<Schemas["FileReport"]>;
export type Report = z.infer<Schemas["Report"]>;

/** What a rule (or the reader) reports: a cell, one of its messages, the data the message shows. */
export interface Problem<MessageId extends string = string> {
  /** A1 address on the form's sheet. */
  cell: string;
  messageId: MessageId;
  data?: MessageData;
  /** Replacement text for a cell; the cell defaults to the problem's own. */
  fix?: { cell?: string; value: string };
  /** What the problem is about when it is more than its cell (FindingScope); a cell by default. */
  scope?: Exclude<FindingScope, "cell">;
}

/** "B7" → { row: 6, col: 1 }; a cell that is no address is a bug in the rule that reported it. */
function position(cell: string): { row: number; col: number } {
  const area = positionOf(cell);
  if (!area) throw new Error(`not a cell address: "${cell}"`);
  return area;
}

/** Findings sit on the same few cells form after form (E9, B4): each is parsed once. */
const positionOf = memoize((cell) => {
  const area = parseArea(cell);
  return area ? { row: area.top, col: area.left } : null;
});

/** Turn a problem into a finding, with its message rendered in both languages. */
export function toFinding<MessageId extends string>(
  meta: RuleMeta<MessageId>,
  sheet: string,
  problem: Problem<NoInfer<MessageId>>
): Finding {
  const data = problem.data ?? {};
  const at = position(problem.cell);
  const finding: Finding = {
    code: meta.code,
    severity: meta.severity,
    scope: problem.scope ?? "cell",
    sheet,
    cell: problem.cell,
    row: at.row,
    col: at.col,
    messageId: problem.messageId,
    data,
    message: renderMessage(meta, problem.messageId, data, "zh"),
    messageEn: renderMessage(meta, problem.messageId, data, "en"),
  };
  if (problem.fix) {
    const cell = problem.fix.cell ?? problem.cell;
    const fixAt = position(cell);
    finding.fix = { cell, row: fixAt.row, col: fixAt.col, value: problem.fix.value };
  }
  return finding;
}

/** True when a finding has a place on a sheet to show or go to: all but a whole file's. */
export const hasPlace = (finding: Finding): boolean => finding.scope !== "file";

/** A finding's message in one language, as rendered when it was found. */
export function findingText(finding: Finding, locale: Locale): string {
  return locale === "zh" ? finding.message : finding.messageEn;
}

/** Sheet order: top to bottom, left to right, the more severe first on one cell. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.row - b.row || a.col - b.col || bySeverity(a.severity, b.severity)
  );
}
