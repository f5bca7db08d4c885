import { createEmulatedExcel } from "../../src/emulator";

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

/** Make an emulated Excel the one the add-in's globals talk to (a colleague's session, a test's own host). */
export function useHost(host: Host): Host {
  Object.assign(globalThis, {
    Excel: host.Excel,
    Office: host.Office,
    OfficeExtension: host.OfficeExtension,
  });
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
