import { inflateRawSync } from "node:zlib";
import type { Inflater, Utf8Decoder } from "../xlsx";

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

const decoder = new TextDecoder();

/** Node's own UTF-8 decoding for the reader's parts, as fflate's decoder does where TextDecoder exists. */
export const nodeText: Utf8Decoder = (bytes) => decoder.decode(bytes);
