import { once } from "node:events";
import { installRecordParser } from "../form/recordParse";
import { compiledRecordParser } from "./compiledRecordParser";
import { removeTemporariesOnSignals } from "../files/temporaries";
import { run } from "./main";
import { wantsColour } from "./colour";
import { bilingual } from "./messages";

// A reader that stops early (`perf-targets --help | head`) closes the pipe: that ends the output,
// quietly, as for any Unix tool, instead of an EPIPE error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

// Records are parsed by the schema zod compiled at build time; zod's runtime parser and the schemas
// themselves are built only for a record it refuses (docs/speed.md).
installRecordParser(compiledRecordParser);

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
  colour: wantsColour(process.env, Boolean(process.stdout.isTTY)),
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
