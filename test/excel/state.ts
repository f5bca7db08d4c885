import { EmulatedSheet } from "../../src/emulator";

/**
 * Everything an emulated workbook holds, as plain sorted data, so that "the workbook is exactly
 * as it was" is one deep equality: cells with every format and validation property, merges,
 * widths, comments, conditional formats, names, whatever the emulator keeps. Generic on purpose:
 * a new kind of state in the emulator is compared without touching this. A sheet anywhere but in
 * the workbook's list of sheets (a comment's, a name's) is written as a reference by its name, and
 * so is any other object met again inside itself.
 */
export function workbookState(
  value: unknown,
  skip = new Set(["parseWorkbook"]),
  path: object[] = []
): unknown {
  if (value instanceof EmulatedSheet && path.length !== 2) return `sheet ${value.name}`;
  if (value && typeof value === "object" && path.includes(value)) {
    const name = (value as { name?: unknown }).name;
    return `↻ ${typeof name === "string" ? name : "(cycle)"}`;
  }
  const inner = value && typeof value === "object" ? [...path, value] : path;
  const walk = (v: unknown) => workbookState(v, skip, inner);
  if (value instanceof Map)
    return [...value.entries()]
      .map(([k, v]) => [String(k), walk(v)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (value instanceof Set) return [...value].map(walk).sort();
  if (Array.isArray(value)) return value.map(walk);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (!skip.has(key) && typeof v !== "function") out[key] = walk(v);
    }
    return out;
  }
  return value;
}
