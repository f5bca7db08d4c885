import { ExcelError } from "./errors";

export type Supports = (set: string, version: string) => boolean;

/** "1.10" > "1.9": versions compared part by part. */
export function atLeast(version: string, wanted: string): boolean {
  const [a, b] = [version, wanted].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * The newest ExcelApi set @types/office-js describes (a test keeps this in step): the default
 * host is Microsoft 365 as the add-in's types know it.
 */
export const NEWEST_EXCEL_API = "1.21";

interface Requirement {
  set: string;
  version: string;
}

/**
 * What the Office.js library does not know because it depends on an argument or on setting
 * rather than reading (each from its reference page's remarks). Everything else comes from the
 * library's own metadata.
 */
const BY_ARGUMENT: Record<string, (args: unknown[]) => string | null> = {
  // Worksheet.getUsedRange: "valuesOnly … [Api set: ExcelApi 1.2]".
  "Worksheet.getUsedRange": (args) => (args[0] !== undefined ? "1.2" : null),
  "Range.getUsedRange": (args) => (args[0] !== undefined ? "1.2" : null),
  // Worksheet.visibility: "ExcelApi 1.1 for reading visibility; 1.2 for setting it".
  "Worksheet.visibility=": () => "1.2",
  // Excel.ClearApplyTo: Hyperlinks and RemoveHyperlinks 1.7, ResetContents 1.18.
  "Range.clear": (args) =>
    args[0] === "ResetContents"
      ? "1.18"
      : args[0] === "Hyperlinks" || args[0] === "RemoveHyperlinks"
        ? "1.7"
        : null,
  // CommentCollection.add: mentions (contentType "Mention") came with ExcelApi 1.11.
  "CommentCollection.add": (args) => (args[2] === "Mention" ? "1.11" : null),
};

/** The argument-dependent rules above, as docs/emulator.md's table shows them. */
export const BY_ARGUMENT_NOTES: Record<string, string> = {
  "Worksheet.getUsedRange(valuesOnly)": "ExcelApi 1.2 (with valuesOnly)",
  "Range.getUsedRange(valuesOnly)": "ExcelApi 1.2 (with valuesOnly)",
  "Worksheet.visibility (set)": "ExcelApi 1.2 (reading: 1.1)",
  "Range.clear(applyTo)": "Hyperlinks, RemoveHyperlinks: ExcelApi 1.7; ResetContents: 1.18",
  'CommentCollection.add(…, "Mention")': "ExcelApi 1.11",
};

const CHECK = /\("(\w+)\.(\w+)",\s*(?:"(\w+)"|[\w$]+),\s*"(\d+(?:\.\d+)*)"/g;

/**
 * The requirement set the library itself records for a member: its generated getters and
 * methods call throwIfApiNotSupported("Range.style", "ExcelApi", "1.7"), in the debug and the
 * minified build alike, so the set is read from the function's own text.
 */
export function libraryRequirements(excel: Record<string, unknown>) {
  const cache = new Map<string, Requirement | null>();
  return (className: string, member: string): Requirement | null => {
    const key = `${className}.${member}`;
    if (cache.has(key)) return cache.get(key)!;
    const proto = (excel[className] as { prototype?: object } | undefined)?.prototype;
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, member);
    const fn = descriptor?.get ?? descriptor?.value;
    let found: Requirement | null = null;
    if (typeof fn === "function") {
      for (const m of Function.prototype.toString.call(fn).matchAll(CHECK)) {
        if (m[1] === className && m[2] === member) {
          found = { set: m[3] ?? "ExcelApi", version: m[4] };
          break;
        }
      }
    }
    cache.set(key, found);
    return found;
  };
}

/**
 * Fail a member the host's requirement sets lack, as an older Excel answers: ApiNotFound. The
 * library checks the same metadata on its side before a request is even sent; the host checks
 * loads and arguments too, which the library cannot.
 */
export function memberCheck(supports: Supports, excel: Record<string, unknown>) {
  const known = libraryRequirements(excel);
  return (className: string, member: string, args: unknown[] = [], setting = false) => {
    const needs = [known(className, member)];
    const byArgument = BY_ARGUMENT[`${className}.${member}${setting ? "=" : ""}`]?.(args);
    if (byArgument) needs.push({ set: "ExcelApi", version: byArgument });
    for (const need of needs) {
      if (need && !supports(need.set, need.version)) {
        throw new ExcelError(
          "ApiNotFound",
          `${className}.${member} needs ${need.set} ${need.version}, which this Excel does not support.`,
          404
        );
      }
    }
  };
}
