import type { GridSnapshot } from "../form/grid";
import { fflateInflater, fflateText } from "./fflate";
import type { WorkbookLimits } from "./limits";
import { readWorkbookWith } from "./workbook";
import type { Inflater } from "./zip";

export { WorkbookError, type WorkbookErrorCode } from "./errors";
export {
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  overLimit,
  ReadBudget,
  type LimitName,
  type WorkbookLimits,
} from "./limits";
export { fflateInflater } from "./fflate";
export type { Inflater, Utf8Decoder } from "./zip";
export {
  readWorkbookKeepingText,
  readWorkbookWith,
  type WorkbookReadOptions,
  type WorkbookText,
} from "./workbook";

/** Limits other than the defaults, and the inflater to use (fflate's unless a shell has a faster one). */
export type ReadOptions = Partial<WorkbookLimits> & { inflate?: Inflater };

/**
 * An .xlsx file's bytes → one grid snapshot a worksheet, in the workbook's order: values as the
 * person sees them (docs/xlsx-reader.md), merged areas, and formulas saved without a result.
 * Throws a WorkbookError, saying why in Chinese and English, for anything that is not a readable
 * workbook within the limits. No Node API: the task pane reads a picked file with the same code.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): GridSnapshot[] {
  return readWorkbookWith(bytes, {
    ...options,
    inflate: options.inflate ?? fflateInflater,
    decode: fflateText,
  });
}
