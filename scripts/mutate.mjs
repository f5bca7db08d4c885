// `npm run mutate [-- PART] [-- stryker options]`: StrykerJS over src/form (stryker.config.mjs).
// PART runs one folder of the core, kept apart (its own incremental file and report-PART.json, which
// scripts/mutation/score.mjs combines): "top" for the files directly in src/form, or a folder name
// (rules, reader). First lists every test of the run by file, so that each mutant loads only the
// files of the tests that cover it (scripts/mutation/testSequencer.cjs); then runs Stryker.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = resolve(root, "out/mutation");
mkdirSync(out, { recursive: true });
const results = resolve(out, "jest-results.json");
const listing = spawnSync(
  "npx",
  ["jest", "-c", "scripts/mutation/jest.config.cjs", "-i", "--json", "--outputFile", results],
  { cwd: root, encoding: "utf8" }
);
if (listing.status !== 0) {
  console.error(listing.stderr);
  console.error("npm run mutate: the core's tests must pass first.");
  process.exit(listing.status ?? 1);
}
const list = Object.fromEntries(
  JSON.parse(readFileSync(results, "utf8")).testResults.map((file) => [
    relative(root, file.name),
    file.assertionResults.map((test) => test.fullName),
  ])
);
const listFile = resolve(out, "tests.json");
writeFileSync(listFile, JSON.stringify(list));
const [part, ...rest] = /^[a-z]+$/.test(process.argv[2] ?? "")
  ? process.argv.slice(2)
  : [null, ...process.argv.slice(2)];
const partOptions = part
  ? [
      "--mutate",
      part === "top" ? "src/form/*.ts,!src/form/index.ts" : `src/form/${part}/**/*.ts`,
      "--incrementalFile",
      `out/mutation/incremental-${part}.json`,
    ]
  : [];
const stryker = spawnSync("npx", ["stryker", "run", ...partOptions, ...rest], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PERF_TARGETS_TEST_LIST: listFile },
});
if (part && stryker.status === 0)
  copyFileSync(resolve(out, "report.json"), resolve(out, `report-${part}.json`));
process.exit(stryker.status ?? 1);
