import { deflateSync, strToU8 } from "fflate";

/** One entry of a hand-made zip: its bytes as stored, and what the directory claims about them. */
export interface RawEntry {
  name: string;
  /** The entry's data as it sits in the zip (already deflated when method is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The unpacked size the directory states; the truth when not given. */
  claimedSize?: number;
  flags?: number;
}

/**
 * A zip written byte by byte, so a test can make the directory lie (zip bombs) or set flags no
 * zip library would write. CRCs are left zero: the reader does not check them.
 */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const method = entry.method ?? 8;
    const size = entry.claimedSize ?? entry.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, entry.flags ?? 0x800, true);
    local.setUint16(8, method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, entry.flags ?? 0x800, true);
    header.setUint16(10, method, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A deflate stream that unpacks to `size` zero bytes, built directly (one fixed-Huffman block: a
 * literal 0, then "copy 258 bytes from 1 back" over and over), so a gigabyte costs ~7 MB and a
 * few hundred milliseconds to make instead of deflating a gigabyte.
 */
export function deflatedZeros(size: number): Uint8Array {
  const out: number[] = [];
  let current = 0;
  let used = 0;
  const bit = (b: number) => {
    current |= b << used;
    if (++used === 8) {
      out.push(current);
      current = 0;
      used = 0;
    }
  };
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bit((value >> i) & 1);
  };
  bit(1); // BFINAL
  bit(1); // BTYPE = 01, fixed Huffman, least significant bit first
  bit(0);
  code(0x30, 8); // literal 0
  let left = size - 1;
  for (; left >= 258; left -= 258) {
    code(0xc5, 8); // length 258 (symbol 285)
    code(0, 5); // distance 1
  }
  for (; left > 0; left--) code(0x30, 8);
  code(0, 7); // end of block
  if (used > 0) out.push(current);
  return Uint8Array.from(out);
}

/** A minimal workbook's parts around one sheet part given as raw entry data. */
export function workbookAround(sheet: Omit<RawEntry, "name">, extra: RawEntry[] = []): Uint8Array {
  const text = (name: string, xml: string): RawEntry => ({
    name,
    data: deflateSync(strToU8(xml)),
    claimedSize: strToU8(xml).length,
  });
  const rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return rawZip([
    text(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    text(
      "xl/workbook.xml",
      `<workbook xmlns:r="${rels}"><sheets><sheet name="表" sheetId="1" r:id="s"/></sheets></workbook>`
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    { name: "xl/worksheets/sheet1.xml", ...sheet },
    ...extra,
  ]);
}
