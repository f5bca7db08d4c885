import { z } from "zod";
import { FormRecord } from "./record";

export const Severity = z.enum(["error", "warning", "info"]);

/** A suggested edit: the text that would replace the cell. */
export const Fix = z.object({ cell: z.string(), value: z.string() });

/** One problem on one cell, as domain.md §9 defines it. */
export const Finding = z.object({
  code: z.string(),
  severity: Severity,
  sheet: z.string(),
  cell: z.string(),
  message: z.string(),
  messageEn: z.string(),
  fix: Fix.optional(),
});

/** One form found on a sheet, with everything said about it. */
export const FormReport = z.object({
  sheet: z.string(),
  /** The A1 range the form occupies. */
  range: z.string(),
  record: FormRecord,
  findings: z.array(Finding),
});

export const FileReport = z.object({
  file: z.string(),
  forms: z.array(FormReport),
  /** Findings not tied to a form: unreadable file, no form found. */
  findings: z.array(Finding),
});

export const Report = z.object({
  files: z.array(FileReport),
  summary: z.object({
    forms: z.number(),
    errors: z.number(),
    warnings: z.number(),
    infos: z.number(),
  }),
});

export type Severity = z.infer<typeof Severity>;
export type Fix = z.infer<typeof Fix>;
export type Finding = z.infer<typeof Finding>;
export type FormReport = z.infer<typeof FormReport>;
export type FileReport = z.infer<typeof FileReport>;
export type Report = z.infer<typeof Report>;
