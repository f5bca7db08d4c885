import { createEmulatedExcel } from "../../src/emulator";
import { sampleGrid } from "../support/sampleGrid";
import { seedGrid } from "./workbook";

/** The Excel versions every operation is tested at: Excel 2019, the 1.13 hosts, the newest. */
export const HOSTS = [
  { name: "Excel 2019 (ExcelApi 1.8)", requirementSets: { ExcelApi: "1.8" } },
  { name: "ExcelApi 1.13", requirementSets: { ExcelApi: "1.13" } },
  { name: "the newest Excel", requirementSets: undefined },
] as const;

export type Host = ReturnType<typeof createEmulatedExcel>;

/**
 * A fresh emulated Excel installed as the globals the add-in uses (as Office.js would in a
 * task pane): src/excel calls the global Excel and Office, like the Office add-in template.
 */
export function installHost(
  requirementSets?: Record<string, string>,
  sheets: string[] = ["Sheet1"]
): Host {
  return useHost(createEmulatedExcel({ sheets, requirementSets }));
}

const HOST_GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;
let current: Host | undefined;

/**
 * Make an emulated Excel the one the add-in's globals talk to (a colleague's session, a test's own
 * host). The globals are getters installed once, and a new host only changes what they return:
 * jest keeps every value a global of a test file ever held until the file ends (its environment's
 * GlobalProxy "leftovers"), so assigning each host's Office.js to the globals kept every emulated
 * workbook of a file alive, about 2 MB a host: 10,000 fuzzed imports ran out of memory.
 */
export function useHost(host: Host): Host {
  current = host;
  for (const name of HOST_GLOBALS) {
    if (Object.getOwnPropertyDescriptor(globalThis, name)?.get) continue;
    Object.defineProperty(globalThis, name, { configurable: true, get: () => current?.[name] });
  }
  return host;
}

/** Syncs an operation made: the emulator's count before and after. */
export async function countSyncs<T>(host: Host, run: () => Promise<T>) {
  const before = { ...host.stats };
  const result = await run();
  return {
    result,
    syncs: host.stats.syncs - before.syncs,
    requests: host.stats.requests - before.requests,
    bytes: host.stats.requestBytes - before.requestBytes,
  };
}

/**
 * The sample's five forms on one sheet, "sample", on an emulated Excel of these requirement sets,
 * installed for the test; `cellValuePairLoadsFail` as Excel does with two cell-value rules on one
 * range (office-js #6827).
 */
export function sampleHostOf(
  requirementSets?: Record<string, string>,
  cellValuePairLoadsFail = false
): Host {
  const host = useHost(
    createEmulatedExcel({ sheets: ["sample"], requirementSets, cellValuePairLoadsFail })
  );
  seedGrid(host.workbook, sampleGrid());
  return host;
}
