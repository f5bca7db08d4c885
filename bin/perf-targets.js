#!/usr/bin/env node
"use strict";
// The CLI is bundled by `npm run build` (also run by `npm ci` through "prepare").
const { readFileSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");

// V8 optimizes a function once it has run a while; a run over a few hundred files would spend more
// on optimizing its lukewarm code (on other threads, but CPU all the same) than it saves, so the
// wait is made 6 times as long: 8 times cost -15% CPU over 200 files, 6 times -1.5 to -2% more
// instructions, and the same on 1,000 stacked forms; 4 times optimizes the large record check too
// (+7%). Set before any of the tool's code is compiled, and before its code cache is read
// (docs/speed.md).
require("node:v8").setFlagsFromString("--interrupt-budget=405504");

const CLI = join(__dirname, "../dist/cli.js");
/** V8's compiled code for dist/cli.js, written by the build (scripts/compileCache.mjs). */
const CACHE = join(__dirname, "../dist/cli.cache");

function notBuilt() {
  console.error(
    "perf-targets: the tool is not built yet; run `npm run build` (or `npm ci`) first."
  );
  process.exit(2);
}

/**
 * Runs dist/cli.js from V8's code cache when there is one that fits this Node (docs/speed.md):
 * starting then compiles nothing it compiled at build time. A cache that does not fit (another
 * Node, or a bundle rebuilt since) is ignored by V8, and the bundle is compiled as usual.
 */
function runCached() {
  let source;
  try {
    source = readFileSync(CLI, "utf8");
  } catch (error) {
    if (error && error.code === "ENOENT") notBuilt();
    throw error;
  }
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    // no cache: compiled as usual
  }
  const { Script } = require("node:vm");
  const script = new Script(Module.wrap(source), { filename: CLI, cachedData });
  if (process.env.PERF_TARGETS_DEBUG && cachedData)
    process.stderr.write(`compile cache ${script.cachedDataRejected ? "rejected" : "used"}\n`);
  if (process.env.PERF_TARGETS_WRITE_COMPILE_CACHE)
    process.on("exit", () => writeFileSync(CACHE, script.createCachedData()));
  const cli = new Module(CLI, module);
  cli.filename = CLI;
  cli.paths = Module._nodeModulePaths(join(__dirname, "../dist"));
  const requireFromCli = Module.createRequire(CLI);
  script
    .runInThisContext()
    .call(cli.exports, cli.exports, requireFromCli, cli, CLI, join(CLI, ".."));
}

if (
  typeof Module.enableCompileCache === "function" &&
  !process.env.PERF_TARGETS_WRITE_COMPILE_CACHE
) {
  // Node 22.1 and later keep their own compile cache.
  Module.enableCompileCache();
  try {
    require(CLI);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js"))
      notBuilt();
    throw error;
  }
} else runCached();
