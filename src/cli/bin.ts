import { run } from "./main";

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `perf-targets: 内部错误 (internal error): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 3;
  }
);
