import { decimalFromCell } from "./decimal";
import type { CellValue } from "./grid";
import { memoize } from "./memo";
import { toHalfWidth } from "./width";

const NEEDS_NORMALISING = /[\s\u00a0\u200b\u3000\uff01-\uff5e:]/;

/**
 * The comparable form of a label: no white space at all (labels are often spaced out as
 * 项 目 名 称), half-width brackets and colons, and no trailing colon (年度资金总额:).
 */
export function normalizeLabel(text: string): string {
  // Most cells need no change; one test is cheaper than three replacements.
  if (!NEEDS_NORMALISING.test(text)) return text;
  // Labels recur on every form of a batch; long texts (goals, names) seldom do.
  return text.length <= MEMO_LENGTH ? normalizeShort(text) : normalize(text);
}

const MEMO_LENGTH = 40;

function normalize(text: string): string {
  const squeezed = toHalfWidth(text).replace(/[\s\u00a0\u200b]+/g, "");
  let end = squeezed.length;
  while (end > 0 && squeezed.charCodeAt(end - 1) === COLON) end--;
  return end === squeezed.length ? squeezed : squeezed.slice(0, end);
}

const COLON = 0x3a;
const normalizeShort = memoize(normalize);

/** A cell as trimmed text; numbers exactly as Excel shows the stored value. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return decimalFromCell(value) ?? String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.trim();
}
