import { corrupt, tooLarge, WorkbookError } from "./errors";
import { megabytes, type WorkbookLimits } from "./limits";

/**
 * Inflates raw deflate data, giving up once the output passes `limit` bytes: the bytes, or null
 * when there are more than `limit`; corrupt data throws. fflate's (src/xlsx/fflate.ts) runs
 * anywhere; the Node shell passes node:zlib's, native and without warm-up (src/files/load.ts).
 */
export type Inflater = (data: Uint8Array, limit: number) => Uint8Array | null;

/** UTF-8 bytes to text: TextDecoder's, or fflate's where a browser has none (src/xlsx/fflate.ts). */
export type Utf8Decoder = (bytes: Uint8Array) => string;

/** One file of the package, as the zip's central directory describes it. */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/**
 * A zip package read from its central directory, its parts inflated on demand within limits by
 * an Inflater (fflate's or node:zlib's). The directory is read here because fflate's unzipSync
 * does not expose where each entry's data starts, and it inflates into the size the directory
 * claims, silently cutting (and still decoding) a part that claims less than it holds.
 */
export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: WorkbookLimits,
    private readonly inflate: Inflater,
    /** Parts are UTF-8 (OPC allows UTF-16, which no spreadsheet writes). */
    readonly decode: Utf8Decoder
  ) {
    for (const entry of centralDirectory(bytes, decode))
      this.entries.set(partKey(entry.name), entry);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** A part's text (UTF-8), or null when the package has no such part. */
  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes && this.decode(bytes);
  }

  /** A part's bytes, or null when the package has no such part. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(partKey(name));
    if (!entry) return null;
    const left = this.limits.totalBytes - this.inflated;
    const byPart = this.limits.partBytes <= left;
    const limit = byPart ? this.limits.partBytes : left;
    const over = () => this.overLimit(entry.name, byPart);
    if (entry.size > limit) throw over();
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      if (data.length > limit) throw over();
      this.inflated += data.length;
      return data;
    }
    // The directory states each part's size (zip writers record it there even when they stream
    // and leave the local header blank); a part that inflates past it is damaged or a bomb, and is
    // stopped right there. The limit was checked against the same size above.
    const stated = entry.size;
    let bytes: Uint8Array | null;
    try {
      bytes = this.inflate(data, stated);
    } catch (error) {
      throw corrupt(
        `${entry.name} 的压缩数据无法解压`,
        `the compressed data of ${entry.name} cannot be inflated (${String(error)})`
      );
    }
    if (bytes === null || bytes.length > stated) throw biggerThanStated(entry.name);
    this.inflated += bytes.length;
    return bytes;
  }

  private overLimit(name: string, byPart: boolean): WorkbookError {
    const { partBytes, totalBytes } = this.limits;
    return byPart
      ? tooLarge(
          `${name} 解压后超过 ${megabytes(partBytes)}`,
          `${name} unpacks to more than ${megabytes(partBytes)}`
        )
      : tooLarge(
          `工作簿解压后共超过 ${megabytes(totalBytes)}`,
          `the workbook unpacks to more than ${megabytes(totalBytes)} in all`
        );
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const { bytes } = this;
    if (entry.flags & 1 || entry.method === 99) throw new WorkbookError("encrypted");
    if (entry.method !== 0 && entry.method !== 8)
      throw corrupt(
        `${entry.name} 使用了不支持的压缩方式 ${entry.method}`,
        `${entry.name} uses the unsupported compression method ${entry.method}`
      );
    const at = entry.headerOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) throw damaged(entry.name);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged(entry.name);
    return bytes.subarray(start, end);
  }
}

/** OPC part names are case-insensitive, and some writers give them a leading slash. */
const partKey = (name: string) =>
  (name.charCodeAt(0) === 47 ? name.replace(/^\/+/, "") : name).toLowerCase();

const biggerThanStated = (name: string) =>
  corrupt(
    `${name} 解压后比压缩包目录所记的大（文件已损坏或被篡改）`,
    `${name} unpacks to more than the zip directory states (the file is damaged or tampered with)`
  );

const damaged = (name: string) =>
  corrupt(`压缩包中的 ${name} 不完整`, `${name} is incomplete in the package`);

/** The end-of-central-directory record: within the last 64 KiB (its comment's longest). */
function findEnd(bytes: Uint8Array): number {
  const last = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= last; at--) if (u32(bytes, at) === EOCD) return at;
  throw corrupt(
    "找不到压缩包目录（文件可能被截断）",
    "no zip directory (the file may be truncated)"
  );
}

/** Code page 437 names read as Latin-1: part names are ASCII. One call for a usual name. */
function latin1(bytes: Uint8Array): string {
  // apply takes any array-like: the bytes are the char codes
  if (bytes.length <= 1024) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function centralDirectory(bytes: Uint8Array, decode: Utf8Decoder): ZipEntry[] {
  const end = findEnd(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (
    (count === 0xffff || offset === MAX_U32) &&
    end >= 20 &&
    u32(bytes, end - 20) === ZIP64_LOCATOR
  ) {
    const at = u64(bytes, end - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_EOCD) throw badDirectory();
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== CENTRAL) throw badDirectory();
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const next = offset + 46 + nameLength + extraLength + u16(bytes, offset + 32);
    if (next > bytes.length) throw badDirectory();
    const flags = u16(bytes, offset + 8);
    const rawName = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; otherwise code page 437, which part names never need.
      name: flags & 0x800 ? decode(rawName) : latin1(rawName),
      method: u16(bytes, offset + 10),
      flags,
      compressedSize: u32(bytes, offset + 20),
      size: u32(bytes, offset + 24),
      headerOffset: u32(bytes, offset + 42),
    };
    zip64Sizes(
      entry,
      bytes.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength)
    );
    entries.push(entry);
    offset = next;
  }
  return entries;
}

const badDirectory = () => corrupt("压缩包目录损坏", "the zip directory is damaged");

/** Sizes and offsets too large for 32 bits sit in the zip64 extra field, in this order. */
function zip64Sizes(entry: ZipEntry, extra: Uint8Array): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) {
    if (u16(extra, at) !== 0x0001) continue;
    let field = at + 4;
    const take = () => {
      const value = field + 8 <= extra.length ? u64(extra, field) : MAX_U32;
      field += 8;
      return value;
    };
    if (entry.size === MAX_U32) entry.size = take();
    if (entry.compressedSize === MAX_U32) entry.compressedSize = take();
    if (entry.headerOffset === MAX_U32) entry.headerOffset = take();
    return;
  }
}
