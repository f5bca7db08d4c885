// `npm run mutate [-- stryker options]`: StrykerJS over src/form (stryker.config.mjs). First lists
// every test of the run by file, so that each mutant loads only the files of the tests that cover
// it (scripts/mutation/testSequencer.cjs); then runs Stryker with the options given.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
const stryker = spawnSync("npx", ["stryker", "run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PERF_TARGETS_TEST_LIST: listFile },
});
process.exit(stryker.status ?? 1);
