import { attachEmulatedHost, REQUEST_URL, type EmulatorOptions } from "./attach";
import { EmulatedWorkbook } from "./model/workbook";

/**
 * The browser entry: a page loads the real Office.js Excel library with a <script> tag, then this
 * bundle, and calls perfTargetsEmulator.attach() before the add-in's code runs. Frames that share
 * one workbook pass it along: attach({ workbook: parent.perfTargetsWorkbook }).
 */
const page = globalThis as unknown as {
  perfTargetsEmulator: unknown;
  OfficeExtension: { ClientRequestContext: { defaultRequestUrlAndHeaders: unknown } };
};
page.perfTargetsEmulator = {
  EmulatedWorkbook,
  attach(options: EmulatorOptions = {}) {
    // A page's library lives in the page's own realm, so no eval is needed (and a page's
    // Content-Security-Policy forbids it): a fresh object of this realm will do.
    page.OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { ...REQUEST_URL };
    return attachEmulatedHost(globalThis as never, options);
  },
};
