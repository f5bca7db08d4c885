import { inflateRawSync } from "node:zlib";
import type { Inflater, Utf8Decoder } from "../xlsx";

/** The largest output buffer allocated at once; a larger part is inflated into several. */
const MAX_CHUNK = 1024 * 1024;

/**
 * node:zlib's inflater for the .xlsx reader: native, so a command reading a few hundred files
 * does not wait for fflate's JavaScript to warm up (bench: the read phase of 200 files), and
 * maxOutputLength stops it at the limit. Its output buffer is sized to the part (the limit is
 * the size the zip's directory states), one byte more so that a part of exactly that size is
 * done in one pass: zlib's default, a fresh 16 KB buffer for every part, cost more than inflating
 * the few KB a form's parts hold (docs/speed.md).
 */
export const zlibInflater: Inflater = (data, limit) => {
  try {
    return inflateRawSync(data, {
      maxOutputLength: Math.max(1, limit),
      chunkSize: Math.min(Math.max(64, limit + 1), MAX_CHUNK),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
};

const decoder = new TextDecoder();

/** Node's own UTF-8 decoding for the reader's parts, as fflate's decoder does where TextDecoder exists. */
export const nodeText: Utf8Decoder = (bytes) => decoder.decode(bytes);
