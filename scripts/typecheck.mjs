// Type-checks every layer with only the types it may use (docs/architecture.md), two at a time.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";

const PROJECTS = [
  "tsconfig.core.json",
  "tsconfig.office.json",
  "tsconfig.wps.json",
  "tsconfig.node.json",
  "tsconfig.emulator.json",
  "tsconfig.tools.json",
  "tsconfig.json",
];
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

function check(project) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, "--noEmit", "-p", project]);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => done({ project, code, output }));
  });
}

const queue = [...PROJECTS];
const failed = [];
async function worker() {
  for (let project = queue.shift(); project; project = queue.shift()) {
    const result = await check(project);
    if (result.code !== 0) {
      failed.push(project);
      process.stdout.write(`\n${project}:\n${result.output}`);
    }
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
if (failed.length > 0) {
  process.stdout.write(`\ntypecheck failed: ${failed.join(", ")}\n`);
  process.exitCode = 1;
}
