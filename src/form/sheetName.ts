/**
 * Excel's rules for sheet names: 1–31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, not the reserved "History"; unique in a workbook regardless of case.
 */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

/** A valid sheet name as close to the wanted one as Excel allows (a file name, a copied sheet). */
export function safeSheetName(wanted: string): string {
  const printable = [...wanted].filter((ch) => ch.charCodeAt(0) >= 0x20).join("");
  const name = cut(printable.replace(FORBIDDEN, "_"), MAX)
    .replace(/^'+/, "")
    .replace(/'+$/, "")
    .trim();
  if (!name) return "表";
  return name.toLowerCase() === "history" ? `${name}_` : name;
}

/**
 * A valid name not yet in `taken` (lower-cased names), which it joins: "表", "表 (2)", …, as
 * Excel names a copied sheet.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = safeSheetName(wanted);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${cut(base, MAX - suffix.length).replace(/['\s]+$/, "")}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
