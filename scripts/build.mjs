// Bundles the command-line tool into one file, dist/cli.js, so that starting reads one file: its
// packages are bundled too (tree-shaken: zod's locales and unused schemas stay out), except
// ExcelJS, which only the commands that write load, at the moment they need it (docs/cli.md).
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "exceljs/*"],
  mainFields: ["module", "main"],
  // dist/ is copied whole to the intranet server (README): no source maps in it.
  sourcemap: false,
  legalComments: "linked",
  logLevel: "warning",
});
