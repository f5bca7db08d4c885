import { readerCodes } from "../reader/findings";
import { allRules } from ".";
import type { RuleMeta } from "./rule";

/** Every code the tool can report: the rules, then what the reader itself reports. */
export const catalogue: readonly RuleMeta[] = [
  ...allRules.map((rule) => rule.meta),
  ...readerCodes,
];
