import { emulate } from "./support";

/** Worksheet.onChanged (ExcelApi 1.7, excel.worksheet onChanged) through the library's own event plumbing. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 5));
async function until<T>(list: T[], count: number): Promise<T[]> {
  for (let i = 0; i < 100 && list.length < count; i++) await nextTick();
  return list;
}

describe("worksheet change events (Worksheet.onChanged)", () => {
  it("tells the pane which cells changed, from its own writes, another frame and the grid", async () => {
    const pane = emulate({ sheets: ["S", "T"] });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    const id = await pane.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.onChanged.add(async (event) => void seen.push(event));
      sheet.load("id");
      await context.sync();
      return sheet.id;
    });
    await pane.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2:C2").values = [[1, 2]];
      context.workbook.worksheets.getItem("T").getRange("A1").values = [["不听"]];
      await context.sync();
    });
    // The preview's grid and commands frames share the pane's workbook (attach({ workbook })).
    const grid = emulate({ workbook: pane.workbook });
    await grid.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("D4").values = [["格"]];
      await context.sync();
    });
    pane.workbook.typeValues("S", "E5", [["手输"]]);
    await until(seen, 3);
    expect(seen.map((e) => [e.address, e.changeType, e.worksheetId])).toEqual([
      ["B2:C2", "RangeEdited", id],
      ["D4", "RangeEdited", id],
      ["E5", "RangeEdited", id],
    ]);
    const address = await pane.run(async (context) => {
      const range = seen[0].getRange(context);
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("S!B2:C2");
  });

  it("stops telling once the handler is removed", async () => {
    const { Excel, run, workbook } = emulate({ sheets: ["S"] });
    const seen: unknown[] = [];
    const handle = await run(async (context) => {
      const result = context.workbook.worksheets
        .getItem("S")
        .onChanged.add(async (e) => void seen.push(e));
      await context.sync();
      return result;
    });
    workbook.typeValues("S", "A1", [[0]]);
    expect(await until(seen, 1)).toHaveLength(1);
    await Excel.run(handle.context, async (context) => {
      handle.remove();
      await context.sync();
    });
    workbook.typeValues("S", "A1", [[1]]);
    await nextTick();
    await nextTick();
    expect(seen).toHaveLength(1);
  });
});
