import { areaA1, parseArea, sheetRef } from "../form/address";
import type { Area } from "../form/grid";
import { ExcelError } from "./errors";
import { overlaps, type EmulatedSheet, type EmulatedWorkbook } from "./workbook";

/** Worksheet and workbook features beyond cells: panes, properties, comments, names, tables. */
export type FeatureObject =
  | { kind: "freezePanes"; sheet: EmulatedSheet }
  | { kind: "customProperties"; sheet: EmulatedSheet }
  | { kind: "tables"; sheet: EmulatedSheet }
  | { kind: "table"; sheet: EmulatedSheet; name: string }
  | { kind: "names" }
  | { kind: "namedItem"; name: string };

type Sheeted = { sheet: EmulatedSheet };
const sheetOf = (target: FeatureObject) => (target as Sheeted).sheet;
const notFound = (what: string) =>
  new ExcelError("ApiNotFound", `The emulator does not provide ${what}.`, 404);
const invalid = (message: string) => new ExcelError("InvalidArgument", message);

export function navigateFeature(
  workbook: EmulatedWorkbook,
  kind: string,
  parent: object,
  name: string
): FeatureObject {
  const sheet = (parent as Partial<Sheeted>).sheet;
  if (kind === "worksheet" && sheet) {
    if (name === "FreezePanes") return { kind: "freezePanes", sheet };
    if (name === "CustomProperties") return { kind: "customProperties", sheet };
    if (name === "Tables") return { kind: "tables", sheet };
  }
  if (kind === "workbook" && name === "Names") return { kind: "names" };
  throw notFound(`${kind}.${name}`);
}

/** Methods; a method that makes an object returns it for the caller's object path. */
export function callFeature(
  workbook: EmulatedWorkbook,
  target: FeatureObject,
  name: string,
  args: unknown[]
): FeatureObject | null {
  switch (`${target.kind}.${name}`) {
    case "freezePanes.FreezeRows":
      sheetOf(target).frozen = { ...sheetOf(target).frozen, rows: Number(args[0] ?? 1) };
      return null;
    case "freezePanes.FreezeColumns":
      sheetOf(target).frozen = { ...sheetOf(target).frozen, columns: Number(args[0] ?? 1) };
      return null;
    case "freezePanes.FreezeAt": {
      // The range (or address) names the cells that stay in view: the top-left pane.
      const at = args[0];
      const area =
        at && typeof at === "object" && "area" in at
          ? (at as { area: Area }).area
          : parseArea(String(at ?? ""));
      if (!area) throw invalid("The argument is invalid or missing or has an incorrect format.");
      sheetOf(target).frozen = { rows: area.bottom + 1, columns: area.right + 1 };
      return null;
    }
    case "freezePanes.Unfreeze":
      sheetOf(target).frozen = { rows: 0, columns: 0 };
      return null;
    case "customProperties.Add": {
      const key = String(args[0] ?? "");
      if (!key || key.length > 255)
        throw invalid("A custom property key must have 1 to 255 characters.");
      sheetOf(target).customProperties.set(key, String(args[1] ?? ""));
      return null;
    }
    case "names.Add": {
      const itemName = String(args[0] ?? "");
      // Names (NamedItemCollection.add): a letter or _ first, no spaces, not a cell address.
      if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(itemName) || /^[A-Za-z]{1,3}\d+$/.test(itemName)) {
        throw invalid("The name is not valid.");
      }
      if ([...workbook.names.keys()].some((n) => n.toLowerCase() === itemName.toLowerCase())) {
        throw new ExcelError(
          "ItemAlreadyExists",
          "A resource with the same name or identifier already exists."
        );
      }
      workbook.names.set(itemName, referenceFormula(args[1]));
      return { kind: "namedItem", name: itemName };
    }
    case "names.GetItem":
    case "names.GetItemOrNullObject":
    case "names.": {
      const found = [...workbook.names.keys()].find(
        (n) => n.toLowerCase() === String(args[0]).toLowerCase()
      );
      if (found) return { kind: "namedItem", name: found };
      if (name === "GetItemOrNullObject") return null;
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    case "namedItem.Delete":
      workbook.names.delete((target as { name: string }).name);
      workbook.hiddenNames.delete((target as { name: string }).name);
      return null;
    case "tables.Add":
      return addTable(workbook, sheetOf(target), String(args[0]), Boolean(args[1]));
  }
  throw notFound(`${target.kind}.${name}()`);
}

/** A name's reference as Excel keeps it: a Range becomes ='Sheet'!$A$1, text gets its "=". */
function referenceFormula(reference: unknown): string {
  if (reference && typeof reference === "object" && "area" in reference) {
    const { sheet, area } = reference as { sheet: EmulatedSheet; area: Area };
    const absolute = areaA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${sheetRef(sheet.name)}!${absolute}`;
  }
  const text = String(reference ?? "");
  return text.startsWith("=") ? text : `=${text}`;
}

/** Names follow a renamed sheet and break (#REF!) with a deleted one, as Excel's do. */
export function renameInNames(workbook: EmulatedWorkbook, from: string, to: string | null): void {
  const prefixes = [`${sheetRef(from)}!`, `${from}!`];
  for (const [name, formula] of workbook.names) {
    const body = formula.slice(1);
    const prefix = prefixes.find((p) => body.startsWith(p));
    if (prefix)
      workbook.names.set(
        name,
        `=${to === null ? "#REF!" : `${sheetRef(to)}!`}${body.slice(prefix.length)}`
      );
  }
}

/** TableCollection.add: not over merged cells, not over another table (Excel's rules). */
function addTable(
  workbook: EmulatedWorkbook,
  sheet: EmulatedSheet,
  address: string,
  hasHeaders: boolean
): FeatureObject {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const area = parseArea(local);
  if (!area) throw invalid("The argument is invalid or missing or has an incorrect format.");
  const covers = (a: Area) => overlaps(a, area);
  if (sheet.merges.some(covers))
    throw new ExcelError(
      "InvalidOperation",
      "A table can't overlap a range that contains merged cells."
    );
  if (sheet.tables.some((t) => covers(t.area)))
    throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
  const count = workbook.sheets.reduce((n, s) => n + s.tables.length, 0);
  const name = `Table${count + 1}`;
  sheet.tables.push({ name, area, hasHeaders });
  return { kind: "table", sheet, name };
}

export function featureProperty(
  workbook: EmulatedWorkbook,
  target: FeatureObject,
  name: string
): unknown {
  if (target.kind === "namedItem" && name === "name") return target.name;
  if (target.kind === "namedItem" && name === "formula") return workbook.names.get(target.name);
  if (target.kind === "namedItem" && name === "visible")
    return !workbook.hiddenNames.has(target.name);
  if (target.kind === "namedItem" && name === "type") return "Range";
  if (target.kind === "table" && name === "name") return target.name;
  if (target.kind === "customProperties" && name === "items")
    return [...target.sheet.customProperties];
  throw notFound(`${target.kind}.${name}`);
}
