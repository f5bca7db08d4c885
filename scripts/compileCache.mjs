// Writes dist/cli.cache, V8's compiled code for dist/cli.js (read by bin/perf-targets.js), after
// one `validate` of a fixture so that it holds the functions a run compiles, not only the bundle's
// top (docs/speed.md). Without the fixture (a copy of dist/ alone), the help is run instead.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

const FIXTURE = "test/fixtures/xlsx/libreoffice-forms.xlsx";

export function writeCompileCache() {
  rmSync("dist/cli.cache", { force: true });
  const args = existsSync(FIXTURE) ? ["validate", "--json", FIXTURE] : ["--help"];
  const run = spawnSync(process.execPath, ["bin/perf-targets.js", ...args], {
    env: { ...process.env, PERF_TARGETS_WRITE_COMPILE_CACHE: "1" },
    stdio: "ignore",
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`writing the compile cache: bin/perf-targets.js exited ${run.status}`);
}
