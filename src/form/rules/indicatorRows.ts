import type { Indicator } from "../record";
import { normalizeLabel } from "../text";
import { isEmptyRow, perIndicator } from "./indicatorSupport";
import { createRule, type Check, type Rule } from "./rule";

/*
 * Each indicator row on its own: a 三级 name and a value belong together. A row with neither is a
 * skeleton row left from the template, reported once as such rather than as two missing halves.
 */

// The reader trims every cell's text: a blank name is "".
const hasName = (indicator: Indicator) => indicator.name !== "";
const hasValue = (indicator: Indicator) => indicator.value.kind !== "blank";

/** Report each indicator that matches, on the cell of the part that needs attention. */
function eachRow(
  matches: (indicator: Indicator) => boolean,
  cellOf: (indicator: Indicator) => string
): Check<"row"> {
  return perIndicator((indicator) =>
    matches(indicator)
      ? {
          cell: cellOf(indicator),
          messageId: "row",
          data: {
            name: indicator.name,
            value: indicator.value.raw,
            level2: indicator.written.level2,
          },
        }
      : null
  );
}

const nameMissing = createRule({
  meta: {
    code: "indicator.name-missing",
    severity: "error",
    description: { zh: "有指标值但没有三级指标名称", en: "A value without a 三级 indicator name" },
    messages: {
      row: {
        zh: "指标值“{{value}}”没有三级指标名称",
        en: 'Value "{{value}}" has no third-level indicator name',
      },
    },
  },
  check: eachRow(
    (i) => !hasName(i) && hasValue(i),
    (i) => i.cells.name
  ),
});

const valueMissing = createRule({
  meta: {
    code: "indicator.value-missing",
    severity: "error",
    description: { zh: "三级指标没有指标值", en: "A 三级 indicator without a value" },
    messages: {
      row: {
        zh: "三级指标“{{name}}”没有填写指标值",
        en: 'Indicator "{{name}}" has no value',
      },
    },
  },
  check: eachRow(
    (i) => hasName(i) && !hasValue(i),
    (i) => i.cell
  ),
});

const emptyRow = createRule({
  meta: {
    code: "indicator.empty-row",
    severity: "warning",
    description: {
      zh: "只填了一级/二级指标的空行",
      en: "A row with only 一级/二级 filled (a skeleton row left empty)",
    },
    messages: {
      row: {
        zh: "“{{level2}}”下的这一行没有三级指标和指标值：请填写或删除该行",
        en: 'This row under "{{level2}}" has neither an indicator name nor a value: fill it in or delete it',
      },
    },
  },
  check: eachRow(isEmptyRow, (i) => i.cells.name),
});

const duplicate = createRule({
  meta: {
    code: "indicator.duplicate",
    severity: "warning",
    description: {
      zh: "同一张表中三级指标重复",
      en: "The same 三级 indicator name twice in one form",
    },
    messages: {
      duplicate: {
        zh: "三级指标“{{name}}”与 {{first}} 重复",
        en: 'Indicator "{{name}}" repeats the one in {{first}}',
      },
    },
  },
  check(form, report) {
    const seen = new Map<string, string>();
    for (const indicator of form.record.indicators) {
      if (!hasName(indicator)) continue;
      const key = normalizeLabel(indicator.name);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, indicator.cells.name);
      else
        report({
          cell: indicator.cells.name,
          messageId: "duplicate",
          data: { name: indicator.name, first },
        });
    }
  },
});

export const indicatorRowRules: readonly Rule[] = [nameMissing, valueMissing, emptyRow, duplicate];
