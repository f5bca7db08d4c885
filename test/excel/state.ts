/**
 * Everything an emulated workbook holds, as plain sorted data, so that "the workbook is exactly
 * as it was" is one deep equality: cells with every format and validation property, merges,
 * widths, comments, conditional formats, names, whatever the emulator keeps. Generic on purpose:
 * a new kind of state in the emulator is compared without touching this.
 */
export function workbookState(value: unknown, skip = new Set(["parseWorkbook"])): unknown {
  if (value instanceof Map)
    return [...value.entries()]
      .map(([k, v]) => [String(k), workbookState(v, skip)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (value instanceof Set) return [...value].map((v) => workbookState(v, skip)).sort();
  if (Array.isArray(value)) return value.map((v) => workbookState(v, skip));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (!skip.has(key) && typeof v !== "function") out[key] = workbookState(v, skip);
    }
    return out;
  }
  return value;
}
