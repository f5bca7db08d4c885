// An esbuild plugin that puts the record's parser, compiled by zod at build time, in place of
// src/cli/compiledRecordParser.ts (scripts/recordParserSource.ts; docs/speed.md).
import { createRequire } from "node:module";
import { build } from "esbuild";

/** scripts/recordParserSource.ts bundled and run here: the module text it writes. */
async function recordParserModule() {
  const bundled = await build({
    entryPoints: ["scripts/recordParserSource.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "warning",
  });
  const module = { exports: {} };
  const require = createRequire(import.meta.url);
  new Function("module", "exports", "require", bundled.outputFiles[0].text)(
    module,
    module.exports,
    require
  );
  return module.exports.recordParserModule();
}

export const compiledRecordParser = {
  name: "compiled-record-parser",
  setup(bundle) {
    let contents;
    bundle.onLoad({ filter: /[\\/]src[\\/]cli[\\/]compiledRecordParser\.ts$/ }, async () => ({
      contents: (contents ??= await recordParserModule()),
      loader: "js",
    }));
  },
};
