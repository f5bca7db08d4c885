import { generalException, invalidOperation } from "../errors";
import type { EmulatedConditionalFormat, EmulatedSheet } from "../model/sheet";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";

/**
 * The rule types a person sets from Excel's Home → Conditional Formatting menu, as Office.js reads
 * them (learn.microsoft.com/javascript/api/excel/excel.conditionalformattype): cell value
 * (Highlight Cells Rules → Greater Than…), text that contains, top/bottom, duplicate or unique
 * values (preset criteria) and data bars. Each keeps its rule as Office.js gives it; what the rule
 * shows on the cells is not evaluated (only the add-in's own formats are drawn by the preview).
 */
type Part<K extends HostObject["kind"]> = ObjectOf<K>;
type OnFormat = { sheet: EmulatedSheet; format: EmulatedConditionalFormat };

export const part = (kind: string, sheet: EmulatedSheet, format: EmulatedConditionalFormat) =>
  ({ kind, sheet, format }) as HostObject;

/** Where the type's rule sits in ConditionalFormat, and the kind that answers for it. */
export const RULE_TYPES: Record<string, { nav: string; kind: string }> = {
  CellValue: { nav: "cellValue", kind: "cfCellValue" },
  ContainsText: { nav: "textComparison", kind: "cfText" },
  TopBottom: { nav: "topBottom", kind: "cfTopBottom" },
  PresetCriteria: { nav: "preset", kind: "cfPreset" },
  DataBar: { nav: "dataBar", kind: "cfDataBar" },
};

/** The same range, whatever the order its rules were added in. */
const sameArea = (a: EmulatedConditionalFormat, b: EmulatedConditionalFormat) =>
  a.area.top === b.area.top &&
  a.area.left === b.area.left &&
  a.area.bottom === b.area.bottom &&
  a.area.right === b.area.right;

/** One of two cell-value formats on the same range: the pair office-js #6827 cannot load. */
export const inCellValuePair = (sheet: EmulatedSheet, format: EmulatedConditionalFormat) =>
  format.type === "CellValue" &&
  sheet.conditionalFormats.some(
    (f) => f !== format && f.type === "CellValue" && sameArea(f, format)
  );

/**
 * Where the host is told to behave as Excel does in office-js #6827, loading a format of such a
 * pair (or a collection holding one) fails. Excel's words are not in the issue; GeneralException
 * is the guess.
 */
export function failPairLoad(
  host: Host,
  sheet: EmulatedSheet,
  formats: EmulatedConditionalFormat[]
): void {
  if (host.quirks?.cellValuePairLoads && formats.some((f) => inCellValuePair(sheet, f)))
    throw generalException();
}

const failOwnLoad = (f: OnFormat, host: Host) => failPairLoad(host, f.sheet, [f.format]);

/** The rule of the non-custom types, set and read as one object, as Office.js does. */
function ruleOf(className: string): HostType<OnFormat & { kind: never }> {
  return {
    className,
    get: { rule: (f) => f.format.rule ?? null },
    set: { rule: (f, value) => void (f.format.rule = { ...(value as object) }) },
    nav: { format: (f) => part("cfFormat", f.sheet, f.format) },
    beforeLoad: failOwnLoad,
  };
}

const DATA_BAR_DEFAULTS: Record<string, unknown> = {
  axisColor: "#000000",
  axisFormat: "Automatic",
  barDirection: "Context",
  showDataBarOnly: false,
  lowerBoundRule: { type: "LowestValue" },
  upperBoundRule: { type: "HighestValue" },
  "positiveFormat.fillColor": "#638EC6",
  "positiveFormat.borderColor": "",
  "positiveFormat.gradientFill": true,
  "negativeFormat.fillColor": "#FF0000",
  "negativeFormat.borderColor": "",
  "negativeFormat.matchPositiveFillColor": false,
  "negativeFormat.matchPositiveBorderColor": false,
};

/** A data bar's settings under a prefix ("" for the bar, "positiveFormat." for its bars). */
function dataBarProperties(prefix: string) {
  const names = Object.keys(DATA_BAR_DEFAULTS)
    .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes("."))
    .map((key) => key.slice(prefix.length));
  const get = (name: string) => (f: OnFormat) =>
    f.format.dataBar?.[prefix + name] ?? DATA_BAR_DEFAULTS[prefix + name];
  const set = (name: string) => (f: OnFormat, value: unknown) =>
    void (f.format.dataBar = { ...f.format.dataBar, [prefix + name]: value });
  return {
    get: Object.fromEntries(names.map((n) => [n, get(n)])),
    set: Object.fromEntries(names.map((n) => [n, set(n)])),
  };
}

/** ConditionalFormat's navigation to each rule type: the type's object, or a null object. */
export function ruleNavigation(): Record<string, (f: OnFormat) => HostObject | null> {
  const nav: Record<string, (f: OnFormat) => HostObject | null> = {};
  for (const [type, { nav: name, kind }] of Object.entries(RULE_TYPES)) {
    const mine = (f: OnFormat) => f.format.type === type;
    nav[name] = (f) => {
      if (!mine(f)) throw invalidOperation("The conditional format is of another type.");
      return part(kind, f.sheet, f.format);
    };
    nav[`${name}OrNullObject`] = (f) => (mine(f) ? part(kind, f.sheet, f.format) : null);
  }
  return nav;
}

export const conditionalRuleTypes = {
  cfCellValue: ruleOf("CellValueConditionalFormat") as HostType<Part<"cfCellValue">>,
  cfText: ruleOf("TextConditionalFormat") as HostType<Part<"cfText">>,
  cfTopBottom: ruleOf("TopBottomConditionalFormat") as HostType<Part<"cfTopBottom">>,
  cfPreset: ruleOf("PresetCriteriaConditionalFormat") as HostType<Part<"cfPreset">>,
  cfDataBar: {
    className: "DataBarConditionalFormat",
    ...dataBarProperties(""),
    nav: {
      positiveFormat: (f) => part("cfDataBarPositive", f.sheet, f.format),
      negativeFormat: (f) => part("cfDataBarNegative", f.sheet, f.format),
    },
  } satisfies HostType<Part<"cfDataBar">>,
  cfDataBarPositive: {
    className: "ConditionalDataBarPositiveFormat",
    ...dataBarProperties("positiveFormat."),
  } satisfies HostType<Part<"cfDataBarPositive">>,
  cfDataBarNegative: {
    className: "ConditionalDataBarNegativeFormat",
    ...dataBarProperties("negativeFormat."),
  } satisfies HostType<Part<"cfDataBarNegative">>,
};
