import { budgetWatch, type BudgetPair } from "../../bench/budgetAccuracy";
import { sampleRecords, syntheticGrids } from "../../bench/synthetic";
import { createEmulatedExcel } from "../../src/emulator";
import { checkWorkbook, clearMarks } from "../../src/excel";
import { HOSTS, useHost } from "./host";

/**
 * src/excel/requestBudget.ts splits a batch by what its actions are estimated to add, from
 * per-action sizes in src/excel/marks.ts. docs/addin.md ("Sync budget") promises those estimates
 * within 25% of the bytes really sent: far above, a request that would fit is split (a sync
 * more); far below, the 1 MB between the split point and Excel's 5 MB limit is eaten. Each
 * request is compared with what the budgets reserved for it, as the bench does, with the bytes
 * the emulator's Office.js really serialised. Requests under 50 KB are left out: there the
 * request's own frame (the record, the sheets' paths), which no budget sizes, outweighs the
 * actions.
 */
const FORMS = 100;
const LARGE_ENOUGH = 50_000;

const ratio = ({ estimated, measured }: BudgetPair) => Number((estimated / measured).toFixed(3));

describe.each(HOSTS)("the request estimate on $name", ({ requirementSets }) => {
  it("stays within 25% of the bytes sent by a check, a re-check and a clear of 100 forms", async () => {
    const watch = budgetWatch();
    const host = useHost(
      createEmulatedExcel({ sheets: [], requirementSets, onRequest: watch.onRequest })
    );
    for (const grid of syntheticGrids(await sampleRecords(), FORMS)) host.workbook.loadGrid(grid);

    const check = await watch.during(() => checkWorkbook());
    const recheck = await watch.during(() => checkWorkbook());
    const clear = await watch.during(() => clearMarks());
    expect(clear.result.cells).toBe(check.result.marked);

    const operations = { check: check.pairs, "re-check": recheck.pairs, clear: clear.pairs };
    const ratios = Object.entries(operations).flatMap(([operation, pairs]) =>
      pairs
        .filter((pair) => pair.measured >= LARGE_ENOUGH)
        .map((pair) => ({ operation, bytes: pair.measured, ratio: ratio(pair) }))
    );
    // Each operation sends its loads and its writes in requests of this size.
    for (const operation of Object.keys(operations))
      expect(ratios.filter((r) => r.operation === operation).length).toBeGreaterThanOrEqual(2);
    expect(ratios.filter((r) => r.ratio > 1.25 || r.ratio < 0.8)).toEqual([]);
  }, 120_000);
});
