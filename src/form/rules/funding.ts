import {
  addDecimals,
  compareDecimals,
  decimalPlaces,
  shiftDecimal,
  subtractDecimals,
} from "../decimal";
import { periodSpansYears } from "../period";
import { amountInWan } from "./amountText";
import type { FundingColumn } from "../record";
import {
  FIELDS,
  FUNDING_PARTS,
  FUNDING_SIDES,
  fundingPath,
  type FundingPart,
  type FundingSide,
} from "../template";
import type { Problem } from "../finding";
import type { Bilingual } from "../locale";
import type { RuleMeta } from "../message";
import { createRule, fieldCell, type FormContext, type Rule } from "./rule";

/** How messages name a column and a part: 实施期金额, 年度财政拨款. */
const SIDES: Record<FundingSide, Bilingual> = {
  period: { zh: "实施期", en: "period" },
  annual: { zh: "年度", en: "annual" },
};
const PARTS: Record<FundingPart, Bilingual> = {
  total: { zh: "金额", en: "total" },
  fiscal: { zh: "财政拨款", en: "fiscal funds" },
  other: { zh: "其他资金", en: "other funds" },
};

interface AmountCell {
  side: FundingSide;
  part: FundingPart;
  value: string | null;
  raw: string | null;
  cell: string;
  unit: "万元" | "元";
  data: Record<string, string>;
}

/** What messages call each amount: 实施期金额, 年度财政拨款 (the same for every form). */
const AMOUNT_NAMES = Object.fromEntries(
  FUNDING_SIDES.flatMap((side) =>
    FUNDING_PARTS.map((part) => [
      fundingPath(side, part),
      {
        field: `${SIDES[side].zh}${PARTS[part].zh}`,
        fieldEn: `${SIDES[side].en} ${PARTS[part].en}`,
      },
    ])
  )
) as Record<ReturnType<typeof fundingPath>, { field: string; fieldEn: string }>;

/** Three rules walk the same amounts: each form's are listed once (a check passes one context to every rule). */
const amountsOf = new WeakMap<FormContext, readonly AmountCell[]>();

function amounts(form: FormContext): readonly AmountCell[] {
  let cells = amountsOf.get(form);
  if (!cells) amountsOf.set(form, (cells = listAmounts(form)));
  return cells;
}

/** Every amount cell of the form, with where it is, what it is called and the unit its cells are in. */
function listAmounts(form: FormContext): AmountCell[] {
  const unit = form.record.funding.writtenIn ?? "万元";
  const cells: AmountCell[] = [];
  for (const side of FUNDING_SIDES) {
    const column = form.record.funding[side];
    if (!column) continue;
    for (const part of FUNDING_PARTS) {
      const path = fundingPath(side, part);
      const { field, fieldEn } = AMOUNT_NAMES[path];
      cells.push({
        side,
        part,
        value: column[part],
        raw: column.raw[part],
        cell: fieldCell(form, path),
        unit,
        data: { field, fieldEn },
      });
    }
  }
  return cells;
}

/** A rule over each amount cell. */
function amountRule<MessageId extends string>(
  meta: RuleMeta<MessageId>,
  check: (amount: AmountCell) => Omit<Problem<NoInfer<MessageId>>, "cell"> | null
): Rule<MessageId> {
  return {
    meta,
    check(form, report) {
      for (const amount of amounts(form)) {
        const problem = check(amount);
        if (problem) report({ ...problem, cell: amount.cell });
      }
    },
  };
}

const notNumber = amountRule(
  {
    code: "funding.not-number",
    severity: "error",
    fixable: true,
    description: {
      zh: "金额单元格中不是纯数字。",
      en: "An amount cell holds text that is not a plain number.",
    },
    messages: {
      notNumber: {
        zh: "{{field}}“{{raw}}”不是数字，金额栏只能填写以{{unit}}为单位的数字。",
        en: 'The {{fieldEn}} "{{raw}}" is not a number; amounts are plain numbers in {{unit}}.',
      },
      suggest: {
        zh: "{{field}}“{{raw}}”不是数字；按{{unit}}计应填 {{number}}。",
        en: 'The {{fieldEn}} "{{raw}}" is not a number; in {{unit}} it is {{number}}.',
      },
    },
  },
  ({ value, raw, unit, data }) => {
    if (value !== null || !raw) return null;
    const wan = amountInWan(raw);
    // The fix is written into the cell, so it is in the unit the form writes (单位:元 → 元).
    const number = wan !== null && unit === "元" ? shiftDecimal(wan, 4) : wan;
    if (number !== null)
      return {
        messageId: "suggest",
        data: { ...data, raw, unit, number },
        fix: { value: number },
      };
    return { messageId: "notNumber", data: { ...data, raw, unit } };
  }
);

const negative = amountRule(
  {
    code: "funding.negative",
    severity: "error",
    description: { zh: "金额为负数。", en: "An amount is negative." },
    messages: {
      negative: {
        zh: "{{field}}为负数（{{value}}）。",
        en: "The {{fieldEn}} is negative ({{value}}).",
      },
    },
  },
  ({ value, data }) =>
    value !== null && compareDecimals(value, "0") < 0
      ? { messageId: "negative", data: { ...data, value } }
      : null
);

const MAX_PLACES = 6;
const precision = amountRule(
  {
    code: "funding.precision",
    severity: "warning",
    description: { zh: "金额超过 6 位小数。", en: "An amount has more than 6 decimal places." },
    messages: {
      precision: {
        zh: "{{field}} {{raw}} 有 {{places}} 位小数，超过 6 位（0.01 元）。",
        en: "The {{fieldEn}} {{raw}} has {{places}} decimal places, more than 6 (0.01 元).",
      },
    },
  },
  ({ value, raw, data }) => {
    // Places as written (1.1234560 has seven); text that is no number is not-number's.
    if (value === null || !raw) return null;
    const places = decimalPlaces(raw);
    return places > MAX_PLACES
      ? { messageId: "precision", data: { ...data, raw, places: String(places) } }
      : null;
  }
);

/** Parts are comparable only when every non-blank cell is a number (otherwise not-number speaks). */
const readable = (column: FundingColumn) =>
  FUNDING_PARTS.every((part) => column[part] !== null || !column.raw[part]);

const sum = createRule({
  meta: {
    code: "funding.sum",
    severity: "error",
    description: {
      zh: "财政拨款与其他资金之和不等于金额合计。",
      en: "Fiscal plus other funds differ from the total.",
    },
    messages: {
      sum: {
        zh: "{{side}}金额 {{total}} ≠ 财政拨款 {{fiscal}} + 其他资金 {{other}}（差 {{difference}} 万元）。",
        en: "The {{sideEn}} total {{total}} ≠ fiscal {{fiscal}} + other {{other}} (off by {{difference}} 万元).",
      },
    },
  },
  check(form, report) {
    for (const side of FUNDING_SIDES) {
      const column = form.record.funding[side];
      if (!column || column.total === null || !readable(column)) continue;
      if (column.fiscal === null && column.other === null) continue;
      const parts = addDecimals(column.fiscal, column.other);
      if (compareDecimals(parts, column.total) === 0) continue;
      report({
        cell: fieldCell(form, fundingPath(side, "total")),
        messageId: "sum",
        data: {
          side: SIDES[side].zh,
          sideEn: SIDES[side].en,
          total: column.total,
          fiscal: column.fiscal ?? "0",
          other: column.other ?? "0",
          difference: subtractDecimals(column.total, parts),
        },
      });
    }
  },
});

const annualExceedsPeriod = createRule({
  meta: {
    code: "funding.annual-exceeds-period",
    severity: "error",
    description: {
      zh: "年度金额（或年度财政拨款）大于实施期金额。",
      en: "The annual amount (or annual fiscal funds) exceeds the period's.",
    },
    messages: {
      exceeds: {
        zh: "年度{{part}} {{annual}} 大于实施期{{part}} {{period}}。",
        en: "The annual {{partEn}} {{annual}} exceeds the period {{partEn}} {{period}}.",
      },
    },
  },
  check(form, report) {
    const { period, annual } = form.record.funding;
    if (!period || !annual) return;
    for (const part of ["total", "fiscal"] as const) {
      const [p, a] = [period[part], annual[part]];
      if (p === null || a === null || compareDecimals(a, p) <= 0) continue;
      report({
        cell: fieldCell(form, fundingPath("annual", part)),
        messageId: "exceeds",
        data: { part: PARTS[part].zh, partEn: PARTS[part].en, annual: a, period: p },
      });
    }
  },
});

const singleYear = createRule({
  meta: {
    code: "funding.single-year",
    severity: "warning",
    description: {
      zh: "实施期在一个年度内，但年度金额与实施期金额不同。",
      en: "A one-year project whose annual total differs from its period total.",
    },
    messages: {
      differs: {
        zh: "项目实施期“{{raw}}”在一个年度内，年度金额 {{annual}} 应等于实施期金额 {{period}}。",
        en: 'The period "{{raw}}" lies within one year, so the annual total {{annual}} should equal the period total {{period}}.',
      },
    },
  },
  check(form, report) {
    const { period: when, funding } = form.record;
    const [p, a] = [funding.period?.total ?? null, funding.annual?.total ?? null];
    if (!when?.start || !when.end || periodSpansYears(when) || p === null || a === null) return;
    if (compareDecimals(a, p) >= 0) return; // larger is annual-exceeds-period's finding
    report({
      cell: fieldCell(form, FIELDS.annualTotal.path),
      messageId: "differs",
      data: { raw: when.raw, annual: a, period: p },
    });
  },
});

const periodMissing = createRule({
  meta: {
    code: "funding.period-missing",
    severity: "warning",
    description: {
      zh: "跨年度项目没有填写实施期金额。",
      en: "A multi-year project has no period total.",
    },
    messages: {
      missing: {
        zh: "项目实施期“{{raw}}”跨年度，应填写实施期金额。",
        en: 'The project spans several years ("{{raw}}"): fill in the period total.',
      },
    },
  },
  check(form, report) {
    const { period: when, funding } = form.record;
    if (!when || !periodSpansYears(when) || funding.period?.raw.total) return;
    report({
      cell: fieldCell(form, FIELDS.periodTotal.path),
      messageId: "missing",
      data: { raw: when.raw },
    });
  },
});

export const fundingRules: readonly Rule[] = [
  notNumber,
  negative,
  sum,
  annualExceedsPeriod,
  singleYear,
  periodMissing,
  precision,
];
