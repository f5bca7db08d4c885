import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import type { HostModule, ModuleObject } from "./modules";
import { overlaps, type EmulatedSheet } from "./workbook";

/**
 * Conditional formats (ExcelApi 1.6, learn.microsoft.com/javascript/api/excel/
 * excel.conditionalformatcollection): custom formats with a rule formula and a fill or font,
 * kept per sheet in priority order (0 first). The formula is stored, not evaluated: a custom
 * format shows its format wherever its formula is true, which the preview treats as always.
 */
export interface EmulatedConditionalFormat {
  id: string;
  area: Area;
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

type Cf =
  | { kind: "conditionalFormats"; sheet: EmulatedSheet; area: Area }
  | { kind: "conditionalFormat"; sheet: EmulatedSheet; id: string }
  | { kind: "conditionalFormatPart"; sheet: EmulatedSheet; id: string; path: string };

const KINDS = new Set(["conditionalFormats", "conditionalFormat", "conditionalFormatPart"]);
let nextId = 1;

const notFound = () => new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
const noMember = (what: string) =>
  new ExcelError("ApiNotFound", `The emulator does not provide ${what}.`, 404);

function find(sheet: EmulatedSheet, id: string): EmulatedConditionalFormat {
  const format = sheet.conditionalFormats.find((f) => f.id === id);
  if (!format) throw notFound();
  return format;
}

const inRange = (target: { sheet: EmulatedSheet; area: Area }) =>
  target.sheet.conditionalFormats.filter((f) => overlaps(f.area, target.area));

/** Sub-objects: custom → rule, format → fill / font; the `…OrNullObject` forms for other types. */
const PARTS: Record<string, Record<string, string>> = {
  "": { Custom: "custom", CustomOrNullObject: "custom" },
  custom: { Rule: "custom.rule", Format: "custom.format" },
  "custom.format": { Fill: "custom.format.fill", Font: "custom.format.font" },
};

export const conditionalFormats: HostModule = {
  kinds: KINDS,

  navigate(_workbook, parent, name, args) {
    const p = parent as Cf | { kind: "range"; sheet: EmulatedSheet; area: Area };
    if (p.kind === "range" && name === "ConditionalFormats")
      return { kind: "conditionalFormats", sheet: p.sheet, area: p.area };
    if (p.kind === "conditionalFormats") {
      if (name === "Add") {
        const format: EmulatedConditionalFormat = {
          id: `{cf-${nextId++}}`,
          area: p.area,
          type: String(args[0]),
          formula: "",
          fill: null,
          fontColor: null,
          stopIfTrue: false,
        };
        p.sheet.conditionalFormats.unshift(format);
        return { kind: "conditionalFormat", sheet: p.sheet, id: format.id };
      }
      if (name === "" || name === "GetItem")
        return { kind: "conditionalFormat", sheet: p.sheet, id: find(p.sheet, String(args[0])).id };
      if (name === "GetItemAt") {
        const format = inRange(p)[Number(args[0])];
        if (!format) throw notFound();
        return { kind: "conditionalFormat", sheet: p.sheet, id: format.id };
      }
    }
    if (p.kind === "conditionalFormat" && name === "GetRange")
      return { kind: "range", sheet: p.sheet, area: find(p.sheet, p.id).area } as ModuleObject;
    if (p.kind === "conditionalFormat" || p.kind === "conditionalFormatPart") {
      const path = p.kind === "conditionalFormat" ? "" : p.path;
      const to = PARTS[path]?.[name];
      if (to) {
        if (find(p.sheet, p.id).type !== "Custom") {
          if (name.endsWith("OrNullObject")) return null;
          throw new ExcelError("InvalidOperation", "The conditional format is not of this type.");
        }
        return { kind: "conditionalFormatPart", sheet: p.sheet, id: p.id, path: to };
      }
    }
    return undefined;
  },

  property(_workbook, target, name) {
    const t = target as Cf;
    if (t.kind === "conditionalFormats" && name === "count") return inRange(t).length;
    if (t.kind === "conditionalFormat") {
      const f = find(t.sheet, t.id);
      const index = t.sheet.conditionalFormats.indexOf(f);
      const values: Record<string, unknown> = {
        id: f.id,
        type: f.type,
        priority: index,
        stopIfTrue: f.stopIfTrue,
      };
      if (name in values) return values[name];
    }
    if (t.kind === "conditionalFormatPart") {
      const f = find(t.sheet, t.id);
      if (t.path === "custom.rule" && (name === "formula" || name === "formulaLocal"))
        return f.formula;
      if (t.path === "custom.format.fill" && name === "color") return f.fill;
      if (t.path === "custom.format.font" && name === "color") return f.fontColor;
    }
    throw noMember(`${t.kind}.${name}`);
  },

  setProperty(_workbook, target, name, value) {
    const t = target as Cf;
    if (t.kind === "conditionalFormat") {
      const f = find(t.sheet, t.id);
      if (name === "StopIfTrue") return void (f.stopIfTrue = Boolean(value));
      if (name === "Priority") {
        const list = t.sheet.conditionalFormats;
        list.splice(list.indexOf(f), 1);
        list.splice(Math.max(0, Math.min(Number(value), list.length)), 0, f);
        return;
      }
    }
    if (t.kind === "conditionalFormatPart") {
      const f = find(t.sheet, t.id);
      if (t.path === "custom.rule" && name === "Formula") return void (f.formula = String(value));
      if (t.path === "custom.format.fill" && name === "Color")
        return void (f.fill = String(value).toUpperCase());
      if (t.path === "custom.format.font" && name === "Color")
        return void (f.fontColor = String(value).toUpperCase());
    }
    throw noMember(`setting ${t.kind}.${name}`);
  },

  callMethod(_workbook, target, name) {
    const t = target as Cf;
    if (t.kind === "conditionalFormat" && name === "Delete") {
      const list = t.sheet.conditionalFormats;
      list.splice(list.indexOf(find(t.sheet, t.id)), 1);
      return null;
    }
    if (t.kind === "conditionalFormats" && name === "ClearAll") {
      const kept = t.sheet.conditionalFormats.filter((f) => !overlaps(f.area, t.area));
      t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...kept);
      return null;
    }
    if (t.kind === "conditionalFormats" && name === "GetCount") return inRange(t).length;
    if (t.kind === "conditionalFormatPart" && t.path === "custom.format.fill" && name === "Clear") {
      find(t.sheet, t.id).fill = null;
      return null;
    }
    throw noMember(`${t.kind}.${name}()`);
  },

  items(_workbook, target) {
    const t = target as Cf;
    if (t.kind !== "conditionalFormats") return undefined;
    return inRange(t).map((f) => ({ kind: "conditionalFormat", sheet: t.sheet, id: f.id }) as Cf);
  },
};
