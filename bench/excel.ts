/**
 * What each add-in operation costs inside Excel, counted by the emulator (syncs, requests,
 * actions, bytes on the wire), at 1, 10, 100 and 500 forms (one form a sheet, as units keep
 * them), beside a naive version that syncs once per sheet. Counts, not times: they are exact
 * and do not depend on the machine. See docs/addin.md, "Sync budget".
 */
import { createEmulatedExcel, type EmulatorStats } from "../src/emulator";
import {
  applyFixes,
  checkWorkbook,
  clearMarks,
  insertTemplate,
  mergeIntoSummary,
} from "../src/excel";
import { formPlan, gridFromPlan } from "../src/form";
import type { FormRecord } from "../src/form/record";
import { budgetWatch, estimateOverMeasured } from "./budgetAccuracy";
import { syntheticRecord } from "./synthetic";

type Host = ReturnType<typeof createEmulatedExcel>;
type Counts = Omit<EmulatorStats, never>;

function install(host: Host) {
  Object.assign(globalThis, {
    Excel: host.Excel,
    Office: host.Office,
    OfficeExtension: host.OfficeExtension,
  });
}

function workbookOf(seeds: FormRecord[], forms: number, onRequest?: (bytes: number) => void): Host {
  const host = createEmulatedExcel({ sheets: [], onRequest });
  for (let i = 0; i < forms; i++) {
    const grid = gridFromPlan(formPlan(syntheticRecord(seeds, i), { sheet: `项目${i + 1}` }));
    const sheet = host.workbook.addSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.setCell(r, c, { value });
      })
    );
    sheet.merges.push(...grid.merges);
  }
  // A fixable value on every form, so applyFixes has work in proportion.
  for (const sheet of host.workbook.sheets) sheet.setCell(11, 4, { value: ">=3次" });
  install(host);
  return host;
}

async function counted(host: Host, run: () => Promise<unknown>): Promise<Counts> {
  host.stats.largestRequestBytes = 0;
  host.stats.largestResponseBytes = 0;
  const before = { ...host.stats };
  await run();
  const after = host.stats;
  return {
    syncs: after.syncs - before.syncs,
    requests: after.requests - before.requests,
    actions: after.actions - before.actions,
    requestBytes: after.requestBytes - before.requestBytes,
    responseBytes: after.responseBytes - before.responseBytes,
    largestRequestBytes: after.largestRequestBytes,
    largestResponseBytes: after.largestResponseBytes,
  };
}

/** The shape of code this project forbids: read and mark each sheet in its own round trips. */
async function naiveCheck(): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const sheet of sheets.items) {
      const used = sheet.getUsedRange(true);
      used.load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the baseline to beat
      await context.sync();
      sheet.getRange("A1").format.fill.color = "#FFC7CE";
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the baseline to beat
      await context.sync();
    }
  });
}

export async function excelOperationCounts(seeds: FormRecord[], sizes = [1, 10, 100, 500]) {
  const rows = [];
  const failures: { forms: number; error: string }[] = [];
  for (const forms of sizes) {
    try {
      rows.push(await countsAt(seeds, forms));
    } catch (error) {
      const detail = (error as { detail?: string }).detail ?? String(error);
      failures.push({ forms, error: detail });
      console.error(`excel, ${forms} forms: failed: ${detail}`);
    }
  }
  return summarise(rows, failures);
}

async function countsAt(seeds: FormRecord[], forms: number) {
  const watch = budgetWatch();
  const host = workbookOf(seeds, forms, watch.onRequest);
  const check = await counted(host, () => checkWorkbook());
  const { result: recheck, pairs: recheckPairs } = await watch.during(() => checkWorkbook());
  const fixes = recheck.report.files[0].forms.flatMap((f) => f.findings).filter((f) => f.fix);
  let clearPairs: { estimated: number; measured: number }[] = [];
  const clear = await counted(host, async () => {
    clearPairs = (await watch.during(() => clearMarks())).pairs;
  });
  const fix = await counted(host, () => applyFixes(fixes));
  const merge = await counted(host, () => mergeIntoSummary());
  const insert = await counted(host, () => insertTemplate({ year: 2024 }));
  const naive = await counted(workbookOf(seeds, forms), naiveCheck);
  const row = {
    forms,
    insertTemplate: insert,
    checkWorkbook: check,
    clearMarks: clear,
    applyFixes: { ...fix, fixes: fixes.length },
    mergeIntoSummary: merge,
    naiveCheck: naive,
    naiveSyncsOverCheck: naive.syncs / check.syncs,
    budgetEstimateOverMeasured: estimateOverMeasured(clearPairs),
    recheckBudgetEstimateOverMeasured: estimateOverMeasured(recheckPairs),
  };
  console.error(
    `excel, ${forms} forms: check ${check.syncs} syncs (naive ${naive.syncs}), ` +
      `largest request ${(check.largestRequestBytes / 1e6).toFixed(2)} MB, ` +
      `merge ${merge.syncs} syncs, largest response ${(merge.largestResponseBytes / 1e6).toFixed(2)} MB`
  );
  return row;
}

type Row = Awaited<ReturnType<typeof countsAt>>;

function summarise(rows: Row[], failures: { forms: number; error: string }[]) {
  const limit = 5 * 1024 * 1024;
  const worst = Math.max(
    ...rows.flatMap((r) =>
      [r.checkWorkbook, r.clearMarks, r.applyFixes, r.mergeIntoSummary].map((c) =>
        Math.max(c.largestRequestBytes, c.largestResponseBytes)
      )
    )
  );
  return {
    rows,
    failures,
    budget: {
      insertTemplate: 2,
      checkWorkbook: 4,
      clearMarks: 3,
      mergeIntoSummary: 4,
      applyFixes: 2,
    },
    withinBudget:
      failures.length === 0 &&
      rows.every(
        (r) =>
          r.insertTemplate.syncs <= 2 &&
          r.checkWorkbook.syncs <= 4 &&
          r.clearMarks.syncs <= 3 &&
          r.mergeIntoSummary.syncs <= 4 &&
          r.applyFixes.syncs <= 2
      ),
    largestPayloadBytes: worst,
    payloadLimitBytes: limit,
    withinPayloadLimit: worst < limit,
  };
}
