// Bundles the command-line tool into one file, dist/cli.js, so that starting reads one file: its
// packages are bundled too (tree-shaken: zod's locales and unused schemas stay out), except
// ExcelJS, which only the commands that write load, at the moment they need it, and tinyglobby,
// which only a pattern such as *.xlsx left unexpanded by the shell loads (as it is, it would add
// 97 KB to the bundle, and its ES module build asks for import.meta.url, which a CommonJS bundle
// has not: src/cli/inputs.ts). Packages and
// built-in modules a plain `validate` does not need are loaded on their first use (docs/speed.md).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { writeCompileCache } from "./compileCache.mjs";
import { compiledRecordParser } from "./recordParserPlugin.mjs";

/**
 * Packages and built-in modules a plain `validate` does not use (numfmt only for a date or
 * percent format), or that a package requires at its top for something we never ask of it
 * (commander's child_process): their code runs on the first call of one of their functions.
 */
const LAZY = [
  "numfmt",
  "cli-progress",
  "tinyglobby",
  "node:child_process",
  "node:crypto",
  "node:fs/promises",
];

const require = createRequire(import.meta.url);

/**
 * A stand-in for a module: one function for each function it exports, which loads the module on
 * its first call (called with `new`, it constructs). Other kinds of export are left out, so that
 * importing one fails the build rather than the run.
 */
function lazyStandIn(name) {
  const functions = Object.entries(require(name))
    .filter(([key, value]) => typeof value === "function" && /^[A-Za-z_$][\w$]*$/.test(key))
    .map(([key]) => key);
  const lines = [`let real;`, `const load = () => (real ??= require(${JSON.stringify(name)}));`];
  for (const key of functions)
    lines.push(
      `export function ${key}(...args) {`,
      `  const f = load()[${JSON.stringify(key)}];`,
      `  return new.target ? Reflect.construct(f, args) : f.apply(this, args);`,
      `}`
    );
  return lines.join("\n");
}

const lazyLoading = {
  name: "lazy-loading",
  setup(bundle) {
    const lazy = new RegExp(`^(${LAZY.join("|")})$`);
    bundle.onResolve({ filter: lazy }, (args) =>
      // The stand-in's own require reaches the real module.
      args.namespace === "lazy" ? undefined : { path: args.path, namespace: "lazy" }
    );
    bundle.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
      contents: lazyStandIn(args.path),
      resolveDir: process.cwd(),
      loader: "js",
    }));
  },
};

await build({
  entryPoints: { cli: "src/cli/bin.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "exceljs/*", "tinyglobby"],
  mainFields: ["module", "main"],
  plugins: [lazyLoading, compiledRecordParser],
  // dist/ is copied whole to the intranet server (README): no source maps in it.
  sourcemap: false,
  legalComments: "linked",
  logLevel: "warning",
});

/** scripts/asciiSource.ts (TypeScript, as its test imports it), bundled and loaded here. */
async function loadAsciiSource() {
  const bundled = await build({
    entryPoints: ["scripts/asciiSource.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    write: false,
    logLevel: "warning",
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", bundled.outputFiles[0].text)(
    module,
    module.exports,
    require
  );
  return module.exports.asciiSource;
}

// All ASCII, so that Node keeps the bundle's source one byte a character instead of decoding it
// into a two-byte string at every start (docs/speed.md, "Starting").
const asciiSource = await loadAsciiSource();
const { code, left } = asciiSource(readFileSync("dist/cli.js", "utf8"));
if (left > 0) console.warn(`dist/cli.js: ${left} non-ASCII characters left (a tagged template)`);
writeFileSync("dist/cli.js", code);

writeCompileCache();
