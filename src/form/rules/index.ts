import type { Rule } from "./rule";
import { headerRules } from "./header";
import { periodRules } from "./period";
import { fundingRules } from "./funding";
import { indicatorRules } from "./indicators";
import { valueRules } from "./values";

/** Every rule, in the catalogue's order (domain.md §7). */
export const allRules: readonly Rule[] = [
  ...headerRules,
  ...periodRules,
  ...fundingRules,
  ...indicatorRules,
  ...valueRules,
];
