import { createEmulatedExcel, type EmulatorOptions } from "../../src/emulator";

/** A fresh emulated Excel (the genuine library in a sandbox) with a few helpers for conformance tests. */
export function emulate(options: EmulatorOptions = { sheets: ["Sheet1"] }) {
  const emulator = createEmulatedExcel(options);
  const { Excel } = emulator;
  return {
    ...emulator,
    /** Excel.run with the test's batch; resolves to what the batch returns. */
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch),
  };
}

/** "ok", or the error code Excel (or the library) answered with. */
export const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { code?: string; message?: string }) => e.code ?? `thrown: ${e.message}`
  );
