import { utf8Length } from "../form/utf8";
import { carryEvents, type EventPlumbing } from "./events";
import { ExcelError } from "./errors";
import type { EmulatedSheet } from "./model/sheet";
import { EmulatedWorkbook } from "./model/workbook";
import { answerBatch } from "./protocol/batch";
import { References } from "./protocol/references";
import type { RequestBody } from "./protocol/wire";
import { NEWEST_EXCEL_API, atLeast, memberCheck } from "./requirements";

export interface EmulatorOptions {
  /** Sheets a new workbook starts with. */
  sheets?: string[];
  /** An existing workbook to share (the preview's pane, grid and commands frames use one). */
  workbook?: EmulatedWorkbook;
  /** Supported requirement sets, e.g. { ExcelApi: "1.8" } for Excel 2019; unlisted sets are unsupported. */
  requirementSets?: Record<string, string>;
  /**
   * Excel on the web refuses a request or a response over 5 MB; null lifts the limit. Tests may
   * limit the two apart, to try what an operation does when only its reads are too big.
   */
  payloadLimit?: number | null | { request: number | null; response: number | null };
  /**
   * Whether format changes (conditional formats, data validation) raise Worksheet.onChanged.
   * Off by default: the reference speaks of data and comments only, yet a docs change also
   * reports it for format changes (docs/emulator.md, "Events"), so tests try both.
   */
  formatChangeEvents?: boolean;
  /**
   * Fail loading conditional formats where two cell-value rules share a range, as Excel does
   * (office-js #6827, open). Off by default, since the issue says it is under investigation.
   */
  cellValuePairLoadsFail?: boolean;
  /** Told the size of each request as it arrives (the bench compares estimates with them). */
  onRequest?: (bytes: number) => void;
  /**
   * Office.context.diagnostics (where Office runs: "PC", "Mac", "OfficeOnline"…, and its build)
   * and displayLanguage, as a real host gives them. Left out by default, as older hosts do.
   */
  diagnostics?: { platform: string; version: string };
  displayLanguage?: string;
}

export interface EmulatorStats {
  /** Every round trip to the host. */
  requests: number;
  /** Round trips made by context.sync(); the rest are Excel.run releasing its objects at the end. */
  syncs: number;
  actions: number;
  /** Bytes on the wire (UTF-8), as Excel's payload limits count them. */
  requestBytes: number;
  /** The largest single request and response: Excel on the web refuses either above 5 MB. */
  largestRequestBytes: number;
  responseBytes: number;
  largestResponseBytes: number;
}

/** The newest Excel the add-in's types know. */
export const LATEST_SETS: Record<string, string> = { ExcelApi: NEWEST_EXCEL_API };
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The batch Excel.run sends on its way out: nothing but releasing references. */
const isRelease = (body: RequestBody) =>
  body.Actions.some((action) => action.Name === "_RemoveReference") &&
  body.Actions.every((action) => action.Name === "_RemoveReference" || action.ActionType === 1);

/** The parts of the library's global object the host wires into. */
interface LibraryGlobal {
  OSF: { _OfficeAppFactory?: unknown };
  Excel: Record<string, unknown>;
  OfficeExtension: EventPlumbing & {
    CommonUtility: { _doApiNotSupportedCheck: boolean };
    HttpUtility: {
      setCustomSendRequestFunc(fn: (request: { body: unknown }) => Promise<unknown>): void;
    };
  };
}

const TOO_LARGE = (which: "Request" | "Response") =>
  new ExcelError(
    `${which}PayloadSizeLimitExceeded`,
    `The ${which.toLowerCase()} payload size has exceeded the limit.`,
    413
  );

/** Payload limits are in bytes on the wire (UTF-8), not in JavaScript string length. */
const utf8Bytes = utf8Length;

const errorBody = (error: ExcelError) => ({
  Error: { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatus },
});

/**
 * Connect an already loaded Office.js Excel library (in Node's sandbox or in a page) to an
 * in-memory host. The library must already have its request URL set (see index.ts).
 */
export function attachEmulatedHost(library: LibraryGlobal, options: EmulatorOptions = {}) {
  const workbook = options.workbook ?? new EmulatedWorkbook(options.sheets);
  const stats: EmulatorStats = {
    requests: 0,
    syncs: 0,
    actions: 0,
    requestBytes: 0,
    largestRequestBytes: 0,
    responseBytes: 0,
    largestResponseBytes: 0,
  };
  const supported = options.requirementSets ?? LATEST_SETS;
  const isSetSupported = (name: string, version = "1.1") =>
    name in supported && atLeast(supported[name], String(version));
  const context = {
    requirements: { isSetSupported },
    document: { settings: documentSettings() },
    ...(options.diagnostics ? { diagnostics: { ...options.diagnostics } } : {}),
    ...(options.displayLanguage ? { displayLanguage: options.displayLanguage } : {}),
  };
  library.OSF._OfficeAppFactory = { getContext: () => context };
  // The library ships with its own requirement check switched on for the wrong class (Utility,
  // where nothing reads it); CommonUtility's switch is the one its checks read.
  library.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  const check = memberCheck(isSetSupported, library.Excel);
  const listening = new Set<EmulatedSheet>();
  const quirks = { cellValuePairLoads: options.cellValuePairLoadsFail ?? false };
  const host = { workbook, references: new References(), check, listening, quirks };
  const given = options.payloadLimit === undefined ? PAYLOAD_LIMIT : options.payloadLimit;
  const limit =
    given !== null && typeof given === "object" ? given : { request: given, response: given };
  const stopEvents = carryEvents(library.OfficeExtension, workbook, listening, {
    own: host,
    triggerSource: isSetSupported("ExcelApi", "1.14"),
    formatEvents: options.formatChangeEvents ?? false,
  });

  library.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    stats.requests++;
    if (!isRelease(body)) stats.syncs++;
    stats.actions += body.Actions.length;
    const size = utf8Bytes(text);
    stats.requestBytes += size;
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, size);
    options.onRequest?.(size);
    // Excel answers an error inside a 200 response; the library raises it with its code.
    let reply = JSON.stringify(
      limit.request !== null && size > limit.request
        ? errorBody(TOO_LARGE("Request"))
        : await answerBatch(body, host)
    );
    const replySize = utf8Bytes(reply);
    if (limit.response !== null && replySize > limit.response)
      reply = JSON.stringify(errorBody(TOO_LARGE("Response")));
    stats.responseBytes += replySize;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, replySize);
    return { statusCode: 200, headers: {}, body: reply };
  });
  return { workbook, stats, detach: stopEvents };
}

/**
 * Office.context.document.settings (Office.Settings), kept in memory for the library's life:
 * values go in and come out as JSON, as Office stores them; saveAsync succeeds.
 */
function documentSettings() {
  const values = new Map<string, string>();
  return {
    get: (name: string) => (values.has(name) ? JSON.parse(values.get(name)!) : null),
    set: (name: string, value: unknown) => void values.set(name, JSON.stringify(value)),
    remove: (name: string) => void values.delete(name),
    saveAsync: (...args: unknown[]) => {
      const callback = args.find((a) => typeof a === "function") as
        ((r: { status: string }) => void) | undefined;
      callback?.({ status: "succeeded" });
    },
  };
}

/** Where the library sends its requests; the emulator answers them before any leave the page. */
export const REQUEST_URL = { url: "https://emulator.local", headers: {} };
/** Run inside the library's realm: it checks that this object comes from there. */
export const REQUEST_URL_SCRIPT = `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = ${JSON.stringify(REQUEST_URL)};`;
