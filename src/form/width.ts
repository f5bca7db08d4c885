/** Full-width ASCII forms (！ U+FF01 … ～ U+FF5E) sit 0xFEE0 above their ASCII twins. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;

const toAscii = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII forms (（）：０-９Ａ-Ｚ) to their half-width twins; U+3000 to a space. */
export function toHalfWidth(text: string): string {
  // Most texts hold none: one test is cheaper than two replacements.
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, toAscii).replace(/\u3000/g, " ");
}

/**
 * The same folding for some characters only, where the others must stay as written: `chars` is a
 * global character class of full-width forms, such as /[０-９．％]/g.
 */
export function toHalfWidthOnly(text: string, chars: RegExp): string {
  return text.replace(chars, toAscii);
}
