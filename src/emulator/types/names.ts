import { invalidArgument, invalidOperation, itemExists, itemNotFound } from "../errors";
import { sheetRef } from "../../form/address";
import { absoluteText, parseLocal, splitSheet } from "../model/address";
import type { EmulatedName, EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook } from "../model/workbook";
import type { Host, HostObject, HostType, ObjectOf } from "./objects";
import { rangeOf } from "./range";

type Names = ObjectOf<"names">;
type Named = ObjectOf<"namedItem">;

const listOf = (workbook: EmulatedWorkbook, sheet?: EmulatedSheet) =>
  sheet ? sheet.names : workbook.names;
const item = (sheet: EmulatedSheet | undefined, name: string): Named => ({
  kind: "namedItem",
  sheet,
  name,
});

function entry(host: Host, named: Named): EmulatedName {
  const found = listOf(host.workbook, named.sheet).get(named.name);
  if (!found) throw itemNotFound();
  return found;
}

/** The name's formula as Excel shows it; a deleted sheet leaves #REF!. */
function formulaOf(workbook: EmulatedWorkbook, name: EmulatedName): string {
  const ref = name.reference;
  if ("formula" in ref) return ref.formula;
  const sheet = workbook.sheets.includes(ref.sheet) ? `${sheetRef(ref.sheet.name)}!` : "#REF!";
  return `=${sheet}${absoluteText(ref.area)}`;
}

/**
 * Names (NamedItemCollection.add): a letter, "_" or "\\" first, no spaces, at most 255
 * characters, not a cell reference ("A1", "R1C1") and not taken, in any case.
 */
function checkName(list: Map<string, EmulatedName>, name: string): void {
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R\d*C?\d*|C\d*)$/i.test(name);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) || looksLikeCell || name.length > 255)
    throw invalidArgument();
  if ([...list.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw itemExists();
}

/** A reference given as a Range, or as text that names a range ("=Sheet1!$A$1"), or any formula. */
function referenceOf(workbook: EmulatedWorkbook, reference: unknown): EmulatedName["reference"] {
  const target = reference as HostObject;
  if (target && typeof target === "object" && target.kind === "range")
    return { sheet: target.sheet, area: target.area };
  const text = String(reference ?? "");
  const { sheet: name, local } = splitSheet(text.replace(/^=/, ""));
  const sheet = name === undefined ? undefined : workbook.sheet(name);
  const area = parseLocal(local);
  if (sheet && area) return { sheet, area };
  return { formula: text.startsWith("=") ? text : `=${text}` };
}

function find(host: Host, c: Names, key: unknown): Named | null {
  const found = [...listOf(host.workbook, c.sheet).keys()].find(
    (n) => n.toLowerCase() === String(key).toLowerCase()
  );
  return found ? item(c.sheet, found) : null;
}

function add(host: Host, c: Names, name: unknown, reference: unknown, comment: unknown): Named {
  const list = listOf(host.workbook, c.sheet);
  checkName(list, String(name ?? ""));
  list.set(String(name), {
    name: String(name),
    reference: referenceOf(host.workbook, reference),
    visible: true,
    comment: String(comment ?? ""),
  });
  return item(c.sheet, String(name));
}

function rangeOfName(host: Host, named: Named): HostObject | null {
  const ref = entry(host, named).reference;
  if ("formula" in ref || !host.workbook.sheets.includes(ref.sheet)) return null;
  return rangeOf(ref.sheet, ref.area);
}

export const nameTypes = {
  names: {
    className: "NamedItemCollection",
    items: (c, host) => [...listOf(host.workbook, c.sheet).keys()].map((n) => item(c.sheet, n)),
    methods: {
      add: (c, [name, reference, comment], host) => add(host, c, name, reference, comment),
      addFormulaLocal: (c, [name, formula, comment], host) => add(host, c, name, formula, comment),
      getItem: (c, [key], host) => find(host, c, key) ?? notFound(),
      getItemOrNullObject: (c, [key], host) => find(host, c, key),
      getCount: (c, _a, host) => listOf(host.workbook, c.sheet).size,
    },
  } satisfies HostType<Names>,

  namedItem: {
    className: "NamedItem",
    id: (n) => n.name,
    get: {
      name: (n) => n.name,
      formula: (n, host) => formulaOf(host.workbook, entry(host, n)),
      value: (n, host) => formulaOf(host.workbook, entry(host, n)).replace(/^=/, ""),
      type: (n, host) => ("formula" in entry(host, n).reference ? "String" : "Range"),
      visible: (n, host) => entry(host, n).visible,
      comment: (n, host) => entry(host, n).comment,
      scope: (n) => (n.sheet ? "Worksheet" : "Workbook"),
    },
    set: {
      visible: (n, value, host) => void (entry(host, n).visible = Boolean(value)),
      comment: (n, value, host) => void (entry(host, n).comment = String(value ?? "")),
      formula: (n, value, host) =>
        void (entry(host, n).reference = referenceOf(host.workbook, value)),
    },
    nav: {
      worksheet: (n) => (n.sheet ? { kind: "worksheet", sheet: n.sheet } : notFound()),
      worksheetOrNullObject: (n) => (n.sheet ? { kind: "worksheet", sheet: n.sheet } : null),
    },
    methods: {
      delete: (n, _a, host) => void listOf(host.workbook, n.sheet).delete(entry(host, n).name),
      getRange: (n, _a, host) =>
        rangeOfName(host, n) ?? fail(() => invalidOperation("The name does not refer to a range.")),
      getRangeOrNullObject: (n, _a, host) => rangeOfName(host, n),
    },
  } satisfies HostType<Named>,
};

function fail(error: () => Error): never {
  throw error();
}
function notFound(): never {
  throw itemNotFound();
}
