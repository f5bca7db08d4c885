import { durationOf, parsePeriod, periodContainsYear } from "../period";
import { createRule, fieldCell, type Rule } from "./rule";

/** Any year will do to ask whether a period would read, had the form stated its year. */
const ANY_YEAR = 2000;

const unparseable = createRule({
  meta: {
    code: "period.unparseable",
    severity: "error",
    description: {
      zh: "项目实施期无法识别为起止年月。",
      en: "The implementation period cannot be read as a month range.",
    },
    messages: {
      unparseable: {
        zh: "项目实施期“{{raw}}”无法识别，请写成如“2023年1月至12月”的形式。",
        en: 'The implementation period "{{raw}}" cannot be read; write it like 2023年1月至12月.',
      },
      noYear: {
        zh: "项目实施期“{{raw}}”没有写年份，表中也没有写明年度，无法确定是哪一年；请写成如“2023年1月至12月”的形式。",
        en: 'The implementation period "{{raw}}" names no year and the form states none; write it like 2023年1月至12月.',
      },
    },
  },
  check(form, report) {
    const { period } = form.record;
    // The parser reads both ends or neither.
    // A duration (1年, 长期) is what 项目期 asks for, even where no year places it.
    if (period?.raw && period.start === null && durationOf(period.raw) === null) {
      // 全年 or 1月至12月 would read in the form's year, had the form stated one.
      const lacksYear = parsePeriod(period.raw, ANY_YEAR).start !== null;
      report({
        cell: fieldCell(form, "period"),
        messageId: lacksYear ? "noYear" : "unparseable",
        data: { raw: period.raw },
      });
    }
  },
});

const reversed = createRule({
  meta: {
    code: "period.reversed",
    severity: "error",
    description: {
      zh: "项目实施期的结束早于开始。",
      en: "The implementation period ends before it starts.",
    },
    messages: {
      reversed: {
        zh: "项目实施期“{{raw}}”的结束（{{end}}）早于开始（{{start}}）。",
        en: 'The implementation period "{{raw}}" ends ({{end}}) before it starts ({{start}}).',
      },
    },
  },
  check(form, report) {
    const { period } = form.record;
    if (period?.start && period.end && period.end < period.start) {
      report({
        cell: fieldCell(form, "period"),
        messageId: "reversed",
        data: { raw: period.raw, start: period.start, end: period.end },
      });
    }
  },
});

const outsideYear = createRule({
  meta: {
    code: "period.outside-year",
    severity: "warning",
    description: {
      zh: "表的预算年度不在项目实施期内。",
      en: "The form's budget year lies outside the implementation period.",
    },
    messages: {
      outside: {
        zh: "本表为{{year}}年度，但项目实施期“{{raw}}”不包含{{year}}年。",
        en: 'The form is for {{year}} but the implementation period "{{raw}}" does not include {{year}}.',
      },
    },
  },
  check(form, report) {
    const { period, year } = form.record;
    if (!period?.start || !period.end || year === null || periodContainsYear(period, year)) return;
    report({
      cell: fieldCell(form, "period"),
      messageId: "outside",
      data: { year, raw: period.raw },
    });
  },
});

export const periodRules: readonly Rule[] = [unparseable, reversed, outsideYear];
