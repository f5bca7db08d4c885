import { answerBatch, References, type RequestBody } from "./host";
import { EmulatedWorkbook } from "./workbook";

export interface EmulatorOptions {
  /** Sheets the workbook starts with. */
  sheets?: string[];
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" } for Excel 2019; unlisted sets are unsupported. */
  requirementSets?: Record<string, string>;
}

export interface EmulatorStats {
  /** Every round trip to the host. */
  requests: number;
  /** Round trips made by context.sync(); the rest are Excel.run releasing its objects at the end. */
  syncs: number;
  actions: number;
  requestBytes: number;
  /** The largest single request and response: Excel on the web refuses either above 5 MB. */
  largestRequestBytes: number;
  responseBytes: number;
  largestResponseBytes: number;
}

/** The batch Excel.run sends on its way out: nothing but releasing references. */
const isRelease = (body: RequestBody) =>
  body.Actions.some((action) => action.Name === "_RemoveReference") &&
  body.Actions.every((action) => action.Name === "_RemoveReference" || action.ActionType === 1);

/** Microsoft 365 today. */
export const LATEST_SETS: Record<string, string> = { ExcelApi: "1.17" };

/** "1.10" > "1.9": compare versions part by part. */
function atLeast(version: string, wanted: string): boolean {
  const [a, b] = [version, wanted].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The parts of the library's global object the host wires into. */
interface LibraryGlobal {
  OSF: { _OfficeAppFactory?: unknown };
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(fn: (request: { body: unknown }) => Promise<unknown>): void;
    };
  };
}

/**
 * Connect an already loaded Office.js Excel library (in Node's sandbox or in a page) to an
 * in-memory host. The library must already have its request URL set (see index.ts).
 */
export function attachEmulatedHost(library: LibraryGlobal, options: EmulatorOptions = {}) {
  const workbook = new EmulatedWorkbook(options.sheets);
  const stats: EmulatorStats = {
    requests: 0,
    syncs: 0,
    actions: 0,
    requestBytes: 0,
    largestRequestBytes: 0,
    responseBytes: 0,
    largestResponseBytes: 0,
  };
  const references = new References();
  const supported = options.requirementSets ?? LATEST_SETS;
  const requirements = {
    isSetSupported: (name: string, version = "1.1") =>
      name in supported && atLeast(supported[name], version),
  };
  library.OSF._OfficeAppFactory = { getContext: () => ({ requirements }) };
  library.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    stats.requests++;
    if (!isRelease(body)) stats.syncs++;
    stats.actions += body.Actions.length;
    const size = utf8Bytes(text);
    stats.requestBytes += size;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, size);
    // Excel answers an error inside a 200 response; the library raises it with its code.
    return answerBatch(workbook, body, requirements.isSetSupported, references).then((answer) => {
      const reply = JSON.stringify(answer);
      const replySize = utf8Bytes(reply);
      stats.responseBytes += replySize;
      stats.largestResponseBytes = Math.max(stats.largestResponseBytes, replySize);
      return { statusCode: 200, headers: {}, body: reply };
    });
  });
  return { workbook, stats };
}

const encoder = new TextEncoder();
/** Payload limits are in bytes on the wire (UTF-8), not in JavaScript string length. */
const utf8Bytes = (text: string) => encoder.encode(text).length;

/** Run inside the library's realm: it checks that this object comes from there. */
export const REQUEST_URL_SCRIPT = `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: "https://emulator.local", headers: {} };`;
