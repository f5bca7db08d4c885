import * as z from "zod/mini";
import type { Bilingual } from "./locale";
import type { Color } from "./plan";

/**
 * How serious a finding is (docs/rules.md): error, the finance bureau would send the form back;
 * warning, likely a problem; info, advice. Listed most severe first: that order is the one order.
 */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Negative when a is more severe than b: sorts errors first. */
export function bySeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

/** The fill a marked cell gets, as Excel's own "bad / neutral / note" cell styles colour them. */
export const SEVERITY_FILL: Record<Severity, Color> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
