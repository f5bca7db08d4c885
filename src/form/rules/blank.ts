import type { FundingColumn, FormRecord } from "../record";
import { createRule, fieldCell, type Rule } from "./rule";

const written = (text: string | null | undefined) => Boolean(text?.trim());

const columnWritten = (column: FundingColumn | null) =>
  column !== null && Object.values(column.raw).some(written);

/**
 * True when nobody has filled the form in: the template as inserted. Judged only by what a person
 * types (name, department, implementer, period, amounts, goals, 三级 names and values), never by
 * what the template itself holds (labels, the year, the unit, the skeleton 一级/二级).
 */
export function isBlankForm(record: FormRecord): boolean {
  const { name, department, implementer, period, funding, goals, indicators } = record;
  return (
    ![name, department, implementer, period?.raw, goals.period, goals.annual].some(written) &&
    !columnWritten(funding.period) &&
    !columnWritten(funding.annual) &&
    !indicators.some((i) => written(i.name) || written(i.value.raw))
  );
}

export const formBlank = createRule({
  meta: {
    code: "form.blank",
    severity: "info",
    description: {
      zh: "表格未填写（插入后从未填写的空白表）：不作检查，也不计入汇总。",
      en: "The form has not been filled in (a template never filled in): not checked, left out of summaries.",
    },
    messages: {
      blank: { zh: "表格未填写。", en: "The form has not been filled in." },
    },
  },
  check(form, report) {
    if (isBlankForm(form.record)) report({ cell: fieldCell(form, "name"), messageId: "blank" });
  },
});

/** Rules about the form as a whole, before any field is looked at. */
export const formRules: readonly Rule[] = [formBlank];
