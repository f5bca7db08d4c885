import { findingText, type Finding } from "./finding";
import type { Locale } from "./locale";
import { renderMessage, type RuleMeta } from "./message";
import { formulaCodes } from "./formulaFindings";
import { readerCodes } from "./reader/findings";
import { recordCodes } from "./recordParse";
import { allRules } from "./rules";
import { summaryCodes } from "./summaryFindings";

/** Every code the tool can report: the rules, then what the reader itself reports. */
export const catalogue: readonly RuleMeta[] = [
  ...allRules.map((rule) => rule.meta),
  ...readerCodes,
  ...recordCodes,
  ...formulaCodes,
  ...summaryCodes,
];

const byCode = new Map(catalogue.map((meta) => [meta.code, meta]));

/** The meta of a code, or undefined for a code this version does not know. */
export function metaOf(code: string): RuleMeta | undefined {
  return byCode.get(code);
}

/** A finding's message in one language, from its code's meta; its stored text if the code is unknown. */
export function findingMessage(finding: Finding, locale: Locale): string {
  const meta = metaOf(finding.code);
  if (!meta || !(finding.messageId in meta.messages)) return findingText(finding, locale);
  return renderMessage(meta, finding.messageId, finding.data, locale);
}
