/**
 * The length of a text in UTF-8 bytes, as TextEncoder counts it (a lone surrogate becomes U+FFFD,
 * three bytes), without TextEncoder: Excel 2019's EdgeHTML 18 has none, and the add-in sizes its
 * requests to Excel with this (docs/addin.md, "Sync budget").
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
