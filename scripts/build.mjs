// Bundles the command-line tool into dist/ so that `npx perf-targets` starts fast.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  // dist/ is copied whole to the intranet server (README): no source maps in it.
  sourcemap: false,
  logLevel: "warning",
});
