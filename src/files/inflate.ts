import { inflateRawSync } from "node:zlib";
import type { Inflater } from "../xlsx";

/**
 * node:zlib's inflater for the .xlsx reader: native, so a command reading a few hundred files
 * does not wait for fflate's JavaScript to warm up (bench: the read phase of 200 files), and
 * maxOutputLength stops it at the limit.
 */
export const zlibInflater: Inflater = (data, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
};
