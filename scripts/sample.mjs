// `npm run sample`: check the bundled sample and write its unit summary with the command-line tool.
import { spawnSync } from "node:child_process";

const SAMPLE = "examples/2023-unit-performance-targets.txt";
const cli = (...args) =>
  spawnSync(process.execPath, ["bin/perf-targets.js", ...args], { stdio: "inherit" }).status;

const checked = cli("validate", SAMPLE);
// 1 means the sample has errors (its form 5 does); only 2 and up mean the run itself failed.
if (checked === null || checked > 1) process.exit(checked ?? 1);
const merged = cli("merge", SAMPLE, "-o", "out/summary.xlsx", "--force");
if (merged !== 0) process.exit(merged ?? 1);
console.log("\n汇总表已写入 out/summary.xlsx (the unit summary is in out/summary.xlsx)");
