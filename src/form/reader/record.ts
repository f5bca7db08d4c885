import { toFinding, type Finding } from "../finding";
import type { Area } from "../grid";
import type { AmountUnit, FormRecord, Layout } from "../record";
import { parseRecord } from "../recordParse";
import { FIELDS } from "../template";
import type { TableColumns } from "./columns";
import { levelsMissing, totalDerived, unitConflict } from "./findings";
import type { AmountUnitRead } from "./formParts";
import { readFunding } from "./funding";
import { readPeriod } from "./formParts";
import type { FoundField, HeaderFields } from "./header";
import { namesMultiYear } from "./vocabulary";

export interface ReadForm {
  sheet: string;
  area: Area;
  record: FormRecord;
  /** What the reader could not read in this form, or read in a way worth saying. */
  findings: Finding[];
}

const SIDE_NAMES = { period: { zh: "实施期", en: "period" }, annual: { zh: "年度", en: "annual" } };

/** What a form's layout gave the reader, to build its record from. */
interface RecordParts {
  fields: HeaderFields;
  indicators: FormRecord["indicators"];
  year: number | null;
  unit: FoundField | null;
  amountUnit: AmountUnit;
  /** A contradiction between the form's unit line and its funding labels. */
  unitConflict?: AmountUnitRead["conflict"];
  table: TableColumns | null;
  kind: Layout["kind"];
}

/** The record of one form from what its layout gave, with what the reader has to say about it. */
export function buildRecord(
  sheet: string,
  parts: RecordParts
): { record: FormRecord; findings: Finding[] } {
  const { fields, indicators, table } = parts;
  const cells: FormRecord["cells"] = {};
  const text = (key: "name" | "department" | "implementer" | "periodGoal" | "annualGoal") => {
    // Of two labels for one field (总体目标 over 中期滚动目标), the one with a value.
    const field = fields[key]?.find((f) => f.text) ?? fields[key]?.[0];
    if (!field) return null;
    cells[FIELDS[key].path] = field.cell;
    return field.text || null;
  };
  if (parts.unit) cells[FIELDS.unit.path] = parts.unit.cell;
  const { period, field: periodField } = readPeriod(fields, parts.year);
  if (periodField) cells[FIELDS.period.path] = periodField.cell;
  // In the record's order, so that its cells keep the order the JSON report has always had.
  const name = text("name");
  const department = text("department");
  const implementer = text("implementer");
  const { funding, derived } = readFunding(fields, parts.amountUnit, cells);
  const record: FormRecord = {
    year: parts.year,
    unit: parts.unit?.text || null,
    name,
    department,
    implementer,
    period,
    funding,
    goals: goalsOf(text("periodGoal"), text("annualGoal"), oneYear(fields, funding), cells),
    indicators,
    layout: {
      kind: parts.kind,
      level1Column: table === null || table.level1 !== null,
      level2Column: table === null || table.level2 !== null,
    },
    cells,
  };
  const findings = readerFindings(sheet, parts, derived);
  // The record's schema has the last word on each field's type and bounds (src/form/recordParse.ts).
  const parsed = parseRecord(sheet, record, cells.name ?? "A1");
  return { record: parsed.record, findings: [...parsed.findings, ...findings] };
}

/**
 * A form with no 年度目标 label and no 实施期 money states one goal (总体目标) for one year, as a
 * 中央预算内投资计划 does: that goal is the year's, as its one total is (docs/form.md). A goal
 * labelled as more than a year's (长期绩效目标) stays the period's.
 */
function oneYear(fields: HeaderFields, funding: FormRecord["funding"]): boolean {
  const goal = fields.periodGoal?.find((f) => f.text) ?? fields.periodGoal?.[0];
  return funding.period === null && !namesMultiYear(goal?.label ?? "");
}

/** The goals, the period's moved to the year where the form is one year's (oneYear). */
function goalsOf(
  period: string | null,
  annual: string | null,
  yearOnly: boolean,
  cells: FormRecord["cells"]
): FormRecord["goals"] {
  const periodCell = cells[FIELDS.periodGoal.path];
  if (!yearOnly || annual !== null || cells[FIELDS.annualGoal.path] || !periodCell)
    return { period, annual };
  delete cells[FIELDS.periodGoal.path];
  cells[FIELDS.annualGoal.path] = periodCell;
  return { period: null, annual: period };
}

/** What the reader says about a form: totals it derived, a unit contradiction, level columns missing. */
function readerFindings(
  sheet: string,
  { indicators, table, unitConflict: conflict }: RecordParts,
  derived: ReturnType<typeof readFunding>["derived"]
): Finding[] {
  const findings: Finding[] = derived.map(({ side, cell, total }) =>
    toFinding(totalDerived, sheet, {
      cell,
      messageId: "derived",
      data: { side: SIDE_NAMES[side].zh, sideEn: SIDE_NAMES[side].en, total },
    })
  );
  if (conflict) {
    const { cell, line, label } = conflict;
    findings.push(
      toFinding(unitConflict, sheet, { cell, messageId: "conflict", data: { line, label } })
    );
  }
  if (table && indicators.length > 0 && (table.level1 === null || table.level2 === null)) {
    findings.push(
      toFinding(levelsMissing, sheet, {
        cell: indicators[0].cells.name,
        messageId: table.level2 !== null ? "level1" : table.level1 !== null ? "level2" : "both",
        data: {},
      })
    );
  }
  return findings;
}
