import { formRules } from "./blank";
import { fundingRules } from "./funding";
import { headerRules } from "./header";
import { indicatorRowRules } from "./indicatorRows";
import { indicatorRules } from "./indicators";
import { periodRules } from "./period";
import type { Rule } from "./rule";
import { valueKindRules } from "./valueKinds";
import { valueRules } from "./values";

/** Every rule, in the catalogue's order (docs/rules.md): each family file once, none inside another. */
export const allRules: readonly Rule[] = [
  ...formRules,
  ...headerRules,
  ...periodRules,
  ...fundingRules,
  ...indicatorRules,
  ...indicatorRowRules,
  ...valueRules,
  ...valueKindRules,
];
