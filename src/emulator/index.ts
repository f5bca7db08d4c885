import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import { answerBatch, type RequestBody } from "./host";
import { EmulatedWorkbook } from "./workbook";

export { EmulatedWorkbook, EmulatedSheet } from "./workbook";

export interface EmulatorOptions {
  /** Sheets the workbook starts with. */
  sheets?: string[];
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" } for Excel 2019; unlisted sets are unsupported. */
  requirementSets?: Record<string, string>;
}

export interface EmulatorStats {
  /** One per context.sync() that had anything to send. */
  requests: number;
  actions: number;
  requestBytes: number;
}

const LATEST = { ExcelApi: "1.17" };

/** "1.10" > "1.9": compare versions part by part. */
function atLeast(version: string, wanted: string): boolean {
  const [a, b] = [version, wanted].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** The browser globals the library touches while it loads, and no more. */
function browserGlobals(): Record<string, unknown> {
  const storage = { getItem: () => null, setItem() {}, removeItem() {} };
  const globals: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "perf-targets-emulator" },
    document: {
      getElementById: () => null,
      getElementsByTagName: () => [],
      addEventListener() {},
      readyState: "complete",
      cookie: "",
    },
    location: {
      href: "https://emulator.local/",
      search: "",
      hash: "",
      protocol: "https:",
      host: "emulator.local",
      hostname: "emulator.local",
    },
    addEventListener() {},
    removeEventListener() {},
    localStorage: storage,
    sessionStorage: storage,
  };
  globals.window = globals;
  globals.self = globals;
  return globals;
}

/**
 * The genuine Office.js Excel library, loaded in a sandbox, talking to an in-memory Excel host.
 * Excel.run, proxies, load/sync rules and errors are the library's own; every sync is one request.
 */
export function createEmulatedExcel(options: EmulatorOptions = {}) {
  const workbook = new EmulatedWorkbook(options.sheets);
  const stats: EmulatorStats = { requests: 0, actions: 0, requestBytes: 0 };
  const sets = options.requirementSets ?? LATEST;
  const sandbox = createContext(browserGlobals());
  const library = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
  runInContext(readFileSync(library, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  // The library checks that these objects come from its own realm, so they are made inside it.
  runInContext(
    `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: "https://emulator.local", headers: {} };`,
    sandbox
  );
  const supported: Record<string, string> = sets;
  const requirements = {
    isSetSupported: (name: string, version = "1.1") =>
      name in supported && atLeast(supported[name], version),
  };
  sandbox.OSF._OfficeAppFactory = { getContext: () => ({ requirements }) };
  sandbox.OfficeExtension.HttpUtility.setCustomSendRequestFunc(
    (request: { body: string | RequestBody }) => {
      const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
      const body = JSON.parse(text) as RequestBody;
      stats.requests++;
      stats.actions += body.Actions.length;
      stats.requestBytes += text.length;
      // Excel answers an error inside a 200 response; the library raises it with its code.
      const answer = JSON.stringify(answerBatch(workbook, body, requirements.isSetSupported));
      return Promise.resolve({ statusCode: 200, headers: {}, body: answer });
    }
  );
  return {
    Excel: sandbox.Excel as typeof Excel,
    Office: sandbox.Office as typeof Office,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    workbook,
    stats,
  };
}
