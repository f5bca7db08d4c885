import { areaA1, parseArea } from "../form/address";
import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import { callFeature, featureProperty, navigateFeature, type FeatureObject } from "./features";
import {
  callPartMethod,
  navigatePart,
  partOf,
  partProperty,
  setPartProperty,
  type RangePart,
} from "./parts";
import {
  colsOf,
  rowsOf,
  type EmulatedSheet,
  type EmulatedValue,
  type EmulatedWorkbook,
} from "./workbook";

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
  "notes",
  "tables",
  "table",
  "comments",
]);
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
  if (parent.kind === "part") return navigatePart(parent, name, args);
  // A method that makes an object (tables.add) reaches the host as an object path.
  if (isFeature(parent)) return callFeature(workbook, parent, name, args) ?? parent;
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
    case "worksheets.GetActiveWorksheet":
      return { kind: "worksheet", sheet: workbook.sheets[workbook.activeSheet] };
    case "worksheets.Add": {
      const name = String(args[0] ?? `Sheet${workbook.sheets.length + 1}`);
      checkSheetName(workbook, name);
      return { kind: "worksheet", sheet: workbook.addSheet(name) };
    }
    case "worksheet.GetRange":
      return rangeOf((parent as { sheet: EmulatedSheet }).sheet, String(args[0] ?? "A1"));
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
      const areas = sheet.merges.filter(
        (m) =>
          m.top <= area.bottom &&
          m.bottom >= area.top &&
          m.left <= area.right &&
          m.right >= area.left
      );
      return areas.length > 0 ? { kind: "rangeAreas", sheet, areas } : null;
    }
  }
  return navigateFeature(workbook, parent.kind, parent, name);
}

/** Excel quotes a sheet name in an address only when it must: spaces, punctuation, a leading digit. */
const quoted = (name: string) =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
const addressOf = (sheet: EmulatedSheet, area: Area) => `${quoted(sheet.name)}!${areaA1(area)}`;

/** The value of one loaded property, PascalCase as Excel answers. */
export function property(workbook: EmulatedWorkbook, target: HostObject, name: string): unknown {
  if (target.kind === "part") return partProperty(target, name);
  if (isFeature(target)) return featureProperty(target, name);
  if (target.kind === "worksheet") {
    if (name === "name") return target.sheet.name;
    if (name === "id") return `{${target.sheet.name}}`;
    if (name === "position") return workbook.sheets.indexOf(target.sheet);
    if (name === "visibility") return target.sheet.visibility;
  }
  if (target.kind === "range") {
    const { sheet, area } = target;
    const grid = <T>(cell: (row: number, col: number) => T) =>
      rowsOf(area).map((r) => colsOf(area).map((c) => cell(r, c)));
    switch (name) {
      case "values":
        return grid((r, c) => sheet.cell(r, c)?.value ?? "");
      case "formulas":
        return grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? "");
      case "numberFormat":
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "text":
        return grid((r, c) => String(sheet.cell(r, c)?.value ?? ""));
      case "address":
        return addressOf(sheet, area);
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
    }
  }
  if (target.kind === "rangeAreas") {
    if (name === "address") return target.areas.map((a) => addressOf(target.sheet, a)).join(",");
    if (name === "areaCount") return target.areas.length;
  }
  throw new ExcelError("ApiNotFound", `The emulator does not provide ${target.kind}.${name}.`, 404);
}

/** A 2-D input must match the range's shape exactly (Range.values). */
function checkShape(area: Area, input: unknown): EmulatedValue[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((row) => !Array.isArray(row) || row.length !== cols)
  ) {
    throw new ExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return input as EmulatedValue[][];
}

export function setProperty(
  workbook: EmulatedWorkbook,
  target: HostObject,
  name: string,
  value: unknown
): void {
  if (target.kind === "worksheet") return setWorksheetProperty(workbook, target.sheet, name, value);
  if (target.kind === "part") return setPartProperty(target, name, value);
  if (target.kind !== "range")
    throw new ExcelError("ApiNotFound", `The emulator cannot set ${target.kind}.${name}.`, 404);
  const { sheet, area } = target;
  const rows = checkShape(area, value);
  rows.forEach((row, r) =>
    row.forEach((input, c) => {
      if (input === null) return; // null leaves a cell as it is
      const at = [area.top + r, area.left + c] as const;
      const cell = { ...(sheet.cell(...at) ?? { value: "" }) };
      if (name === "NumberFormat") cell.numberFormat = String(input);
      else if (
        typeof input === "string" &&
        input.startsWith("=") &&
        (name === "Formulas" || name === "Values")
      ) {
        cell.formula = input;
        cell.value = 0;
      } else if (name === "Values" || name === "Formulas") {
        delete cell.formula;
        cell.value = input;
      } else throw new ExcelError("ApiNotFound", `The emulator cannot set range.${name}.`, 404);
      sheet.setCell(...at, cell);
    })
  );
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
  if (isFeature(target)) return callFeature(workbook, target, name, args) && null;
  if (target.kind === "worksheet" && name === "Delete") {
    if (
      workbook.sheets.filter((s) => s.visibility === "Visible" && s !== target.sheet).length === 0
    ) {
      throw new ExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    }
    workbook.sheets.splice(workbook.sheets.indexOf(target.sheet), 1);
    workbook.activeSheet = Math.min(workbook.activeSheet, workbook.sheets.length - 1);
    return null;
  }
  if (target.kind === "worksheet" && name === "Activate") {
    workbook.activeSheet = workbook.sheets.indexOf(target.sheet);
    return null;
  }
  if (target.kind === "range" && name === "Select") {
    workbook.selection = { sheet: target.sheet.name, area: target.area };
    workbook.activeSheet = workbook.sheets.indexOf(target.sheet);
    return null;
  }
  if (target.kind === "range" && name === "Clear") {
    for (const row of rowsOf(target.area))
      for (const col of colsOf(target.area)) target.sheet.setCell(row, col, undefined);
    return null;
  }
  if (target.kind === "part") {
    callPartMethod(target, name);
    return null;
  }
  // Nothing is calculated but SUM, so there is nothing to hold back.
  if (target.kind === "application" && name === "SuspendApiCalculationUntilNextSync") return null;
  if (target.kind === "range" && name === "Merge") {
    const { sheet, area } = target;
    const across = Boolean(args[0]);
    const parts = across ? rowsOf(area).map((r) => ({ ...area, top: r, bottom: r })) : [area];
    for (const part of parts) {
      if (
        sheet.merges.some(
          (m) =>
            m.top <= part.bottom &&
            m.bottom >= part.top &&
            m.left <= part.right &&
            m.right >= part.left
        )
      ) {
        throw new ExcelError("InvalidOperation", "Cannot merge cells that are already merged.");
      }
      sheet.merges.push(part);
    }
    return null;
  }
  if (target.kind === "range" && name === "Unmerge") {
    const { sheet, area } = target;
    const kept = sheet.merges.filter(
      (m) =>
        m.bottom < area.top || m.top > area.bottom || m.right < area.left || m.left > area.right
    );
    sheet.merges.splice(0, sheet.merges.length, ...kept);
    return null;
  }
  throw new ExcelError(
    "ApiNotFound",
    `The emulator does not provide ${target.kind}.${name}().`,
    404
  );
}
