import { runExcel } from "./errors";
import { capabilities } from "./features";
import { unmarkSheets, type Unmarked } from "./unmark";

export type Cleared = Unmarked;

/**
 * Remove every mark of every check, on every sheet, whoever made it (docs/addin.md, "Clear"):
 * what each cell had before shows again because its own fill, comment and prompt were never
 * overwritten, and only what the record lists is removed. Three syncs (one more where Excel cannot
 * load a sheet's conditional formats, office-js #6827, and one where marks made before the record
 * are found).
 */
export async function clearMarks(): Promise<Cleared> {
  return runExcel("clearMarks", async (context) => unmarkSheets(context, null, capabilities()));
}
