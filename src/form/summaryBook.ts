import { cellA1 } from "./address";
import { toFinding, type FileReport, type Finding } from "./finding";
import { mostCommon } from "./mostCommon";
import type { SheetPlan } from "./plan";
import { formBlank, isBlankForm } from "./rules/blank";
import { summaryPlan, type LeftOut, type SummaryItem, type UnreadableSource } from "./summary";
import { checkPlan } from "./summaryChecks";
import type { CarriedSignature } from "./summarySignature";
import { otherUnit, otherYear, repeatedProject, yearAssumed } from "./summaryFindings";
import { indicatorPlan } from "./summaryIndicators";

/** The sheets of a summary, in their order at the front of the workbook. */
export const SUMMARY_SHEETS = { summary: "汇总表", indicators: "指标明细", checks: "检查结果" };
export type SummarySheets = typeof SUMMARY_SHEETS;

/** A value the summary states (its year, its unit), where it came from, and what the forms said. */
export interface Chosen<T> {
  value: T | null;
  /** True when the person gave it (--year, the pane); false when the forms' most common one. */
  given: boolean;
  /** Every value the forms carry, most common first. */
  counts: [T, number][];
}

export interface SummaryBookOptions {
  year?: number;
  unit?: string;
  /** Inputs that held no form (the command line's unreadable files). */
  unreadable?: UnreadableSource[];
  sheets?: Partial<SummarySheets>;
  /** What the person wrote in the old summary's signatures (summarySignature.ts). */
  signature?: CarriedSignature;
}

export interface SummaryBook {
  year: Chosen<number>;
  unit: Chosen<string>;
  /** The forms summed, in order, with what the summary says about each. */
  projects: SummaryItem[];
  leftOut: LeftOut[];
  /** The official summary, the indicator table and the check sheet, in that order. */
  plans: [SheetPlan, SheetPlan, SheetPlan];
  sheets: SummarySheets;
}

function choose<T extends string | number>(given: T | undefined, values: (T | null)[]): Chosen<T> {
  const { value, counts } = mostCommon(values);
  return given === undefined
    ? { value, given: false, counts }
    : { value: given, given: true, counts };
}

/**
 * Everything a unit summary holds, decided once for every shell (docs/addin.md, "Summary"): the
 * year (given, else the one most forms carry) and the unit; the forms summed; the forms left out
 * (blank, or of another year) and the inputs that held no form, each with its reason; the plans of
 * the three sheets. The shells only read the forms in and apply the plans.
 */
export function summaryBook(forms: SummaryItem[], options: SummaryBookOptions = {}): SummaryBook {
  const sheets = { ...SUMMARY_SHEETS, ...options.sheets };
  const filled = forms.filter((form) => !isBlankForm(form.record));
  const year = choose(
    options.year,
    filled.map((form) => form.record.year)
  );
  const ofYear = (form: SummaryItem) =>
    year.value === null || form.record.year === null || form.record.year === year.value;
  const unit = choose(
    options.unit,
    filled.filter(ofYear).map((form) => form.record.unit)
  );
  const projects = withRepeatNotes(
    filled.filter(ofYear).map((form) => withYearNote(withUnitNote(form, unit.value), year.value))
  );
  const leftOut = [
    ...(options.unreadable ?? []).map(unreadableLeftOut),
    // In the order the forms came: a blank form, or one of another year.
    ...forms.flatMap((form) =>
      isBlankForm(form.record)
        ? [blankLeftOut(form)]
        : ofYear(form)
          ? []
          : [otherYearLeftOut(form, year.value!)]
    ),
  ];
  return {
    year,
    unit,
    projects,
    leftOut,
    sheets,
    plans: [
      summaryPlan(projects, {
        year: year.value,
        unit: unit.value,
        leftOut: leftOut.length,
        sheet: sheets.summary,
        checkSheet: sheets.checks,
        ...(options.signature ? { signature: options.signature } : {}),
      }),
      indicatorPlan(projects, { sheet: sheets.indicators }),
      checkPlan(projects, leftOut, { sheet: sheets.checks }),
    ],
  };
}

/** A form of another unit is summed, with a finding that names its unit. */
function withUnitNote(form: SummaryItem, unit: string | null): SummaryItem {
  const own = form.record.unit;
  if (unit === null || own === null || own === unit) return form;
  return noted(
    form,
    toFinding(otherUnit, form.sheet, {
      cell: form.cell,
      messageId: "otherUnit",
      data: { unit: own, summaryUnit: unit },
    })
  );
}

/** A form that states no year is summed as the summary's year, with a finding that says so. */
function withYearNote(form: SummaryItem, year: number | null): SummaryItem {
  if (year === null || form.record.year !== null) return form;
  return noted(
    form,
    toFinding(yearAssumed, form.sheet, {
      cell: form.cell,
      messageId: "yearAssumed",
      data: { summaryYear: year },
    })
  );
}

/** A project summed again (the same 项目名称, spaces aside) names the form it was first summed from. */
function withRepeatNotes(projects: SummaryItem[]): SummaryItem[] {
  const first = new Map<string, SummaryItem>();
  return projects.map((form) => {
    const name = form.record.name;
    const key = name?.replace(/\s+/g, "");
    if (!key) return form;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, form);
      return form;
    }
    return noted(
      form,
      toFinding(repeatedProject, form.sheet, {
        cell: form.cell,
        messageId: earlier.source === earlier.sheet ? "repeatedSheet" : "repeatedFile",
        data: { name: name!, sheet: earlier.sheet, source: earlier.source },
      })
    );
  });
}

const noted = (form: SummaryItem, note: Finding): SummaryItem => ({
  ...form,
  findings: [...form.findings, note],
});

const unreadableLeftOut = (input: UnreadableSource): LeftOut => ({
  source: input.source,
  name: null,
  at: null,
  severity: "error",
  reason: input.reason,
  code: input.code ?? null,
});

function formLeftOut(form: SummaryItem, why: Finding): LeftOut {
  return {
    source: form.source,
    name: form.record.name,
    at: { sheet: form.sheet, cell: form.cell },
    severity: why.severity,
    reason: why.message,
    code: why.code,
  };
}

const blankLeftOut = (form: SummaryItem): LeftOut =>
  formLeftOut(form, toFinding(formBlank.meta, form.sheet, { cell: form.cell, messageId: "blank" }));

function otherYearLeftOut(form: SummaryItem, summaryYear: number): LeftOut {
  const finding = toFinding(otherYear, form.sheet, {
    cell: form.cell,
    messageId: "otherYear",
    data: { year: form.record.year!, summaryYear },
  });
  return formLeftOut(form, finding);
}

/** The forms of a workbook the add-in checked, as summary items: each is its own source sheet. */
export function workbookItems(file: FileReport): SummaryItem[] {
  return file.forms.map((form) => ({
    record: form.record,
    findings: form.findings,
    sheet: form.sheet,
    cell: cellA1(form.area.top, form.area.left),
    source: form.sheet,
  }));
}

/** What the pane and the ribbon say of a summary, in Excel and in WPS alike. */
export interface SummaryOutcome {
  sheet: string;
  /** The projects summed. */
  forms: number;
  /** The forms left out (blank, or of another year), each listed on the check sheet. */
  leftOut: number;
  /** The check sheet's name. */
  checks: string;
  /** The summary's year, and whether the person gave it (else the year most forms carry). */
  year: number | null;
  yearGiven: boolean;
  /** Set when the forms disagree on a unit or year the person did not give: every value, counted. */
  disagreements: { unit?: [string, number][]; year?: [number, number][] };
}

export function summaryOutcome(book: SummaryBook): SummaryOutcome {
  const disagreeing = <T>(chosen: Chosen<T>) =>
    !chosen.given && chosen.counts.length > 1 ? chosen.counts : undefined;
  const unit = disagreeing(book.unit);
  const year = disagreeing(book.year);
  return {
    sheet: book.sheets.summary,
    forms: book.projects.length,
    leftOut: book.leftOut.length,
    checks: book.sheets.checks,
    year: book.year.value,
    yearGiven: book.year.given,
    disagreements: { ...(unit ? { unit } : {}), ...(year ? { year } : {}) },
  };
}
