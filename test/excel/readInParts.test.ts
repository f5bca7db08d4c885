import { readInParts } from "../../src/excel/readInParts";
import { RequestBudget, SPLIT_AT_BYTES, textBytes } from "../../src/excel/requestBudget";
import { createEmulatedExcel } from "../../src/emulator";
import { countSyncs, useHost } from "./host";

/*
 * Excel's request limits in small pieces (docs/addin.md, "Sync budget"): a read refused as too big
 * is asked again in halves, down to one item; a batch of writes is sent before it would pass the
 * split point, and only then.
 */
const SHEETS = ["一", "二", "三"];

/** Three sheets of about 6 KB of text each, behind a response limit that lets one through at a time. */
function threeSheets(responseLimit: number | null) {
  const host = useHost(
    createEmulatedExcel({
      sheets: SHEETS,
      payloadLimit: { request: null, response: responseLimit },
    })
  );
  for (const sheet of SHEETS)
    host.workbook.setValues(sheet, "A1", [[`${sheet}:${"文".repeat(2000)}`]]);
  return host;
}

async function readAll(names: string[]) {
  let alongside = 0;
  const values = await Excel.run(async (context) => {
    const title = context.workbook.worksheets.getItem(SHEETS[0]);
    const read = await readInParts(
      context,
      names,
      (name) => context.workbook.worksheets.getItem(name).getRange("A1").load("values"),
      () => {
        alongside++;
        title.load("name");
      }
    );
    // What goes alongside is loaded with the last request, whichever it was (readInParts synced).
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    expect(title.name).toBe(SHEETS[0]);
    return read.map((range) => String(range.values[0][0]).slice(0, 2));
  });
  return { values, alongside };
}

it("reads three sheets in one request when the answer fits", async () => {
  const host = threeSheets(null);
  const { result, syncs } = await countSyncs(host, () => readAll(SHEETS));
  expect(result).toEqual({ values: ["一:", "二:", "三:"], alongside: 1 });
  expect(syncs).toBe(1);
});

it("halves a refused read down to single sheets, keeping their order", async () => {
  const host = threeSheets(8_000);
  const { result, syncs } = await countSyncs(host, () => readAll(SHEETS));
  expect(result.values).toEqual(["一:", "二:", "三:"]);
  // Three refused; its halves: two (refused: one, one) and one.
  expect(syncs).toBe(5);
  expect(result.alongside).toBe(5);
});

it("gives up on one sheet too big alone, and never retries another failure", async () => {
  const tooBig = threeSheets(1_000);
  await expect(readAll(SHEETS.slice(0, 1))).rejects.toMatchObject({
    code: "ResponsePayloadSizeLimitExceeded",
  });
  expect(tooBig.stats.syncs).toBe(1);
  const host = threeSheets(null);
  const { result, syncs } = await countSyncs(host, () =>
    readAll(["一", "已删除"]).catch((e: { code?: string }) => e.code)
  );
  expect(result).toBe("ItemNotFound");
  expect(syncs).toBe(1);
});

it("sends what is queued before a reservation would pass the split point, and only then", async () => {
  const host = threeSheets(null);
  const observed: RequestBudget[] = [];
  RequestBudget.observed = observed;
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("一");
      const start = host.stats.syncs;
      const syncs = () => host.stats.syncs - start;
      // Nothing reserved waits: even a reservation over the split point sends nothing yet.
      const first = new RequestBudget(context);
      sheet.getRange("B3").values = [["c"]];
      await first.reserve(SPLIT_AT_BYTES + 1);
      expect(syncs()).toBe(0);
      await context.sync();
      const budget = new RequestBudget(context);
      expect(observed).toEqual([first, budget]);
      await budget.reserve(SPLIT_AT_BYTES - 10);
      sheet.getRange("B1").values = [["a"]];
      await budget.reserve(10);
      expect([syncs(), budget.reserved]).toEqual([1, SPLIT_AT_BYTES]);
      await budget.reserve(1);
      sheet.getRange("B2").values = [["b"]];
      expect([syncs(), budget.reserved]).toEqual([2, 1]);
      expect(host.workbook.values("一", "B1")).toEqual([["a"]]);
      await budget.reserve(SPLIT_AT_BYTES);
      expect([syncs(), budget.reserved]).toEqual([3, SPLIT_AT_BYTES]);
      expect(budget.estimatedTotal).toBe(2 * SPLIT_AT_BYTES + 1);
      await context.sync();
    });
  } finally {
    RequestBudget.observed = null;
  }
  expect(host.workbook.values("一", "B2:B3")).toEqual([["b"], ["c"]]);
  // A budget made while nobody observes is listed nowhere.
  await Excel.run(async (context) => void new RequestBudget(context));
  expect(observed).toHaveLength(2);
});

it("counts a text's bytes as sent: UTF-8, with its quotes and escapes", () => {
  expect(textBytes("中")).toBe(5);
  expect(textBytes('a"b')).toBe(6);
  expect(textBytes("")).toBe(2);
});
