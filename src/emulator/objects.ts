import { areaA1, parseArea } from "../form/address";
import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
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
  | RangePart;

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
  throw new ExcelError("ApiNotFound", `The emulator does not provide ${parent.kind}.${name}.`, 404);
}

/** Excel quotes a sheet name in an address only when it must: spaces, punctuation, a leading digit. */
const quoted = (name: string) =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
const addressOf = (sheet: EmulatedSheet, area: Area) => `${quoted(sheet.name)}!${areaA1(area)}`;

/** The value of one loaded property, PascalCase as Excel answers. */
export function property(target: HostObject, name: string): unknown {
  if (target.kind === "part") return partProperty(target, name);
  if (target.kind === "worksheet") {
    if (name === "name") return target.sheet.name;
    if (name === "id") return `{${target.sheet.name}}`;
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

export function setProperty(target: HostObject, name: string, value: unknown): void {
  if (target.kind === "worksheet" && name === "Name") {
    target.sheet.name = String(value);
    return;
  }
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

export function callMethod(target: HostObject, name: string, args: unknown[]): unknown {
  if (name === "_KeepReference") return null;
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
