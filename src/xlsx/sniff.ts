import { WorkbookError } from "./errors";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** A zip's first bytes: a local file header, or the end record of an empty zip. */
export const looksLikeZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * Why bytes that are not a zip are no .xlsx, told from the bytes themselves (never the file's
 * name): empty, an encrypted workbook or an old .xls (both OLE compound files), or another format
 * people save forms in by mistake (PDF, a web page or XML spreadsheet saved as .xls, text).
 */
export function notZipReason(bytes: Uint8Array): WorkbookError {
  if (bytes.length === 0) return new WorkbookError("empty");
  if (startsWith(bytes, CFB_MAGIC)) return compoundFileReason(bytes);
  const head = asciiHead(bytes);
  if (head.startsWith("%PDF")) return otherFormat("PDF 文件", "a PDF file");
  if (head.startsWith("{\\rtf")) return otherFormat("RTF 文档", "an RTF document");
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head))
    return otherFormat("Excel 2003 XML 表格", "an Excel 2003 XML spreadsheet");
  if (/^<(!doctype html|html|table|meta|head|body)|<html/i.test(head))
    return otherFormat("网页 (HTML) 表格", "a web page (HTML) table");
  return new WorkbookError("not-workbook");
}

const otherFormat = (what: string, whatEn: string) =>
  new WorkbookError("other-format", { what, whatEn });

/** The first 2 KB as text, leading BOM and white space removed, for format signatures. */
function asciiHead(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) text += String.fromCharCode(bytes[i]);
  return text
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "")
    .replace(/\0/g, "")
    .trimStart();
}

/**
 * An OLE compound file holds either an encrypted OOXML package (its EncryptionInfo stream) or a
 * binary .xls (its Workbook or Book stream). A stream is named by a 128-byte directory entry: the
 * name in UTF-16LE, then at byte 64 its length in bytes with the terminating zero. Matching the
 * entry answers the question without walking the file's sector chains.
 */
function compoundFileReason(bytes: Uint8Array): WorkbookError {
  if (hasStream(bytes, "EncryptionInfo")) return new WorkbookError("encrypted");
  if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book")) return new WorkbookError("legacy");
  return otherFormat(
    "旧版 Office 文件（不是工作簿）",
    "an old-format Office file that is no workbook"
  );
}

function hasStream(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]).concat([0, 0]);
  const size = pattern.length;
  // Directory entries start at multiples of 128 after the 512-byte header.
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] !== size || bytes[at + 65] !== 0) continue;
    let i = 0;
    while (i < size && bytes[at + i] === pattern[i]) i++;
    if (i === size) return true;
  }
  return false;
}
