import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

/** The text of one part of an .xlsx (its XML), to check what ExcelJS cannot read back. */
export function xlsxPart(path: string, part: string): string {
  const files = unzipSync(readFileSync(path), { filter: (file) => file.name === part });
  const bytes = files[part];
  if (!bytes) throw new Error(`${path} has no part ${part}`);
  return strFromU8(bytes);
}

/** The part's text, or "" when the .xlsx has no such part. */
export function xlsxPartOrEmpty(path: string, part: string): string {
  try {
    return xlsxPart(path, part);
  } catch {
    return "";
  }
}
