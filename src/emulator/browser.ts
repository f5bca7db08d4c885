import { attachEmulatedHost, REQUEST_URL_SCRIPT, type EmulatorOptions } from "./attach";
import { EmulatedWorkbook } from "./model/workbook";

/**
 * The browser entry: a page loads the real Office.js Excel library with a <script> tag, then this
 * bundle, and calls perfTargetsEmulator.attach() before the add-in's code runs. Frames that share
 * one workbook pass it along: attach({ workbook: parent.perfTargetsWorkbook }).
 */
const page = globalThis as unknown as {
  perfTargetsEmulator: unknown;
  eval: (code: string) => unknown;
};
page.perfTargetsEmulator = {
  EmulatedWorkbook,
  attach(options: EmulatorOptions = {}) {
    page.eval(REQUEST_URL_SCRIPT);
    return attachEmulatedHost(globalThis as never, options);
  },
};
