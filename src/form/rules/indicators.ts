import { LEVEL1, isSatisfactionLevel2, nationalLevel1 } from "../framework";
import type { Indicator } from "../record";
import {
  isCost,
  isEmptyRow,
  isMisplaced,
  level1Of,
  level2Of,
  rightLevel1s,
  runsBy,
  tableAnchor,
} from "./indicatorSupport";
import { createRule, type Check, type FormContext, type Rule } from "./rule";

/*
 * The indicator framework (docs/form.md, "The indicator framework"): is each 一级 and 二级 known, does each 二级 sit under a
 * 一级 it belongs to, and does the form have the 一级 the bureau asks for. A merged 一级 or 二级
 * block is one finding, on the cell that names it, however many rows it spans.
 */

// Keyed by text, not cell: a block's name written again on each row is still one block.
const level1Block = (indicator: Indicator) => indicator.level1;
const level2Block = (indicator: Indicator) => `${indicator.level1}\t${indicator.level2}`;

/** Whether the form's table has the 一级 (or 二级) column at all: a table without one is not judged on it. */
const hasColumn = (form: FormContext, part: "level1" | "level2") =>
  form.record.layout?.[`${part}Column`] !== false;

/** One finding per block whose 一级 or 二级 the framework does not know (or that is blank). */
function checkKnown(
  part: "level1" | "level2",
  canonical: (indicator: Indicator) => string | null,
  block: (indicator: Indicator) => string
): Check<"blank" | "unknown"> {
  return (form, report) => {
    if (!hasColumn(form, part)) return;
    for (const [first] of runsBy(form.record.indicators, block)) {
      if (canonical(first) !== null) continue;
      // A skeleton row's blank 二级 is indicator.empty-row's finding, not a missing 二级.
      if (first[part] === "" && isEmptyRow(first)) continue;
      report({
        cell: first.cells[part],
        messageId: first[part] === "" ? "blank" : "unknown",
        data: { written: first.written[part], name: first.name },
      });
    }
  };
}

const level1Unknown = createRule({
  meta: {
    code: "indicator.level1-unknown",
    severity: "error",
    description: {
      zh: "一级指标不属于任何指标体系",
      en: "The 一级 (first-level) indicator is not in any framework",
    },
    messages: {
      unknown: {
        zh: "一级指标“{{written}}”不在指标体系中：应为产出指标、效益指标、满意度指标或成本指标",
        en: 'First-level indicator "{{written}}" is not in any framework: use 产出指标, 效益指标, 满意度指标 or 成本指标',
      },
      blank: {
        zh: "三级指标“{{name}}”没有一级指标",
        en: 'Indicator "{{name}}" has no first-level indicator',
      },
    },
  },
  check: checkKnown("level1", level1Of, level1Block),
});

const level2Unknown = createRule({
  meta: {
    code: "indicator.level2-unknown",
    severity: "error",
    description: {
      zh: "二级指标不属于任何指标体系",
      en: "The 二级 (second-level) indicator is not in any framework",
    },
    messages: {
      unknown: {
        zh: "二级指标“{{written}}”不在指标体系中",
        en: 'Second-level indicator "{{written}}" is not in any framework',
      },
      blank: {
        zh: "三级指标“{{name}}”没有二级指标",
        en: 'Indicator "{{name}}" has no second-level indicator',
      },
    },
  },
  check: checkKnown("level2", level2Of, level2Block),
});

const level2Misplaced = createRule({
  meta: {
    code: "indicator.level2-misplaced",
    severity: "error",
    description: {
      zh: "二级指标放在了错误的一级指标下",
      en: "A known 二级 indicator sits under the wrong 一级 indicator",
    },
    messages: {
      misplaced: {
        zh: "二级指标“{{level2}}”不属于一级指标“{{level1}}”，应放在“{{expected}}”下",
        en: 'Second-level indicator "{{level2}}" does not belong under "{{level1}}": move it under "{{expectedEn}}"',
      },
    },
  },
  check(form, report) {
    // Without a 一级 or 二级 column every 一级 or 二级 is blank, so nothing is misplaced.
    for (const [first] of runsBy(form.record.indicators, level2Block)) {
      const expected = rightLevel1s(first);
      if (expected.length === 0) continue;
      report({
        cell: first.cells.level2,
        messageId: "misplaced",
        data: {
          level2: first.written.level2,
          level1: first.written.level1,
          expected: expected.join("”或“"),
          expectedEn: expected.join('" or "'),
        },
      });
    }
  },
});

/** The 一级 that have at least one real indicator (not a skeleton row, not a misplaced 二级). */
/**
 * The 一级 cell of the template's empty rows for this 一级 (效益指标 left blank): the finding sits
 * where the person is to write, not on the table's first row.
 */
function emptyBlockAnchor(indicators: readonly Indicator[], level1: string): string | null {
  const block = indicators.find((i) => {
    const written = level1Of(i);
    return written !== null && nationalLevel1(written) === level1;
  });
  return block ? block.cells.level1 : null;
}

function level1sPresent(indicators: readonly Indicator[]): Set<string> {
  const present = new Set<string>();
  for (const indicator of indicators) {
    const written = level1Of(indicator);
    if (written === null || isEmptyRow(indicator) || isMisplaced(indicator)) continue;
    // A province's own 一级 (项目完成指标) counts for the national one it stands for.
    const level1 = nationalLevel1(written);
    present.add(level1);
    // A satisfaction 二级 counts for 满意度 wherever it fits: the older framework keeps it
    // inside 效益 (社会公众或服务对象满意度指标).
    const level2 = level2Of(indicator);
    if (level2 !== null && isSatisfactionLevel2(level2)) present.add(LEVEL1.satisfaction);
  }
  return present;
}

const level1Missing = createRule({
  meta: {
    code: "indicator.level1-missing",
    severity: "error",
    description: {
      zh: "缺少产出指标、效益指标或满意度指标",
      en: "No indicator under 产出指标, 效益指标 or 满意度指标",
    },
    messages: {
      missing: {
        zh: "本表没有“{{level1}}”下的指标",
        en: 'The form has no indicator under "{{level1}}"',
      },
      misplaced: {
        zh: "本表没有“{{level1}}”下的指标：“{{level2}}”放在了“{{under}}”下，不计入",
        en: 'The form has no indicator under "{{level1}}": "{{level2}}" sits under "{{under}}" and does not count',
      },
    },
  },
  check(form, report) {
    const { indicators } = form.record;
    // No table at all is the reader's finding (read.indicators-missing); no 一级 column, read.levels-missing.
    if (indicators.length === 0 || !hasColumn(form, "level1")) return;
    const present = level1sPresent(indicators);
    for (const level1 of [LEVEL1.output, LEVEL1.benefit, LEVEL1.satisfaction]) {
      if (present.has(level1)) continue;
      // Say so when the 一级's indicators exist but sit elsewhere: moving them is the fix.
      const stray = indicators.find((i) => rightLevel1s(i).includes(level1));
      const cell = emptyBlockAnchor(indicators, level1) ?? tableAnchor(form);
      if (stray) {
        const { level2, level1: under } = stray.written;
        report({ scope: "form", cell, messageId: "misplaced", data: { level1, level2, under } });
      } else report({ scope: "form", cell, messageId: "missing", data: { level1 } });
    }
  },
});

const costMissing = createRule({
  meta: {
    code: "indicator.cost-missing",
    severity: "info",
    description: {
      zh: "没有成本指标",
      en: "No cost indicator, neither under 产出指标 nor as a 一级 indicator",
    },
    messages: {
      missing: {
        zh: "本表没有成本指标：可在产出指标下设“成本指标”，或设一级“成本指标”",
        en: "The form has no cost indicator: add 成本指标 under 产出指标, or 成本指标 as a first-level indicator",
      },
    },
  },
  check(form, report) {
    const { indicators } = form.record;
    if (indicators.length === 0 || (!hasColumn(form, "level1") && !hasColumn(form, "level2")))
      return;
    if (!indicators.some(isCost))
      report({ scope: "form", cell: tableAnchor(form), messageId: "missing" });
  },
});

export const indicatorRules: readonly Rule[] = [
  level1Unknown,
  level2Unknown,
  level2Misplaced,
  level1Missing,
  costMissing,
];
