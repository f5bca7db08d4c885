import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import ExcelJS from "exceljs";
import { gridOfWorksheet } from "../files/xlsxRead";
import { attachEmulatedHost, REQUEST_URL_SCRIPT, type EmulatorOptions } from "./attach";
import { browserGlobals } from "./globals";

export { browserGlobals };

export { EmulatedWorkbook, EmulatedSheet } from "./workbook";
export type { EmulatorOptions, EmulatorStats } from "./attach";
export { seedFromXlsx, saveAsXlsx } from "./xlsx";

let librarySource: string | undefined;

/**
 * The genuine Office.js Excel library, loaded in a Node sandbox, talking to an in-memory Excel
 * host. Excel.run, proxies, load/sync rules and errors are the library's own; every sync is one
 * counted request.
 */
export function createEmulatedExcel(options: EmulatorOptions = {}) {
  librarySource ??= readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"),
    "utf8"
  );
  const sandbox = createContext(browserGlobals());
  runInContext(librarySource, sandbox, { filename: "excel-web-16.00.debug.js" });
  runInContext(REQUEST_URL_SCRIPT, sandbox);
  const { workbook, stats } = attachEmulatedHost(sandbox as never, options);
  workbook.parseWorkbook = async (base64) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    return book.worksheets.map(gridOfWorksheet);
  };
  return {
    Excel: sandbox.Excel as typeof Excel,
    Office: sandbox.Office as typeof Office,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    workbook,
    stats,
  };
}
