import { createEmulatedExcel } from "../../src/emulator";

/**
 * Conformance for threaded comments through the genuine library
 * (learn.microsoft.com/javascript/api/excel/excel.commentcollection, ExcelApi 1.10).
 */
const { Excel, workbook } = createEmulatedExcel({ sheets: ["表1", "表2"] });

beforeEach(() => {
  workbook.sheets.splice(0, workbook.sheets.length);
  workbook.comments.splice(0, workbook.comments.length);
  workbook.addSheet("表1");
  workbook.addSheet("表2");
});

describe("Excel.CommentCollection (excel.commentcollection)", () => {
  it("adds by address or Range, reads content, location and count, workbook- and sheet-wide", async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("表2");
      context.workbook.comments.add("表1!C6", "请核对");
      sheet.comments.add(sheet.getRange("B2"), "二");
      const all = context.workbook.comments;
      all.load("items/content");
      const onSheet = sheet.comments.getCount();
      const byCell = context.workbook.comments.getItemByCell("表1!C6");
      byCell.load("content");
      const where = byCell.getLocation();
      where.load("address");
      await context.sync();
      return {
        all: all.items.map((c) => c.content),
        // The lint rule mistakes ClientResult.value (read after sync) for an unloaded read.
        // eslint-disable-next-line office-addins/load-object-before-read
        onSheet: onSheet.value,
        byCell: byCell.content,
        where: where.address,
      };
    });
    expect(read).toEqual({ all: ["请核对", "二"], onSheet: 1, byCell: "请核对", where: "表1!C6" });
  });

  it("refuses a multi-cell address with InvalidArgument, and a missing cell's comment with ItemNotFound", async () => {
    const multi = await Excel.run(async (context) => {
      context.workbook.comments.add("表1!A1:B2", "x");
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(multi).toBe("InvalidArgument");
    const missing = await Excel.run(async (context) => {
      context.workbook.comments.getItemByCell("表1!A1").load("content");
      await context.sync();
    }).catch((e: { code: string }) => e.code);
    expect(missing).toBe("ItemNotFound");
  });

  it("adds, lists and deletes replies; deletes a thread; loaded items are addressed again by id", async () => {
    const replies = await Excel.run(async (context) => {
      const comment = context.workbook.comments.add("表1!A1", "问");
      comment.replies.add("答一");
      comment.replies.add("答二");
      await context.sync();
      const loaded = comment.replies;
      loaded.load("items/id, items/content");
      await context.sync();
      loaded.items[0].delete();
      await context.sync();
      loaded.load("items/content");
      await context.sync();
      return loaded.items.map((r) => r.content);
    });
    expect(replies).toEqual(["答二"]);
    await Excel.run(async (context) => {
      const all = context.workbook.comments;
      all.load("items/id");
      await context.sync();
      all.items[0].delete();
      await context.sync();
    });
    expect(workbook.comments).toEqual([]);
  });

  it("keeps a thread on its sheet when the sheet is renamed, and drops it with the sheet", async () => {
    await Excel.run(async (context) => {
      context.workbook.comments.add("表1!A1", "随表");
      context.workbook.worksheets.getItem("表1").name = "改名";
      await context.sync();
    });
    const where = await Excel.run(async (context) => {
      const range = context.workbook.comments.getItemAt(0).getLocation();
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(where).toBe("改名!A1");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("改名").delete();
      await context.sync();
    });
    expect(workbook.comments).toEqual([]);
  });
});
