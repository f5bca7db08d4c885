import { parseArea } from "../form/address";
import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import { insertWorksheetsFromBase64 } from "./insertSheets";
import { addressOf, callRangeMethod, rangeProperty, setRangeProperty } from "./range";
import {
  callFeature,
  featureProperty,
  navigateFeature,
  renameInNames,
  type FeatureObject,
} from "./features";
import {
  callPartMethod,
  navigatePart,
  partOf,
  partProperty,
  setPartProperty,
  type RangePart,
} from "./parts";
import { overlaps, type EmulatedSheet, type EmulatedWorkbook } from "./workbook";
import { comments } from "./comments";
import { conditionalFormats } from "./conditionalFormats";
import type { HostModule, ModuleObject } from "./modules";
import { pageLayout } from "./pageLayout";

/** What an object path resolves to in the emulated host. */
export type HostObject =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "worksheet"; sheet: EmulatedSheet }
  | { kind: "range"; sheet: EmulatedSheet; area: Area }
  | { kind: "rangeAreas"; sheet: EmulatedSheet; areas: Area[] }
  | { kind: "application" }
  | RangePart
  | FeatureObject;

const FEATURE_KINDS = new Set([
  "freezePanes",
  "customProperties",
  "tables",
  "table",
  "names",
  "namedItem",
]);

/** Parts of the object model that live in a file each (see modules.ts). */
export const MODULES: readonly HostModule[] = [conditionalFormats, comments, pageLayout];
export const moduleOf = (target: { kind: string }) => MODULES.find((m) => m.kinds.has(target.kind));
export const asModuleObject = (target: HostObject) => target as unknown as ModuleObject;
const isFeature = (target: HostObject): target is FeatureObject => FEATURE_KINDS.has(target.kind);

/** Excel's rule for sheet names (Worksheet.name): 1–31 characters, none of \ / ? * [ ] : */
export function checkSheetName(workbook: EmulatedWorkbook, name: string): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw new ExcelError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format."
    );
  }
  if (workbook.sheet(name))
    throw new ExcelError(
      "ItemAlreadyExists",
      "A resource with the same name or identifier already exists."
    );
}

function rangeOf(sheet: EmulatedSheet, address: string): HostObject {
  const area = parseArea(address);
  if (!area)
    throw new ExcelError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format."
    );
  return { kind: "range", sheet, area };
}

/** Navigation: a property, an indexer or a method that returns an object. */
export function navigate(
  workbook: EmulatedWorkbook,
  parent: HostObject,
  name: string,
  args: unknown[]
): HostObject | null {
  for (const module of MODULES) {
    const made = module.navigate(workbook, parent, name, args);
    // A module's objects travel as HostObjects; only their own module reads them.
    if (made !== undefined) return made as unknown as HostObject | null;
  }
  if (parent.kind === "part") return navigatePart(parent, name, args);
  // A method that makes an object (tables.add) reaches the host as an object path.
  if (isFeature(parent)) {
    const made = callFeature(workbook, parent, name, args);
    return name.endsWith("OrNullObject") ? made : (made ?? parent);
  }
  switch (`${parent.kind}.${name}`) {
    case "workbook.Worksheets":
      return { kind: "worksheets" };
    case "workbook.Application":
      return { kind: "application" };
    case "range.Format":
    case "range.DataValidation": {
      const { sheet, area } = parent as { sheet: EmulatedSheet; area: Area };
      return partOf(sheet, area, name === "Format" ? "format" : "dataValidation");
    }
    case "worksheets.": // indexer: getItem
    case "worksheets.GetItem":
    case "worksheets.GetItemOrNullObject": {
      const sheet = workbook.sheet(String(args[0]));
      if (sheet) return { kind: "worksheet", sheet };
      if (name === "GetItemOrNullObject") return null;
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    case "worksheets.GetItemAt": {
      const sheet = workbook.sheets[Number(args[0])];
      if (sheet) return { kind: "worksheet", sheet };
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    case "worksheets.GetActiveWorksheet":
      return { kind: "worksheet", sheet: workbook.sheets[workbook.activeSheet] };
    case "worksheets.Add": {
      const name = String(args[0] ?? `Sheet${workbook.sheets.length + 1}`);
      checkSheetName(workbook, name);
      return { kind: "worksheet", sheet: workbook.addSheet(name) };
    }
    case "worksheet.GetRange": {
      const { sheet } = parent as { sheet: EmulatedSheet };
      // No address: the whole sheet (Worksheet.getRange).
      if (args[0] === undefined || args[0] === null || args[0] === "")
        return { kind: "range", sheet, area: WHOLE_SHEET };
      return rangeOf(sheet, String(args[0]));
    }
    case "worksheet.GetUsedRange":
    case "worksheet.GetUsedRangeOrNullObject": {
      const { sheet } = parent as { sheet: EmulatedSheet };
      const area = sheet.usedArea();
      if (area) return { kind: "range", sheet, area };
      if (name === "GetUsedRangeOrNullObject") return null;
      return { kind: "range", sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    case "workbook.GetSelectedRange": {
      const selected = workbook.selection;
      const sheet = selected ? workbook.sheet(selected.sheet) : undefined;
      return sheet && selected
        ? { kind: "range", sheet, area: selected.area }
        : {
            kind: "range",
            sheet: workbook.sheets[workbook.activeSheet],
            area: { top: 0, left: 0, bottom: 0, right: 0 },
          };
    }
    case "range.GetResizedRange":
    case "range.GetOffsetRange": {
      const { sheet, area } = parent as { sheet: EmulatedSheet; area: Area };
      const [rows, cols] = (args as number[]).map(Number);
      const moved =
        name === "GetOffsetRange"
          ? {
              top: area.top + rows,
              left: area.left + cols,
              bottom: area.bottom + rows,
              right: area.right + cols,
            }
          : { ...area, bottom: area.bottom + rows, right: area.right + cols };
      if (moved.top < 0 || moved.left < 0 || moved.bottom < moved.top || moved.right < moved.left) {
        throw new ExcelError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format."
        );
      }
      return { kind: "range", sheet, area: moved };
    }
    case "range.GetCell": {
      const { sheet, area } = parent as { sheet: EmulatedSheet; area: Area };
      const [r, c] = args as number[];
      return {
        kind: "range",
        sheet,
        area: {
          top: area.top + r,
          left: area.left + c,
          bottom: area.top + r,
          right: area.left + c,
        },
      };
    }
    case "range.GetMergedAreasOrNullObject": {
      const { sheet, area } = parent as { sheet: EmulatedSheet; area: Area };
      const areas = sheet.merges.filter((m) => overlaps(m, area));
      return areas.length > 0 ? { kind: "rangeAreas", sheet, areas } : null;
    }
  }
  return navigateFeature(workbook, parent.kind, parent, name);
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: 1048575, right: 16383 };

/** The value of one loaded property, PascalCase as Excel answers. */
export function property(workbook: EmulatedWorkbook, target: HostObject, name: string): unknown {
  const module = moduleOf(target);
  if (module) return module.property(workbook, asModuleObject(target), name);
  if (target.kind === "part") return partProperty(target, name);
  if (isFeature(target)) return featureProperty(workbook, target, name);
  if (target.kind === "workbook" && name === "name") return workbook.name;
  if (target.kind === "worksheet") {
    if (name === "name") return target.sheet.name;
    if (name === "id") return target.sheet.id;
    if (name === "position") return workbook.sheets.indexOf(target.sheet);
    if (name === "visibility") return target.sheet.visibility;
  }
  if (target.kind === "range") return rangeProperty(target, name);
  if (target.kind === "rangeAreas") {
    if (name === "address") return target.areas.map((a) => addressOf(target.sheet, a)).join(",");
    if (name === "areaCount") return target.areas.length;
  }
  throw new ExcelError("ApiNotFound", `The emulator does not provide ${target.kind}.${name}.`, 404);
}

export function setProperty(
  workbook: EmulatedWorkbook,
  target: HostObject,
  name: string,
  value: unknown
): void {
  const module = moduleOf(target);
  if (module) return module.setProperty(workbook, asModuleObject(target), name, value);
  if (target.kind === "worksheet") return setWorksheetProperty(workbook, target.sheet, name, value);
  if (target.kind === "table" && name === "Name") {
    const taken = workbook.sheets.some((sh) =>
      sh.tables.some((t) => t.name.toLowerCase() === String(value).toLowerCase())
    );
    if (taken)
      throw new ExcelError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists."
      );
    const table = target.sheet.tables.find((t) => t.name === target.name)!;
    table.name = String(value);
    target.name = String(value);
    return;
  }
  if (target.kind === "namedItem" && name === "Visible") {
    if (value) workbook.hiddenNames.delete(target.name);
    else workbook.hiddenNames.add(target.name);
    return;
  }
  if (target.kind === "part") return setPartProperty(target, name, value);
  if (target.kind !== "range")
    throw new ExcelError("ApiNotFound", `The emulator cannot set ${target.kind}.${name}.`, 404);
  setRangeProperty(target, name, value);
}

/** Worksheet.name, .position and .visibility, with Excel's rules for each. */
function setWorksheetProperty(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  name: string,
  value: unknown
): void {
  if (name === "Name") {
    if (String(value).toLowerCase() !== sheet.name.toLowerCase())
      checkSheetName(workbook, String(value));
    renameInNames(workbook, sheet.name, String(value));
    sheet.name = String(value);
  } else if (name === "Position") {
    const to = Number(value);
    if (!Number.isInteger(to) || to < 0 || to >= workbook.sheets.length)
      throw new ExcelError("InvalidArgument", "The position is out of range.");
    workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
    workbook.sheets.splice(to, 0, sheet);
  } else if (name === "Visibility") {
    const others = workbook.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
    if (value !== "Visible" && others.length === 0)
      throw new ExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    sheet.visibility = value as EmulatedSheet["visibility"];
  } else throw new ExcelError("ApiNotFound", `The emulator cannot set worksheet.${name}.`, 404);
}

export function callMethod(
  workbook: EmulatedWorkbook,
  target: HostObject,
  name: string,
  args: unknown[]
): unknown {
  if (name === "_KeepReference") return null;
  const module = moduleOf(target);
  if (module) return module.callMethod(workbook, asModuleObject(target), name, args);
  if (isFeature(target)) return callFeature(workbook, target, name, args) && null;
  if (target.kind === "worksheet" && name === "Delete") {
    if (
      workbook.sheets.filter((s) => s.visibility === "Visible" && s !== target.sheet).length === 0
    ) {
      throw new ExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    }
    workbook.sheets.splice(workbook.sheets.indexOf(target.sheet), 1);
    renameInNames(workbook, target.sheet.name, null);
    const kept = workbook.comments.filter((c) => c.sheet !== target.sheet);
    workbook.comments.splice(0, workbook.comments.length, ...kept);
    workbook.activeSheet = Math.min(workbook.activeSheet, workbook.sheets.length - 1);
    return null;
  }
  if (target.kind === "worksheet" && name === "Activate") {
    workbook.activeSheet = workbook.sheets.indexOf(target.sheet);
    return null;
  }
  if (target.kind === "part") {
    callPartMethod(target, name);
    return null;
  }
  // Nothing is calculated but SUM, so there is nothing to hold back.
  if (target.kind === "application" && name === "SuspendApiCalculationUntilNextSync") return null;
  if (target.kind === "workbook" && name === "InsertWorksheetsFromBase64") {
    return insertWorksheetsFromBase64(
      workbook,
      workbook.parseWorkbook,
      String(args[0]),
      args[1] as never
    );
  }
  if (target.kind === "range") return callRangeMethod(workbook, target, name, args) ?? null;
  throw new ExcelError(
    "ApiNotFound",
    `The emulator does not provide ${target.kind}.${name}().`,
    404
  );
}
