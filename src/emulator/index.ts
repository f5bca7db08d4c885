import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { attachEmulatedHost, REQUEST_URL_SCRIPT, type EmulatorOptions } from "./attach";
import { browserGlobals } from "./globals";
import { readSheetContents } from "./xlsx";

export { browserGlobals };
export { EmulatedWorkbook } from "./model/workbook";
export { EmulatedSheet } from "./model/sheet";
export type { EmulatedCell, EmulatedComment, EmulatedValue } from "./model/sheet";
export type { SheetContent, CellChange } from "./model/workbook";
export type { EmulatorOptions, EmulatorStats } from "./attach";
export { LATEST_SETS, PAYLOAD_LIMIT } from "./attach";
export { seedFromXlsx, saveAsXlsx, readSheetContents } from "./xlsx";

let librarySource: string | undefined;

/**
 * The genuine Office.js Excel library, loaded in a Node sandbox, talking to an in-memory Excel
 * host. Excel.run, proxies, load/sync rules, requirement checks and errors are the library's own;
 * every sync is one counted request.
 */
export function createEmulatedExcel(options: EmulatorOptions = {}) {
  librarySource ??= readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"),
    "utf8"
  );
  const sandbox = createContext(browserGlobals());
  runInContext(librarySource, sandbox, { filename: "excel-web-16.00.debug.js" });
  runInContext(REQUEST_URL_SCRIPT, sandbox);
  const { workbook, stats, detach } = attachEmulatedHost(sandbox as never, options);
  workbook.parseWorkbook ??= (base64) => readSheetContents(Buffer.from(base64, "base64"));
  return {
    Excel: sandbox.Excel as typeof Excel,
    Office: sandbox.Office as typeof Office,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    workbook,
    stats,
    detach,
  };
}
