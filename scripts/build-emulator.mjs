// Bundles the emulator for a page that loads the real Office.js library beside it (dist/emulator.js).
import { build } from "esbuild";

await build({
  entryPoints: { emulator: "src/emulator/browser.ts" },
  outdir: process.argv[2] ?? "dist",
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2020",
  logLevel: "warning",
});
