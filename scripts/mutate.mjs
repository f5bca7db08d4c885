// `npm run mutate [-- PART] [-- stryker options]`: StrykerJS over the core, src/form
// (stryker.config.mjs), or over the thin shells (stryker.shells.config.mjs).
// PART runs one part, kept apart (its own incremental file and report-PART.json, which
// scripts/mutation/score.mjs combines):
// - the core: "top" for the files directly in src/form, or a folder name (rules, reader, …);
// - the shells: "shells" for src/excel, src/taskpane and src/commands together, or one of them
//   ("excel", "taskpane", "commands").
// First lists every test of the run by file, so that each mutant loads only the files of the tests
// that cover it (scripts/mutation/testSequencer.cjs); then runs Stryker.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";

const SHELLS = ["excel", "taskpane", "commands"];
const SHELL_ENTRIES = [
  "excel/index",
  "taskpane/index",
  "taskpane/wpsIndex",
  "commands/index",
  "commands/wpsMain",
];

const root = resolve(import.meta.dirname, "..");
const out = resolve(root, "out/mutation");
mkdirSync(out, { recursive: true });
const [part, ...rest] = /^[a-z]+$/.test(process.argv[2] ?? "")
  ? process.argv.slice(2)
  : [null, ...process.argv.slice(2)];
const shells = part === "shells" || SHELLS.includes(part);
const strykerConfig = shells ? "stryker.shells.config.mjs" : "stryker.config.mjs";
const jestConfig = shells
  ? "scripts/mutation/jest.shells.config.cjs"
  : "scripts/mutation/jest.config.cjs";

const testEnv = shells ? { PERF_TARGETS_MUTATE_PART: part } : {};
// One listing per part: the parts list different tests.
const listed = part ?? (shells ? "shells" : "core");
const results = resolve(out, `jest-results-${listed}.json`);
// MUTATE_REUSE_LIST=1 keeps the listing of an earlier run (the shells' tests take minutes to list).
const reuse = process.env.MUTATE_REUSE_LIST === "1" && existsSync(results);
const listing = reuse
  ? { status: 0 }
  : spawnSync("npx", ["jest", "-c", jestConfig, "-i", "--json", "--outputFile", results], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...testEnv },
    });
if (listing.status !== 0) {
  console.error(listing.stderr);
  console.error("npm run mutate: the tests of the part must pass first.");
  process.exit(listing.status ?? 1);
}
// Each file's tests by name, with a hash of the file as it was listed: a file changed since (a
// test added, MUTATE_REUSE_LIST) is always run, as its new names are not in the list.
const contentHash = (path) => createHash("sha1").update(readFileSync(path)).digest("hex");
const hashes = resolve(out, `jest-hashes-${listed}.json`);
const testFiles = JSON.parse(readFileSync(results, "utf8")).testResults;
if (!reuse || !existsSync(hashes))
  writeFileSync(
    hashes,
    JSON.stringify(Object.fromEntries(testFiles.map((file) => [file.name, contentHash(file.name)])))
  );
const listedHash = JSON.parse(readFileSync(hashes, "utf8"));
const list = Object.fromEntries(
  testFiles.map((file) => [
    relative(root, file.name),
    {
      hash: listedHash[file.name],
      names: file.assertionResults.map((test) => test.fullName),
      duration: file.endTime - file.startTime,
    },
  ])
);
const listFile = resolve(out, `tests-${listed}.json`);
writeFileSync(listFile, JSON.stringify(list));

/**
 * The pane's tests ask for jsdom in a docblock (@jest-environment jsdom), which jest resolves by
 * name from the test's root, past the environment Stryker puts in the configuration, so Stryker
 * gets no coverage from them. The shells' sandboxes sit in .stryker-tmp/shells without a
 * node_modules link (stryker.shells.config.mjs), so that name resolves first to this stand-in one
 * folder up: jsdom with Stryker's coverage reporting, stopping a mutant's run at its first failing
 * test (scripts/mutation/bail.cjs).
 */
function standInJsdom() {
  const folder = resolve(root, ".stryker-tmp/node_modules/jest-environment-jsdom");
  mkdirSync(folder, { recursive: true });
  const modules = JSON.stringify(root);
  const source = [
    'const { mixinJestEnvironment } = require("@stryker-mutator/jest-runner");',
    `const jsdom = require(require.resolve("jest-environment-jsdom", { paths: [${modules}] }));`,
    `const { withBail } = require(${JSON.stringify(resolve(root, "scripts/mutation/bail.cjs"))});`,
    "module.exports = mixinJestEnvironment(withBail(jsdom.default ?? jsdom));",
  ];
  writeFileSync(resolve(folder, "index.js"), source.join("\n") + "\n");
  writeFileSync(resolve(folder, "package.json"), '{"name":"jest-environment-jsdom"}\n');
}
if (shells) standInJsdom();

/** The files a part mutates, as Stryker's --mutate takes them. */
function mutated(name) {
  if (name === "top") return "src/form/*.ts,!src/form/index.ts";
  if (!SHELLS.includes(name)) return `src/form/${name}/**/*.ts`;
  const entries = SHELL_ENTRIES.filter((entry) => entry.startsWith(`${name}/`));
  return [`src/${name}/**/*.ts`, ...entries.map((entry) => `!src/${entry}.ts`)].join(",");
}

// MUTATE_PIECE=NAME with --mutate FILES runs a piece of a part with its own incremental file and
// report (report-PART-NAME.json), so that pieces run one after another accumulate.
const piece = process.env.MUTATE_PIECE ? `${part}-${process.env.MUTATE_PIECE}` : part;
const partOptions =
  part && part !== "shells"
    ? ["--mutate", mutated(part), "--incrementalFile", `out/mutation/incremental-${piece}.json`]
    : [];
const report = shells ? "report-shells-all.json" : "report.json";
const survivors = resolve(out, `survivors-${piece ?? listed}.txt`);
writeFileSync(survivors, "");
writeFileSync(survivors.replace(/survivors-([^/]*)$/, "mutants-$1"), "");
const stryker = spawnSync("npx", ["stryker", "run", strykerConfig, ...partOptions, ...rest], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    ...testEnv,
    PERF_TARGETS_TEST_LIST: listFile,
    PERF_TARGETS_SURVIVORS: survivors,
  },
});
if (part && stryker.status === 0)
  copyFileSync(resolve(out, report), resolve(out, `report-${piece}.json`));
process.exit(stryker.status ?? 1);
