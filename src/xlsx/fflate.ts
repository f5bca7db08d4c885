import { Inflate, inflateSync, strFromU8 } from "fflate";
import type { Inflater, Utf8Decoder } from "./zip";

/*
 * fflate's inflater and UTF-8 decoder: JavaScript that runs anywhere (the task pane, the preview).
 * The command line passes node:zlib's and TextDecoder instead, and its bundle leaves fflate out.
 */

/**
 * Compressed bytes handed to fflate's streaming inflater at a time: deflate expands at most
 * ~1,032×, so one step overshoots a limit by at most ~17 MB before the check stops it.
 */
const INFLATE_STEP = 16 * 1024;
/** Compressed parts up to this size inflate in one go (at most ~66 MB of decoding, nothing kept). */
const ONE_GO = 64 * 1024;

/** TextDecoder where there is one, else fflate's own decoding. */
export const fflateText: Utf8Decoder = (bytes) => strFromU8(bytes);

/**
 * fflate's inflater. A small part (most of a workbook's) inflates in one go into a buffer of the
 * limit (its stated size) plus one byte: no growing and copying. fflate writes nothing past the
 * buffer and keeps decoding to the end of the input, so a part holding more comes back one byte
 * too long, and the work is bounded by the input's size (ONE_GO). Larger inputs go a step at a time.
 */
export const fflateInflater: Inflater = (data, limit) => {
  if (data.length <= ONE_GO) {
    // Deflate expands at most 1,032 times: more room than that is never needed.
    const room = Math.min(limit, data.length * 1032 + 258);
    const bytes = inflateSync(data, { out: new Uint8Array(room + 1) });
    return bytes.length > limit ? null : bytes;
  }
  return inflateInSteps(data, limit);
};

/** Inflate a step at a time, stopping as soon as the output passes the limit. */
function inflateInSteps(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length && total <= limit; at += INFLATE_STEP) {
    const end = Math.min(at + INFLATE_STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (total > limit) return null;
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
