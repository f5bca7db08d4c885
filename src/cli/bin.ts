import { once } from "node:events";
import { removeTemporariesOnSignals } from "../files/temporaries";
import { run } from "./main";
import { bilingual } from "./messages";

// An interrupted write leaves no temporary file behind (the target is untouched either way).
removeTemporariesOnSignals();

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
  drain: () =>
    process.stdout.writableNeedDrain
      ? once(process.stdout, "drain").then(() => {})
      : Promise.resolve(),
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bug, not a user's mistake: one line, with the stack only when asked for.
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`perf-targets: ${bilingual("internal", { detail })}\n`);
    if (process.env.PERF_TARGETS_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  }
);
