import { runExcel } from "./errors";
import { capabilities } from "./features";
import { ourFormats, queueComments, queueFormats, queueRemoveMarks, queueThreads } from "./marks";
import { RequestBudget } from "./requestBudget";

export interface Cleared {
  /** Cells whose marks were removed. */
  cells: number;
  sheets: number;
}

/**
 * Remove every mark of every check, on every sheet, whoever made it (docs/addin.md, "Clear"):
 * what each cell had before shows again because its own fill, comment and prompt were never
 * overwritten. Three syncs: the sheets (and comments), the marks on them, the removal.
 */
export async function clearMarks(): Promise<Cleared> {
  return runExcel("clearMarks", async (context) => {
    const caps = capabilities();
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const comments = caps.comments ? queueComments(context.workbook.comments) : null;
    await context.sync();
    const formats = sheets.items.map((worksheet) => queueFormats(worksheet));
    const loading = new RequestBudget(context);
    const threads = comments
      ? await queueThreads(comments, { withLocation: false, budget: loading })
      : [];
    await context.sync();
    const perSheet = await Promise.all(
      formats.map((collection) => ourFormats(collection, { verifyPrompts: false }))
    );
    const cells = await queueRemoveMarks(perSheet.flat(), threads, new RequestBudget(context));
    await context.sync();
    return { cells, sheets: perSheet.filter((ours) => ours.length > 0).length };
  });
}
