import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { BUILT_STAMP, markBuilt } from "./freshness";

/** Where `npm start` and the browser tests build the preview: never dist/, which deploys. */
export const PREVIEW_DIR = join(__dirname, "../../out/preview");

/**
 * The production bundles the preview serves (docs/preview.md): the add-in's own pages and
 * bundles, the emulator and the preview's pages, built by the one webpack config. The type-check
 * is `npm test`'s; this only bundles.
 */
export function buildPreview(outDir = PREVIEW_DIR, quiet = false): Promise<void> {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const args = ["--mode", "production", "--env", "typecheck=false", "--env", `outDir=${outDir}`];
  // Until this build succeeds, the folder holds no up-to-date preview (freshness.ts).
  rmSync(join(outDir, BUILT_STAMP), { force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [webpack, ...args], {
      cwd: join(__dirname, "../.."),
      stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`webpack failed (${code})\n${output}`));
      markBuilt(outDir);
      resolve();
    });
  });
}
