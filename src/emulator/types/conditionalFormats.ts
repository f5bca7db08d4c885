import { invalidArgument, invalidOperation, itemNotFound } from "../errors";
import { overlaps } from "../model/address";
import type { EmulatedConditionalFormat, EmulatedSheet } from "../model/sheet";
import type { Area } from "../../form/grid";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";
import { failPairLoad, part, ruleNavigation } from "./conditionalRules";

type Collection = ObjectOf<"conditionalFormats">;
type Part<
  K extends "conditionalFormat" | "cfCustom" | "cfRule" | "cfFormat" | "cfFill" | "cfFont",
> = ObjectOf<K>;

/** The formats that touch a range (Range.conditionalFormats), in priority order. */
const touching = (c: Collection) =>
  c.sheet.conditionalFormats.filter((f) => overlaps(f.area, c.area));

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
/** Colour scales and icon sets are not emulated: never a format of theirs, so a null object. */
const OTHER_TYPES = ["colorScale", "iconSet"];

/** A format change, heard by Worksheet.onChanged only where the emulator is told to (formatEvents). */
const formatChanged = (host: Host, sheet: EmulatedSheet, area: Area) =>
  host.workbook.changed({ sheet, area, changeType: "RangeEdited", what: "formats" });

/** Loading a format fails where Excel's does (office-js #6827, when the host is told to). */
const failOwnLoad = (f: { sheet: EmulatedSheet; format: EmulatedConditionalFormat }, host: Host) =>
  failPairLoad(host, f.sheet, [f.format]);

function find(sheet: EmulatedSheet, id: unknown): HostObject | null {
  const found = sheet.conditionalFormats.find((f) => f.id === id);
  return found ? part("conditionalFormat", sheet, found) : null;
}

/**
 * Conditional formats (ExcelApi 1.6, excel.conditionalformatcollection): custom formats with a
 * rule formula and a fill or font colour. The formula is stored; whether it holds is for the
 * reader (the preview evaluates it with model/formulas.ts).
 */
export const conditionalFormatTypes = {
  conditionalFormats: {
    className: "ConditionalFormatCollection",
    items: (c) => touching(c).map((f) => part("conditionalFormat", c.sheet, f)),
    beforeLoad: (c, host) => failPairLoad(host, c.sheet, touching(c)),
    methods: {
      add: (c, [type], host) => {
        if (!TYPES.includes(String(type))) throw invalidArgument();
        const format: EmulatedConditionalFormat = {
          id: host.workbook.newId(),
          area: c.area,
          type: String(type),
          formula: "",
          rule: null,
          fill: null,
          fontColor: null,
          stopIfTrue: false,
        };
        // A new format takes the highest priority (0), ahead of the sheet's others.
        c.sheet.conditionalFormats.unshift(format);
        formatChanged(host, c.sheet, c.area);
        return part("conditionalFormat", c.sheet, format);
      },
      getItem: (c, [id]) => find(c.sheet, id) ?? notFound(),
      getItemOrNullObject: (c, [id]) => find(c.sheet, id),
      getCount: (c) => touching(c).length,
      clearAll: (c, _a, host) => {
        const kept = c.sheet.conditionalFormats.filter((f) => !overlaps(f.area, c.area));
        c.sheet.conditionalFormats.splice(0, c.sheet.conditionalFormats.length, ...kept);
        formatChanged(host, c.sheet, c.area);
      },
    },
  } satisfies HostType<Collection>,

  conditionalFormat: {
    className: "ConditionalFormat",
    id: (f) => f.format.id,
    beforeLoad: failOwnLoad,
    get: {
      id: (f) => f.format.id,
      type: (f) => f.format.type,
      priority: (f) => f.sheet.conditionalFormats.indexOf(f.format),
      stopIfTrue: (f) => f.format.stopIfTrue,
    },
    set: {
      stopIfTrue: (f, value) => void (f.format.stopIfTrue = Boolean(value)),
      priority: (f, value) => {
        const list = f.sheet.conditionalFormats;
        list.splice(list.indexOf(f.format), 1);
        list.splice(Math.min(Number(value), list.length), 0, f.format);
      },
    },
    nav: {
      custom: (f) =>
        f.format.type === "Custom"
          ? part("cfCustom", f.sheet, f.format)
          : fail(invalidOperation("The conditional format is of another type.")),
      customOrNullObject: (f) =>
        f.format.type === "Custom" ? part("cfCustom", f.sheet, f.format) : null,
      ...ruleNavigation(),
      ...Object.fromEntries(OTHER_TYPES.map((n) => [`${n}OrNullObject`, () => null])),
    },
    methods: {
      delete: (f, _a, host) => {
        const list = f.sheet.conditionalFormats;
        if (!list.includes(f.format)) return;
        list.splice(list.indexOf(f.format), 1);
        formatChanged(host, f.sheet, f.format.area);
      },
      getRange: (f) => rangeOf(f.sheet, f.format.area),
      getRangeOrNullObject: (f) => rangeOf(f.sheet, f.format.area),
      getRanges: (f) => ({ kind: "rangeAreas", sheet: f.sheet, areas: [f.format.area] }),
    },
  } satisfies HostType<Part<"conditionalFormat">>,

  cfCustom: {
    className: "CustomConditionalFormat",
    beforeLoad: failOwnLoad,
    nav: {
      rule: (f) => part("cfRule", f.sheet, f.format),
      format: (f) => part("cfFormat", f.sheet, f.format),
    },
  } satisfies HostType<Part<"cfCustom">>,

  cfRule: {
    className: "ConditionalFormatRule",
    beforeLoad: failOwnLoad,
    get: {
      formula: (f) => f.format.formula,
      formulaLocal: (f) => f.format.formula,
      formulaR1C1: () => null,
    },
    set: {
      formula: (f, value) => void (f.format.formula = String(value ?? "")),
      formulaLocal: (f, value) => void (f.format.formula = String(value ?? "")),
    },
  } satisfies HostType<Part<"cfRule">>,

  cfFormat: {
    className: "ConditionalRangeFormat",
    beforeLoad: failOwnLoad,
    nav: {
      fill: (f) => part("cfFill", f.sheet, f.format),
      font: (f) => part("cfFont", f.sheet, f.format),
    },
  } satisfies HostType<Part<"cfFormat">>,

  cfFill: {
    className: "ConditionalRangeFill",
    beforeLoad: failOwnLoad,
    get: { color: (f) => f.format.fill },
    set: { color: (f, value) => void (f.format.fill = value === null ? null : String(value)) },
    methods: { clear: (f) => void (f.format.fill = null) },
  } satisfies HostType<Part<"cfFill">>,

  cfFont: {
    className: "ConditionalRangeFont",
    beforeLoad: failOwnLoad,
    get: { color: (f) => f.format.fontColor },
    set: { color: (f, value) => void (f.format.fontColor = value === null ? null : String(value)) },
    methods: { clear: (f) => void (f.format.fontColor = null) },
  } satisfies HostType<Part<"cfFont">>,
};

function fail(error: Error): never {
  throw error;
}

function notFound(): never {
  throw itemNotFound();
}
