/**
 * The floor's unzip: the parts a form needs (the package and workbook relationships, the workbook,
 * shared strings, styles and every worksheet), found in the zip's central directory and inflated
 * with node:zlib (its output buffer sized to the part, as the command line's), nothing checked.
 * Shared by the floor programs (bench/floor/*.ts) so that they differ only in how they walk the XML.
 */
import { inflateRawSync } from "node:zlib";

const NEEDED =
  /^(_rels\/\.rels|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/;

const u16 = (b: Buffer, i: number) => b.readUInt16LE(i);
const u32 = (b: Buffer, i: number) => b.readUInt32LE(i);

/** The UTF-8 text of each needed part of one .xlsx file's bytes. */
export function neededParts(bytes: Buffer): string[] {
  let end = bytes.length - 22;
  while (end > 0 && u32(bytes, end) !== 0x06054b50) end--;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = u16(bytes, at + 28);
    const name = bytes.toString("latin1", at + 46, at + 46 + nameLength);
    if (NEEDED.test(name)) {
      const local = u32(bytes, at + 42);
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      const data = bytes.subarray(start, start + u32(bytes, at + 20));
      // The output buffer sized to the part, as the command line's inflater does
      // (src/files/inflate.ts): zlib's default, 16 KB a call, cost more than the inflating.
      const size = u32(bytes, at + 24);
      const raw =
        u16(bytes, at + 10) === 0
          ? data
          : inflateRawSync(data, { chunkSize: Math.min(Math.max(64, size + 1), 1 << 20) });
      parts.push(raw.toString("utf8"));
    }
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return parts;
}
