import type { Area } from "../../form/grid";
import type { EmulatedSheet } from "../model/sheet";
import { cellStyle, clearStyles, commonStyle, readCells, writeStyle } from "../model/styles";
import { valueOf } from "../model/values";
import type { EmulatedWorkbook } from "../model/workbook";
import type { Host, HostType, ObjectOf } from "./objects";

type Validation = ObjectOf<"dataValidation">;

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function typeOfRule(rule: unknown): string {
  const key = Object.keys((rule as object) ?? {}).find((k) => k in RULE_TYPES);
  return key ? RULE_TYPES[key] : "None";
}

/**
 * DataValidation.type: one type for the range; "MixedCriteria" when only some cells have a rule,
 * "Inconsistent" when cells have different rules (Excel.DataValidationType).
 */
function rangeType(sheet: EmulatedSheet, area: Area): string {
  const types = new Set<string>();
  const rules = new Set<string>();
  for (const [r, c] of readCells(sheet, area)) {
    const rule = cellStyle(sheet, r, c, "dataValidation.rule");
    types.add(typeOfRule(rule));
    rules.add(JSON.stringify(rule));
  }
  if (types.size === 1) return rules.size === 1 ? [...types][0] : "Inconsistent";
  return types.has("None") ? "MixedCriteria" : "Inconsistent";
}

const OPERATORS: Record<string, (x: number, a: number, b: number) => boolean> = {
  Between: (x, a, b) => x >= a && x <= b,
  NotBetween: (x, a, b) => x < a || x > b,
  EqualTo: (x, a) => x === a,
  NotEqualTo: (x, a) => x !== a,
  GreaterThan: (x, a) => x > a,
  LessThan: (x, a) => x < a,
  GreaterThanOrEqualTo: (x, a) => x >= a,
  LessThanOrEqualTo: (x, a) => x <= a,
};

/** Whether one cell's value satisfies its rule: lists and number rules are checked, others pass. */
function cellValid(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  row: number,
  col: number
): boolean {
  const rule = cellStyle(sheet, row, col, "dataValidation.rule") as Record<
    string,
    Record<string, unknown>
  >;
  const value = valueOf(workbook, sheet, row, col);
  const ignoreBlanks = cellStyle(sheet, row, col, "dataValidation.ignoreBlanks") !== false;
  const type = typeOfRule(rule);
  if (type === "None") return true;
  if (value === "") return ignoreBlanks;
  if (type === "List") {
    const source = String(rule.list.source ?? "");
    if (source.startsWith("=")) return true;
    return source
      .split(",")
      .map((s) => s.trim())
      .includes(String(value));
  }
  if (type === "WholeNumber" || type === "Decimal") {
    const basic = rule[type === "Decimal" ? "decimal" : "wholeNumber"];
    if (typeof value !== "number" || (type === "WholeNumber" && !Number.isInteger(value)))
      return false;
    const test = OPERATORS[String(basic.operator)];
    return test ? test(value, Number(basic.formula1), Number(basic.formula2)) : true;
  }
  return true;
}

/** A validation change is a format change for Worksheet.onChanged (heard only with formatEvents). */
const validationChanged = (v: Validation, host: Host) =>
  host.workbook.changed({
    sheet: v.sheet,
    area: v.area,
    changeType: "RangeEdited",
    what: "formats",
  });

/** Excel.DataValidation (ExcelApi 1.8): a rule, a prompt and an error alert per cell. */
export const validationType: HostType<Validation> = {
  className: "DataValidation",
  get: {
    rule: (v) => commonStyle(v.sheet, readCells(v.sheet, v.area), "dataValidation.rule"),
    prompt: (v) => commonStyle(v.sheet, readCells(v.sheet, v.area), "dataValidation.prompt"),
    errorAlert: (v) =>
      commonStyle(v.sheet, readCells(v.sheet, v.area), "dataValidation.errorAlert"),
    ignoreBlanks: (v) =>
      commonStyle(v.sheet, readCells(v.sheet, v.area), "dataValidation.ignoreBlanks"),
    type: (v) => rangeType(v.sheet, v.area),
    valid: (v, host) => {
      const results = new Set(
        [...readCells(v.sheet, v.area)].map(([r, c]) => cellValid(host.workbook, v.sheet, r, c))
      );
      return results.size === 1 ? [...results][0] : null;
    },
  },
  set: Object.fromEntries(
    (["rule", "prompt", "errorAlert", "ignoreBlanks"] as const).map((key) => [
      key,
      (v: Validation, value: unknown, host: Host) => {
        writeStyle(v.sheet, v.area, `dataValidation.${key}`, value);
        validationChanged(v, host);
      },
    ])
  ),
  methods: {
    clear: (v, _a, host) => {
      clearStyles(v.sheet, v.area, ["dataValidation"]);
      validationChanged(v, host);
    },
  },
};
